//! The corpus held for ranking: packed positions and a short entry per
//! model, with the full records at hand for the few models shown. Built
//! once per corpus change, never per frame.

use super::records::{Records, StoreRecords};
use super::{PackedPosition, Priors, Side, Weights, similarity, top_k};
use crate::corpus::{Model, ModelKind, Store, StoreError};
use crate::design::{Answers, Context};
use crate::i18n::tr;
use crate::map::{Facet, Question};
use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

/// A ranked model: its place in the index and its score.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Ranked {
    pub index: usize,
    pub score: f64,
}

/// Everything the corpus offers for comparison.
#[derive(Debug, Default)]
pub struct SimilarityIndex {
    /// What scans of the whole corpus read, one per model.
    entries: Vec<Entry>,
    /// Packed positions, parallel to `entries`, scanned by the ranking.
    packed: Vec<PackedPosition>,
    /// The corpus's answers, for counting a model's unknown answers.
    priors: Priors,
    /// The full records, for the few models a view or the brief shows.
    records: Records,
}

/// One model as scans of the whole corpus see it (filters, colours, ids):
/// a few short fields, so a corpus of 100,000 models stays small.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub id: Box<str>,
    pub kind: ModelKind,
    /// A taxonomy key, or empty.
    pub issue: Box<str>,
    pub population: Box<str>,
    /// ISO codes.
    pub countries: Box<[Box<str>]>,
}

impl From<&Model> for Entry {
    fn from(model: &Model) -> Self {
        Entry {
            id: model.id.as_str().into(),
            kind: model.kind,
            issue: model.issue.as_str().into(),
            population: model.population.as_str().into(),
            countries: model.countries.iter().map(|c| c.as_str().into()).collect(),
        }
    }
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
            SiloScope::All => tr("silo-all"),
            SiloScope::SameIssue => tr("silo-same"),
            SiloScope::OtherSilos => tr("silo-other"),
        }
    }

    pub fn meaning(self) -> &'static str {
        match self {
            SiloScope::All => tr("silo-all.meaning"),
            SiloScope::SameIssue => tr("silo-same.meaning"),
            SiloScope::OtherSilos => tr("silo-other.meaning"),
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
    pub fn ranks_silo(&self, context: &Context, model: &Entry) -> bool {
        match self.silos {
            SiloScope::All => true,
            SiloScope::SameIssue => !context.issue.is_empty() && *context.issue == *model.issue,
            SiloScope::OtherSilos => !same_silo(context, model),
        }
    }

    /// Whether a model's kind is ranked.
    pub fn ranks_kind(&self, kind: ModelKind) -> bool {
        self.all_kinds || matches!(kind, ModelKind::Programme | ModelKind::Role)
    }

    /// The kinds ranked, in words, for the brief.
    pub fn kinds_text(&self) -> &'static str {
        if self.all_kinds { crate::i18n::tr("kinds-all") } else { crate::i18n::tr("kinds-default") }
    }
}

/// Below this score no model counts as near: the position is unexplored.
pub const NEAR_ENOUGH: f64 = 0.5;

impl SimilarityIndex {
    /// An index holding every record in memory (a small corpus, tests, the command line).
    pub fn new(models: impl IntoIterator<Item = Model>) -> Self {
        let models: Vec<Arc<Model>> = models.into_iter().map(Arc::new).collect();
        let mut index = SimilarityIndex::default();
        for model in &models {
            index.push(model);
        }
        index.priors = Priors::new(&index.packed);
        index.records = Records::Memory(models);
        index
    }

    /// An index over the store at `path` that keeps only what ranking needs
    /// in memory and reads the records it shows from the file: a large
    /// corpus then costs a few hundred bytes per model.
    pub fn from_store(path: &Path) -> Result<Self, StoreError> {
        let mut index = SimilarityIndex::default();
        Store::read_models(path, |model| index.push(&model))?;
        index.entries.shrink_to_fit();
        index.packed.shrink_to_fit();
        index.priors = Priors::new(&index.packed);
        index.records = Records::Store(Box::new(StoreRecords::new(path.to_path_buf())));
        Ok(index)
    }

    fn push(&mut self, model: &Model) {
        self.entries.push(Entry::from(model));
        self.packed.push(PackedPosition::of(model.into()));
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// What scans read of model `index`.
    pub fn entry(&self, index: usize) -> &Entry {
        &self.entries[index]
    }

    /// The full record of model `index`, read from the store for a large
    /// corpus (and kept for the next frames). `None` when the store cannot
    /// give it any more; [`take_read_failure`](Self::take_read_failure) says why.
    pub fn model(&self, index: usize) -> Option<Arc<Model>> {
        self.records.get(index, &self.entries[index].id)
    }

    /// The name of model `index`, or its id when its record cannot be read.
    pub fn name(&self, index: usize) -> String {
        self.model(index).map_or_else(|| self.entries[index].id.to_string(), |m| m.shown_name().to_string())
    }

    /// Why a record could not be read, once, for the app to report.
    pub fn take_read_failure(&self) -> Option<String> {
        self.records.take_failure()
    }

    /// The answers of model `index`, from its packed position.
    pub fn answers(&self, index: usize) -> Answers {
        self.packed[index].to_answers()
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
            let entry = &self.entries[i];
            options.ranks_kind(entry.kind) && options.ranks_silo(context, entry)
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
        let models: Vec<Arc<Model>> = ranked.iter().filter_map(|r| self.model(r.index)).collect();
        for model in &models {
            for title in &model.titles {
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
        let answers = self.answers(index);
        let model = Side { answers: &answers, issue: &self.entries[index].issue };
        similarity(design, model, weights, &self.priors)
    }
}

/// Whether a model lives in the design's silo: the same issue key, or the
/// same population compared loosely (one contains the other, ignoring case).
pub fn same_silo(context: &Context, model: &Entry) -> bool {
    let overlaps = |a: &str, b: &str| {
        let (a, b) = (a.trim().to_lowercase(), b.trim().to_lowercase());
        !a.is_empty() && !b.is_empty() && (a.contains(&b) || b.contains(&a))
    };
    (!context.issue.is_empty() && *context.issue == *model.issue)
        || overlaps(&context.population, &model.population)
}
