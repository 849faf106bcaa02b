//! The corpus held in memory for ranking: packed positions plus what the
//! similar-models list shows. Built once per corpus change, never per frame.

use super::{PackedPosition, Priors, Side, Weights, similarity, top_k};
use crate::corpus::{Model, ModelKind};
use crate::design::{Answers, Context};
use crate::map::{Facet, Question};
use std::collections::BTreeMap;

/// A ranked model: its place in the index and its score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ranked {
    pub index: usize,
    pub score: f64,
}

/// Everything the corpus offers for comparison.
#[derive(Debug, Clone, Default)]
pub struct SimilarityIndex {
    models: Vec<Model>,
    /// Packed positions, parallel to `models`, scanned by the ranking.
    packed: Vec<PackedPosition>,
    /// The corpus's answers, for counting a model's unknown answers.
    priors: Priors,
}

/// Which silos a ranking looks in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SiloScope {
    /// Every model.
    #[default]
    All,
    /// Only models filed under the design's issue.
    SameIssue,
    /// Only models from other silos than the design's (other issue and population).
    OtherSilos,
}

impl SiloScope {
    pub const ALL: [SiloScope; 3] = [SiloScope::All, SiloScope::SameIssue, SiloScope::OtherSilos];

    pub fn label(self) -> &'static str {
        match self {
            SiloScope::All => "All issues",
            SiloScope::SameIssue => "Same issue only",
            SiloScope::OtherSilos => "Across silos only",
        }
    }

    pub fn meaning(self) -> &'static str {
        match self {
            SiloScope::All => "Rank every model, whatever its issue or population",
            SiloScope::SameIssue => "Rank only models filed under your issue or health domain",
            SiloScope::OtherSilos => "Rank only models from other issues and populations than yours",
        }
    }
}

/// Which models a ranking considers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct RankOptions {
    pub silos: SiloScope,
    /// Include movements and frameworks; by default only programmes and role families are ranked.
    pub all_kinds: bool,
}

impl RankOptions {
    /// Whether a model's silo is ranked for this design.
    pub fn ranks_silo(&self, context: &Context, model: &Model) -> bool {
        match self.silos {
            SiloScope::All => true,
            SiloScope::SameIssue => !context.issue.is_empty() && context.issue == model.issue,
            SiloScope::OtherSilos => !same_silo(context, model),
        }
    }

    /// Whether a model's kind is ranked.
    pub fn ranks_kind(&self, kind: ModelKind) -> bool {
        self.all_kinds || matches!(kind, ModelKind::Programme | ModelKind::Role)
    }

    /// The kinds ranked, in words, for the brief.
    pub fn kinds_text(&self) -> &'static str {
        if self.all_kinds {
            "programmes, role families, movements and frameworks"
        } else {
            "programmes and role families (movements and frameworks left out)"
        }
    }
}

/// Below this score no model counts as near: the position is unexplored.
pub const NEAR_ENOUGH: f64 = 0.5;

impl SimilarityIndex {
    pub fn new(models: impl IntoIterator<Item = Model>) -> Self {
        let models: Vec<Model> = models.into_iter().collect();
        let packed: Vec<PackedPosition> = models.iter().map(|m| PackedPosition::of(m.into())).collect();
        let priors = Priors::new(&packed);
        SimilarityIndex { models, packed, priors }
    }

    pub fn len(&self) -> usize {
        self.models.len()
    }

    pub fn is_empty(&self) -> bool {
        self.models.is_empty()
    }

    pub fn model(&self, index: usize) -> &Model {
        &self.models[index]
    }

    /// The packed position of model `index`, for fast pairwise scores.
    pub fn packed(&self, index: usize) -> &PackedPosition {
        &self.packed[index]
    }

    /// What the corpus answers, for counting unknown answers.
    pub fn priors(&self) -> &Priors {
        &self.priors
    }

    /// The `k` models nearest to `answers`, best first, among those `options` keep.
    pub fn rank(
        &self,
        answers: &Answers,
        context: &Context,
        weights: &Weights,
        k: usize,
        options: RankOptions,
    ) -> Vec<Ranked> {
        let target = PackedPosition::of(Side { answers, issue: &context.issue });
        let keep = |i: usize| {
            let model = &self.models[i];
            options.ranks_kind(model.kind) && options.ranks_silo(context, model)
        };
        top_k(&target, &self.packed, k, weights, &self.priors, keep)
            .into_iter()
            .map(|(index, score)| Ranked { index, score })
            .collect()
    }

    /// For an unexplored position: the nearest model on each facet alone.
    pub fn nearest_per_facet(
        &self,
        answers: &Answers,
        context: &Context,
        options: RankOptions,
    ) -> Vec<(Facet, Ranked)> {
        Facet::ALL
            .into_iter()
            .filter_map(|facet| {
                let mut weights = Weights::map_only();
                for question in Question::ALL {
                    if question.facet() != facet {
                        weights.set(question, 0.0);
                    }
                }
                let best = self.rank(answers, context, &weights, 1, options).into_iter().next()?;
                (best.score > 0.0).then_some((facet, best))
            })
            .collect()
    }

    /// Titles the given models use, most frequent first ("peer navigator (4)").
    /// Spellings that differ only in case count as one title, written as its
    /// commonest spelling ("ASHA", "AA member").
    pub fn title_crosswalk(&self, ranked: &[Ranked]) -> Vec<(String, usize)> {
        let mut counts: BTreeMap<String, BTreeMap<&str, usize>> = BTreeMap::new();
        for r in ranked {
            for title in &self.models[r.index].titles {
                let title = title.trim();
                if !title.is_empty() {
                    *counts.entry(title.to_lowercase()).or_default().entry(title).or_default() += 1;
                }
            }
        }
        let mut list: Vec<(String, usize)> = counts
            .into_values()
            .map(|spellings| {
                let total = spellings.values().sum();
                let written =
                    spellings.iter().max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0))).map(|(t, _)| *t);
                (written.unwrap_or_default().to_string(), total)
            })
            .collect();
        list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.to_lowercase().cmp(&b.0.to_lowercase())));
        list
    }

    /// The exact similarity (with parts) of one ranked model.
    pub fn detail(&self, design: Side<'_>, weights: &Weights, index: usize) -> super::Similarity {
        similarity(design, &self.models[index], weights, &self.priors)
    }
}

/// Whether a model lives in the design's silo: the same issue key, or the
/// same population compared loosely (one contains the other, ignoring case).
pub fn same_silo(context: &Context, model: &Model) -> bool {
    let overlaps = |a: &str, b: &str| {
        let (a, b) = (a.trim().to_lowercase(), b.trim().to_lowercase());
        !a.is_empty() && !b.is_empty() && (a.contains(&b) || b.contains(&a))
    };
    (!context.issue.is_empty() && context.issue == model.issue)
        || overlaps(&context.population, &model.population)
}
