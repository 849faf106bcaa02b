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

    assert_eq!(seen.len(), 5, "a value at every step of the drag: {seen:?}");
    assert!(seen.windows(2).take(3).all(|w| w[0] < w[1]), "the value follows the drag: {seen:?}");
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

    // The similar models follow the example, not the empty design shown before it.
    harness.run();
    let state = &harness.state().state;
    let design = state.design();
    let expected =
        state.similar.index().rank(&design.answers, &design.context, &design.weights, 1, Default::default());
    let listed = &state.similar.results().expect("ranked").ranked;
    assert_eq!(listed[0].0, expected[0], "the panel lists the example's nearest model first");
    assert!(expected[0].score > 0.3, "an answered example has near models: {}", expected[0].score);
    let name = state.similar.index().model(expected[0].index).expect("a record in memory").name.clone();
    harness.get_by_label_contains(&format!("1. {name}"));
}

#[test]
fn a_typed_path_is_saved_by_pressing_enter() {
    let data = tempfile::tempdir().expect("temp dir");
    let (state, dialogs) = app_in(data.path());
    dialogs.answer(peermap::app::DialogOutcome::Unavailable);
    let mut harness = harness(state);
    harness.get_by_label("Daily-life spaces").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let path = data.path().join("typed.peermap.json");
    harness.state_mut().state.path_prompt.as_mut().expect("the path prompt").text.clear();
    harness.run();
    harness.get_by_label("File path").type_text(&path.display().to_string());
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    harness.run();
    assert!(path.exists(), "Enter saves to the typed path");
    assert!(harness.state().state.path_prompt.is_none(), "the prompt closed");
}

#[test]
fn a_quick_tap_on_the_formality_scale_sets_it_and_arrow_keys_step_it() {
    let data = tempfile::tempdir().expect("temp dir");
    let (state, _) = app_in(data.path());
    let mut harness = harness(state);
    let rail = harness.get_by_role_and_label(Role::Slider, "Formality").rect();
    let tap = egui::pos2(rail.left() + rail.width() * 0.8, rail.center().y);
    // A touchpad tap: press and release arrive in the same frame.
    harness.hover_at(tap);
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos: tap,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    harness.run();
    let tapped = harness.state().state.design().answers.formality.expect("the tap answers formality").value();
    assert!((0.7..0.9).contains(&tapped), "tapped at 80% of the scale, got {tapped}");

    harness.key_press(Key::ArrowLeft);
    harness.run();
    harness.key_press(Key::ArrowLeft);
    harness.run();
    let stepped = harness.state().state.design().answers.formality.expect("still answered").value();
    assert!((stepped - (tapped - 0.1)).abs() < 1e-9, "two steps of 0.05 down from {tapped}: {stepped}");
    harness.key_press(Key::End);
    harness.run();
    assert_eq!(harness.state().state.design().answers.formality.map(|f| f.value()), Some(1.0));
}

#[test]
fn closing_the_window_with_unsaved_changes_asks_first() {
    let data = tempfile::tempdir().expect("temp dir");
    let (state, _) = app_in(data.path());
    let mut harness = harness(state);
    harness.get_by_label("Street and outreach").click();
    harness.run();
    let request_close = |harness: &mut egui_kittest::Harness<'_, peermap::ui::PeermapApp>| {
        let root = harness.input_mut().viewports.entry(egui::ViewportId::ROOT).or_default();
        root.events.push(egui::ViewportEvent::Close);
        harness.run();
    };
    request_close(&mut harness);
    harness.get_by_label_contains("before closing");
    assert!(!harness.state().state.quit_requested, "the window stays open while the user decides");

    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(!harness.state().state.quit_requested);
    assert!(harness.state().state.design().answers.spaces.contains(&Space::Outreach), "nothing lost");

    request_close(&mut harness);
    harness.get_by_label("Don't save").click();
    harness.run();
    assert!(harness.state().state.quit_requested, "Don't save closes the window");
}

#[test]
fn hovering_an_answer_shows_its_definition_and_sources() {
    let data = tempfile::tempdir().expect("temp dir");
    let (state, _) = app_in(data.path());
    let mut harness = harness(state);
    harness.get_by_label("Street and outreach").hover();
    harness.run();
    harness.run();
    harness.get_by_label_contains("where they are");
    harness.get_by_label_contains("Sources (Panaite et al. 2024 reference list)");
}

/// Clicks the labelled field and types into it, as a user would.
fn type_into(harness: &mut egui_kittest::Harness<'_, peermap::ui::PeermapApp>, label: &str, text: &str) {
    harness.get_by_label(label).click();
    harness.run();
    harness.get_by_label(label).type_text(text);
    harness.run();
}

