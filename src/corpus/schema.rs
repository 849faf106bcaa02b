//! The corpus database schema, as numbered migrations.
//!
//! Each migration is applied once, in order, and the database's
//! `user_version` says how many have run, so an older store is upgraded in
//! place and a store from a newer peermap is recognised (and left alone).
//! Never edit a released migration: add a new one.

use super::model::Model;
use super::query::origin_from_key;
use super::rows;
use rusqlite_migration::{HookError, HookResult, M, Migrations};
use std::sync::LazyLock;

/// Stamped into the database header (`PRAGMA application_id`) so a stray
/// SQLite file is not mistaken for a corpus: "peer" in ASCII.
pub const APPLICATION_ID: i32 = 0x7065_6572;

/// Version 1: one row per model in `model`, holding what the table, the
/// filters and the search need: the context fields, and the six answers
/// (answer sets as bitmasks over each option list, formality as a REAL) so
/// that every filter is plain SQL. The full record is kept as JSON in
/// `model_record` (what `get` returns), apart so that scanning and listing
/// 100,000 models reads a few megabytes, not the records. `model_list`
/// holds the table's columns in name order, so the browser's first view
/// (everything by name) is read straight from it (until version 4).
const V1_MODELS: &str = "
CREATE TABLE model (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    origin TEXT NOT NULL CHECK (origin IN ('bundled', 'user')),
    name TEXT NOT NULL,
    titles TEXT NOT NULL,
    population TEXT NOT NULL,
    issue TEXT NOT NULL,
    region TEXT NOT NULL,
    period TEXT NOT NULL,
    summary TEXT NOT NULL,
    functions INTEGER NOT NULL DEFAULT 0,
    primary_functions INTEGER NOT NULL DEFAULT 0,
    formality REAL,
    relations INTEGER NOT NULL DEFAULT 0,
    status INTEGER NOT NULL DEFAULT 0,
    affiliations INTEGER NOT NULL DEFAULT 0,
    peer_run INTEGER NOT NULL DEFAULT 0,
    spaces INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX model_list ON model (name COLLATE NOCASE, id, titles, population, issue, region, period, origin);
CREATE INDEX model_issue ON model (issue COLLATE NOCASE);
CREATE TABLE model_record (
    pk INTEGER PRIMARY KEY REFERENCES model (pk) ON DELETE CASCADE,
    record TEXT NOT NULL
);
CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) WITHOUT ROWID;
PRAGMA application_id = 1885693298;
";

