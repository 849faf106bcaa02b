//! How answers and other non-text fields are written in one CSV cell, and
//! read back with a reason for anything unreadable.

use crate::corpus::{Citation, Confidence, Lesson, ModelKind};
use crate::design::{Formality, FunctionRole};
use crate::map::{AnswerOption, Function};
use std::collections::{BTreeMap, BTreeSet};

/// Separates the items of a list cell.
pub const LIST_SEPARATOR: &str = "; ";

/// Marks a primary function: "navigation*; emotional".
const PRIMARY_MARK: char = '*';

/// The items of a list cell: split on ";", trimmed, empty items dropped.
pub fn split_list(cell: &str) -> impl Iterator<Item = &str> {
    cell.split(';').map(str::trim).filter(|item| !item.is_empty())
}

/// A list cell from its items.
pub fn join_list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    items.into_iter().map(str::trim).filter(|i| !i.is_empty()).collect::<Vec<_>>().join(LIST_SEPARATOR)
}

fn keys<T: AnswerOption>() -> String {
    T::ALL.iter().map(|o| o.info().key).collect::<Vec<_>>().join(", ")
}

fn option<T: AnswerOption>(key: &str) -> Result<T, String> {
    T::ALL
        .iter()
        .copied()
        .find(|o| o.info().key == key)
        .ok_or_else(|| format!("unknown answer `{key}`; expected one of: {}", keys::<T>()))
}

/// Q1 in the map's order, primary functions marked with `*`.
pub fn format_functions(functions: &BTreeMap<Function, FunctionRole>) -> String {
    let items: Vec<String> = Function::ALL
        .iter()
        .filter_map(|f| {
            functions.get(f).map(|role| match role {
                FunctionRole::Primary => format!("{}{PRIMARY_MARK}", f.info().key),
                FunctionRole::Secondary => f.info().key.to_string(),
            })
        })
        .collect();
    items.join(LIST_SEPARATOR)
}

pub fn parse_functions(cell: &str) -> Result<BTreeMap<Function, FunctionRole>, String> {
    let mut functions = BTreeMap::new();
    for item in split_list(cell) {
        let (key, role) = match item.strip_suffix(PRIMARY_MARK) {
            Some(key) => (key.trim_end(), FunctionRole::Primary),
            None => (item, FunctionRole::Secondary),
        };
        let function = option::<Function>(key)?;
        if functions.insert(function, role).is_some() {
            return Err(format!("`{key}` is listed twice"));
        }
    }
    Ok(functions)
}

/// A set answer (Q3–Q6) in the map's order.
pub fn format_set<T: AnswerOption>(set: &BTreeSet<T>) -> String {
    join_list(T::ALL.iter().filter(|o| set.contains(o)).map(|o| o.info().key))
}

pub fn parse_set<T: AnswerOption>(cell: &str) -> Result<BTreeSet<T>, String> {
    let mut set = BTreeSet::new();
    for key in split_list(cell) {
        if !set.insert(option::<T>(key)?) {
            return Err(format!("`{key}` is listed twice"));
        }
    }
    Ok(set)
}

/// Formality as the shortest decimal that reads back exactly; empty when unknown.
pub fn format_formality(formality: Option<Formality>) -> String {
    formality.map(|f| f.value().to_string()).unwrap_or_default()
}

pub fn parse_formality(cell: &str) -> Result<Option<Formality>, String> {
    let cell = cell.trim();
    if cell.is_empty() {
        return Ok(None);
    }
    let value: f64 = cell.parse().map_err(|_| {
        format!("`{cell}` is not a number; write a number from 0 to 1, or leave it empty if unknown")
    })?;
    Formality::new(value).map(Some).map_err(|e| e.to_string())
}

pub fn format_flag(flag: bool) -> &'static str {
    if flag { "yes" } else { "no" }
}

/// yes/no (also true/false, 1/0); empty means no.
pub fn parse_flag(cell: &str) -> Result<bool, String> {
    match cell.trim().to_ascii_lowercase().as_str() {
        "yes" | "true" | "1" => Ok(true),
        "no" | "false" | "0" | "" => Ok(false),
        other => Err(format!("`{other}` is not yes or no")),
    }
}

pub fn format_confidence(confidence: Confidence) -> &'static str {
    match confidence {
        Confidence::Stated => "stated",
        Confidence::Inferred => "inferred",
        Confidence::Unknown => "unknown",
    }
}

