//! What the corpus browser asks of the store: full-text search, filters on
//! the answers and context, and a sort order, turned into one SQL query.

use super::columns::mask;
use super::model::{ModelKind, Origin};
use crate::map::{Affiliation, Function, Relation, Space, StatusSource};
use rusqlite::types::Value;
use std::collections::BTreeSet;

/// One line of the browser's table.
#[derive(Debug, Clone, PartialEq)]
pub struct ModelRow {
    pub id: String,
    pub name: String,
    /// The titles the peers go by, joined with "; ".
    pub titles: String,
    pub population: String,
    pub issue: String,
    pub region: String,
    pub period: String,
    pub origin: Origin,
    pub kind: ModelKind,
}

/// A search of the corpus. The default finds every model, sorted by name.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CorpusQuery {
    /// Words to find in the name, titles, population, issue or summary
    /// (all of them, any order, accents ignored; the last word may be
    /// unfinished). Any text is safe: it is never read as query syntax.
    pub text: String,
    pub filter: AnswerFilter,
    /// Exactly this issue (case-insensitive), e.g. from [`Store::issues`](super::Store::issues).
    pub issue: Option<String>,
    /// Regions containing this text (case-insensitive), so "Canada" finds "Montréal, Canada".
    pub region: Option<String>,
    /// Models run in this country (an ISO code).
    pub country: Option<String>,
    pub kind: Option<ModelKind>,
    pub origin: Option<Origin>,
    /// Only these models (by id), e.g. those selected on the atlas; `None` does not filter.
    pub ids: Option<Vec<String>>,
    pub sort: SortKey,
    pub descending: bool,
}

/// Filters on the six answers. A model matches when it has ALL the
/// selected options; an empty set or `None` does not filter.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AnswerFilter {
    /// Functions pursued (primary or not).
    pub functions: BTreeSet<Function>,
    /// Formality within this inclusive range; models of unknown formality do not match.
    pub formality: Option<(f64, f64)>,
    pub relations: BTreeSet<Relation>,
    pub status: BTreeSet<StatusSource>,
    pub affiliations: BTreeSet<Affiliation>,
    pub peer_run: Option<bool>,
    pub spaces: BTreeSet<Space>,
}

/// The table column to sort by (ties are broken by name, then id).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum SortKey {
    #[default]
    Name,
    Kind,
    Titles,
    Population,
    Issue,
    Region,
    Period,
}

impl SortKey {
    fn column(self) -> &'static str {
        match self {
            SortKey::Name => "name",
            SortKey::Kind => "kind",
            SortKey::Titles => "titles",
            SortKey::Population => "population",
            SortKey::Issue => "issue_words",
            SortKey::Region => "region",
            SortKey::Period => "period",
        }
    }
}

/// The columns a [`ModelRow`] is read from, in order.
pub(crate) const ROW_COLUMNS: &str = "id, name, titles, population, issue, region, period, origin, kind";

