//! The three facets and six questions of the map, in the paper's order.

use crate::i18n::{tr, tr_attribute};
use serde::{Deserialize, Serialize};

/// A facet groups two questions; the UI and picture colour them alike.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Facet {
    Roles,
    Pathways,
    Settings,
}

impl Facet {
    pub const ALL: [Facet; 3] = [Facet::Roles, Facet::Pathways, Facet::Settings];

    pub fn name(self) -> &'static str {
        match self {
            Facet::Roles => tr("facet-roles"),
            Facet::Pathways => tr("facet-pathways"),
            Facet::Settings => tr("facet-settings"),
        }
    }

    /// One word, for tight spaces such as the map picture's facet ring.
    pub fn short_name(self) -> &'static str {
        match self {
            Facet::Roles => tr("facet-roles.short"),
            Facet::Pathways => tr("facet-pathways.short"),
            Facet::Settings => tr("facet-settings.short"),
        }
    }

    pub fn questions(self) -> [Question; 2] {
        match self {
            Facet::Roles => [Question::Functions, Question::Formality],
            Facet::Pathways => [Question::Relations, Question::Status],
            Facet::Settings => [Question::Affiliations, Question::Spaces],
        }
    }
}

/// One of the six questions that position a programme on the map. The
/// serde names are the keys used in design files (e.g. for notes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Question {
    Functions,
    Formality,
    Relations,
    Status,
    Affiliations,
    Spaces,
}

impl Question {
    pub const ALL: [Question; 6] = [
        Question::Functions,
        Question::Formality,
        Question::Relations,
        Question::Status,
        Question::Affiliations,
        Question::Spaces,
    ];

    /// 1-based number as in the paper (Q1..Q6).
    pub fn number(self) -> usize {
        self as usize + 1
    }

    pub fn facet(self) -> Facet {
        match self {
            Question::Functions | Question::Formality => Facet::Roles,
            Question::Relations | Question::Status => Facet::Pathways,
            Question::Affiliations | Question::Spaces => Facet::Settings,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Question::Functions => "functions",
            Question::Formality => "formality",
            Question::Relations => "relations",
            Question::Status => "status",
            Question::Affiliations => "affiliations",
            Question::Spaces => "spaces",
        }
    }

    pub fn title(self) -> &'static str {
        tr(match self {
            Question::Functions => "question-functions",
            Question::Formality => "question-formality",
            Question::Relations => "question-relations",
            Question::Status => "question-status",
            Question::Affiliations => "question-affiliations",
            Question::Spaces => "question-spaces",
        })
    }

    /// The question as the map asks it.
    pub fn prompt(self) -> &'static str {
        tr(match self {
            Question::Functions => "question-functions.prompt",
            Question::Formality => "question-formality.prompt",
            Question::Relations => "question-relations.prompt",
            Question::Status => "question-status.prompt",
            Question::Affiliations => "question-affiliations.prompt",
            Question::Spaces => "question-spaces.prompt",
        })
    }

    /// How to answer, in one line.
    pub fn guidance(self) -> &'static str {
        tr(match self {
            Question::Functions => "question-functions.guidance",
            Question::Formality => "question-formality.guidance",
            Question::Relations => "question-relations.guidance",
            Question::Status => "question-status.guidance",
            Question::Affiliations => "question-affiliations.guidance",
            Question::Spaces => "question-spaces.guidance",
        })
    }
}

/// A named point on the formality continuum (Q2).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FormalityAnchor {
    pub value: f64,
    /// The message holding its texts, in the user's language.
    message: &'static str,
    pub refs: &'static [u16],
}

/// The five anchors the map names along the formality continuum.
pub const FORMALITY_ANCHORS: [FormalityAnchor; 5] = [
    FormalityAnchor { value: 0.0, message: "formality-natural", refs: &[39, 56, 57, 58] },
    FormalityAnchor { value: 0.25, message: "formality-fostered", refs: &[56] },
    FormalityAnchor { value: 0.5, message: "formality-intentional", refs: &[60] },
    FormalityAnchor { value: 0.75, message: "formality-structured", refs: &[61] },
    FormalityAnchor { value: 1.0, message: "formality-protocol", refs: &[34] },
];

impl FormalityAnchor {
    /// The label on the scale.
    pub fn short(&self) -> &'static str {
        tr_attribute(self.message, "short")
    }

    pub fn name(&self) -> &'static str {
        tr(self.message)
    }

    pub fn example(&self) -> &'static str {
        tr_attribute(self.message, "example")
    }

    /// The anchor closest to a formality value.
    pub fn nearest(value: f64) -> &'static FormalityAnchor {
        FORMALITY_ANCHORS
            .iter()
            .min_by(|a, b| (a.value - value).abs().total_cmp(&(b.value - value).abs()))
            .unwrap_or(&FORMALITY_ANCHORS[0])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_question_belongs_to_the_facet_that_lists_it() {
        for facet in Facet::ALL {
            for question in facet.questions() {
                assert_eq!(question.facet(), facet);
            }
        }
        assert_eq!(Question::Spaces.number(), 6);
    }

    #[test]
    fn nearest_anchor_snaps_to_the_closest_named_point() {
        assert_eq!(FormalityAnchor::nearest(0.7).short(), "Structured");
        assert_eq!(FormalityAnchor::nearest(0.05).short(), "Natural");
        assert_eq!(FormalityAnchor::nearest(0.95).short(), "Protocol");
    }
}
