//! Recovering from a damaged corpus file without losing what can be read.
//!
//! The damaged file is never written to: the user's models that can still
//! be read are saved to a JSON file beside it, the file (and its write-ahead
//! log) is renamed aside, and a new corpus is built from the bundled models
//! and the saved ones. Every step leaves the user with at least the damaged
//! file and, once saved, the JSON file of their models.

use super::exchange::export;
use super::model::{Model, Origin};
use super::query::origin_from_key;
use super::store::Store;
use super::store_error::StoreError;
use rusqlite::{Connection, OpenFlags, OptionalExtension};
use std::path::{Path, PathBuf};
use std::sync::atomic::AtomicBool;

/// How many lost rows the message names.
const NAMED: usize = 20;

/// What a recovery did, for the message to the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovery {
    /// Where the damaged file now is.
    pub kept_aside: PathBuf,
    /// The JSON file holding the user's models that could be read.
    pub saved: PathBuf,
    /// How many of the user's models are in the new corpus.
    pub restored: usize,
    /// The stored rows that could not be read (their id, or their row number).
    pub lost: Vec<String>,
}

impl std::fmt::Display for Recovery {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Recovered the corpus: {} of your models are back, saved also to {}; the damaged file is kept as {}.",
            self.restored,
            self.saved.display(),
            self.kept_aside.display()
        )?;
        if !self.lost.is_empty() {
            let named = self.lost.iter().take(NAMED).cloned().collect::<Vec<_>>().join(", ");
            let more = if self.lost.len() > NAMED { ", …" } else { "" };
            write!(f, " {} stored rows could not be read: {named}{more}.", self.lost.len())?;
        }
        Ok(())
    }
}

/// Rebuilds the corpus at `path` from the bundled models and the user's
/// models that can still be read from it. The store must be closed.
pub fn recover(path: &Path) -> Result<Recovery, StoreError> {
    let io = |source| StoreError::Io { path: path.to_path_buf(), source };
    let (models, lost) = readable_user_models(path)?;
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let saved = unused_path(folder, "recovered-models", ".json");
    export(&models, &saved).map_err(|err| StoreError::Migration {
        path: path.to_path_buf(),
        detail: format!("the readable models could not be saved ({err}); nothing was moved"),
    })?;
    let kept_aside = unused_path(folder, &format!("{}.damaged", file_name(path)), "");
    std::fs::rename(path, &kept_aside).map_err(io)?;
    for suffix in ["-wal", "-shm"] {
        let side = PathBuf::from(format!("{}{suffix}", path.display()));
        if side.exists() {
            std::fs::rename(&side, format!("{}{suffix}", kept_aside.display())).map_err(io)?;
        }
    }
    let restored = models.len();
    let rebuilt =
        Store::open(path).and_then(|mut store| store.import(models, &mut |_, _| {}, &AtomicBool::new(false)));
    if let Err(err) = rebuilt {
        return Err(StoreError::Migration {
            path: path.to_path_buf(),
            detail: format!(
                "the new corpus could not be built ({err}); your readable models are saved in {} and the \
                 damaged file is kept as {}",
                saved.display(),
                kept_aside.display()
            ),
        });
    }
    Ok(Recovery { kept_aside, saved, restored, lost })
}

/// Reads the user's models row by row, so that one damaged row or page
/// costs only what it holds. Returns them and the rows that failed.
fn readable_user_models(path: &Path) -> Result<(Vec<Model>, Vec<String>), StoreError> {
    let sqlite = |e| StoreError::from_sqlite(Some(path), e);
    let conn =
        Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
            .map_err(sqlite)?;
    let last: i64 = conn
        .query_row("SELECT max(pk) FROM model", [], |row| row.get::<_, Option<i64>>(0))
        .map_err(sqlite)?
        .unwrap_or(0);
    let mut statement = conn
        .prepare("SELECT id, origin, record FROM model JOIN model_record USING (pk) WHERE pk = ?1")
        .map_err(sqlite)?;
    let (mut models, mut lost) = (Vec::new(), Vec::new());
    let mut read = std::collections::HashSet::new();
    for pk in 1..=last {
        let row: rusqlite::Result<Option<(String, String, String)>> =
            statement.query_row([pk], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?))).optional();
        match row {
            Ok(None) => {}
            Ok(Some((_, origin, _))) if origin_from_key(&origin) == Origin::Bundled => {}
            Ok(Some((id, _, record))) => match serde_json::from_str::<Model>(&record) {
                Ok(model) => {
                    read.insert(id);
                    models.push(model);
                }
                Err(_) => lost.push(format!("`{id}`")),
            },
            Err(_) => lost.push(format!("row {pk}")),
        }
    }
    // A damaged page can hide its rows from the lookups above; the list
    // index still names them.
    for id in listed_user_ids(&conn) {
        let named = format!("`{id}`");
        if !read.contains(&id) && !lost.contains(&named) {
            lost.push(named);
        }
    }
    Ok((models, lost))
}

/// The user's model ids as the name index lists them (as far as it can be read).
fn listed_user_ids(conn: &Connection) -> Vec<String> {
    let Ok(mut statement) = conn.prepare("SELECT id FROM model INDEXED BY model_list WHERE origin = 'user'")
    else {
        return Vec::new();
    };
    let Ok(mut rows) = statement.query([]) else { return Vec::new() };
    let mut ids = Vec::new();
    while let Ok(Some(row)) = rows.next() {
        if let Ok(id) = row.get(0) {
            ids.push(id);
        }
    }
    ids
}

/// `<folder>/<stem><suffix>`, or with "-2", "-3"… before the suffix when taken.
fn unused_path(folder: &Path, stem: &str, suffix: &str) -> PathBuf {
    (1..)
        .map(|n| match n {
            1 => folder.join(format!("{stem}{suffix}")),
            n => folder.join(format!("{stem}-{n}{suffix}")),
        })
        .find(|candidate| !candidate.exists())
        .expect("some numbered name is free")
}

fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(|| "corpus".into(), |n| n.to_string_lossy().into_owned())
}
