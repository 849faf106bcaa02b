//! Autosave of unsaved changes to the data directory, and recovery after a crash.
//!
//! Each running app writes its own file (named by process id), so two
//! windows never overwrite each other's autosave; files left by a process
//! that is gone are offered for recovery at the next start.

use super::document::Document;
use crate::design::{Design, write_atomically};
use serde::{Deserialize, Serialize};
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// How long after a change the autosave is written.
pub const AUTOSAVE_DELAY: Duration = Duration::from_secs(3);

/// What an autosave file holds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AutosaveFile {
    /// Where the design was saved before the unsaved changes, if anywhere.
    pub original_path: Option<PathBuf>,
    pub design: Design,
}

/// Unsaved work left behind by a run that did not close normally.
#[derive(Debug, Clone, PartialEq)]
pub struct Recovery {
    pub autosave_path: PathBuf,
    pub contents: AutosaveFile,
}

/// Writes the open document's unsaved changes now and then.
#[derive(Debug)]
pub struct Autosaver {
    path: PathBuf,
    written_revision: Option<u64>,
    pending_since: Option<Instant>,
}

impl Autosaver {
    pub fn new(data_dir: &Path) -> Self {
        let path = autosave_dir(data_dir).join(format!("{}.autosave.json", std::process::id()));
        Autosaver { path, written_revision: None, pending_since: None }
    }

    /// Called after commands run; cheap when nothing changed. Returns an
    /// error message if the autosave could not be written.
    pub fn tick(&mut self, document: &Document, now: Instant) -> Result<(), String> {
        if !document.is_dirty() {
            self.pending_since = None;
            if self.written_revision.take().is_some() {
                let _ = fs::remove_file(&self.path);
            }
            return Ok(());
        }
        if self.written_revision == Some(document.revision()) {
            return Ok(());
        }
        let since = *self.pending_since.get_or_insert(now);
        if now.duration_since(since) < AUTOSAVE_DELAY {
            return Ok(());
        }
        self.write(document).map_err(|e| format!("Autosave to {} failed: {e}", self.path.display()))
    }

    /// Time until the pending autosave is due, so the UI can wake up for it.
    pub fn due_in(&self, now: Instant) -> Option<Duration> {
        self.pending_since.map(|since| AUTOSAVE_DELAY.saturating_sub(now.duration_since(since)))
    }

    fn write(&mut self, document: &Document) -> std::io::Result<()> {
        let contents = AutosaveFile {
            original_path: document.path().map(Path::to_path_buf),
            design: document.design().clone(),
        };
        let json = serde_json::to_vec_pretty(&contents).map_err(std::io::Error::other)?;
        if let Some(dir) = self.path.parent() {
            fs::create_dir_all(dir)?;
        }
        write_atomically(&self.path, |out| out.write_all(&json))?;
        self.written_revision = Some(document.revision());
        self.pending_since = None;
        Ok(())
    }

    /// Removes this run's autosave (on a normal exit, or once changes are saved).
    pub fn clear(&mut self) {
        let _ = fs::remove_file(&self.path);
        self.written_revision = None;
        self.pending_since = None;
    }
}

fn autosave_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("autosave")
}

/// Autosaves left by runs that are no longer running, newest first.
pub fn find_recoveries(data_dir: &Path) -> Vec<Recovery> {
    let Ok(entries) = fs::read_dir(autosave_dir(data_dir)) else {
        return Vec::new();
    };
    let mut found: Vec<(std::time::SystemTime, Recovery)> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| path.to_string_lossy().ends_with(".autosave.json"))
        .filter(|path| !owner_is_running(path))
        .filter_map(|path| {
            let contents = serde_json::from_slice(&fs::read(&path).ok()?).ok()?;
            let modified = fs::metadata(&path).and_then(|m| m.modified()).ok()?;
            Some((modified, Recovery { autosave_path: path, contents }))
        })
        .collect();
    found.sort_by_key(|(modified, _)| std::cmp::Reverse(*modified));
    found.into_iter().map(|(_, recovery)| recovery).collect()
}

/// Whether the process that wrote an autosave is still running. On Linux,
/// /proc tells; a zombie or another program that reused the pid does not
/// count. Elsewhere only this process counts as running.
fn owner_is_running(path: &Path) -> bool {
    let Some(pid) = path
        .file_name()
        .and_then(|n| n.to_str())
        .and_then(|n| n.split('.').next())
        .and_then(|n| n.parse::<u32>().ok())
    else {
        return false;
    };
    if pid == std::process::id() {
        return true;
    }
    let proc = Path::new("/proc").join(pid.to_string());
    let Ok(stat) = fs::read_to_string(proc.join("stat")) else { return false };
    // The state follows the parenthesised command name: "1234 (peermap) S ...".
    let state = stat.rsplit_once(')').and_then(|(_, rest)| rest.trim_start().chars().next());
    let name = fs::read_to_string(proc.join("comm")).unwrap_or_default();
    state != Some('Z') && name.trim().starts_with("peermap")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::design::Edit;

    #[test]
    fn unsaved_changes_are_written_after_the_delay_and_removed_once_clean() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut saver = Autosaver::new(dir.path());
        let mut document = Document::default();
        let start = Instant::now();
        document.apply(Edit::Name("Drop-in".into()));
        saver.tick(&document, start).expect("tick");
        assert!(!saver.path.exists(), "written before the delay");
        saver.tick(&document, start + AUTOSAVE_DELAY).expect("tick");
        let written: AutosaveFile =
            serde_json::from_slice(&fs::read(&saver.path).expect("autosave exists")).expect("valid");
        assert_eq!(written.design.name, "Drop-in");

        document.undo();
        saver.tick(&document, start + AUTOSAVE_DELAY * 2).expect("tick");
        assert!(!saver.path.exists(), "autosave kept after the changes were undone");
    }

    #[test]
    fn autosaves_of_dead_processes_are_offered_for_recovery() {
        let dir = tempfile::tempdir().expect("temp dir");
        let folder = autosave_dir(dir.path());
        fs::create_dir_all(&folder).expect("folder");
        let left =
            AutosaveFile { original_path: None, design: Design { name: "Lost".into(), ..Design::default() } };
        // No process has pid 4294967295, and our own file is not a leftover.
        fs::write(folder.join("4294967295.autosave.json"), serde_json::to_vec(&left).expect("json"))
            .expect("write");
        fs::write(folder.join(format!("{}.autosave.json", std::process::id())), b"{}").expect("write");
        let found = find_recoveries(dir.path());
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].contents, left);
    }
}
