//! Which answers make a consideration relevant.

use crate::design::Answers;
use crate::i18n::{FluentValue, decimal, tr, tr_args};
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
        fn names<T: AnswerOption>(options: &[T]) -> FluentValue<'static> {
            let or = format!(" {} ", tr("trigger-or"));
            options.iter().map(|o| o.info().name().to_lowercase()).collect::<Vec<_>>().join(&or).into()
        }
        let with_names = |id, names| tr_args(id, &[("names", names)]);
        match self {
            Trigger::Function(f) => with_names("trigger-function", names(&[*f])),
            Trigger::FormalityAtLeast(min) => {
                tr_args("trigger-formality-min", &[("min", decimal(*min, 2).into())])
            }
            Trigger::FormalityAtMost(max) => {
                tr_args("trigger-formality-max", &[("max", decimal(*max, 2).into())])
            }
            Trigger::FormalityAnswered(_) => tr("trigger-formality-answered").into(),
            Trigger::Relation(r) => with_names("trigger-relation", names(&[*r])),
            Trigger::Status(s) => with_names("trigger-status", names(&[*s])),
            Trigger::Affiliation(a) => with_names("trigger-affiliation", names(&[*a])),
            Trigger::SpaceAny(spaces) => with_names("trigger-space", names(spaces)),
            Trigger::Always => String::new(),
        }
    }
}
