//! The atlas driven as a user would: open it, colour by affiliation, pick a
//! family, open one of its models; and its PNG export.

mod common;

use common::{app_in, example_path, harness_sized};
use egui_kittest::kittest::Queryable;
use peermap::app::{Command, DialogOutcome, View};
use peermap::atlas::ColourBy;
use peermap::map::Question;

#[test]
fn the_atlas_colours_by_affiliation_and_a_family_fills_the_corpus_browser() {
    let data = tempfile::tempdir().expect("temp dir");
    let (mut state, dialogs) = app_in(data.path());
    state.execute(Command::Open(example_path("hospital-navigation.peermap.json")));
    let mut harness = harness_sized(state, [1400.0, 900.0]);
    harness.get_by_label("Atlas").click();
    harness.run_steps(2);
    harness.state_mut().state.atlas.wait();
    harness.run();
    assert_eq!(harness.state().state.view, View::Atlas);
    assert!(harness.state().state.atlas.design_point().is_some(), "the design is placed");

    harness.get_by_label("Colour by").click();
    harness.run();
    harness.get_by_label("Q5 Affiliations").click();
    harness.run();
    assert_eq!(harness.state().state.atlas.colour_by, ColourBy::Answer(Question::Affiliations));
    harness.get_by_label_contains("Clinically based organisation (");
    harness.get_by_label_contains("Peer-run organisation (");

    let generation = harness.state().state.similar.generation();
    let atlas = harness.state().state.atlas.atlas(generation).expect("laid out").clone();
    let family = &atlas.families[0];
    harness.get_by_label_contains(&format!("({})", family.members.len())).click();
    harness.run();
    let state = &harness.state().state;
    assert_eq!(state.view, View::Corpus);
    assert_eq!(common::listed_rows(state).len(), family.members.len(), "the browser lists the family");

    let first = common::listed_rows(state)[0].clone();
    harness.get_by_label(&first.name).click();
    harness.run();
    assert_eq!(harness.state().state.corpus.selection().map(|s| s.stored.model.id.clone()), Some(first.id));

    // Exported as a PNG without a dialog.
    harness.get_by_label("Atlas").click();
    harness.run();
    dialogs.answer(DialogOutcome::Unavailable);
    harness.get_by_label("Export atlas (PNG)…").click();
    harness.run();
    let out = data.path().join("atlas.png");
    harness.state_mut().state.path_prompt.as_mut().expect("the prompt").text = out.display().to_string();
    harness.run();
    harness.get_by_label("Export").click();
    harness.run();
    let png = image::open(&out).expect("a PNG");
    assert!(png.width() >= 1000 && png.height() >= 700);
}
