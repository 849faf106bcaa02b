//! The status bar: where the design is saved, unsaved changes, last message.

use crate::app::AppState;
use egui::{RichText, Ui};

pub fn status_bar_ui(ui: &mut Ui, state: &AppState) {
    ui.horizontal(|ui| {
        if state.document.is_dirty() {
            ui.label(RichText::new("• Unsaved changes").color(ui.visuals().warn_fg_color))
                .on_hover_text("Save with Ctrl+S. Changes are also autosaved for recovery after a crash.");
        } else if state.document.path().is_some() {
            ui.weak("All changes saved");
        } else {
            ui.weak("No changes yet");
        }
        ui.separator();
        match state.document.path() {
            Some(path) => ui.weak(crate::app::file_name(path)).on_hover_text(path.display().to_string()),
            None => ui.weak("Not saved to a file yet"),
        };
        if !state.status.is_empty() {
            ui.separator();
            ui.label(&state.status);
        }
    });
}