/// The SQL and parameters for a query, selecting `columns` (usually [`ROW_COLUMNS`]).
pub(crate) fn search_sql(query: &CorpusQuery, columns: &str) -> (String, Vec<Value>) {
    let mut sql = format!("SELECT {columns} FROM model WHERE 1");
    let mut params: Vec<Value> = Vec::new();

    if let Some(expression) = fts_expression(&query.text) {
        sql.push_str(" AND pk IN (SELECT rowid FROM model_fts WHERE model_fts MATCH ?)");
        params.push(Value::Text(expression));
    }
    let filter = &query.filter;
    for (column, bits) in [
        ("functions", mask(&filter.functions)),
        ("relations", mask(&filter.relations)),
        ("status", mask(&filter.status)),
        ("affiliations", mask(&filter.affiliations)),
        ("spaces", mask(&filter.spaces)),
    ] {
        if bits != 0 {
            sql.push_str(&format!(" AND ({column} & ?) = ?"));
            params.extend([Value::Integer(bits), Value::Integer(bits)]);
        }
    }
    if let Some((low, high)) = filter.formality {
        sql.push_str(" AND formality BETWEEN ? AND ?");
        params.extend([Value::Real(low.min(high)), Value::Real(low.max(high))]);
    }
    if let Some(peer_run) = filter.peer_run {
        sql.push_str(" AND peer_run = ?");
        params.push(Value::Integer(i64::from(peer_run)));
    }
    if let Some(issue) = &query.issue {
        sql.push_str(" AND issue = ? COLLATE NOCASE");
        params.push(Value::Text(issue.clone()));
    }
    if let Some(region) = query.region.as_deref().map(str::trim).filter(|r| !r.is_empty()) {
        sql.push_str(" AND region LIKE ? ESCAPE '\\'");
        params.push(Value::Text(format!("%{}%", escape_like(region))));
    }
    if let Some(country) = query.country.as_deref().map(str::trim).filter(|c| !c.is_empty()) {
        sql.push_str(" AND countries LIKE ? ESCAPE '\\'");
        params.push(Value::Text(format!("%|{}|%", escape_like(&country.to_uppercase()))));
    }
    if let Some(kind) = query.kind {
        sql.push_str(" AND kind = ?");
        params.push(Value::Text(kind.key().into()));
    }
    if let Some(origin) = query.origin {
        sql.push_str(" AND origin = ?");
        params.push(Value::Text(origin_key(origin).into()));
    }
    if let Some(ids) = &query.ids {
        sql.push_str(" AND id IN (SELECT value FROM json_each(?))");
        params.push(Value::Text(serde_json::to_string(ids).unwrap_or_else(|_| "[]".into())));
    }
    let direction = if query.descending { "DESC" } else { "ASC" };
    let column = query.sort.column();
    sql.push_str(&format!(" ORDER BY {column} COLLATE NOCASE {direction}"));
    if query.sort != SortKey::Name {
        sql.push_str(&format!(", name COLLATE NOCASE {direction}"));
    }
    sql.push_str(&format!(", id {direction}"));
    (sql, params)
}

/// Turns typed text into an FTS5 expression that matches every word: each
/// word is cut where the index cuts it (at anything not a letter or digit,
/// so "self-help" is "self" and "help"), quoted (so operators and quotes
/// are just text), and the last one matches as a prefix unless the text
/// ends with a space. `None` when there is nothing to search for.
pub(crate) fn fts_expression(text: &str) -> Option<String> {
    let words: Vec<&str> =
        text.split(|c: char| !c.is_alphanumeric()).filter(|word| !word.is_empty()).collect();
    let last = words.len().checked_sub(1)?;
    let still_typing = text.ends_with(char::is_alphanumeric);
    let terms: Vec<String> = words
        .iter()
        .enumerate()
        .map(
            |(i, word)| {
                if i == last && still_typing { format!("\"{word}\"*") } else { format!("\"{word}\"") }
            },
        )
        .collect();
    Some(terms.join(" "))
}

fn escape_like(text: &str) -> String {
    text.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_")
}

/// How an origin is written in the store.
pub(crate) fn origin_key(origin: Origin) -> &'static str {
    match origin {
        Origin::Bundled => "bundled",
        Origin::User => "user",
    }
}

/// Reads an origin back; anything but "bundled" is the user's (the column
/// has a CHECK constraint, so nothing else occurs).
pub(crate) fn origin_from_key(key: &str) -> Origin {
    if key == "bundled" { Origin::Bundled } else { Origin::User }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_text_is_cut_into_quoted_words_and_the_last_is_a_prefix() {
        assert_eq!(fts_expression("peer navig").as_deref(), Some("\"peer\" \"navig\"*"));
        assert_eq!(fts_expression("peer navigator ").as_deref(), Some("\"peer\" \"navigator\""));
        assert_eq!(fts_expression("say \"hi\" OR NOT").as_deref(), Some("\"say\" \"hi\" \"OR\" \"NOT\"*"));
        assert_eq!(fts_expression("self-help gro").as_deref(), Some("\"self\" \"help\" \"gro\"*"));
        assert_eq!(fts_expression("Montréal, ").as_deref(), Some("\"Montréal\""));
        assert_eq!(fts_expression("  - ( * "), None);
        assert_eq!(fts_expression(""), None);
    }

    #[test]
    fn empty_filters_add_no_conditions() {
        let (sql, params) = search_sql(&CorpusQuery::default(), ROW_COLUMNS);
        assert!(params.is_empty());
        assert!(sql.ends_with("WHERE 1 ORDER BY name COLLATE NOCASE ASC, id ASC"), "{sql}");
    }
}
