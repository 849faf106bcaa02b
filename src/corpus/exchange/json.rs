//! The JSON form of the corpus: an array of model records, exactly as in
//! assets/corpus/*.json. Each record is read on its own, so one broken
//! record (bad syntax, a wrong field, invalid UTF-8) is reported by its
//! number and the others are still read.

use super::{ExchangeError, ParsedRow, RowProblem, parallel_map, validated};
use crate::corpus::Model;
use std::ops::Range;
use std::path::Path;

/// The models as pretty JSON ending in a newline.
pub fn to_json(models: &[Model]) -> Vec<u8> {
    let mut bytes = serde_json::to_vec_pretty(models).expect("models always serialise");
    bytes.push(b'\n');
    bytes
}

/// Reads every record (numbered from 1) into a model or its problems.
pub fn parse(bytes: &[u8], path: &Path) -> Result<Vec<(usize, ParsedRow)>, ExchangeError> {
    let records =
        split_array(bytes).map_err(|reason| ExchangeError::NotARecordList { path: path.into(), reason })?;
    let numbered: Vec<(usize, Record)> = records.into_iter().enumerate().map(|(i, r)| (i + 1, r)).collect();
    Ok(parallel_map(&numbered, |(row, record)| (*row, parse_record(*row, record, bytes))))
}

/// Where one record of the array is: its bytes and first line.
struct Record {
    span: Range<usize>,
    line: usize,
}

fn parse_record(row: usize, record: &Record, file: &[u8]) -> ParsedRow {
    let bytes = &file[record.span.clone()];
    let problem = |field: String, reason: String| Err(vec![RowProblem { row, field, reason }]);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let line = record.line + bytes[..e.valid_up_to()].iter().filter(|b| **b == b'\n').count();
            let field = field_with_bad_text(bytes).unwrap_or_else(|| "(record)".into());
            return problem(field, format!("is not valid UTF-8 text (line {line}); save the file as UTF-8"));
        }
    };
    let deserializer = &mut serde_json::Deserializer::from_str(text);
    match serde_path_to_error::deserialize::<_, Model>(deserializer) {
        Ok(model) => validated(row, model, |_, field| field.to_string()),
        Err(err) => {
            let path = err.path().to_string().replace(".?", "");
            let inner = err.into_inner();
            let line = record.line + inner.line().saturating_sub(1);
            let message = inner.to_string();
            let suffix = format!(" at line {} column {}", inner.line(), inner.column());
            let message = message.strip_suffix(&suffix).unwrap_or(&message);
            let field = match message.strip_prefix("missing field `").and_then(|m| m.split('`').next()) {
                Some(name) if path == "." => name.to_string(),
                Some(name) => format!("{path}.{name}"),
                None if path == "." => "(record)".to_string(),
                None => path,
            };
            problem(field, format!("{message} (line {line})"))
        }
    }
}

/// The path of the first string holding invalid UTF-8, found by reading
/// the record with the bad bytes replaced.
fn field_with_bad_text(bytes: &[u8]) -> Option<String> {
    fn find(value: &serde_json::Value, path: String) -> Option<String> {
        match value {
            serde_json::Value::String(s) if s.contains('\u{fffd}') => Some(path),
            serde_json::Value::Object(map) => map.iter().find_map(|(key, v)| {
                let inner = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                if key.contains('\u{fffd}') { Some(inner) } else { find(v, inner) }
            }),
            serde_json::Value::Array(items) => {
                items.iter().enumerate().find_map(|(i, v)| find(v, format!("{path}[{i}]")))
            }
            _ => None,
        }
    }
    let value: serde_json::Value = serde_json::from_str(&String::from_utf8_lossy(bytes)).ok()?;
    find(&value, String::new())
}

/// The byte spans of the elements of the top-level array, found by
/// tracking strings and nesting only, so a broken element is still cut out
/// on its own.
fn split_array(bytes: &[u8]) -> Result<Vec<Record>, String> {
    let not_array = || "expected a JSON array of model records: `[ {…}, {…} ]`".to_string();
    let mut line = 1;
    let mut i = skip_space(bytes, 0, &mut line);
    if bytes.get(i) != Some(&b'[') {
        return Err(not_array());
    }
    i = skip_space(bytes, i + 1, &mut line);
    let mut records = Vec::new();
    if bytes.get(i) == Some(&b']') {
        return finish(bytes, i + 1, line, records);
    }
    loop {
        let (start, start_line) = (i, line);
        let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
        while let Some(&b) = bytes.get(i) {
            if in_string {
                match b {
                    _ if escaped => escaped = false,
                    b'\\' => escaped = true,
                    b'"' => in_string = false,
                    b'\n' => line += 1,
                    _ => {}
                }
            } else {
                match b {
                    b'"' => in_string = true,
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' if depth > 0 => depth -= 1,
                    b',' | b']' if depth == 0 => break,
                    b'\n' => line += 1,
                    _ => {}
                }
            }
            i += 1;
        }
        let end =
            bytes[start..i].iter().rposition(|b| !b.is_ascii_whitespace()).map_or(start, |p| start + p + 1);
        records.push(Record { span: start..end, line: start_line });
        match bytes.get(i) {
            Some(b',') => i = skip_space(bytes, i + 1, &mut line),
            Some(_) => return finish(bytes, i + 1, line, records), // `]`
            None => return Ok(records),                            // unterminated: the last record reports it
        }
    }
}

fn finish(bytes: &[u8], after: usize, mut line: usize, records: Vec<Record>) -> Result<Vec<Record>, String> {
    let rest = skip_space(bytes, after, &mut line);
    if rest < bytes.len() {
        return Err(format!("unexpected text after the closing `]` (line {line})"));
    }
    Ok(records)
}

fn skip_space(bytes: &[u8], mut i: usize, line: &mut usize) -> usize {
    while let Some(b) = bytes.get(i).filter(|b| b.is_ascii_whitespace()) {
        if *b == b'\n' {
            *line += 1;
        }
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spans(text: &str) -> Vec<&str> {
        let records = split_array(text.as_bytes()).expect("an array");
        records.iter().map(|r| &text[r.span.clone()]).collect()
    }

    #[test]
    fn elements_are_cut_at_top_level_commas_only() {
        assert_eq!(spans("[]"), Vec::<&str>::new());
        assert_eq!(
            spans(" [ {\"a\": [1, 2]}, {\"b\": \"x, ]\\\" y\"} ]\n"),
            ["{\"a\": [1, 2]}", "{\"b\": \"x, ]\\\" y\"}"]
        );
        assert_eq!(spans("[{\"a\": 1}, {\"b\": "), ["{\"a\": 1}", "{\"b\":"]);
        assert!(split_array(b"{}").is_err());
        assert!(split_array(b"[{}] x").is_err());
    }
}
