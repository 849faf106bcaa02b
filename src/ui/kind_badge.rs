//! The badge that tells, wherever a model appears, whether it is a real
//! programme to learn from, a role family, a movement or a framework.

use crate::corpus::ModelKind;
use egui::{Color32, RichText, Ui};

/// The badge's colour: programmes stand out, the others stay quiet.
fn colour(ui: &Ui, kind: ModelKind) -> Color32 {
    let dark = ui.visuals().dark_mode;
    match (kind, dark) {
        (ModelKind::Programme, false) => Color32::from_rgb(0x1f, 0x6f, 0x3f),
        (ModelKind::Programme, true) => Color32::from_rgb(0x7f, 0xd1, 0x9b),
        (ModelKind::Role, false) => Color32::from_rgb(0x2c, 0x55, 0x9a),
        (ModelKind::Role, true) => Color32::from_rgb(0x9c, 0xbc, 0xf0),
        (_, false) => Color32::from_rgb(0x7a, 0x52, 0x16),
        (_, true) => Color32::from_rgb(0xe3, 0xb3, 0x6a),
    }
}

/// A small framed label with the kind's meaning on hover.
pub fn kind_badge(ui: &mut Ui, kind: ModelKind) -> egui::Response {
    let colour = colour(ui, kind);
    egui::Frame::new()
        .stroke(egui::Stroke::new(1.0, colour))
        .corner_radius(3.0)
        .inner_margin(egui::Margin::symmetric(4, 0))
        .show(ui, |ui| {
            let text = RichText::new(kind.label()).small().color(colour);
            ui.add(egui::Label::new(text).wrap_mode(egui::TextWrapMode::Extend))
        })
        .response
        .on_hover_text(kind.meaning())
}
