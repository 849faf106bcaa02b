//! The model being compared with the design, and the comparison itself,
//! worked out once per design revision rather than on every frame.

use super::similar::CacheKey;
use crate::brief::{ComparisonBrief, compare};
use crate::corpus::Model;
use crate::design::Design;
use crate::i18n::{Language, language};
use crate::similarity::Priors;

/// A model side by side with the design.
pub struct Comparison {
    pub model: Model,
    /// The model as a design, to draw it on the map picture.
    pub model_design: Design,
    /// Worded for this design revision and corpus, in this language.
    worded: Option<(CacheKey, Language, ComparisonBrief)>,
}

impl Comparison {
    pub fn new(model: Model) -> Self {
        Comparison { model_design: model.to_design(), model, worded: None }
    }

    /// Re-words the comparison if the design, the corpus or the language
    /// changed since the last time.
    pub fn update(&mut self, design: &Design, key: CacheKey, priors: &Priors) {
        let speaking = language();
        if self.worded.as_ref().is_some_and(|(k, l, _)| *k == key && *l == speaking) {
            return;
        }
        let worded = compare(design, &self.model, priors, &crate::export::today());
        self.worded = Some((key, speaking, worded));
    }

    /// The comparison as of the last `update`.
    pub fn worded(&self) -> Option<&ComparisonBrief> {
        self.worded.as_ref().map(|(_, _, worded)| worded)
    }
}
