//! The atlas at scale: laying out 10,000 models (≤ 2 s), placing a design on
//! it (≤ 5 ms), and a UI frame with the 10,000-model atlas on screen
//! (≤ 4 ms median), beside an empty egui frame measured in the same run.
//! It also prints how well the bundled atlas keeps neighbours.
//!
//! `cargo bench --bench atlas`

use criterion::{Criterion, criterion_group, criterion_main};
use peermap::app::{AppState, Command, DialogOutcome, EXAMPLES, FileDialogs, FileKind, StartOptions, View};
use peermap::atlas::{Atlas, AtlasLayout, neighbour_preservation};
use peermap::corpus::{Model, bundled_models};
use peermap::design::Formality;
use peermap::similarity::{PackedPosition, Priors, Side, SimilarityIndex};
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

/// 10,000 models: the bundled ones again and again, each copy with its
/// formality and spaces shifted so that almost every position is distinct.
fn ten_thousand() -> Vec<Model> {
    let bundled = bundled_models();
    (0..10_000)
        .map(|i| {
            let mut model = bundled[i % bundled.len()].clone();
            let round = i / bundled.len();
            model.id = format!("{}-{round}", model.id);
            let base = model.answers.formality.map_or(0.5, |f| f.value());
            model.answers.formality = Some(Formality::clamped((base + round as f64 * 0.0137) % 1.0));
            if round % 3 == 1 {
                model.answers.spaces.insert(peermap::map::Space::Outreach);
            }
            model
        })
        .collect()
}

fn positions(models: &[Model]) -> (Vec<PackedPosition>, Priors) {
    let packed: Vec<PackedPosition> = models.iter().map(|m| PackedPosition::of(Side::from(m))).collect();
    let priors = Priors::new(&packed);
    (packed, priors)
}

fn layout(c: &mut Criterion) {
    let models = ten_thousand();
    let (packed, priors) = positions(&models);
    let mut group = c.benchmark_group("atlas");
    group.sample_size(10).measurement_time(std::time::Duration::from_secs(30));
    group.bench_function("layout of 10,000 models", |b| {
        b.iter(|| black_box(AtlasLayout::compute(&packed, &priors)))
    });
    let index = SimilarityIndex::new(models);
    group.bench_function("layout and families of 10,000 models", |b| {
        b.iter(|| black_box(Atlas::compute(&index)))
    });
    group.finish();

    let atlas = AtlasLayout::compute(&packed, &priors);
    let design = EXAMPLES[0].json();
    let design = peermap::design::from_json(design.as_bytes(), Path::new("x.peermap.json")).expect("example");
    let position = PackedPosition::of(Side::from(&design));
    c.bench_function("place a design on the 10,000-model atlas", |b| {
        b.iter(|| black_box(atlas.place(&position)))
    });

    let bundled: Vec<Model> = bundled_models().to_vec();
    let (packed, priors) = positions(&bundled);
    let atlas = AtlasLayout::compute(&packed, &priors);
    for k in [5, 10] {
        let kept = neighbour_preservation(&packed, &priors, &atlas.points, k);
        println!("bundled atlas keeps {:.1}% of each model's {k} nearest neighbours", kept * 100.0);
    }
}

fn frames(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("temp dir");
    let options = StartOptions {
        data_dir: dir.path().to_path_buf(),
        open: None,
        restore_session: false,
        autosave: false,
        language: Some(peermap::i18n::Language::English),
    };
    let mut state = AppState::start(options, Box::new(NoDialogs));
    state.execute(Command::OpenExample(&EXAMPLES[0]));
    state.similar.set_corpus(ten_thousand());
    state.execute(Command::ShowView(View::Atlas));
    state.update_similar();
    state.atlas.wait();
    let mut harness = egui_kittest::Harness::builder()
        .with_size([1280.0, 800.0])
        .build_ui_state(|ui, app: &mut PeermapApp| app.root_ui(ui), PeermapApp::new(state));
    harness.run();
    c.bench_function("UI frame with the 10,000-model atlas on screen", |b| b.iter(|| harness.step()));

    let mut empty = egui_kittest::Harness::builder().with_size([1280.0, 800.0]).build_ui(|ui| {
        ui.label("peer: an empty egui frame");
    });
    c.bench_function("peer: an empty egui frame of the same size", |b| b.iter(|| empty.step()));
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(20).measurement_time(std::time::Duration::from_secs(4));
    targets = layout, frames
}
criterion_main!(benches);
