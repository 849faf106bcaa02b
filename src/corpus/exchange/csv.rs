//! The CSV form of the corpus: a header row naming the columns (any order),
//! then one row per model. Lists are joined with "; "; quoted cells may
//! hold commas, quotes and line breaks.

use super::fields::*;
use super::{ExchangeError, ParsedRow, RowProblem, parallel_map, validated};
use crate::corpus::{Citation, Coding, Model, ModelKind, Translation, file_issue, legacy_period};
use crate::design::Answers;
use crate::map::Question;
use std::collections::BTreeMap;
use std::path::Path;

/// Every column, in the order exports write them.
pub const COLUMNS: [&str; 50] = [
    "id",
    "kind",
    "name",
    "titles",
    "population",
    "issue",
    "issue_detail",
    "groups",
    "countries",
    "region",
    "start_year",
    "end_year",
    "summary",
    "functions",
    "formality",
    "relations",
    "status",
    "affiliations",
    "peer_run",
    "spaces",
    "functions_confidence",
    "functions_rationale",
    "formality_confidence",
    "formality_rationale",
    "relations_confidence",
    "relations_rationale",
    "status_confidence",
    "status_rationale",
    "affiliations_confidence",
    "affiliations_rationale",
    "spaces_confidence",
    "spaces_rationale",
    "citation_authors",
    "citation_year",
    "citation_title",
    "citation_container",
    "citation_doi",
    "also_cited",
    "lessons",
    "source_url",
    "cited_in",
    "fr_name",
    "fr_summary",
    "fr_functions_rationale",
    "fr_formality_rationale",
    "fr_relations_rationale",
    "fr_status_rationale",
    "fr_affiliations_rationale",
    "fr_spaces_rationale",
    "fr_lessons",
];

/// Columns added with schema 3: a file written before them still imports
/// (they read as empty), and its `period` column gives the years.
const ADDED_IN_SCHEMA_3: [&str; 9] = [
    "kind",
    "issue_detail",
    "groups",
    "countries",
    "start_year",
    "end_year",
    "also_cited",
    "lessons",
    "source_url",
];

/// The French texts (`fr_…` columns) are optional in every file.
fn is_optional(column: &str) -> bool {
    column.starts_with("fr_")
}

/// The free-text period column of files written before schema 3.
const LEGACY_PERIOD: &str = "period";

/// The position of a column in [`COLUMNS`] (evaluated at compile time).
const fn column(name: &str) -> usize {
    let mut i = 0;
    while i < COLUMNS.len() {
        let (a, b) = (COLUMNS[i].as_bytes(), name.as_bytes());
        if a.len() == b.len() {
            let mut j = 0;
            while j < a.len() && a[j] == b[j] {
                j += 1;
            }
            if j == a.len() {
                return i;
            }
        }
        i += 1;
    }
    panic!("not a corpus CSV column")
}

/// The confidence column of a question; its rationale column follows it.
fn confidence_column(question: Question) -> usize {
    column("functions_confidence") + 2 * (question.number() - 1)
}

/// The French rationale column of a question.
fn french_rationale_column(question: Question) -> usize {
    column("fr_functions_rationale") + (question.number() - 1)
}

/// The models as CSV text (header first).
pub fn to_csv(models: &[Model], path: &Path) -> Result<Vec<u8>, ExchangeError> {
    let mut writer = ::csv::WriterBuilder::new().from_writer(Vec::with_capacity(models.len() * 1024));
    let io_error = |e: ::csv::Error| ExchangeError::Write { path: path.into(), source: e.into() };
    writer.write_record(COLUMNS).map_err(io_error)?;
    for model in models {
        if let Some(title) = model.titles.iter().find(|t| t.contains(';')) {
            return Err(ExchangeError::Unrepresentable {
                path: path.into(),
                id: model.id.clone(),
                field: "titles".into(),
                reason: format!(
                    "the title \"{title}\" contains \";\", which separates titles; export as JSON instead"
                ),
            });
        }
        writer.write_record(row(model)).map_err(io_error)?;
    }
    writer.into_inner().map_err(|e| ExchangeError::Write { path: path.into(), source: e.into_error() })
}