pub fn parse_confidence(cell: &str) -> Result<Confidence, String> {
    match cell.trim() {
        "stated" => Ok(Confidence::Stated),
        "inferred" => Ok(Confidence::Inferred),
        "unknown" => Ok(Confidence::Unknown),
        "" => Err("is empty; write stated, inferred or unknown".into()),
        other => Err(format!("unknown confidence `{other}`; expected one of: stated, inferred, unknown")),
    }
}

pub fn format_year(year: Option<u16>) -> String {
    year.map(|y| y.to_string()).unwrap_or_default()
}

pub fn parse_year(cell: &str) -> Result<Option<u16>, String> {
    let cell = cell.trim();
    if cell.is_empty() {
        return Ok(None);
    }
    cell.parse().map(Some).map_err(|_| format!("`{cell}` is not a year"))
}

pub fn parse_kind(cell: &str) -> Result<ModelKind, String> {
    if cell.trim().is_empty() {
        return Ok(ModelKind::default());
    }
    ModelKind::from_key(cell).ok_or_else(|| {
        format!("unknown kind `{}`; expected one of: programme, role, movement, framework", cell.trim())
    })
}

/// Lessons one per line, each "stated: …" or "inferred: …".
pub fn format_lessons(lessons: &[Lesson]) -> String {
    lessons
        .iter()
        .map(|l| format!("{}: {}", format_confidence(l.confidence), l.text.replace('\n', " ")))
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn parse_lessons(cell: &str) -> Result<Vec<Lesson>, String> {
    cell.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .enumerate()
        .map(|(i, line)| {
            let (confidence, text) = line.split_once(':').ok_or_else(|| {
                format!("line {} needs the form `stated: what was learned` (or `inferred: …`)", i + 1)
            })?;
            let confidence = parse_confidence(confidence).map_err(|e| format!("line {}: {e}", i + 1))?;
            Ok(Lesson { text: text.trim().to_string(), confidence })
        })
        .collect()
}

/// Further citations as a JSON array (empty when there are none).
pub fn format_citations(citations: &[Citation]) -> String {
    if citations.is_empty() {
        String::new()
    } else {
        serde_json::to_string(citations).expect("citations always serialise")
    }
}

pub fn parse_citations(cell: &str) -> Result<Vec<Citation>, String> {
    if cell.trim().is_empty() {
        return Ok(Vec::new());
    }
    serde_json::from_str(cell).map_err(|e| {
        format!("is not a JSON list of citations ({e}); write [{{\"authors\": …, \"year\": …, \"title\": …, \"container\": …, \"doi\": …}}]")
    })
}

/// An optional text: empty means none.
pub fn parse_optional(cell: &str) -> Option<String> {
    let cell = cell.trim();
    (!cell.is_empty()).then(|| cell.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::Space;

    #[test]
    fn functions_keep_their_primary_mark() {
        let functions = parse_functions("navigation*; emotional ;advocacy *").expect("parses");
        assert_eq!(functions.get(&Function::Navigation), Some(&FunctionRole::Primary));
        assert_eq!(functions.get(&Function::Advocacy), Some(&FunctionRole::Primary));
        assert_eq!(format_functions(&functions), "emotional; navigation*; advocacy*");
        let err = parse_functions("navigaton*").expect_err("typo");
        assert!(err.contains("unknown answer `navigaton`") && err.contains("navigation"), "{err}");
    }

    #[test]
    fn sets_flags_and_numbers_read_back() {
        let spaces: BTreeSet<Space> = parse_set("institutional; outreach").expect("parses");
        assert_eq!(format_set(&spaces), "outreach; institutional");
        assert!(parse_set::<Space>("outreach; outreach").is_err());
        assert_eq!(parse_flag(""), Ok(false));
        assert_eq!(parse_flag("Yes"), Ok(true));
        assert!(parse_flag("maybe").is_err());
        assert_eq!(parse_formality(" "), Ok(None));
        assert!(parse_formality("1.5").is_err());
        assert!(parse_formality("high").expect_err("not a number").contains("not a number"));
        let f = Formality::new(0.1 + 0.2).ok();
        assert_eq!(parse_formality(&format_formality(f)), Ok(f));
    }
}
