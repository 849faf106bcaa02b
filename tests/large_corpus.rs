//! A large corpus does not hold up the window: it opens at once and the
//! similar models arrive when the corpus has been read on a worker.

mod common;
mod corpus_common;

use common::app_in;
use corpus_common::synthetic_models;
use egui_kittest::kittest::Queryable;
use peermap::app::Command;
use peermap::corpus::{DATABASE_FILE, Store};
use peermap::ui::PeermapApp;
use std::sync::atomic::AtomicBool;

#[test]
fn the_window_opens_before_a_large_corpus_is_read_and_the_neighbours_follow() {
    let data = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(&data.path().join(DATABASE_FILE)).expect("opens");
    store.import(synthetic_models(0, 6000), &mut |_, _| {}, &AtomicBool::new(false)).expect("imports");
    let total = store.count().expect("counts");
    drop(store);

    let (mut state, _) = app_in(data.path());
    assert!(state.is_loading_corpus(), "a corpus of {total} models is read on a worker");
    state.execute(Command::OpenExample(&peermap::app::EXAMPLES[0]));
    // Spinning while it reads: frames are stepped, not run to rest.
    let mut harness = egui_kittest::Harness::builder()
        .with_size([1400.0, 2200.0])
        .build_ui_state(|ui, app: &mut PeermapApp| app.root_ui(ui), PeermapApp::new(state));
    harness.step();
    if harness.state().state.is_loading_corpus() {
        harness.get_by_label(&format!("Reading the {total} models of the corpus…"));
    }
    for _ in 0..2000 {
        if !harness.state().state.is_loading_corpus() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        harness.step();
    }
    harness.step(); // the frame after the corpus arrives ranks it
    let state = &harness.state().state;
    assert!(!state.is_loading_corpus(), "the corpus was read");
    assert_eq!(state.similar.index().len(), total, "every model is ranked");
    assert!(!state.similar.results().expect("results").ranked.is_empty(), "the neighbours are listed");
    assert!(harness.query_by_label_contains("models of the corpus…").is_none(), "the notice is gone");
}

#[test]
fn waiting_for_the_corpus_gives_the_same_ranking_as_reading_it_at_once() {
    let data = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(&data.path().join(DATABASE_FILE)).expect("opens");
    store.import(synthetic_models(0, 6000), &mut |_, _| {}, &AtomicBool::new(false)).expect("imports");
    let models: Vec<_> = store.all().expect("all").into_iter().map(|s| s.model).collect();
    drop(store);
    let (mut state, _) = app_in(data.path());
    state.wait_for_corpus();
    let read: Vec<&str> =
        (0..state.similar.index().len()).map(|i| state.similar.index().model(i).id.as_str()).collect();
    let expected: Vec<&str> = models.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(read, expected, "the same models in the same order");
}

#[test]
fn a_large_corpus_is_listed_and_searched_on_a_worker_while_the_window_answers() {
    let data = tempfile::tempdir().expect("temp dir");
    let mut store = Store::open(&data.path().join(DATABASE_FILE)).expect("opens");
    let mut models = synthetic_models(0, 6000);
    models[4321].name = "Quokka lighthouse peer circle".into();
    store.import(models, &mut |_, _| {}, &AtomicBool::new(false)).expect("imports");
    let total = store.count().expect("counts");
    drop(store);

    let (mut state, _) = app_in(data.path());
    assert!(
        state.corpus.is_searching(),
        "the {total} rows are listed on a worker, not before the window opens"
    );
    state.execute(Command::ShowView(peermap::app::View::Corpus));
    let mut harness = egui_kittest::Harness::builder()
        .with_size([1600.0, 1000.0])
        .build_ui_state(|ui, app: &mut PeermapApp| app.root_ui(ui), PeermapApp::new(state));
    let settle = |harness: &mut egui_kittest::Harness<'_, PeermapApp>| {
        for _ in 0..2000 {
            harness.step();
            let state = &harness.state().state;
            if !state.corpus.is_searching() && !state.is_loading_corpus() {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        harness.step();
    };
    harness.step();
    settle(&mut harness);
    assert_eq!(harness.state().state.corpus.rows().len(), total, "every model is listed");
    harness.get_by_label(&format!("{total} of {total} models"));

    harness.get_by_label("Search models").click();
    harness.step();
    harness.get_by_label("Search models").type_text("quokka lighth");
    harness.step();
    settle(&mut harness);
    let rows = harness.state().state.corpus.rows();
    assert_eq!(rows.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(), ["Quokka lighthouse peer circle"]);
    harness.get_by_label(&format!("1 of {total} models"));
}
