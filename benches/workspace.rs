//! The workspace as a user feels it: one UI frame of the design view (the
//! picture, six questions and the similar models beside them), a frame that
//! follows an edit (formality dragged: the similar models re-rank), a frame
//! with the graph on screen (≤ 4 ms median), and saving then loading a design.
//!
//! `cargo bench --bench workspace`

use criterion::{Criterion, criterion_group, criterion_main};
use peermap::app::{AppState, Command, DialogOutcome, EXAMPLES, FileDialogs, FileKind, StartOptions, View};
use peermap::design::{self, Edit, Formality};
use peermap::ui::PeermapApp;
use std::hint::black_box;
use std::path::Path;

struct NoDialogs;

impl FileDialogs for NoDialogs {
    fn pick_open(&mut self, _: FileKind, _: Option<&Path>) -> DialogOutcome {
        DialogOutcome::Cancelled
    }
    fn pick_save(&mut self, _: FileKind, _: Option<&Path>, _: &str) -> DialogOutcome {
        DialogOutcome::Cancelled
    }
}

/// The app on the hospital example, in a window of the default screenshot size.
fn window(data_dir: &Path, view: View) -> egui_kittest::Harness<'static, PeermapApp> {
    let options = StartOptions {
        data_dir: data_dir.to_path_buf(),
        open: None,
        restore_session: false,
        autosave: false,
        language: Some(peermap::i18n::Language::English),
    };
    let mut state = AppState::start(options, Box::new(NoDialogs));
    state.execute(Command::OpenExample(&EXAMPLES[0]));
    state.execute(Command::ShowView(view));
    let mut harness = egui_kittest::Harness::builder()
        .with_size([1280.0, 800.0])
        .build_ui_state(|ui, app: &mut PeermapApp| app.root_ui(ui), PeermapApp::new(state));
    harness.run();
    harness
}

fn frames(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let mut design_view = window(dir.path(), View::Design);
    c.bench_function("UI frame of the design view", |b| b.iter(|| design_view.step()));

    let mut step = 0u32;
    c.bench_function("UI frame after a formality edit", |b| {
        b.iter(|| {
            step += 1;
            let value = f64::from(step % 100) / 100.0;
            let edit = Edit::Formality(Formality::new(value).ok());
            design_view.state_mut().state.execute(Command::Edit(edit));
            design_view.step();
        })
    });

    let mut graph_view = window(dir.path(), View::Graph);
    c.bench_function("UI frame with the graph on screen", |b| b.iter(|| graph_view.step()));
}

fn design_files(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.peermap.json");
    let example = design::from_json(EXAMPLES[0].json().as_bytes(), Path::new(EXAMPLES[0].file_name()))
        .expect("example");
    c.bench_function("save then load a design (atomic write with fsync)", |b| {
        b.iter(|| {
            design::save(&example, &path).expect("save");
            black_box(design::load(&path).expect("load"))
        })
    });
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(4));
    targets = frames, design_files
}
criterion_main!(benches);
