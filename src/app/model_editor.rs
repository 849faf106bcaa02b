//! A model being added or edited in the corpus, as a form draft.

use crate::corpus::exchange::{format_lessons, parse_lessons, parse_year};
use crate::corpus::{Confidence, Model, Problem, validate};
use crate::design::{Design, Edit};
use crate::map::Question;
use crate::taxonomy;

/// The form behind the model editor window. Cancel discards it.
pub struct ModelEditor {
    pub draft: Model,
    /// The answers, edited with the same widgets as a design.
    pub answers: Design,
    /// Titles as typed, separated by semicolons.
    pub titles_text: String,
    /// The year as typed.
    pub year_text: String,
    /// Countries as typed (names or codes, separated by commas).
    pub countries_text: String,
    /// The programme's period as typed.
    pub start_text: String,
    pub end_text: String,
    /// Lessons one per line, "stated: …" or "inferred: …".
    pub lessons_text: String,
    pub is_new: bool,
    /// Problems found by the last Save; the form stays open until there are none.
    pub problems: Vec<Problem>,
}

impl ModelEditor {
    pub fn new(model: Model, is_new: bool) -> Self {
        ModelEditor {
            answers: model.to_design(),
            titles_text: model.titles.join("; "),
            year_text: model.citation.year.map(|y| y.to_string()).unwrap_or_default(),
            countries_text: model.countries.join(", "),
            start_text: model.start_year.map(|y| y.to_string()).unwrap_or_default(),
            end_text: model.end_year.map(|y| y.to_string()).unwrap_or_default(),
            lessons_text: format_lessons(&model.lessons),
            draft: model,
            is_new,
            problems: Vec::new(),
        }
    }

    /// Applies an answer edit; a newly answered question gets a confidence.
    pub fn apply(&mut self, edit: Edit) {
        edit.apply(&mut self.answers);
        for question in Question::ALL {
            let answered = self.answers.answers.is_answered(question);
            if let Some(coding) = self.draft.coding.get_mut(&question) {
                match (answered, coding.confidence) {
                    (true, Confidence::Unknown) => coding.confidence = Confidence::Stated,
                    (false, Confidence::Stated | Confidence::Inferred) => {
                        coding.confidence = Confidence::Unknown
                    }
                    _ => {}
                }
            }
        }
    }

    /// The model as it would be saved, or what is wrong with it.
    pub fn finished(&mut self) -> Option<Model> {
        let mut model = self.draft.clone();
        model.answers = self.answers.answers.clone();
        model.titles =
            self.titles_text.split(';').map(|t| t.trim().to_string()).filter(|t| !t.is_empty()).collect();
        self.problems.clear();
        let problems = &mut self.problems;
        model.citation.year = typed(problems, "citation.year", parse_year(&self.year_text)).flatten();
        model.start_year = typed(problems, "start_year", parse_year(&self.start_text)).flatten();
        model.end_year = typed(problems, "end_year", parse_year(&self.end_text)).flatten();
        model.countries =
            typed(problems, "countries", taxonomy::parse_countries(&self.countries_text)).unwrap_or_default();
        model.lessons = typed(problems, "lessons", parse_lessons(&self.lessons_text)).unwrap_or_default();
        model.source_url = model.source_url.trim().to_string();
        model.citation.doi = model.citation.doi.filter(|d| !d.trim().is_empty());
        self.problems.extend(validate(&model));
        self.problems.is_empty().then_some(model)
    }
}

/// A typed field's value, or `None` with its problem noted.
fn typed<T>(problems: &mut Vec<Problem>, field: &str, result: Result<T, String>) -> Option<T> {
    result.map_err(|reason| problems.push(Problem { field: field.into(), reason })).ok()
}
