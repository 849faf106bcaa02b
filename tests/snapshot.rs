//! Snapshot images of the whole window, rendered in software (Mesa), so a
//! change to how the app looks is seen in review.

mod common;

use common::{app_in, example_path, harness_sized};
use egui_kittest::kittest::Queryable;
use peermap::app::Command;

fn example_window(theme: egui::Theme, name: &str) {
    let data = tempfile::tempdir().expect("temp dir");
    let (mut state, _) = app_in(data.path());
    state.execute(Command::Open(example_path("hospital-navigation.peermap.json")));
    let mut harness = harness_sized(state, [1280.0, 800.0]);
    harness.ctx.set_theme(theme);
    harness.run();
    harness.snapshot(name);
}

#[test]
fn main_window_light() {
    example_window(egui::Theme::Light, "main_window_light");
}

#[test]
fn main_window_dark() {
    example_window(egui::Theme::Dark, "main_window_dark");
}

#[test]
fn corpus_browser_with_a_model_selected() {
    let data = tempfile::tempdir().expect("temp dir");
    let (mut state, _) = app_in(data.path());
    state.execute(Command::ShowView(peermap::app::View::Corpus));
    state.execute(Command::SelectModel(Some("freeman-harlem-patient-navigation".into())));
    let mut harness = harness_sized(state, [1400.0, 860.0]);
    harness.ctx.set_theme(egui::Theme::Light);
    harness.run();
    harness.snapshot("corpus_browser");
}

#[test]
fn graph_of_the_nearest_models() {
    let data = tempfile::tempdir().expect("temp dir");
    let (mut state, _) = app_in(data.path());
    state.execute(Command::Open(example_path("hospital-navigation.peermap.json")));
    state.execute(Command::ShowView(peermap::app::View::Graph));
    let mut harness = harness_sized(state, [1280.0, 800.0]);
    harness.ctx.set_theme(egui::Theme::Light);
    harness.run();
    harness.snapshot("graph_view");
}

#[test]
fn evidence_beside_the_design() {
    let data = tempfile::tempdir().expect("temp dir");
    let (mut state, _) = app_in(data.path());
    state.execute(Command::Open(example_path("hospital-navigation.peermap.json")));
    state.execute(Command::ShowSidePanel(peermap::app::SidePanel::Evidence));
    state.execute(Command::Edit(peermap::design::Edit::AddressedNote(
        "affiliation-clinical-power".into(),
        "Navigators join the oncology team's weekly meeting.".into(),
    )));
    let mut harness = harness_sized(state, [1280.0, 800.0]);
    harness.ctx.set_theme(egui::Theme::Light);
    harness.run();
    harness.get_by_label("✓ Address clinical power openly").click();
    harness.run();
    harness.snapshot("evidence_panel");
}

#[test]
fn compare_view_with_the_differences_in_words() {
    let data = tempfile::tempdir().expect("temp dir");
    let (mut state, _) = app_in(data.path());
    state.execute(Command::Open(example_path("hospital-navigation.peermap.json")));
    state.execute(Command::Compare("freeman-harlem-patient-navigation".into()));
    let mut harness = harness_sized(state, [1280.0, 800.0]);
    harness.ctx.set_theme(egui::Theme::Light);
    harness.run();
    harness.snapshot("compare_view");
}

#[test]
fn guide_on_the_six_questions() {
    let data = tempfile::tempdir().expect("temp dir");
    let (mut state, _) = app_in(data.path());
    state.execute(Command::ShowGuidePage(1));
    let mut harness = harness_sized(state, [1280.0, 800.0]);
    harness.ctx.set_theme(egui::Theme::Light);
    harness.run();
    harness.snapshot("guide");
}

#[test]
fn atlas_of_the_corpus_with_the_design() {
    let data = tempfile::tempdir().expect("temp dir");
    let (mut state, _) = app_in(data.path());
    state.execute(Command::Open(example_path("hospital-navigation.peermap.json")));
    state.execute(Command::ShowView(peermap::app::View::Atlas));
    state.update_similar();
    state.atlas.wait();
    state.update_similar();
    let mut harness = harness_sized(state, [1280.0, 800.0]);
    harness.ctx.set_theme(egui::Theme::Light);
    harness.run();
    harness.snapshot("atlas_view");
}

#[test]
fn four_perspectives_in_a_french_window() {
    let data = tempfile::tempdir().expect("temp dir");
    let options = peermap::app::StartOptions {
        language: Some(peermap::i18n::Language::French),
        ..common::start_options(data.path())
    };
    let mut state = peermap::app::AppState::start(options, Box::new(common::ScriptedDialogs::default()));
    state.execute(Command::Open(example_path("hospital-navigation.fr.peermap.json")));
    state.execute(Command::ShowSidePanel(peermap::app::SidePanel::Perspectives));
    state.execute(Command::EditPerspective(Some(1)));
    let mut harness = harness_sized(state, [1280.0, 800.0]);
    harness.ctx.set_theme(egui::Theme::Light);
    harness.run();
    harness.get_by_label("Réponses de\u{a0}: Pairs navigateurs");
    harness.get_by_label_contains("Q2 Formalité\u{a0}: écart");
    harness.snapshot("perspectives_fr");
    peermap::i18n::set_language(peermap::i18n::Language::English);
}
