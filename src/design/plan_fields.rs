//! What a funder reads first: the programme's aims, expected outcomes,
//! budget and timeline, each a line to a paragraph of the team's own words.

use super::Context;
use crate::i18n::tr;

/// One of the funder-facing fields of a design's context.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlanField {
    Aims,
    Outcomes,
    Budget,
    Timeline,
}

impl PlanField {
    pub const ALL: [PlanField; 4] =
        [PlanField::Aims, PlanField::Outcomes, PlanField::Budget, PlanField::Timeline];

    /// The label on screen and in every brief format.
    pub fn label(self) -> &'static str {
        match self {
            PlanField::Aims => tr("plan-aims"),
            PlanField::Outcomes => tr("plan-outcomes"),
            PlanField::Budget => tr("plan-budget"),
            PlanField::Timeline => tr("plan-timeline"),
        }
    }

    /// The field's name in the design file (under `context`).
    pub fn key(self) -> &'static str {
        match self {
            PlanField::Aims => "aims",
            PlanField::Outcomes => "outcomes",
            PlanField::Budget => "budget",
            PlanField::Timeline => "timeline",
        }
    }

    /// The hint in the empty box.
    pub fn hint(self) -> &'static str {
        match self {
            PlanField::Aims => tr("plan-aims.hint"),
            PlanField::Outcomes => tr("plan-outcomes.hint"),
            PlanField::Budget => tr("plan-budget.hint"),
            PlanField::Timeline => tr("plan-timeline.hint"),
        }
    }

    pub fn value(self, context: &Context) -> &str {
        match self {
            PlanField::Aims => &context.aims,
            PlanField::Outcomes => &context.outcomes,
            PlanField::Budget => &context.budget,
            PlanField::Timeline => &context.timeline,
        }
    }

    pub fn value_mut(self, context: &mut Context) -> &mut String {
        match self {
            PlanField::Aims => &mut context.aims,
            PlanField::Outcomes => &mut context.outcomes,
            PlanField::Budget => &mut context.budget,
            PlanField::Timeline => &mut context.timeline,
        }
    }
}