/// One model's cells, in [`COLUMNS`] order.
fn row(model: &Model) -> Vec<String> {
    let a = &model.answers;
    let mut cells = vec![
        model.id.clone(),
        model.kind.key().to_string(),
        model.name.clone(),
        join_list(model.titles.iter().map(String::as_str)),
        model.population.clone(),
        model.issue.clone(),
        model.issue_detail.clone(),
        join_list(model.groups.iter().map(String::as_str)),
        join_list(model.countries.iter().map(String::as_str)),
        model.region.clone(),
        format_year(model.start_year),
        format_year(model.end_year),
        model.summary.clone(),
        format_functions(&a.functions),
        format_formality(a.formality),
        format_set(&a.relations),
        format_set(&a.status),
        format_set(&a.affiliations),
        format_flag(a.peer_run).to_string(),
        format_set(&a.spaces),
    ];
    for question in Question::ALL {
        match model.coding.get(&question) {
            Some(coding) => {
                cells.push(format_confidence(coding.confidence).to_string());
                cells.push(coding.rationale.clone());
            }
            None => cells.extend([String::new(), String::new()]),
        }
    }
    let c = &model.citation;
    cells.extend([
        c.authors.clone(),
        format_year(c.year),
        c.title.clone(),
        c.container.clone(),
        c.doi.clone().unwrap_or_default(),
        format_citations(&model.also_cited),
        format_lessons(&model.lessons),
        model.source_url.clone(),
        model.cited_in.clone(),
        model.fr.name.clone(),
        model.fr.summary.clone(),
    ]);
    cells.extend(Question::ALL.map(|q| model.fr.rationales.get(&q).cloned().unwrap_or_default()));
    cells.push(model.fr.lessons.iter().map(|l| l.replace('\n', " ")).collect::<Vec<_>>().join("\n"));
    cells
}

/// Reads every data row (numbered from 1, after the header) into a model
/// or its problems, handing them to `sink` a chunk of `chunk_rows` at a
/// time (the file is never held whole) with how many bytes of the input
/// have been read; `sink` returns false to stop reading. A header that
/// lacks a column, or names an unknown one, is reported as row 0 and no
/// row is read.
pub fn parse_chunks(
    input: impl std::io::Read,
    path: &Path,
    chunk_rows: usize,
    mut sink: impl FnMut(Vec<(usize, ParsedRow)>, u64) -> bool,
) -> Result<(), ExchangeError> {
    let mut reader = ::csv::ReaderBuilder::new().flexible(true).has_headers(false).from_reader(input);
    let mut record = ::csv::ByteRecord::new();
    let read = |reader: &mut ::csv::Reader<_>, record: &mut ::csv::ByteRecord| {
        reader.read_byte_record(record).map_err(|e| not_a_list(path, &e))
    };
    if !read(&mut reader, &mut record)? {
        return Err(ExchangeError::NotARecordList {
            path: path.into(),
            reason: "the file is empty; a corpus CSV starts with a header row naming its columns".into(),
        });
    }
    let header = match Header::read(&record) {
        Ok(header) => header,
        Err(problems) => {
            sink(vec![(0, Err(problems))], reader.position().byte());
            return Ok(());
        }
    };
    let mut row = 0;
    loop {
        let mut chunk: Vec<(usize, ::csv::ByteRecord)> = Vec::with_capacity(chunk_rows);
        while chunk.len() < chunk_rows && read(&mut reader, &mut record)? {
            row += 1;
            chunk.push((row, std::mem::take(&mut record)));
        }
        if chunk.is_empty() {
            return Ok(());
        }
        let parsed = parallel_map(&chunk, |(row, record)| (*row, header.parse_row(*row, record)));
        if !sink(parsed, reader.position().byte()) {
            return Ok(());
        }
    }
}

fn not_a_list(path: &Path, err: &::csv::Error) -> ExchangeError {
    ExchangeError::NotARecordList { path: path.into(), reason: format!("not readable as CSV: {err}") }
}

