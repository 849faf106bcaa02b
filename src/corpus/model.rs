//! A documented peer-support programme model, positioned on the six
//! questions, with its source and how each answer was coded.

pub use super::translation::Translation;
use crate::design::{Answers, Design};
use crate::i18n::tr;
use crate::map::Question;
pub use crate::references::Citation;
use crate::taxonomy;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How sure the coding of one answer is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// The source says it of this programme.
    Stated,
    /// Reasoned from what the source says; the rationale says how.
    Inferred,
    /// The source is silent; the answer is left empty.
    Unknown,
}

impl Confidence {
    pub fn label(self) -> &'static str {
        match self {
            Confidence::Stated => tr("confidence-stated"),
            Confidence::Inferred => tr("confidence-inferred"),
            Confidence::Unknown => tr("confidence-unknown"),
        }
    }
}

/// Why an answer was coded as it was.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Coding {
    pub confidence: Confidence,
    pub rationale: String,
}

/// Whether a model ships with the app or was added by the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Origin {
    /// Read-only; refreshed when a newer app ships a newer corpus.
    Bundled,
    /// Added, duplicated or edited by the user; never touched by refreshes.
    User,
}

/// What a record documents, so a planner sees at a glance whether a
/// neighbour is a real programme to learn from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ModelKind {
    /// A concrete programme or service, somewhere, at some time.
    #[default]
    Programme,
    /// A role family described across programmes (a review, a concept
    /// analysis), or informal peer support a study documents.
    Role,
    /// A historical or social movement.
    Movement,
    /// A competency or policy framework.
    Framework,
}

impl ModelKind {
    pub const ALL: [ModelKind; 4] =
        [ModelKind::Programme, ModelKind::Role, ModelKind::Movement, ModelKind::Framework];

    pub fn key(self) -> &'static str {
        match self {
            ModelKind::Programme => "programme",
            ModelKind::Role => "role",
            ModelKind::Movement => "movement",
            ModelKind::Framework => "framework",
        }
    }

    /// The badge text.
    pub fn label(self) -> &'static str {
        match self {
            ModelKind::Programme => tr("kind-programme"),
            ModelKind::Role => tr("kind-role"),
            ModelKind::Movement => tr("kind-movement"),
            ModelKind::Framework => tr("kind-framework"),
        }
    }

    /// What the badge means, for its tooltip.
    pub fn meaning(self) -> &'static str {
        match self {
            ModelKind::Programme => tr("kind-programme.meaning"),
            ModelKind::Role => tr("kind-role.meaning"),
            ModelKind::Movement => tr("kind-movement.meaning"),
            ModelKind::Framework => tr("kind-framework.meaning"),
        }
    }

    pub fn from_key(key: &str) -> Option<ModelKind> {
        ModelKind::ALL.into_iter().find(|k| k.key() == key.trim())
    }
}

/// One thing a model reported learning: an outcome, a barrier, what helped.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    pub text: String,
    pub confidence: Confidence,
}

/// One documented programme model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "super::record::ModelRecord")]
pub struct Model {
    /// Stable, unique, kebab-case.
    pub id: String,
    pub kind: ModelKind,
    pub name: String,
    /// What the peers are called in this programme.
    pub titles: Vec<String>,
    pub population: String,
    /// Issue or health domain (the "silo"): a key of the taxonomy, or empty
    /// when a user's model names none.
    pub issue: String,
    /// The issue in words ("perinatal depression"), or an issue the taxonomy lacks.
    pub issue_detail: String,
    /// Population groups the programme is built for (taxonomy group keys).
    pub groups: Vec<String>,
    /// ISO 3166-1 alpha-2 codes; empty only for multi-country reviews.
    pub countries: Vec<String>,
    /// The place in words ("Harlem, New York").
    pub region: String,
    /// The programme's own period when the source gives it (not the publication year).
    pub start_year: Option<u16>,
    pub end_year: Option<u16>,
    pub summary: String,
    pub answers: Answers,
    /// One entry per question.
    pub coding: BTreeMap<Question, Coding>,
    /// What the model reported learning, at most four points.
    pub lessons: Vec<Lesson>,
    pub citation: Citation,
    /// Other works describing the same programme.
    pub also_cited: Vec<Citation>,
    /// The address of the text the coding was read from; empty for a user's own model.
    pub source_url: String,
    /// Where in the literature the programme is described.
    pub cited_in: String,
    /// The record's texts in French, where written.
    #[serde(default, skip_serializing_if = "Translation::is_empty")]
    pub fr: Translation,
}

