//! A record's own texts written in French (the `fr` field of a record):
//! a French window shows them in place of the English, and marks the
//! English it still shows "(en anglais)".

use super::model::{Confidence, Model};
use crate::i18n::{Language, language, tr, tr_args};
use crate::map::Question;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// The translated texts of one record; any of them may be missing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Translation {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
    /// One per English lesson, in the same order, or none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub lessons: Vec<String>,
    /// The rationale of a question's coding.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub rationales: BTreeMap<Question, String>,
}

impl Translation {
    pub fn is_empty(&self) -> bool {
        self.name.is_empty()
            && self.summary.is_empty()
            && self.lessons.is_empty()
            && self.rationales.is_empty()
    }
}

/// The translated text when there is one; else the English, marked as
/// English when the window speaks another language.
fn shown<'a>(english: &'a str, translated: Option<&'a str>) -> Cow<'a, str> {
    match (language(), translated.filter(|t| !t.trim().is_empty())) {
        (Language::English, _) => Cow::Borrowed(english),
        (_, Some(text)) => Cow::Borrowed(text),
        _ if english.trim().is_empty() => Cow::Borrowed(""),
        _ => Cow::Owned(format!("{english} {}", tr("in-english"))),
    }
}

impl Model {
    /// The translation in the language this thread speaks, if any.
    fn translation(&self) -> Option<&Translation> {
        (language() == Language::French).then_some(&self.fr)
    }

    /// The name in the language spoken; a name has no "(in English)" mark
    /// (it is often a proper name).
    pub fn shown_name(&self) -> &str {
        self.translation().map(|t| t.name.as_str()).filter(|n| !n.trim().is_empty()).unwrap_or(&self.name)
    }

    pub fn shown_summary(&self) -> Cow<'_, str> {
        shown(&self.summary, self.translation().map(|t| t.summary.as_str()))
    }

    /// Why the question was coded so, in the language spoken; `None` when not coded.
    pub fn shown_rationale(&self, question: Question) -> Option<Cow<'_, str>> {
        let coding = self.coding.get(&question)?;
        let translated = self.translation().and_then(|t| t.rationales.get(&question)).map(String::as_str);
        Some(shown(&coding.rationale, translated))
    }

    /// The lesson at `index`, in the language spoken.
    pub fn shown_lesson(&self, index: usize) -> Cow<'_, str> {
        let translated = self.translation().and_then(|t| t.lessons.get(index)).map(String::as_str);
        shown(self.lessons.get(index).map_or("", |l| l.text.as_str()), translated)
    }

    /// Each lesson as a line, "(inferred)" where the coder read it from the results.
    pub fn lesson_lines(&self) -> Vec<String> {
        (0..self.lessons.len())
            .map(|i| {
                let text = self.shown_lesson(i);
                match self.lessons[i].confidence {
                    Confidence::Inferred => format!("{text} {}", tr("lesson-inferred")),
                    _ => text.into_owned(),
                }
            })
            .collect()
    }

    /// "5 of 6 questions coded (3 stated, 2 inferred)".
    pub fn coding_summary(&self) -> String {
        let (stated, inferred) = self.confidence_mix();
        tr_args(
            "coding-summary",
            &[
                ("known", self.known_questions().into()),
                ("stated", stated.into()),
                ("inferred", inferred.into()),
            ],
        )
    }
}

/// What is wrong with a record's translation: each problem names its
/// field (`fr.lessons`, `fr.rationales.status`).
pub(super) fn translation_problems(model: &Model, problem: &mut impl FnMut(&str, String)) {
    let fr = &model.fr;
    if !fr.lessons.is_empty() && fr.lessons.len() != model.lessons.len() {
        problem(
            "fr.lessons",
            format!(
                "has {} lessons but the record has {}; translate each lesson, in the same order",
                fr.lessons.len(),
                model.lessons.len()
            ),
        );
    }
    for (i, lesson) in fr.lessons.iter().enumerate() {
        if lesson.trim().is_empty() {
            problem(&format!("fr.lessons[{i}]"), "is empty".into());
        }
    }
    for (question, rationale) in &fr.rationales {
        let field = format!("fr.rationales.{}", question.key());
        if !model.coding.contains_key(question) {
            problem(&field, "translates a rationale the record does not have".into());
        } else if rationale.trim().is_empty() {
            problem(&field, "is empty".into());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::{bundled_models, validate};
    use crate::i18n::with_language;

    fn translated() -> Model {
        bundled_models()
            .iter()
            .find(|m| !m.fr.summary.is_empty())
            .cloned()
            .expect("a bundled record has French")
    }

    #[test]
    fn a_french_window_reads_the_translation_and_marks_the_english_it_lacks() {
        let mut model = translated();
        let question = *model.coding.keys().next().expect("coded");
        model.fr.rationales.remove(&question);
        with_language(Language::French, || {
            assert_eq!(model.shown_summary(), model.fr.summary);
            let rationale = model.shown_rationale(question).expect("coded");
            assert_eq!(rationale, format!("{} (en anglais)", model.coding[&question].rationale));
        });
        assert_eq!(model.shown_summary(), model.summary, "English stays English");
        assert_eq!(model.shown_name(), model.name);
    }

    #[test]
    fn a_translation_that_does_not_match_its_record_is_refused_by_field() {
        let mut model = translated();
        model.fr.lessons = vec!["Une seule leçon.".into(); model.lessons.len() + 1];
        let uncoded = Question::ALL.into_iter().find(|q| !model.coding.contains_key(q));
        if let Some(question) = uncoded {
            model.fr.rationales.insert(question, "Sans objet.".into());
        }
        let fields: Vec<String> = validate(&model).into_iter().map(|p| p.field).collect();
        assert!(fields.contains(&"fr.lessons".to_string()), "{fields:?}");
        if let Some(question) = uncoded {
            assert!(fields.contains(&format!("fr.rationales.{}", question.key())), "{fields:?}");
        }
        let mut model = translated();
        let question = *model.coding.keys().next().expect("coded");
        model.fr.rationales.insert(question, "  ".into());
        let fields: Vec<String> = validate(&model).into_iter().map(|p| p.field).collect();
        assert_eq!(fields, vec![format!("fr.rationales.{}", question.key())]);
    }
}
