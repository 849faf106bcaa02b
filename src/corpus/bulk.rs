//! Writing many models in one transaction, a chunk at a time, as an import
//! file is read: all of them or none, and every problem reported by row.
//!
//! SQLite's write-ahead log suits small transactions; one of hundreds of
//! megabytes is written twice through it (log, then checkpoint). When no
//! other connection has the file open, a bulk write therefore runs in the
//! rollback journal, which writes new pages once, and the store returns to
//! the log afterwards (every open asks for it again, so a crash in between
//! changes nothing for the next session).

use super::exchange::{FileIds, RowProblem};
use super::model::{Model, Origin};
use super::rows;
use super::store_error::StoreError;
use rusqlite::{Connection, Transaction};
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// One row ready to write: the model and its stored JSON, or what is wrong with it.
pub(crate) type ReadyRow = (usize, Result<(Model, String), Vec<RowProblem>>);

/// A bulk write in progress. Dropped without [`BulkWrite::finish`], it
/// leaves the store as it was.
pub(crate) struct BulkWrite<'a> {
    conn: &'a Connection,
    path: Option<PathBuf>,
    tx: Option<Transaction<'a>>,
    rollback_journal: bool,
    next_pk: i64,
    whole_file: bool,
    ids: FileIds,
    problems: Vec<RowProblem>,
    valid: usize,
    added: usize,
}

/// What a finished bulk write did.
pub(crate) struct Written {
    /// Models added (0 when the whole file was asked for and a row had a problem).
    pub added: usize,
    /// Rows that could have been added.
    pub valid: usize,
    /// Every problem found, by row.
    pub problems: Vec<RowProblem>,
}

impl<'a> BulkWrite<'a> {
    /// Starts the transaction. With `whole_file`, a single problem means
    /// nothing is kept (the rest is still read, to report every problem).
    pub(crate) fn begin(
        conn: &'a Connection,
        path: Option<&Path>,
        whole_file: bool,
    ) -> Result<Self, StoreError> {
        let sqlite = |e| StoreError::from_sqlite(path, e);
        let rollback_journal = path.is_some() && enter_rollback_journal(conn);
        let mut write = BulkWrite {
            conn,
            path: path.map(Path::to_path_buf),
            tx: None,
            rollback_journal,
            next_pk: 0,
            whole_file,
            ids: FileIds::default(),
            problems: Vec::new(),
            valid: 0,
            added: 0,
        };
        let tx = conn.unchecked_transaction().map_err(sqlite)?;
        write.next_pk = rows::next_pk(&tx).map_err(sqlite)?;
        write.tx = Some(tx);
        Ok(write)
    }

    /// Models added so far.
    pub(crate) fn added(&self) -> usize {
        self.added
    }

    /// Checks a chunk of rows (ids repeated in the file or already in the
    /// store become problems) and writes the valid ones, unless a problem
    /// already means nothing will be kept. At most [`rows::MAX_CHUNK`] rows.
    pub(crate) fn add(&mut self, chunk: Vec<ReadyRow>) -> Result<(), StoreError> {
        let mut models = Vec::with_capacity(chunk.len());
        let mut records = Vec::with_capacity(chunk.len());
        let mut numbers = Vec::with_capacity(chunk.len());
        for (row, result) in chunk {
            match result {
                Err(problems) => self.problems.extend(problems),
                Ok((model, record)) => match self.ids.repeated(row, &model) {
                    Some(problem) => self.problems.push(problem),
                    None => {
                        numbers.push(row);
                        models.push(model);
                        records.push(record);
                    }
                },
            }
        }
        let tx = self.tx.as_ref().expect("the transaction lasts until finish");
        let ids: Vec<&str> = models.iter().map(|m| m.id.as_str()).collect();
        let taken: HashSet<String> =
            rows::existing_ids(tx, &ids).map_err(|e| self.sqlite(e))?.into_iter().map(String::from).collect();
        if !taken.is_empty() {
            let (mut kept_models, mut kept_records) = (Vec::new(), Vec::new());
            for ((row, model), record) in numbers.into_iter().zip(models).zip(records) {
                if taken.contains(&model.id) {
                    self.problems.push(already_stored(row, &model.id));
                } else {
                    kept_models.push(model);
                    kept_records.push(record);
                }
            }
            (models, records) = (kept_models, kept_records);
        }
        self.valid += models.len();
        if self.whole_file && !self.problems.is_empty() {
            return Ok(());
        }
        rows::insert_chunk(tx, self.next_pk, &models, &records, Origin::User).map_err(|e| self.sqlite(e))?;
        self.next_pk += models.len() as i64;
        self.added += models.len();
        Ok(())
    }

    /// Commits what was added, unless the whole file was asked for and a
    /// row had a problem (then nothing is kept).
    pub(crate) fn finish(mut self) -> Result<Written, StoreError> {
        self.problems.sort_by_key(|p| p.row);
        let tx = self.tx.take().expect("the transaction lasts until finish");
        if self.whole_file && !self.problems.is_empty() {
            drop(tx);
            self.added = 0;
        } else {
            tx.commit().map_err(|e| self.sqlite(e))?;
        }
        Ok(Written { added: self.added, valid: self.valid, problems: std::mem::take(&mut self.problems) })
    }

    fn sqlite(&self, err: rusqlite::Error) -> StoreError {
        StoreError::from_sqlite(self.path.as_deref(), err)
    }
}

impl Drop for BulkWrite<'_> {
    fn drop(&mut self) {
        drop(self.tx.take()); // rolls back unless committed
        if self.rollback_journal {
            leave_rollback_journal(self.conn);
        }
    }
}

/// Moves to the rollback journal if this is the file's only connection
/// (SQLite refuses at once otherwise, and the write goes through the log).
fn enter_rollback_journal(conn: &Connection) -> bool {
    let mode = conn.query_row("PRAGMA journal_mode = DELETE", [], |row| row.get::<_, String>(0));
    let entered = mode.is_ok_and(|mode| mode.eq_ignore_ascii_case("delete"));
    if entered {
        // Outside the log, NORMAL may lose a commit to a power cut: FULL syncs it.
        let _ = conn.execute_batch("PRAGMA synchronous = FULL");
    }
    entered
}

/// Back to the log. Should it fail, the store's next open asks for it again.
fn leave_rollback_journal(conn: &Connection) {
    let _ = conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get::<_, String>(0));
    let _ = conn.execute_batch("PRAGMA synchronous = NORMAL");
}

fn already_stored(row: usize, id: &str) -> RowProblem {
    RowProblem {
        row,
        field: "id".into(),
        reason: format!("`{id}` is already in the corpus; give the row a new id to add it"),
    }
}
