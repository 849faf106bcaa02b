//! The local corpus store: the bundled models and the user's own, in one
//! SQLite file, searchable and filterable. Bundled models are read-only;
//! the user's can be added, edited, duplicated, deleted and imported.

use super::bulk::BulkWrite;
use super::exchange::CHUNK_ROWS;
use super::integrity::BackgroundCheck;
use super::model::{Model, ModelKind, Origin};
use super::open::BUSY_TIMEOUT;
use super::parallel::parallel_map;
use super::query::{CorpusQuery, ModelRow, ROW_COLUMNS, origin_from_key, search_sql};
use super::rows::{self, is_unique_violation, record_json};
use super::slug::{first_free, slug};
use super::store_error::StoreError;
use super::validate::validate;
use rusqlite::{Connection, OptionalExtension, Row};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

/// The corpus database's file name in the data directory.
pub const DATABASE_FILE: &str = "corpus.sqlite3";

const _: () = assert!(CHUNK_ROWS <= rows::MAX_CHUNK);

/// An open corpus: a file on disk, or the bundled corpus read-only in memory.
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    read_only: bool,
    /// The integrity check of a large file, still running.
    integrity_check: Option<BackgroundCheck>,
    /// What the integrity check found wrong: writes are refused.
    damage: Option<String>,
}

impl Drop for Store {
    fn drop(&mut self) {
        if let Some(check) = self.integrity_check.take() {
            check.cancel();
        }
    }
}

/// A model as stored, with where it came from.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredModel {
    pub model: Model,
    pub origin: Origin,
}

/// How a bulk import ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportOutcome {
    /// This many models were added.
    Imported(usize),
    /// Stopped on request; nothing was added.
    Cancelled,
}