#[test]
fn the_programme_context_and_a_question_note_are_typed_in() {
    let data = tempfile::tempdir().expect("temp dir");
    let (state, _) = app_in(data.path());
    let mut harness = harness(state);
    type_into(&mut harness, "Population served", "Young carers");
    harness.get_by_label("Issue or health domain").click();
    harness.run();
    harness.get_by_label("Mental health").click();
    harness.run();
    type_into(&mut harness, "Issue in your words", "young carers' stress");
    type_into(&mut harness, "Place", "Cardiff");
    type_into(&mut harness, "Add a country", "Atlantis");
    harness.key_press(Key::Enter);
    harness.run();
    harness.get_by_label_contains("`Atlantis` is not a country");
    assert!(harness.state().state.design().context.countries.is_empty(), "nothing added");
    // The typed text stays to be corrected: select it and type over it.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run();
    harness.get_by_label("Add a country").type_text("Kenya, UK");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();
    type_into(&mut harness, "Description", "Peers who were young carers meet new ones.");
    type_into(&mut harness, "How we do this here: Spaces", "Mostly at school.");
    // Two titles in a row: Enter adds one and leaves the field ready for the next.
    type_into(&mut harness, "Add a title", "peer mentor");
    harness.key_press(Key::Enter);
    harness.run();
    harness.get_by_label("Add a title").type_text("buddy");
    harness.run();
    harness.key_press(Key::Enter);
    harness.run();

    let design = harness.state().state.design();
    assert_eq!(design.context.population, "Young carers");
    assert_eq!(design.context.issue, "mental_health");
    assert_eq!(design.context.issue_detail, "young carers' stress");
    assert_eq!(design.context.region, "Cardiff");
    assert_eq!(design.context.countries, vec!["KE".to_string(), "GB".to_string()]);
    assert_eq!(design.context.description, "Peers who were young carers meet new ones.");
    assert_eq!(design.context.titles, vec!["peer mentor".to_string(), "buddy".to_string()]);
    assert_eq!(
        design.notes.get(&peermap::map::Question::Spaces).map(String::as_str),
        Some("Mostly at school.")
    );
}

#[test]
fn the_edit_menu_names_the_step_it_would_undo() {
    let data = tempfile::tempdir().expect("temp dir");
    let (state, _) = app_in(data.path());
    let mut harness = harness(state);
    harness.get_by_label("Advocacy").click();
    harness.run();
    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label_contains("Undo advocacy").click();
    harness.run();
    assert!(!harness.state().state.design().answers.functions.contains_key(&Function::Advocacy));
    harness.get_by_label_contains("Undid advocacy");
    harness.get_by_label("Edit").click();
    harness.run();
    harness.get_by_label_contains("Redo advocacy");
}

/// A file as the desktop hands it over when dropped on the window.
#[derive(Debug)]
struct DroppedDesign(std::path::PathBuf);

impl egui::DroppedFile for DroppedDesign {
    fn path(&self) -> &std::path::Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn a_design_dropped_on_the_window_opens_after_asking_about_unsaved_changes() {
    let data = tempfile::tempdir().expect("temp dir");
    let (state, _) = app_in(data.path());
    let mut harness = harness(state);
    harness.get_by_label("Daily-life spaces").click();
    harness.run();
    let path = common::example_path("chw-outreach.peermap.json");
    harness.input_mut().dropped_files.push(std::sync::Arc::new(DroppedDesign(path.clone())));
    harness.run();
    harness.get_by_label_contains("Save the changes");
    harness.get_by_label("Don't save").click();
    harness.run();
    assert_eq!(harness.state().state.document.path(), Some(path.as_path()));
    assert_eq!(harness.state().state.design().answers.answered_count(), 6);
}

#[test]
fn ctrl_y_redoes_like_ctrl_shift_z() {
    let data = tempfile::tempdir().expect("temp dir");
    let (state, _) = app_in(data.path());
    let mut harness = harness(state);
    harness.get_by_label("Promotion").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(!harness.state().state.design().answers.functions.contains_key(&Function::Promotion));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Y);
    harness.run();
    assert!(harness.state().state.design().answers.functions.contains_key(&Function::Promotion));
}

#[test]
fn what_a_funder_reads_first_is_typed_in_saved_and_undone() {
    let data = tempfile::tempdir().expect("temp dir");
    let (state, dialogs) = app_in(data.path());
    let mut harness = harness(state);
    harness.get_by_label_contains("For funders: aims, outcomes, budget, timeline (0 of 4)").click();
    harness.run();
    type_into(&mut harness, "Aims", "Fewer missed appointments");
    type_into(&mut harness, "Budget", "Two part-time peers");
    harness.get_by_label_contains("(2 of 4)");
    let context = &harness.state().state.design().context;
    assert_eq!(
        (context.aims.as_str(), context.budget.as_str()),
        ("Fewer missed appointments", "Two part-time peers")
    );

    let path = data.path().join("funded.peermap.json");
    dialogs.answer(peermap::app::DialogOutcome::Chosen(path.clone()));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let saved = peermap::design::load(&path).expect("saved");
    assert_eq!(saved.context.aims, "Fewer missed appointments");
    assert!(std::fs::read_to_string(&path).expect("read").contains("\"budget\": \"Two part-time peers\""));

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().state.design().context.budget, "", "undo takes the budget back");
    assert_eq!(harness.state().state.design().context.aims, "Fewer missed appointments");
}
