//! Similarity performance (issue targets in brackets): top-20 over 100,000
//! (≤ 5 ms) and 1,000,000 (≤ 50 ms) positions on one core, compared with a
//! brute-force NumPy script on the same data; and the graph of 200 models
//! built and laid out (≤ 30 ms). UI frames are in `benches/workspace.rs`.
//!
//! `cargo bench --bench similarity`

use criterion::{Criterion, criterion_group, criterion_main};
use peermap::corpus::{Citation, Coding, Confidence, Model, ModelKind};
use peermap::design::{Answers, Formality, FunctionRole};
use peermap::map::{Affiliation, AnswerOption, Function, Question, Relation, Space, StatusSource};
use peermap::similarity::{
    PackedPosition, Priors, RankOptions, Ranked, Side, SimilarityIndex, Weights, build_graph, top_k,
};
use peermap::taxonomy;
use std::hint::black_box;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

/// A small deterministic generator, so every run ranks the same data.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
        self.0 >> 33
    }
    fn subset<T: AnswerOption>(&mut self) -> impl Iterator<Item = T> + use<T> {
        let bits = self.next();
        T::ALL
            .iter()
            .enumerate()
            .filter(move |(i, _)| bits & (1 << i) != 0)
            .map(|(_, o)| *o)
            .collect::<Vec<_>>()
            .into_iter()
    }
}

fn synthetic_answers(rng: &mut Lcg) -> Answers {
    let mut answers = Answers::default();
    for function in rng.subset::<Function>() {
        let role = if rng.next().is_multiple_of(3) { FunctionRole::Primary } else { FunctionRole::Secondary };
        answers.functions.insert(function, role);
    }
    if !rng.next().is_multiple_of(5) {
        answers.formality = Formality::new((rng.next() % 1001) as f64 / 1000.0).ok();
    }
    answers.relations = rng.subset::<Relation>().collect();
    answers.status = rng.subset::<StatusSource>().collect();
    answers.affiliations = rng.subset::<Affiliation>().collect();
    answers.peer_run =
        answers.affiliations.contains(&Affiliation::CommunityOrg) && rng.next().is_multiple_of(2);
    answers.spaces = rng.subset::<Space>().collect();
    answers
}

fn positions(count: usize) -> (Vec<Answers>, Vec<PackedPosition>) {
    let mut rng = Lcg(42);
    let answers: Vec<Answers> = (0..count).map(|_| synthetic_answers(&mut rng)).collect();
    let packed = answers
        .iter()
        .enumerate()
        .map(|(i, answers)| PackedPosition::of(Side { answers, issue: synthetic_issue(i) }))
        .collect();
    (answers, packed)
}

/// Every nineteenth position has no issue; the others cycle through the taxonomy.
fn synthetic_issue(i: usize) -> &'static str {
    let issues = taxonomy::issues();
    match i % (issues.len() + 1) {
        0 => "",
        n => &issues[n - 1].key,
    }
}

fn model(i: usize, answers: Answers) -> Model {
    Model {
        id: format!("synthetic-{i}"),
        kind: ModelKind::Programme,
        name: format!("Synthetic model {i}"),
        titles: vec![["peer navigator", "community health worker", "peer support worker"][i % 3].into()],
        population: "synthetic".into(),
        issue: synthetic_issue(i).into(),
        issue_detail: String::new(),
        groups: Vec::new(),
        countries: Vec::new(),
        region: "nowhere".into(),
        start_year: None,
        end_year: None,
        summary: "Synthetic.".into(),
        answers,
        lessons: Vec::new(),
        also_cited: Vec::new(),
        source_url: String::new(),
        coding: Question::ALL
            .into_iter()
            .map(|q| (q, Coding { confidence: Confidence::Inferred, rationale: "synthetic".into() }))
            .collect(),
        citation: Citation {
            authors: "A".into(),
            title: "T".into(),
            container: "C".into(),
            ..Citation::default()
        },
        cited_in: "benchmark".into(),
        fr: Default::default(),
    }
}

fn ranking(c: &mut Criterion) {
    let (_, packed) = positions(1_000_000);
    let target = packed[7];
    let weights = Weights::default();
    // Built once with the index, as in the app.
    let (priors_100k, priors) = (Priors::new(&packed[..100_000]), Priors::new(&packed));
    c.bench_function("top20 of 100,000", |b| {
        b.iter(|| black_box(top_k(&target, &packed[..100_000], 20, &weights, &priors_100k, |_| true)))
    });
    c.bench_function("top20 of 1,000,000", |b| {
        b.iter(|| black_box(top_k(&target, &packed, 20, &weights, &priors, |_| true)))
    });
    compare_with_numpy(&packed, 7, &weights, &priors);
}

/// Runs the NumPy script on the same 1,000,000 positions and prints the ratio.
fn compare_with_numpy(packed: &[PackedPosition], target: usize, weights: &Weights, priors: &Priors) {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("positions.bin");
    let mut bytes = Vec::with_capacity(packed.len() * 9);
    for p in packed {
        let formality = if p.formality.is_nan() { u16::MAX } else { (p.formality * 1000.0).round() as u16 };
        bytes.extend_from_slice(&[p.functions, p.primary, p.relations, p.status, p.continuum, p.spaces]);
        bytes.extend_from_slice(&formality.to_le_bytes());
        bytes.push(p.issue);
    }
    std::fs::write(&data, bytes).expect("write data");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/numpy_topk.py");
    let output = Command::new("python3").arg(script).arg(&data).arg(target.to_string()).output();
    let Some(output) = output.ok().filter(|o| o.status.success()) else {
        println!("NumPy comparison skipped (python3 with numpy not available)");
        return;
    };
    let text = String::from_utf8_lossy(&output.stdout);
    let mut lines = text.lines();
    let numpy_ms: f64 = lines.next().and_then(|l| l.parse().ok()).unwrap_or(f64::NAN);
    let numpy_top: Vec<usize> =
        lines.next().unwrap_or("").split_whitespace().filter_map(|s| s.parse().ok()).collect();
    let mut best = f64::INFINITY;
    let mut rust_top = Vec::new();
    for _ in 0..5 {
        let start = Instant::now();
        rust_top = top_k(&packed[target], packed, 20, weights, priors, |_| true);
        best = best.min(start.elapsed().as_secs_f64() * 1000.0);
    }
    let shared = rust_top.iter().filter(|(i, _)| numpy_top.contains(i)).count();
    println!(
        "top20 of 1,000,000: peermap {best:.2} ms, NumPy brute force {numpy_ms:.2} ms (NumPy/peermap = {:.1}×); {shared} of 20 in both top lists",
        numpy_ms / best
    );
}

fn graph(c: &mut Criterion) {
    let (answers, _) = positions(2_000);
    let index = SimilarityIndex::new(answers.into_iter().enumerate().map(|(i, a)| model(i, a)));
    let design = index.model(3).expect("a record in memory").to_design();
    let ranked: Vec<Ranked> =
        index.rank(&design.answers, &design.context, &Weights::default(), 200, RankOptions::default());
    c.bench_function("graph of 200 models: build and lay out", |b| {
        b.iter(|| black_box(build_graph(&index, &Weights::default(), &ranked, 0.75)))
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(4));
    targets = ranking, graph
}
criterion_main!(benches);
