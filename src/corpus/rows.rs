//! Writing a model into the store: its context and answers into the
//! columns of `model` (what the table, filters and search use), the whole
//! record as JSON into `model_record` (what `get` returns).

use super::columns::{FilterValues, joined_titles};
use super::model::{Model, Origin};
use super::query::origin_key;
use rusqlite::{Connection, OptionalExtension, ToSql, params};

/// Runs `statement` with the parameters ?1..?17 of [`INSERT`] and [`UPDATE`] for a model.
fn with_row_params<T>(
    model: &Model,
    origin: Origin,
    statement: impl FnOnce(&[&dyn ToSql]) -> rusqlite::Result<T>,
) -> rusqlite::Result<T> {
    let f = FilterValues::of(&model.answers);
    statement(params![
        model.id,
        origin_key(origin),
        model.name,
        joined_titles(model),
        model.population,
        model.issue,
        model.region,
        model.period,
        model.summary,
        f.functions,
        f.primary_functions,
        f.formality,
        f.relations,
        f.status,
        f.affiliations,
        f.peer_run,
        f.spaces,
    ])
}

const INSERT: &str = "INSERT INTO model (id, origin, name, titles, population, issue, region, period, summary,
    functions, primary_functions, formality, relations, status, affiliations, peer_run, spaces)
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)";

const UPDATE: &str = "UPDATE model SET origin = ?2, name = ?3, titles = ?4, population = ?5, issue = ?6,
    region = ?7, period = ?8, summary = ?9, functions = ?10, primary_functions = ?11, formality = ?12,
    relations = ?13, status = ?14, affiliations = ?15, peer_run = ?16, spaces = ?17
    WHERE id = ?1 RETURNING pk";

const INSERT_RECORD: &str = "INSERT INTO model_record (pk, record) VALUES (?1, ?2)";

const UPDATE_RECORD: &str = "UPDATE model_record SET record = ?2 WHERE pk = ?1";

/// Adds a model (its row and its record); fails on an id already in the
/// table (a UNIQUE constraint). Call within a transaction.
pub fn insert(conn: &Connection, model: &Model, origin: Origin) -> rusqlite::Result<()> {
    insert_encoded(conn, model, origin, &record_json(model))
}

/// Adds a model whose JSON record was made beforehand (by [`record_json`]),
/// so a bulk import can encode records on another thread.
pub fn insert_encoded(conn: &Connection, model: &Model, origin: Origin, record: &str) -> rusqlite::Result<()> {
    with_row_params(model, origin, |p| conn.prepare_cached(INSERT)?.execute(p))?;
    let pk = conn.last_insert_rowid();
    conn.prepare_cached(INSERT_RECORD)?.execute(params![pk, record])?;
    Ok(())
}

/// Replaces the model with the same id; returns whether there was one.
/// Call within a transaction.
pub fn update(conn: &Connection, model: &Model, origin: Origin) -> rusqlite::Result<bool> {
    let pk: Option<i64> =
        with_row_params(model, origin, |p| conn.prepare_cached(UPDATE)?.query_row(p, |row| row.get(0)).optional())?;
    let Some(pk) = pk else { return Ok(false) };
    conn.prepare_cached(UPDATE_RECORD)?.execute(params![pk, record_json(model)])?;
    Ok(true)
}

/// The JSON a model is stored as (to compare a stored record with a new one).
pub fn record_json(model: &Model) -> String {
    serde_json::to_string(model).expect("models always serialise")
}

/// Whether an SQLite error is a UNIQUE constraint failure (an id already taken).
pub fn is_unique_violation(err: &rusqlite::Error) -> bool {
    err.sqlite_error().is_some_and(|e| e.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE)
}
