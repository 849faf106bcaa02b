//! Application state, apart from drawing: the open document, settings,
//! prompts, and the one door (`AppState::execute`) every command goes through.

mod atlas;
mod atlas_actions;
mod autosave;
mod brief_actions;
mod command;
mod compare_actions;
mod comparison;
mod corpus_actions;
mod corpus_browser;
mod document;
mod examples;
mod file_dialogs;
mod history;
mod import_job;
mod listed_rows;
mod model_editor;
mod path_prompt;
mod settings;
mod similar;
mod worker;

pub use atlas::AtlasState;
pub use autosave::{AutosaveFile, Autosaver, Recovery, find_recoveries};
pub use brief_actions::{BriefJob, BriefPreview};
pub use command::{Command, PathPurpose, SidePanel, UnsavedChoice, View};
pub use comparison::Comparison;
pub use corpus_browser::{CorpusBrowser, Selection};
pub use document::Document;
pub use examples::{EXAMPLES, Example};
pub use file_dialogs::{
    DialogOutcome, FileDialogs, FileKind, NativeDialogs, suggested_file_name, with_design_extension,
};
pub use import_job::{ImportJob, ImportResult};
pub use model_editor::ModelEditor;
pub use path_prompt::PathPrompt;
pub use settings::Settings;
pub use similar::{GRAPH_SIZE, LIST_LENGTH, SimilarResults, SimilarState};

use crate::design::{self, Design, Edit};
use crate::i18n::{Language, say, set_language, tr};
use crate::similarity::SimilarityIndex;
use std::path::{Path, PathBuf};
use std::time::Instant;
use worker::Worker;

/// How the app starts.
#[derive(Debug, Clone)]
pub struct StartOptions {
    /// Settings, autosaves and window state live here.
    pub data_dir: PathBuf,
    /// A design to open instead of the last one.
    pub open: Option<PathBuf>,
    /// Reopen the last design and offer crash recovery.
    pub restore_session: bool,
    pub autosave: bool,
    /// The language asked for (`--lang`, `PEERMAP_LANG`); else the one
    /// chosen last time, else the system's.
    pub language: Option<Language>,
}

/// The outcome of a finished import, shown until dismissed.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportReport {
    pub path: PathBuf,
    pub result: ImportResult,
}

/// Help → Guide: whether it is open and the page being read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct GuideState {
    pub open: bool,
    pub page: usize,
}

/// Everything the app knows, apart from how it is drawn.
pub struct AppState {
    pub view: View,
    /// What the panel beside the design shows.
    pub side_panel: SidePanel,
    /// The perspective whose answers the questions show and edit; `None` for the shared position.
    pub editing_perspective: Option<usize>,
    pub brief_preview: BriefPreview,
    /// The language the brief is written in; `None` while it follows the window's.
    pub brief_language: Option<Language>,
    pub guide: GuideState,
    pub atlas: AtlasState,
    /// The keyboard-shortcuts window is open.
    pub shortcuts_open: bool,
    /// A brief being exported on a worker thread.
    pub brief_job: Option<BriefJob>,
    pub document: Document,
    pub corpus: CorpusBrowser,
    pub similar: SimilarState,
    pub import_report: Option<ImportReport>,
    pub settings: Settings,
    data_dir: PathBuf,
    autosaver: Option<Autosaver>,
    dialogs: Box<dyn FileDialogs>,
    /// A command waiting for the user to save or discard unsaved changes.
    pub unsaved_prompt: Option<Command>,
    /// Unsaved work from runs that crashed, offered one at a time.
    pub recoveries: Vec<Recovery>,
    pub path_prompt: Option<PathPrompt>,
    /// Shown in a dialog until dismissed.
    pub error: Option<String>,
    /// Shown in the status bar.
    pub status: String,
    /// The window should close (all changes saved or discarded).
    pub quit_requested: bool,
    /// Runs after the next successful save (Save in the unsaved prompt).
    after_save: Option<Command>,
    discard_confirmed: bool,
    /// The similarity index of a large corpus, being read on a worker.
    corpus_load: Option<Worker<Result<SimilarityIndex, String>>>,
    /// A large corpus is to be read at the next frame (after the window
    /// has opened, so that reading does not compete with opening it).
    corpus_load_due: bool,
}

