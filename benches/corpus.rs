//! Corpus performance with 100,000 synthetic models (targets in brackets):
//! `peermap corpus import` of a CSV, the whole process as a user runs it
//! (≤ 1.5× the `sqlite3` tool's `.import` of the same file into a plain
//! table, in the same run), opening the store and running a first query
//! (≤ 300 ms), and a full-text search.
//!
//! `cargo bench --bench corpus`

#[path = "../tests/corpus_common/mod.rs"]
mod corpus_common;

use criterion::{Criterion, criterion_group, criterion_main};
use peermap::corpus::{AnswerFilter, CorpusQuery, FileImport, Store, export, import_file};
use peermap::map::Function;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::LazyLock;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

const MODELS: usize = 100_000;

/// The synthetic CSV and a store already holding its models, built once.
struct Fixture {
    _dir: tempfile::TempDir,
    csv: PathBuf,
    store: PathBuf,
}

static FIXTURE: LazyLock<Fixture> = LazyLock::new(|| {
    let dir = tempfile::tempdir().expect("temp dir");
    // CORPUS_BENCH_KEEP=DIR keeps the CSV and the full store there, to inspect them.
    let keep = std::env::var_os("CORPUS_BENCH_KEEP").map(PathBuf::from);
    let folder = keep.clone().unwrap_or_else(|| dir.path().to_path_buf());
    let csv = folder.join("synthetic.csv");
    let models = corpus_common::synthetic_models(0, MODELS);
    export(&models, &csv).expect("exports the synthetic corpus");
    let store = folder.join("full").join("corpus.sqlite3");
    let _ = std::fs::remove_file(&store);
    let (started, cpu) = (Instant::now(), cpu_time());
    drop(import_into(&store, &csv));
    println!(
        "fixture: import_file {:.2?} (CPU {:.2?}); load {}",
        started.elapsed(),
        cpu_time() - cpu,
        std::fs::read_to_string("/proc/loadavg").unwrap_or_default().trim()
    );
    let size = |p: &Path| std::fs::metadata(p).map(|m| m.len() / 1_000_000).unwrap_or(0);
    println!("fixture: {MODELS} models, CSV {} MB, store {} MB", size(&csv), size(&store));
    Fixture { _dir: dir, csv, store }
});

/// CPU time used by this process so far (user + system; Linux only, else zero):
/// on a busy machine it shows the work done apart from the waiting.
fn cpu_time() -> Duration {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> =
        stat.rsplit_once(") ").map(|(_, rest)| rest.split(' ').collect()).unwrap_or_default();
    let ticks = |i: usize| fields.get(i).and_then(|f| f.parse::<u64>().ok()).unwrap_or(0);
    // utime and stime are fields 14 and 15 of the file (11 and 12 after the name), in 1/100 s.
    Duration::from_millis((ticks(11) + ticks(12)) * 10)
}

/// What `peermap corpus import` does, in this process: the file read and
/// written in one transaction, chunk by chunk.
fn import_into(store_path: &Path, csv: &Path) -> Store {
    let mut store = Store::open(store_path).expect("opens");
    let outcome = import_file(&mut store, csv, true, &mut |_| {}, &AtomicBool::new(false)).expect("imports");
    assert!(matches!(outcome, FileImport::Imported { count: MODELS, .. }), "{outcome:?}");
    store
}

/// `peermap corpus import` run as a user runs it, into a fresh data directory.
fn peermap_import(csv: &Path) -> Duration {
    let dir = tempfile::tempdir().expect("temp dir");
    let started = Instant::now();
    let status = Command::new(env!("CARGO_BIN_EXE_peermap"))
        .arg("--data-dir")
        .arg(dir.path())
        .args(["corpus", "import"])
        .arg(csv)
        .stdout(Stdio::null())
        .status()
        .expect("peermap runs");
    let elapsed = started.elapsed();
    assert!(status.success(), "peermap corpus import failed");
    elapsed
}

fn sqlite3_available() -> bool {
    Command::new("sqlite3").arg("-version").stdout(Stdio::null()).status().is_ok_and(|s| s.success())
}

