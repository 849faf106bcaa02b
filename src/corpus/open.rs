//! Opening the corpus database without ever harming the user's file.
//!
//! An existing file is first inspected through a read-only connection
//! (header, schema version, owner, integrity), so a damaged file, one from
//! a newer peermap or a stranger's SQLite file is refused before anything
//! is written. Only then is it opened for writing: the write lock is
//! probed (a file another program holds is refused, not waited on
//! forever), WAL mode lets other windows read while one writes, and the
//! migrations and the bundled-corpus refresh run, each in one transaction.

use super::bundled::{bundled_fingerprint, bundled_models};
use super::integrity::{self, BackgroundCheck};
use super::model::Origin;
use super::query::origin_key;
use super::rows::{self, record_json};
use super::schema::{APPLICATION_ID, SCHEMA_VERSION, migrations};
use super::store::Store;
use super::store_error::StoreError;
use rusqlite::{Connection, OpenFlags, OptionalExtension, TransactionBehavior, params};
use std::collections::HashSet;
use std::path::Path;
use std::time::Duration;

/// How long to wait for another window's write to finish before calling the file locked.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// The page size of new store files.
const PAGE_SIZE: i64 = 16384;

/// The page cache, in KiB: enough for the table of 100,000 models, used
/// only as far as the corpus needs (SQLite's default is 2 MiB).
const CACHE_KIB: i64 = 64 * 1024;

/// Where the bundled corpus's fingerprint is remembered.
const FINGERPRINT_KEY: &str = "bundled_fingerprint";

impl Store {
    /// Opens (or creates) the corpus database at `path`. See [`Store::open`].
    pub fn open_with_busy_timeout(path: &Path, busy_timeout: Duration) -> Result<Store, StoreError> {
        if let Some(folder) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(folder)
                .map_err(|source| StoreError::Io { path: path.to_path_buf(), source })?;
        }
        let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        let existing = size > 0;
        let mut background_check = None;
        if existing {
            let probe = inspect(path, busy_timeout)?;
            if size <= integrity::FOREGROUND_LIMIT {
                integrity::check(&probe)
                    .map_err(|detail| StoreError::Corrupt { path: path.into(), detail })?;
            } else {
                background_check = Some(BackgroundCheck::start(probe));
            }
        }

        let sqlite = |e| StoreError::from_sqlite(Some(path), e);
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(path, flags).map_err(sqlite)?;
        conn.busy_timeout(busy_timeout).map_err(sqlite)?;
        if !existing {
            // Records are about 2 KB: 16 KiB pages hold several (4 KiB pages
            // hold one and waste half). Only possible before the first table.
            conn.pragma_update(None, "page_size", PAGE_SIZE).map_err(sqlite)?;
        }
        // Take and release the write lock: writes nothing, but tells a file
        // another program holds apart from one we can use.
        conn.execute_batch("BEGIN IMMEDIATE; ROLLBACK;").map_err(sqlite)?;
        let mode: String =
            conn.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0)).map_err(sqlite)?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(StoreError::Migration {
                path: path.to_path_buf(),
                detail: format!("it cannot use write-ahead logging (journal mode stays \"{mode}\")"),
            });
        }
        // Statement journals (one per insert, to undo just that statement)
        // stay in memory rather than in a temp file.
        conn.execute_batch(&format!(
            "PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA temp_store = MEMORY;
             PRAGMA cache_size = -{CACHE_KIB};"
        ))
        .map_err(sqlite)?;
        conn.set_transaction_behavior(TransactionBehavior::Immediate);
        let mut store = Store::from_connection(conn, Some(path.to_path_buf()), false);
        store.set_integrity_check(background_check);
        store.migrate()?;
        store.refresh_bundled()?;
        Ok(store)
    }

    /// The bundled corpus alone, in memory and read-only: the way on when
    /// the corpus file cannot be used.
    pub fn open_bundled_in_memory() -> Store {
        let mut conn = Connection::open_in_memory().expect("SQLite can always open an in-memory database");
        conn.execute_batch("PRAGMA foreign_keys = ON;").expect("a pragma on an in-memory database");
        migrations().to_latest(&mut conn).expect("the migrations apply to an empty database (unit-tested)");
        let mut store = Store::from_connection(conn, None, false);
        store.refresh_bundled().expect("the bundled corpus fits an empty in-memory store (tested)");
        store.set_read_only();
        store
    }

    /// Brings the bundled models in line with the ones this build ships,
    /// when they changed since the store last saw them: new ones are added,
    /// changed ones updated, withdrawn ones removed. The user's models are
    /// never touched; a user model that already has a newly bundled id keeps it.
    pub(super) fn refresh_bundled(&mut self) -> Result<(), StoreError> {
        let fingerprint = bundled_fingerprint();
        let path = self.path().map(Path::to_path_buf);
        let sqlite = |e| StoreError::from_sqlite(path.as_deref(), e);
        let stored: Option<String> = self
            .connection()
            .query_row("SELECT value FROM meta WHERE key = ?1", [FINGERPRINT_KEY], |row| row.get(0))
            .optional()
            .map_err(sqlite)?;
        if stored.as_deref() == Some(fingerprint) {
            return Ok(());
        }
        self.ensure_intact()?;
        let tx = self.connection_mut().transaction().map_err(sqlite)?;
        let mut bundled_ids = HashSet::new();
        let mut new_models = Vec::new();
        for model in bundled_models() {
            bundled_ids.insert(model.id.as_str());
            let existing: Option<(String, String)> = tx
                .prepare_cached("SELECT origin, record FROM model JOIN model_record USING (pk) WHERE id = ?1")
                .and_then(|mut s| s.query_row([&model.id], |row| Ok((row.get(0)?, row.get(1)?))).optional())
                .map_err(sqlite)?;
            match existing {
                None => new_models.push(model),
                Some((origin, _)) if origin != origin_key(Origin::Bundled) => {}
                Some((_, record)) => {
                    if record != record_json(model) {
                        rows::update(&tx, model, Origin::Bundled).map_err(sqlite)?;
                    }
                }
            }
        }
        for chunk in new_models.chunks(rows::MAX_CHUNK) {
            let records: Vec<String> = chunk.iter().map(|m| record_json(m)).collect();
            let first_pk = rows::next_pk(&tx).map_err(sqlite)?;
            rows::insert_chunk(&tx, first_pk, chunk, &records, Origin::Bundled).map_err(sqlite)?;
        }
        let stored_ids: Vec<String> = tx
            .prepare("SELECT id FROM model WHERE origin = 'bundled'")
            .and_then(|mut s| s.query_map([], |row| row.get(0))?.collect())
            .map_err(sqlite)?;
        for id in stored_ids.iter().filter(|id| !bundled_ids.contains(id.as_str())) {
            tx.execute("DELETE FROM model WHERE id = ?1", [id]).map_err(sqlite)?;
        }
        tx.execute(
            "INSERT INTO meta (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![FINGERPRINT_KEY, fingerprint],
        )
        .map_err(sqlite)?;
        tx.commit().map_err(sqlite)
    }
}