impl AppState {
    pub fn start(options: StartOptions, dialogs: Box<dyn FileDialogs>) -> Self {
        let (settings, warning) = Settings::load(&options.data_dir);
        let language =
            options.language.or(settings.language).or_else(Language::of_system).unwrap_or_default();
        set_language(language);
        let mut state = AppState {
            view: View::Design,
            side_panel: SidePanel::default(),
            editing_perspective: None,
            brief_preview: BriefPreview::default(),
            brief_language: None,
            guide: GuideState::default(),
            atlas: AtlasState::default(),
            shortcuts_open: false,
            brief_job: None,
            document: Document::default(),
            corpus: CorpusBrowser::open(&options.data_dir),
            similar: SimilarState::default(),
            import_report: None,
            settings,
            autosaver: options.autosave.then(|| Autosaver::new(&options.data_dir)),
            data_dir: options.data_dir,
            dialogs,
            unsaved_prompt: None,
            recoveries: Vec::new(),
            path_prompt: None,
            error: None,
            status: warning.unwrap_or_default(),
            quit_requested: false,
            after_save: None,
            discard_confirmed: false,
            corpus_load: None,
            corpus_load_due: false,
        };
        state.reload_similarity_index();
        if options.restore_session {
            state.recoveries = find_recoveries(&state.data_dir);
        }
        let reopen = if options.restore_session { state.settings.last_open.clone() } else { None };
        match options.open {
            Some(path) => state.open(path),
            None => {
                if let Some(path) = reopen.filter(|p| p.exists()) {
                    state.open(path);
                }
            }
        }
        state
    }

