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
    let index = state.similar.index();
    let read: Vec<&str> = (0..index.len()).map(|i| &*index.entry(i).id).collect();
    let expected: Vec<&str> = models.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(read, expected, "the same models in the same order");
    for i in [0, index.len() / 2, index.len() - 1] {
        let record = index.model(i).expect("the record is read from the store");
        assert_eq!(*record, models[i], "the full record, long texts included");
        assert_eq!(index.answers(i), models[i].answers);
    }
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
    let listed = common::listed_rows(&harness.state().state);
    assert_eq!(listed.len(), total, "every model is listed, each row read from the store");
    let mut ids: Vec<&str> = listed.iter().map(|r| r.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), total, "no row is listed twice");
    harness.get_by_label(&format!("{total} of {total} models"));
    harness.get_by_label(&listed[0].name);

    harness.get_by_label("Search models").click();
    harness.step();
    harness.get_by_label("Search models").type_text("quokka lighth");
    harness.step();
    settle(&mut harness);
    let rows = common::listed_rows(&harness.state().state);
    assert_eq!(rows.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(), ["Quokka lighthouse peer circle"]);
    harness.get_by_label_contains("Quokka lighthouse peer circle"); // the table shows the row read by its key
    harness.get_by_label(&format!("1 of {total} models"));
}

#[test]
fn a_record_deleted_behind_the_index_is_left_out_and_reported_once() {
    let data = tempfile::tempdir().expect("temp dir");
    let path = data.path().join(DATABASE_FILE);
    let mut store = Store::open(&path).expect("opens");
    store.import(synthetic_models(0, 50), &mut |_, _| {}, &AtomicBool::new(false)).expect("imports");
    let index = peermap::similarity::SimilarityIndex::from_store(&path).expect("reads");
    let last = index.len() - 1;
    let gone = index.entry(last).id.to_string();
    assert!(index.model(0).is_some(), "a record still in the store is read");
    store.delete(&gone).expect("deletes");

    assert!(index.model(last).is_none(), "the deleted record is not made up");
    let failure = index.take_read_failure().expect("the failure is kept for the app");
    assert!(failure.contains(&gone), "the message names the model: {failure}");
    assert_eq!(index.take_read_failure(), None, "reported once");
    assert_eq!(index.name(last), gone, "its name falls back to its id");
}
