//! Colours and sizes shared by the panels and the map picture: one hue per
//! facet, tuned for light and dark themes.

use crate::map::Facet;
use egui::Color32;

/// The strong colour of a facet (selected answers, headings).
pub fn facet_color(facet: Facet, dark_mode: bool) -> Color32 {
    match (facet, dark_mode) {
        (Facet::Roles, false) => Color32::from_rgb(0xD0, 0x5A, 0x2E),
        (Facet::Roles, true) => Color32::from_rgb(0xF2, 0x8A, 0x5C),
        (Facet::Pathways, false) => Color32::from_rgb(0x13, 0x8D, 0x7A),
        (Facet::Pathways, true) => Color32::from_rgb(0x4C, 0xC9, 0xB0),
        (Facet::Settings, false) => Color32::from_rgb(0x4F, 0x55, 0xC4),
        (Facet::Settings, true) => Color32::from_rgb(0x8E, 0x93, 0xF2),
    }
}

/// A faint wash of the facet colour over the background (options not chosen).
pub fn facet_wash(facet: Facet, dark_mode: bool) -> Color32 {
    let background = background(dark_mode);
    mix(background, facet_color(facet, dark_mode), if dark_mode { 0.16 } else { 0.12 })
}

/// A deeper shade for primary functions and markers.
pub fn facet_deep(facet: Facet, dark_mode: bool) -> Color32 {
    let base = facet_color(facet, dark_mode);
    if dark_mode { mix(base, Color32::WHITE, 0.35) } else { mix(base, Color32::BLACK, 0.3) }
}

/// Background of the map picture.
pub fn background(dark_mode: bool) -> Color32 {
    if dark_mode { Color32::from_rgb(0x1B, 0x1D, 0x22) } else { Color32::from_rgb(0xFB, 0xFA, 0xF7) }
}

/// Text on the map picture.
pub fn ink(dark_mode: bool) -> Color32 {
    if dark_mode { Color32::from_rgb(0xE8, 0xE6, 0xE1) } else { Color32::from_rgb(0x26, 0x28, 0x2E) }
}

/// Secondary text on the map picture.
pub fn muted_ink(dark_mode: bool) -> Color32 {
    mix(background(dark_mode), ink(dark_mode), 0.6)
}

/// Linear mix of two colours: `t = 0` gives `a`, `t = 1` gives `b`.
pub fn mix(a: Color32, b: Color32, t: f32) -> Color32 {
    let lerp = |x: u8, y: u8| (f32::from(x) + (f32::from(y) - f32::from(x)) * t).round() as u8;
    Color32::from_rgb(lerp(a.r(), b.r()), lerp(a.g(), b.g()), lerp(a.b(), b.b()))
}

/// Adds DejaVu Sans after egui's own fonts, so symbols and scripts they lack
/// print instead of showing as boxes. Cheap to call on every frame.
pub fn add_fallback_font(ctx: &egui::Context) {
    use egui::epaint::text::{FontInsert, FontPriority, InsertFontFamily};
    ctx.add_font(FontInsert::new(
        "DejaVuSans",
        egui::FontData::from_static(crate::fonts::DEJAVU_SANS),
        vec![
            InsertFontFamily { family: egui::FontFamily::Proportional, priority: FontPriority::Lowest },
            InsertFontFamily { family: egui::FontFamily::Monospace, priority: FontPriority::Lowest },
        ],
    ));
}

/// The outlined, rounded frame of a card (a similar model, a compared question).
pub fn card(ui: &egui::Ui) -> egui::Frame {
    egui::Frame::new()
        .stroke(egui::Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color))
        .inner_margin(8)
        .corner_radius(6.0)
}
