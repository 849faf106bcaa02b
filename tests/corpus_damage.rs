//! A corpus file damaged where SQLite's own check cannot see it (inside a
//! stored record): nothing is read from it without a warning, nothing is
//! written to it, and `corpus recover` rebuilds it without losing what can
//! still be read.

mod common;
mod corpus_common;

use common::{app_in, harness_sized};
use corpus_common::{synthetic_models, temp_store};
use egui_kittest::kittest::Queryable;
use peermap::corpus::{Store, StoreError, recover};
use rusqlite::Connection;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

/// A store of `count` synthetic user models whose record of `synthetic-<victim>`
/// has 16 zero bytes written into it (after a checkpoint, as a disk error would).
fn damaged_store(count: usize, victim: usize) -> (tempfile::TempDir, PathBuf, Vec<u8>) {
    let (dir, path, mut store) = temp_store();
    store.import(synthetic_models(0, count), &mut |_, _| {}, &AtomicBool::new(false)).expect("imports");
    drop(store);
    Connection::open(&path)
        .and_then(|c| c.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(())))
        .expect("checkpoint");
    let mut bytes = fs::read(&path).expect("read");
    // The source address is kept only in the record, nowhere else in the file.
    let needle = format!("example.org/synthetic/{victim}\"");
    let at =
        bytes.windows(needle.len()).position(|w| w == needle.as_bytes()).expect("the record is in the file");
    bytes[at..at + 16].fill(0);
    fs::write(&path, &bytes).expect("damage the record");
    (dir, path, bytes)
}

fn peermap(data_dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_peermap"))
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .output()
        .expect("runs peermap")
}

#[test]
fn a_small_store_with_an_unreadable_record_is_refused_at_open_naming_the_model() {
    let (_dir, path, bytes) = damaged_store(50, 17);
    let err = Store::open(&path).err().expect("the damaged file is refused");
    assert!(matches!(err, StoreError::Corrupt { .. }), "{err:?}");
    let message = err.to_string();
    assert!(message.contains("`synthetic-17`"), "names the model: {message}");
    assert!(message.contains("peermap corpus recover"), "says how to recover: {message}");
    assert_eq!(fs::read(&path).expect("read"), bytes, "the file was not modified");
}

#[test]
fn a_large_damaged_store_is_neither_read_silently_nor_written_by_the_command_line() {
    let (dir, path, bytes) = damaged_store(8000, 4000);
    assert!(bytes.len() > 17 * 1024 * 1024, "{} bytes is checked in the background", bytes.len());
    let data_dir = path.parent().expect("data dir");

    let stats = peermap(data_dir, &["corpus", "stats"]);
    let stderr = String::from_utf8_lossy(&stats.stderr);
    assert!(!stats.status.success(), "stats must not report a damaged corpus as fine");
    assert!(stats.stdout.is_empty(), "nothing read from the damaged file is printed");
    assert!(stderr.contains("`synthetic-4000`") && stderr.contains("corpus recover"), "{stderr}");

    let export = peermap(data_dir, &["corpus", "export", &dir.path().join("out.csv").to_string_lossy()]);
    assert!(!export.status.success(), "export refuses too");
    assert!(!dir.path().join("out.csv").exists());

    let csv = dir.path().join("new.csv");
    peermap::corpus::export(&synthetic_models(9000, 10), &csv).expect("writes the import file");
    let import = peermap(data_dir, &["corpus", "import", &csv.to_string_lossy()]);
    assert!(!import.status.success(), "the import is refused");
    assert!(String::from_utf8_lossy(&import.stderr).contains("damaged"));
    assert_eq!(fs::read(&path).expect("read"), bytes, "the damaged file was not modified");

    let similar = peermap(
        data_dir,
        &[
            "similar",
            concat!(env!("CARGO_MANIFEST_DIR"), "/assets/examples/chw-outreach.peermap.json"),
            "--top",
            "1",
        ],
    );
    let stderr = String::from_utf8_lossy(&similar.stderr);
    assert!(stderr.contains("damaged") && stderr.contains("bundled corpus"), "says what it uses: {stderr}");
}

