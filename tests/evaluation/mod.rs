//! The standing check of neighbour quality: real programmes that are not
//! in the corpus (tests/data/evaluation/), each with the family of corpus
//! records a planner would call related, written down before any ranking
//! was looked at. Shared by the evaluation test and `cargo bench --bench neighbours`.
#![allow(dead_code)] // the test and the report each use a different subset

use peermap::corpus::{Citation, Model, ModelKind};
use peermap::design::{self, Design};
use peermap::map::AnswerOption;
use peermap::similarity::{RankOptions, Ranked, SimilarityIndex};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// How many neighbours are judged per design.
pub const TOP: usize = 5;

/// One clause of a family: a model matches when every key given matches.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Clause {
    #[serde(default)]
    pub issues: Vec<String>,
    #[serde(default)]
    pub titles: Vec<String>,
    #[serde(default)]
    pub population: Vec<String>,
    #[serde(default)]
    pub groups: Vec<String>,
    #[serde(default)]
    pub relations: Vec<String>,
}

impl Clause {
    fn matches(&self, model: &Model) -> bool {
        let lower = |s: &str| s.to_lowercase();
        let any_in = |wanted: &[String], have: &mut dyn Iterator<Item = String>| {
            let have: Vec<String> = have.collect();
            wanted.iter().any(|w| have.iter().any(|h| h.contains(&lower(w))))
        };
        (self.issues.is_empty() || self.issues.contains(&model.issue))
            && (self.titles.is_empty() || any_in(&self.titles, &mut model.titles.iter().map(|t| lower(t))))
            && (self.population.is_empty()
                || any_in(&self.population, &mut std::iter::once(lower(&model.population))))
            && (self.groups.is_empty() || model.groups.iter().any(|g| self.groups.contains(g)))
            && (self.relations.is_empty()
                || model.answers.relations.iter().any(|r| self.relations.iter().any(|k| k == r.info().key)))
    }
}

/// Which corpus records count as related to an evaluation design.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Family {
    pub description: String,
    pub any: Vec<Clause>,
}

impl Family {
    pub fn contains(&self, model: &Model) -> bool {
        self.any.iter().any(|clause| clause.matches(model))
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct Entry {
    design: String,
    name: String,
    citation: Citation,
    source_url: String,
    family: Family,
}

/// One evaluation programme, as a design, with its family.
pub struct Case {
    pub file: String,
    pub name: String,
    pub citation: Citation,
    pub source_url: String,
    pub design: Design,
    pub family: Family,
}

pub fn folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/evaluation")
}

/// Every case of the set.
pub fn cases() -> Vec<Case> {
    let text = std::fs::read_to_string(folder().join("families.json")).expect("families.json");
    let entries: Vec<Entry> = serde_json::from_str(&text).expect("families.json parses");
    entries
        .into_iter()
        .map(|e| Case {
            design: design::load(&folder().join(&e.design)).unwrap_or_else(|err| panic!("{err}")),
            file: e.design,
            name: e.name,
            citation: e.citation,
            source_url: e.source_url,
            family: e.family,
        })
        .collect()
}

/// How one design's neighbours fared.
pub struct CaseResult {
    pub name: String,
    pub top: Vec<(Ranked, bool)>,
}

impl CaseResult {
    pub fn in_family(&self) -> usize {
        self.top.iter().filter(|(_, related)| *related).count()
    }
}

/// The whole report.
pub struct Report {
    pub cases: Vec<CaseResult>,
    /// Per record id, how many designs have it in their top 5.
    pub appearances: BTreeMap<String, usize>,
}

impl Report {
    pub fn share_in_family(&self) -> f64 {
        let judged: usize = self.cases.iter().map(|c| c.top.len()).sum();
        let related: usize = self.cases.iter().map(CaseResult::in_family).sum();
        related as f64 / judged.max(1) as f64
    }

    /// The records in the most designs' top 5, most first.
    pub fn hubs(&self) -> Vec<(&str, usize)> {
        let mut list: Vec<(&str, usize)> = self.appearances.iter().map(|(id, n)| (id.as_str(), *n)).collect();
        list.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        list
    }
}

/// Ranks every case with `rank` and judges its top 5.
pub fn evaluate(
    index: &SimilarityIndex,
    cases: &[Case],
    rank: impl Fn(&SimilarityIndex, &Design) -> Vec<Ranked>,
) -> Report {
    let mut appearances = BTreeMap::new();
    let results = cases
        .iter()
        .map(|case| {
            let top: Vec<(Ranked, bool)> = rank(index, &case.design)
                .into_iter()
                .map(|r| (r, case.family.contains(&index.model(r.index).expect("a record in memory"))))
                .collect();
            for (r, _) in &top {
                *appearances
                    .entry(index.model(r.index).expect("a record in memory").id.clone())
                    .or_insert(0) += 1;
            }
            CaseResult { name: case.name.clone(), top }
        })
        .collect();
    Report { cases: results, appearances }
}

/// The app's ranking: the design's own weights, programmes and role families.
pub fn app_ranking(index: &SimilarityIndex, design: &Design) -> Vec<Ranked> {
    index.rank(&design.answers, &design.context, &design.weights, TOP, RankOptions::default())
}

/// Title families for the leave-one-out check: two records are of one
/// family when a title of each contains the same stem.
const TITLE_STEMS: [&str; 16] = [
    "navigat",
    "community health",
    "health worker",
    "promotor",
    "mentor",
    "educat",
    "counsel",
    "peer support",
    "peer worker",
    "specialist",
    "outreach",
    "coach",
    "advoca",
    "volunteer",
    "self-help",
    "mutual",
];

pub fn title_stems(model: &Model) -> Vec<&'static str> {
    TITLE_STEMS
        .iter()
        .copied()
        .filter(|stem| model.titles.iter().any(|t| t.to_lowercase().contains(stem)))
        .collect()
}

/// Leave-one-out on the corpus: each programme's top 5 among the other
/// records, ranked with `weights`; a neighbour is related when it has the
/// same issue key or shares a title family.
pub fn leave_one_out(index: &SimilarityIndex, weights: &peermap::similarity::Weights) -> (usize, usize) {
    let (mut related, mut judged) = (0, 0);
    for i in 0..index.len() {
        let model = index.model(i).expect("a record in memory");
        if model.kind != ModelKind::Programme {
            continue;
        }
        let design = model.to_design();
        let stems = title_stems(&model);
        let ranked = index.rank(&design.answers, &design.context, weights, TOP + 1, RankOptions::default());
        for r in ranked.into_iter().filter(|r| r.index != i).take(TOP) {
            let other = index.model(r.index).expect("a record in memory");
            judged += 1;
            if other.issue == model.issue || title_stems(&other).iter().any(|s| stems.contains(s)) {
                related += 1;
            }
        }
    }
    (related, judged)
}