/// Where each column is in the file.
struct Header {
    /// Position of each of [`COLUMNS`], in that order (`usize::MAX` for an
    /// absent column added in schema 3, or an absent optional one).
    positions: [usize; COLUMNS.len()],
    legacy_period: Option<usize>,
    width: usize,
}

impl Header {
    fn read(record: &::csv::ByteRecord) -> Result<Header, Vec<RowProblem>> {
        let mut positions = [usize::MAX; COLUMNS.len()];
        let mut legacy_period = None;
        let mut problems = Vec::new();
        let problem = |field: String, reason: String| RowProblem { row: 0, field, reason };
        for (position, cell) in record.iter().enumerate() {
            let name = String::from_utf8_lossy(cell);
            let name = name.trim();
            match COLUMNS.iter().position(|c| *c == name) {
                Some(i) if positions[i] != usize::MAX => {
                    problems.push(problem(name.into(), "this column appears twice".into()))
                }
                Some(i) => positions[i] = position,
                None if name == LEGACY_PERIOD && legacy_period.is_none() => legacy_period = Some(position),
                None => problems.push(problem(
                    name.into(),
                    "unknown column (the columns are listed in docs/corpus-format.md)".into(),
                )),
            }
        }
        for (i, column) in COLUMNS.iter().enumerate() {
            if positions[i] == usize::MAX && !ADDED_IN_SCHEMA_3.contains(column) && !is_optional(column) {
                problems.push(problem((*column).into(), "the column is missing from the header".into()));
            }
        }
        if problems.is_empty() {
            Ok(Header { positions, legacy_period, width: record.len() })
        } else {
            Err(problems)
        }
    }

