//! The status bar: where the design is saved, unsaved changes, last message.

use crate::app::AppState;
use crate::i18n::tr;
use egui::{RichText, Ui};

pub fn status_bar_ui(ui: &mut Ui, state: &AppState) {
    ui.horizontal(|ui| {
        if state.document.is_dirty() {
            ui.label(RichText::new(tr("status-unsaved")).color(ui.visuals().warn_fg_color))
                .on_hover_text(tr("status-unsaved.tooltip"));
        } else if state.document.path().is_some() {
            ui.weak(tr("status-saved"));
        } else {
            ui.weak(tr("status-unchanged"));
        }
        ui.separator();
        match state.document.path() {
            Some(path) => ui.weak(crate::app::file_name(path)).on_hover_text(path.display().to_string()),
            None => ui.weak(tr("status-no-file")),
        };
        if !state.status.is_empty() {
            ui.separator();
            ui.label(&state.status);
        }
    });
}
