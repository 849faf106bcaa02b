//! How alike two positions on the map are, question by question, in a form
//! a user can read ("functions 0.67: both navigation; you add promotion").
//!
//! The formula is documented with a worked example in docs/similarity.md.

mod explain;
mod graph;
mod in_words;
mod index;
mod mutual;
mod packed;
mod priors;
mod records;
mod weights;

pub use explain::{QuestionComparison, explain, issue_line};
pub use graph::{GraphNode, Group, ModelGraph, build_graph, data_threshold};
pub use in_words::in_words;
pub use index::{Entry, NEAR_ENOUGH, RankOptions, Ranked, SiloScope, SimilarityIndex, same_silo};
pub use mutual::MutualScorer;
pub use packed::{PackedPosition, scores, shares, top_k};
pub use priors::Priors;
pub use weights::{DEFAULT_ISSUE_WEIGHT, MAX_WEIGHT, Weights};

use crate::corpus::Model;
use crate::design::{Answers, Design, FunctionRole};
use crate::map::{Affiliation, Question};
use std::collections::BTreeSet;

/// One side of a comparison: a position on the map and the issue it is
/// filed under (a taxonomy key, or "" when none).
#[derive(Debug, Clone, Copy)]
pub struct Side<'a> {
    pub answers: &'a Answers,
    pub issue: &'a str,
}

impl<'a> From<&'a Answers> for Side<'a> {
    /// A position alone, with no issue.
    fn from(answers: &'a Answers) -> Self {
        Side { answers, issue: "" }
    }
}

impl<'a> From<&'a Design> for Side<'a> {
    fn from(design: &'a Design) -> Self {
        Side { answers: &design.answers, issue: &design.context.issue }
    }
}

impl<'a> From<&'a Model> for Side<'a> {
    fn from(model: &'a Model) -> Self {
        Side { answers: &model.answers, issue: &model.issue }
    }
}

/// The similarity of a design to a model, with each part's share of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Similarity {
    /// In [0, 1]; 1 when the two sides answer the same questions identically (and share the issue).
    pub score: f64,
    /// Per question: its agreement, what it counted with, and its contribution.
    pub parts: [Part; 6],
    /// Sharing the design's issue: agreement 1 for the same key, 0 for another.
    pub issue: IssuePart,
    /// How many questions the design has answered: the score is ranked on these.
    pub ranked_on: usize,
}

impl Similarity {
    /// The score in plain words, for tooltips and the comparison.
    pub fn meaning(&self) -> String {
        let percent = format!("{:.0}", self.score * 100.0);
        crate::i18n::say(
            "comparison-meaning",
            &[("score", crate::i18n::decimal(self.score, 2)), ("percent", percent)],
        )
    }
}

/// The issue's part of a similarity (its fields mean what [`Part`]'s do).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct IssuePart {
    pub agreement: Option<f64>,
    pub counted: Option<f64>,
    pub contribution: f64,
}

/// One question's part of a similarity.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Part {
    pub question: Question,
    /// Agreement in [0, 1] when both sides answer the question.
    pub agreement: Option<f64>,
    /// What the question counted with: the agreement, or, when only the
    /// model's answer is unknown, the agreement a coded model gives on
    /// average. `None` when the design has not answered (left out).
    pub counted: Option<f64>,
    /// Weight share × counted value; the contributions add up to the score.
    pub contribution: f64,
}

impl Part {
    /// The model's answer is unknown, so the corpus expectation stood in for it.
    pub fn is_expected(&self) -> bool {
        self.agreement.is_none() && self.counted.is_some()
    }
}

