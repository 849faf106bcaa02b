//! Writing a model as a row of the `model` table and reading it back. The
//! record is kept whole as JSON; its context and answers are copied into
//! the columns the filters and the table use.

use super::columns::{FilterValues, joined_titles};
use super::model::{Model, Origin};
use super::query::origin_key;
use rusqlite::{Connection, params};

const INSERT: &str = "INSERT INTO model (id, origin, name, titles, population, issue, region, period,
    functions, primary_functions, formality, relations, status, affiliations, peer_run, spaces, record)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)";

const UPDATE: &str = "UPDATE model SET origin = ?2, name = ?3, titles = ?4, population = ?5, issue = ?6,
    region = ?7, period = ?8, functions = ?9, primary_functions = ?10, formality = ?11, relations = ?12,
    status = ?13, affiliations = ?14, peer_run = ?15, spaces = ?16, record = ?17
    WHERE id = ?1";

/// Reuses one buffer for the JSON of many records (bulk imports).
#[derive(Default)]
pub struct RowWriter {
    json: Vec<u8>,
}

impl RowWriter {
    /// Adds a row; fails on an id already in the table (a UNIQUE constraint).
    pub fn insert(&mut self, conn: &Connection, model: &Model, origin: Origin) -> rusqlite::Result<()> {
        self.write(conn, INSERT, model, origin)
    }

    /// Replaces the row with the model's id; returns whether there was one.
    pub fn update(&mut self, conn: &Connection, model: &Model, origin: Origin) -> rusqlite::Result<bool> {
        self.write(conn, UPDATE, model, origin).map(|()| conn.changes() > 0)
    }

    fn write(&mut self, conn: &Connection, sql: &str, model: &Model, origin: Origin) -> rusqlite::Result<()> {
        self.json.clear();
        serde_json::to_writer(&mut self.json, model).expect("models always serialise");
        let record = std::str::from_utf8(&self.json).expect("serde_json writes UTF-8");
        let f = FilterValues::of(&model.answers);
        conn.prepare_cached(sql)?.execute(params![
            model.id,
            origin_key(origin),
            model.name,
            joined_titles(model),
            model.population,
            model.issue,
            model.region,
            model.period,
            f.functions,
            f.primary_functions,
            f.formality,
            f.relations,
            f.status,
            f.affiliations,
            f.peer_run,
            f.spaces,
            record,
        ])?;
        Ok(())
    }
}

/// The JSON a model is stored as (to compare a stored record with a new one).
pub fn record_json(model: &Model) -> String {
    serde_json::to_string(model).expect("models always serialise")
}

/// Whether an SQLite error is a UNIQUE constraint failure (an id already taken).
pub fn is_unique_violation(err: &rusqlite::Error) -> bool {
    err.sqlite_error().is_some_and(|e| e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE)
}
