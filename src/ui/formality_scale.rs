//! The formality continuum as one control: a rail from 0 to 1 with the
//! map's five anchors marked and named where they sit. A click (even a quick
//! tap) or a drag sets the value, arrow keys step it, an anchor's name snaps
//! to it, and the value can be typed.

use super::{sources, theme};
use crate::design::Formality;
use crate::i18n::{decimal, parse_decimal};
use crate::map::{FORMALITY_ANCHORS, Facet};
use egui::accesskit::{Action, ActionData};
use egui::{Color32, EventFilter, FontId, Key, Rect, Sense, Shape, Stroke, Ui, WidgetInfo, pos2, vec2};

/// Arrow keys move by this much; with Shift, by a hundredth.
const KEY_STEP: f64 = 0.05;
const RAIL_HEIGHT: f32 = 28.0;
const LABEL_HEIGHT: f32 = 22.0;
const HANDLE_RADIUS: f32 = 8.0;

/// Shows the control; returns the value the user asked for, if it differs
/// from the current answer. (Clearing the answer is a button of its own.)
pub fn formality_scale(ui: &mut Ui, formality: Option<Formality>) -> Option<Formality> {
    let current = formality.map(Formality::value);
    let mut wanted = None;
    ui.horizontal(|ui| {
        let width = (ui.available_width() - 64.0).max(160.0);
        let (rect, response) = ui.allocate_exact_size(vec2(width, RAIL_HEIGHT), Sense::click_and_drag());
        let track = rect.shrink2(vec2(HANDLE_RADIUS, 0.0)).x_range();
        let value_at = |x: f32| (f64::from((x - track.min) / track.span())).clamp(0.0, 1.0);

        // Focus (for the arrow keys) only once the pointer is released: a focus
        // change ends an undo step, and a drag must stay one step.
        if response.clicked() || response.drag_stopped() {
            response.request_focus();
        }
        let pressed_at = if response.is_pointer_button_down_on() || response.clicked() {
            response.interact_pointer_pos().or_else(|| ui.input(|i| i.pointer.interact_pos()))
        } else {
            None
        };
        if let Some(pos) = pressed_at {
            wanted = Some(round(value_at(pos.x)));
        }
        if let Some(stepped) = keyboard_and_assistive_value(ui, &response, current) {
            wanted = Some(stepped);
        }

        let shown = wanted.or(current);
        paint(ui, rect, track, shown, current.is_some() || wanted.is_some(), response.has_focus());
        response.widget_info(|| WidgetInfo::slider(true, shown.unwrap_or(0.5), "Formality"));
        ui.ctx().accesskit_node_builder(response.id, |node| {
            node.set_min_numeric_value(0.0);
            node.set_max_numeric_value(1.0);
            node.set_numeric_value_step(KEY_STEP);
            node.add_action(Action::SetValue);
            node.add_action(Action::Increment);
            node.add_action(Action::Decrement);
        });
        if let Some(hover) = response.hover_pos().filter(|_| !response.dragged()) {
            response.on_hover_ui_at_pointer(|ui| sources::formality_help_ui(ui, value_at(hover.x), current));
        }

        wanted = wanted.or_else(|| typed_value(ui, current));
    });
    wanted = wanted.or_else(|| anchor_labels(ui, current));
    wanted.filter(|v| Some(*v) != current).map(Formality::clamped)
}

/// Arrow keys while focused, and increment, decrement or set-value requests
/// from assistive technology.
fn keyboard_and_assistive_value(ui: &Ui, response: &egui::Response, current: Option<f64>) -> Option<f64> {
    let mut steps = 0.0;
    let mut jump = None;
    if response.has_focus() {
        ui.memory_mut(|m| {
            m.set_focus_lock_filter(
                response.id,
                EventFilter { horizontal_arrows: true, ..Default::default() },
            )
        });
        ui.input(|i| {
            let step = if i.modifiers.shift { 0.01 } else { KEY_STEP };
            steps += step * (i.num_presses(Key::ArrowRight) as f64 - i.num_presses(Key::ArrowLeft) as f64);
            if i.key_pressed(Key::Home) {
                jump = Some(0.0);
            }
            if i.key_pressed(Key::End) {
                jump = Some(1.0);
            }
        });
    }
    ui.input(|i| {
        steps += KEY_STEP
            * (i.num_accesskit_action_requests(response.id, Action::Increment) as f64
                - i.num_accesskit_action_requests(response.id, Action::Decrement) as f64);
        for request in i.accesskit_action_requests(response.id, Action::SetValue) {
            if let Some(ActionData::NumericValue(value)) = request.data {
                jump = Some(value);
            }
        }
    });
    if jump.is_some() {
        return jump.map(|v| round(v.clamp(0.0, 1.0)));
    }
    (steps != 0.0).then(|| round((current.unwrap_or(0.5) + steps).clamp(0.0, 1.0)))
}

