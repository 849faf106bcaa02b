//! The changes a user makes to a design's perspectives, applied for
//! [`Edit`](crate::design::Edit) so that they go through undo like any other.

use super::Perspective;
use crate::design::{Design, Edit, limits::LIST_ITEMS};

/// `name`, or the first of "name (2)", "name (3)", … that no perspective uses.
pub fn unique_name(perspectives: &[Perspective], name: &str) -> String {
    let taken = |candidate: &str| perspectives.iter().any(|p| same_name(&p.name, candidate));
    let name = name.trim();
    if !taken(name) {
        return name.to_string();
    }
    (2..).map(|n| format!("{name} ({n})")).find(|candidate| !taken(candidate)).expect("some number is free")
}

/// Names match whatever their case and surrounding spaces.
pub(super) fn same_name(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

pub(crate) fn add(design: &mut Design, name: &str) {
    if name.trim().is_empty() || design.perspectives.len() >= LIST_ITEMS {
        return;
    }
    let name = unique_name(&design.perspectives, name);
    design.perspectives.push(Perspective { name, ..Perspective::default() });
}

/// Renames a perspective unless the name is empty or another one has it.
pub(crate) fn rename(design: &mut Design, index: usize, name: &str) {
    let clash = design.perspectives.iter().enumerate().any(|(i, p)| i != index && same_name(&p.name, name));
    if let Some(perspective) = design.perspectives.get_mut(index)
        && !name.trim().is_empty()
        && !clash
    {
        perspective.name = name.to_string();
    }
}

pub(crate) fn remove(design: &mut Design, index: usize) {
    if index < design.perspectives.len() {
        design.perspectives.remove(index);
    }
}

/// Applies an answer or note edit to one perspective's own answers and notes.
pub(crate) fn in_perspective(design: &mut Design, index: usize, edit: Edit) {
    let answers_only = matches!(
        edit,
        Edit::Function(..)
            | Edit::Formality(_)
            | Edit::Relation(..)
            | Edit::Status(..)
            | Edit::Affiliation(..)
            | Edit::PeerRun(_)
            | Edit::Space(..)
            | Edit::Note(..)
    );
    let Some(perspective) = design.perspectives.get_mut(index).filter(|_| answers_only) else { return };
    let mut own = Design {
        answers: std::mem::take(&mut perspective.answers),
        notes: std::mem::take(&mut perspective.notes),
        ..Design::default()
    };
    edit.apply(&mut own);
    perspective.answers = own.answers;
    perspective.notes = own.notes;
}
