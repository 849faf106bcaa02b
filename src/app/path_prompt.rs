//! Typed paths, for every file choice, when no native dialog can be shown
//! (a desktop without a file-dialog portal): the same checks a dialog makes
//! (the format from the ending, asking before replacing) and the same
//! remembered folders.

use super::file_dialogs::{FileKind, file_stem_for, suggested_file_name, with_design_extension};
use super::{AppState, Command};
use crate::export::{BriefFormat, ComparisonFormat, brief_files};
use crate::i18n::{say, tr};
use std::path::{Path, PathBuf};

/// What a typed path is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathPurpose {
    Open,
    SaveAs,
    ExportBrief,
    ImportCorpus,
    ExportCorpus,
    ExportComparison,
    ExportAtlas,
}

impl PathPurpose {
    /// The kind of file, which picks the remembered folder.
    pub fn kind(self) -> FileKind {
        match self {
            PathPurpose::Open | PathPurpose::SaveAs => FileKind::Design,
            PathPurpose::ExportBrief => FileKind::Brief,
            PathPurpose::ExportComparison => FileKind::Comparison,
            PathPurpose::ExportAtlas => FileKind::Atlas,
            PathPurpose::ImportCorpus | PathPurpose::ExportCorpus => FileKind::Corpus,
        }
    }

    /// Heading of the prompt.
    pub fn title(self) -> &'static str {
        tr(match self {
            PathPurpose::Open => "path-open",
            PathPurpose::SaveAs => "path-save-as",
            PathPurpose::ExportBrief => "path-export-brief",
            PathPurpose::ImportCorpus => "path-import-corpus",
            PathPurpose::ExportCorpus => "path-export-corpus",
            PathPurpose::ExportComparison => "path-export-comparison",
            PathPurpose::ExportAtlas => "path-export-atlas",
        })
    }

    /// What to type.
    pub fn instructions(self) -> &'static str {
        tr(match self {
            PathPurpose::Open => "path-open.type",
            PathPurpose::SaveAs => "path-save-as.type",
            PathPurpose::ExportBrief => "path-export-brief.type",
            PathPurpose::ImportCorpus => "path-import-corpus.type",
            PathPurpose::ExportAtlas => "path-export-atlas.type",
            PathPurpose::ExportComparison => "path-export-comparison.type",
            PathPurpose::ExportCorpus => "path-export-corpus.type",
        })
    }

    /// The button that goes ahead.
    pub fn action(self) -> &'static str {
        tr(match self {
            PathPurpose::Open => "path-open.action",
            PathPurpose::SaveAs => "path-save-as.action",
            PathPurpose::ExportBrief => "path-export-brief.action",
            PathPurpose::ExportCorpus => "path-export-corpus.action",
            PathPurpose::ExportComparison => "path-export-comparison.action",
            PathPurpose::ExportAtlas => "path-export-atlas.action",
            PathPurpose::ImportCorpus => "path-import-corpus.action",
        })
    }

    fn writes(self) -> bool {
        !matches!(self, PathPurpose::Open | PathPurpose::ImportCorpus)
    }
}

/// A path being typed.
#[derive(Debug, Clone, PartialEq)]
pub struct PathPrompt {
    pub purpose: PathPurpose,
    pub text: String,
    /// These files exist and the user has been asked whether to replace them.
    pub confirm_replace: Vec<PathBuf>,
    /// Why the typed path cannot be used, shown under it.
    pub problem: Option<String>,
}

impl PathPrompt {
    pub fn asks_to_replace(&self) -> bool {
        !self.confirm_replace.is_empty()
    }
}

