//! Checks a model record before it enters the corpus: required fields,
//! consistent coding, a usable citation.

use super::model::{Confidence, Model};
use crate::design::Answers;
use crate::map::{Affiliation, Question};
use crate::taxonomy;

/// One thing wrong with a record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The field at fault, e.g. `citation.title` or `coding.formality`.
    pub field: String,
    pub reason: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.field, self.reason)
    }
}

/// Everything wrong with a record (empty when it is valid).
pub fn validate(model: &Model) -> Vec<Problem> {
    let mut problems = Vec::new();
    let mut problem = |field: &str, reason: String| problems.push(Problem { field: field.into(), reason });

    if let Some(reason) = id_problem(&model.id) {
        problem("id", reason);
    }
    for (field, value) in [
        ("name", &model.name),
        ("population", &model.population),
        ("summary", &model.summary),
        ("cited_in", &model.cited_in),
        ("citation.authors", &model.citation.authors),
        ("citation.title", &model.citation.title),
        ("citation.container", &model.citation.container),
    ] {
        if value.trim().is_empty() {
            problem(field, "is empty".into());
        }
    }
    if model.titles.iter().any(|t| t.trim().is_empty()) {
        problem(
            "titles",
            "has an empty title; remove it (a source that names no title leaves the list empty)".into(),
        );
    }
    citation_problems(&model.citation, "citation", &mut problem);
    for (i, citation) in model.also_cited.iter().enumerate() {
        citation_problems(citation, &format!("also_cited[{i}]"), &mut problem);
        for (field, value) in [("authors", &citation.authors), ("title", &citation.title)] {
            if value.trim().is_empty() {
                problem(&format!("also_cited[{i}].{field}"), "is empty".into());
            }
        }
    }
    context_problems(model, &mut problem);
    length_problems(model, &mut problem);
    super::translation::translation_problems(model, &mut problem);
    for question in Question::ALL {
        let field = format!("coding.{}", question.key());
        let answered = model.answers.is_answered(question);
        match model.coding.get(&question) {
            None => problem(&field, "is missing".into()),
            Some(coding) => {
                if coding.rationale.trim().is_empty() {
                    problem(&field, "has no rationale".into());
                }
                match (coding.confidence, answered) {
                    (Confidence::Unknown, true) => {
                        problem(&field, "is marked unknown but the answer is filled in".into())
                    }
                    (Confidence::Stated | Confidence::Inferred, false) => {
                        problem(&field, "has a confidence but the answer is empty (mark it unknown)".into())
                    }
                    _ => {}
                }
            }
        }
    }
    answers_problems(&model.answers, &mut problem);
    problems
}

fn citation_problems(citation: &super::Citation, at: &str, problem: &mut impl FnMut(&str, String)) {
    if let Some(year) = citation.year.filter(|y| !(1800..=2100).contains(y)) {
        problem(&format!("{at}.year"), format!("{year} is not a plausible publication year"));
    }
    if let Some(doi) = &citation.doi
        && !is_doi(doi)
    {
        problem(
            &format!("{at}.doi"),
            format!("\"{doi}\" is not a DOI (10.xxxx/…, without https://doi.org/)"),
        );
    }
}

/// A bare DOI: "10.", a registrant code of digits (and dots), "/", a suffix without spaces.
pub fn is_doi(doi: &str) -> bool {
    let Some((prefix, suffix)) = doi.split_once('/') else { return false };
    let registrant = prefix.strip_prefix("10.").unwrap_or("");
    registrant.len() >= 4
        && registrant.chars().all(|c| c.is_ascii_digit() || c == '.')
        && !suffix.is_empty()
        && !suffix.chars().any(char::is_whitespace)
}

/// An address a browser can open: http(s), a host, no spaces.
pub fn is_web_address(url: &str) -> bool {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://")).unwrap_or("");
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    host.contains('.') && !url.chars().any(char::is_whitespace)
}

fn context_problems(model: &Model, problem: &mut impl FnMut(&str, String)) {
    if !model.issue.is_empty() && taxonomy::issue(&model.issue).is_none() {
        let keys: Vec<&str> = taxonomy::issues().iter().map(|t| t.key.as_str()).collect();
        problem(
            "issue",
            format!("`{}` is not an issue key; expected one of: {}", model.issue, keys.join(", ")),
        );
    }
    if model.issue.is_empty() && model.issue_detail.trim().is_empty() {
        problem("issue", "is empty; choose an issue key or describe the issue in issue_detail".into());
    }
    for group in &model.groups {
        if !taxonomy::groups().iter().any(|t| t.key == *group) {
            problem("groups", format!("`{group}` is not a group key (see assets/taxonomy/taxonomy.json)"));
        }
    }
    for code in &model.countries {
        if taxonomy::country(code).is_none() {
            problem("countries", format!("`{code}` is not an ISO 3166-1 alpha-2 country code (KE, GB, US)"));
        }
    }
    if let (Some(start), Some(end)) = (model.start_year, model.end_year)
        && start > end
    {
        problem("end_year", format!("{end} is before the start year {start}"));
    }
    for (field, year) in [("start_year", model.start_year), ("end_year", model.end_year)] {
        if let Some(year) = year.filter(|y| !(1800..=2100).contains(y)) {
            problem(field, format!("{year} is not a plausible year"));
        }
    }
    if model.lessons.len() > 4 {
        problem("lessons", format!("has {} points; keep the four that matter most", model.lessons.len()));
    }
    for (i, lesson) in model.lessons.iter().enumerate() {
        if lesson.text.trim().is_empty() {
            problem(&format!("lessons[{i}].text"), "is empty".into());
        }
        if lesson.confidence == Confidence::Unknown {
            problem(
                &format!("lessons[{i}].confidence"),
                "a lesson is stated or inferred, never unknown".into(),
            );
        }
    }
    if !model.source_url.is_empty() && !is_web_address(&model.source_url) {
        problem("source_url", format!("\"{}\" is not a web address (https://…)", model.source_url));
    }
}

