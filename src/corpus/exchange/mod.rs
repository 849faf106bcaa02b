//! Importing and exporting the corpus as CSV or JSON (the formats are
//! documented in docs/corpus-format.md).
//!
//! An import is parsed and checked in full before anything is written:
//! every bad row is reported with its row number, field and reason, and
//! only the good rows come back as models, so the caller can refuse the
//! file or, when the user asks, import just the valid rows.

mod csv;
mod fields;
mod json;

pub use csv::COLUMNS as CSV_COLUMNS;
pub use fields::{format_lessons, parse_lessons, parse_year};

use super::model::Model;
pub(crate) use super::parallel::parallel_map;
use super::store::Store;
use super::validate::validate;
use crate::design::write_atomically;
use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};

/// The file formats of the corpus exchange.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExchangeFormat {
    Csv,
    Json,
}

impl ExchangeFormat {
    /// The format a file name asks for (`.csv` or `.json`, any case).
    pub fn from_path(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        match extension.as_str() {
            "csv" => Some(ExchangeFormat::Csv),
            "json" => Some(ExchangeFormat::Json),
            _ => None,
        }
    }
}

/// Why a whole file could not be read or written (bad rows are [`RowProblem`]s instead).
#[derive(Debug, thiserror::Error)]
pub enum ExchangeError {
    #[error("{}: unknown file type; name the file .csv or .json", path.display())]
    UnknownFormat { path: PathBuf },
    #[error("cannot read {}: {source}", path.display())]
    Read { path: PathBuf, source: io::Error },
    #[error("cannot write {}: {source}", path.display())]
    Write { path: PathBuf, source: io::Error },
    #[error("{}: {reason}", path.display())]
    NotARecordList { path: PathBuf, reason: String },
    #[error("{} cannot be written as CSV: model `{id}`, field `{field}`: {reason}", path.display())]
    Unrepresentable { path: PathBuf, id: String, field: String, reason: String },
}

/// One thing wrong with one row (CSV) or record (JSON) of an import file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowProblem {
    /// The 1-based data row (CSV, not counting the header) or record (JSON);
    /// 0 for the CSV header.
    pub row: usize,
    /// The CSV column or JSON field at fault.
    pub field: String,
    pub reason: String,
}

impl std::fmt::Display for RowProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.row {
            0 => write!(f, "header, field `{}`: {}", self.field, self.reason),
            row => write!(f, "row {row}, field `{}`: {}", self.field, self.reason),
        }
    }
}

/// A checked import file: the valid models with their row numbers, and
/// every problem of the other rows (sorted by row).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParsedImport {
    pub models: Vec<(usize, Model)>,
    pub problems: Vec<RowProblem>,
}

impl ParsedImport {
    /// How many rows have at least one problem (the header counts as one).
    pub fn bad_rows(&self) -> usize {
        let mut rows: Vec<usize> = self.problems.iter().map(|p| p.row).collect();
        rows.dedup();
        rows.len()
    }

    /// The valid models alone.
    pub fn into_models(self) -> Vec<Model> {
        self.models.into_iter().map(|(_, model)| model).collect()
    }
}

/// Writes the models to `path` as CSV or JSON (by extension), atomically:
/// a failed export leaves any existing file as it was. Returns the count.
pub fn export(models: &[Model], path: &Path) -> Result<usize, ExchangeError> {
    let format =
        ExchangeFormat::from_path(path).ok_or_else(|| ExchangeError::UnknownFormat { path: path.into() })?;
    let bytes = match format {
        ExchangeFormat::Csv => csv::to_csv(models, path)?,
        ExchangeFormat::Json => json::to_json(models),
    };
    write_atomically(path, |file| io::Write::write_all(file, &bytes))
        .map_err(|source| ExchangeError::Write { path: path.into(), source })?;
    Ok(models.len())
}

