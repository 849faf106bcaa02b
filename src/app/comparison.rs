//! The model being compared with the design, and the comparison itself,
//! worked out once per design revision rather than on every frame.

use crate::corpus::Model;
use crate::design::Design;
use crate::similarity::{QuestionComparison, Similarity, explain};

/// A model side by side with the design.
pub struct Comparison {
    pub model: Model,
    /// The model as a design, to draw it on the map picture.
    pub model_design: Design,
    explained: Option<(u64, Similarity, Vec<QuestionComparison>)>,
}

impl Comparison {
    pub fn new(model: Model) -> Self {
        Comparison { model_design: model.to_design(), model, explained: None }
    }

    /// Re-explains the comparison if the design changed since the last time.
    pub fn update(&mut self, design: &Design, revision: u64) {
        if self.explained.as_ref().is_some_and(|(r, _, _)| *r == revision) {
            return;
        }
        let (similarity, lines) = explain(&design.answers, &self.model.answers, &design.weights);
        self.explained = Some((revision, similarity, lines));
    }

    /// The similarity and the question-by-question lines of the last `update`.
    pub fn explained(&self) -> Option<(&Similarity, &[QuestionComparison])> {
        self.explained.as_ref().map(|(_, similarity, lines)| (similarity, lines.as_slice()))
    }
}
