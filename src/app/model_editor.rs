//! A model being added or edited in the corpus, as a form draft.

use crate::corpus::{Confidence, Model, Problem, validate};
use crate::design::{Design, Edit};
use crate::map::Question;

/// The form behind the model editor window. Cancel discards it.
pub struct ModelEditor {
    pub draft: Model,
    /// The answers, edited with the same widgets as a design.
    pub answers: Design,
    /// Titles as typed, separated by semicolons.
    pub titles_text: String,
    /// The year as typed.
    pub year_text: String,
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
        model.citation.year = match self.year_text.trim() {
            "" => None,
            text => match text.parse() {
                Ok(year) => Some(year),
                Err(_) => {
                    self.problems.push(Problem {
                        field: "citation.year".into(),
                        reason: format!("\"{text}\" is not a year"),
                    });
                    None
                }
            },
        };
        model.citation.doi = model.citation.doi.filter(|d| !d.trim().is_empty());
        self.problems.extend(validate(&model));
        self.problems.is_empty().then_some(model)
    }
}
