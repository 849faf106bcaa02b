//! `peermap corpus stats|export|import` as a user runs them: outputs,
//! messages and exit codes, and a store left alone on bad input.

mod corpus_common;

use corpus_common::synthetic_models;
use peermap::corpus::{Model, ModelKind, Store, bundled_models, export};
use peermap::design::FunctionRole;
use peermap::map::Function;
use std::fs;
use std::path::Path;
use std::process::{Command, Output};

fn peermap(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_peermap"))
        .args(args)
        .arg("--data-dir")
        .arg(data_dir)
        .env_remove("PEERMAP_DATA_DIR")
        .output()
        .expect("runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn count(data_dir: &Path) -> usize {
    Store::open(&data_dir.join("corpus.sqlite3")).and_then(|s| s.count()).expect("store opens")
}

fn file_of(dir: &Path, name: &str, models: &[Model]) -> String {
    let path = dir.join(name);
    export(models, &path).expect("exports");
    path.to_str().expect("utf-8 path").to_string()
}

#[test]
fn stats_prints_totals_kinds_issues_countries_and_answers_per_question() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = peermap(dir.path(), &["corpus", "stats"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let stdout = text(&output.stdout);
    let total = bundled_models().len();
    let programmes = bundled_models().iter().filter(|m| m.kind == ModelKind::Programme).count();
    let kenya = bundled_models().iter().filter(|m| m.countries.iter().any(|c| c == "KE")).count();
    for expected in [
        format!("Models: {total} ({total} bundled, 0 your own)"),
        format!("Programme    {programmes:>6}"),
        "Per issue:".to_string(),
        "Mental health".to_string(),
        "Answered per question (all models; programmes):".to_string(),
        "Q6 Spaces".to_string(),
        format!(" of {total}"),
        "Programmes answering at least 5 of 6:".to_string(),
        "Sub-Saharan Africa".to_string(),
        format!("KE {kenya}"),
        "Records without a source address: 0;".to_string(),
    ] {
        assert!(stdout.contains(&expected), "missing {expected:?} in:\n{stdout}");
    }
    assert!(dir.path().join("corpus.sqlite3").exists(), "the store lives in the data directory");
}

#[test]
fn stats_print_the_coverage_tables_in_markdown() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = peermap(dir.path(), &["corpus", "stats", "--markdown"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let stdout = text(&output.stdout);
    let header = stdout.lines().find(|l| l.starts_with("| Issue |")).expect("the region × issue table");
    assert_eq!(header.matches('|').count(), 2 + 8 + 1, "an issue column, eight regions, a total: {header}");
    let hiv = stdout.lines().find(|l| l.starts_with("| HIV and sexual health |")).expect("an HIV row");
    let total: usize = bundled_models().iter().filter(|m| m.issue == "hiv").count();
    assert!(hiv.ends_with(&format!("| {total} |")), "{hiv}");
    assert!(stdout.contains("| Programme |") && stdout.contains("| Q1 Functions |"), "{stdout}");
    let guide =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/corpus.md")).expect("guide");
    assert!(
        guide.contains(&stdout),
        "docs/corpus.md's coverage table is out of date: paste `peermap corpus stats --markdown`"
    );
}

#[test]
fn the_data_directory_can_come_from_the_environment() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = Command::new(env!("CARGO_BIN_EXE_peermap"))
        .args(["corpus", "stats"])
        .env("PEERMAP_DATA_DIR", dir.path())
        .output()
        .expect("runs");
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(dir.path().join("corpus.sqlite3").exists());
}

#[test]
fn a_valid_file_is_imported_and_exported_again() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let file = file_of(dir.path(), "new.csv", &synthetic_models(0, 25));
    let output = peermap(&data, &["corpus", "import", &file]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert!(text(&output.stdout).contains("Imported 25 models"), "{}", text(&output.stdout));
    assert!(text(&peermap(&data, &["corpus", "stats"]).stdout).contains("25 your own"));

    let out = dir.path().join("all.json");
    let output = peermap(&data, &["corpus", "export", out.to_str().expect("utf-8")]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let total = bundled_models().len() + 25;
    assert!(text(&output.stdout).contains(&format!("Exported {total} models")));
    let exported: Vec<Model> = serde_json::from_slice(&fs::read(&out).expect("read")).expect("a JSON corpus");
    assert_eq!(exported.len(), total);
    assert!(exported.iter().any(|m| m.id == "synthetic-24"));

    let again = peermap(&data, &["corpus", "import", &file]);
    assert_eq!(again.status.code(), Some(2), "the same ids cannot be imported twice");
    assert!(text(&again.stderr).contains("already in the corpus"));
}

#[test]
fn a_bad_file_exits_2_lists_every_problem_and_imports_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut models = synthetic_models(0, 6);
    models[1].id = "synthetic-0".into();
    models[3].answers.functions = [(Function::Navigation, FunctionRole::Primary)].into();
    let file = fs::read_to_string(file_of(dir.path(), "bad.csv", &models)).expect("read");
    // No cell holds a line break, so data row 4 is line 5.
    let mut lines: Vec<String> = file.lines().map(String::from).collect();
    lines[4] = lines[4].replacen(",navigation*,", ",navigaton*,", 1);
    let bad = dir.path().join("bad.csv");
    fs::write(&bad, lines.join("\n")).expect("write");
    let mut json = serde_json::to_value(synthetic_models(10, 3)).expect("value");
    json[2]["answers"]["formality"] = serde_json::json!("very");
    let bad_json = dir.path().join("bad.json");
    fs::write(&bad_json, serde_json::to_vec(&json).expect("bytes")).expect("write");

    let before = count(dir.path());
    let output = peermap(dir.path(), &["corpus", "import", bad.to_str().expect("utf-8")]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = text(&output.stderr);
    assert!(stderr.contains("row 2, field `id`: `synthetic-0` is also the id of row 1"), "{stderr}");
    assert!(stderr.contains("row 4, field `functions`: unknown answer `navigaton`"), "{stderr}");
    assert!(stderr.contains("nothing was imported") && stderr.contains("--valid-only"), "{stderr}");
    assert!(output.stdout.is_empty());

    let output = peermap(dir.path(), &["corpus", "import", bad_json.to_str().expect("utf-8")]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("row 3, field `answers.formality`"), "{}", text(&output.stderr));
    assert_eq!(count(dir.path()), before, "the store is unchanged");
}

#[test]
fn valid_only_imports_the_good_rows_and_lists_the_skipped_ones() {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut models = synthetic_models(0, 4);
    models[2].citation.title = "  ".into();
    // Exported as JSON, the invalid record is written as is.
    let mut json = serde_json::to_value(&models).expect("value");
    json[3]["answers"]["spaces"] = serde_json::json!(["the moon"]);
    let file = dir.path().join("mixed.json");
    fs::write(&file, serde_json::to_vec_pretty(&json).expect("bytes")).expect("write");
    let before = count(dir.path());
    let output = peermap(dir.path(), &["corpus", "import", file.to_str().expect("utf-8"), "--valid-only"]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("skipped") && stderr.contains("row 3, field `citation.title`: is empty"),
        "{stderr}"
    );
    assert!(stderr.contains("row 4, field `answers.spaces[0]`: unknown variant `the moon`"), "{stderr}");
    assert!(
        text(&output.stdout).contains("Imported 2 models") && text(&output.stdout).contains("skipped 2 row")
    );
    assert_eq!(count(dir.path()), before + 2);
}

#[test]
fn unreadable_inputs_exit_2_with_the_reason() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = peermap(dir.path(), &["corpus", "import", "/no/such/models.csv"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains("/no/such/models.csv"));

    let out = dir.path().join("corpus.xlsx");
    let output = peermap(dir.path(), &["corpus", "export", out.to_str().expect("utf-8")]);
    assert_eq!(output.status.code(), Some(2));
    assert!(text(&output.stderr).contains(".csv or .json"));
    assert!(!out.exists());
}

#[test]
fn a_damaged_store_is_reported_and_left_untouched() {
    let dir = tempfile::tempdir().expect("temp dir");
    let database = dir.path().join("corpus.sqlite3");
    let bytes = b"this is not an SQLite database, but it is the user's file".repeat(100);
    fs::write(&database, &bytes).expect("write");
    let output = peermap(dir.path(), &["corpus", "stats"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(stderr.contains("corpus.sqlite3") && stderr.contains("has not changed it"), "{stderr}");
    assert_eq!(fs::read(&database).expect("read"), bytes);
}
