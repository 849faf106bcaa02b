//! Importing and exporting the corpus as CSV and JSON: round trips, and
//! every class of bad row reported with its row, field and reason while
//! the store stays as it was.

mod corpus_common;
mod strategies;

use corpus_common::{synthetic_models, temp_store};
use peermap::corpus::{
    CSV_COLUMNS, Citation, Coding, Confidence, ExchangeError, ExchangeFormat, FileImport, Lesson, Model,
    ModelKind, ParsedImport, RowProblem, Store, Translation, bundled_models, export, import_file, parse_file,
};
use peermap::design::{Answers, FunctionRole};
use peermap::map::Question;
use peermap::taxonomy;
use proptest::prelude::*;
use std::fs;
use std::path::{Path, PathBuf};

/// A CSV file as a grid of cells, to make one cell bad at a time.
struct Sheet {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Sheet {
    fn of(models: &[Model]) -> Sheet {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("models.csv");
        export(models, &path).expect("exports");
        let mut reader = csv::Reader::from_path(&path).expect("reads");
        let header = reader.headers().expect("header").iter().map(String::from).collect();
        let rows = reader.records().map(|r| r.expect("row").iter().map(String::from).collect()).collect();
        Sheet { header, rows }
    }

    fn column(&self, name: &str) -> usize {
        self.header.iter().position(|h| h == name).unwrap_or_else(|| panic!("no column {name}"))
    }

    /// Sets a cell of a 1-based data row.
    fn set(&mut self, row: usize, column: &str, value: &str) {
        let at = self.column(column);
        self.rows[row - 1][at] = value.to_string();
    }

    fn bytes(&self) -> Vec<u8> {
        let mut writer = csv::WriterBuilder::new().flexible(true).from_writer(Vec::new());
        writer.write_record(&self.header).expect("header");
        for row in &self.rows {
            writer.write_record(row).expect("row");
        }
        writer.into_inner().expect("flushes")
    }
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    fs::write(&path, bytes).expect("write");
    path
}

/// What the app and the CLI do: import the whole file or nothing
/// (`import_file`). Returns its problems with the valid rows as the
/// checking reader (`parse_file`) sees them, after checking that the two
/// agree on how many rows are valid.
fn import_like_the_app(path: &Path, store: &mut Store) -> ParsedImport {
    let never = std::sync::atomic::AtomicBool::new(false);
    let outcome = import_file(store, path, true, &mut |_| {}, &never).expect("the file is readable");
    let mut parsed = parse_file(path).expect("the file is readable");
    let (problems, valid_rows) = match outcome {
        FileImport::Rejected { problems, valid_rows } => (problems, valid_rows),
        FileImport::Imported { count, skipped } => {
            assert_eq!(skipped, [], "a whole-file import skips nothing");
            (skipped, count)
        }
        FileImport::Cancelled => panic!("nothing cancelled the import"),
    };
    // Rows whose id the store already holds are not valid either.
    parsed.models.retain(|(row, _)| !problems.iter().any(|p| p.row == *row));
    assert_eq!(valid_rows, parsed.models.len(), "the import and the checking reader agree");
    parsed.problems = problems;
    parsed
}

/// Imports a bad file and checks the one reported problem and an unchanged store.
fn assert_rejected(name: &str, bytes: &[u8], row: usize, field: &str, reason: &str) -> ParsedImport {
    let (dir, _path, mut store) = temp_store();
    let before = store.count().expect("count");
    let file = write(dir.path(), name, bytes);
    let parsed = import_like_the_app(&file, &mut store);
    let found = parsed.problems.iter().any(|p| p.row == row && p.field == field && p.reason.contains(reason));
    assert!(found, "expected row {row}, field `{field}`: …{reason}…; got {:#?}", parsed.problems);
    assert_eq!(store.count().expect("count"), before, "nothing was imported");
    assert!(parsed.models.iter().all(|(r, _)| *r != row), "the bad row is not among the valid models");
    parsed
}

#[test]
fn the_bundled_corpus_survives_export_and_parse_in_both_formats() {
    let dir = tempfile::tempdir().expect("temp dir");
    for name in ["corpus.csv", "corpus.json", "CORPUS.JSON"] {
        let path = dir.path().join(name);
        assert_eq!(export(bundled_models(), &path).expect("exports"), bundled_models().len());
        let parsed = parse_file(&path).expect("parses");
        assert_eq!(parsed.problems, [], "{name}");
        let models: Vec<Model> = parsed.into_models();
        assert_eq!(models, bundled_models(), "{name}");
    }
    let json = fs::read_to_string(dir.path().join("corpus.json")).expect("read");
    let as_assets: Vec<Model> = serde_json::from_str(&json).expect("the same records as assets/corpus");
    assert_eq!(as_assets.len(), bundled_models().len());
}

#[test]
fn the_format_follows_the_extension_and_unknown_ones_are_refused() {
    assert_eq!(ExchangeFormat::from_path(Path::new("a/b.CSV")), Some(ExchangeFormat::Csv));
    assert_eq!(ExchangeFormat::from_path(Path::new("b.json")), Some(ExchangeFormat::Json));
    assert_eq!(ExchangeFormat::from_path(Path::new("b.xlsx")), None);
    assert_eq!(ExchangeFormat::from_path(Path::new("csv")), None);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("corpus.txt");
    let err = export(bundled_models(), &path).expect_err("refused");
    assert!(matches!(err, ExchangeError::UnknownFormat { .. }) && err.to_string().contains(".csv or .json"));
    assert!(!path.exists());
    assert!(matches!(parse_file(&path), Err(ExchangeError::UnknownFormat { .. })));
    assert!(matches!(parse_file(&dir.path().join("missing.csv")), Err(ExchangeError::Read { .. })));
}

#[test]
fn an_unrepresentable_model_is_refused_before_anything_is_written() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "corpus.csv", b"previous contents");
    let mut model = synthetic_models(0, 1).remove(0);
    model.titles = vec!["peer; mentor".into()];
    let err = export(&[model], &path).expect_err("a title with ; cannot be a CSV list item");
    assert!(err.to_string().contains("export as JSON"), "{err}");
    assert_eq!(fs::read(&path).expect("read"), b"previous contents");
}