impl Model {
    /// The model as a design, to open it in the workspace or compare with one.
    pub fn to_design(&self) -> Design {
        let mut design =
            Design { name: self.name.clone(), answers: self.answers.clone(), ..Design::default() };
        design.context.population = self.population.clone();
        design.context.issue = self.issue.clone();
        design.context.issue_detail = self.issue_detail.clone();
        design.context.countries = self.countries.clone();
        design.context.titles = self.titles.clone();
        design.context.region = self.region.clone();
        design.context.description = self.summary.clone();
        design
    }

    /// A user model made from a finished design (the coding says it is the user's own).
    pub fn from_design(id: String, design: &Design) -> Model {
        let context = &design.context;
        let coding = Question::ALL
            .into_iter()
            .map(|q| {
                let answered = design.answers.is_answered(q);
                let note = design.note(q).trim();
                let rationale = match (answered, note.is_empty()) {
                    (false, _) => "Not answered in the design.".to_string(),
                    (true, true) => "Answered by the programme team in peermap.".to_string(),
                    (true, false) => note.to_string(),
                };
                let confidence = if answered { Confidence::Stated } else { Confidence::Unknown };
                (q, Coding { confidence, rationale })
            })
            .collect();
        Model {
            id,
            kind: ModelKind::Programme,
            name: design.display_name().to_string(),
            titles: context.titles.clone(),
            population: context.population.clone(),
            issue: context.issue.clone(),
            issue_detail: context.issue_detail.clone(),
            groups: Vec::new(),
            countries: context.countries.clone(),
            region: context.region.clone(),
            start_year: None,
            end_year: None,
            summary: context.description.clone(),
            answers: design.answers.clone(),
            coding,
            lessons: Vec::new(),
            citation: Citation {
                authors: "Programme team".into(),
                title: design.display_name().to_string(),
                container: "peermap design".into(),
                ..Citation::default()
            },
            also_cited: Vec::new(),
            source_url: String::new(),
            cited_in: "Entered in peermap by its programme team".into(),
            fr: Translation::default(),
        }
    }

    /// The issue as a reader sees it: its label, with the detail in brackets.
    pub fn issue_text(&self) -> String {
        issue_text(&self.issue, &self.issue_detail)
    }

    /// "2009–2011", "from 2009", "until 2011", or "" when the source gives no period.
    pub fn period_text(&self) -> String {
        match (self.start_year, self.end_year) {
            (Some(start), Some(end)) if start == end => start.to_string(),
            (Some(start), Some(end)) => format!("{start}\u{2013}{end}"),
            (Some(start), None) => format!("from {start}"),
            (None, Some(end)) => format!("until {end}"),
            (None, None) => String::new(),
        }
    }

    /// The countries by name, joined ("Ethiopia, Uganda").
    pub fn country_names(&self) -> String {
        self.countries
            .iter()
            .map(|code| taxonomy::country(code).map_or(code.as_str(), |c| c.name()))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// How many of the six questions the record answers.
    pub fn known_questions(&self) -> usize {
        self.answers.answered_count()
    }

    /// How many answers are stated by the source and how many inferred.
    pub fn confidence_mix(&self) -> (usize, usize) {
        let count = |wanted| self.coding.values().filter(|c| c.confidence == wanted).count();
        (count(Confidence::Stated), count(Confidence::Inferred))
    }
}

/// An issue key and detail as a reader sees them: "Mental health (perinatal depression)".
pub fn issue_text(key: &str, detail: &str) -> String {
    let label = taxonomy::issue(key).map(|t| t.label()).unwrap_or(key);
    match (label.is_empty(), detail.trim().is_empty()) {
        (true, _) => detail.trim().to_string(),
        (false, true) => label.to_string(),
        (false, false) => format!("{label} ({})", detail.trim()),
    }
}
