//! A documented peer-support programme model, positioned on the six
//! questions, with its source and how each answer was coded.

use crate::design::{Answers, Design};
use crate::map::Question;
pub use crate::references::Citation;
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
            Confidence::Stated => "stated in the source",
            Confidence::Inferred => "inferred",
            Confidence::Unknown => "unknown",
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

/// One documented programme model.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Model {
    /// Stable, unique, kebab-case.
    pub id: String,
    pub name: String,
    /// What the peers are called in this programme.
    pub titles: Vec<String>,
    pub population: String,
    /// Issue or health domain (the "silo").
    pub issue: String,
    pub region: String,
    pub period: String,
    pub summary: String,
    pub answers: Answers,
    /// One entry per question.
    pub coding: BTreeMap<Question, Coding>,
    pub citation: Citation,
    /// Where in the literature the programme is described.
    pub cited_in: String,
}

impl Model {
    /// The model as a design, to open it in the workspace or compare with one.
    pub fn to_design(&self) -> Design {
        let mut design =
            Design { name: self.name.clone(), answers: self.answers.clone(), ..Design::default() };
        design.context.population = self.population.clone();
        design.context.issue = self.issue.clone();
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
            name: design.display_name().to_string(),
            titles: context.titles.clone(),
            population: context.population.clone(),
            issue: context.issue.clone(),
            region: context.region.clone(),
            period: "current".into(),
            summary: context.description.clone(),
            answers: design.answers.clone(),
            coding,
            citation: Citation {
                authors: "Programme team".into(),
                title: design.display_name().to_string(),
                container: "peermap design".into(),
                ..Citation::default()
            },
            cited_in: "Entered in peermap by its programme team".into(),
        }
    }
}