impl Store {
    /// Opens the corpus database at `path`, creating the file (and its
    /// folders) when missing. A damaged file, one from a newer peermap or
    /// one another program holds locked is refused without being written
    /// to. An older schema is upgraded; the bundled corpus is imported on
    /// first use and refreshed when this build ships a different one.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        Store::open_with_busy_timeout(path, BUSY_TIMEOUT)
    }

    pub(super) fn from_connection(conn: Connection, path: Option<PathBuf>, read_only: bool) -> Store {
        Store { conn, path, read_only, integrity_check: None, damage: None }
    }

    pub(super) fn set_integrity_check(&mut self, check: Option<BackgroundCheck>) {
        self.integrity_check = check;
    }

    /// Waits for the integrity check (if it still runs) and says whether the
    /// file is damaged: the command line's first step, so that nothing it
    /// prints comes from a damaged file.
    pub fn verify(&mut self) -> Result<(), StoreError> {
        self.ensure_intact()
    }

    /// The damage found by a background integrity check that has just
    /// finished, once; `None` while it runs or when the file is intact.
    /// Cheap enough to ask every frame.
    pub fn poll_damage(&mut self) -> Option<StoreError> {
        if self.integrity_check.as_ref().is_some_and(BackgroundCheck::is_done) {
            return self.ensure_intact().err();
        }
        None
    }

    /// Whether a background integrity check is still running (its verdict is awaited).
    pub fn is_checking(&self) -> bool {
        self.integrity_check.is_some()
    }

    /// Refuses to write to a damaged file, waiting for a running integrity check if need be.
    pub(super) fn ensure_intact(&mut self) -> Result<(), StoreError> {
        if let Some(check) = self.integrity_check.take()
            && let Err(detail) = check.finish()
        {
            self.damage = Some(detail);
        }
        match &self.damage {
            None => Ok(()),
            Some(detail) => Err(StoreError::Corrupt {
                path: self.path.clone().unwrap_or_default(),
                detail: detail.clone(),
            }),
        }
    }

    pub(super) fn connection_mut(&mut self) -> &mut Connection {
        &mut self.conn
    }

    pub(super) fn set_read_only(&mut self) {
        self.read_only = true;
    }

    /// The database file; `None` for the bundled corpus in memory.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Whether changes are refused (the bundled corpus in memory).
    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    pub(super) fn sqlite(&self, err: rusqlite::Error) -> StoreError {
        StoreError::from_sqlite(self.path.as_deref(), err)
    }

    fn corrupt_record(&self, id: &str, err: &serde_json::Error) -> StoreError {
        StoreError::Corrupt {
            path: self.path.clone().unwrap_or_else(|| PathBuf::from("(in memory)")),
            detail: format!("the stored record of `{id}` cannot be read: {err}"),
        }
    }

    fn writable(&mut self) -> Result<(), StoreError> {
        if self.read_only {
            return Err(StoreError::ReadOnly);
        }
        self.ensure_intact()
    }

    /// How many models the corpus holds.
    pub fn count(&self) -> Result<usize, StoreError> {
        self.conn
            .query_row("SELECT count(*) FROM model", [], |row| row.get::<_, i64>(0))
            .map(|n| usize::try_from(n).unwrap_or(0))
            .map_err(|e| self.sqlite(e))
    }

    /// The models matching a query, as table rows, in the query's order.
    pub fn search(&self, query: &CorpusQuery) -> Result<Vec<ModelRow>, StoreError> {
        let (sql, params) = search_sql(query, ROW_COLUMNS);
        let mut statement = self.conn.prepare_cached(&sql).map_err(|e| self.sqlite(e))?;
        let rows = statement
            .query_map(rusqlite::params_from_iter(params), model_row)
            .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
            .map_err(|e| self.sqlite(e))?;
        Ok(rows)
    }

    /// The keys of the models a search finds, in its order: eight bytes a
    /// model, so a large corpus lists its rows by reading only those shown
    /// ([`Store::rows_by_key`]).
    pub fn search_keys(&self, query: &CorpusQuery) -> Result<Vec<RowKey>, StoreError> {
        let (sql, params) = search_sql(query, "pk");
        let mut statement = self.conn.prepare_cached(&sql).map_err(|e| self.sqlite(e))?;
        let keys = statement
            .query_map(rusqlite::params_from_iter(params), |row| row.get(0).map(RowKey))
            .and_then(|keys| keys.collect::<Result<Vec<_>, _>>())
            .map_err(|e| self.sqlite(e))?;
        Ok(keys)
    }

    /// The rows of these keys, in the same order; a key whose model was
    /// deleted since the search is left out.
    pub fn rows_by_key(&self, keys: &[RowKey]) -> Result<Vec<ModelRow>, StoreError> {
        let sql =
            format!("SELECT pk, {ROW_COLUMNS} FROM model WHERE pk IN (SELECT value FROM json_each(?1))");
        let list = serde_json::to_string(&keys.iter().map(|k| k.0).collect::<Vec<i64>>()).unwrap_or_default();
        let mut statement = self.conn.prepare_cached(&sql).map_err(|e| self.sqlite(e))?;
        let mut found: std::collections::HashMap<i64, ModelRow> = statement
            .query_map([list], |row| Ok((row.get(0)?, model_row_from(row, 1)?)))
            .and_then(|rows| rows.collect::<Result<_, _>>())
            .map_err(|e| self.sqlite(e))?;
        Ok(keys.iter().filter_map(|k| found.remove(&k.0)).collect())
    }

    /// The file at `path` for reading only, on a connection of its own (no
    /// migration, no check), so a worker thread can search a large corpus
    /// while the window goes on.
    pub fn open_reader(path: &Path) -> Result<Store, StoreError> {
        let sqlite = |e| StoreError::from_sqlite(Some(path), e);
        let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let conn = Connection::open_with_flags(path, flags).map_err(sqlite)?;
        conn.busy_timeout(BUSY_TIMEOUT).map_err(sqlite)?;
        Ok(Store::from_connection(conn, Some(path.to_path_buf()), true))
    }

    /// One model by id.
    pub fn get(&self, id: &str) -> Result<Option<StoredModel>, StoreError> {
        let found: Option<(String, String)> = self
            .conn
            .prepare_cached("SELECT record, origin FROM model JOIN model_record USING (pk) WHERE id = ?1")
            .and_then(|mut s| s.query_row([id], |row| Ok((row.get(0)?, row.get(1)?))).optional())
            .map_err(|e| self.sqlite(e))?;
        found.map(|(record, origin)| self.decode(id, &record, &origin)).transpose()
    }

    /// Whether a model with this id exists.
    pub fn contains(&self, id: &str) -> Result<bool, StoreError> {
        self.conn
            .prepare_cached("SELECT EXISTS (SELECT 1 FROM model WHERE id = ?1)")
            .and_then(|mut s| s.query_row([id], |row| row.get(0)))
            .map_err(|e| self.sqlite(e))
    }

    /// Every model, in the order they entered the store (bundled first, in file order).
    pub fn all(&self) -> Result<Vec<StoredModel>, StoreError> {
        let records: Vec<(String, String, String)> = self
            .conn
            .prepare("SELECT id, record, origin FROM model JOIN model_record USING (pk) ORDER BY pk")
            .and_then(|mut s| s.query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?.collect())
            .map_err(|e| self.sqlite(e))?;
        records.iter().map(|(id, record, origin)| self.decode(id, record, origin)).collect()
    }

    /// Hands every model of the file at `path` to `each`, in store order,
    /// read on a connection of its own (from a worker thread, while the
    /// window goes on) and decoded on all cores a chunk at a time, so that
    /// neither the JSON nor the records are ever all in memory.
    pub fn read_models(path: &Path, mut each: impl FnMut(Model)) -> Result<(), StoreError> {
        const CHUNK: usize = 4096;
        let sqlite = |e| StoreError::from_sqlite(Some(path), e);
        let store = Store::open_reader(path)?;
        let mut statement = store
            .conn
            .prepare("SELECT id, record FROM model JOIN model_record USING (pk) ORDER BY pk")
            .map_err(sqlite)?;
        let mut rows = statement.query([]).map_err(sqlite)?;
        let decode = |(id, record): &(String, String)| {
            serde_json::from_str::<Model>(record).map_err(|err| StoreError::Corrupt {
                path: path.to_path_buf(),
                detail: format!("the stored record of `{id}` cannot be read: {err}"),
            })
        };
        let mut chunk: Vec<(String, String)> = Vec::with_capacity(CHUNK);
        loop {
            let row = rows.next().map_err(sqlite)?;
            if let Some(row) = row {
                chunk.push((row.get(0).map_err(sqlite)?, row.get(1).map_err(sqlite)?));
            }
            if chunk.len() == CHUNK || (row.is_none() && !chunk.is_empty()) {
                for model in parallel_map(&chunk, decode) {
                    each(model?);
                }
                chunk.clear();
            }
            if row.is_none() {
                return Ok(());
            }
        }
    }

    fn decode(&self, id: &str, record: &str, origin: &str) -> Result<StoredModel, StoreError> {
        let model = serde_json::from_str(record).map_err(|e| self.corrupt_record(id, &e))?;
        Ok(StoredModel { model, origin: origin_from_key(origin) })
    }

    /// The distinct issues, sorted (the choices of the issue filter).
    pub fn issues(&self) -> Result<Vec<String>, StoreError> {
        self.conn
            .prepare_cached(
                "SELECT DISTINCT issue FROM model WHERE trim(issue) <> '' ORDER BY issue COLLATE NOCASE, issue",
            )
            .and_then(|mut s| s.query_map([], |row| row.get(0))?.collect())
            .map_err(|e| self.sqlite(e))
    }

    /// The distinct country codes, sorted (the choices of the country filter).
    pub fn countries(&self) -> Result<Vec<String>, StoreError> {
        let cells: Vec<String> = self
            .conn
            .prepare_cached("SELECT DISTINCT countries FROM model WHERE countries <> ''")
            .and_then(|mut s| s.query_map([], |row| row.get(0))?.collect())
            .map_err(|e| self.sqlite(e))?;
        let mut codes: Vec<String> = cells
            .iter()
            .flat_map(|cell| cell.split('|'))
            .filter(|c| !c.is_empty())
            .map(String::from)
            .collect();
        codes.sort();
        codes.dedup();
        Ok(codes)
    }

    /// Adds a user model after validating it; its id must be new.
    pub fn add(&mut self, model: Model) -> Result<(), StoreError> {
        self.writable()?;
        check_valid(&model)?;
        let tx = self.conn.transaction().map_err(|e| StoreError::from_sqlite(self.path.as_deref(), e))?;
        rows::insert(&tx, &model, Origin::User).map_err(|e| {
            if is_unique_violation(&e) {
                StoreError::DuplicateId(model.id.clone())
            } else {
                StoreError::from_sqlite(self.path.as_deref(), e)
            }
        })?;
        tx.commit().map_err(|e| StoreError::from_sqlite(self.path.as_deref(), e))
    }

    /// Replaces a user model (found by its id) after validating it.
    pub fn update(&mut self, model: Model) -> Result<(), StoreError> {
        self.writable()?;
        self.require_user_model(&model.id)?;
        check_valid(&model)?;
        let path = self.path.clone();
        let sqlite = |e| StoreError::from_sqlite(path.as_deref(), e);
        let tx = self.conn.transaction().map_err(sqlite)?;
        rows::update(&tx, &model, Origin::User).map_err(sqlite)?;
        tx.commit().map_err(sqlite)
    }

    /// Deletes a user model.
    pub fn delete(&mut self, id: &str) -> Result<(), StoreError> {
        self.writable()?;
        self.require_user_model(id)?;
        self.conn.execute("DELETE FROM model WHERE id = ?1", [id]).map_err(|e| self.sqlite(e))?;
        Ok(())
    }

    fn require_user_model(&self, id: &str) -> Result<(), StoreError> {
        let origin: Option<String> = self
            .conn
            .prepare_cached("SELECT origin FROM model WHERE id = ?1")
            .and_then(|mut s| s.query_row([id], |row| row.get(0)).optional())
            .map_err(|e| self.sqlite(e))?;
        match origin.as_deref().map(origin_from_key) {
            None => Err(StoreError::NotFound(id.to_string())),
            Some(Origin::Bundled) => Err(StoreError::Bundled(id.to_string())),
            Some(Origin::User) => Ok(()),
        }
    }

    /// Copies any model (bundled ones included) as a new user model named
    /// "<name> (copy)" with the id "<id>-copy" (or "-copy-2"…); returns the new id.
    pub fn duplicate(&mut self, id: &str) -> Result<String, StoreError> {
        self.writable()?;
        let mut model = self.get(id)?.ok_or_else(|| StoreError::NotFound(id.to_string()))?.model;
        model.id = self.unused_id(&format!("{id}-copy"))?;
        model.name = format!("{} (copy)", model.name);
        let new_id = model.id.clone();
        self.add(model)?;
        Ok(new_id)
    }

    /// A valid id made from `base` (a name or an id) that no model uses yet:
    /// its kebab-case slug, then "-2", "-3"… as needed.
    pub fn unused_id(&self, base: &str) -> Result<String, StoreError> {
        first_free(&slug(base), |candidate| self.contains(candidate))
    }

    /// Adds many user models in one transaction: all of them or none.
    /// Every model is validated and every id must be new. `progress` hears
    /// (done, total) every thousand rows; when `cancel` becomes true the
    /// import stops and is rolled back, leaving the store as it was.
    pub fn import(
        &mut self,
        models: Vec<Model>,
        progress: &mut dyn FnMut(usize, usize),
        cancel: &AtomicBool,
    ) -> Result<ImportOutcome, StoreError> {
        self.writable()?;
        if let Some((model, problems)) =
            models.iter().zip(parallel_map(&models, validate)).find(|(_, problems)| !problems.is_empty())
        {
            return Err(StoreError::Invalid { id: model.id.clone(), problems });
        }
        let total = models.len();
        let ids: Vec<String> = models.iter().map(|m| m.id.clone()).collect();
        progress(0, total);
        let mut write = self.begin_bulk(true)?;
        let mut models = models.into_iter();
        let mut first_row = 1;
        loop {
            let chunk: Vec<Model> = models.by_ref().take(CHUNK_ROWS).collect();
            if chunk.is_empty() {
                break;
            }
            if cancel.load(Ordering::Relaxed) {
                return Ok(ImportOutcome::Cancelled); // dropping `write` rolls back
            }
            let records = parallel_map(&chunk, record_json);
            let count = chunk.len();
            write.add((first_row..).zip(chunk.into_iter().zip(records).map(Ok)).collect())?;
            first_row += count;
            if write.added() < total {
                progress(write.added(), total);
            }
        }
        let written = write.finish()?;
        if let Some(problem) = written.problems.first() {
            return Err(StoreError::DuplicateId(ids[problem.row - 1].clone()));
        }
        progress(total, total);
        Ok(ImportOutcome::Imported(written.added))
    }

    /// Starts a bulk write (see [`BulkWrite`]).
    pub(super) fn begin_bulk(&mut self, whole_file: bool) -> Result<BulkWrite<'_>, StoreError> {
        self.writable()?;
        BulkWrite::begin(&self.conn, self.path.as_deref(), whole_file)
    }

    pub(super) fn connection(&self) -> &Connection {
        &self.conn
    }
}

fn check_valid(model: &Model) -> Result<(), StoreError> {
    let problems = validate(model);
    if problems.is_empty() { Ok(()) } else { Err(StoreError::Invalid { id: model.id.clone(), problems }) }
}

/// Reads the columns listed in `ROW_COLUMNS`.
/// A model's place in the store, standing for its row in a long listing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RowKey(i64);

fn model_row(row: &Row<'_>) -> rusqlite::Result<ModelRow> {
    model_row_from(row, 0)
}

/// A [`ModelRow`] from the [`ROW_COLUMNS`] starting at column `at`.
fn model_row_from(row: &Row<'_>, at: usize) -> rusqlite::Result<ModelRow> {
    let origin: String = row.get(at + 7)?;
    let kind: String = row.get(at + 8)?;
    Ok(ModelRow {
        id: row.get(at)?,
        name: row.get(at + 1)?,
        titles: row.get(at + 2)?,
        population: row.get(at + 3)?,
        issue: row.get(at + 4)?,
        region: row.get(at + 5)?,
        period: row.get(at + 6)?,
        origin: origin_from_key(&origin),
        kind: ModelKind::from_key(&kind).unwrap_or_default(),
    })
}