/// The value as a number that can be dragged or typed; a dash until answered.
fn typed_value(ui: &mut Ui, current: Option<f64>) -> Option<f64> {
    let Some(mut value) = current else {
        ui.weak("—").on_hover_ui(sources::formality_scale_help_ui);
        return None;
    };
    let response = ui
        .add(
            egui::DragValue::new(&mut value)
                .range(0.0..=1.0)
                .speed(0.01)
                .custom_formatter(|v, _| decimal(v, 2))
                .custom_parser(parse_decimal),
        )
        .on_hover_ui(sources::formality_scale_help_ui);
    response.widget_info(|| WidgetInfo::drag_value(true, value));
    response.changed().then_some(round(value))
}

/// The anchors' names under their ticks; clicking one snaps to it. When
/// the names would touch, every other one drops to a second row.
fn anchor_labels(ui: &mut Ui, current: Option<f64>) -> Option<f64> {
    let width = (ui.available_width() - 64.0).max(160.0);
    let font = FontId::proportional(12.5);
    let padding = ui.spacing().button_padding.x;
    let label_widths: Vec<f32> = FORMALITY_ANCHORS
        .iter()
        .map(|anchor| {
            let text = ui.fonts_mut(|f| {
                f.layout_no_wrap(anchor.short().to_owned(), font.clone(), Color32::PLACEHOLDER)
            });
            text.size().x + 2.0 * padding
        })
        .collect();
    let track = egui::Rangef::new(HANDLE_RADIUS, width - HANDLE_RADIUS);
    let lefts: Vec<f32> = FORMALITY_ANCHORS
        .iter()
        .zip(&label_widths)
        .map(|(anchor, w)| (at(track, anchor.value) - w / 2.0).clamp(0.0, width - w))
        .collect();
    let crowded = (1..lefts.len()).any(|i| lefts[i - 1] + label_widths[i - 1] + 4.0 > lefts[i]);
    let rows = if crowded { 2.0 } else { 1.0 };
    let rect = Rect::from_min_size(ui.cursor().min, vec2(width, LABEL_HEIGHT * rows));
    // A scope of its own, so that placing the labels leaves the cursor below both rows.
    ui.scope_builder(egui::UiBuilder::new().max_rect(rect), |ui| {
        ui.set_min_size(rect.size());
        place_anchor_labels(ui, rect, &lefts, &label_widths, crowded, current)
    })
    .inner
}

fn place_anchor_labels(
    ui: &mut Ui,
    rect: Rect,
    lefts: &[f32],
    label_widths: &[f32],
    crowded: bool,
    current: Option<f64>,
) -> Option<f64> {
    let font = FontId::proportional(12.5);
    let mut wanted = None;
    for (i, anchor) in FORMALITY_ANCHORS.iter().enumerate() {
        let row = if crowded { (i % 2) as f32 } else { 0.0 };
        let min = rect.min + vec2(lefts[i], row * LABEL_HEIGHT);
        let label_rect = Rect::from_min_size(min, vec2(label_widths[i], LABEL_HEIGHT));
        let selected = current.is_some_and(|v| (v - anchor.value).abs() < 1e-9);
        let text = egui::RichText::new(anchor.short()).font(font.clone());
        let response = ui
            .put(label_rect, egui::Button::selectable(selected, text))
            .on_hover_ui(|ui| sources::formality_help_ui(ui, anchor.value, current));
        if response.clicked() {
            wanted = Some(anchor.value);
        }
    }
    wanted
}

fn paint(ui: &Ui, rect: Rect, track: egui::Rangef, value: Option<f64>, answered: bool, focused: bool) {
    let dark = ui.visuals().dark_mode;
    let accent = theme::facet_color(Facet::Roles, dark);
    let painter = ui.painter();
    let y = rect.center().y;
    let rail = Rect::from_x_y_ranges(track, y - 3.0..=y + 3.0);
    painter.rect_filled(rail, 3.0, theme::facet_wash(Facet::Roles, dark));
    for anchor in &FORMALITY_ANCHORS {
        let x = at(track, anchor.value);
        painter.line_segment([pos2(x, y - 8.0), pos2(x, y + 8.0)], Stroke::new(1.5, theme::muted_ink(dark)));
    }
    let Some(value) = value.filter(|_| answered) else {
        let centre = pos2(at(track, 0.5), y);
        painter.circle(
            centre,
            HANDLE_RADIUS - 1.0,
            theme::background(dark),
            Stroke::new(1.5, theme::muted_ink(dark)),
        );
        return;
    };
    let x = at(track, value);
    painter.rect_filled(Rect::from_x_y_ranges(track.min..=x, rail.y_range()), 3.0, accent);
    let centre = pos2(x, y);
    if focused {
        painter.circle_stroke(centre, HANDLE_RADIUS + 3.0, ui.visuals().selection.stroke);
    }
    painter.add(Shape::circle_filled(centre, HANDLE_RADIUS, accent));
    painter.circle_stroke(centre, HANDLE_RADIUS, Stroke::new(2.0, theme::background(dark)));
}

/// The x position of `value` along the track.
fn at(track: egui::Rangef, value: f64) -> f32 {
    egui::lerp(track.min..=track.max, value as f32)
}

fn round(value: f64) -> f64 {
    (value * 100.0).round() / 100.0
}
