//! The atlas view: the whole corpus on one picture, coloured by a field,
//! families named, the design placed among them. Hover a dot for its card,
//! click it for its detail, right-click to compare, drag a box (or click a
//! family) to show those models in the corpus browser.

use super::atlas_picture::{AtlasColours, Frame, draw_atlas, legend_ui, shortened};
use super::kind_badge::kind_badge;
use crate::app::{AppState, Command, View};
use crate::atlas::{Atlas, ColourBy};
use crate::i18n::{Language, language, tr, tr_args};
use egui::{Pos2, Rect, RichText, Sense, Ui};

/// The corpus version, the field the dots are coloured by, and the language the legend speaks.
type ColoursKey = (u64, ColourBy, Language);

/// What the view keeps between frames: the colours (per corpus, field and language) and a box being dragged.
#[derive(Default)]
pub struct AtlasViewCache {
    colours: Option<(ColoursKey, AtlasColours)>,
    drag_from: Option<Pos2>,
    /// The selected model's place in the corpus, looked up once per selection, not per frame.
    selected: Option<((u64, String), Option<usize>)>,
}

/// The colours for the corpus and field shown, made when either (or the language) changes.
fn colours<'a>(cache: &'a mut Option<(ColoursKey, AtlasColours)>, state: &AppState) -> &'a AtlasColours {
    let key = (state.similar.generation(), state.atlas.colour_by, language());
    if cache.as_ref().is_none_or(|(k, _)| *k != key) {
        *cache = Some((key, AtlasColours::new(state.similar.index(), key.1)));
    }
    &cache.as_ref().expect("just filled").1
}

pub fn atlas_view_ui(ui: &mut Ui, state: &AppState, cache: &mut AtlasViewCache, commands: &mut Vec<Command>) {
    let generation = state.similar.generation();
    egui::Panel::top("atlas_controls").show(ui, |ui| {
        ui.horizontal_wrapped(|ui| {
            colour_picker_ui(ui, state.atlas.colour_by, commands);
            ui.separator();
            let export = Command::ExportAtlasDialog;
            if ui.button(export.label()).on_hover_text(export.tooltip()).clicked() {
                commands.push(export);
            }
            ui.separator();
            ui.weak(tr("atlas-help"));
        });
    });
    let Some(atlas) = state.atlas.atlas(generation).cloned() else {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(tr("atlas-laying-out"));
            });
        });
        ui.ctx().request_repaint();
        return;
    };
    let colours = colours(&mut cache.colours, state);
    let families_clicked =
        egui::Panel::right("atlas_legend").resizable(true).default_size(260.0).show(ui, |ui| {
            egui::ScrollArea::vertical()
                .show(ui, |ui| {
                    ui.strong(tr_args("atlas-colour", &[("by", state.atlas.colour_by.label().into())]));
                    legend_ui(ui, colours);
                    ui.add_space(8.0);
                    families_ui(ui, &atlas, state)
                })
                .inner
        });
    if let Some(members) = families_clicked.inner {
        commands.push(Command::SelectOnAtlas(members));
    }
    egui::CentralPanel::default().show(ui, |ui| {
        let (rect, response) = ui.allocate_exact_size(ui.available_size(), Sense::click_and_drag());
        let frame = Frame::fit(&atlas, rect);
        let design = state.atlas.design_point();
        let selected = selected_index(&mut cache.selected, state);
        draw_atlas(ui, &atlas, colours, &frame, design, selected);
        interact(ui, &response, &atlas, &frame, state, &mut cache.drag_from, commands);
    });
}

/// The index of the model selected in the corpus browser, cached per corpus version and selection.
fn selected_index(cache: &mut Option<((u64, String), Option<usize>)>, state: &AppState) -> Option<usize> {
    let id = state.corpus.selection()?.stored.model.id.clone();
    let key = (state.similar.generation(), id);
    if cache.as_ref().is_none_or(|(k, _)| *k != key) {
        let index = state.similar.index();
        let found = (0..index.len()).find(|&i| *index.entry(i).id == *key.1);
        *cache = Some((key, found));
    }
    cache.as_ref().and_then(|(_, found)| *found)
}

