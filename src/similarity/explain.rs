//! Similarity in words: for each question, what both share and what each
//! adds ("functions 0.67: both navigation; you add promotion").

use super::{Priors, Side, Similarity, Weights, similarity};
use crate::corpus::issue_text;
use crate::design::{Answers, FunctionRole};
use crate::map::{AnswerOption, FormalityAnchor, Question};
use std::collections::BTreeSet;

/// One question of a comparison, ready to show.
#[derive(Debug, Clone, PartialEq)]
pub struct QuestionComparison {
    pub question: Question,
    /// `None` when either side has not answered.
    pub agreement: Option<f64>,
    /// What the question counted with (see [`Part::counted`](super::Part::counted)).
    pub counted: Option<f64>,
    pub contribution: f64,
    pub shared: Vec<String>,
    /// What the first position (yours) has and the other does not.
    pub only_first: Vec<String>,
    pub only_second: Vec<String>,
    /// One readable line.
    pub summary: String,
}

/// The similarity of `first` (the design) to `second` (a model), explained.
pub fn explain<'a, 'b>(
    first: impl Into<Side<'a>>,
    second: impl Into<Side<'b>>,
    weights: &Weights,
    priors: &Priors,
) -> (Similarity, Vec<QuestionComparison>) {
    let (first, second) = (first.into(), second.into());
    let result = similarity(first, second, weights, priors);
    let (first, second) = (first.answers, second.answers);
    let comparisons = result
        .parts
        .iter()
        .map(|part| {
            let question = part.question;
            let (shared, only_first, only_second) = differences(first, second, question);
            let summary = summary_line(question, part, &shared, &only_first, &only_second, first, second);
            QuestionComparison {
                question,
                agreement: part.agreement,
                counted: part.counted,
                contribution: part.contribution,
                shared,
                only_first,
                only_second,
                summary,
            }
        })
        .collect();
    (result, comparisons)
}

fn names<T: AnswerOption>(items: impl IntoIterator<Item = T>) -> Vec<String> {
    items.into_iter().map(|o| o.info().name().to_lowercase()).collect()
}

fn split<T: AnswerOption>(a: &BTreeSet<T>, b: &BTreeSet<T>) -> (Vec<String>, Vec<String>, Vec<String>) {
    (names(a.intersection(b).copied()), names(a.difference(b).copied()), names(b.difference(a).copied()))
}

fn differences(a: &Answers, b: &Answers, question: Question) -> (Vec<String>, Vec<String>, Vec<String>) {
    match question {
        Question::Functions => {
            let label = |answers: &Answers, f: &crate::map::Function| {
                let name = f.info().name().to_lowercase();
                if answers.functions.get(f) == Some(&FunctionRole::Primary) {
                    format!("{name} (primary)")
                } else {
                    name
                }
            };
            let keys_a: BTreeSet<_> = a.functions.keys().copied().collect();
            let keys_b: BTreeSet<_> = b.functions.keys().copied().collect();
            (
                keys_a.intersection(&keys_b).map(|f| f.info().name().to_lowercase()).collect(),
                keys_a.difference(&keys_b).map(|f| label(a, f)).collect(),
                keys_b.difference(&keys_a).map(|f| label(b, f)).collect(),
            )
        }
        Question::Formality => (Vec::new(), Vec::new(), Vec::new()),
        Question::Relations => split(&a.relations, &b.relations),
        Question::Status => split(&a.status, &b.status),
        Question::Affiliations => {
            let (mut shared, mut first, mut second) = split(&a.affiliations, &b.affiliations);
            match (a.peer_run, b.peer_run) {
                (true, true) => shared.push("peer-run".into()),
                (true, false) => first.push("peer-run".into()),
                (false, true) => second.push("peer-run".into()),
                (false, false) => {}
            }
            (shared, first, second)
        }
        Question::Spaces => split(&a.spaces, &b.spaces),
    }
}

fn summary_line(
    question: Question,
    part: &super::Part,
    shared: &[String],
    only_first: &[String],
    only_second: &[String],
    first: &Answers,
    second: &Answers,
) -> String {
    let title = question.title().to_lowercase();
    let Some(agreement) = part.agreement else {
        return match part.counted {
            None => format!("{title}: you have not answered, so it is left out"),
            Some(expected) => format!(
                "{title}: not known for this model, so it counts {expected:.2}, \
                 what a coded model agrees with your answer on average"
            ),
        };
    };
    if question == Question::Formality {
        let (x, y) =
            (first.formality.map_or(0.0, |f| f.value()), second.formality.map_or(0.0, |f| f.value()));
        return format!(
            "{title} {agreement:.2}: yours {x:.2} ({}), theirs {y:.2} ({})",
            FormalityAnchor::nearest(x).short().to_lowercase(),
            FormalityAnchor::nearest(y).short().to_lowercase()
        );
    }
    let mut clauses = Vec::new();
    if !shared.is_empty() {
        clauses.push(format!("both {}", shared.join(", ")));
    }
    if !only_first.is_empty() {
        clauses.push(format!("you add {}", only_first.join(", ")));
    }
    if !only_second.is_empty() {
        clauses.push(format!("they add {}", only_second.join(", ")));
    }
    format!("{title} {agreement:.2}: {}", clauses.join("; "))
}

/// The issue's part in words ("issue 1.00: both HIV and sexual health"),
/// or `None` when the design names no issue (it is then left out).
pub fn issue_line(result: &Similarity, design_issue: &str, model_issue: &str) -> Option<String> {
    let counted = result.issue.counted?;
    Some(match result.issue.agreement {
        Some(a) if a > 0.5 => format!("issue {a:.2}: both {}", issue_text(design_issue, "")),
        Some(a) => format!(
            "issue {a:.2}: yours {}, theirs {}",
            issue_text(design_issue, ""),
            issue_text(model_issue, "")
        ),
        None => format!(
            "issue: not filed under an issue, so it counts {counted:.2}, the share of filed models that share yours"
        ),
    })
}