/// Reads and checks an import file (CSV or JSON, by extension). The file is only read.
pub fn parse_file(path: &Path) -> Result<ParsedImport, ExchangeError> {
    let format =
        ExchangeFormat::from_path(path).ok_or_else(|| ExchangeError::UnknownFormat { path: path.into() })?;
    let read_error = |source| ExchangeError::Read { path: path.into(), source };
    if format == ExchangeFormat::Csv {
        // Streamed: a large CSV is never held whole in memory.
        let mut file = io::BufReader::new(std::fs::File::open(path).map_err(read_error)?);
        let starts_with_bom =
            io::BufRead::fill_buf(&mut file).map_err(read_error)?.starts_with(BOM.as_bytes());
        if starts_with_bom {
            io::BufRead::consume(&mut file, BOM.len());
        }
        return Ok(collect(csv::parse(file, path)?));
    }
    let bytes = std::fs::read(path).map_err(read_error)?;
    parse_bytes(&bytes, format, path)
}

/// The byte-order mark some editors write at the start of a UTF-8 file.
const BOM: &str = "\u{feff}";

/// Reads and checks import file contents; `path` is only used in messages.
pub fn parse_bytes(bytes: &[u8], format: ExchangeFormat, path: &Path) -> Result<ParsedImport, ExchangeError> {
    let bytes = bytes.strip_prefix(BOM.as_bytes()).unwrap_or(bytes);
    let rows = match format {
        ExchangeFormat::Csv => csv::parse(bytes, path)?,
        ExchangeFormat::Json => json::parse(bytes, path)?,
    };
    Ok(collect(rows))
}

/// Moves the models whose id is already in the store to the problems, so
/// an import never collides with a bundled or earlier model.
pub fn check_against_store(parsed: &mut ParsedImport, store: &Store) {
    let mut kept = Vec::with_capacity(parsed.models.len());
    for (row, model) in std::mem::take(&mut parsed.models) {
        match store.contains(&model.id) {
            Ok(false) => kept.push((row, model)),
            Ok(true) => parsed.problems.push(RowProblem {
                row,
                field: "id".into(),
                reason: format!("`{}` is already in the corpus; give the row a new id to add it", model.id),
            }),
            Err(err) => parsed.problems.push(RowProblem {
                row,
                field: "id".into(),
                reason: format!("could not be checked against the corpus: {err}"),
            }),
        }
    }
    parsed.models = kept;
    parsed.problems.sort_by_key(|p| p.row);
}

/// What one row of a file became: a model, or why not.
pub(crate) type ParsedRow = Result<Model, Vec<RowProblem>>;

/// Rows in file order → the valid models and every problem, with ids that
/// repeat within the file reported on the later row (naming both).
fn collect(rows: Vec<(usize, ParsedRow)>) -> ParsedImport {
    let mut parsed = ParsedImport::default();
    let mut first_row: HashMap<String, usize> = HashMap::with_capacity(rows.len());
    for (row, result) in rows {
        match result {
            Err(problems) => parsed.problems.extend(problems),
            Ok(model) => match first_row.get(&model.id) {
                Some(first) => parsed.problems.push(RowProblem {
                    row,
                    field: "id".into(),
                    reason: format!("`{}` is also the id of row {first}; ids must be unique", model.id),
                }),
                None => {
                    first_row.insert(model.id.clone(), row);
                    parsed.models.push((row, model));
                }
            },
        }
    }
    parsed.problems.sort_by_key(|p| p.row);
    parsed
}

/// The model if `validate` finds nothing wrong, else its problems with the
/// field names `rename` gives them in this format.
pub(crate) fn validated(row: usize, model: Model, rename: impl Fn(&Model, &str) -> String) -> ParsedRow {
    let problems = validate(&model);
    if problems.is_empty() {
        return Ok(model);
    }
    Err(problems
        .into_iter()
        .map(|p| RowProblem { row, field: rename(&model, &p.field), reason: p.reason })
        .collect())
}
