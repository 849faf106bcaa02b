//! The three facets and six questions of the map, in the paper's order.

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
            Facet::Roles => "Peers' roles",
            Facet::Pathways => "Peers' pathways",
            Facet::Settings => "Settings of practice",
        }
    }

    /// One word, for tight spaces such as the map picture's facet ring.
    pub fn short_name(self) -> &'static str {
        match self {
            Facet::Roles => "Roles",
            Facet::Pathways => "Pathways",
            Facet::Settings => "Settings",
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
        match self {
            Question::Functions => "Functions",
            Question::Formality => "Formality",
            Question::Relations => "Relations",
            Question::Status => "Status",
            Question::Affiliations => "Affiliations",
            Question::Spaces => "Spaces",
        }
    }

    /// The question as the map asks it.
    pub fn prompt(self) -> &'static str {
        match self {
            Question::Functions => "What are the objectives of the peer's support?",
            Question::Formality => "What level of formality characterises the peer's support?",
            Question::Relations => "On what basis do peers connect with others?",
            Question::Status => "Who acknowledges them as peers?",
            Question::Affiliations => "What are the peer's affiliations?",
            Question::Spaces => "Where is the support offered?",
        }
    }

    /// How to answer, in one line.
    pub fn guidance(self) -> &'static str {
        match self {
            Question::Functions => {
                "Pick every function the peers carry out; mark the one or two that matter most as primary."
            }
            Question::Formality => {
                "A continuum from support that arises in everyday networks to protocol-driven tasks."
            }
            Question::Relations => "Peers often draw on several bases at once; pick all that apply.",
            Question::Status => "Pick every source of recognition that makes them peers.",
            Question::Affiliations => "Ordered from community to clinic; usually one, more for partnerships.",
            Question::Spaces => {
                "Where the support happens, whatever the affiliation: a clinic's peer may work in the street."
            }
        }
    }
}

/// A named point on the formality continuum (Q2).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FormalityAnchor {
    pub value: f64,
    pub short: &'static str,
    pub name: &'static str,
    pub example: &'static str,
    pub refs: &'static [u16],
}

/// The five anchors the map names along the formality continuum.
pub const FORMALITY_ANCHORS: [FormalityAnchor; 5] = [
    FormalityAnchor {
        value: 0.0,
        short: "Natural",
        name: "Naturally occurring support within existing social networks",
        example: "Friends, partners or people thrown together by circumstance: LGBTQ+ friends in a \
            mental-health crisis, friends living with HIV, mutual aid in an encampment, patients \
            on the same ward.",
        refs: &[39, 56, 57, 58],
    },
    FormalityAnchor {
        value: 0.25,
        short: "Fostered",
        name: "Fostered mutual support",
        example: "An organisation creates and sustains chances for peers to help each other, \
            building on networks that already exist.",
        refs: &[56],
    },
    FormalityAnchor {
        value: 0.5,
        short: "Intentional",
        name: "Intentional, open-ended peer role",
        example: "A peer role in a programme that follows the person's emerging needs, such as \
            mental-health peer support workers tailoring their support.",
        refs: &[60],
    },
    FormalityAnchor {
        value: 0.75,
        short: "Structured",
        name: "Structured role with predefined goals",
        example: "Often framed as mentor or leader, such as peer strategies to get older adults \
            physically active.",
        refs: &[61],
    },
    FormalityAnchor {
        value: 1.0,
        short: "Protocol",
        name: "Protocol-driven tasks",
        example: "Community health workers treating fever by following a malaria algorithm.",
        refs: &[34],
    },
];

impl FormalityAnchor {
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
        assert_eq!(FormalityAnchor::nearest(0.7).short, "Structured");
        assert_eq!(FormalityAnchor::nearest(0.05).short, "Natural");
        assert_eq!(FormalityAnchor::nearest(0.95).short, "Protocol");
    }
}
