//! The corpus browser driven like a user would: search, filter, open a
//! model, duplicate it.

mod common;

use common::{app_in, harness_sized};
use egui::accesskit::Role;
use egui_kittest::kittest::Queryable;
use peermap::app::{Command, View};
use peermap::corpus::Origin;
use peermap::map::Affiliation;

#[test]
fn search_filter_open_and_duplicate_a_model() {
    let data = tempfile::tempdir().expect("temp dir");
    let (state, _) = app_in(data.path());
    let total = state.corpus.total();
    assert!(total >= 60, "the bundled corpus is loaded on first run ({total})");
    let mut harness = harness_sized(state, [1600.0, 1000.0]);

    harness.get_by_label("Corpus").click();
    harness.run();
    assert_eq!(harness.state().state.view, View::Corpus);

    harness.get_by_label("Search models").click();
    harness.run();
    harness.get_by_label("Search models").type_text("navigat");
    harness.run();
    let found = common::listed_rows(&harness.state().state).len();
    assert!(found > 0 && found < total, "search found {found} of {total}");
    assert!(common::listed_rows(&harness.state().state).iter().any(|r| r.name.contains("Harlem")));

    harness.get_by_label("Q5 Affiliations").click();
    harness.run();
    harness.get_by_role_and_label(Role::CheckBox, "Clinically based organisation").click();
    harness.run();
    let filtered = common::listed_rows(&harness.state().state);
    assert!(!filtered.is_empty() && filtered.len() < found, "{} after filtering {found}", filtered.len());
    for row in &filtered {
        let model = harness.state().state.corpus.store().get(&row.id).expect("reads").expect("exists").model;
        assert!(model.answers.affiliations.contains(&Affiliation::ClinicalOrg), "{} is not clinical", row.id);
    }
    let harlem =
        filtered.iter().find(|r| r.name.contains("Harlem")).expect("Harlem navigation is clinical").clone();

    harness.get_by_label(&harlem.name).click();
    harness.run();
    let selected = harness.state().state.corpus.selection().expect("a model is selected");
    assert_eq!(selected.stored.model.id, harlem.id);
    harness.get_by_role_and_label(Role::Link, "Text the coding was read from");
    assert!(harness.get_all_by_label("Programme").count() >= 2, "the kind badge in the table and the detail");
    harness.get_by_label("What it learned");
    for lesson in &selected.stored.model.lessons {
        harness.get_by_label(&format!("• {}", lesson.text));
    }

    harness.get_by_label("Duplicate").click();
    harness.run();
    let copy = harness.state().state.corpus.selection().expect("the copy is selected");
    assert_eq!(copy.stored.origin, Origin::User);
    assert_ne!(copy.stored.model.id, harlem.id);
    assert!(copy.stored.model.name.ends_with("(copy)"));
    assert_eq!(copy.stored.model.answers, selected_answers(&harness, &harlem.id));
}

fn selected_answers(
    harness: &egui_kittest::Harness<'_, peermap::ui::PeermapApp>,
    id: &str,
) -> peermap::design::Answers {
    harness.state().state.corpus.store().get(id).expect("query").expect("exists").model.answers
}

#[test]
fn a_design_can_join_the_corpus_as_a_model() {
    let data = tempfile::tempdir().expect("temp dir");
    let (mut state, _) = app_in(data.path());
    state.execute(Command::OpenExample(&peermap::app::EXAMPLES[0]));
    state.execute(Command::SaveDesignAsModel);
    assert_eq!(state.view, View::Corpus);
    state.execute(Command::SaveModelDraft);
    assert!(state.corpus.editor.is_none(), "{:?}", state.corpus.editor.as_ref().map(|e| e.problems.clone()));
    let selected = state.corpus.selection().expect("the new model is selected");
    assert_eq!(selected.stored.origin, Origin::User);
    assert_eq!(selected.stored.model.answers, state.design().answers);
}

#[test]
fn the_brief_preview_follows_a_corpus_change() {
    let data = tempfile::tempdir().expect("temp dir");
    let (mut state, _) = app_in(data.path());
    state.execute(Command::OpenExample(&peermap::app::EXAMPLES[0]));
    state.execute(Command::ShowBriefPreview(true));
    let before = state.brief_preview.brief().expect("preview").corpus_version.clone();

    // The design itself saved as a model: the corpus grows by one, and that model is the nearest.
    state.execute(Command::SaveDesignAsModel);
    state.execute(Command::SaveModelDraft);
    state.update_brief_preview();
    let brief = state.brief_preview.brief().expect("preview");
    assert_ne!(brief.corpus_version, before, "the preview counts the new model");
    assert!(
        brief.similar[0].score > 0.999,
        "the design's own copy now comes first: {}",
        brief.similar[0].score
    );
}

#[test]
fn with_a_detail_open_the_table_keeps_its_key_columns_and_long_names_read_in_full() {
    let data = tempfile::tempdir().expect("temp dir");
    let (mut state, _) = app_in(data.path());
    state.execute(Command::ShowView(View::Corpus));
    let mut harness = harness_sized(state, [1280.0, 800.0]);
    let first = common::listed_rows(&harness.state().state)[..12].to_vec();
    let longest = first.iter().max_by_key(|r| r.name.chars().count()).expect("rows").clone();
    let shortest = first.iter().min_by_key(|r| r.name.chars().count()).expect("rows").clone();
    assert!(longest.name.chars().count() > 40, "a long name to read: {}", longest.name);
    harness.get_by_label(&shortest.name).click();
    harness.run();
    assert!(harness.state().state.corpus.selection().is_some(), "the detail is open");
    for heading in ["Name ⏶", "Kind", "Issue", "Country or region"] {
        harness.get_by_role_and_label(Role::Button, heading);
    }
    // The whole name shows in a tooltip on hover (the cell wraps it to two lines).
    harness.get_by_label(&longest.name).hover();
    for _ in 0..30 {
        harness.step();
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(harness.query_all_by_label(&longest.name).count() >= 2, "the cell and its tooltip");
}
