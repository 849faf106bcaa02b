//! Writing a model into the store: its context and answers into the
//! columns of `model` (what the table, filters and search use), the whole
//! record as JSON into `model_record` (what `get` returns).

use super::columns::{FilterValues, joined_titles};
use super::model::{Model, Origin};
use super::query::origin_key;
use rusqlite::{Connection, OptionalExtension, ToSql, params};
use std::borrow::Borrow;

/// Runs `statement` with the parameters ?1..?20 of [`INSERT`] and [`UPDATE`] for a model.
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
        model.period_text(),
        model.summary,
        f.functions,
        f.primary_functions,
        f.formality,
        f.relations,
        f.status,
        f.affiliations,
        f.peer_run,
        f.spaces,
        model.kind.key(),
        countries_cell(&model.countries),
        // In English whatever the window speaks, so every row is searched and sorted alike.
        crate::i18n::with_language(crate::i18n::Language::English, || model.issue_text()),
    ])
}

/// The countries column: "|KE|UG|", so one country is `LIKE '%|KE|%'`.
pub fn countries_cell(codes: &[String]) -> String {
    if codes.is_empty() { String::new() } else { format!("|{}|", codes.join("|")) }
}

const INSERT: &str =
    "INSERT INTO model (id, origin, name, titles, population, issue, region, period, summary,
    functions, primary_functions, formality, relations, status, affiliations, peer_run, spaces, kind, countries,
    issue_words) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)";

const UPDATE: &str = "UPDATE model SET origin = ?2, name = ?3, titles = ?4, population = ?5, issue = ?6,
    region = ?7, period = ?8, summary = ?9, functions = ?10, primary_functions = ?11, formality = ?12,
    relations = ?13, status = ?14, affiliations = ?15, peer_run = ?16, spaces = ?17, kind = ?18,
    countries = ?19, issue_words = ?20 WHERE id = ?1 RETURNING pk";

const INSERT_RECORD: &str = "INSERT INTO model_record (pk, record) VALUES (?1, ?2)";

/// The values of one row of [`INSERT_PK`]: the pk and the 20 of [`INSERT`].
const ROW_VALUES: usize = 21;

/// The most rows [`insert_chunk`] takes: SQLite binds at most 32,766 values.
pub const MAX_CHUNK: usize = 32_766 / ROW_VALUES;

/// [`INSERT`] with the pk given, up to VALUES (for many rows at once).
const INSERT_PK: &str = "INSERT INTO model (pk, id, origin, name, titles, population, issue, region, period,
    summary, functions, primary_functions, formality, relations, status, affiliations, peer_run, spaces, kind,
    countries, issue_words) VALUES";

const INSERT_RECORD_HEAD: &str = "INSERT INTO model_record (pk, record) VALUES";

const UPDATE_RECORD: &str = "UPDATE model_record SET record = ?2 WHERE pk = ?1";

/// Adds a model (its row and its record); fails on an id already in the
/// table (a UNIQUE constraint). Call within a transaction.
pub fn insert(conn: &Connection, model: &Model, origin: Origin) -> rusqlite::Result<()> {
    insert_encoded(conn, model, origin, &record_json(model))
}

/// Adds a model whose JSON record was made beforehand (by [`record_json`]),
/// so a bulk import can encode records on another thread.
pub fn insert_encoded(
    conn: &Connection,
    model: &Model,
    origin: Origin,
    record: &str,
) -> rusqlite::Result<()> {
    with_row_params(model, origin, |p| conn.prepare_cached(INSERT)?.execute(p))?;
    let pk = conn.last_insert_rowid();
    conn.prepare_cached(INSERT_RECORD)?.execute(params![pk, record])?;
    Ok(())
}

/// Adds many models at once, numbered from `first_pk`, with their JSON
/// records made beforehand (`records[i]` is `models[i]`). One statement per
/// table for the whole chunk: the full-text index then takes the chunk in
/// one go (it writes a new index segment at every statement that may need
/// undoing, which one row at a time makes 100,000 tiny segments to merge).
/// The ids must be new (see [`existing_ids`]). Call within a transaction.
pub fn insert_chunk<M: Borrow<Model>>(
    conn: &Connection,
    first_pk: i64,
    models: &[M],
    records: &[String],
    origin: Origin,
) -> rusqlite::Result<()> {
    if models.is_empty() {
        return Ok(());
    }
    let mut statement = conn.prepare_cached(&multi_row_sql(INSERT_PK, ROW_VALUES, models.len()))?;
    for (row, (pk, model)) in (first_pk..).zip(models).enumerate() {
        let first = row * ROW_VALUES + 1;
        statement.raw_bind_parameter(first, pk)?;
        with_row_params(model.borrow(), origin, |params| {
            for (k, param) in params.iter().enumerate() {
                statement.raw_bind_parameter(first + 1 + k, param)?;
            }
            Ok(())
        })?;
    }
    statement.raw_execute()?;
    let mut statement = conn.prepare_cached(&multi_row_sql(INSERT_RECORD_HEAD, 2, models.len()))?;
    for (i, (pk, record)) in (first_pk..).zip(records).enumerate() {
        statement.raw_bind_parameter(2 * i + 1, pk)?;
        statement.raw_bind_parameter(2 * i + 2, record.as_str())?;
    }
    statement.raw_execute()?;
    Ok(())
}

/// "INSERT … VALUES (?, …), (?, …), …" for `rows` rows of `columns` values.
fn multi_row_sql(head: &str, columns: usize, rows: usize) -> String {
    let row = format!("({})", vec!["?"; columns].join(", "));
    format!("{head} {}", vec![row.as_str(); rows].join(", "))
}

/// The pk the next new model gets.
pub fn next_pk(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("SELECT coalesce(max(pk), 0) + 1 FROM model", [], |row| row.get(0))
}

/// Which of these ids the store already holds, in the order given.
pub fn existing_ids<'a>(conn: &Connection, ids: &[&'a str]) -> rusqlite::Result<Vec<&'a str>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let sql = format!("SELECT id FROM model WHERE id IN ({})", vec!["?"; ids.len()].join(", "));
    let found: std::collections::HashSet<String> = conn
        .prepare_cached(&sql)?
        .query_map(rusqlite::params_from_iter(ids), |row| row.get(0))?
        .collect::<Result<_, _>>()?;
    Ok(ids.iter().copied().filter(|id| found.contains(*id)).collect())
}

/// Replaces the model with the same id; returns whether there was one.
/// Call within a transaction.
pub fn update(conn: &Connection, model: &Model, origin: Origin) -> rusqlite::Result<bool> {
    let pk: Option<i64> = with_row_params(model, origin, |p| {
        conn.prepare_cached(UPDATE)?.query_row(p, |row| row.get(0)).optional()
    })?;
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
