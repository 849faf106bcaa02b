//! The UI driven like a user would: find widgets by their accessible
//! label, click, type, drag, press shortcuts; assert on the design.

mod common;

use common::{app_in, harness};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use peermap::design::FunctionRole;
use peermap::map::{Affiliation, Function, Relation, Space, StatusSource};
use std::collections::BTreeSet;

#[test]
fn answering_every_question_by_clicking_positions_the_programme() {
    let data = tempfile::tempdir().expect("temp dir");
    let (state, _) = app_in(data.path());
    let mut harness = harness(state);

    for label in [
        "Navigation",
        "Emotional support",
        "Lived experience",
        "Shared social identity",
        "An organisation or institution",
        "Training and certification",
        "Clinically based organisation",
        "Peer-run organisation",
        "Institutional settings",
        "Street and outreach",
    ] {
        harness.get_by_label(label).click();
        harness.run();
    }
    harness.get_by_label("Navigation is primary").click();
    harness.run();
    harness.get_by_label("Structured").click();
    harness.run();

    let answers = &harness.state().state.design().answers;
    assert_eq!(answers.functions.get(&Function::Navigation), Some(&FunctionRole::Primary));
    assert_eq!(answers.functions.get(&Function::Emotional), Some(&FunctionRole::Secondary));
    assert_eq!(answers.formality.map(|f| f.value()), Some(0.75));
    assert_eq!(answers.relations, BTreeSet::from([Relation::LivedExperience, Relation::SocialIdentity]));
    assert_eq!(
        answers.status,
        BTreeSet::from([StatusSource::Organisation, StatusSource::TrainingCertification])
    );
    assert_eq!(answers.affiliations, BTreeSet::from([Affiliation::CommunityOrg, Affiliation::ClinicalOrg]));
    assert!(answers.peer_run);
    assert_eq!(answers.spaces, BTreeSet::from([Space::Institutional, Space::Outreach]));
    assert_eq!(answers.answered_count(), 6);
    assert!(harness.state().state.document.is_dirty());
    harness.get_by_label_contains("Unsaved changes");
}

#[test]
fn one_slider_drag_is_one_undo_step_and_redo_brings_it_back() {
    let data = tempfile::tempdir().expect("temp dir");
    let (state, _) = app_in(data.path());
    let mut harness = harness(state);
    let rail = harness.get_by_role_and_label(Role::Slider, "Formality").rect();
    let y = rail.center().y;
    harness.drag_at(egui::pos2(rail.left() + 4.0, y));
    harness.run();
    let mut seen = Vec::new();
    for t in [0.2, 0.4, 0.6, 0.8, 1.2] {
        harness.hover_at(egui::pos2(rail.left() + rail.width() * t, y));
        harness.run();
        seen.extend(harness.state().state.design().answers.formality.map(|f| f.value()));
    }
    harness.drop_at(egui::pos2(rail.left() + rail.width() * 1.2, y));
    harness.run();

    assert!(seen.windows(2).all(|w| w[0] < w[1]), "the value follows the drag: {seen:?}");
    let dragged = harness.state().state.design().answers.formality.expect("formality set").value();
    assert!(dragged > 0.9, "the drag ended at {dragged}");

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().state.design().answers.formality, None, "one undo reverts the whole drag");
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(harness.state().state.design().answers.formality.map(|f| f.value()), Some(dragged));
}

#[test]
fn typing_a_name_is_one_undo_step() {
    let data = tempfile::tempdir().expect("temp dir");
    let (state, _) = app_in(data.path());
    let mut harness = harness(state);
    harness.get_by_label("Programme name").click();
    harness.run();
    harness.get_by_label("Programme name").type_text("Harbour navigators");
    harness.run();
    assert_eq!(harness.state().state.design().name, "Harbour navigators");

    harness.get_by_label("Advocacy").click();
    harness.run();
    let design = harness.state().state.design();
    assert!(design.answers.functions.contains_key(&Function::Advocacy));

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    let design = harness.state().state.design();
    assert!(!design.answers.functions.contains_key(&Function::Advocacy));
    assert_eq!(design.name, "Harbour navigators");
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().state.design().name, "", "the typing run is undone in one step");
}

#[test]
fn new_with_unsaved_changes_prompts_and_dont_save_discards() {
    let data = tempfile::tempdir().expect("temp dir");
    let (state, _) = app_in(data.path());
    let mut harness = harness(state);
    harness.get_by_label("Daily-life spaces").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    harness.get_by_label("Unsaved changes");
    harness.get_by_label_contains("before starting a new design");
    assert!(
        !harness.state().state.design().answers.spaces.is_empty(),
        "nothing is lost before the user answers"
    );

    harness.get_by_label("Don't save").click();
    harness.run();
    assert!(harness.state().state.design().answers.spaces.is_empty());
    assert!(harness.state().state.unsaved_prompt.is_none());
    assert!(harness.query_by_label("Don't save").is_none(), "the prompt closed");
}

#[test]
fn help_examples_open_a_complete_design() {
    let data = tempfile::tempdir().expect("temp dir");
    let (state, _) = app_in(data.path());
    let mut harness = harness(state);
    harness.get_by_label("Help").click();
    harness.run();
    harness.get_by_label_contains("Examples").click();
    harness.run();
    harness.get_by_label("Peer-run drop-in").click();
    harness.run();
    let design = harness.state().state.design();
    assert_eq!(design.answers.answered_count(), 6);
    assert!(design.answers.peer_run);
    assert!(harness.state().state.document.path().is_none(), "examples open as unsaved copies");
}