/// The design's limits hold for a model too: it is shown and briefed the same way.
fn length_problems(model: &Model, problem: &mut impl FnMut(&str, String)) {
    use crate::design::limits::{LINE_CHARS, NAME_CHARS, TEXT_CHARS, too_long, too_many};
    let mut texts: Vec<(String, &str, usize)> = vec![
        ("name".into(), &model.name, NAME_CHARS),
        ("population".into(), &model.population, LINE_CHARS),
        ("issue_detail".into(), &model.issue_detail, LINE_CHARS),
        ("region".into(), &model.region, LINE_CHARS),
        ("summary".into(), &model.summary, TEXT_CHARS),
        ("source_url".into(), &model.source_url, LINE_CHARS),
        ("cited_in".into(), &model.cited_in, LINE_CHARS),
    ];
    texts.extend(model.titles.iter().map(|t| ("titles".to_string(), t.as_str(), LINE_CHARS)));
    texts.extend(
        model.coding.iter().map(|(q, c)| (format!("coding.{}", q.key()), c.rationale.as_str(), TEXT_CHARS)),
    );
    texts.extend(
        model
            .lessons
            .iter()
            .enumerate()
            .map(|(i, l)| (format!("lessons[{i}].text"), l.text.as_str(), TEXT_CHARS)),
    );
    texts.push(("fr.name".into(), &model.fr.name, NAME_CHARS));
    texts.push(("fr.summary".into(), &model.fr.summary, TEXT_CHARS));
    texts.extend(
        model
            .fr
            .rationales
            .iter()
            .map(|(q, r)| (format!("fr.rationales.{}", q.key()), r.as_str(), TEXT_CHARS)),
    );
    texts.extend(
        model
            .fr
            .lessons
            .iter()
            .enumerate()
            .map(|(i, l)| (format!("fr.lessons[{i}]"), l.as_str(), TEXT_CHARS)),
    );
    texts.extend(citation_texts("citation".into(), &model.citation));
    for (i, citation) in model.also_cited.iter().enumerate() {
        texts.extend(citation_texts(format!("also_cited[{i}]"), citation));
    }
    for (field, text, limit) in texts {
        if let Some(why) = too_long(text, limit, "a model") {
            problem(&field, why);
        }
    }
    for (field, count) in [
        ("titles", model.titles.len()),
        ("countries", model.countries.len()),
        ("also_cited", model.also_cited.len()),
    ] {
        if let Some(why) = too_many(count, "a model") {
            problem(field, why);
        }
    }
}

fn citation_texts(at: String, c: &super::Citation) -> [(String, &str, usize); 3] {
    use crate::design::limits::LINE_CHARS;
    [("authors", &c.authors), ("title", &c.title), ("container", &c.container)]
        .map(|(field, value)| (format!("{at}.{field}"), value.as_str(), LINE_CHARS))
}

fn answers_problems(answers: &Answers, problem: &mut impl FnMut(&str, String)) {
    if !answers.functions.is_empty() && !answers.functions.keys().any(|f| answers.is_primary(*f)) {
        problem("answers.functions", "mark at least one function as primary".into());
    }
    if answers.peer_run && !answers.affiliations.contains(&Affiliation::CommunityOrg) {
        problem("answers.peer_run", "peer-run needs a community-based organisation affiliation".into());
    }
}

/// Ids are stable keys: lower-case letters, digits and single hyphens.
fn id_problem(id: &str) -> Option<String> {
    if id.is_empty() {
        return Some("is empty".into());
    }
    if id.len() > 120 {
        return Some("is longer than 120 characters".into());
    }
    let allowed = id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if !allowed || id.starts_with('-') || id.ends_with('-') || id.contains("--") {
        return Some(format!("\"{id}\" must be lower-case letters, digits and single hyphens"));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::bundled_models;

    #[test]
    fn problems_name_the_field() {
        let mut model = bundled_models()[0].clone();
        assert!(validate(&model).is_empty(), "{:?}", validate(&model));
        model.id = "Bad Id".into();
        model.citation.title.clear();
        model.coding.remove(&Question::Spaces);
        let fields: Vec<String> = validate(&model).into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["id", "citation.title", "coding.spaces"]);
    }

    #[test]
    fn an_overlong_text_is_a_problem_of_its_field() {
        let mut model = bundled_models()[0].clone();
        model.summary = "word ".repeat(5_000);
        model.citation.title = "t".repeat(1_001);
        let problems = validate(&model);
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(fields, ["summary", "citation.title"], "{problems:?}");
        assert!(problems[0].reason.contains("25000 characters"), "{}", problems[0].reason);
    }

    #[test]
    fn unknown_must_mean_unanswered() {
        let mut model = bundled_models()[0].clone();
        model.answers.formality = None;
        let problems = validate(&model);
        assert!(problems.iter().any(|p| p.field == "coding.formality"), "{problems:?}");
    }
}
