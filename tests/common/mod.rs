//! Shared test helpers: an app in a temp data directory, scripted file
//! dialogs, and a UI harness of fixed size.
#![allow(dead_code)] // each test file uses a different subset

use egui_kittest::Harness;
use peermap::app::{AppState, DialogOutcome, FileDialogs, FileKind, StartOptions};
use peermap::ui::PeermapApp;
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// File dialogs that give scripted answers (and `Cancelled` when none is left).
#[derive(Clone, Default)]
pub struct ScriptedDialogs {
    answers: Arc<Mutex<VecDeque<DialogOutcome>>>,
}

impl ScriptedDialogs {
    pub fn answer(&self, outcome: DialogOutcome) {
        self.answers.lock().expect("scripted answers").push_back(outcome);
    }

    fn next(&self) -> DialogOutcome {
        self.answers.lock().expect("scripted answers").pop_front().unwrap_or(DialogOutcome::Cancelled)
    }
}

impl FileDialogs for ScriptedDialogs {
    fn pick_open(&mut self, _kind: FileKind, _start_dir: Option<&Path>) -> DialogOutcome {
        self.next()
    }
    fn pick_save(&mut self, _kind: FileKind, _start_dir: Option<&Path>, _file_name: &str) -> DialogOutcome {
        self.next()
    }
}

pub fn start_options(data_dir: &Path) -> StartOptions {
    StartOptions {
        data_dir: data_dir.to_path_buf(),
        open: None,
        restore_session: true,
        autosave: true,
        language: Some(peermap::i18n::Language::English),
    }
}

/// An app whose data directory is `data_dir`, with scripted dialogs.
pub fn app_in(data_dir: &Path) -> (AppState, ScriptedDialogs) {
    let dialogs = ScriptedDialogs::default();
    (AppState::start(start_options(data_dir), Box::new(dialogs.clone())), dialogs)
}

/// The whole UI in a harness tall enough to show every question without scrolling.
pub fn harness(state: AppState) -> Harness<'static, PeermapApp> {
    harness_sized(state, [1400.0, 2200.0])
}

pub fn harness_sized(state: AppState, size: [f32; 2]) -> Harness<'static, PeermapApp> {
    let mut harness = Harness::builder()
        .with_size(size)
        .build_ui_state(|ui, app: &mut PeermapApp| app.root_ui(ui), PeermapApp::new(state));
    harness.run();
    harness
}

/// A path in `dir`.
pub fn file_in(dir: &Path, name: &str) -> PathBuf {
    dir.join(name)
}

/// The example shipped as `assets/examples/<name>`.
pub fn example_path(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples").join(name)
}

/// A fully answered design unlike any documented programme (nearest about
/// 0.46): protocol-driven advocacy by certified peers with no organisation,
/// on the street.
/// Bundled models moved to the opposite corner of the map from
/// [`unexplored_design`], so that design has no neighbour near enough; the
/// first three each share one answer with it, one per facet.
pub fn far_corpus() -> Vec<peermap::corpus::Model> {
    use peermap::design::{Formality, FunctionRole};
    use peermap::map::{Affiliation, Function, Relation, Space, StatusSource};
    peermap::corpus::bundled_models()
        .iter()
        .take(5)
        .cloned()
        .enumerate()
        .map(|(i, mut model)| {
            let answers = &mut model.answers;
            answers.functions = [(Function::Emotional, FunctionRole::Primary)].into();
            answers.formality = Some(Formality::clamped(0.0));
            answers.relations = [Relation::LivedExperience].into();
            answers.status = [StatusSource::PeopleSupported].into();
            answers.affiliations = [Affiliation::ClinicalOrg].into();
            answers.peer_run = false;
            answers.spaces = [Space::DailyLife].into();
            match i {
                0 => answers.functions = [(Function::Advocacy, FunctionRole::Primary)].into(),
                1 => answers.relations = [Relation::SocialIdentity].into(),
                2 => answers.affiliations = [Affiliation::Independent].into(),
                _ => {}
            }
            model
        })
        .collect()
}

/// A complete design far from every model of [`far_corpus`].
pub fn unexplored_design() -> peermap::design::Design {
    use peermap::design::{Design, Formality, FunctionRole};
    use peermap::map::{Affiliation, Function, Relation, Space, StatusSource};
    let mut design = Design::default();
    let answers = &mut design.answers;
    answers.functions.insert(Function::Advocacy, FunctionRole::Primary);
    answers.formality = Some(Formality::clamped(1.0));
    answers.relations.insert(Relation::SocialIdentity);
    answers.status.insert(StatusSource::TrainingCertification);
    answers.affiliations.insert(Affiliation::Independent);
    answers.spaces.insert(Space::Outreach);
    design
}

/// Every row the corpus browser lists, in order (read page by page for a large corpus).
pub fn listed_rows(state: &AppState) -> Vec<peermap::corpus::ModelRow> {
    (0..state.corpus.row_count()).filter_map(|i| state.corpus.row(i)).map(|row| row.into_owned()).collect()
}
