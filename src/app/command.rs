//! Everything a user can ask the app to do. Menus, keyboard shortcuts,
//! panels and tests all send these; `AppState::execute` is the one door.

use super::examples::Example;
pub use super::path_prompt::PathPurpose;
use crate::corpus::CorpusQuery;
use crate::design::Edit;
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
}

/// What the panel beside the design shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SidePanel {
    /// The most similar documented models.
    #[default]
    Similar,
    /// Considerations the answers make relevant.
    Evidence,
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
    pub fn with_shortcuts() -> [Command; 9] {
        [
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
            _ => return None,
        })
    }

    /// Menu label.
    pub fn label(&self) -> &'static str {
        match self {
            Command::NewDesign => "New design",
            Command::OpenDialog => "Open…",
            Command::Open(_) => "Open",
            Command::OpenExample(example) => example.title,
            Command::Save => "Save",
            Command::SaveAsDialog => "Save As…",
            Command::SaveTo(_) => "Save As",
            Command::ShowPathPrompt(PathPurpose::Open) => "Open by path…",
            Command::ShowPathPrompt(PathPurpose::SaveAs) => "Save to path…",
            Command::ShowPathPrompt(PathPurpose::ExportBrief) => "Export brief to path…",
            Command::ShowPathPrompt(PathPurpose::ImportCorpus) => "Import models from path…",
            Command::ShowPathPrompt(PathPurpose::ExportCorpus) => "Export corpus to path…",
            Command::SubmitPath { purpose, .. } => purpose.action(),
            Command::Undo => "Undo",
            Command::Redo => "Redo",
            Command::Edit(_) => "Edit",
            Command::EndGesture => "End gesture",
            Command::CancelPathPrompt => "Cancel",
            Command::ClearRecent => "Clear recent files",
            Command::Quit => "Quit",
            Command::ResolveUnsaved(_) | Command::ResolveRecovery { .. } | Command::DismissError => "Answer",
            Command::ShowBriefPreview(_) => "Brief preview",
            Command::ExportBriefDialog => "Export brief…",
            Command::ExportBrief(_) => "Export brief",
            Command::ShowView(View::Design) => "Design",
            Command::ShowView(View::Corpus) => "Corpus",
            Command::SetCorpusQuery(_) => "Search",
            Command::SelectModel(_) => "Select",
            Command::DuplicateModel(_) => "Duplicate",
            Command::EditModel(_) => "Edit",
            Command::SaveDesignAsModel => "Save design as a model…",
            Command::SaveModelDraft => "Save model",
            Command::CloseModelEditor => "Close",
            Command::DeleteModel(_) => "Delete",
            Command::ResolveDeleteModel { .. } => "Answer",
            Command::OpenModelAsDesign(_) => "Open as a new design",
            Command::ImportCorpusDialog => "Import models…",
            Command::ImportCorpus { .. } => "Import",
            Command::CancelImport => "Cancel import",
            Command::DismissImportReport => "Close",
            Command::ExportCorpusDialog => "Export corpus…",
            Command::ExportCorpus(_) => "Export",
            Command::RecoverCorpus => "Recover damaged corpus…",
            Command::ShowView(View::Compare) => "Compare",
            Command::ShowView(View::Graph) => "Graph",
            Command::ShowView(View::Atlas) => "Atlas",
            Command::SetAtlasColour(_) => "Colour by",
            Command::SelectOnAtlas(_) => "Select on the atlas",
            Command::ExportAtlasDialog => "Export atlas (PNG)…",
            Command::ExportAtlas(_) => "Export atlas",
            Command::ShowPathPrompt(PathPurpose::ExportAtlas) => "Export atlas to path…",
            Command::SetGraphThreshold(_) => "Edge threshold",
            Command::ShowSidePanel(SidePanel::Similar) => "Similar models",
            Command::ShowSidePanel(SidePanel::Evidence) => "Evidence",
            Command::SetSiloScope(_) => "Which issues",
            Command::SetAllKinds(_) => "Movements and frameworks",
            Command::Compare(_) => "Compare",
            Command::ExportComparisonDialog => "Export comparison…",
            Command::ShowGuide(_) | Command::ShowGuidePage(_) => "Guide",
            Command::ShowShortcuts(_) => "Keyboard shortcuts",
            Command::ExportComparison(_) => "Export comparison",
            Command::ShowPathPrompt(PathPurpose::ExportComparison) => "Export comparison to path…",
        }
    }

    /// Tooltip for menus.
    pub fn tooltip(&self) -> &'static str {
        match self {
            Command::NewDesign => "Start a new, empty programme design",
            Command::OpenDialog => "Open a .peermap.json design file",
            Command::Save => "Save the design to its file",
            Command::SaveAsDialog => "Save the design to a new file",
            Command::ShowPathPrompt(PathPurpose::Open) => {
                "Type the path of a design to open (when no file dialog is available)"
            }
            Command::ShowPathPrompt(PathPurpose::SaveAs) => {
                "Type the path to save to (when no file dialog is available)"
            }
            Command::ShowPathPrompt(_) => "Type the path of the file (when no file dialog is available)",
            Command::Undo => "Undo the last change",
            Command::Redo => "Redo the last undone change",
            Command::OpenExample(example) => example.blurb,
            Command::ClearRecent => "Forget the list of recently opened files",
            Command::Quit => "Close peermap",
            Command::ShowView(View::Design) => "Position your programme on the map",
            Command::ShowView(View::Corpus) => "Browse documented programme models",
            Command::ShowView(View::Compare) => "The design and the chosen model side by side",
            Command::ShowView(View::Graph) => "Your design among its nearest models, grouped by likeness",
            Command::ShowView(View::Atlas) => {
                "The whole corpus on one picture: families of peer support, and where your design falls"
            }
            Command::ShowBriefPreview(_) => "See what the design brief will contain",
            Command::ExportBriefDialog => "Write the design brief as HTML, PDF, Markdown, PNG images or JSON",
            Command::ShowSidePanel(SidePanel::Similar) => "Documented models that sit near your design",
            Command::ShowSidePanel(SidePanel::Evidence) => {
                "What the literature says to plan for, given your answers"
            }
            Command::SetSiloScope(scope) => scope.meaning(),
            Command::SetAllKinds(_) => {
                "Also rank historical movements and competency or policy frameworks; \
                 by default the list holds programmes and role families, the models a programme can learn from"
            }
            Command::Compare(_) => "See this model side by side with your design",
            Command::ShowGuide(_) => {
                "Short pages on the six questions, the similar models, the graph, the evidence and the brief"
            }
            Command::ShowShortcuts(_) => "Every keyboard shortcut peermap has",
            Command::ExportComparisonDialog => {
                "Write this comparison as HTML, PDF, Markdown or JSON, to share or print"
            }
            Command::SaveDesignAsModel => "Add the open design to your corpus as a model",
            Command::ImportCorpusDialog => "Add models from a CSV or JSON file (see docs/corpus-format.md)",
            Command::ExportCorpusDialog => "Write every model in the corpus to a CSV or JSON file",
            Command::RecoverCorpus => {
                "Keep the damaged corpus file aside, save your models that can still be read beside it, \
                 and rebuild the corpus from them and the bundled models"
            }
            Command::DuplicateModel(_) => "Make an editable copy of this model",
            Command::OpenModelAsDesign(_) => "Start a new design from this model's answers and context",
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
