//! Everything a user can ask the app to do. Menus, keyboard shortcuts,
//! panels and tests all send these; `AppState::execute` is the one door.

use super::examples::Example;
pub use super::path_prompt::PathPurpose;
use crate::corpus::CorpusQuery;
use crate::design::Edit;
use crate::i18n::{Language, tr};
use crate::similarity::SiloScope;
use egui::{Key, KeyboardShortcut, Modifiers};
use std::path::PathBuf;

/// A user action.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    NewDesign,
    /// Ask for a file with the native dialog.
    OpenDialog,
    Open(PathBuf),
    OpenExample(&'static Example),
    Save,
    /// Ask for a file with the native dialog.
    SaveAsDialog,
    /// Save the design to this file (the caller has checked it may be written).
    SaveTo(PathBuf),
    /// Type a path instead of using the native dialog.
    ShowPathPrompt(PathPurpose),
    /// Use a typed path; `replace` confirms replacing the existing files the prompt named.
    SubmitPath {
        purpose: PathPurpose,
        path: PathBuf,
        replace: bool,
    },
    CancelPathPrompt,
    Undo,
    Redo,
    Edit(Edit),
    /// The pointer was released or focus moved: the next edit is a new undo step.
    EndGesture,
    ClearRecent,
    Quit,
    /// Answer to the unsaved-changes prompt.
    ResolveUnsaved(UnsavedChoice),
    /// Answer to the crash-recovery prompt.
    ResolveRecovery {
        recover: bool,
    },
    DismissError,
    ShowView(View),
    /// Search and filter the corpus.
    SetCorpusQuery(Box<CorpusQuery>),
    SelectModel(Option<String>),
    /// Copy a model (bundled ones are read-only) into an editable user model.
    DuplicateModel(String),
    EditModel(String),
    /// Start a user model from the open design.
    SaveDesignAsModel,
    /// Save the model editor's draft into the corpus.
    SaveModelDraft,
    CloseModelEditor,
    /// Ask before deleting a user model.
    DeleteModel(String),
    ResolveDeleteModel {
        delete: bool,
    },
    /// Start a new design from a model's position and context.
    OpenModelAsDesign(String),
    ImportCorpusDialog,
    ImportCorpus {
        path: PathBuf,
        valid_only: bool,
    },
    CancelImport,
    DismissImportReport,
    ExportCorpusDialog,
    ExportCorpus(PathBuf),
    /// Rebuild a damaged corpus file from the bundled models and the user's readable ones.
    RecoverCorpus,
    /// Rank all models, only the design's issue, or only other silos.
    SetSiloScope(SiloScope),
    /// Rank movements and frameworks too, not only programmes and role families.
    SetAllKinds(bool),
    /// Compare a model side by side with the design.
    Compare(String),
    /// Choose where to write the comparison shown in the Compare view.
    ExportComparisonDialog,
    /// Write the comparison to this file (HTML, PDF, Markdown or JSON by its ending).
    ExportComparison(PathBuf),
    /// Join models in the graph when their similarity reaches this; `None` chooses it from the data.
    SetGraphThreshold(Option<f64>),
    /// What the panel beside the design shows.
    ShowSidePanel(SidePanel),
    /// Which position the questions show and edit: a perspective's, or the shared one (`None`).
    EditPerspective(Option<usize>),
    /// Open or close the brief preview.
    ShowBriefPreview(bool),
    /// Choose where to export the design brief (the extension picks the format).
    ExportBriefDialog,
    /// Export the design brief to this file, off the UI thread.
    ExportBrief(PathBuf),
    /// Open or close Help → Guide (it reopens at the page last read).
    ShowGuide(bool),
    /// Turn the guide to this page.
    ShowGuidePage(usize),
    /// Open or close the list of keyboard shortcuts.
    ShowShortcuts(bool),
    /// Colour the atlas's models by this field.
    SetAtlasColour(crate::atlas::ColourBy),
    /// Show only these models (ids) in the corpus browser.
    SelectOnAtlas(Vec<String>),
    /// Choose where to write the atlas as a PNG image.
    ExportAtlasDialog,
    ExportAtlas(PathBuf),
    /// Speak this language from now on (remembered for the next start).
    SetLanguage(Language),
    /// Write the brief in this language, whatever the window speaks.
    SetBriefLanguage(Language),
}

/// What the panel beside the design shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SidePanel {
    /// The most similar documented models.
    #[default]
    Similar,
    /// Considerations the answers make relevant.
    Evidence,
    /// The stakeholders' perspectives, where they diverge, and how the group agrees.
    Perspectives,
}

/// The two workspaces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// Position the open design on the map.
    #[default]
    Design,
    /// Browse, search and curate the corpus of programme models.
    Corpus,
    /// The design and its nearest models as a graph.
    Graph,
    /// The design and one model side by side.
    Compare,
    /// The whole corpus on one picture, the design placed among it.
    Atlas,
}

/// The user's answer when unsaved changes would be lost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnsavedChoice {
    Save,
    Discard,
    Cancel,
}

