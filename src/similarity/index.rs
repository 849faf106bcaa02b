//! The corpus held in memory for ranking: packed positions plus what the
//! similar-models list shows. Built once per corpus change, never per frame.

use super::{PackedPosition, Weights, similarity, top_k};
use crate::corpus::Model;
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
}

/// Below this score no model counts as near: the position is unexplored.
pub const NEAR_ENOUGH: f64 = 0.5;

impl SimilarityIndex {
    pub fn new(models: impl IntoIterator<Item = Model>) -> Self {
        let models: Vec<Model> = models.into_iter().collect();
        let packed = models.iter().map(|m| PackedPosition::new(&m.answers)).collect();
        SimilarityIndex { models, packed }
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

    /// The `k` models nearest to `answers`, best first. With `across_silos`,
    /// models from the design's own silo (same issue or population) are left out.
    pub fn rank(
        &self,
        answers: &Answers,
        context: &Context,
        weights: &Weights,
        k: usize,
        across_silos: bool,
    ) -> Vec<Ranked> {
        let target = PackedPosition::new(answers);
        top_k(&target, &self.packed, k, weights, |i| !across_silos || !same_silo(context, &self.models[i]))
            .into_iter()
            .map(|(index, score)| Ranked { index, score })
            .collect()
    }

    /// For an unexplored position: the nearest model on each facet alone.
    pub fn nearest_per_facet(
        &self,
        answers: &Answers,
        context: &Context,
        across_silos: bool,
    ) -> Vec<(Facet, Ranked)> {
        Facet::ALL
            .into_iter()
            .filter_map(|facet| {
                let mut weights = Weights::default();
                for question in Question::ALL {
                    if question.facet() != facet {
                        weights.set(question, 0.0);
                    }
                }
                let best = self.rank(answers, context, &weights, 1, across_silos).into_iter().next()?;
                (best.score > 0.0).then_some((facet, best))
            })
            .collect()
    }

    /// Titles the given models use, most frequent first ("peer navigator (4)").
    pub fn title_crosswalk(&self, ranked: &[Ranked]) -> Vec<(String, usize)> {
        let mut counts: BTreeMap<String, usize> = BTreeMap::new();
        for r in ranked {
            for title in &self.models[r.index].titles {
                let title = title.trim().to_lowercase();
                if !title.is_empty() {
                    *counts.entry(title).or_default() += 1;
                }
            }
        }
        let mut list: Vec<(String, usize)> = counts.into_iter().collect();
        list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        list
    }

    /// The exact similarity (with parts) of one ranked model.
    pub fn detail(&self, answers: &Answers, weights: &Weights, index: usize) -> super::Similarity {
        similarity(answers, &self.models[index].answers, weights)
    }
}

/// Whether a model lives in the design's silo: the same issue or the same
/// population, compared loosely (one contains the other, ignoring case).
pub fn same_silo(context: &Context, model: &Model) -> bool {
    let overlaps = |a: &str, b: &str| {
        let (a, b) = (a.trim().to_lowercase(), b.trim().to_lowercase());
        !a.is_empty() && !b.is_empty() && (a.contains(&b) || b.contains(&a))
    };
    overlaps(&context.issue, &model.issue) || overlaps(&context.population, &model.population)
}
