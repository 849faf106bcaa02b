//! Drawing the atlas: families as soft hulls with their names, every model as
//! a dot in its colour, the empty ground near the design, and the design. The
//! same drawing serves the view and the PNG figure.

use super::graph_view::issue_colour;
use crate::atlas::{Atlas, ColourBy, Swatch, colour_key, extent};
use crate::i18n::{decimal, tr, tr_args};
use crate::similarity::SimilarityIndex;
use egui::{Color32, Pos2, Rect, Stroke, Ui, pos2, vec2};

/// Colours for categories, most frequent first; the rest share [`OTHER`].
const PALETTE: [Color32; 10] = [
    Color32::from_rgb(0x1f, 0x77, 0xb4),
    Color32::from_rgb(0xff, 0x7f, 0x0e),
    Color32::from_rgb(0x2c, 0xa0, 0x2c),
    Color32::from_rgb(0xd6, 0x27, 0x28),
    Color32::from_rgb(0x94, 0x67, 0xbd),
    Color32::from_rgb(0x8c, 0x56, 0x4b),
    Color32::from_rgb(0xe3, 0x77, 0xc2),
    Color32::from_rgb(0x17, 0xbe, 0xcf),
    Color32::from_rgb(0xbc, 0xbd, 0x22),
    Color32::from_rgb(0x39, 0x3b, 0x79),
];
const OTHER: Color32 = Color32::from_rgb(0x99, 0x99, 0x99);
const UNKNOWN: Color32 = Color32::from_rgb(0xc8, 0xc8, 0xc8);

/// A model's colour and the legend, worked out once per corpus and field.
pub struct AtlasColours {
    pub colours: Vec<Color32>,
    /// (label, colour, how many models), most frequent first.
    pub legend: Vec<(String, Color32, usize)>,
}

impl AtlasColours {
    pub fn new(index: &SimilarityIndex, by: ColourBy) -> Self {
        let swatches: Vec<Swatch> =
            (0..index.len()).map(|i| colour_key(by, index.entry(i), &index.answers(i))).collect();
        let mut counts: std::collections::BTreeMap<String, usize> = Default::default();
        for swatch in &swatches {
            if let Swatch::Category(name) = swatch {
                *counts.entry(name.clone()).or_default() += 1;
            }
        }
        let mut ordered: Vec<(String, usize)> = counts.into_iter().collect();
        ordered.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        let colour_of = |name: &str, rank: usize| match by {
            // The issue keeps the colours the graph gives it, so both views agree.
            ColourBy::Issue => crate::taxonomy::issues()
                .iter()
                .find(|t| t.label() == name)
                .map_or(OTHER, |t| issue_colour(&t.key)),
            _ => PALETTE.get(rank).copied().unwrap_or(OTHER),
        };
        let mut legend: Vec<(String, Color32, usize)> = ordered
            .iter()
            .enumerate()
            .map(|(rank, (name, count))| (name.clone(), colour_of(name, rank), *count))
            .collect();
        let colours = swatches
            .iter()
            .map(|swatch| match swatch {
                Swatch::Category(name) => {
                    legend.iter().find(|(n, _, _)| n == name).map_or(OTHER, |(_, c, _)| *c)
                }
                Swatch::Gradient(value) => gradient(*value),
                Swatch::Unknown => UNKNOWN,
            })
            .collect();
        if by != ColourBy::Issue && legend.len() > PALETTE.len() {
            let rest: usize = legend[PALETTE.len()..].iter().map(|(_, _, n)| n).sum();
            legend.truncate(PALETTE.len());
            legend.push((tr("atlas-other").into(), OTHER, rest));
        }
        if matches!(by, ColourBy::Answer(crate::map::Question::Formality)) {
            legend = [0.0, 0.25, 0.5, 0.75, 1.0]
                .into_iter()
                .map(|v| {
                    let anchor = crate::map::FormalityAnchor::nearest(v);
                    (format!("{} {}", decimal(v, 2), anchor.short()), gradient(v as f32), 0)
                })
                .collect();
        }
        let unknown = swatches.iter().filter(|s| **s == Swatch::Unknown).count();
        if unknown > 0 {
            legend.push((tr("atlas-not-stated").into(), UNKNOWN, unknown));
        }
        AtlasColours { colours, legend }
    }
}

/// Formality from pale (natural networks) to deep (protocol-driven).
fn gradient(value: f32) -> Color32 {
    let t = value.clamp(0.0, 1.0);
    let mix = |a: u8, b: u8| (f32::from(a) + (f32::from(b) - f32::from(a)) * t) as u8;
    Color32::from_rgb(mix(0xf2, 0x7a), mix(0xc9, 0x1f), mix(0x8d, 0x0a))
}

/// Maps atlas units to the screen rectangle, keeping the aspect ratio.
#[derive(Clone, Copy)]
pub struct Frame {
    rect: Rect,
    min: [f32; 2],
    scale: f32,
    offset: egui::Vec2,
}

impl Frame {
    pub fn fit(atlas: &Atlas, rect: Rect) -> Frame {
        let (min, max) = extent(&atlas.layout.points).unwrap_or(([0.0, 0.0], [1.0, 1.0]));
        let inner = rect.shrink(28.0);
        let span = vec2((max[0] - min[0]).max(1e-3), (max[1] - min[1]).max(1e-3));
        let scale = (inner.width() / span.x).min(inner.height() / span.y);
        let used = span * scale;
        let offset = inner.min.to_vec2() + (inner.size() - used) / 2.0;
        Frame { rect, min, scale, offset }
    }

