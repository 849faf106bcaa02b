//! Native file dialogs, behind a trait so tests can script them.

use crate::corpus::slug;
use crate::design::DESIGN_EXTENSION;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What a file dialog gave back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DialogOutcome {
    Chosen(PathBuf),
    Cancelled,
    /// No dialog could be shown (e.g. no desktop portal): offer a typed path.
    Unavailable,
}

/// What kind of file a dialog asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// A `.peermap.json` programme design.
    Design,
    /// A corpus exchange file (CSV or JSON).
    Corpus,
    /// A design brief in any export format.
    Brief,
    /// A design compared with one model.
    Comparison,
    /// The atlas as a PNG image.
    Atlas,
}

impl FileKind {
    /// Names the kind in the settings file (its remembered folder).
    pub fn key(self) -> &'static str {
        match self {
            FileKind::Design => "design",
            FileKind::Corpus => "corpus",
            FileKind::Brief | FileKind::Comparison | FileKind::Atlas => "brief",
        }
    }

    fn filter(self) -> (&'static str, &'static [&'static str]) {
        match self {
            FileKind::Design => ("peermap design", &["json"]),
            FileKind::Corpus => ("Corpus (CSV or JSON)", &["csv", "json"]),
            FileKind::Brief => {
                ("Design brief (HTML, PDF, Markdown, PNG, JSON)", &["html", "pdf", "md", "png", "json"])
            }
            FileKind::Comparison => {
                ("Comparison (HTML, PDF, Markdown, JSON)", &["html", "pdf", "md", "json"])
            }
            FileKind::Atlas => ("PNG image", &["png"]),
        }
    }
}

/// Asks the user for a file to open or save. `Send`, so that the app's
/// state can be built on a thread while the window opens.
pub trait FileDialogs: Send {
    fn pick_open(&mut self, kind: FileKind, start_dir: Option<&Path>) -> DialogOutcome;
    fn pick_save(&mut self, kind: FileKind, start_dir: Option<&Path>, file_name: &str) -> DialogOutcome;
}

/// A dialog that answers faster than this cannot have been seen by a
/// person: the portal is missing and rfd reports it as a cancel.
const FASTEST_HUMAN_ANSWER: Duration = Duration::from_millis(300);

/// The platform's native dialogs (XDG desktop portal on Linux).
#[derive(Debug, Default)]
pub struct NativeDialogs;

impl NativeDialogs {
    fn outcome(started: Instant, picked: Option<PathBuf>) -> DialogOutcome {
        match picked {
            Some(path) => DialogOutcome::Chosen(path),
            None if started.elapsed() < FASTEST_HUMAN_ANSWER => DialogOutcome::Unavailable,
            None => DialogOutcome::Cancelled,
        }
    }

    fn dialog(kind: FileKind, start_dir: Option<&Path>) -> rfd::FileDialog {
        let (name, extensions) = kind.filter();
        let dialog = rfd::FileDialog::new().add_filter(name, extensions);
        match start_dir {
            Some(dir) => dialog.set_directory(dir),
            None => dialog,
        }
    }
}

impl FileDialogs for NativeDialogs {
    fn pick_open(&mut self, kind: FileKind, start_dir: Option<&Path>) -> DialogOutcome {
        let started = Instant::now();
        let picked = Self::dialog(kind, start_dir).set_title("Open").pick_file();
        Self::outcome(started, picked)
    }

    fn pick_save(&mut self, kind: FileKind, start_dir: Option<&Path>, file_name: &str) -> DialogOutcome {
        let started = Instant::now();
        let picked = Self::dialog(kind, start_dir).set_title("Save").set_file_name(file_name).save_file();
        Self::outcome(started, picked)
    }
}

/// Adds `.peermap.json` to a path that has no `.json` ending.
pub fn with_design_extension(path: PathBuf) -> PathBuf {
    let name = path.file_name().map(|n| n.to_string_lossy().to_lowercase()).unwrap_or_default();
    if name.ends_with(".json") {
        path
    } else {
        let mut name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
        name.push(DESIGN_EXTENSION);
        path.with_file_name(name)
    }
}

/// A file name for a design, from its name ("Ward navigators" → "ward-navigators.peermap.json").
pub fn suggested_file_name(design_name: &str) -> String {
    format!("{}{DESIGN_EXTENSION}", file_stem_for(design_name))
}

/// A file-name stem for a design ("Ward navigators (2026)" → "ward-navigators-2026"), the
/// same slug as model ids; "programme" when the name has nothing to make one from.
pub fn file_stem_for(design_name: &str) -> String {
    if design_name.chars().any(char::is_alphanumeric) { slug(design_name) } else { "programme".to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn save_paths_get_the_design_extension_once() {
        assert_eq!(with_design_extension("/a/plan".into()), PathBuf::from("/a/plan.peermap.json"));
        assert_eq!(with_design_extension("/a/plan.JSON".into()), PathBuf::from("/a/plan.JSON"));
        assert_eq!(suggested_file_name("  Ward navigators (2026) "), "ward-navigators-2026.peermap.json");
        assert_eq!(suggested_file_name(""), "programme.peermap.json");
    }
}