impl Command {
    /// Commands reachable by a keyboard shortcut, Shift variants first so
    /// Ctrl+Shift+S is not taken for Ctrl+S.
    pub fn with_shortcuts() -> [Command; 14] {
        [
            Command::ShowView(View::Design),
            Command::ShowView(View::Graph),
            Command::ShowView(View::Atlas),
            Command::ShowView(View::Corpus),
            Command::ShowView(View::Compare),
            Command::ShowGuide(true),
            Command::Quit,
            Command::ExportBriefDialog,
            Command::SaveAsDialog,
            Command::Redo,
            Command::Save,
            Command::OpenDialog,
            Command::NewDesign,
            Command::Undo,
        ]
    }

    pub fn shortcut(&self) -> Option<KeyboardShortcut> {
        let command = |key| KeyboardShortcut::new(Modifiers::COMMAND, key);
        let shift_command = |key| KeyboardShortcut::new(Modifiers::COMMAND | Modifiers::SHIFT, key);
        Some(match self {
            Command::NewDesign => command(Key::N),
            Command::OpenDialog => command(Key::O),
            Command::Save => command(Key::S),
            Command::SaveAsDialog => shift_command(Key::S),
            Command::Undo => command(Key::Z),
            Command::Redo => shift_command(Key::Z),
            Command::Quit => command(Key::Q),
            Command::ExportBriefDialog => command(Key::E),
            Command::ShowGuide(true) => KeyboardShortcut::new(Modifiers::NONE, Key::F1),
            // The views in the order of their tabs.
            Command::ShowView(View::Design) => command(Key::Num1),
            Command::ShowView(View::Graph) => command(Key::Num2),
            Command::ShowView(View::Atlas) => command(Key::Num3),
            Command::ShowView(View::Corpus) => command(Key::Num4),
            Command::ShowView(View::Compare) => command(Key::Num5),
            _ => return None,
        })
    }

