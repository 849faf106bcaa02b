//! How alike two positions on the map are, question by question, in a form
//! a user can read ("functions 0.67: both navigation; you add promotion").
//!
//! The formula is documented with a worked example in docs/similarity.md.

mod explain;
mod graph;
mod index;
mod packed;
mod weights;

pub use explain::{QuestionComparison, explain};
pub use graph::{DEFAULT_GRAPH_THRESHOLD, GraphNode, Group, ModelGraph, build_graph};
pub use index::{NEAR_ENOUGH, Ranked, SimilarityIndex, same_silo};
pub use packed::{PackedPosition, top_k};
pub use weights::{MAX_WEIGHT, Weights};

use crate::design::{Answers, FunctionRole};
use crate::map::{Affiliation, Question};
use std::collections::BTreeSet;

/// The similarity of two positions, with each question's share of it.
#[derive(Debug, Clone, PartialEq)]
pub struct Similarity {
    /// In [0, 1]; 1 when all six answers are given and identical.
    pub score: f64,
    /// Per question: its agreement in [0, 1] (`None` when either side has not
    /// answered) and its contribution to `score` (weight share × agreement).
    pub parts: [Part; 6],
}

/// One question's part of a similarity.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Part {
    pub question: Question,
    pub agreement: Option<f64>,
    pub contribution: f64,
}

/// Compares two positions. Unanswered questions count as disagreement, so
/// an empty design is like nothing.
pub fn similarity(a: &Answers, b: &Answers, weights: &Weights) -> Similarity {
    let total = weights.total();
    let parts = Question::ALL.map(|question| {
        let agreement = agreement(a, b, question);
        let share = if total > 0.0 { weights.get(question) / total } else { 0.0 };
        Part { question, agreement, contribution: share * agreement.unwrap_or(0.0) }
    });
    Similarity { score: parts.iter().map(|p| p.contribution).sum::<f64>().clamp(0.0, 1.0), parts }
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