    /// The perspective the questions show and edit, as a design holding its
    /// answers and notes (named after it); `None` for the shared position.
    pub fn edited_perspective(&self) -> Option<(usize, Design)> {
        let index = self.editing_perspective?;
        let perspective = self.design().perspectives.get(index)?;
        let shown = Design {
            name: perspective.name.clone(),
            answers: perspective.answers.clone(),
            notes: perspective.notes.clone(),
            ..Design::default()
        };
        Some((index, shown))
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// Runs one user command.
    pub fn execute(&mut self, command: Command) {
        if command.replaces_document() && self.document.is_dirty() && !self.discard_confirmed {
            self.unsaved_prompt = Some(command);
            return;
        }
        self.discard_confirmed = false;
        match command {
            Command::NewDesign => {
                self.replace_document(Document::default());
                self.settings.last_open = None;
                self.persist_settings();
                self.status = tr("app-new-design").into();
            }
            Command::OpenDialog => {
                if let Some(path) = self.ask_open_path(FileKind::Design, PathPurpose::Open) {
                    self.open(path);
                }
            }
            Command::Open(path) => self.open(path),
            Command::OpenExample(example) => self.open_example(example),
            Command::Save => match self.document.path().map(Path::to_path_buf) {
                Some(path) => self.save_to(path),
                None => self.execute(Command::SaveAsDialog),
            },
            Command::SaveAsDialog => {
                let name = suggested_file_name(&self.document.design().name);
                match self.dialogs.pick_save(
                    FileKind::Design,
                    self.start_dir(FileKind::Design).as_deref(),
                    &name,
                ) {
                    DialogOutcome::Chosen(path) => {
                        self.remember_folder(FileKind::Design, &path);
                        self.save_to(with_design_extension(path))
                    }
                    DialogOutcome::Cancelled => self.after_save = None,
                    DialogOutcome::Unavailable => self.show_path_prompt(PathPurpose::SaveAs),
                }
            }
            Command::SaveTo(path) => self.save_to(with_design_extension(path)),
            Command::ShowPathPrompt(purpose) => self.show_path_prompt(purpose),
            Command::SubmitPath { purpose, path, replace } => self.submit_path(purpose, path, replace),
            Command::CancelPathPrompt => {
                self.path_prompt = None;
                self.after_save = None;
            }
            Command::Undo => {
                self.status = match self.document.undo() {
                    Some(what) => say("edit-undid", &[("what", what)]),
                    None => tr("app-nothing-to-undo").into(),
                };
            }
            Command::Redo => {
                self.status = match self.document.redo() {
                    Some(what) => say("edit-redid", &[("what", what)]),
                    None => tr("app-nothing-to-redo").into(),
                };
            }
            Command::Edit(edit) => {
                let removed = match &edit {
                    Edit::RemovePerspective(index) => Some(*index),
                    _ => None,
                };
                self.document.apply(edit);
                // The questions keep showing the same perspective, or the shared
                // position when the one shown is removed.
                if let (Some(removed), Some(shown)) = (removed, self.editing_perspective) {
                    self.editing_perspective = match shown.cmp(&removed) {
                        std::cmp::Ordering::Less => Some(shown),
                        std::cmp::Ordering::Equal => None,
                        std::cmp::Ordering::Greater => Some(shown - 1),
                    };
                }
            }
            Command::EndGesture => self.document.end_gesture(),
            Command::ClearRecent => {
                self.settings.recent.clear();
                self.persist_settings();
            }
            Command::Quit => {
                if let Some(autosaver) = &mut self.autosaver {
                    autosaver.clear();
                }
                self.quit_requested = true;
            }
            Command::ResolveUnsaved(choice) => self.resolve_unsaved(choice),
            Command::ResolveRecovery { recover } => self.resolve_recovery(recover),
            Command::DismissError => self.error = None,
            Command::ShowView(view) => self.view = view,
            Command::SetSiloScope(scope) => self.similar.options.silos = scope,
            Command::SetAllKinds(on) => self.similar.options.all_kinds = on,
            Command::ShowSidePanel(panel) => self.side_panel = panel,
            Command::EditPerspective(index) => {
                self.editing_perspective = index.filter(|i| *i < self.design().perspectives.len());
            }
            Command::ShowGuide(open) => self.guide.open = open,
            Command::ShowGuidePage(page) => {
                self.guide = GuideState { open: true, page: page.min(crate::guide::pages().len() - 1) }
            }
            Command::ShowShortcuts(open) => self.shortcuts_open = open,
            Command::SetLanguage(language) => {
                set_language(language);
                self.settings.language = Some(language);
                self.persist_settings();
            }
            Command::SetAtlasColour(by) => self.atlas.colour_by = by,
            Command::ExportAtlasDialog | Command::ExportAtlas(_) => self.execute_atlas(command),
            Command::SelectOnAtlas(ids) => {
                let count = ids.len();
                let query = crate::corpus::CorpusQuery { ids: Some(ids), ..self.corpus.query().clone() };
                self.execute_corpus(Command::SetCorpusQuery(Box::new(query)));
                self.view = View::Corpus;
                self.status = say("app-atlas-selected", &[("count", count.to_string())]);
            }
            Command::ShowBriefPreview(_)
            | Command::ExportBriefDialog
            | Command::ExportBrief(_)
            | Command::SetBriefLanguage(_) => self.execute_brief(command),
            Command::SetGraphThreshold(threshold) => {
                self.similar.graph_threshold = threshold.map(|t| t.clamp(0.0, 1.0))
            }
            Command::Compare(_) | Command::ExportComparisonDialog | Command::ExportComparison(_) => {
                self.execute_compare(command)
            }
            Command::OpenModelAsDesign(id) => self.open_model_as_design(&id),
            corpus_command => self.execute_corpus(corpus_command),
        }
        self.autosave(Instant::now());
    }

    /// Writes the autosave if it is due; call now and then (the UI does, each frame it runs).
    pub fn autosave(&mut self, now: Instant) {
        if let Some(autosaver) = &mut self.autosaver
            && let Err(message) = autosaver.tick(&self.document, now)
        {
            self.status = message;
        }
    }

    /// When the next autosave is due, so an idle UI can wake up for it.
    pub fn autosave_due_in(&self, now: Instant) -> Option<std::time::Duration> {
        self.autosaver.as_ref().and_then(|a| a.due_in(now))
    }

    /// Removes the autosave after a normal exit.
    pub fn shutdown(&mut self) {
        if let Some(autosaver) = &mut self.autosaver {
            autosaver.clear();
        }
    }

    fn resolve_unsaved(&mut self, choice: UnsavedChoice) {
        let Some(then) = self.unsaved_prompt.take() else { return };
        match choice {
            UnsavedChoice::Save => {
                self.after_save = Some(then);
                self.execute(Command::Save);
            }
            UnsavedChoice::Discard => {
                self.discard_confirmed = true;
                self.execute(then);
            }
            UnsavedChoice::Cancel => {}
        }
    }

    fn resolve_recovery(&mut self, recover: bool) {
        if self.recoveries.is_empty() {
            return;
        }
        let recovery = self.recoveries.remove(0);
        if recover {
            let original = recovery.contents.original_path.clone();
            let saved = original.as_deref().and_then(|p| design::load(p).ok()).unwrap_or_default();
            self.replace_document(Document::recovered(recovery.contents.design, saved, original));
            self.status = tr("app-recovered").into();
        }
        let _ = std::fs::remove_file(&recovery.autosave_path);
    }

    fn open(&mut self, path: PathBuf) {
        let path = absolute(path);
        match design::load(&path) {
            Ok(design) => {
                self.status = crate::i18n::tr_args("status-opened", &[("file", file_name(&path).into())]);
                self.settings.note_opened(&path);
                self.persist_settings();
                self.replace_document(Document::opened(design, Some(path)));
            }
            Err(err) => {
                let mut message = format!("{}\n\n{err}", tr("app-open-failed"));
                if !path.exists() && self.settings.recent.contains(&path) {
                    self.settings.recent.retain(|p| p != &path);
                    self.persist_settings();
                    message.push_str(&format!("\n\n{}", tr("app-open-moved")));
                }
                self.error = Some(message);
            }
        }
    }

    fn open_example(&mut self, example: &Example) {
        match design::from_json(example.json().as_bytes(), Path::new(example.file_name())) {
            Ok(design) => {
                self.replace_document(Document::opened(design, None));
                self.status = say("app-example-opened", &[("title", example.title().to_string())]);
            }
            Err(err) => self.error = Some(err.to_string()),
        }
    }

    fn save_to(&mut self, path: PathBuf) {
        let path = absolute(path);
        match design::save(self.document.design(), &path) {
            Ok(()) => {
                self.status = say("app-saved", &[("file", file_name(&path))]);
                self.settings.note_opened(&path);
                self.persist_settings();
                self.document.mark_saved(path);
                self.autosave(Instant::now());
                if let Some(then) = self.after_save.take() {
                    self.execute(then);
                }
            }
            Err(err) => {
                self.after_save = None;
                self.error = Some(format!("{}\n\n{err}", tr("app-save-failed")));
            }
        }
    }

    pub(super) fn replace_document(&mut self, document: Document) {
        self.document = document;
        self.editing_perspective = None;
        if let Some(autosaver) = &mut self.autosaver {
            autosaver.clear();
        }
    }

    /// Where a file dialog or typed path starts: the folder last used for
    /// this kind of file, else the design's folder, else the documents folder.
    fn start_dir(&self, kind: FileKind) -> Option<PathBuf> {
        let design_folder = || {
            self.document
                .path()
                .or_else(|| self.settings.recent.first().map(PathBuf::as_path))
                .and_then(Path::parent)
                .map(Path::to_path_buf)
        };
        self.settings
            .folder_for(kind.key())
            .filter(|dir| dir.is_dir())
            .map(Path::to_path_buf)
            .or_else(design_folder)
            .or_else(default_folder)
    }

    /// Remembers the folder of a chosen file for the next choice of that kind.
    /// Asks for a file of `kind` to read: the chosen path (its folder
    /// remembered), or `None` when the user cancelled or peermap's own
    /// prompt for `fallback` stands in for a missing dialog.
    fn ask_open_path(&mut self, kind: FileKind, fallback: PathPurpose) -> Option<PathBuf> {
        let outcome = self.dialogs.pick_open(kind, self.start_dir(kind).as_deref());
        self.chosen_path(outcome, kind, fallback)
    }

    /// Asks where to write a file of `kind`, suggesting `name`; as [`Self::ask_open_path`].
    fn ask_save_path(&mut self, kind: FileKind, name: &str, fallback: PathPurpose) -> Option<PathBuf> {
        let outcome = self.dialogs.pick_save(kind, self.start_dir(kind).as_deref(), name);
        self.chosen_path(outcome, kind, fallback)
    }

    fn chosen_path(
        &mut self,
        outcome: DialogOutcome,
        kind: FileKind,
        fallback: PathPurpose,
    ) -> Option<PathBuf> {
        match outcome {
            DialogOutcome::Chosen(path) => {
                self.remember_folder(kind, &path);
                Some(path)
            }
            DialogOutcome::Cancelled => None,
            DialogOutcome::Unavailable => {
                self.show_path_prompt(fallback);
                None
            }
        }
    }

    fn remember_folder(&mut self, kind: FileKind, path: &Path) {
        if let Some(folder) = path.parent().filter(|dir| !dir.as_os_str().is_empty())
            && self.settings.folder_for(kind.key()) != Some(folder)
        {
            self.settings.folders.insert(kind.key().to_string(), folder.to_path_buf());
            self.persist_settings();
        }
    }

    fn persist_settings(&mut self) {
        if let Err(err) = self.settings.save(&self.data_dir) {
            self.status = say(
                "app-recent-failed",
                &[("path", self.data_dir.display().to_string()), ("detail", err.to_string())],
            );
        }
    }

    /// Brings the similar-models results up to date with the design (cheap when nothing changed).
    pub fn update_similar(&mut self) {
        self.similar.update(self.document.design(), self.document.revision());
        self.similar.update_comparison(self.document.design(), self.document.revision());
        if self.view == View::Graph {
            self.similar.update_graph(self.document.design(), self.document.revision());
        }
        if self.view == View::Atlas {
            let generation = self.similar.generation();
            self.atlas.request(generation, self.similar.shared_index());
            self.atlas.poll();
            self.atlas.update_design(self.document.design(), self.document.revision(), generation);
        }
    }

    /// Rebuilds the similarity index from the corpus (after it changed). A
    /// large corpus is read on a worker thread, so the window opens (and
    /// stays responsive) at once; the previous index serves until then.
    pub(crate) fn reload_similarity_index(&mut self) {
        let large = self.corpus.total() > corpus_browser::LARGE_CORPUS;
        if large && self.corpus.store().path().is_some() {
            self.corpus_load_due = true;
            return;
        }
        match self.corpus.store().all() {
            Ok(stored) => {
                self.similar.set_corpus(stored.into_iter().map(|s| s.model).collect());
                self.refresh_compared();
            }
            Err(err) => self.error = Some(say("app-corpus-unreadable", &[("detail", err.to_string())])),
        }
    }

    /// Starts reading a large corpus on a worker, if it is due.
    fn start_corpus_load(&mut self) {
        let Some(path) = self.corpus.store().path().filter(|_| self.corpus_load_due) else { return };
        let path = path.to_path_buf();
        self.corpus_load_due = false;
        self.corpus_load =
            Some(Worker::spawn(move || SimilarityIndex::from_store(&path).map_err(|e| e.to_string())));
    }

    /// Takes the similarity index read on a worker, once it is ready (and
    /// starts the reading when it is due); call each frame.
    pub fn poll_corpus_load(&mut self) {
        self.start_corpus_load();
        let Some(load) = &self.corpus_load else { return };
        if let Some(result) = load.poll(lost_corpus_load) {
            self.finish_corpus_load(result);
        }
    }

    /// Reports a model record the store could no longer give (the file
    /// changed or was damaged after it was read); call each frame.
    pub fn report_unreadable_record(&mut self) {
        if let Some(failure) = self.similar.index().take_read_failure() {
            self.error = Some(format!(
                "A model could not be read from the corpus, so it is left out of what is shown.\n\n{failure}"
            ));
        }
    }

    /// Waits for the corpus to be read (tests and the command line).
    pub fn wait_for_corpus(&mut self) {
        self.start_corpus_load();
        if let Some(load) = &self.corpus_load {
            let result = load.wait(lost_corpus_load);
            self.finish_corpus_load(result);
        }
    }

    fn finish_corpus_load(&mut self, result: Result<SimilarityIndex, String>) {
        self.corpus_load = None;
        match result {
            Ok(index) => {
                self.similar.set_index(index);
                self.refresh_compared();
            }
            Err(err) => self.error = Some(say("app-corpus-unreadable", &[("detail", err.to_string())])),
        }
    }

    /// Whether the corpus is still being read for similar models.
    pub fn is_loading_corpus(&self) -> bool {
        self.corpus_load_due || self.corpus_load.is_some()
    }

    /// The design being edited.
    pub fn design(&self) -> &Design {
        self.document.design()
    }
}

fn lost_corpus_load() -> Result<SimilarityIndex, String> {
    Err("reading the corpus stopped unexpectedly".into())
}

/// The last part of a path, for short messages; the full path is in the status bar's tooltip.
pub fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(|| path.display().to_string(), |name| name.to_string_lossy().into_owned())
}

/// The path from the filesystem root, so that recent files and the design
/// reopened at the next start do not depend on the folder peermap started in.
fn absolute(path: PathBuf) -> PathBuf {
    std::path::absolute(&path).unwrap_or(path)
}

/// Where a first design is saved: the user's documents folder, else their home.
fn default_folder() -> Option<PathBuf> {
    let dirs = directories::UserDirs::new()?;
    Some(dirs.document_dir().unwrap_or(dirs.home_dir()).to_path_buf())
}