impl AppState {
    /// Opens the prompt with a sensible path to start from.
    pub(super) fn show_path_prompt(&mut self, purpose: PathPurpose) {
        let folder = self.start_dir(purpose.kind()).unwrap_or_default();
        let stem = file_stem_for(self.design().display_name());
        let text = match (purpose, self.document.path()) {
            (PathPurpose::SaveAs, Some(path)) => path.display().to_string(),
            (PathPurpose::SaveAs, None) => {
                folder.join(suggested_file_name(&self.design().name)).display().to_string()
            }
            (PathPurpose::ExportBrief, _) => folder.join(format!("{stem}-brief.html")).display().to_string(),
            (PathPurpose::ExportCorpus, _) => folder.join("peermap-corpus.csv").display().to_string(),
            (PathPurpose::ExportAtlas, _) => folder.join("peermap-atlas.png").display().to_string(),
            (PathPurpose::ExportComparison, _) => {
                folder.join(format!("{stem}-comparison.html")).display().to_string()
            }
            (PathPurpose::Open | PathPurpose::ImportCorpus, _) => {
                if folder.as_os_str().is_empty() {
                    String::new()
                } else {
                    format!("{}/", folder.display())
                }
            }
        };
        self.path_prompt = Some(PathPrompt { purpose, text, confirm_replace: Vec::new(), problem: None });
    }

    /// Goes ahead with a typed path, or says in the prompt why it cannot.
    /// `replace` confirms replacing the files the prompt asked about.
    pub(super) fn submit_path(&mut self, purpose: PathPurpose, path: PathBuf, replace: bool) {
        let path = std::path::absolute(&path).unwrap_or(path);
        let path = if purpose == PathPurpose::SaveAs { with_design_extension(path) } else { path };
        if let Err(problem) = check_path(purpose, &path) {
            self.keep_prompt(purpose, &path, Vec::new(), Some(problem));
            return;
        }
        if purpose.writes() && !replace {
            let existing = self.files_to_replace(purpose, &path);
            if !existing.is_empty() {
                self.keep_prompt(purpose, &path, existing, None);
                return;
            }
        }
        self.path_prompt = None;
        self.remember_folder(purpose.kind(), &path);
        self.execute(match purpose {
            PathPurpose::Open => Command::Open(path),
            PathPurpose::SaveAs => Command::SaveTo(path),
            PathPurpose::ExportBrief => Command::ExportBrief(path),
            PathPurpose::ImportCorpus => Command::ImportCorpus { path, valid_only: false },
            PathPurpose::ExportCorpus => Command::ExportCorpus(path),
            PathPurpose::ExportComparison => Command::ExportComparison(path),
            PathPurpose::ExportAtlas => Command::ExportAtlas(path),
        });
    }

    fn keep_prompt(
        &mut self,
        purpose: PathPurpose,
        path: &Path,
        replace: Vec<PathBuf>,
        problem: Option<String>,
    ) {
        self.path_prompt =
            Some(PathPrompt { purpose, text: path.display().to_string(), confirm_replace: replace, problem });
    }

    /// The existing files that writing to `path` would replace (the design's own file is not asked about).
    fn files_to_replace(&self, purpose: PathPurpose, path: &Path) -> Vec<PathBuf> {
        let written = match purpose {
            PathPurpose::ExportBrief => brief_files(path),
            PathPurpose::SaveAs if self.document.path() == Some(path) => Vec::new(),
            _ => vec![path.to_path_buf()],
        };
        written.into_iter().filter(|file| file.exists()).collect()
    }
}

/// Whether `path` can be used for `purpose`, before anything is read or written.
fn check_path(purpose: PathPurpose, path: &Path) -> Result<(), String> {
    let ending = path.extension().map(|e| e.to_string_lossy().to_lowercase()).unwrap_or_default();
    if path.is_dir() {
        return Err(say("path-is-folder", &[("path", path.display().to_string())]));
    }
    let file = || [("file", super::file_name(path))];
    match purpose {
        PathPurpose::Open | PathPurpose::ImportCorpus if !path.is_file() => {
            Err(say("app-no-file", &[("path", path.display().to_string())]))
        }
        PathPurpose::ExportBrief if BriefFormat::from_path(path).is_none() => {
            Err(say("path-brief-format", &file()))
        }
        PathPurpose::ExportComparison if !ComparisonFormat::fits(path) => {
            Err(say("path-comparison-format", &file()))
        }
        PathPurpose::ImportCorpus | PathPurpose::ExportCorpus
            if !matches!(ending.as_str(), "csv" | "json") =>
        {
            Err(say("path-not-corpus", &file()))
        }
        _ if purpose.writes() && !path.parent().is_some_and(Path::is_dir) => Err(say(
            "app-no-folder",
            &[("path", path.parent().unwrap_or(Path::new("")).display().to_string())],
        )),
        _ => Ok(()),
    }
}
