//! What the app remembers between runs: recent files and the last open design.
//! (Window geometry is remembered by eframe in the same data directory.)

use crate::design::write_atomically;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

const FILE_NAME: &str = "settings.json";
const MAX_RECENT: usize = 10;

/// Remembered between runs.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Most recent first.
    pub recent: Vec<PathBuf>,
    /// Reopened at start.
    pub last_open: Option<PathBuf>,
    /// The folder last used for each kind of file ("design", "brief", "corpus").
    pub folders: BTreeMap<String, PathBuf>,
    /// The language chosen in View → Language (else the system's).
    pub language: Option<crate::i18n::Language>,
}

impl Settings {
    /// Reads the settings. An unreadable file is moved aside (never lost)
    /// and a message says where it went.
    pub fn load(data_dir: &Path) -> (Settings, Option<String>) {
        let path = data_dir.join(FILE_NAME);
        let Ok(bytes) = fs::read(&path) else {
            return (Settings::default(), None);
        };
        match serde_json::from_slice(&bytes) {
            Ok(settings) => (settings, None),
            Err(err) => {
                let aside = data_dir.join(format!("{FILE_NAME}.unreadable"));
                let moved = fs::rename(&path, &aside).is_ok();
                let warning = format!(
                    "Settings in {} could not be read ({err}); starting with defaults{}.",
                    path.display(),
                    if moved {
                        format!(" (the old file is kept as {})", aside.display())
                    } else {
                        String::new()
                    }
                );
                (Settings::default(), Some(warning))
            }
        }
    }

    pub fn save(&self, data_dir: &Path) -> std::io::Result<()> {
        fs::create_dir_all(data_dir)?;
        let json = serde_json::to_vec_pretty(self).map_err(std::io::Error::other)?;
        write_atomically(&data_dir.join(FILE_NAME), |out| out.write_all(&json))
    }

    /// The folder last used for files of this kind.
    pub fn folder_for(&self, kind: &str) -> Option<&Path> {
        self.folders.get(kind).map(PathBuf::as_path)
    }

    /// Puts `path` at the top of the recent list.
    pub fn note_opened(&mut self, path: &Path) {
        self.recent.retain(|p| p != path);
        self.recent.insert(0, path.to_path_buf());
        self.recent.truncate(MAX_RECENT);
        self.last_open = Some(path.to_path_buf());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_files_are_unique_newest_first_and_bounded() {
        let mut settings = Settings::default();
        for i in 0..12 {
            settings.note_opened(Path::new(&format!("/d/{i}.peermap.json")));
        }
        settings.note_opened(Path::new("/d/5.peermap.json"));
        assert_eq!(settings.recent.len(), MAX_RECENT);
        assert_eq!(settings.recent[0], Path::new("/d/5.peermap.json"));
        assert_eq!(settings.recent.iter().filter(|p| p.ends_with("5.peermap.json")).count(), 1);
    }

    #[test]
    fn settings_survive_a_restart_and_bad_files_are_kept_aside() {
        let dir = tempfile::tempdir().expect("temp dir");
        let mut settings = Settings::default();
        settings.note_opened(Path::new("/d/a.peermap.json"));
        settings.save(dir.path()).expect("save");
        assert_eq!(Settings::load(dir.path()).0, settings);

        fs::write(dir.path().join(FILE_NAME), b"{ not json").expect("write");
        let (loaded, warning) = Settings::load(dir.path());
        assert_eq!(loaded, Settings::default());
        assert!(warning.expect("a warning").contains("could not be read"));
        assert_eq!(fs::read(dir.path().join("settings.json.unreadable")).expect("kept"), b"{ not json");
    }
}
