//! Bringing back the perspectives that stakeholders added in their own
//! copies of a design. A perspective with the same name as one already
//! there is never replaced silently: the caller is asked what to do.

use super::Perspective;
use super::edits::{same_name, unique_name};
use crate::design::Design;

/// Two different perspectives with the same name.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict<'a> {
    pub existing: &'a Perspective,
    pub incoming: &'a Perspective,
}

/// What to do with an incoming perspective whose name is already taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConflictChoice {
    /// Keep both: the incoming one gets a numbered name ("Peer workers (2)").
    KeepBoth,
    /// The incoming one replaces the one there.
    Replace,
    /// Leave the one there; drop the incoming one.
    Skip,
}

/// What a merge did, by perspective name.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MergeOutcome {
    pub added: Vec<String>,
    pub replaced: Vec<String>,
    pub skipped: Vec<String>,
    /// Identical to one already there: nothing to do.
    pub unchanged: Vec<String>,
}

impl MergeOutcome {
    /// Whether the design changed.
    pub fn changed(&self) -> bool {
        !self.added.is_empty() || !self.replaced.is_empty()
    }
}

/// Adds `incoming` to the design's perspectives, asking `choose` about
/// each one whose name is taken by a different perspective.
pub fn merge(
    design: &mut Design,
    incoming: Vec<Perspective>,
    mut choose: impl FnMut(Conflict<'_>) -> ConflictChoice,
) -> MergeOutcome {
    let mut outcome = MergeOutcome::default();
    for perspective in incoming {
        let name = perspective.name.trim().to_string();
        let Some(at) = design.perspectives.iter().position(|p| same_name(&p.name, &name)) else {
            outcome.added.push(name);
            design.perspectives.push(perspective);
            continue;
        };
        let existing = &design.perspectives[at];
        if existing.answers == perspective.answers && existing.notes == perspective.notes {
            outcome.unchanged.push(name);
            continue;
        }
        match choose(Conflict { existing, incoming: &perspective }) {
            ConflictChoice::Replace => {
                design.perspectives[at] = perspective;
                outcome.replaced.push(name);
            }
            ConflictChoice::Skip => outcome.skipped.push(name),
            ConflictChoice::KeepBoth => {
                let renamed = unique_name(&design.perspectives, &name);
                outcome.added.push(renamed.clone());
                design.perspectives.push(Perspective { name: renamed, ..perspective });
            }
        }
    }
    outcome
}
