//! The open design, where it lives on disk, and its undo history.

use super::history::History;
use crate::design::{Design, Edit};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Revisions are unique across documents, so a view's cache made for one
/// design is never taken for another (a new design or an opened file).
fn next_revision() -> u64 {
    static NEXT: AtomicU64 = AtomicU64::new(1);
    NEXT.fetch_add(1, Ordering::Relaxed)
}

/// A design being edited.
#[derive(Debug)]
pub struct Document {
    design: Design,
    /// Where it is saved; `None` until the first Save As (new designs, examples).
    path: Option<PathBuf>,
    /// The design as last saved or opened, to know whether there are unsaved changes.
    saved: Design,
    dirty: bool,
    history: History,
    /// New on every change, so views can cache work per revision.
    revision: u64,
}

impl Default for Document {
    fn default() -> Self {
        Document {
            design: Design::default(),
            path: None,
            saved: Design::default(),
            dirty: false,
            history: History::default(),
            revision: next_revision(),
        }
    }
}

impl Document {
    /// A document for a design read from (or recovered for) `path`.
    pub fn opened(design: Design, path: Option<PathBuf>) -> Self {
        Document { saved: design.clone(), design, path, ..Document::default() }
    }

    /// A recovered document: `design` holds unsaved changes over `saved`.
    pub fn recovered(design: Design, saved: Design, path: Option<PathBuf>) -> Self {
        let dirty = design != saved;
        Document { design, saved, path, dirty, ..Document::default() }
    }

    pub fn design(&self) -> &Design {
        &self.design
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    pub fn is_dirty(&self) -> bool {
        self.dirty
    }

    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Applies an edit as one undoable step (merged with the open gesture).
    pub fn apply(&mut self, edit: Edit) -> bool {
        let before = self.design.clone();
        let key = edit.merge_key();
        let label = edit.describe();
        let changed = edit.apply(&mut self.design);
        if changed {
            self.history.record(before, key, label);
            self.changed();
        }
        changed
    }

    pub fn end_gesture(&mut self) {
        self.history.end_gesture();
    }

    /// Undoes the last step; returns what it changed, if there was one.
    pub fn undo(&mut self) -> Option<String> {
        let undone = self.history.undo(&mut self.design);
        if undone.is_some() {
            self.changed();
        }
        undone
    }

    /// Redoes the last undone step; returns what it changes, if there was one.
    pub fn redo(&mut self) -> Option<String> {
        let redone = self.history.redo(&mut self.design);
        if redone.is_some() {
            self.changed();
        }
        redone
    }

    /// What Undo would change, or `None` when there is nothing to undo.
    pub fn undo_label(&self) -> Option<&str> {
        self.history.undo_label()
    }

    /// What Redo would change, or `None` when there is nothing to redo.
    pub fn redo_label(&self) -> Option<&str> {
        self.history.redo_label()
    }

    /// Records that the current design is now on disk at `path`.
    pub fn mark_saved(&mut self, path: PathBuf) {
        self.saved = self.design.clone();
        self.path = Some(path);
        self.dirty = false;
        self.revision = next_revision();
    }

    fn changed(&mut self) {
        self.dirty = self.design != self.saved;
        self.revision = next_revision();
    }
}
