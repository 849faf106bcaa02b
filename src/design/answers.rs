//! The six answers. Empty sets and a missing formality mean "not answered".

use crate::map::{Affiliation, Function, Question, Relation, Space, StatusSource};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// Whether a function is one of the programme's main objectives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FunctionRole {
    Primary,
    Secondary,
}

/// A position on the formality continuum, always within 0..=1.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Serialize, Deserialize)]
#[serde(try_from = "f64", into = "f64")]
pub struct Formality(f64);

/// A formality value outside the continuum.
#[derive(Debug, Clone, Copy, PartialEq, thiserror::Error)]
#[error("formality must be a number from 0 to 1, found {0}")]
pub struct FormalityError(pub f64);

impl Formality {
    pub const MIN: Formality = Formality(0.0);
    pub const MAX: Formality = Formality(1.0);

    pub fn new(value: f64) -> Result<Self, FormalityError> {
        if (0.0..=1.0).contains(&value) { Ok(Formality(value)) } else { Err(FormalityError(value)) }
    }

    /// Clamps any number onto the continuum (for sliders and drags).
    pub fn clamped(value: f64) -> Self {
        if value.is_nan() { Formality(0.5) } else { Formality(value.clamp(0.0, 1.0)) }
    }

    pub fn value(self) -> f64 {
        self.0
    }
}

impl TryFrom<f64> for Formality {
    type Error = FormalityError;
    fn try_from(value: f64) -> Result<Self, Self::Error> {
        Formality::new(value)
    }
}

impl From<Formality> for f64 {
    fn from(f: Formality) -> f64 {
        f.0
    }
}

/// A programme's position on the six questions.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Answers {
    /// Q1: the functions pursued, each primary or secondary.
    pub functions: BTreeMap<Function, FunctionRole>,
    /// Q2: `None` until the user places it.
    pub formality: Option<Formality>,
    pub relations: BTreeSet<Relation>,
    pub status: BTreeSet<StatusSource>,
    pub affiliations: BTreeSet<Affiliation>,
    /// The community organisation is run by peers (meaningful with `community_org`).
    pub peer_run: bool,
    pub spaces: BTreeSet<Space>,
}

impl Answers {
    pub fn is_answered(&self, question: Question) -> bool {
        match question {
            Question::Functions => !self.functions.is_empty(),
            Question::Formality => self.formality.is_some(),
            Question::Relations => !self.relations.is_empty(),
            Question::Status => !self.status.is_empty(),
            Question::Affiliations => !self.affiliations.is_empty(),
            Question::Spaces => !self.spaces.is_empty(),
        }
    }

    pub fn answered_count(&self) -> usize {
        Question::ALL.iter().filter(|q| self.is_answered(**q)).count()
    }

    /// All six questions answered: only then can a low similarity mean an
    /// unexplored position rather than an unfinished one.
    pub fn is_complete(&self) -> bool {
        self.answered_count() == Question::ALL.len()
    }

    pub fn is_primary(&self, function: Function) -> bool {
        self.functions.get(&function) == Some(&FunctionRole::Primary)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formality_rejects_values_off_the_continuum() {
        assert!(Formality::new(1.5).is_err());
        assert!(Formality::new(-0.1).is_err());
        assert_eq!(Formality::new(0.25).map(Formality::value), Ok(0.25));
        assert_eq!(Formality::clamped(3.0).value(), 1.0);
    }

    #[test]
    fn empty_answers_count_as_unanswered() {
        let mut answers = Answers::default();
        assert_eq!(answers.answered_count(), 0);
        answers.formality = Some(Formality::MIN);
        answers.spaces.insert(Space::Outreach);
        assert_eq!(answers.answered_count(), 2);
        assert!(!answers.is_answered(Question::Functions));
    }
}
