//! Which answers make a consideration relevant.

use crate::design::Answers;
use crate::map::{Affiliation, AnswerOption, Function, Relation, Space, StatusSource};
use serde::Deserialize;

/// The answer that makes a consideration apply.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Trigger {
    /// Q1 includes this function (primary or not).
    Function(Function),
    /// Q2 is answered and at least this formal.
    FormalityAtLeast(f64),
    /// Q2 is answered and at most this formal.
    FormalityAtMost(f64),
    /// Q2 is answered at all.
    FormalityAnswered(bool),
    Relation(Relation),
    Status(StatusSource),
    Affiliation(Affiliation),
    /// Q6 includes any of these spaces.
    SpaceAny(Vec<Space>),
    /// Every brief includes it.
    Always,
}

impl Trigger {
    /// Whether the answers trigger it.
    pub fn applies(&self, answers: &Answers) -> bool {
        let formality = answers.formality.map(|f| f.value());
        match self {
            Trigger::Function(function) => answers.functions.contains_key(function),
            Trigger::FormalityAtLeast(min) => formality.is_some_and(|f| f >= *min),
            Trigger::FormalityAtMost(max) => formality.is_some_and(|f| f <= *max),
            Trigger::FormalityAnswered(answered) => formality.is_some() == *answered,
            Trigger::Relation(relation) => answers.relations.contains(relation),
            Trigger::Status(status) => answers.status.contains(status),
            Trigger::Affiliation(affiliation) => answers.affiliations.contains(affiliation),
            Trigger::SpaceAny(spaces) => spaces.iter().any(|s| answers.spaces.contains(s)),
            Trigger::Always => true,
        }
    }

    /// Why it applies, in words: "Functions include navigation".
    pub fn describe(&self) -> String {
        fn names<T: AnswerOption>(options: &[T]) -> String {
            options.iter().map(|o| o.info().name().to_lowercase()).collect::<Vec<_>>().join(" or ")
        }
        match self {
            Trigger::Function(f) => format!("Functions include {}", names(&[*f])),
            Trigger::FormalityAtLeast(min) => format!("Formality is {min:.2} or more"),
            Trigger::FormalityAtMost(max) => format!("Formality is {max:.2} or less"),
            Trigger::FormalityAnswered(_) => "Formality is answered".into(),
            Trigger::Relation(r) => format!("Relations include {}", names(&[*r])),
            Trigger::Status(s) => format!("Status comes from {}", names(&[*s])),
            Trigger::Affiliation(a) => format!("Affiliation includes {}", names(&[*a])),
            Trigger::SpaceAny(spaces) => format!("Spaces include {}", names(spaces)),
            Trigger::Always => String::new(),
        }
    }
}
