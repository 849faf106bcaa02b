//! Undo/redo as snapshots of the design. Designs are small, so a snapshot
//! per step is simpler and safer than inverse edits.

use crate::design::{Design, EditKey};

/// Most undo steps kept; older ones are dropped.
const MAX_STEPS: usize = 500;

/// A design as it was, and what the step from it changed.
#[derive(Debug)]
struct Step {
    design: Design,
    label: String,
}

/// The undo and redo stacks of one document.
#[derive(Debug, Default)]
pub struct History {
    undo: Vec<Step>,
    redo: Vec<Step>,
    /// The field being typed into or dragged; its next edits merge into the current step.
    open_gesture: Option<EditKey>,
}

impl History {
    /// Records the state before an edit. Consecutive edits with the same
    /// merge key, within one gesture, make a single undo step.
    /// `label` names the change, as in "Undo formality".
    pub fn record(&mut self, before: Design, key: Option<EditKey>, label: String) {
        if key.is_some() && key == self.open_gesture {
            return;
        }
        self.undo.push(Step { design: before, label });
        if self.undo.len() > MAX_STEPS {
            self.undo.remove(0);
        }
        self.redo.clear();
        self.open_gesture = key;
    }

    /// Ends the current gesture (pointer released, focus moved): the next
    /// edit starts a new undo step.
    pub fn end_gesture(&mut self) {
        self.open_gesture = None;
    }

    /// Restores the state before the last step; returns what it changed, if there was one.
    pub fn undo(&mut self, current: &mut Design) -> Option<String> {
        self.open_gesture = None;
        let Step { design, label } = self.undo.pop()?;
        let undone = std::mem::replace(current, design);
        self.redo.push(Step { design: undone, label: label.clone() });
        Some(label)
    }

    /// Re-applies the last undone step; returns what it changes, if there was one.
    pub fn redo(&mut self, current: &mut Design) -> Option<String> {
        self.open_gesture = None;
        let Step { design, label } = self.redo.pop()?;
        let redone = std::mem::replace(current, design);
        self.undo.push(Step { design: redone, label: label.clone() });
        Some(label)
    }

    /// What the next undo would change.
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|step| step.label.as_str())
    }

    /// What the next redo would change.
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|step| step.label.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::design::Edit;

    fn edit(history: &mut History, design: &mut Design, edit: Edit) {
        let before = design.clone();
        let key = edit.merge_key();
        let label = edit.describe();
        if edit.apply(design) {
            history.record(before, key, label);
        }
    }

    #[test]
    fn typing_in_one_field_is_one_step_until_the_gesture_ends() {
        let (mut history, mut design) = (History::default(), Design::default());
        for text in ["P", "Pe", "Peer"] {
            edit(&mut history, &mut design, Edit::Name(text.into()));
        }
        history.end_gesture();
        edit(&mut history, &mut design, Edit::Name("Peers".into()));
        assert!(history.undo(&mut design).is_some());
        assert_eq!(design.name, "Peer");
        assert!(history.undo(&mut design).is_some());
        assert_eq!(design.name, "");
        assert_eq!(history.undo(&mut design), None);
        assert!(history.redo(&mut design).is_some() && history.redo(&mut design).is_some());
        assert_eq!(design.name, "Peers");
    }

    #[test]
    fn each_step_is_named_by_what_it_changed() {
        let (mut history, mut design) = (History::default(), Design::default());
        edit(&mut history, &mut design, Edit::Space(crate::map::Space::Outreach, true));
        edit(&mut history, &mut design, Edit::Formality(crate::design::Formality::new(0.3).ok()));
        assert_eq!(history.undo_label(), Some("formality"));
        assert_eq!(history.undo(&mut design).as_deref(), Some("formality"));
        assert_eq!(history.undo_label(), Some("street and outreach"));
        assert_eq!(history.redo_label(), Some("formality"));
    }

    #[test]
    fn a_new_edit_clears_redo() {
        let (mut history, mut design) = (History::default(), Design::default());
        edit(&mut history, &mut design, Edit::PeerRun(true));
        history.undo(&mut design);
        assert!(history.redo_label().is_some());
        edit(&mut history, &mut design, Edit::Name("x".into()));
        assert_eq!(history.redo_label(), None);
    }
}
