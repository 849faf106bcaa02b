//! The similar-models results for the open design, cached by design
//! revision, switch and corpus generation so nothing is recomputed per frame.

use super::comparison::Comparison;
use crate::corpus::Model;
use crate::design::Design;
use crate::map::Facet;
use crate::similarity::{
    ModelGraph, NEAR_ENOUGH, RankOptions, Ranked, Similarity, SimilarityIndex, build_graph, data_threshold,
};
use std::sync::Arc;

/// How many similar models the list shows.
pub const LIST_LENGTH: usize = 20;

/// How many nearest models the graph shows.
pub const GRAPH_SIZE: usize = 30;

/// What the similar-models panel shows.
#[derive(Debug, Clone, Default)]
pub struct SimilarResults {
    /// Best first, with each one's per-question parts.
    pub ranked: Vec<(Ranked, Similarity)>,
    /// Titles used by the listed models that are near enough, most frequent first.
    pub crosswalk: Vec<(String, usize)>,
    /// When no model is near enough: the nearest model on each facet alone.
    pub unexplored: Option<Vec<(Facet, Ranked)>>,
}

/// What cached results depend on: the design's revision, the corpus and the switch.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CacheKey {
    revision: u64,
    corpus_generation: u64,
    options: RankOptions,
}

/// The similarity index over the corpus and the cached results.
#[derive(Default)]
pub struct SimilarState {
    index: Arc<SimilarityIndex>,
    corpus_generation: u64,
    /// The across-silos switch and the kinds ranked.
    pub options: RankOptions,
    cache: Option<(CacheKey, SimilarResults)>,
    /// The model being compared with the design.
    pub compare: Option<Comparison>,
    /// Two models are joined in the graph when their similarity reaches this.
    /// The user's edge threshold; `None` while it is chosen from the data.
    pub graph_threshold: Option<f64>,
    graph: Option<(CacheKey, Option<f64>, ModelGraph)>,
}

impl SimilarState {
    /// Replaces the index after the corpus changed.
    pub fn set_corpus(&mut self, models: Vec<Model>) {
        self.set_index(SimilarityIndex::new(models));
    }

    /// Replaces the index with one built elsewhere (on a worker thread).
    pub fn set_index(&mut self, index: SimilarityIndex) {
        self.index = Arc::new(index);
        self.corpus_generation += 1;
    }

    /// Changes whenever the corpus does (for work cached per corpus version).
    pub fn generation(&self) -> u64 {
        self.corpus_generation
    }

    pub fn index(&self) -> &SimilarityIndex {
        &self.index
    }

    /// The index, shared with a worker thread (brief export).
    pub fn shared_index(&self) -> Arc<SimilarityIndex> {
        Arc::clone(&self.index)
    }

    /// The key under which work for this design revision is cached.
    pub fn cache_key(&self, revision: u64) -> CacheKey {
        CacheKey { revision, corpus_generation: self.corpus_generation, options: self.options }
    }

    /// Recomputes the results if the design, the switch or the corpus changed.
    pub fn update(&mut self, design: &Design, revision: u64) {
        let key = self.cache_key(revision);
        if self.cache.as_ref().is_some_and(|(cached, _)| *cached == key) {
            return;
        }
        let results = self.compute(design);
        self.cache = Some((key, results));
    }

    /// Re-explains the comparison if the design or the corpus changed.
    pub fn update_comparison(&mut self, design: &Design, revision: u64) {
        let key = self.cache_key(revision);
        if let Some(comparison) = &mut self.compare {
            comparison.update(design, key, self.index.priors());
        }
    }

    /// Rebuilds the graph if the design, switch, corpus or threshold changed.
    pub fn update_graph(&mut self, design: &Design, revision: u64) {
        let key = self.cache_key(revision);
        if self.graph.as_ref().is_some_and(|(k, t, _)| *k == key && *t == self.graph_threshold) {
            return;
        }
        let ranked =
            self.index.rank(&design.answers, &design.context, &design.weights, GRAPH_SIZE, self.options);
        let threshold =
            self.graph_threshold.unwrap_or_else(|| data_threshold(&self.index, &design.weights, &ranked));
        let graph = build_graph(&self.index, &design.weights, &ranked, threshold);
        self.graph = Some((key, self.graph_threshold, graph));
    }

    /// The graph of the last `update_graph`.
    pub fn graph(&self) -> Option<&ModelGraph> {
        self.graph.as_ref().map(|(_, _, graph)| graph)
    }

    /// The results of the last `update`.
    pub fn results(&self) -> Option<&SimilarResults> {
        self.cache.as_ref().map(|(_, results)| results)
    }

    fn compute(&self, design: &Design) -> SimilarResults {
        let (answers, context, weights) = (&design.answers, &design.context, &design.weights);
        let ranked = self.index.rank(answers, context, weights, LIST_LENGTH, self.options);
        let near: Vec<Ranked> = ranked.iter().copied().filter(|r| r.score >= NEAR_ENOUGH).collect();
        let unexplored = (near.is_empty() && answers.is_complete())
            .then(|| self.index.nearest_per_facet(answers, context, self.options));
        SimilarResults {
            crosswalk: self.index.title_crosswalk(&near),
            ranked: ranked
                .into_iter()
                .map(|r| (r, self.index.detail(design.into(), weights, r.index)))
                .collect(),
            unexplored,
        }
    }
}
