//! Why the corpus store cannot do something. Each message names the file
//! or model and says what the user can do about it.

use super::validate::Problem;
use std::io;
use std::path::{Path, PathBuf};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "the corpus database {} is damaged or is not a peermap corpus ({detail}). peermap has not \
         changed it: restore it from a backup, or recover (File → Corpus → Recover damaged corpus…, or \
         `peermap corpus recover`: the file is kept aside, the models of yours that can still be \
         read are saved to a file and the corpus is rebuilt from them and the bundled ones); \
         meanwhile open the bundled corpus read-only",
        path.display()
    )]
    Corrupt { path: PathBuf, detail: String },

    #[error(
        "the corpus database {} was written by a newer peermap (schema version {found}; this version \
         reads up to {supported}). Update peermap to use it, or open the bundled corpus read-only",
        path.display()
    )]
    NewerVersion { path: PathBuf, found: i64, supported: usize },

    #[error(
        "the corpus database {} is locked by another program; close it or open the bundled corpus \
         read-only",
        path.display()
    )]
    Locked { path: PathBuf },

    #[error("the corpus is open read-only (the bundled corpus), so it cannot be changed")]
    ReadOnly,

    #[error(
        "`{0}` is part of the bundled corpus, which cannot be changed or deleted; duplicate it to \
         make your own copy"
    )]
    Bundled(String),

    #[error("there is no model `{0}` in the corpus")]
    NotFound(String),

    #[error("a model with the id `{0}` is already in the corpus; choose another id")]
    DuplicateId(String),

    #[error("model `{id}` cannot be saved: {}", join(problems))]
    Invalid { id: String, problems: Vec<Problem> },

    #[error("the corpus database {} could not be upgraded: {detail}", path.display())]
    Migration { path: PathBuf, detail: String },

    #[error("the corpus database {}: {source}", location(path.as_deref()))]
    Sqlite { path: Option<PathBuf>, source: rusqlite::Error },

    #[error("cannot create the corpus database {}: {source}", path.display())]
    Io { path: PathBuf, source: io::Error },
}

fn join(problems: &[Problem]) -> String {
    problems.iter().map(Problem::to_string).collect::<Vec<_>>().join("; ")
}

fn location(path: Option<&Path>) -> String {
    path.map_or_else(|| "(bundled, in memory)".to_string(), |p| p.display().to_string())
}

impl StoreError {
    /// Sorts an SQLite error into what the user can act on: a busy or
    /// locked file, a damaged file, or anything else.
    pub(crate) fn from_sqlite(path: Option<&Path>, source: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        match (source.sqlite_error_code(), path) {
            (Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked), Some(path)) => {
                StoreError::Locked { path: path.into() }
            }
            (Some(ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase), Some(path)) => {
                StoreError::Corrupt { path: path.into(), detail: source.to_string() }
            }
            _ => StoreError::Sqlite { path: path.map(Path::to_path_buf), source },
        }
    }
}