/// Compares a design (`a`) with a model (`b`). Only the questions the
/// design has answered count, each by its weight's share among them. A
/// question the model leaves unknown counts with the agreement the
/// design's answer has, on average, with the models that do answer it
/// (`priors`), so an unknown neither rewards nor punishes a model. See
/// docs/similarity.md.
pub fn similarity<'a, 'b>(
    a: impl Into<Side<'a>>,
    b: impl Into<Side<'b>>,
    weights: &Weights,
    priors: &Priors,
) -> Similarity {
    let (a, b) = (a.into(), b.into());
    let packed_a = PackedPosition::of(a);
    let (shares, issue_share) = shares(weights, &packed_a);
    let parts = Question::ALL.map(|question| {
        let share = shares[question as usize];
        if !a.answers.is_answered(question) {
            return Part { question, agreement: None, counted: None, contribution: 0.0 };
        }
        let agreement = agreement(a.answers, b.answers, question);
        let counted = agreement.unwrap_or_else(|| priors.expected(question, &packed_a));
        Part { question, agreement, counted: Some(counted), contribution: share * counted }
    });
    let issue = if packed_a.issue == 0 {
        IssuePart { agreement: None, counted: None, contribution: 0.0 }
    } else {
        let theirs = packed::issue_code(b.issue);
        let agreement = (theirs != 0).then(|| f64::from(u8::from(theirs == packed_a.issue)));
        let counted = agreement.unwrap_or_else(|| priors.expected_issue(packed_a.issue));
        IssuePart { agreement, counted: Some(counted), contribution: issue_share * counted }
    };
    let mut score = 0.0;
    for part in &parts {
        score += part.contribution;
    }
    score += issue.contribution;
    Similarity { score: score.clamp(0.0, 1.0), parts, issue, ranked_on: a.answers.answered_count() }
}

/// The similarity of two models, the same both ways: the mean of each one
/// compared with the other (for the graph's edges).
pub fn mutual_similarity<'a, 'b>(
    a: impl Into<Side<'a>>,
    b: impl Into<Side<'b>>,
    weights: &Weights,
    priors: &Priors,
) -> f64 {
    let (a, b) = (a.into(), b.into());
    (similarity(a, b, weights, priors).score + similarity(b, a, weights, priors).score) / 2.0
}

/// Agreement on one question, `None` when either side has not answered it.
pub fn agreement(a: &Answers, b: &Answers, question: Question) -> Option<f64> {
    if !a.is_answered(question) || !b.is_answered(question) {
        return None;
    }
    Some(match question {
        Question::Functions => {
            // Weighted Jaccard: a primary function counts twice.
            let weight = |answers: &Answers, f| match answers.functions.get(f) {
                Some(FunctionRole::Primary) => 2.0,
                Some(FunctionRole::Secondary) => 1.0,
                None => 0.0,
            };
            let keys: BTreeSet<_> = a.functions.keys().chain(b.functions.keys()).collect();
            let (mut low, mut high) = (0.0, 0.0);
            for f in keys {
                let (x, y) = (weight(a, f), weight(b, f));
                low += f64::min(x, y);
                high += f64::max(x, y);
            }
            low / high
        }
        Question::Formality => {
            let (x, y) = (a.formality.map(|f| f.value()), b.formality.map(|f| f.value()));
            1.0 - (x.unwrap_or(0.0) - y.unwrap_or(0.0)).abs()
        }
        Question::Relations => jaccard(&a.relations, &b.relations),
        Question::Status => jaccard(&a.status, &b.status),
        Question::Affiliations => continuum_agreement(&positions(a), &positions(b)),
        Question::Spaces => jaccard(&a.spaces, &b.spaces),
    })
}

fn jaccard<T: Ord>(a: &BTreeSet<T>, b: &BTreeSet<T>) -> f64 {
    let union = a.union(b).count();
    if union == 0 { 1.0 } else { a.intersection(b).count() as f64 / union as f64 }
}

/// Where an affiliation sits on the community–clinical continuum. A
/// peer-run community organisation sits nearer to independent mutual aid.
pub fn continuum_position(affiliation: Affiliation, peer_run: bool) -> f64 {
    match affiliation {
        Affiliation::Independent => 0.0,
        Affiliation::CommunityOrg if peer_run => 0.25,
        Affiliation::CommunityOrg => 0.5,
        Affiliation::ClinicalOrg => 1.0,
    }
}

fn positions(answers: &Answers) -> Vec<f64> {
    answers.affiliations.iter().map(|a| continuum_position(*a, answers.peer_run)).collect()
}

/// 1 minus the mean distance from each position to the nearest one on the
/// other side (averaged both ways, so it is symmetric).
pub fn continuum_agreement(a: &[f64], b: &[f64]) -> f64 {
    let mean_gap = |from: &[f64], to: &[f64]| {
        from.iter().map(|x| to.iter().map(|y| (x - y).abs()).fold(f64::INFINITY, f64::min)).sum::<f64>()
            / from.len() as f64
    };
    1.0 - (mean_gap(a, b) + mean_gap(b, a)) / 2.0
}
