//! Similarity in words: for each question, what both share and what each
//! adds ("functions 0.67: both navigation; you add promotion").

use super::{Priors, Side, Similarity, Weights, similarity};
use crate::corpus::issue_text;
use crate::design::{Answers, FunctionRole};
use crate::i18n::{clause_separator, decimal, say, tr};
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
                    say("explain-primary", &[("name", name)])
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
                (true, true) => shared.push(tr("explain-peer-run").into()),
                (true, false) => first.push(tr("explain-peer-run").into()),
                (false, true) => second.push(tr("explain-peer-run").into()),
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
            None => say("explain-left-out", &[("title", title)]),
            Some(expected) => say("explain-unknown", &[("title", title), ("expected", decimal(expected, 2))]),
        };
    };
    if question == Question::Formality {
        let (x, y) =
            (first.formality.map_or(0.0, |f| f.value()), second.formality.map_or(0.0, |f| f.value()));
        return say(
            "explain-formality",
            &[
                ("title", title),
                ("agreement", decimal(agreement, 2)),
                ("yours", decimal(x, 2)),
                ("yours_anchor", FormalityAnchor::nearest(x).short().to_lowercase()),
                ("theirs", decimal(y, 2)),
                ("theirs_anchor", FormalityAnchor::nearest(y).short().to_lowercase()),
            ],
        );
    }
    let clauses: Vec<String> =
        [("explain-both", shared), ("explain-you-add", only_first), ("explain-they-add", only_second)]
            .into_iter()
            .filter(|(_, items)| !items.is_empty())
            .map(|(id, items)| say(id, &[("list", items.join(", "))]))
            .collect();
    say(
        "explain-line",
        &[
            ("title", title),
            ("agreement", decimal(agreement, 2)),
            ("clauses", clauses.join(clause_separator())),
        ],
    )
}

/// The issue's part in words ("issue 1.00: both HIV and sexual health"),
/// or `None` when the design names no issue (it is then left out).
pub fn issue_line(result: &Similarity, design_issue: &str, model_issue: &str) -> Option<String> {
    let counted = result.issue.counted?;
    Some(match result.issue.agreement {
        Some(a) if a > 0.5 => say(
            "explain-issue-same",
            &[("agreement", decimal(a, 2)), ("issue", issue_text(design_issue, ""))],
        ),
        Some(a) => say(
            "explain-issue-differs",
            &[
                ("agreement", decimal(a, 2)),
                ("yours", issue_text(design_issue, "")),
                ("theirs", issue_text(model_issue, "")),
            ],
        ),
        None => say("explain-issue-unfiled", &[("expected", decimal(counted, 2))]),
    })
}