#[test]
fn the_app_hears_of_damage_found_in_the_background() {
    let (_dir, path, _bytes) = damaged_store(8000, 123);
    let mut store = Store::open(&path).expect("a large file opens before its check ends");
    assert!(store.is_checking());
    let deadline = Instant::now() + Duration::from_secs(120);
    let err = loop {
        if let Some(err) = store.poll_damage() {
            break err;
        }
        assert!(Instant::now() < deadline, "the background check never reported");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(err.to_string().contains("`synthetic-123`"), "{err}");
    assert!(store.poll_damage().is_none(), "reported once");
    assert!(matches!(store.verify(), Err(StoreError::Corrupt { .. })), "and remembered");
}

#[test]
fn recovery_keeps_the_damaged_file_and_restores_every_readable_model() {
    let (_dir, path, bytes) = damaged_store(60, 30);
    let data_dir = path.parent().expect("data dir").to_path_buf();
    let run = peermap(&data_dir, &["corpus", "recover"]);
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    assert!(stdout.contains("59 of your models") && stdout.contains("`synthetic-30`"), "{stdout}");

    let kept = data_dir.join("corpus.sqlite3.damaged");
    assert_eq!(fs::read(&kept).expect("kept aside"), bytes, "the damaged file is kept as it was");
    let saved = peermap::corpus::parse_file(&data_dir.join("recovered-models.json")).expect("saved models");
    assert_eq!(saved.models.len(), 59);

    let mut store = Store::open(&path).expect("the rebuilt corpus opens");
    store.verify().expect("and is intact");
    assert!(store.get("synthetic-29").expect("reads").is_some());
    assert!(store.get("synthetic-30").expect("reads").is_none(), "the unreadable one is gone");
    let user = store.all().expect("all").into_iter().filter(|m| m.model.id.starts_with("synthetic-")).count();
    assert_eq!(user, 59);
    drop(store);

    let again = peermap(&data_dir, &["corpus", "recover"]);
    assert!(String::from_utf8_lossy(&again.stdout).contains("intact; nothing to recover"));
}

#[test]
fn a_second_recovery_never_overwrites_the_first_ones_files() {
    let (_dir, path, _) = damaged_store(20, 3);
    let folder = path.parent().expect("data dir").to_path_buf();
    fs::write(folder.join("corpus.sqlite3.damaged"), b"earlier").expect("an earlier copy");
    fs::write(folder.join("recovered-models.json"), b"earlier").expect("an earlier save");
    let recovery = recover(&path).expect("recovers");
    assert_eq!(recovery.kept_aside, folder.join("corpus.sqlite3.damaged-2"));
    assert_eq!(recovery.saved, folder.join("recovered-models-2.json"));
    assert_eq!(fs::read(folder.join("corpus.sqlite3.damaged")).expect("read"), b"earlier");
    assert_eq!(fs::read(folder.join("recovered-models.json")).expect("read"), b"earlier");
    assert_eq!(recovery.restored, 19);
}

#[test]
fn the_corpus_view_offers_recovery_and_the_user_gets_their_models_back() {
    let (_dir, path, _) = damaged_store(50, 7);
    let (state, _) = app_in(path.parent().expect("data dir"));
    assert!(state.corpus.damaged && state.corpus.store().is_read_only(), "the bundled corpus stands in");
    let bundled = state.corpus.total();
    let mut harness = harness_sized(state, [1600.0, 1000.0]);
    harness.get_by_label("Corpus").click();
    harness.run();
    harness.get_by_label_contains("`synthetic-7` cannot be read");
    harness.get_by_label("Recover damaged corpus…").click();
    harness.run();

    let state = &harness.state().state;
    assert!(!state.corpus.damaged && !state.corpus.store().is_read_only(), "the rebuilt corpus is writable");
    assert_eq!(state.corpus.total(), bundled + 49);
    assert!(state.status.contains("49 of your models"), "{}", state.status);
    assert!(state.corpus.store_problem.is_none(), "the notice is gone");
    assert!(path.with_file_name("corpus.sqlite3.damaged").exists());
}

#[test]
fn a_locked_corpus_is_not_taken_for_a_damaged_one() {
    let (_dir, path, store) = temp_store();
    drop(store);
    let other = Connection::open(&path).expect("another program");
    other.execute_batch("BEGIN EXCLUSIVE; DELETE FROM meta;").expect("holds the write lock");
    let run = peermap(path.parent().expect("data dir"), &["corpus", "recover"]);
    assert!(!run.status.success());
    assert!(
        String::from_utf8_lossy(&run.stderr).contains("locked"),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    other.execute_batch("ROLLBACK").expect("releases");
    assert!(path.exists() && !path.with_file_name("corpus.sqlite3.damaged").exists(), "nothing was moved");
}
