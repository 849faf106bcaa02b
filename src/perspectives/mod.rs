//! Several people's positions on one programme: each perspective answers
//! the six questions on its own; the design's own answers are the shared
//! position the group agrees. How far the perspectives diverge on a
//! question comes from the same per-question agreement that ranks similar
//! models, so "they diverge" and "they are similar" mean the same thing.

mod agree;
pub(crate) mod edits;
mod merge;

pub use agree::{Settle, majority, median_formality, settle, take_question};
pub use edits::unique_name;
pub use merge::{Conflict, ConflictChoice, MergeOutcome, merge};

use crate::design::Answers;
use crate::map::Question;
use crate::similarity::{Priors, Weights, similarity};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// One person's or one group's position ("Peer workers", "As written in
/// the job description").
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Perspective {
    pub name: String,
    #[serde(default)]
    pub answers: Answers,
    /// "How we do this here", as this perspective sees it.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub notes: BTreeMap<Question, String>,
}

/// How far apart `positions` are on each question, from 0 (all agree) to
/// 1: one minus the mean agreement of every pair that both answered it;
/// `None` where fewer than two answered. Each pair is compared once.
pub fn divergences(positions: &[&Answers]) -> [Option<f64>; 6] {
    let (weights, priors) = (Weights::default(), Priors::default());
    let mut totals = [(0.0, 0usize); 6];
    for (i, first) in positions.iter().enumerate() {
        for second in &positions[i + 1..] {
            let parts = similarity(*first, *second, &weights, &priors).parts;
            for part in parts {
                if let Some(agreement) = part.agreement {
                    let (sum, pairs) = &mut totals[part.question as usize];
                    *sum += agreement;
                    *pairs += 1;
                }
            }
        }
    }
    totals.map(|(sum, pairs)| (pairs > 0).then(|| (1.0 - sum / pairs as f64).clamp(0.0, 1.0)))
}

/// [`divergences`] of one question.
pub fn divergence(positions: &[&Answers], question: Question) -> Option<f64> {
    divergences(positions)[question as usize]
}

/// The questions the perspectives diverge on, most divergent first: what a
/// group should discuss before it agrees. Questions they agree on (or
/// that fewer than two answered) are left out.
pub fn to_discuss(perspectives: &[Perspective]) -> Vec<(Question, f64)> {
    let positions: Vec<&Answers> = perspectives.iter().map(|p| &p.answers).collect();
    let mut found: Vec<(Question, f64)> = Question::ALL
        .into_iter()
        .zip(divergences(&positions))
        .filter_map(|(q, d)| d.map(|d| (q, d)))
        .filter(|(_, d)| *d > 1e-9)
        .collect();
    found.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    found
}

/// A perspective without a name, or two with the same name (whatever
/// the case): the field and what is wrong, for the design file's error.
pub(crate) fn naming_problem(perspectives: &[Perspective]) -> Option<(String, String)> {
    for (index, perspective) in perspectives.iter().enumerate() {
        let name = perspective.name.trim();
        let field = format!("perspectives[{index}].name");
        if name.is_empty() {
            return Some((field, "is empty; every perspective has a name".into()));
        }
        let earlier =
            perspectives[..index].iter().position(|p| p.name.trim().to_lowercase() == name.to_lowercase());
        if let Some(first) = earlier {
            return Some((
                field,
                format!("\"{name}\" is also the name of perspective {}; names must differ", first + 1),
            ));
        }
    }
    None
}
