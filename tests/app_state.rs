//! The app's file workflow through commands: save, open, recent files,
//! unsaved-changes prompts, typed paths, restore and crash recovery.

mod common;

use common::{app_in, file_in, start_options};
use peermap::app::{AppState, AutosaveFile, Command, DialogOutcome, EXAMPLES, PathPurpose, UnsavedChoice};
use peermap::design::{self, Design, Edit};
use peermap::map::Space;
use std::fs;
use std::path::PathBuf;

fn named(state: &mut AppState, name: &str) {
    state.execute(Command::Edit(Edit::Name(name.into())));
    state.execute(Command::EndGesture);
}

#[test]
fn save_as_writes_the_file_and_remembers_it() {
    let data = tempfile::tempdir().expect("temp dir");
    let (mut state, dialogs) = app_in(data.path());
    named(&mut state, "Harbour navigators");
    assert!(state.document.is_dirty());
    let path = file_in(data.path(), "harbour");
    dialogs.answer(DialogOutcome::Chosen(path.clone()));
    state.execute(Command::Save);
    let saved = path.with_file_name("harbour.peermap.json");
    assert_eq!(design::load(&saved).expect("saved").name, "Harbour navigators");
    assert!(!state.document.is_dirty());
    assert_eq!(state.settings.recent.first(), Some(&saved));
    assert_eq!(state.document.path(), Some(saved.as_path()));
}

#[test]
fn new_with_unsaved_changes_asks_first_and_cancel_keeps_everything() {
    let data = tempfile::tempdir().expect("temp dir");
    let (mut state, _) = app_in(data.path());
    named(&mut state, "Draft");
    state.execute(Command::NewDesign);
    assert_eq!(state.unsaved_prompt, Some(Command::NewDesign));
    assert_eq!(state.design().name, "Draft");
    state.execute(Command::ResolveUnsaved(UnsavedChoice::Cancel));
    assert_eq!(state.design().name, "Draft");
    state.execute(Command::NewDesign);
    state.execute(Command::ResolveUnsaved(UnsavedChoice::Discard));
    assert_eq!(state.design(), &Design::default());
    assert!(state.unsaved_prompt.is_none());
}

#[test]
fn save_in_the_prompt_saves_then_carries_on() {
    let data = tempfile::tempdir().expect("temp dir");
    let (mut state, dialogs) = app_in(data.path());
    named(&mut state, "Draft");
    state.execute(Command::OpenExample(&EXAMPLES[1]));
    let path = file_in(data.path(), "draft.peermap.json");
    dialogs.answer(DialogOutcome::Chosen(path.clone()));
    state.execute(Command::ResolveUnsaved(UnsavedChoice::Save));
    assert_eq!(design::load(&path).expect("saved").name, "Draft");
    assert_eq!(
        state.design().name,
        design::from_json(EXAMPLES[1].json().as_bytes(), &path).expect("example").name
    );
    assert!(state.document.path().is_none(), "an example opens as an unsaved copy");
}

#[test]
fn cancelling_the_save_dialog_in_the_prompt_keeps_the_changes() {
    let data = tempfile::tempdir().expect("temp dir");
    let (mut state, dialogs) = app_in(data.path());
    named(&mut state, "Draft");
    state.execute(Command::NewDesign);
    dialogs.answer(DialogOutcome::Cancelled);
    state.execute(Command::ResolveUnsaved(UnsavedChoice::Save));
    assert_eq!(state.design().name, "Draft");
    assert!(state.document.is_dirty());
}

#[test]
fn without_a_dialog_the_user_types_a_path_and_is_asked_before_replacing() {
    let data = tempfile::tempdir().expect("temp dir");
    let (mut state, dialogs) = app_in(data.path());
    named(&mut state, "Typed");
    dialogs.answer(DialogOutcome::Unavailable);
    state.execute(Command::SaveAsDialog);
    let prompt = state.path_prompt.clone().expect("a typed-path prompt");
    assert_eq!(prompt.purpose, PathPurpose::SaveAs);
    assert!(prompt.text.ends_with("typed.peermap.json"), "{}", prompt.text);

    let existing = file_in(data.path(), "existing.peermap.json");
    fs::write(&existing, "keep me").expect("write");
    let submit =
        |replace| Command::SubmitPath { purpose: PathPurpose::SaveAs, path: existing.clone(), replace };
    state.execute(submit(false));
    assert!(state.path_prompt.as_ref().is_some_and(|p| p.confirm_replace == [existing.clone()]));
    assert_eq!(fs::read_to_string(&existing).expect("read"), "keep me");
    state.execute(submit(true));
    assert_eq!(design::load(&existing).expect("replaced").name, "Typed");
    assert!(state.path_prompt.is_none());
}