/// The `sqlite3` tool importing the same CSV into a plain new table.
fn sqlite3_import(csv: &Path) -> Duration {
    let dir = tempfile::tempdir().expect("temp dir");
    let database = dir.path().join("plain.sqlite3");
    let script = format!(".mode csv\n.import '{}' models\n", csv.display());
    let started = Instant::now();
    let mut child = Command::new("sqlite3")
        .arg("-batch")
        .arg(&database)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("sqlite3 runs");
    std::io::Write::write_all(child.stdin.as_mut().expect("stdin"), script.as_bytes()).expect("script");
    drop(child.stdin.take());
    assert!(child.wait().expect("sqlite3 finishes").success(), "sqlite3 .import failed");
    started.elapsed()
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn import(c: &mut Criterion) {
    let fixture = &*FIXTURE;
    // Every timed run of each, for the ratio printed below.
    let mut ours = Vec::new();
    let mut theirs = Vec::new();
    let mut group = c.benchmark_group("corpus_import");
    group.sample_size(10).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(30));
    group.bench_function("peermap_cli_import_100k_csv", |b| {
        b.iter_custom(|iterations| {
            (0..iterations)
                .map(|_| {
                    let elapsed = peermap_import(&fixture.csv);
                    ours.push(elapsed);
                    elapsed
                })
                .sum()
        })
    });
    if sqlite3_available() {
        group.bench_function("sqlite3_cli_import_100k_csv", |b| {
            b.iter_custom(|iterations| {
                (0..iterations)
                    .map(|_| {
                        let elapsed = sqlite3_import(&fixture.csv);
                        theirs.push(elapsed);
                        elapsed
                    })
                    .sum()
            })
        });
    } else {
        println!("sqlite3 is not on PATH: skipping the comparison with its .import");
    }
    group.finish();
    if !ours.is_empty() && !theirs.is_empty() {
        let (ours, theirs) = (median(ours), median(theirs));
        println!(
            "import of {MODELS} models from CSV (medians): peermap {:.0} ms, sqlite3 .import {:.0} ms, ratio {:.2}",
            ours.as_secs_f64() * 1000.0,
            theirs.as_secs_f64() * 1000.0,
            ours.as_secs_f64() / theirs.as_secs_f64()
        );
    }
}

fn open_and_query(c: &mut Criterion) {
    let fixture = &*FIXTURE;
    let mut group = c.benchmark_group("corpus_open");
    group.sample_size(20).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(10));
    group.bench_function("open_100k_store_and_count", |b| {
        b.iter(|| {
            let store = Store::open(&fixture.store).expect("opens");
            black_box(store.count().expect("count"))
        })
    });
    group.bench_function("open_100k_store_and_list_all_by_name", |b| {
        b.iter(|| {
            let store = Store::open(&fixture.store).expect("opens");
            black_box(store.search(&CorpusQuery::default()).expect("search").len())
        })
    });
    group.finish();

    let store = Store::open(&fixture.store).expect("opens");
    let mut group = c.benchmark_group("corpus_search");
    group.sample_size(20).warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(5));
    // Synthetic summaries draw on 16 words, so this matches about 40% of the corpus.
    let broad = CorpusQuery { text: "housing referral navig".into(), ..CorpusQuery::default() };
    let narrow = CorpusQuery { text: "programme 4242".into(), ..CorpusQuery::default() };
    for (name, query) in [("full_text_broad_100k", &broad), ("full_text_narrow_100k", &narrow)] {
        println!("{name}: {:?} matches {} models", query.text, store.search(query).expect("search").len());
        group.bench_function(name, |b| b.iter(|| black_box(store.search(query).expect("search"))));
    }
    let filtered = CorpusQuery {
        filter: AnswerFilter {
            functions: [Function::Navigation, Function::Advocacy].into(),
            formality: Some((0.5, 1.0)),
            ..AnswerFilter::default()
        },
        issue: Some("mental health".into()),
        ..CorpusQuery::default()
    };
    group.bench_function("filters_100k", |b| b.iter(|| black_box(store.search(&filtered).expect("search"))));
    group.finish();
}

criterion_group!(benches, import, open_and_query);
criterion_main!(benches);
