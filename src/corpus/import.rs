//! Importing a CSV or JSON file into the store as it is read: one thread
//! reads, checks and encodes chunks of rows while the store writes the
//! previous chunk, so a file of any size is held only a few chunks at a
//! time and reading overlaps writing.

use super::bulk::ReadyRow;
use super::exchange::{ExchangeError, ParsedRow, RowProblem, parallel_map, read_chunks};
use super::rows::record_json;
use super::store::Store;
use super::store_error::StoreError;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;

/// How an import of a file ended.
#[derive(Debug, Clone, PartialEq)]
pub enum FileImport {
    /// Some rows have problems and the whole file was asked for: nothing was written.
    Rejected { problems: Vec<RowProblem>, valid_rows: usize },
    /// Written; `skipped` lists the problems of the rows left out.
    Imported { count: usize, skipped: Vec<RowProblem> },
    /// Stopped on request; the store is as it was.
    Cancelled,
}

/// Why an import could not run; nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error(transparent)]
    File(#[from] ExchangeError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// How far an import has gone, for a progress bar.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct ImportProgress {
    /// Models written so far (kept only if the import completes).
    pub written: usize,
    /// How much of the file has been read, from 0 to 1.
    pub read: f32,
}

/// Imports every valid row of `path` in one transaction. With `whole_file`,
/// a file with any bad row (or an id already in the store) is refused and
/// every problem reported; otherwise the bad rows are skipped and reported.
/// `progress` hears each chunk; when `cancel` becomes true the import
/// stops and nothing is kept.
pub fn import_file(
    store: &mut Store,
    path: &Path,
    whole_file: bool,
    progress: &mut dyn FnMut(ImportProgress),
    cancel: &AtomicBool,
) -> Result<FileImport, ImportError> {
    let mut write = store.begin_bulk(whole_file)?;
    std::thread::scope(|scope| {
        // One chunk waits while the next is read: reading never runs far ahead.
        let (sender, chunks) = mpsc::sync_channel::<(Vec<ReadyRow>, f32)>(1);
        let reader = scope.spawn(move || {
            read_chunks(path, |rows, read| {
                !cancel.load(Ordering::Relaxed) && sender.send((ready(rows), read)).is_ok()
            })
        });
        for (rows, read) in chunks.iter() {
            if cancel.load(Ordering::Relaxed) {
                break;
            }
            if let Err(err) = write.add(rows) {
                drop(chunks); // the reader stops at its next chunk
                let _ = reader.join();
                return Err(err.into());
            }
            progress(ImportProgress { written: write.added(), read });
        }
        drop(chunks);
        reader.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
        if cancel.load(Ordering::Relaxed) {
            return Ok(FileImport::Cancelled); // dropping `write` rolls back
        }
        let written = write.finish()?;
        Ok(if whole_file && !written.problems.is_empty() {
            FileImport::Rejected { problems: written.problems, valid_rows: written.valid }
        } else {
            FileImport::Imported { count: written.added, skipped: written.problems }
        })
    })
}

/// Encodes the valid rows' records on all cores, ready for the store.
fn ready(rows: Vec<(usize, ParsedRow)>) -> Vec<ReadyRow> {
    let records = parallel_map(&rows, |(_, parsed)| parsed.as_ref().ok().map(record_json));
    rows.into_iter()
        .zip(records)
        .map(|((row, parsed), record)| (row, parsed.map(|model| (model, record.unwrap_or_default()))))
        .collect()
}