    /// One data row into a model, or every problem found in it.
    fn parse_row(&self, row: usize, record: &::csv::ByteRecord) -> ParsedRow {
        let problem = |field: &str, reason: String| RowProblem { row, field: field.into(), reason };
        if record.len() < self.width {
            // Name the first column the short row lacks, in file order.
            let first_missing = (0..COLUMNS.len())
                .filter(|i| self.positions[*i] != usize::MAX && self.positions[*i] >= record.len())
                .min_by_key(|i| self.positions[*i])
                .map_or("(row)", |i| COLUMNS[i]);
            return Err(vec![problem(
                first_missing,
                format!(
                    "missing: the row has {} fields, the header {}; a row may have lost a quote or a comma",
                    record.len(),
                    self.width
                ),
            )]);
        }
        if record.len() > self.width {
            return Err(vec![problem(
                "(row)",
                format!("the row has {} fields but the header only {}", record.len(), self.width),
            )]);
        }

        let mut problems = Vec::new();
        let mut cells: [&str; COLUMNS.len()] = [""; COLUMNS.len()];
        for (i, column) in COLUMNS.iter().enumerate() {
            let bytes = record.get(self.positions[i]).unwrap_or_default();
            match std::str::from_utf8(bytes) {
                Ok(text) => cells[i] = text,
                Err(e) => problems.push(problem(
                    column,
                    format!(
                        "is not valid UTF-8 text (byte {} of the cell); save the file as UTF-8",
                        e.valid_up_to() + 1
                    ),
                )),
            }
        }
        macro_rules! cell {
            ($name:literal) => {
                cells[const { column($name) }]
            };
        }
        let mut read = |column: usize, result: Result<(), String>| {
            if let Err(reason) = result {
                problems.push(problem(COLUMNS[column], reason));
            }
        };

        let mut answers = Answers::default();
        read(column("functions"), parse_functions(cell!("functions")).map(|v| answers.functions = v));
        read(column("formality"), parse_formality(cell!("formality")).map(|v| answers.formality = v));
        read(column("relations"), parse_set(cell!("relations")).map(|v| answers.relations = v));
        read(column("status"), parse_set(cell!("status")).map(|v| answers.status = v));
        read(column("affiliations"), parse_set(cell!("affiliations")).map(|v| answers.affiliations = v));
        read(column("peer_run"), parse_flag(cell!("peer_run")).map(|v| answers.peer_run = v));
        read(column("spaces"), parse_set(cell!("spaces")).map(|v| answers.spaces = v));

        let mut coding = BTreeMap::new();
        for question in Question::ALL {
            let at = confidence_column(question);
            let (confidence, rationale) = (cells[at], cells[at + 1]);
            if confidence.trim().is_empty() && rationale.trim().is_empty() {
                continue; // validation reports the coding as missing
            }
            let coded = parse_confidence(confidence).map(|confidence| {
                drop(coding.insert(question, Coding { confidence, rationale: rationale.into() }))
            });
            read(at, coded);
        }

        let mut year = None;
        read(column("citation_year"), parse_year(cell!("citation_year")).map(|v| year = v));
        let (mut start_year, mut end_year) = (None, None);
        read(column("start_year"), parse_year(cell!("start_year")).map(|v| start_year = v));
        read(column("end_year"), parse_year(cell!("end_year")).map(|v| end_year = v));
        let mut kind = ModelKind::default();
        read(column("kind"), parse_kind(cell!("kind")).map(|v| kind = v));
        let mut also_cited = Vec::new();
        read(column("also_cited"), parse_citations(cell!("also_cited")).map(|v| also_cited = v));
        let mut lessons = Vec::new();
        read(column("lessons"), parse_lessons(cell!("lessons")).map(|v| lessons = v));
        if !problems.is_empty() {
            return Err(problems);
        }
        let (issue, issue_detail) = file_issue(cell!("issue").trim(), cell!("issue_detail"));
        let mut summary = cell!("summary").to_string();
        if let Some(period) = self.legacy_period.and_then(|at| record.get(at))
            && start_year.is_none()
            && end_year.is_none()
        {
            (start_year, end_year) = legacy_period(&String::from_utf8_lossy(period), &mut summary);
        }
        let model = Model {
            id: cell!("id").trim().to_string(),
            kind,
            name: cell!("name").into(),
            titles: split_list(cell!("titles")).map(String::from).collect(),
            population: cell!("population").into(),
            issue,
            issue_detail,
            groups: split_list(cell!("groups")).map(String::from).collect(),
            countries: split_list(cell!("countries")).map(str::to_uppercase).collect(),
            region: cell!("region").into(),
            start_year,
            end_year,
            summary,
            answers,
            coding,
            lessons,
            citation: Citation {
                authors: cell!("citation_authors").into(),
                year,
                title: cell!("citation_title").into(),
                container: cell!("citation_container").into(),
                doi: parse_optional(cell!("citation_doi")),
            },
            also_cited,
            source_url: cell!("source_url").trim().to_string(),
            cited_in: cell!("cited_in").into(),
            fr: Translation {
                name: cell!("fr_name").into(),
                summary: cell!("fr_summary").into(),
                lessons: cell!("fr_lessons")
                    .lines()
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(String::from)
                    .collect(),
                rationales: Question::ALL
                    .into_iter()
                    .filter_map(|q| {
                        let text = cells[french_rationale_column(q)];
                        (!text.trim().is_empty()).then(|| (q, text.to_string()))
                    })
                    .collect(),
            },
        };
        validated(row, model, column_of)
    }
}

/// The CSV column a validation problem is about.
fn column_of(model: &Model, field: &str) -> String {
    if let Some(key) = field.strip_prefix("coding.") {
        let rationale_empty = Question::ALL
            .iter()
            .find(|q| q.key() == key)
            .and_then(|q| model.coding.get(q))
            .is_some_and(|c| c.rationale.trim().is_empty());
        return if rationale_empty { format!("{key}_rationale") } else { format!("{key}_confidence") };
    }
    if let Some(key) = field.strip_prefix("fr.rationales.") {
        return format!("fr_{key}_rationale");
    }
    if field.starts_with("fr.lessons") {
        return "fr_lessons".into();
    }
    field.strip_prefix("answers.").unwrap_or(field).replace('.', "_")
}