    pub fn screen_point(&self, point: [f32; 2]) -> Pos2 {
        pos2((point[0] - self.min[0]) * self.scale, (point[1] - self.min[1]) * self.scale) + self.offset
    }

    pub fn rect(&self) -> Rect {
        self.rect
    }
}

/// Draws the atlas into `rect`; `selected` marks the model selected in the corpus browser.
pub fn draw_atlas(
    ui: &Ui,
    atlas: &Atlas,
    colours: &AtlasColours,
    frame: &Frame,
    design: Option<[f32; 2]>,
    selected: Option<usize>,
) {
    let painter = ui.painter_at(frame.rect());
    let ink = ui.visuals().text_color();
    for family in &atlas.families {
        let hull: Vec<Pos2> = family.hull.iter().map(|p| frame.screen_point(*p)).collect();
        if hull.len() >= 3 {
            let fill = ink.gamma_multiply(0.06);
            painter.add(egui::Shape::convex_polygon(hull.clone(), fill, Stroke::new(14.0, fill)));
        }
        let top = hull.iter().copied().min_by(|a, b| a.y.total_cmp(&b.y)).unwrap_or(Pos2::ZERO);
        let name = format!("{} ({})", shortened(&family.name(), 42), family.members.len());
        let galley = painter.layout_no_wrap(name, egui::FontId::proportional(11.0), ink.gamma_multiply(0.75));
        // Kept inside the picture, so a family at the edge keeps its whole name.
        let area = frame.rect().shrink(4.0);
        let width = galley.size().x;
        let left = (top.x - width / 2.0).clamp(area.left(), (area.right() - width).max(area.left()));
        let y = (top.y - 10.0 - galley.size().y).max(area.top());
        painter.galley(pos2(left, y), galley, ink);
    }
    if let Some(design) = design {
        for mark in crate::atlas::unexplored_near(&atlas.layout.points, design).into_iter().take(8) {
            let centre = frame.screen_point(mark);
            painter.circle_stroke(centre, 9.0, Stroke::new(1.0, ink.gamma_multiply(0.35)));
            painter.text(
                centre,
                egui::Align2::CENTER_CENTER,
                "?",
                egui::FontId::proportional(10.0),
                ink.gamma_multiply(0.5),
            );
        }
    }
    let outline = ui.visuals().extreme_bg_color;
    for (i, point) in atlas.layout.points.iter().enumerate() {
        let centre = frame.screen_point(*point);
        let selected = selected == Some(i);
        let radius = if selected { 5.0 } else { 3.5 };
        let stroke = if selected { Stroke::new(1.5, ink) } else { Stroke::new(0.6, outline) };
        painter.circle(centre, radius, colours.colours[i], stroke);
    }
    if let Some(design) = design {
        let centre = frame.screen_point(design);
        let accent = Color32::from_rgb(0xc0, 0x56, 0x2b);
        let diamond = vec![
            centre + vec2(0.0, -9.0),
            centre + vec2(9.0, 0.0),
            centre + vec2(0.0, 9.0),
            centre + vec2(-9.0, 0.0),
        ];
        painter.add(egui::Shape::convex_polygon(diamond, accent, Stroke::new(1.5, outline)));
        painter.text(
            centre + vec2(12.0, -10.0),
            egui::Align2::LEFT_BOTTOM,
            tr("figure-your-design"),
            egui::FontId::proportional(13.0),
            accent,
        );
    }
}

/// Text cut to `limit` characters with an ellipsis.
pub fn shortened(text: &str, limit: usize) -> String {
    if text.chars().count() <= limit {
        text.to_string()
    } else {
        format!("{}…", text.chars().take(limit.saturating_sub(1)).collect::<String>().trim_end())
    }
}

/// The legend as rows of swatches.
pub fn legend_ui(ui: &mut Ui, colours: &AtlasColours) {
    for (label, colour, count) in &colours.legend {
        ui.horizontal(|ui| {
            let (rect, _) = ui.allocate_exact_size(vec2(12.0, 12.0), egui::Sense::hover());
            ui.painter().circle_filled(rect.center(), 5.5, *colour);
            if *count > 0 {
                ui.label(format!("{label} ({count})"));
            } else {
                ui.label(label);
            }
        });
    }
}

/// The atlas as a still figure: the picture with the legend beside it.
pub fn atlas_figure_ui(
    ui: &mut Ui,
    atlas: &Atlas,
    colours: &AtlasColours,
    by: ColourBy,
    design: Option<[f32; 2]>,
) {
    egui::Panel::right("atlas_figure_legend").resizable(false).default_size(200.0).show(ui, |ui| {
        ui.strong(tr_args("atlas-colour", &[("by", by.label().into())]));
        legend_ui(ui, colours);
    });
    egui::CentralPanel::default().show(ui, |ui| {
        let rect = ui.available_rect_before_wrap();
        let frame = Frame::fit(atlas, rect);
        draw_atlas(ui, atlas, colours, &frame, design, None);
    });
}