fn colour_picker_ui(ui: &mut Ui, current: ColourBy, commands: &mut Vec<Command>) {
    let label = ui.label(tr("command-atlas-colour"));
    egui::ComboBox::from_id_salt("atlas_colour")
        .selected_text(current.label())
        .show_ui(ui, |ui| {
            for by in ColourBy::ALL {
                if ui.selectable_label(by == current, by.label()).clicked() && by != current {
                    commands.push(Command::SetAtlasColour(by));
                }
            }
        })
        .response
        .labelled_by(label.id)
        .on_hover_text(tr("atlas-colour.tooltip"));
}

/// The families, each a button that shows its models in the corpus browser.
fn families_ui(ui: &mut Ui, atlas: &Atlas, state: &AppState) -> Option<Vec<String>> {
    ui.strong(tr("atlas-families"));
    if atlas.families.is_empty() {
        ui.weak(tr("atlas-families.none"));
    }
    let index = state.similar.index();
    let mut chosen = None;
    for family in &atlas.families {
        let text = format!("{} ({})", shortened(&family.name(), 60), family.members.len());
        let response = ui.add(egui::Button::new(text).wrap()).on_hover_text(tr("atlas-families.tooltip"));
        if response.clicked() {
            chosen = Some(family.members.iter().map(|&i| index.entry(i).id.to_string()).collect());
        }
    }
    ui.add_space(6.0);
    ui.weak(tr("atlas-families.explained"));
    chosen
}

/// Hover card, click, right-click and box selection.
fn interact(
    ui: &Ui,
    response: &egui::Response,
    atlas: &Atlas,
    frame: &Frame,
    state: &AppState,
    drag_from: &mut Option<Pos2>,
    commands: &mut Vec<Command>,
) {
    let index = state.similar.index();
    let nearest = |pointer: Pos2| {
        atlas
            .layout
            .points
            .iter()
            .enumerate()
            .map(|(i, p)| (i, frame.screen_point(*p).distance(pointer)))
            .filter(|(_, d)| *d <= 7.0)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(i, _)| i)
    };
    if response.drag_started() {
        *drag_from = response.interact_pointer_pos();
    }
    if let (Some(from), Some(to)) = (*drag_from, response.interact_pointer_pos()) {
        let area = Rect::from_two_pos(from, to);
        ui.painter().rect_stroke(
            area,
            0.0,
            (1.0, ui.visuals().selection.stroke.color),
            egui::StrokeKind::Inside,
        );
        if response.drag_stopped() {
            *drag_from = None;
            let ids: Vec<String> = (0..index.len())
                .filter(|&i| area.contains(frame.screen_point(atlas.layout.points[i])))
                .map(|i| index.entry(i).id.to_string())
                .collect();
            if !ids.is_empty() {
                commands.push(Command::SelectOnAtlas(ids));
            }
            return;
        }
    }
    let Some(model) = response.hover_pos().and_then(nearest) else { return };
    let Some(model) = index.model(model) else { return };
    if response.clicked() {
        commands.push(Command::SelectModel(Some(model.id.clone())));
        commands.push(Command::ShowView(View::Corpus));
    } else if response.secondary_clicked() {
        commands.push(Command::Compare(model.id.clone()));
    }
    response.clone().on_hover_ui_at_pointer(|ui| {
        ui.set_max_width(360.0);
        ui.strong(model.shown_name());
        kind_badge(ui, model.kind);
        ui.label(format!("{} · {}", model.issue_text(), model.region));
        if !model.titles.is_empty() {
            ui.weak(model.titles.join(", "));
        }
        ui.weak(model.coding_summary());
        ui.label(RichText::new(tr("atlas-card-help")).small());
    });
}
