//! A programme design: its context and its position on the six questions.

mod answers;
mod edit;
mod file;
pub mod limits;
mod plan_fields;
mod repeats;
mod summary;

pub use answers::{Answers, Formality, FormalityError, FunctionRole};
pub use edit::{Edit, EditKey};
pub use file::{
    CURRENT_FORMAT_VERSION, DESIGN_EXTENSION, DesignFileError, from_json, load, save, to_json,
    write_atomically, write_set_atomically,
};
pub use plan_fields::PlanField;
pub use summary::{answer_text, summary};

use crate::map::Question;
use crate::perspectives::Perspective;
use crate::similarity::Weights;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A programme design as saved in a `.peermap.json` file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Design {
    pub format_version: u32,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub context: Context,
    #[serde(default)]
    pub answers: Answers,
    /// "How we do this here", one free-text note per question.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub notes: BTreeMap<Question, String>,
    /// How much each question counts when finding similar models.
    #[serde(default, skip_serializing_if = "Weights::is_default")]
    pub weights: Weights,
    /// Considerations the team has addressed (by id), each with a note on how.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub addressed: BTreeMap<String, String>,
    /// Each stakeholder's own position; `answers` above is the shared one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub perspectives: Vec<Perspective>,
    /// How the group decided the shared answer to a question.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub decisions: BTreeMap<Question, String>,
}

impl Default for Design {
    fn default() -> Self {
        Design {
            format_version: CURRENT_FORMAT_VERSION,
            name: String::new(),
            context: Context::default(),
            answers: Answers::default(),
            notes: BTreeMap::new(),
            weights: Weights::default(),
            addressed: BTreeMap::new(),
            perspectives: Vec::new(),
            decisions: BTreeMap::new(),
        }
    }
}

impl Design {
    /// The name to show in titles and lists.
    pub fn display_name(&self) -> &str {
        if self.name.trim().is_empty() { crate::i18n::tr("design-untitled") } else { self.name.trim() }
    }

    pub fn note(&self, question: Question) -> &str {
        self.notes.get(&question).map(String::as_str).unwrap_or("")
    }
}

/// The "silos" a programme lives in: who it serves, for what, where, and
/// what its peers are called.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Context {
    pub population: String,
    /// A key of the issue taxonomy, or empty when none is chosen.
    pub issue: String,
    /// The issue in the team's own words ("perinatal depression").
    #[serde(skip_serializing_if = "String::is_empty")]
    pub issue_detail: String,
    pub titles: Vec<String>,
    /// ISO 3166-1 alpha-2 codes of the countries the programme runs in.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub countries: Vec<String>,
    /// The place in words ("Harlem, New York").
    pub region: String,
    pub description: String,
    /// What the programme sets out to change (for funders; see [`PlanField`]).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub aims: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub outcomes: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub budget: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub timeline: String,
}

impl Context {
    /// Files an issue typed as free text (designs saved before the issue
    /// taxonomy) under its key, keeping unmatched text as the detail.
    pub fn file_issue(&mut self) {
        (self.issue, self.issue_detail) = crate::corpus::file_issue(&self.issue, &self.issue_detail);
    }
}
