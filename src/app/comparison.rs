//! The model being compared with the design, and the comparison itself,
//! worked out once per design revision rather than on every frame.

use super::similar::CacheKey;
use crate::corpus::Model;
use crate::design::Design;
use crate::similarity::{Priors, QuestionComparison, Similarity, explain};

/// A model side by side with the design.
pub struct Comparison {
    pub model: Model,
    /// The model as a design, to draw it on the map picture.
    pub model_design: Design,
    explained: Option<(CacheKey, Similarity, Vec<QuestionComparison>)>,
}

impl Comparison {
    pub fn new(model: Model) -> Self {
        Comparison { model_design: model.to_design(), model, explained: None }
    }

    /// Re-explains the comparison if the design or the corpus changed since the last time.
    pub fn update(&mut self, design: &Design, key: CacheKey, priors: &Priors) {
        if self.explained.as_ref().is_some_and(|(k, _, _)| *k == key) {
            return;
        }
        let (similarity, lines) = explain(design, &self.model, &design.weights, priors);
        self.explained = Some((key, similarity, lines));
    }

    /// The similarity and the question-by-question lines of the last `update`.
    pub fn explained(&self) -> Option<(&Similarity, &[QuestionComparison])> {
        self.explained.as_ref().map(|(_, similarity, lines)| (similarity, lines.as_slice()))
    }
}
