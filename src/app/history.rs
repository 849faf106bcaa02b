//! Undo/redo as snapshots of the design. Designs are small, so a snapshot
//! per step is simpler and safer than inverse edits.

use crate::design::{Design, EditKey};

/// Most undo steps kept; older ones are dropped.
const MAX_STEPS: usize = 500;

/// The undo and redo stacks of one document.
#[derive(Debug, Default)]
pub struct History {
    undo: Vec<Design>,
    redo: Vec<Design>,
    /// The field being typed into or dragged; its next edits merge into the current step.
    open_gesture: Option<EditKey>,
}

impl History {
    /// Records the state before an edit. Consecutive edits with the same
    /// merge key, within one gesture, make a single undo step.
    pub fn record(&mut self, before: Design, key: Option<EditKey>) {
        if key.is_some() && key == self.open_gesture {
            return;
        }
        self.undo.push(before);
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

    /// Restores the state before the last step; returns whether there was one.
    pub fn undo(&mut self, current: &mut Design) -> bool {
        self.open_gesture = None;
        match self.undo.pop() {
            Some(previous) => {
                self.redo.push(std::mem::replace(current, previous));
                true
            }
            None => false,
        }
    }

    /// Re-applies the last undone step; returns whether there was one.
    pub fn redo(&mut self, current: &mut Design) -> bool {
        self.open_gesture = None;
        match self.redo.pop() {
            Some(next) => {
                self.undo.push(std::mem::replace(current, next));
                true
            }
            None => false,
        }
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::design::Edit;

    fn edit(history: &mut History, design: &mut Design, edit: Edit) {
        let before = design.clone();
        let key = edit.merge_key();
        if edit.apply(design) {
            history.record(before, key);
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
        assert!(history.undo(&mut design));
        assert_eq!(design.name, "Peer");
        assert!(history.undo(&mut design));
        assert_eq!(design.name, "");
        assert!(!history.undo(&mut design));
        assert!(history.redo(&mut design) && history.redo(&mut design));
        assert_eq!(design.name, "Peers");
    }

    #[test]
    fn a_new_edit_clears_redo() {
        let (mut history, mut design) = (History::default(), Design::default());
        edit(&mut history, &mut design, Edit::PeerRun(true));
        history.undo(&mut design);
        assert!(history.can_redo());
        edit(&mut history, &mut design, Edit::Name("x".into()));
        assert!(!history.can_redo());
    }
}