#[cfg(unix)]
#[test]
fn an_export_whose_write_fails_midway_leaves_the_previous_file_intact() {
    // The file-size limit makes the write fail partway, as a full disk would.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = write(dir.path(), "corpus.csv", b"previous contents");
    let peermap = || std::process::Command::new(env!("CARGO_BIN_EXE_peermap"));
    let made = peermap().arg("--data-dir").arg(dir.path().join("data")).args(["corpus", "stats"]).output();
    assert!(made.expect("runs").status.success(), "the corpus is made before the limit applies");
    // 256 blocks (128 KiB at least) hold the store's side files, not the 800 KB export.
    let output = std::process::Command::new("sh")
        .args(["-c", r#"trap "" XFSZ; ulimit -f 256; exec "$0" "$@""#])
        .arg(env!("CARGO_BIN_EXE_peermap"))
        .arg("--data-dir")
        .arg(dir.path().join("data"))
        .args(["corpus", "export"])
        .arg(&path)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "the export cannot fit under the limit");
    assert!(stderr.contains("cannot write") && stderr.contains("corpus.csv"), "{stderr}");
    assert_eq!(fs::read(&path).expect("read"), b"previous contents", "the previous file is intact");
    let names: Vec<String> = fs::read_dir(dir.path())
        .expect("dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into())
        .collect();
    assert!(names.iter().all(|n| n == "corpus.csv" || n == "data"), "no temp file is left: {names:?}");
}

#[test]
fn csv_with_a_missing_column_is_reported_on_the_header() {
    let mut sheet = Sheet::of(&synthetic_models(0, 3));
    let at = sheet.column("formality");
    sheet.header.remove(at);
    for row in &mut sheet.rows {
        row.remove(at);
    }
    let parsed = assert_rejected("models.csv", &sheet.bytes(), 0, "formality", "missing from the header");
    assert!(parsed.models.is_empty());
    assert_eq!(
        parsed.problems[0].to_string(),
        "header, field `formality`: the column is missing from the header"
    );
}

#[test]
fn csv_row_with_a_missing_field_is_reported() {
    let mut sheet = Sheet::of(&synthetic_models(0, 3));
    // The row stops after the 20 cells up to `functions_confidence`.
    sheet.rows[1].truncate(20);
    let first_missing = CSV_COLUMNS[20];
    let parsed = assert_rejected("models.csv", &sheet.bytes(), 2, first_missing, "missing");
    assert_eq!(parsed.problems.len(), 1, "one problem for the short row");
    assert_eq!(parsed.models.len(), 2, "the other rows are valid");
}

#[test]
fn a_csv_written_before_kinds_and_countries_still_imports() {
    let mut csv = String::from(
        "id,name,titles,population,issue,region,period,summary,functions,formality,relations,status,affiliations,peer_run,spaces",
    );
    for q in ["functions", "formality", "relations", "status", "affiliations", "spaces"] {
        csv.push_str(&format!(",{q}_confidence,{q}_rationale"));
    }
    csv.push_str(",citation_authors,citation_year,citation_title,citation_container,citation_doi,cited_in\n");
    csv.push_str("old-row,Old programme,peer mentor,new mothers,maternal and child health,Leeds,2004–2009,");
    csv.push_str("Mentors visit.,emotional*,,,,,no,,");
    csv.push_str("stated,Mentors listen.");
    csv.push_str(&",unknown,Not said.".repeat(5));
    csv.push(',');
    csv.push_str("Author A,2010,A study,Journal,,Table 1\n");
    let (dir, _path, mut store) = temp_store();
    let file = write(dir.path(), "old.csv", csv.as_bytes());
    let parsed = import_like_the_app(&file, &mut store);
    assert_eq!(parsed.problems, vec![]);
    let model = store.get("old-row").expect("get").expect("imported").model;
    assert_eq!(
        (model.issue.as_str(), model.start_year, model.end_year),
        ("maternal_child", Some(2004), Some(2009))
    );
    assert_eq!(model.kind, ModelKind::Programme);
    assert!(model.countries.is_empty() && model.lessons.is_empty());
}

#[test]
fn csv_unknown_answer_key_is_reported() {
    let mut sheet = Sheet::of(&synthetic_models(0, 4));
    sheet.set(3, "functions", "navigaton*; emotional");
    sheet.set(4, "spaces", "outreach; the moon");
    assert_rejected("models.csv", &sheet.bytes(), 3, "functions", "unknown answer `navigaton`");
    let parsed = assert_rejected("models.csv", &sheet.bytes(), 4, "spaces", "unknown answer `the moon`");
    let spaces = parsed.problems.iter().find(|p| p.row == 4).expect("row 4");
    assert!(spaces.reason.contains("daily_life, outreach"), "lists the valid keys: {}", spaces.reason);
}

#[test]
fn csv_bad_numbers_are_reported() {
    let mut sheet = Sheet::of(&synthetic_models(0, 4));
    sheet.set(1, "formality", "high");
    sheet.set(2, "formality", "1.5");
    sheet.set(4, "citation_year", "20x4");
    let bytes = sheet.bytes();
    let parsed = assert_rejected("models.csv", &bytes, 1, "formality", "`high` is not a number");
    assert_rejected("models.csv", &bytes, 2, "formality", "from 0 to 1");
    assert_rejected("models.csv", &bytes, 4, "citation_year", "not a year");
    assert_eq!(parsed.models.len(), 1);
    assert_eq!(
        parsed.problems[0].to_string(),
        "row 1, field `formality`: `high` is not a number; write a number from 0 to 1, or leave it empty if unknown"
    );
}

#[test]
fn csv_duplicate_ids_name_both_rows() {
    let mut sheet = Sheet::of(&synthetic_models(0, 4));
    sheet.set(4, "id", "synthetic-1");
    let parsed = assert_rejected("models.csv", &sheet.bytes(), 4, "id", "also the id of row 2");
    assert_eq!(parsed.models.len(), 3);
}

#[test]
fn csv_invalid_utf8_is_reported_on_its_row() {
    let mut sheet = Sheet::of(&synthetic_models(0, 3));
    sheet.set(2, "summary", "Broken @@ text");
    let text = sheet.bytes();
    let at = text.windows(2).position(|w| w == b"@@").expect("marker");
    let mut bytes = text[..at].to_vec();
    bytes.extend_from_slice(&[0xff, 0xfe]);
    bytes.extend_from_slice(&text[at + 2..]);
    let parsed = assert_rejected("models.csv", &bytes, 2, "summary", "not valid UTF-8");
    assert_eq!(parsed.models.len(), 2);
}

#[test]
fn csv_quoted_cells_may_hold_line_breaks_commas_and_quotes() {
    let mut models = synthetic_models(0, 3);
    models[0].summary = "First line, with a comma.\nSecond line with \"quotes\".\r\n\nFourth line.".into();
    models[1].name = "Name, with \"everything\"\nin it".into();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("multiline.csv");
    export(&models, &path).expect("exports");
    let parsed = parse_file(&path).expect("parses");
    assert_eq!(parsed.problems, []);
    assert_eq!(parsed.into_models(), models);

    // Rows are counted as records, not lines: a bad third record is row 3.
    let mut sheet = Sheet::of(&models);
    sheet.set(3, "formality", "x");
    assert_rejected("models.csv", &sheet.bytes(), 3, "formality", "not a number");
}

#[test]
fn csv_validation_problems_name_the_csv_column() {
    let mut sheet = Sheet::of(&synthetic_models(0, 3));
    sheet.set(1, "citation_title", " ");
    sheet.set(2, "formality_rationale", "");
    sheet.set(3, "formality_confidence", "maybe");
    let bytes = sheet.bytes();
    assert_rejected("models.csv", &bytes, 1, "citation_title", "is empty");
    assert_rejected("models.csv", &bytes, 2, "formality_rationale", "no rationale");
    assert_rejected("models.csv", &bytes, 3, "formality_confidence", "unknown confidence `maybe`");
}

#[test]
fn every_bad_row_is_reported_not_just_the_first() {
    let mut sheet = Sheet::of(&synthetic_models(0, 6));
    sheet.set(1, "functions", "nope");
    sheet.set(3, "formality", "2");
    sheet.set(5, "name", "");
    let parsed = parse_file(&write(tempfile::tempdir().expect("dir").path(), "m.csv", &sheet.bytes()))
        .expect("parses");
    let rows: Vec<usize> = parsed.problems.iter().map(|p| p.row).collect();
    assert_eq!(rows, [1, 3, 5]);
    assert_eq!(parsed.bad_rows(), 3);
    assert_eq!(parsed.models.iter().map(|(row, _)| *row).collect::<Vec<_>>(), [2, 4, 6]);
}

#[test]
fn ids_already_in_the_store_become_problems() {
    let (dir, _path, mut store) = temp_store();
    let mut models = synthetic_models(0, 3);
    models[1].id = bundled_models()[0].id.clone();
    let file = dir.path().join("clash.json");
    export(&models, &file).expect("exports");
    let before = store.count().expect("count");
    let parsed = import_like_the_app(&file, &mut store);
    assert_eq!(parsed.problems.len(), 1);
    assert_eq!((parsed.problems[0].row, parsed.problems[0].field.as_str()), (2, "id"));
    assert!(parsed.problems[0].reason.contains("already in the corpus"));
    assert_eq!(store.count().expect("count"), before);

    let file = dir.path().join("new.json");
    export(&synthetic_models(10, 3), &file).expect("exports");
    assert_eq!(import_like_the_app(&file, &mut store).problems, []);
    assert_eq!(store.count().expect("count"), before + 3);
}

fn json_of(models: &[Model]) -> String {
    serde_json::to_string_pretty(models).expect("serialises")
}

#[test]
fn json_bad_records_are_reported_by_record_number() {
    let models = synthetic_models(0, 5);
    let mut values: Vec<serde_json::Value> =
        models.iter().map(|m| serde_json::to_value(m).expect("value")).collect();
    values[0]["answers"]["functions"] = serde_json::json!({"navigaton": "primary"});
    values[1]["answers"]["formality"] = serde_json::json!("high");
    values[2].as_object_mut().expect("object").remove("population");
    values[4]["id"] = serde_json::json!("synthetic-3");
    let bytes = serde_json::to_vec_pretty(&values).expect("serialises");
    let parsed = assert_rejected("m.json", &bytes, 1, "answers.functions", "unknown variant `navigaton`");
    assert_rejected("m.json", &bytes, 2, "answers.formality", "invalid type");
    assert_rejected("m.json", &bytes, 3, "population", "missing field");
    assert_rejected("m.json", &bytes, 5, "id", "also the id of row 4");
    assert_eq!(parsed.models.iter().map(|(row, _)| *row).collect::<Vec<_>>(), [4]);

    let mut out_of_range = values.clone();
    out_of_range[1]["answers"]["formality"] = serde_json::json!(1.5);
    let bytes = serde_json::to_vec(&out_of_range).expect("serialises");
    assert_rejected("m.json", &bytes, 2, "answers.formality", "from 0 to 1");
}

#[test]
fn json_broken_syntax_or_encoding_spoils_only_its_own_record() {
    let models = synthetic_models(0, 3);
    let text = json_of(&models);
    let broken = text.replacen("\"name\": \"", "\"name\" \"", 2).replacen("\"name\" \"", "\"name\": \"", 1);
    let parsed = assert_rejected("m.json", broken.as_bytes(), 2, "(record)", "expected `:`");
    assert_eq!(parsed.models.len(), 2);

    let marked = text.replacen("matter here.", "matter @@ here.", 1);
    let at = marked.find("@@").expect("marker");
    let mut bytes = marked.as_bytes()[..at].to_vec();
    bytes.push(0xff);
    bytes.extend_from_slice(&marked.as_bytes()[at + 2..]);
    let parsed = assert_rejected("m.json", &bytes, 1, "summary", "not valid UTF-8");
    assert_eq!(parsed.models.len(), 2);

    let dir = tempfile::tempdir().expect("temp dir");
    for not_a_list in ["{\"id\": \"x\"}", "", "[{}] trailing"] {
        let err = parse_file(&write(dir.path(), "m.json", not_a_list.as_bytes())).expect_err(not_a_list);
        assert!(matches!(err, ExchangeError::NotARecordList { .. }), "{not_a_list}: {err}");
    }
    assert_eq!(parse_file(&write(dir.path(), "m.json", b"[]")).expect("empty list"), ParsedImport::default());
}

#[test]
fn row_problems_read_as_row_field_reason() {
    let problem = RowProblem { row: 7, field: "formality".into(), reason: "too high".into() };
    assert_eq!(problem.to_string(), "row 7, field `formality`: too high");
    assert_eq!(CSV_COLUMNS.len(), 50);
}

#[test]
fn french_columns_are_optional_and_a_mismatched_translation_names_its_column() {
    let models = synthetic_models(0, 2);
    let mut sheet = Sheet::of(&models);
    let french: Vec<usize> =
        (0..sheet.header.len()).filter(|i| sheet.header[*i].starts_with("fr_")).rev().collect();
    assert_eq!(french.len(), 9);
    let mut without = Sheet { header: sheet.header.clone(), rows: sheet.rows.clone() };
    for at in &french {
        without.header.remove(*at);
        without.rows.iter_mut().for_each(|row| drop(row.remove(*at)));
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let parsed = parse_file(&write(dir.path(), "old.csv", &without.bytes())).expect("parses");
    assert_eq!(parsed.problems, []);
    assert_eq!(parsed.into_models(), models, "a file without the French columns reads as before");

    sheet.set(1, "fr_summary", "Un résumé en français.");
    sheet.set(2, "fr_lessons", "Première leçon.\nUne leçon de trop.");
    let parsed =
        assert_rejected("fr.csv", &sheet.bytes(), 2, "fr_lessons", "has 2 lessons but the record has 1");
    let (_, first) = &parsed.models[0];
    assert_eq!(first.fr.summary, "Un résumé en français.");
}

// Arbitrary valid models, for the round trips.

fn free_text() -> impl Strategy<Value = String> {
    "[a-zA-Z0-9éü ,;:\"'\n\r\t*-]{0,12}[a-zA-Zé][a-zA-Z0-9éü ,;:\"'\n\r\t*-]{0,12}"
}

/// Valid corpus answers: when any function is chosen, one of them is primary.
fn answers() -> impl Strategy<Value = Answers> {
    strategies::answers().prop_map(|mut answers| {
        if !answers.functions.values().any(|r| *r == FunctionRole::Primary)
            && let Some(role) = answers.functions.values_mut().next()
        {
            *role = FunctionRole::Primary;
        }
        answers
    })
}

fn citation() -> impl Strategy<Value = Citation> {
    (
        free_text(),
        proptest::option::of(1800u16..=2100),
        free_text(),
        free_text(),
        proptest::option::of("10\\.[0-9]{4,5}/[a-z0-9.()-]{1,12}"),
    )
        .prop_map(|(authors, year, title, container, doi)| Citation {
            authors,
            year,
            title,
            container,
            doi,
        })
}

fn lessons() -> impl Strategy<Value = Vec<Lesson>> {
    proptest::collection::vec(
        ("[A-Z][a-z ,;:é]{0,20}[a-z.]", any::<bool>()).prop_map(|(text, stated)| Lesson {
            text,
            confidence: if stated { Confidence::Stated } else { Confidence::Inferred },
        }),
        0..4,
    )
}

/// Kind, issue key and detail, groups, countries, start and end year.
type Filing = (ModelKind, String, String, Vec<String>, Vec<String>, Option<u16>, Option<u16>);

fn filing() -> impl Strategy<Value = Filing> {
    let issues: Vec<String> = taxonomy::issues().iter().map(|t| t.key.clone()).collect();
    let groups: Vec<String> = taxonomy::groups().iter().map(|t| t.key.clone()).collect();
    (
        proptest::sample::select(ModelKind::ALL.to_vec()),
        proptest::sample::select(issues),
        free_text(),
        proptest::sample::subsequence(groups, 0..3),
        proptest::sample::subsequence(vec!["KE".to_string(), "BR".into(), "IN".into(), "GB".into()], 0..3),
        proptest::option::of(1900u16..=1990),
        proptest::option::of(1991u16..=2100),
    )
}

fn model() -> impl Strategy<Value = Model> {
    let context = (
        "[a-z0-9]{1,8}(-[a-z0-9]{1,6}){0,3}",
        free_text(),
        proptest::collection::vec("[a-zA-Zé][a-zA-Zé ,\"'\n-]{0,10}[a-zA-Z]", 1..4),
        (free_text(), free_text(), free_text()),
    );
    let sources = (
        citation(),
        proptest::collection::vec(citation(), 0..2),
        "https://example\\.org/[a-z]{1,8}",
        free_text(),
    );
    (
        context,
        filing(),
        answers(),
        proptest::collection::vec((any::<bool>(), free_text()), 6),
        lessons(),
        sources,
        french(),
    )
        .prop_map(
            |(
                (id, name, titles, (population, region, summary)),
                (kind, issue, issue_detail, groups, countries, start_year, end_year),
                answers,
                codings,
                lessons,
                (citation, also_cited, source_url, cited_in),
                (fr_name, fr_summary, fr_lessons, fr_rationales),
            )| {
                let coding = Question::ALL
                    .into_iter()
                    .zip(codings)
                    .map(|(q, (stated, rationale))| {
                        let confidence = match (answers.is_answered(q), stated) {
                            (false, _) => Confidence::Unknown,
                            (true, true) => Confidence::Stated,
                            (true, false) => Confidence::Inferred,
                        };
                        (q, Coding { confidence, rationale })
                    })
                    .collect();
                let fr = Translation {
                    name: fr_name.unwrap_or_default(),
                    summary: fr_summary.unwrap_or_default(),
                    lessons: fr_lessons.map_or_else(Vec::new, |l| l[..lessons.len()].to_vec()),
                    rationales: Question::ALL
                        .into_iter()
                        .zip(fr_rationales)
                        .filter_map(|(q, text)| text.map(|t| (q, t)))
                        .collect(),
                };
                Model {
                    id,
                    kind,
                    name,
                    titles,
                    population,
                    issue,
                    issue_detail,
                    groups,
                    countries,
                    region,
                    start_year,
                    end_year,
                    summary,
                    answers,
                    coding,
                    lessons,
                    citation,
                    also_cited,
                    source_url,
                    cited_in,
                    fr,
                }
            },
        )
}

/// A French name, summary, lessons (one per lesson, cut to their number)
/// and rationales, each there or not.
type French = (Option<String>, Option<String>, Option<Vec<String>>, Vec<Option<String>>);

fn french() -> impl Strategy<Value = French> {
    (
        proptest::option::of(free_text()),
        proptest::option::of(free_text()),
        proptest::option::of(proptest::collection::vec("[A-ZÉ][a-zà-ü ,;:«»]{0,20}[a-z.]", 4)),
        proptest::collection::vec(proptest::option::of(free_text()), 6),
    )
}

fn models() -> impl Strategy<Value = Vec<Model>> {
    proptest::collection::vec(model(), 1..6).prop_map(|mut models| {
        let mut seen = std::collections::HashSet::new();
        models.retain(|m| seen.insert(m.id.clone()));
        models
    })
}

fn round_trip(models: &[Model], name: &str) -> Result<(), TestCaseError> {
    for model in models {
        prop_assert_eq!(peermap::corpus::validate(model), vec![], "the generator makes valid models");
    }
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join(name);
    export(models, &path).expect("exports");
    let parsed = parse_file(&path).expect("parses");
    prop_assert_eq!(&parsed.problems, &vec![]);
    prop_assert_eq!(
        parsed.models.iter().map(|(row, _)| *row).collect::<Vec<_>>(),
        (1..=models.len()).collect::<Vec<_>>()
    );
    prop_assert_eq!(parsed.into_models(), models.to_vec());
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_valid_models_survive_a_csv_round_trip(models in models()) {
        round_trip(&models, "models.csv")?;
    }

    #[test]
    fn any_valid_models_survive_a_json_round_trip(models in models()) {
        round_trip(&models, "models.json")?;
    }
}

#[test]
fn a_csv_saved_with_a_byte_order_mark_imports_like_one_without() {
    let models = synthetic_models(0, 5000);
    let sheet = Sheet::of(&models).bytes();
    let dir = tempfile::tempdir().expect("temp dir");
    let mut with_bom = "\u{feff}".as_bytes().to_vec();
    with_bom.extend_from_slice(&sheet);
    let path = write(dir.path(), "excel.csv", &with_bom);
    let parsed = parse_file(&path).expect("parses");
    assert!(parsed.problems.is_empty(), "{:?}", &parsed.problems[..parsed.problems.len().min(3)]);
    assert_eq!(parsed.into_models(), models, "every row, across several read chunks, in order");
}
