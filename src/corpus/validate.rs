//! Checks a model record before it enters the corpus: required fields,
//! consistent coding, a usable citation.

use super::model::{Confidence, Model};
use crate::design::Answers;
use crate::map::{Affiliation, Question};

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
        ("issue", &model.issue),
        ("region", &model.region),
        ("period", &model.period),
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
    if model.titles.iter().all(|t| t.trim().is_empty()) {
        problem("titles", "needs at least one title used for the peers".into());
    }
    if let Some(year) = model.citation.year.filter(|y| !(1800..=2100).contains(y)) {
        problem("citation.year", format!("{year} is not a plausible publication year"));
    }
    if let Some(doi) = &model.citation.doi
        && !(doi.starts_with("10.") && doi.contains('/'))
    {
        problem("citation.doi", format!("\"{doi}\" is not a DOI (10.xxxx/…)"));
    }
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
    fn unknown_must_mean_unanswered() {
        let mut model = bundled_models()[0].clone();
        model.answers.formality = None;
        let problems = validate(&model);
        assert!(problems.iter().any(|p| p.field == "coding.formality"), "{problems:?}");
    }
}
