//! A corpus import running on a worker thread, with progress and cancel,
//! so the window stays responsive on large files.

use super::worker::Worker;
use crate::corpus::{FileImport, ImportProgress, RowProblem, Store, import_file};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

/// How an import ended.
#[derive(Debug, Clone, PartialEq)]
pub enum ImportResult {
    /// Some rows are bad and only a whole valid file is imported: nothing was written.
    Rejected { problems: Vec<RowProblem>, valid_rows: usize },
    /// Written; `skipped` lists bad rows left out (when importing valid rows only).
    Imported { count: usize, skipped: Vec<RowProblem> },
    /// Stopped by the user; the corpus is as it was.
    Cancelled,
    /// The file or the corpus could not be used; nothing was written.
    Failed(String),
}

/// A running import.
pub struct ImportJob {
    pub path: PathBuf,
    progress: Arc<Mutex<ImportProgress>>,
    cancel: Arc<AtomicBool>,
    worker: Worker<ImportResult>,
}

impl ImportJob {
    /// Starts importing `file` into the corpus at `database` (its own connection).
    pub fn start(database: &Path, file: &Path, valid_only: bool) -> ImportJob {
        let progress = Arc::new(Mutex::new(ImportProgress::default()));
        let cancel = Arc::new(AtomicBool::new(false));
        let (database, path) = (database.to_path_buf(), file.to_path_buf());
        let (worker_progress, worker_cancel) = (progress.clone(), cancel.clone());
        let worker_path = path.clone();
        let worker =
            Worker::spawn(move || run(&database, &worker_path, valid_only, &worker_progress, &worker_cancel));
        ImportJob { path, progress, cancel, worker }
    }

    /// Models written so far and how much of the file has been read.
    pub fn progress(&self) -> ImportProgress {
        *self.progress.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn cancel(&self) {
        self.cancel.store(true, Ordering::Relaxed);
    }

    pub fn is_cancelling(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    /// The result, once the worker has finished.
    pub fn poll(&self) -> Option<ImportResult> {
        self.worker.poll(stopped)
    }

    /// Waits for the result (tests and the command line).
    pub fn wait(self) -> ImportResult {
        self.worker.wait(stopped)
    }
}

fn run(
    database: &Path,
    file: &Path,
    valid_only: bool,
    progress: &Mutex<ImportProgress>,
    cancel: &AtomicBool,
) -> ImportResult {
    let mut store = match Store::open(database) {
        Ok(store) => store,
        Err(err) => return ImportResult::Failed(err.to_string()),
    };
    let mut report =
        |now: ImportProgress| *progress.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = now;
    match import_file(&mut store, file, !valid_only, &mut report, cancel) {
        Ok(FileImport::Imported { count, skipped }) => ImportResult::Imported { count, skipped },
        Ok(FileImport::Rejected { problems, valid_rows }) => ImportResult::Rejected { problems, valid_rows },
        Ok(FileImport::Cancelled) => ImportResult::Cancelled,
        Err(err) => ImportResult::Failed(err.to_string()),
    }
}

fn stopped() -> ImportResult {
    ImportResult::Failed("the import stopped unexpectedly".into())
}
