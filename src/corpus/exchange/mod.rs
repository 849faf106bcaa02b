//! Importing and exporting the corpus as CSV or JSON (the formats are
//! documented in docs/corpus-format.md).
//!
//! A file is read a chunk of rows at a time: every bad row is reported with
//! its row number, field and reason, and only the good rows come back as
//! models, so the caller can refuse the file or, when the user asks, import
//! just the valid rows (`corpus::import_file` writes them as they come).

mod csv;
mod fields;
mod json;

pub use csv::COLUMNS as CSV_COLUMNS;
pub use fields::{format_lessons, parse_lessons, parse_year};

use super::model::Model;
pub(crate) use super::parallel::parallel_map;
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

/// How many rows these problems (sorted by row) are about.
pub fn rows_with_problems(problems: &[RowProblem]) -> usize {
    let mut rows: Vec<usize> = problems.iter().map(|p| p.row).collect();
    rows.dedup();
    rows.len()
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
        rows_with_problems(&self.problems)
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

/// How many rows are read, parsed (on all cores) and written together.
pub const CHUNK_ROWS: usize = 1000;

/// Reads and checks a whole import file (CSV or JSON, by extension). The
/// file is only read.
pub fn parse_file(path: &Path) -> Result<ParsedImport, ExchangeError> {
    let mut rows = Vec::new();
    read_chunks(path, |chunk, _| {
        rows.extend(chunk);
        true
    })?;
    Ok(collect(rows))
}

/// Reads an import file (CSV or JSON, by extension) a chunk of rows at a
/// time, so a large CSV is never held whole. `sink` hears each chunk's rows
/// (numbered from 1; row 0 is a bad CSV header) and how far through the
/// file the chunk ends, from 0 to 1; it returns false to stop reading.
pub fn read_chunks(
    path: &Path,
    mut sink: impl FnMut(Vec<(usize, ParsedRow)>, f32) -> bool,
) -> Result<(), ExchangeError> {
    let format =
        ExchangeFormat::from_path(path).ok_or_else(|| ExchangeError::UnknownFormat { path: path.into() })?;
    let read_error = |source| ExchangeError::Read { path: path.into(), source };
    if format == ExchangeFormat::Json {
        let bytes = std::fs::read(path).map_err(read_error)?;
        return bytes_in_chunks(&bytes, format, path, sink);
    }
    let file = std::fs::File::open(path).map_err(read_error)?;
    let size = file.metadata().map_err(read_error)?.len().max(1);
    let mut file = io::BufReader::new(file);
    let starts_with_bom = io::BufRead::fill_buf(&mut file).map_err(read_error)?.starts_with(BOM.as_bytes());
    if starts_with_bom {
        io::BufRead::consume(&mut file, BOM.len());
    }
    csv::parse_chunks(file, path, CHUNK_ROWS, |rows, read| sink(rows, read as f32 / size as f32))
}

/// The byte-order mark some editors write at the start of a UTF-8 file.
const BOM: &str = "\u{feff}";

/// Reads and checks import file contents; `path` is only used in messages.
pub fn parse_bytes(bytes: &[u8], format: ExchangeFormat, path: &Path) -> Result<ParsedImport, ExchangeError> {
    let mut rows = Vec::new();
    bytes_in_chunks(bytes, format, path, |chunk, _| {
        rows.extend(chunk);
        true
    })?;
    Ok(collect(rows))
}

/// [`read_chunks`] over file contents held in memory.
fn bytes_in_chunks(
    bytes: &[u8],
    format: ExchangeFormat,
    path: &Path,
    mut sink: impl FnMut(Vec<(usize, ParsedRow)>, f32) -> bool,
) -> Result<(), ExchangeError> {
    let bytes = bytes.strip_prefix(BOM.as_bytes()).unwrap_or(bytes);
    if format == ExchangeFormat::Csv {
        let size = bytes.len().max(1) as f32;
        return csv::parse_chunks(bytes, path, CHUNK_ROWS, |rows, read| sink(rows, read as f32 / size));
    }
    let rows = json::parse(bytes, path)?;
    let total = rows.len().max(1) as f32;
    let mut rows = rows.into_iter();
    let mut done = 0;
    loop {
        let chunk: Vec<_> = rows.by_ref().take(CHUNK_ROWS).collect();
        if chunk.is_empty() {
            return Ok(());
        }
        done += chunk.len();
        if !sink(chunk, done as f32 / total) {
            return Ok(());
        }
    }
}

/// What one row of a file became: a model, or why not.
pub(crate) type ParsedRow = Result<Model, Vec<RowProblem>>;

/// Rows in file order → the valid models and every problem, with ids that
/// repeat within the file reported on the later row (naming both).
fn collect(rows: Vec<(usize, ParsedRow)>) -> ParsedImport {
    let mut parsed = ParsedImport::default();
    let mut ids = FileIds::default();
    for (row, result) in rows {
        match result {
            Err(problems) => parsed.problems.extend(problems),
            Ok(model) => match ids.repeated(row, &model) {
                Some(problem) => parsed.problems.push(problem),
                None => parsed.models.push((row, model)),
            },
        }
    }
    parsed.problems.sort_by_key(|p| p.row);
    parsed
}

/// The ids met so far in a file, with the row of each: ids must be unique.
#[derive(Default)]
pub(crate) struct FileIds {
    first_row: HashMap<String, usize>,
}

impl FileIds {
    /// The problem if `model`'s id was met on an earlier row; else remembers it.
    pub(crate) fn repeated(&mut self, row: usize, model: &Model) -> Option<RowProblem> {
        match self.first_row.get(&model.id) {
            Some(first) => Some(RowProblem {
                row,
                field: "id".into(),
                reason: format!("`{}` is also the id of row {first}; ids must be unique", model.id),
            }),
            None => {
                self.first_row.insert(model.id.clone(), row);
                None
            }
        }
    }
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
