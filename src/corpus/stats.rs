//! Counts over the corpus: how many models, of which kind, from where, in
//! which silos, how often each question is answered, and what their
//! records lack. The bundled-corpus tests, `peermap corpus stats` and the
//! contributor guide's coverage table all read these numbers.

use super::model::{Model, ModelKind, Origin};
use super::store::{Store, StoredModel};
use super::store_error::StoreError;
use crate::map::Question;
use crate::taxonomy;
use std::collections::BTreeMap;

/// What the corpus holds.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CorpusStats {
    pub total: usize,
    pub bundled: usize,
    pub user: usize,
    /// Models per kind, in [`ModelKind::ALL`] order.
    pub per_kind: Vec<(ModelKind, usize)>,
    /// Models per issue key ("" when none), most frequent first (ties by key).
    pub per_issue: Vec<(String, usize)>,
    /// Models per country code, most frequent first (ties by code).
    pub per_country: Vec<(String, usize)>,
    /// Programmes per world region key × issue key.
    pub programmes_per_region_issue: BTreeMap<(String, String), usize>,
    /// Models answering each question, in the map's order (Q1..Q6).
    pub answered_per_question: [usize; 6],
    /// Programmes answering each question.
    pub programmes_answered_per_question: [usize; 6],
    /// Programmes answering at least five of the six questions.
    pub programmes_with_five: usize,
    pub without_source_url: usize,
    pub without_lessons: usize,
    pub without_doi: usize,
}

impl CorpusStats {
    pub fn of<'a>(models: impl IntoIterator<Item = (&'a Model, Origin)>) -> CorpusStats {
        let mut stats = CorpusStats::default();
        let mut kinds: BTreeMap<ModelKind, usize> = BTreeMap::new();
        let mut issues: BTreeMap<String, usize> = BTreeMap::new();
        let mut countries: BTreeMap<String, usize> = BTreeMap::new();
        for (model, origin) in models {
            stats.total += 1;
            match origin {
                Origin::Bundled => stats.bundled += 1,
                Origin::User => stats.user += 1,
            }
            *kinds.entry(model.kind).or_default() += 1;
            *issues.entry(model.issue.clone()).or_default() += 1;
            for code in &model.countries {
                *countries.entry(code.clone()).or_default() += 1;
            }
            let programme = model.kind == ModelKind::Programme;
            for (i, question) in Question::ALL.into_iter().enumerate() {
                if model.answers.is_answered(question) {
                    stats.answered_per_question[i] += 1;
                    stats.programmes_answered_per_question[i] += usize::from(programme);
                }
            }
            if programme {
                stats.programmes_with_five += usize::from(model.known_questions() >= 5);
                for region in model_regions(model) {
                    *stats.programmes_per_region_issue.entry((region, model.issue.clone())).or_default() += 1;
                }
            }
            stats.without_source_url += usize::from(model.source_url.trim().is_empty());
            stats.without_lessons += usize::from(model.lessons.is_empty());
            stats.without_doi += usize::from(model.citation.doi.is_none());
        }
        stats.per_kind =
            ModelKind::ALL.into_iter().map(|k| (k, kinds.get(&k).copied().unwrap_or(0))).collect();
        stats.per_issue = most_frequent_first(issues);
        stats.per_country = most_frequent_first(countries);
        stats
    }

    /// How many models are of this kind.
    pub fn kind_count(&self, kind: ModelKind) -> usize {
        self.per_kind.iter().find(|(k, _)| *k == kind).map_or(0, |(_, n)| *n)
    }

    /// Programmes in a world region (each counted once, whatever its issue).
    pub fn programmes_in_region(&self, region: &str) -> usize {
        self.programmes_per_region_issue.iter().filter(|((r, _), _)| r == region).map(|(_, n)| n).sum()
    }
}

/// The distinct world regions of a model's countries.
pub fn model_regions(model: &Model) -> Vec<String> {
    country_regions(model.countries.iter().map(String::as_str))
}

/// The distinct world regions of some countries (ISO codes).
pub fn country_regions<'a>(codes: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut regions: Vec<String> =
        codes.into_iter().filter_map(taxonomy::country).map(|c| c.region.to_string()).collect();
    regions.sort();
    regions.dedup();
    regions
}

fn most_frequent_first(counts: BTreeMap<String, usize>) -> Vec<(String, usize)> {
    let mut list: Vec<(String, usize)> = counts.into_iter().collect();
    list.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    list
}

impl Store {
    /// Statistics over every model (reads every record: for the command
    /// line and tests, not for a frame).
    pub fn stats(&self) -> Result<CorpusStats, StoreError> {
        let all: Vec<StoredModel> = self.all()?;
        Ok(CorpusStats::of(all.iter().map(|s| (&s.model, s.origin))))
    }
}
