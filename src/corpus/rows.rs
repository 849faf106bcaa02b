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

/// Adds a row; fails on an id already in the table (a UNIQUE constraint).
pub fn insert(conn: &Connection, model: &Model, origin: Origin) -> rusqlite::Result<()> {
    write_row(conn, INSERT, model, origin, &record_json(model))
}

/// Adds a row whose JSON record was made beforehand (by [`record_json`]),
/// so a bulk import can encode records on another thread.
pub fn insert_encoded(
    conn: &Connection,
    model: &Model,
    origin: Origin,
    record: &str,
) -> rusqlite::Result<()> {
    write_row(conn, INSERT, model, origin, record)
}

/// Replaces the row with the model's id; returns whether there was one.
pub fn update(conn: &Connection, model: &Model, origin: Origin) -> rusqlite::Result<bool> {
    write_row(conn, UPDATE, model, origin, &record_json(model)).map(|()| conn.changes() > 0)
}

fn write_row(
    conn: &Connection,
    sql: &str,
    model: &Model,
    origin: Origin,
    record: &str,
) -> rusqlite::Result<()> {
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

/// The JSON a model is stored as (to compare a stored record with a new one).
pub fn record_json(model: &Model) -> String {
    serde_json::to_string(model).expect("models always serialise")
}

/// Whether an SQLite error is a UNIQUE constraint failure (an id already taken).
pub fn is_unique_violation(err: &rusqlite::Error) -> bool {
    err.sqlite_error().is_some_and(|e| e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE)
}
