//! A design and one model side by side, worded once for the Compare view and
//! for the exported comparison (HTML, Markdown, PDF, JSON), so what a peer
//! worker reads on screen is what they hand to their manager.

use crate::corpus::{Confidence, Model, issue_text};
use crate::design::{Design, answer_text};
use crate::i18n::{Language, decimal, language, say, tr};
use crate::map::Question;
use crate::similarity::{Priors, explain, in_words, issue_line};
use serde::Serialize;

/// The whole comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ComparisonBrief {
    pub design_name: String,
    pub model_id: String,
    pub model_name: String,
    /// "Programme", "Role family", …
    pub model_kind: String,
    pub score: f64,
    /// The score in words ("0.62: the two agree on about 62% of what counts, with your weights").
    pub score_meaning: String,
    /// "5 of 6 questions coded (3 stated, 2 inferred)".
    pub coding: String,
    pub date: String,
    pub app_version: String,
    /// One per question, in map order, then the issue when the design names one.
    pub rows: Vec<ComparedQuestion>,
    pub lessons: Vec<String>,
    /// The model's source, in full.
    pub citation: String,
    /// The web address the record was coded from (only http and https addresses are kept).
    pub source_url: String,
    /// The language it is worded in (the window's when it was worded); every
    /// format is laid out in it, so headings and sentences agree.
    #[serde(skip)]
    pub language: Language,
}

/// One question of the comparison.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ComparedQuestion {
    /// "Q1 Functions", or "Issue".
    pub question: String,
    pub yours: String,
    pub theirs: String,
    /// In [0, 1] when both answer.
    pub agreement: Option<f64>,
    /// "0.67", "unknown (counts 0.41)" or "left out".
    pub agreement_text: String,
    /// Whether the two differ here (shown highlighted).
    pub differs: bool,
    /// The difference in sentences.
    pub in_words: String,
    /// Why the model was coded so, "(inferred)" when reasoned from the source; empty if not recorded.
    pub rationale: String,
}

/// Compares `design` with `model`, with the corpus `priors` for unknown answers.
pub fn compare(design: &Design, model: &Model, priors: &Priors, date: &str) -> ComparisonBrief {
    let (similarity, lines) = explain(design, model, &design.weights, priors);
    let mut rows: Vec<ComparedQuestion> = lines
        .iter()
        .map(|line| {
            let question = line.question;
            ComparedQuestion {
                question: say(
                    "question-numbered",
                    &[("number", question.number().to_string()), ("title", question.title().into())],
                ),
                yours: answer_text(&design.answers, question),
                theirs: theirs_text(model, question),
                agreement: line.agreement,
                agreement_text: agreement_text(line.agreement, line.counted),
                differs: line.agreement.is_none_or(|a| a < 0.999),
                in_words: in_words(line, &design.answers, &model.answers),
                rationale: rationale(model, question),
            }
        })
        .collect();
    if let Some(summary) = issue_line(&similarity, &design.context.issue, &model.issue) {
        let agreement = similarity.issue.agreement;
        rows.push(ComparedQuestion {
            question: tr("comparison-issue").into(),
            yours: issue_text(&design.context.issue, &design.context.issue_detail),
            theirs: model.issue_text(),
            agreement,
            agreement_text: agreement_text(agreement, similarity.issue.counted),
            differs: agreement.is_none_or(|a| a < 0.999),
            in_words: sentence(&summary),
            rationale: String::new(),
        });
    }
    ComparisonBrief {
        design_name: design.display_name().to_string(),
        model_id: model.id.clone(),
        model_name: model.shown_name().to_string(),
        model_kind: model.kind.label().to_string(),
        score: similarity.score,
        score_meaning: score_meaning(similarity.score),
        coding: model.coding_summary(),
        date: date.to_string(),
        app_version: env!("CARGO_PKG_VERSION").to_string(),
        rows,
        lessons: model.lesson_lines(),
        citation: model.citation.formatted(),
        source_url: web_address(&model.source_url),
        language: language(),
    }
}

/// The score in words, with the language's decimal mark ("0.62: the two agree
/// on about 62% of what counts, with your weights").
fn score_meaning(score: f64) -> String {
    say("comparison-meaning", &[("score", decimal(score, 2)), ("percent", format!("{:.0}", score * 100.0))])
}

/// The address if it is a web page, so an exported link can only open a page.
fn web_address(url: &str) -> String {
    let url = url.trim();
    if url.starts_with("https://") || url.starts_with("http://") { url.to_string() } else { String::new() }
}

fn theirs_text(model: &Model, question: Question) -> String {
    if model.answers.is_answered(question) {
        answer_text(&model.answers, question)
    } else {
        tr("comparison-theirs-unknown").into()
    }
}

fn agreement_text(agreement: Option<f64>, counted: Option<f64>) -> String {
    match (agreement, counted) {
        (Some(a), _) => decimal(a, 2),
        (None, Some(expected)) => say("comparison-unknown", &[("expected", decimal(expected, 2))]),
        (None, None) => tr("comparison-left-out").into(),
    }
}

fn rationale(model: &Model, question: Question) -> String {
    match (model.coding.get(&question), model.shown_rationale(question)) {
        (Some(coding), Some(text)) if !text.trim().is_empty() => match coding.confidence {
            Confidence::Inferred => format!("{} {}", text.trim(), tr("lesson-inferred")),
            _ => text.trim().to_string(),
        },
        _ => String::new(),
    }
}

/// "issue 1.00: both HIV" → "Issue 1.00: both HIV."
fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    let capital: String = chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default();
    if capital.ends_with('.') { capital } else { format!("{capital}.") }
}
