//! Every file choice works on a desktop without a file-dialog portal: the
//! user types a path, the ending picks the format, an existing file is
//! never replaced without asking, and the folder is remembered.

mod common;

use common::{app_in, harness};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use peermap::app::{Command, DialogOutcome, PathPurpose};
use peermap::ui::PeermapApp;
use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

/// Replaces the prompt's text with `path` by typing it, as a user would.
fn type_path(harness: &mut Harness<'_, PeermapApp>, path: &Path) {
    harness.state_mut().state.path_prompt.as_mut().expect("the path prompt").text.clear();
    harness.run();
    harness.get_by_label("File path").type_text(&path.display().to_string());
    harness.run();
}

/// Runs frames until `done` holds (the workers poll once per frame).
fn run_until(harness: &mut Harness<'_, PeermapApp>, done: impl Fn(&PeermapApp) -> bool) {
    let started = Instant::now();
    while !done(harness.state()) {
        assert!(started.elapsed() < Duration::from_secs(120), "the job never finished");
        std::thread::sleep(Duration::from_millis(20));
        harness.step();
    }
}

/// File → Corpus → `label`.
fn corpus_menu_item(harness: &mut Harness<'_, PeermapApp>, label: &str) {
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Corpus ⏵").click();
    harness.run();
    harness.get_by_label(label).click();
    harness.run();
}

#[test]
fn the_brief_is_exported_to_a_typed_path_after_asking_before_replacing_a_figure() {
    let data = tempfile::tempdir().expect("temp dir");
    let out = tempfile::tempdir().expect("out dir");
    let (state, dialogs) = app_in(data.path());
    dialogs.answer(DialogOutcome::Unavailable);
    let mut harness = harness(state);
    harness.get_by_label("Daily-life spaces").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
    harness.run();
    let prompt = harness.state().state.path_prompt.clone().expect("a typed-path prompt, not a status hint");
    assert_eq!(prompt.purpose, PathPurpose::ExportBrief);
    harness.get_by_label_contains("Its ending picks the format");

    // No ending: said in the prompt, nothing written.
    type_path(&mut harness, &out.path().join("brief"));
    harness.get_by_label("Export").click();
    harness.run();
    harness.get_by_label_contains("does not say which format to write");
    assert_eq!(fs::read_dir(out.path()).expect("list").count(), 0);

    // Markdown writes figures beside it: an existing one is named and kept until confirmed.
    let brief = out.path().join("brief.md");
    let figure = out.path().join("brief-map.png");
    fs::write(&figure, "keep me").expect("write");
    type_path(&mut harness, &brief);
    harness.key_press(Key::Enter);
    harness.run();
    harness.get_by_label_contains("brief-map.png already exists. Replace it?");
    assert!(!brief.exists(), "nothing written before the answer");
    assert_eq!(fs::read_to_string(&figure).expect("kept"), "keep me");
    harness.get_by_label("Replace").click();
    harness.step();
    run_until(&mut harness, |app| app.state.brief_job.is_none());
    assert!(fs::read_to_string(&brief).expect("the brief").contains("# "), "a Markdown brief");
    assert!(fs::read(&figure).expect("the figure").starts_with(b"\x89PNG"), "the figure was replaced");
    assert!(harness.state().state.path_prompt.is_none());

    // The next export starts in the same folder, also after a restart.
    let remembered = harness.state().state.settings.folder_for("brief").map(Path::to_path_buf);
    assert_eq!(remembered.as_deref(), Some(out.path()));
    let (mut restarted, dialogs) = app_in(data.path());
    dialogs.answer(DialogOutcome::Unavailable);
    restarted.execute(Command::ExportBriefDialog);
    let text = restarted.path_prompt.expect("the prompt").text;
    assert!(Path::new(&text).starts_with(out.path()), "{text}");
}

#[test]
fn the_corpus_is_exported_and_imported_by_typed_paths() {
    let data = tempfile::tempdir().expect("temp dir");
    let out = tempfile::tempdir().expect("out dir");
    let (state, dialogs) = app_in(data.path());
    let bundled = state.corpus.store().all().expect("read").len();
    dialogs.answer(DialogOutcome::Unavailable);
    let mut harness = harness(state);
    corpus_menu_item(&mut harness, "Export corpus…");
    let exported = out.path().join("all.json");
    type_path(&mut harness, &exported);
    harness.get_by_label("Export").click();
    harness.run();
    assert!(harness.state().state.path_prompt.is_none());
    let written: serde_json::Value =
        serde_json::from_slice(&fs::read(&exported).expect("exported")).expect("JSON");
    assert!(written.to_string().contains("source_url"), "the exported corpus holds the records");

    // A file of one new model, imported from a typed path.
    let mut model = peermap::corpus::bundled_models()[0].clone();
    model.id = "typed-path-import".into();
    model.name = "Typed path import".into();
    let import = out.path().join("one.csv");
    peermap::corpus::export(&[model], &import).expect("write the import file");
    dialogs.answer(DialogOutcome::Unavailable);
    corpus_menu_item(&mut harness, "Import models…");
    harness.get_by_label_contains("Type the full path of a corpus file");
    type_path(&mut harness, &out.path().join("missing.csv"));
    harness.get_by_label("Import").click();
    harness.run();
    harness.get_by_label_contains("There is no file at");
    type_path(&mut harness, &import);
    harness.key_press(Key::Enter);
    harness.step();
    run_until(&mut harness, |app| app.state.corpus.import.is_none());
    let store = harness.state().state.corpus.store();
    assert_eq!(store.all().expect("read").len(), bundled + 1);
    assert!(store.get("typed-path-import").expect("read").is_some());
}