/// Version 2: full-text search over name, titles, population, issue and
/// summary: an FTS5 index on the `model` table, kept in step by triggers
/// and built from the rows a version-1 store already holds.
/// `remove_diacritics` lets "Montreal" find "Montréal". A 64 MB
/// pending-terms buffer (used only by large transactions) makes a bulk
/// import write a few large index segments instead of merging many small ones.
const V2_FULL_TEXT: &str = "
CREATE VIRTUAL TABLE model_fts USING fts5(
    name, titles, population, issue, summary,
    content = 'model', content_rowid = 'pk',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO model_fts (model_fts, rank) VALUES ('hashsize', 67108864);
CREATE TRIGGER model_fts_insert AFTER INSERT ON model BEGIN
    INSERT INTO model_fts (rowid, name, titles, population, issue, summary)
    VALUES (new.pk, new.name, new.titles, new.population, new.issue, new.summary);
END;
CREATE TRIGGER model_fts_delete AFTER DELETE ON model BEGIN
    INSERT INTO model_fts (model_fts, rowid, name, titles, population, issue, summary)
    VALUES ('delete', old.pk, old.name, old.titles, old.population, old.issue, old.summary);
END;
CREATE TRIGGER model_fts_update AFTER UPDATE ON model BEGIN
    INSERT INTO model_fts (model_fts, rowid, name, titles, population, issue, summary)
    VALUES ('delete', old.pk, old.name, old.titles, old.population, old.issue, old.summary);
    INSERT INTO model_fts (rowid, name, titles, population, issue, summary)
    VALUES (new.pk, new.name, new.titles, new.population, new.issue, new.summary);
END;
INSERT INTO model_fts (model_fts) VALUES ('rebuild');
";

/// Version 3: each model's kind (programme, role family, movement,
/// framework) and its countries ("|KE|UG|") as columns for the filters,
/// and the issue in words (`issue_words`: its label and detail) for the
/// full-text search, whose index is rebuilt over it. The hook rewrites
/// every stored record in the new form (issue keys, period years), so a
/// user's own models carry over without loss.
const V3_KINDS_AND_COUNTRIES: &str = "
DROP TRIGGER model_fts_insert;
DROP TRIGGER model_fts_delete;
DROP TRIGGER model_fts_update;
DROP TABLE model_fts;
ALTER TABLE model ADD COLUMN kind TEXT NOT NULL DEFAULT 'programme'
    CHECK (kind IN ('programme', 'role', 'movement', 'framework'));
ALTER TABLE model ADD COLUMN countries TEXT NOT NULL DEFAULT '';
ALTER TABLE model ADD COLUMN issue_words TEXT NOT NULL DEFAULT '';
CREATE INDEX model_kind ON model (kind);
";

/// The full-text index of version 3, made after the rows are rewritten.
const V3_FULL_TEXT: &str = "
CREATE VIRTUAL TABLE model_fts USING fts5(
    name, titles, population, issue_words, summary,
    content = 'model', content_rowid = 'pk',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO model_fts (model_fts, rank) VALUES ('hashsize', 67108864);
CREATE TRIGGER model_fts_insert AFTER INSERT ON model BEGIN
    INSERT INTO model_fts (rowid, name, titles, population, issue_words, summary)
    VALUES (new.pk, new.name, new.titles, new.population, new.issue_words, new.summary);
END;
CREATE TRIGGER model_fts_delete AFTER DELETE ON model BEGIN
    INSERT INTO model_fts (model_fts, rowid, name, titles, population, issue_words, summary)
    VALUES ('delete', old.pk, old.name, old.titles, old.population, old.issue_words, old.summary);
END;
CREATE TRIGGER model_fts_update AFTER UPDATE ON model BEGIN
    INSERT INTO model_fts (model_fts, rowid, name, titles, population, issue_words, summary)
    VALUES ('delete', old.pk, old.name, old.titles, old.population, old.issue_words, old.summary);
    INSERT INTO model_fts (rowid, name, titles, population, issue_words, summary)
    VALUES (new.pk, new.name, new.titles, new.population, new.issue_words, new.summary);
END;
INSERT INTO model_fts (model_fts) VALUES ('rebuild');
";

/// Version 4: leaner indexes, which a bulk import writes for every row.
/// `model_list` keeps just the name order (its other columns stopped
/// covering the table's rows when `kind` came, and listing reads the rows
/// as fast without them). The full-text index keeps which models hold a
/// word, not where (`detail = none`): search matches words and prefixes,
/// never phrases, so positions were never read. The triggers of version 3
/// keep it in step, as they name it and its columns.
const V4_LEANER_INDEXES: &str = "
DROP INDEX model_list;
CREATE INDEX model_list ON model (name COLLATE NOCASE, id);
DROP TABLE model_fts;
CREATE VIRTUAL TABLE model_fts USING fts5(
    name, titles, population, issue_words, summary,
    content = 'model', content_rowid = 'pk',
    tokenize = 'unicode61 remove_diacritics 2', detail = none
);
INSERT INTO model_fts (model_fts, rank) VALUES ('hashsize', 67108864);
INSERT INTO model_fts (model_fts) VALUES ('rebuild');
";

/// Reads every record through the current model type (which understands
/// the older form), writes it back with its columns, then indexes it.
fn upgrade_records(tx: &rusqlite::Transaction) -> HookResult {
    let records: Vec<(String, String)> = tx
        .prepare("SELECT id, record FROM model JOIN model_record USING (pk)")?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<Result<_, _>>()?;
    for (id, record) in records {
        let model: Model = serde_json::from_str(&record)
            .map_err(|e| HookError::Hook(format!("the stored record of `{id}` cannot be read: {e}")))?;
        let origin: String =
            tx.query_row("SELECT origin FROM model WHERE id = ?1", [&id], |row| row.get(0))?;
        rows::update(tx, &model, origin_from_key(&origin))?;
    }
    tx.execute_batch(V3_FULL_TEXT)?;
    Ok(())
}

static MIGRATIONS: LazyLock<Migrations<'static>> = LazyLock::new(|| {
    Migrations::new(vec![
        M::up(V1_MODELS),
        M::up(V2_FULL_TEXT),
        M::up_with_hook(V3_KINDS_AND_COUNTRIES, upgrade_records),
        M::up(V4_LEANER_INDEXES),
    ])
});

/// The schema version this build creates and reads.
pub const SCHEMA_VERSION: usize = 4;

/// Every migration, oldest first. Public so tests can build a store at an
/// older version (`migrations().to_version(&mut conn, 1)`).
pub fn migrations() -> &'static Migrations<'static> {
    &MIGRATIONS
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_apply_to_an_empty_database() {
        assert_eq!(migrations().validate(), Ok(()));
        let mut conn = rusqlite::Connection::open_in_memory().expect("in-memory database");
        migrations().to_latest(&mut conn).expect("migrates");
        let version: i64 =
            conn.pragma_query_value(None, "user_version", |row| row.get(0)).expect("user_version");
        assert_eq!(version, SCHEMA_VERSION as i64);
        let id: i32 = conn.pragma_query_value(None, "application_id", |row| row.get(0)).expect("app id");
        assert_eq!(id, APPLICATION_ID);
    }
}