    /// Menu label.
    pub fn label(&self) -> &'static str {
        match self {
            Command::NewDesign => tr("command-new-design"),
            Command::OpenDialog => tr("command-open-dialog"),
            Command::Open(_) => tr("command-open"),
            Command::OpenExample(example) => example.title(),
            Command::Save => tr("command-save"),
            Command::SaveAsDialog => tr("command-save-as-dialog"),
            Command::SaveTo(_) => tr("command-save-to"),
            Command::ShowPathPrompt(PathPurpose::Open) => tr("command-open-by-path"),
            Command::ShowPathPrompt(PathPurpose::SaveAs) => tr("command-save-to-path"),
            Command::ShowPathPrompt(PathPurpose::ExportBrief) => tr("command-export-brief-to-path"),
            Command::ShowPathPrompt(PathPurpose::ImportCorpus) => tr("command-import-from-path"),
            Command::ShowPathPrompt(PathPurpose::ExportCorpus) => tr("command-export-corpus-to-path"),
            Command::SubmitPath { purpose, .. } => purpose.action(),
            Command::Undo => tr("command-undo"),
            Command::Redo => tr("command-redo"),
            Command::Edit(_) => tr("command-edit"),
            Command::EndGesture => tr("command-end-gesture"),
            Command::CancelPathPrompt => tr("command-cancel"),
            Command::ClearRecent => tr("command-clear-recent"),
            Command::Quit => tr("command-quit"),
            Command::ResolveUnsaved(_) | Command::ResolveRecovery { .. } | Command::DismissError => {
                tr("command-answer")
            }
            Command::ShowBriefPreview(_) => tr("command-brief-preview"),
            Command::ExportBriefDialog => tr("command-export-brief-dialog"),
            Command::ExportBrief(_) => tr("command-export-brief"),
            Command::ShowView(View::Design) => tr("command-view-design"),
            Command::ShowView(View::Corpus) => tr("command-view-corpus"),
            Command::SetCorpusQuery(_) => tr("command-search"),
            Command::SelectModel(_) => tr("command-select"),
            Command::DuplicateModel(_) => tr("command-duplicate-model"),
            Command::EditModel(_) => tr("command-edit-model"),
            Command::SaveDesignAsModel => tr("command-save-design-as-model"),
            Command::SaveModelDraft => tr("command-save-model-draft"),
            Command::CloseModelEditor => tr("command-close"),
            Command::DeleteModel(_) => tr("command-delete-model"),
            Command::ResolveDeleteModel { .. } => tr("command-answer"),
            Command::OpenModelAsDesign(_) => tr("command-open-model-as-design"),
            Command::ImportCorpusDialog => tr("command-import-corpus-dialog"),
            Command::ImportCorpus { .. } => tr("command-import-corpus"),
            Command::CancelImport => tr("command-cancel-import"),
            Command::DismissImportReport => tr("command-close"),
            Command::ExportCorpusDialog => tr("command-export-corpus-dialog"),
            Command::ExportCorpus(_) => tr("command-export-corpus"),
            Command::RecoverCorpus => tr("command-recover-corpus"),
            Command::ShowView(View::Compare) => tr("command-view-compare"),
            Command::ShowView(View::Graph) => tr("command-view-graph"),
            Command::ShowView(View::Atlas) => tr("command-view-atlas"),
            Command::SetAtlasColour(_) => tr("command-atlas-colour"),
            Command::SelectOnAtlas(_) => tr("command-select-on-atlas"),
            Command::ExportAtlasDialog => tr("command-export-atlas-dialog"),
            Command::ExportAtlas(_) => tr("command-export-atlas"),
            Command::ShowPathPrompt(PathPurpose::ExportAtlas) => tr("command-export-atlas-to-path"),
            Command::SetGraphThreshold(_) => tr("command-graph-threshold"),
            Command::ShowSidePanel(SidePanel::Similar) => tr("command-side-similar"),
            Command::ShowSidePanel(SidePanel::Evidence) => tr("command-side-evidence"),
            Command::ShowSidePanel(SidePanel::Perspectives) => tr("command-side-perspectives"),
            Command::EditPerspective(None) => tr("perspectives-shared"),
            Command::EditPerspective(Some(_)) => tr("perspectives-name"),
            Command::SetSiloScope(_) => tr("command-silo-scope"),
            Command::SetAllKinds(_) => tr("command-all-kinds"),
            Command::Compare(_) => tr("command-compare"),
            Command::ExportComparisonDialog => tr("command-export-comparison-dialog"),
            Command::ShowGuide(_) | Command::ShowGuidePage(_) => tr("command-guide"),
            Command::ShowShortcuts(_) => tr("command-shortcuts"),
            Command::ExportComparison(_) => tr("command-export-comparison"),
            Command::ShowPathPrompt(PathPurpose::ExportComparison) => tr("command-export-comparison-to-path"),
            Command::SetLanguage(_) => tr("command-set-language"),
            Command::SetBriefLanguage(_) => tr("brief-language"),
        }
    }

    /// Tooltip for menus.
    pub fn tooltip(&self) -> &'static str {
        match self {
            Command::NewDesign => tr("command-new-design.tooltip"),
            Command::OpenDialog => tr("command-open-dialog.tooltip"),
            Command::Save => tr("command-save.tooltip"),
            Command::SaveAsDialog => tr("command-save-as-dialog.tooltip"),
            Command::ShowPathPrompt(PathPurpose::Open) => tr("command-open-by-path.tooltip"),
            Command::ShowPathPrompt(PathPurpose::SaveAs) => tr("command-save-to-path.tooltip"),
            Command::ShowPathPrompt(_) => tr("command-path-prompt-tooltip"),
            Command::Undo => tr("command-undo.tooltip"),
            Command::Redo => tr("command-redo.tooltip"),
            Command::OpenExample(example) => example.blurb(),
            Command::ClearRecent => tr("command-clear-recent.tooltip"),
            Command::Quit => tr("command-quit.tooltip"),
            Command::ShowView(View::Design) => tr("command-view-design.tooltip"),
            Command::ShowView(View::Corpus) => tr("command-view-corpus.tooltip"),
            Command::ShowView(View::Compare) => tr("command-view-compare.tooltip"),
            Command::ShowView(View::Graph) => tr("command-view-graph.tooltip"),
            Command::ShowView(View::Atlas) => tr("command-view-atlas.tooltip"),
            Command::ShowBriefPreview(_) => tr("command-brief-preview.tooltip"),
            Command::ExportBriefDialog => tr("command-export-brief-dialog.tooltip"),
            Command::ShowSidePanel(SidePanel::Similar) => tr("command-side-similar.tooltip"),
            Command::ShowSidePanel(SidePanel::Evidence) => tr("command-side-evidence.tooltip"),
            Command::ShowSidePanel(SidePanel::Perspectives) => tr("command-side-perspectives.tooltip"),
            Command::SetSiloScope(scope) => scope.meaning(),
            Command::SetAllKinds(_) => tr("command-all-kinds.tooltip"),
            Command::Compare(_) => tr("command-compare.tooltip"),
            Command::ShowGuide(_) => tr("command-guide.tooltip"),
            Command::ShowShortcuts(_) => tr("command-shortcuts.tooltip"),
            Command::ExportComparisonDialog => tr("command-export-comparison-dialog.tooltip"),
            Command::SaveDesignAsModel => tr("command-save-design-as-model.tooltip"),
            Command::ImportCorpusDialog => tr("command-import-corpus-dialog.tooltip"),
            Command::ExportCorpusDialog => tr("command-export-corpus-dialog.tooltip"),
            Command::RecoverCorpus => tr("command-recover-corpus.tooltip"),
            Command::DuplicateModel(_) => tr("command-duplicate-model.tooltip"),
            Command::OpenModelAsDesign(_) => tr("command-open-model-as-design.tooltip"),
            Command::SetLanguage(_) => tr("menu-language.tooltip"),
            Command::SetBriefLanguage(_) => tr("brief-language.tooltip"),
            _ => "",
        }
    }

    /// Whether running this command would replace the open document.
    pub fn replaces_document(&self) -> bool {
        matches!(
            self,
            Command::NewDesign
                | Command::OpenDialog
                | Command::Open(_)
                | Command::OpenExample(_)
                | Command::OpenModelAsDesign(_)
                | Command::Quit
        )
    }
}