/// Checks an existing file through a read-only connection, which cannot
/// change it: is it SQLite, ours, and not from a newer version? Returns the
/// connection for the integrity check.
fn inspect(path: &Path, busy_timeout: Duration) -> Result<Connection, StoreError> {
    let sqlite = |e| StoreError::from_sqlite(Some(path), e);
    let open = || -> rusqlite::Result<(Connection, i64)> {
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        conn.busy_timeout(busy_timeout)?;
        let version = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
        Ok((conn, version))
    };
    let (conn, version) = match open() {
        Err(err) if interrupted_write(&err) => {
            roll_back_interrupted_write(path, busy_timeout).map_err(sqlite)?;
            open().map_err(sqlite)?
        }
        other => other.map_err(sqlite)?,
    };
    let application_id: i32 =
        conn.pragma_query_value(None, "application_id", |row| row.get(0)).map_err(sqlite)?;
    let tables: i64 =
        conn.query_row("SELECT count(*) FROM sqlite_schema", [], |row| row.get(0)).map_err(sqlite)?;
    let corrupt = |detail: &str| StoreError::Corrupt { path: path.to_path_buf(), detail: detail.to_string() };

    if version > 0 && application_id != APPLICATION_ID {
        return Err(corrupt("it is an SQLite database of another program"));
    }
    if version == 0 && tables > 0 {
        return Err(corrupt("it is an SQLite database without a peermap schema"));
    }
    if version > SCHEMA_VERSION as i64 {
        return Err(StoreError::NewerVersion {
            path: path.to_path_buf(),
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(conn)
}

/// Whether a read-only connection met the journal of a write that was cut
/// short (a bulk import killed midway): only a writer may undo it.
fn interrupted_write(err: &rusqlite::Error) -> bool {
    err.sqlite_error().is_some_and(|e| e.extended_code == rusqlite::ffi::SQLITE_READONLY_ROLLBACK)
}

/// Undoes a write that was cut short, as SQLite does when a writer first
/// reads the file: the file returns to its last committed state.
fn roll_back_interrupted_write(path: &Path, busy_timeout: Duration) -> rusqlite::Result<()> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(busy_timeout)?;
    conn.query_row("SELECT count(*) FROM sqlite_schema", [], |row| row.get::<_, i64>(0)).map(drop)
}

impl Store {
    /// Runs the migrations this build knows and the file has not had yet,
    /// once the file is known to be intact.
    fn migrate(&mut self) -> Result<(), StoreError> {
        let path = self.path().map(Path::to_path_buf).unwrap_or_default();
        let pending = migrations().pending_migrations(self.connection()).unwrap_or(1);
        if pending > 0 {
            self.ensure_intact()?;
        }
        migrate(self.connection_mut(), &path)
    }
}

fn migrate(conn: &mut Connection, path: &Path) -> Result<(), StoreError> {
    use rusqlite_migration::{Error, MigrationDefinitionError};
    match migrations().to_latest(conn) {
        Ok(()) => Ok(()),
        Err(Error::RusqliteError { err, .. }) => Err(StoreError::from_sqlite(Some(path), err)),
        Err(Error::MigrationDefinition(MigrationDefinitionError::DatabaseTooFarAhead)) => {
            let found = conn.pragma_query_value(None, "user_version", |row| row.get(0)).unwrap_or(-1);
            Err(StoreError::NewerVersion { path: path.to_path_buf(), found, supported: SCHEMA_VERSION })
        }
        Err(other) => Err(StoreError::Migration { path: path.to_path_buf(), detail: other.to_string() }),
    }
}
