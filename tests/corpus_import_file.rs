//! Importing a file as it is read (`import_file`): valid rows across many
//! chunks, bad rows reported wherever they fall, cancel and refusal leave
//! the store as it was, and the store returns to its write-ahead log.

mod corpus_common;

use corpus_common::{synthetic_models, temp_store};
use peermap::corpus::{FileImport, ImportProgress, Store, export, import_file};
use rusqlite::Connection;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

/// A CSV of `count` synthetic models, written beside the store.
fn csv_of(dir: &Path, count: usize) -> PathBuf {
    let path = dir.join("models.csv");
    export(&synthetic_models(0, count), &path).expect("exports");
    path
}

fn import(store: &mut Store, file: &Path, whole_file: bool) -> (FileImport, Vec<ImportProgress>) {
    let mut seen = Vec::new();
    let outcome = import_file(store, file, whole_file, &mut |p| seen.push(p), &AtomicBool::new(false))
        .expect("the file and the store can be used");
    (outcome, seen)
}

fn journal_mode(path: &Path) -> String {
    let conn = Connection::open(path).expect("opens");
    conn.query_row("PRAGMA journal_mode", [], |row| row.get(0)).expect("journal mode")
}

#[test]
fn a_file_of_many_chunks_is_imported_whole_with_progress_through_the_file() {
    let (dir, path, mut store) = temp_store();
    let before = store.count().expect("count");
    let file = csv_of(dir.path(), 3500);
    let (outcome, seen) = import(&mut store, &file, true);
    assert_eq!(outcome, FileImport::Imported { count: 3500, skipped: vec![] });
    assert_eq!(store.count().expect("count"), before + 3500);
    assert_eq!(seen.len(), 4, "one report per chunk of 1000 rows: {seen:?}");
    assert!(seen.windows(2).all(|w| w[0].read < w[1].read && w[0].written < w[1].written), "{seen:?}");
    assert_eq!(seen.last().map(|p| (p.written, p.read)), Some((3500, 1.0)));
    let model = &synthetic_models(0, 3500)[3499];
    assert_eq!(store.get(&model.id).expect("get").map(|s| s.model).as_ref(), Some(model));
    drop(store);
    assert_eq!(journal_mode(&path), "wal", "the store is back in its write-ahead log");
    assert!(!path.with_extension("sqlite3-journal").exists());
}

#[test]
fn a_bad_row_in_a_late_chunk_refuses_the_whole_file_and_every_problem_is_reported() {
    let (dir, path, mut store) = temp_store();
    let before = store.count().expect("count");
    let mut models = synthetic_models(0, 2600);
    models[2400].id = models[10].id.clone();
    let file = dir.path().join("models.csv");
    export(&models, &file).expect("exports");
    let text = std::fs::read_to_string(&file).expect("reads");
    // Row 1800 gets a formality the map does not have.
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    let formality = lines[0].split(',').position(|c| c == "formality").expect("formality column");
    let mut cells: Vec<String> = lines[1800].split(',').map(String::from).collect();
    cells[formality] = "7".into();
    lines[1800] = cells.join(",");
    std::fs::write(&file, lines.join("\n")).expect("writes");

    let (outcome, _) = import(&mut store, &file, true);
    let FileImport::Rejected { problems, valid_rows } = outcome else { panic!("refused: {outcome:?}") };
    let rows: Vec<(usize, &str)> = problems.iter().map(|p| (p.row, p.field.as_str())).collect();
    assert_eq!(rows, [(1800, "formality"), (2401, "id")], "{problems:#?}");
    assert!(problems[1].reason.contains("also the id of row 11"), "{}", problems[1].reason);
    assert_eq!(valid_rows, 2598);
    assert_eq!(store.count().expect("count"), before, "nothing of the first chunks was kept");
    drop(store);
    assert_eq!(journal_mode(&path), "wal");
}

#[test]
fn valid_rows_only_skips_ids_the_store_already_holds() {
    let (dir, _path, mut store) = temp_store();
    let file = csv_of(dir.path(), 1200);
    assert!(matches!(import(&mut store, &file, true).0, FileImport::Imported { count: 1200, .. }));
    let before = store.count().expect("count");
    let (outcome, _) = import(&mut store, &file, false);
    let FileImport::Imported { count, skipped } = outcome else { panic!("{outcome:?}") };
    assert_eq!((count, skipped.len()), (0, 1200));
    assert!(skipped.iter().all(|p| p.field == "id" && p.reason.contains("already in the corpus")));
    assert_eq!(store.count().expect("count"), before);
}

#[test]
fn cancelling_mid_file_keeps_nothing() {
    let (dir, _path, mut store) = temp_store();
    let before = store.count().expect("count");
    let file = csv_of(dir.path(), 3000);
    let cancel = AtomicBool::new(false);
    let mut reports = 0;
    let outcome = import_file(
        &mut store,
        &file,
        true,
        &mut |p| {
            reports += 1;
            if p.written >= 1000 {
                cancel.store(true, Ordering::Relaxed);
            }
        },
        &cancel,
    )
    .expect("runs");
    assert_eq!(outcome, FileImport::Cancelled);
    assert!(reports < 3, "the import stopped at the next chunk");
    assert_eq!(store.count().expect("count"), before);
}

#[test]
fn an_import_beside_another_open_connection_goes_through_the_log() {
    let (dir, path, mut store) = temp_store();
    let reader = Store::open(&path).expect("a second connection, as the window holds");
    let file = csv_of(dir.path(), 1500);
    let (outcome, _) = import(&mut store, &file, true);
    assert!(matches!(outcome, FileImport::Imported { count: 1500, .. }), "{outcome:?}");
    assert_eq!(reader.count().expect("count"), store.count().expect("count"), "the other connection sees it");
    drop((store, reader));
    assert_eq!(journal_mode(&path), "wal");
}

#[test]
fn an_import_killed_midway_leaves_the_store_as_it_was_and_openable() {
    let (dir, path, store) = temp_store();
    let before = store.count().expect("count");
    drop(store);
    let file = csv_of(dir.path(), 20_000);
    let data_dir = path.parent().expect("data dir");
    let journal = path.with_extension("sqlite3-journal");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_peermap"))
        .arg("--data-dir")
        .arg(data_dir)
        .args(["corpus", "import"])
        .arg(&file)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("peermap runs");
    // Killed once it is writing (its rollback journal exists), before it can commit.
    let started = std::time::Instant::now();
    while !journal.exists() && started.elapsed() < std::time::Duration::from_secs(60) {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    // Let pages reach the file, then kill at a moment the write is under
    // way: the process runs and its journal is there.
    std::thread::sleep(std::time::Duration::from_millis(100));
    let mut writing = false;
    while started.elapsed() < std::time::Duration::from_secs(60) {
        if child.try_wait().expect("polls").is_some() {
            break;
        }
        if journal.exists() {
            writing = true;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(1));
    }
    child.kill().expect("kills");
    child.wait().expect("waits");
    assert!(writing, "the import was still writing when it was killed");
    assert!(journal.exists(), "a cut-short write leaves its journal");

    let store = Store::open(&path).expect("a killed import leaves a store that opens");
    assert_eq!(store.count().expect("count"), before, "nothing of the killed import is kept");
    drop(store);
    assert_eq!(journal_mode(&path), "wal");
    assert!(!journal.exists(), "the cut-short write was undone");
}
