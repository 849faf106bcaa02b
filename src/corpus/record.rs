//! A model record as files and stores hold it. Records written before the
//! corpus had kinds, issue keys, countries and years still read: a
//! free-text issue is filed under its key (or kept as the issue detail),
//! and a free-text period gives its years (or is kept in the summary).

use super::model::{Citation, Coding, Lesson, Model, ModelKind, Translation};
use crate::design::Answers;
use crate::map::Question;
use crate::taxonomy;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ModelRecord {
    id: String,
    #[serde(default)]
    kind: ModelKind,
    name: String,
    titles: Vec<String>,
    population: String,
    issue: String,
    #[serde(default)]
    issue_detail: String,
    #[serde(default)]
    groups: Vec<String>,
    #[serde(default)]
    countries: Vec<String>,
    region: String,
    #[serde(default)]
    start_year: Option<u16>,
    #[serde(default)]
    end_year: Option<u16>,
    /// Before schema 3: the period in words ("1990s", "2005–2010").
    #[serde(default)]
    period: Option<String>,
    summary: String,
    #[serde(default)]
    answers: Answers,
    coding: BTreeMap<Question, Coding>,
    #[serde(default)]
    lessons: Vec<Lesson>,
    citation: Citation,
    #[serde(default)]
    also_cited: Vec<Citation>,
    #[serde(default)]
    source_url: String,
    cited_in: String,
    #[serde(default)]
    fr: Translation,
}

impl From<ModelRecord> for Model {
    fn from(r: ModelRecord) -> Model {
        let (issue, issue_detail) = file_issue(&r.issue, &r.issue_detail);
        let mut summary = r.summary;
        let (mut start_year, mut end_year) = (r.start_year, r.end_year);
        if let Some(period) = &r.period
            && start_year.is_none()
            && end_year.is_none()
        {
            (start_year, end_year) = legacy_period(period, &mut summary);
        }
        Model {
            id: r.id,
            kind: r.kind,
            name: r.name,
            titles: r.titles,
            population: r.population,
            issue,
            issue_detail,
            groups: r.groups,
            countries: r.countries.into_iter().map(|c| c.trim().to_uppercase()).collect(),
            region: r.region,
            start_year,
            end_year,
            summary,
            answers: r.answers,
            coding: r.coding,
            lessons: r.lessons,
            citation: r.citation,
            also_cited: r.also_cited,
            source_url: r.source_url,
            cited_in: r.cited_in,
            fr: r.fr,
        }
    }
}

/// The years of a period written in words before schema 3; a period that
/// names no years ("1990s") is kept at the end of the summary instead.
pub(crate) fn legacy_period(period: &str, summary: &mut String) -> (Option<u16>, Option<u16>) {
    let period = period.trim();
    match legacy_years(period) {
        Some(years) => years,
        None => {
            if !period.is_empty() && period != "current" {
                *summary = format!("{} (Period: {period}.)", summary.trim_end());
            }
            (None, None)
        }
    }
}

/// A key stays; free text is filed under its key, or kept beside the detail.
pub(crate) fn file_issue(issue: &str, detail: &str) -> (String, String) {
    if taxonomy::issue(issue).is_some() {
        return (issue.to_string(), detail.to_string());
    }
    let (key, unmatched) = taxonomy::normalise_issue(issue);
    let detail = match (unmatched.is_empty(), detail.trim().is_empty()) {
        (true, _) => detail.to_string(),
        (false, true) => unmatched,
        (false, false) => format!("{unmatched}; {}", detail.trim()),
    };
    (key, detail)
}

/// The years of an old period text: "2005–2010" → both, "1935–" or "from
/// 2009" → a start, "until 2011" → an end. Decades ("1990s") and
/// publication years ("reported 2013") give none: they are not a period.
fn legacy_years(period: &str) -> Option<(Option<u16>, Option<u16>)> {
    let lower = period.to_lowercase();
    if lower.contains("reported") || lower.contains("published") {
        return None;
    }
    let mut years = Vec::new();
    let bytes = lower.as_bytes();
    let mut i = 0;
    while i + 4 <= bytes.len() {
        let digits = &bytes[i..i + 4];
        let bounded = (i == 0 || !bytes[i - 1].is_ascii_digit())
            && bytes.get(i + 4).is_none_or(|b| !b.is_ascii_digit() && *b != b's');
        if digits.iter().all(u8::is_ascii_digit) && bounded {
            let year: u16 = lower[i..i + 4].parse().ok()?;
            if (1800..=2100).contains(&year) {
                years.push(year);
            }
            i += 4;
        } else {
            i += 1;
        }
    }
    match years.as_slice() {
        [] => None,
        [year] if lower.starts_with("until") || lower.starts_with("to ") => Some((None, Some(*year))),
        [year] => Some((Some(*year), None)),
        [start, end, ..] => Some((Some(*start), Some(*end))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn old_periods_give_years_only_when_they_name_them() {
        assert_eq!(legacy_years("2005–2010"), Some((Some(2005), Some(2010))));
        assert_eq!(legacy_years("1935–"), Some((Some(1935), None)));
        assert_eq!(legacy_years("from 2009"), Some((Some(2009), None)));
        assert_eq!(legacy_years("until 2011"), Some((None, Some(2011))));
        assert_eq!(legacy_years("1990s"), None);
        assert_eq!(legacy_years("reported 2013"), None);
        assert_eq!(legacy_years("current"), None);
    }

    #[test]
    fn an_old_record_reads_with_its_issue_filed_and_nothing_lost() {
        let old = r#"{"id": "x", "name": "X", "titles": ["peer"], "population": "p",
            "issue": "dementia and caregiving", "region": "England", "period": "1990s",
            "summary": "S.", "answers": {}, "coding": {},
            "citation": {"authors": "A", "year": 2000, "title": "T", "container": "C", "doi": null},
            "cited_in": "c"}"#;
        let model: Model = serde_json::from_str(old).expect("old records read");
        assert_eq!(model.issue, "ageing_dementia_caregiving");
        assert_eq!(model.kind, ModelKind::Programme);
        assert_eq!((model.start_year, model.end_year), (None, None));
        assert_eq!(model.summary, "S. (Period: 1990s.)");
        let unknown = old.replace("dementia and caregiving", "rare lung disease");
        let model: Model = serde_json::from_str(&unknown).expect("reads");
        assert_eq!((model.issue.as_str(), model.issue_detail.as_str()), ("", "rare lung disease"));
    }
}
