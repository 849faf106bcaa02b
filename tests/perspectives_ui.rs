//! Perspectives in the window, driven as a facilitator would: add three,
//! answer as each, see where they diverge, settle by the median, undo,
//! and find it all again in the saved file.

mod common;

use common::{app_in, harness};
use egui::accesskit::Role;
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use peermap::app::Command;
use peermap::map::Affiliation;

#[test]
fn a_group_adds_perspectives_answers_as_each_and_settles_formality_by_the_median() {
    let data = tempfile::tempdir().expect("temp dir");
    let (state, _) = app_in(data.path());
    let mut harness = harness(state);
    harness.get_by_role_and_label(Role::Button, "Perspectives").click();
    harness.run();
    harness.get_by_label("Add at least two perspectives to see where they diverge.");

    for name in ["Manager", "Peer workers", "Nurses"] {
        harness.get_by_label("New perspective").click();
        harness.run();
        harness.get_by_label("New perspective").type_text(name);
        harness.run();
        harness.get_by_label("Add perspective").click();
        harness.run();
    }
    let names: Vec<String> =
        harness.state().state.design().perspectives.iter().map(|p| p.name.clone()).collect();
    assert_eq!(names, ["Manager", "Peer workers", "Nurses"]);

    // Answer as each: the questions and their anchors edit the chosen perspective only.
    for (label, anchor) in
        [("Manager · 0/6", "Protocol"), ("Peer workers · 0/6", "Fostered"), ("Nurses · 0/6", "Intentional")]
    {
        harness.get_by_label(label).click();
        harness.run();
        harness.get_by_label(anchor).click();
        harness.run();
    }
    harness.get_by_label("Answering as: Nurses");
    harness.get_by_label("Clinically based organisation").click();
    harness.run();
    let design = harness.state().state.design().clone();
    let formality: Vec<Option<f64>> =
        design.perspectives.iter().map(|p| p.answers.formality.map(|f| f.value())).collect();
    assert_eq!(formality, [Some(1.0), Some(0.25), Some(0.5)]);
    assert!(design.perspectives[2].answers.affiliations.contains(&Affiliation::ClinicalOrg));
    assert!(design.answers.formality.is_none() && design.answers.affiliations.is_empty(), "shared untouched");

    // They diverge on formality; the group takes the median into the shared position.
    harness.get_by_label_contains("Q2 Formality: divergence");
    harness.get_by_label("Take the median").click();
    harness.run();
    assert_eq!(harness.state().state.design().answers.formality.map(|f| f.value()), Some(0.5));
    harness.get_by_role_and_label(Role::Button, "Shared position").click();
    harness.run();
    assert!(
        harness.query_by_label_contains("Answering as:").is_none(),
        "the questions show the shared position"
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().state.design().answers.formality, None, "undo takes the median back");
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();

    let path = data.path().join("workshop.peermap.json");
    harness.state_mut().state.execute(Command::SaveTo(path.clone()));
    harness.state_mut().state.execute(Command::NewDesign);
    harness.state_mut().state.execute(Command::Open(path));
    harness.run();
    let reopened = harness.state().state.design();
    assert_eq!(reopened.perspectives.len(), 3);
    assert_eq!(reopened.answers.formality.map(|f| f.value()), Some(0.5));
    harness.get_by_label("Nurses · 2/6");
}

#[test]
fn removing_the_perspective_being_edited_returns_to_the_shared_position() {
    let data = tempfile::tempdir().expect("temp dir");
    let (mut state, _) = app_in(data.path());
    for name in ["A", "B", "C"] {
        state.execute(Command::Edit(peermap::design::Edit::AddPerspective(name.into())));
    }
    state.execute(Command::EditPerspective(Some(2)));
    state.execute(Command::Edit(peermap::design::Edit::RemovePerspective(0)));
    assert_eq!(state.edited_perspective().map(|(_, p)| p.name), Some("C".to_string()), "still C");
    state.execute(Command::Edit(peermap::design::Edit::RemovePerspective(1)));
    assert!(state.edited_perspective().is_none());
    state.execute(Command::Edit(peermap::design::Edit::AddPerspective("b".into())));
    let names: Vec<&str> = state.design().perspectives.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["B", "b (2)"], "a taken name is numbered, whatever its case");
}
