//! Shared by the corpus tests and benchmarks: deterministic synthetic
//! models (valid, varied, about the size of a bundled record) and a fresh
//! store in a temp folder.
#![allow(dead_code)] // each test file uses a different subset

use peermap::corpus::{Citation, Coding, Confidence, Lesson, Model, ModelKind, Store, validate};
use peermap::design::{Answers, Formality, FunctionRole};
use peermap::map::{Affiliation, AnswerOption, Function, Question, Relation, Space, StatusSource};
use std::collections::BTreeSet;
use std::path::PathBuf;

const TITLES: [&str; 10] = [
    "peer support worker",
    "peer navigator",
    "community health worker",
    "promotora",
    "peer mentor",
    "lay health educator",
    "peer counsellor",
    "outreach worker",
    "patient navigator",
    "health broker",
];
const POPULATIONS: [&str; 8] = [
    "people living with HIV",
    "adults with serious mental illness",
    "older adults in rural villages",
    "people experiencing homelessness",
    "new mothers",
    "people who use drugs",
    "Latino immigrant families",
    "people with type 2 diabetes",
];
const ISSUES: [&str; 8] = [
    "mental_health",
    "hiv",
    "chronic_other",
    "homelessness_housing",
    "maternal_child",
    "substance_use",
    "primary_care",
    "cancer",
];
/// A place in words and its country code.
const REGIONS: [(&str, &str); 8] = [
    ("Québec", "CA"),
    ("Chicago", "US"),
    ("Oaxaca", "MX"),
    ("Karnataka", "IN"),
    ("Surabaya", "ID"),
    ("Leeds", "GB"),
    ("Kisumu", "KE"),
    ("Recife", "BR"),
];
const WORDS: [&str; 16] = [
    "listening",
    "trust",
    "clinic",
    "housing",
    "appointments",
    "stigma",
    "recovery",
    "outreach",
    "training",
    "neighbourhood",
    "medication",
    "advocacy",
    "family",
    "hope",
    "screening",
    "referral",
];

/// SplitMix64: a tiny, stable pseudo-random sequence for reproducible data.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed)
    }
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
    fn subset<T: AnswerOption>(&mut self) -> BTreeSet<T> {
        T::ALL.iter().copied().filter(|_| self.below(3) == 0).collect()
    }
    fn sentence(&mut self, words: usize) -> String {
        let mut text: Vec<&str> = (0..words).map(|_| self.pick(&WORDS)).collect();
        text.push("matter here");
        let mut sentence = text.join(" ");
        sentence[..1].make_ascii_uppercase();
        sentence.push('.');
        sentence
    }
}

/// The `i`-th synthetic model: valid, deterministic, id `synthetic-<i>`.
pub fn synthetic_model(i: usize) -> Model {
    let mut rng = Rng::new(i as u64);
    let mut answers = Answers::default();
    for function in Function::ALL {
        if rng.below(2) == 0 {
            answers.functions.insert(*function, FunctionRole::Secondary);
        }
    }
    if let Some(first) = answers.functions.keys().next().copied() {
        answers.functions.insert(first, FunctionRole::Primary);
    }
    if rng.below(5) > 0 {
        answers.formality = Some(Formality::clamped(rng.below(101) as f64 / 100.0));
    }
    answers.relations = rng.subset::<Relation>();
    answers.status = rng.subset::<StatusSource>();
    answers.affiliations = rng.subset::<Affiliation>();
    answers.peer_run = answers.affiliations.contains(&Affiliation::CommunityOrg) && rng.below(2) == 0;
    answers.spaces = rng.subset::<Space>();

    let coding = Question::ALL
        .into_iter()
        .map(|q| {
            let confidence = match (answers.is_answered(q), rng.below(2)) {
                (false, _) => Confidence::Unknown,
                (true, 0) => Confidence::Stated,
                (true, _) => Confidence::Inferred,
            };
            (q, Coding { confidence, rationale: rng.sentence(10) })
        })
        .collect();
    let title_count = 1 + rng.below(3);
    let titles = (0..title_count).map(|_| rng.pick(&TITLES).to_string()).collect::<BTreeSet<_>>();
    let issue = rng.pick(&ISSUES);
    let population = rng.pick(&POPULATIONS);
    let (place, country) = REGIONS[rng.below(REGIONS.len())];
    let lesson = Lesson { text: rng.sentence(12), confidence: Confidence::Stated };
    Model {
        id: format!("synthetic-{i}"),
        kind: ModelKind::Programme,
        name: format!("{} programme {i}", capitalised(rng.pick(&TITLES))),
        titles: titles.into_iter().collect(),
        population: population.to_string(),
        issue: issue.to_string(),
        issue_detail: String::new(),
        groups: Vec::new(),
        countries: vec![country.to_string()],
        region: place.to_string(),
        start_year: Some(1990 + rng.below(20) as u16),
        end_year: Some(2010 + rng.below(15) as u16),
        summary: format!("{} {} {}", rng.sentence(14), rng.sentence(12), rng.sentence(10)),
        answers,
        coding,
        lessons: vec![lesson],
        citation: Citation {
            authors: format!("Author{} A, Writer{} B", rng.below(500), rng.below(500)),
            year: Some(1990 + rng.below(35) as u16),
            title: format!("A study of {population} and {issue}"),
            container: format!("Journal of Peer Work {}:{}", rng.below(40), rng.below(900)),
            doi: (rng.below(3) > 0).then(|| format!("10.5555/synthetic.{i}")),
        },
        also_cited: Vec::new(),
        source_url: format!("https://example.org/synthetic/{i}"),
        cited_in: "Synthetic record for tests and benchmarks".into(),
        fr: Default::default(),
    }
}

fn capitalised(text: &str) -> String {
    let mut text = text.to_string();
    text[..1].make_ascii_uppercase();
    text
}

/// Models `synthetic-<from>` … `synthetic-<from + count - 1>`.
pub fn synthetic_models(from: usize, count: usize) -> Vec<Model> {
    let models: Vec<Model> = (from..from + count).map(synthetic_model).collect();
    debug_assert!(models.iter().all(|m| validate(m).is_empty()));
    models
}

/// A store in a fresh temp folder (kept alive by the returned guard).
pub fn temp_store() -> (tempfile::TempDir, PathBuf, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("data").join("corpus.sqlite3");
    let store = Store::open(&path).expect("a new store opens");
    (dir, path, store)
}
