//! The evidence panel and the brief export, driven through the window like a user.

mod common;

use common::{app_in, harness};
use egui_kittest::kittest::Queryable;
use peermap::app::{Command, DialogOutcome};

#[test]
fn answering_brings_up_evidence_that_can_be_marked_addressed_and_undone() {
    let data = tempfile::tempdir().expect("temp dir");
    let (state, _) = app_in(data.path());
    let mut harness = harness(state);
    harness.get_by_label("Evidence").click();
    harness.run();
    harness.get_by_label_contains("0 apply to your answers");
    assert!(harness.query_by_label("Build referral routes before launch").is_none());

    harness.get_by_label("Navigation").click();
    harness.run();
    harness.get_by_label_contains("1 apply to your answers");
    harness.get_by_label("Build referral routes before launch").click();
    harness.run();
    harness.get_by_label_contains("Applies because: Functions include navigation");
    // The whole source row opens its entries, not only the small triangle beside it.
    let reference = peermap::map::map_reference(20).expect("reference 20 of the map paper");
    assert!(harness.query_by_label_contains(&reference.title).is_none(), "closed at first");
    harness.get_by_label("Source: Panaite et al. 2024 §7.2 [20, 48, 65]").click();
    harness.run();
    harness.get_by_label_contains(&reference.title);
    harness.get_by_label("Addressed").click();
    harness.run();
    let note = "How we address it: Build referral routes before launch";
    harness.get_by_label(note).click();
    harness.run();
    harness.get_by_label(note).type_text("Agreements with 4 clinics");
    harness.run();

    let addressed = |h: &egui_kittest::Harness<'_, peermap::ui::PeermapApp>| {
        h.state().state.design().addressed.get("role-navigation-referral-routes").cloned()
    };
    assert_eq!(addressed(&harness).as_deref(), Some("Agreements with 4 clinics"));
    harness.get_by_label_contains("1 addressed");

    // Unanswering navigation hides the item; its note stays with the design.
    harness.get_by_label("Navigation").click();
    harness.run();
    assert!(harness.query_by_label("✓ Build referral routes before launch").is_none());
    harness.get_by_label_contains("0 apply to your answers");

    harness.state_mut().state.execute(Command::Undo);
    harness.run();
    harness.state_mut().state.execute(Command::Undo);
    harness.state_mut().state.execute(Command::Undo);
    harness.run();
    assert_eq!(addressed(&harness), None, "undo takes the mark back");
}

#[test]
fn export_brief_writes_the_chosen_format_off_the_ui_thread() {
    let data = tempfile::tempdir().expect("temp dir");
    let (mut state, dialogs) = app_in(data.path());
    state.execute(Command::Open(common::example_path("peer-run-drop-in.peermap.json")));
    let out = data.path().join("drop-in brief.html");
    dialogs.answer(DialogOutcome::Chosen(out.clone()));
    let mut harness = harness(state);
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label_contains("Export brief").click();
    harness.step(); // the export keeps the window repainting until it ends

    assert!(harness.state().state.brief_job.is_some(), "the export runs in the background");
    harness.state_mut().state.wait_for_brief_export();
    harness.run();
    let html = std::fs::read_to_string(&out).expect("brief written");
    assert!(html.contains(harness.state().state.design().display_name()));
    harness.get_by_label_contains("Brief exported: drop-in brief.html");
}

#[test]
fn the_brief_preview_shows_the_briefs_content() {
    let data = tempfile::tempdir().expect("temp dir");
    let (mut state, _) = app_in(data.path());
    state.execute(Command::Open(common::example_path("hospital-navigation.peermap.json")));
    let mut harness = harness(state);
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Brief preview").click();
    harness.run();
    harness.get_by_label("Brief preview");
    harness.get_by_label_contains("Design brief ·");
    harness.get_by_label("Budget for pay, equipment and support");
    harness.get_by_label_contains("1. Panaite");
}
