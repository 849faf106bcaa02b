//! Ways a group settles the shared answer to one question: take one
//! perspective's answer, the majority's (sets), or the median (formality).

use super::Perspective;
use crate::design::{Answers, Design, Formality, FunctionRole};
use crate::map::Question;
use std::collections::BTreeSet;

/// Copies `from`'s answer to `question` into `target`, leaving the other questions alone.
pub fn take_question(target: &mut Answers, from: &Answers, question: Question) {
    match question {
        Question::Functions => target.functions = from.functions.clone(),
        Question::Formality => target.formality = from.formality,
        Question::Relations => target.relations = from.relations.clone(),
        Question::Status => target.status = from.status.clone(),
        Question::Affiliations => {
            target.affiliations = from.affiliations.clone();
            target.peer_run = from.peer_run;
        }
        Question::Spaces => target.spaces = from.spaces.clone(),
    }
}

/// The middle formality of the perspectives that placed it (the mean of
/// the two middle ones for an even count), to the scale's hundredth;
/// `None` when none did.
pub fn median_formality(perspectives: &[Perspective]) -> Option<Formality> {
    let mut values: Vec<f64> =
        perspectives.iter().filter_map(|p| p.answers.formality.map(|f| f.value())).collect();
    values.sort_by(f64::total_cmp);
    let n = values.len();
    let median = match n {
        0 => return None,
        _ if n % 2 == 1 => values[n / 2],
        _ => (values[n / 2 - 1] + values[n / 2]) / 2.0,
    };
    Some(Formality::clamped((median * 100.0).round() / 100.0))
}

/// The answer held by more than half of the perspectives that answered
/// `question` (for formality, the median), as an `Answers` holding only that
/// question. A function is primary when most of those who chose it say so.
pub fn majority(perspectives: &[Perspective], question: Question) -> Answers {
    let answered: Vec<&Answers> =
        perspectives.iter().map(|p| &p.answers).filter(|a| a.is_answered(question)).collect();
    let most = |count: usize| 2 * count > answered.len();
    let mut result = Answers::default();
    macro_rules! majority_of {
        ($field:ident) => {{
            let all: BTreeSet<_> = answered.iter().flat_map(|a| a.$field.iter().copied()).collect();
            result.$field = all
                .into_iter()
                .filter(|item| most(answered.iter().filter(|a| a.$field.contains(item)).count()))
                .collect();
        }};
    }
    match question {
        Question::Functions => {
            let all: BTreeSet<_> = answered.iter().flat_map(|a| a.functions.keys().copied()).collect();
            for function in all {
                let choosing: Vec<&FunctionRole> =
                    answered.iter().filter_map(|a| a.functions.get(&function)).collect();
                if most(choosing.len()) {
                    let primary = choosing.iter().filter(|r| ***r == FunctionRole::Primary).count();
                    let role = if 2 * primary > choosing.len() {
                        FunctionRole::Primary
                    } else {
                        FunctionRole::Secondary
                    };
                    result.functions.insert(function, role);
                }
            }
        }
        Question::Formality => result.formality = median_formality(perspectives),
        Question::Relations => majority_of!(relations),
        Question::Status => majority_of!(status),
        Question::Affiliations => {
            majority_of!(affiliations);
            result.peer_run = most(answered.iter().filter(|a| a.peer_run).count());
        }
        Question::Spaces => majority_of!(spaces),
    }
    result
}

/// How the group settles a question's shared answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Settle {
    /// What most perspectives chose (the median for formality).
    Majority,
    /// One perspective's answer, by its place in the list.
    From(usize),
}

/// Sets the shared answer to `question` as `how` says; returns whether it changed.
pub fn settle(design: &mut Design, question: Question, how: Settle) -> bool {
    let from = match how {
        Settle::Majority => majority(&design.perspectives, question),
        Settle::From(index) => match design.perspectives.get(index) {
            Some(perspective) => perspective.answers.clone(),
            None => return false,
        },
    };
    let before = design.answers.clone();
    take_question(&mut design.answers, &from, question);
    design.answers != before
}
