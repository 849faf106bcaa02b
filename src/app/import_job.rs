//! A corpus import running on a worker thread, with progress and cancel,
//! so the window stays responsive on large files.

use super::worker::Worker;
use crate::corpus::{ImportOutcome, RowProblem, Store, check_against_store, parse_file};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

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
    done: Arc<AtomicUsize>,
    total: Arc<AtomicUsize>,
    cancel: Arc<AtomicBool>,
    worker: Worker<ImportResult>,
}

impl ImportJob {
    /// Starts importing `file` into the corpus at `database` (its own connection).
    pub fn start(database: &Path, file: &Path, valid_only: bool) -> ImportJob {
        let done = Arc::new(AtomicUsize::new(0));
        let total = Arc::new(AtomicUsize::new(0));
        let cancel = Arc::new(AtomicBool::new(false));
        let (database, path) = (database.to_path_buf(), file.to_path_buf());
        let (worker_done, worker_total, worker_cancel) = (done.clone(), total.clone(), cancel.clone());
        let worker_path = path.clone();
        let worker = Worker::spawn(move || {
            run(&database, &worker_path, valid_only, &worker_done, &worker_total, &worker_cancel)
        });
        ImportJob { path, done, total, cancel, worker }
    }

    /// Rows written so far and rows to write (0 while the file is being checked).
    pub fn progress(&self) -> (usize, usize) {
        (self.done.load(Ordering::Relaxed), self.total.load(Ordering::Relaxed))
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
    done: &AtomicUsize,
    total: &AtomicUsize,
    cancel: &AtomicBool,
) -> ImportResult {
    let mut parsed = match parse_file(file) {
        Ok(parsed) => parsed,
        Err(err) => return ImportResult::Failed(err.to_string()),
    };
    let mut store = match Store::open(database) {
        Ok(store) => store,
        Err(err) => return ImportResult::Failed(err.to_string()),
    };
    check_against_store(&mut parsed, &store);
    if !parsed.problems.is_empty() && !valid_only {
        return ImportResult::Rejected { problems: parsed.problems, valid_rows: parsed.models.len() };
    }
    let models: Vec<_> = parsed.models.into_iter().map(|(_, model)| model).collect();
    total.store(models.len(), Ordering::Relaxed);
    let mut progress = |written: usize, _: usize| done.store(written, Ordering::Relaxed);
    match store.import(models, &mut progress, cancel) {
        Ok(ImportOutcome::Imported(count)) => ImportResult::Imported { count, skipped: parsed.problems },
        Ok(ImportOutcome::Cancelled) => ImportResult::Cancelled,
        Err(err) => ImportResult::Failed(err.to_string()),
    }
}

fn stopped() -> ImportResult {
    ImportResult::Failed("the import stopped unexpectedly".into())
}
