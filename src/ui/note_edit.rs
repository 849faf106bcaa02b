//! A free-text note field that assistive tools (and UI tests) find by a
//! label naming what the note is about, not only by its hint.

use egui::{Ui, WidgetInfo};

/// A two-row note editor; returns the new text when the user changed it.
pub fn note_edit(ui: &mut Ui, label: &str, hint: &str, note: &str) -> Option<String> {
    let mut text = note.to_string();
    let limit = crate::design::limits::TEXT_CHARS;
    let response = ui.add(
        egui::TextEdit::multiline(&mut text)
            .char_limit(limit)
            .hint_text(hint)
            .desired_rows(2)
            .desired_width(ui.available_width()),
    );
    response.widget_info(|| WidgetInfo {
        label: Some(label.to_string()),
        ..WidgetInfo::text_edit(true, note, &text, hint)
    });
    super::context_panel::limit_reached(ui, note, limit);
    response.changed().then_some(text)
}