#[test]
fn a_bad_file_shows_an_error_and_keeps_the_open_design() {
    let data = tempfile::tempdir().expect("temp dir");
    let (mut state, dialogs) = app_in(data.path());
    named(&mut state, "Keep");
    let kept = file_in(data.path(), "keep.peermap.json");
    dialogs.answer(DialogOutcome::Chosen(kept.clone()));
    state.execute(Command::Save);
    let bad = file_in(data.path(), "bad.peermap.json");
    fs::write(&bad, r#"{"format_version": 1, "answers": {"formality": 2}}"#).expect("write");
    state.execute(Command::Open(bad.clone()));
    let error = state.error.clone().expect("an error is shown");
    assert!(error.contains("bad.peermap.json") && error.contains("answers.formality"), "{error}");
    assert_eq!(state.design().name, "Keep");
    assert_eq!(state.document.path(), Some(kept.as_path()));
    state.execute(Command::DismissError);
    assert!(state.error.is_none());
}

#[test]
fn the_last_design_reopens_at_the_next_start() {
    let data = tempfile::tempdir().expect("temp dir");
    let path = file_in(data.path(), "plan.peermap.json");
    design::save(&Design { name: "Reopened".into(), ..Design::default() }, &path).expect("save");
    {
        let (mut state, _) = app_in(data.path());
        state.execute(Command::Open(path.clone()));
        state.execute(Command::Quit);
    }
    let (state, _) = app_in(data.path());
    assert_eq!(state.design().name, "Reopened");
    assert_eq!(state.document.path(), Some(path.as_path()));
}

#[test]
fn unsaved_work_left_by_a_crash_is_offered_and_recovered() {
    let data = tempfile::tempdir().expect("temp dir");
    let path = file_in(data.path(), "plan.peermap.json");
    design::save(&Design { name: "On disk".into(), ..Design::default() }, &path).expect("save");
    let mut unsaved = Design { name: "On disk".into(), ..Design::default() };
    unsaved.answers.spaces.insert(Space::Outreach);
    // The autosave of a process that no longer runs.
    let folder = data.path().join("autosave");
    fs::create_dir_all(&folder).expect("folder");
    let left = AutosaveFile { original_path: Some(path.clone()), design: unsaved.clone() };
    fs::write(folder.join("4294967294.autosave.json"), serde_json::to_vec(&left).expect("json"))
        .expect("write");

    let (mut state, _) = app_in(data.path());
    assert_eq!(state.recoveries.len(), 1);
    state.execute(Command::ResolveRecovery { recover: true });
    assert_eq!(state.design(), &unsaved);
    assert!(state.document.is_dirty(), "recovered changes are not yet saved");
    assert_eq!(state.document.path(), Some(path.as_path()));
    assert_eq!(design::load(&path).expect("original").answers.spaces.len(), 0, "the saved file is untouched");
    assert!(fs::read_dir(&folder).expect("folder").next().is_none(), "the old autosave is cleaned up");
}

#[test]
fn autosave_writes_unsaved_changes_and_a_normal_quit_removes_them() {
    let data = tempfile::tempdir().expect("temp dir");
    let (mut state, _) = app_in(data.path());
    named(&mut state, "Autosaved");
    state.autosave(std::time::Instant::now() + std::time::Duration::from_secs(10));
    let folder = data.path().join("autosave");
    let files: Vec<_> = fs::read_dir(&folder).expect("autosave folder").collect();
    assert_eq!(files.len(), 1);
    state.execute(Command::ResolveUnsaved(UnsavedChoice::Cancel));
    state.execute(Command::Quit);
    state.execute(Command::ResolveUnsaved(UnsavedChoice::Discard));
    assert!(state.quit_requested);
    assert_eq!(fs::read_dir(&folder).expect("folder").count(), 0);
}

#[test]
fn a_file_named_on_the_command_line_opens_instead_of_the_last_one() {
    let data = tempfile::tempdir().expect("temp dir");
    let path = common::example_path("chw-outreach.peermap.json");
    let mut options = start_options(data.path());
    options.open = Some(path.clone());
    let state = AppState::start(options, Box::new(common::ScriptedDialogs::default()));
    assert_eq!(state.document.path(), Some(path.as_path()));
    assert_eq!(state.design().answers.answered_count(), 6);
}

#[test]
fn a_relative_path_is_remembered_from_the_root_so_it_reopens_from_any_folder() {
    let data = tempfile::tempdir().expect("temp dir");
    let relative = PathBuf::from("assets/examples/chw-outreach.peermap.json");
    assert!(relative.exists(), "tests run from the crate folder");
    let mut options = start_options(data.path());
    options.open = Some(relative);
    let mut state = AppState::start(options, Box::new(common::ScriptedDialogs::default()));
    let opened = state.document.path().expect("opened from a file").to_path_buf();
    assert!(opened.is_absolute(), "{}", opened.display());
    assert_eq!(opened.canonicalize().expect("exists"), common::example_path("chw-outreach.peermap.json"));
    state.execute(Command::Quit);

    let (state, _) = app_in(data.path());
    assert_eq!(state.document.path(), Some(opened.as_path()), "reopened at the next start");
}

#[test]
fn a_recent_design_deleted_since_is_dropped_from_the_list_with_a_reason() {
    let data = tempfile::tempdir().expect("temp dir");
    let (mut state, _) = app_in(data.path());
    let kept = file_in(data.path(), "kept.peermap.json");
    let gone = file_in(data.path(), "gone.peermap.json");
    for path in [&kept, &gone] {
        design::save(&Design::default(), path).expect("save");
        state.execute(Command::Open(path.clone()));
    }
    fs::remove_file(&gone).expect("delete");
    state.execute(Command::Open(gone.clone()));
    let error = state.error.clone().expect("an error is shown");
    assert!(error.contains("gone.peermap.json") && error.contains("moved or deleted"), "{error}");
    assert_eq!(state.settings.recent, vec![kept.clone()]);

    let (restarted, _) = app_in(data.path());
    assert_eq!(restarted.settings.recent, vec![kept], "the shorter list is remembered");
}

#[test]
fn a_save_that_cannot_be_written_shows_why_and_keeps_the_design_unsaved() {
    let data = tempfile::tempdir().expect("temp dir");
    let (mut state, dialogs) = app_in(data.path());
    named(&mut state, "Harbour navigators");
    let not_a_folder = file_in(data.path(), "notes.txt");
    fs::write(&not_a_folder, "a file, not a folder").expect("write");
    dialogs.answer(DialogOutcome::Chosen(not_a_folder.join("harbour.peermap.json")));
    state.execute(Command::Save);
    let error = state.error.clone().expect("the failure is shown");
    assert!(error.contains("harbour.peermap.json"), "names the file: {error}");
    assert!(state.document.is_dirty(), "the changes are still unsaved");
    assert_eq!(state.document.path(), None);
    assert_eq!(state.design().name, "Harbour navigators", "nothing is lost");
    assert_eq!(fs::read_to_string(&not_a_folder).expect("read"), "a file, not a folder");
}

#[test]
fn declining_a_recovery_keeps_the_saved_file_and_discards_the_autosave() {
    let data = tempfile::tempdir().expect("temp dir");
    let path = file_in(data.path(), "plan.peermap.json");
    design::save(&Design { name: "On disk".into(), ..Design::default() }, &path).expect("save");
    let folder = data.path().join("autosave");
    fs::create_dir_all(&folder).expect("folder");
    let unsaved = Design { name: "Unsaved".into(), ..Design::default() };
    let left = AutosaveFile { original_path: Some(path.clone()), design: unsaved };
    fs::write(folder.join("4294967294.autosave.json"), serde_json::to_vec(&left).expect("json"))
        .expect("write");

    let (mut state, _) = app_in(data.path());
    assert_eq!(state.recoveries.len(), 1);
    let before = state.design().clone();
    state.execute(Command::ResolveRecovery { recover: false });
    assert!(state.recoveries.is_empty());
    assert_eq!(state.design(), &before, "the design shown is not replaced");
    assert_eq!(design::load(&path).expect("original").name, "On disk", "the saved file is untouched");
    assert_eq!(fs::read_dir(&folder).expect("folder").count(), 0, "the declined autosave is gone");
}

#[test]
fn a_damaged_autosave_is_not_offered_and_is_left_where_it_is() {
    let data = tempfile::tempdir().expect("temp dir");
    let folder = data.path().join("autosave");
    fs::create_dir_all(&folder).expect("folder");
    let damaged = folder.join("4294967294.autosave.json");
    fs::write(&damaged, b"{\"original_path\": null, \"design\": {\"format_ver").expect("write");
    let (state, _) = app_in(data.path());
    assert!(state.recoveries.is_empty(), "nothing to offer from a file that cannot be read");
    assert!(state.error.is_none());
    assert!(damaged.exists(), "the damaged file is not deleted: someone may still read it by hand");
}

#[test]
fn a_brief_export_that_fails_shows_why_and_writes_nothing() {
    let data = tempfile::tempdir().expect("temp dir");
    let (mut state, _) = app_in(data.path());
    let target = data.path().join("missing").join("brief.html");
    state.execute(Command::ExportBrief(target.clone()));
    state.wait_for_brief_export();
    let error = state.error.clone().expect("the failure is shown");
    assert!(error.contains("Could not export the brief") && error.contains("brief.html"), "{error}");
    assert!(!target.exists() && !target.parent().expect("folder").exists());
}
