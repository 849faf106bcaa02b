//! Beside the design: the most similar documented models, why they are
//! near, what they are called, and a way into the side-by-side comparison.

use super::kind_badge::kind_badge;
use super::theme;
use crate::app::{AppState, Command, SimilarResults};
use crate::corpus::Model;
use crate::design::{Design, Edit};
use crate::i18n::{colon, decimal, tr, tr_args};
use crate::map::{Facet, Question};
use crate::similarity::{
    MAX_WEIGHT, NEAR_ENOUGH, SiloScope, Similarity, SimilarityIndex, explain, issue_line,
};
use egui::{Color32, RichText, Sense, Ui, vec2};

pub fn similar_panel_ui(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    let design = state.design();
    let index = state.similar.index();
    let options = state.similar.options;
    ui.horizontal_wrapped(|ui| {
        egui::ComboBox::from_label(tr("similar-scope")).selected_text(options.silos.label()).show_ui(
            ui,
            |ui| {
                for scope in SiloScope::ALL {
                    let chosen = ui
                        .selectable_label(scope == options.silos, scope.label())
                        .on_hover_text(scope.meaning());
                    if chosen.clicked() && scope != options.silos {
                        commands.push(Command::SetSiloScope(scope));
                    }
                }
            },
        );
        let mut all_kinds = options.all_kinds;
        if ui
            .checkbox(&mut all_kinds, tr("similar-all-kinds"))
            .on_hover_text(Command::SetAllKinds(true).tooltip())
            .changed()
        {
            commands.push(Command::SetAllKinds(all_kinds));
        }
    });
    weights_ui(ui, design, commands);
    ui.separator();
    if state.is_loading_corpus() {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.weak(tr_args("similar-reading", &[("total", state.corpus.total().into())]));
        });
    }
    let Some(results) = state.similar.results() else { return };
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        ui.set_max_width(ui.available_width());
        if design.answers.answered_count() == 0 {
            ui.weak(tr("similar-answer-first"));
            return;
        }
        if !design.answers.is_complete() {
            ui.weak(tr_args("similar-ranked-on", &[("answered", design.answers.answered_count().into())]));
            ui.add_space(4.0);
        }
        unexplored_ui(ui, results, index);
        crosswalk_ui(ui, results);
        for (rank, (ranked, similarity)) in results.ranked.iter().enumerate() {
            model_card_ui(ui, rank + 1, index, ranked.index, similarity, design, commands);
        }
    });
}

fn weights_ui(ui: &mut Ui, design: &Design, commands: &mut Vec<Command>) {
    let title =
        if design.weights.is_default() { tr("similar-weights") } else { tr("similar-weights.changed") };
    egui::CollapsingHeader::new(title).id_salt("weights").show(ui, |ui| {
        for question in Question::ALL {
            let mut weight = design.weights.get(question);
            let response = ui.add(
                egui::Slider::new(&mut weight, 0.0..=MAX_WEIGHT)
                    .text(tr_args("similar-weight", &[("question", question.title().into())]))
                    .fixed_decimals(1),
            );
            if response.changed() {
                commands.push(Command::Edit(Edit::Weight(question, weight)));
            }
        }
        let mut weight = design.weights.issue();
        let response = ui
            .add(
                egui::Slider::new(&mut weight, 0.0..=MAX_WEIGHT)
                    .text(tr("similar-weight-issue"))
                    .fixed_decimals(1),
            )
            .on_hover_text(tr("similar-weight-issue.tooltip"));
        if response.changed() {
            commands.push(Command::Edit(Edit::IssueWeight(weight)));
        }
        if ui
            .add_enabled(!design.weights.is_default(), egui::Button::new(tr("similar-reset-weights")))
            .clicked()
        {
            commands.push(Command::Edit(Edit::ResetWeights));
        }
    });
}

fn unexplored_ui(ui: &mut Ui, results: &SimilarResults, index: &SimilarityIndex) {
    let Some(nearest) = &results.unexplored else { return };
    egui::Frame::new().fill(ui.visuals().faint_bg_color).inner_margin(8).corner_radius(6.0).show(ui, |ui| {
        ui.label(RichText::new(tr("brief-unexplored")).strong().color(ui.visuals().warn_fg_color));
        ui.label(tr_args("similar-unexplored", &[("distance", decimal(NEAR_ENOUGH, 2).into())]));
        for (facet, ranked) in nearest {
            ui.label(format!(
                "{} {} ({})",
                colon(facet.name()),
                index.name(ranked.index),
                decimal(ranked.score, 2)
            ));
        }
    });
    ui.add_space(6.0);
}

fn crosswalk_ui(ui: &mut Ui, results: &SimilarResults) {
    if results.crosswalk.is_empty() {
        return;
    }
    let titles: Vec<String> = results.crosswalk.iter().take(8).map(|(t, n)| format!("{t} ({n})")).collect();
    ui.label(RichText::new(tr("similar-called")).strong());
    ui.label(titles.join(", "));
    ui.add_space(6.0);
}

fn model_card_ui(
    ui: &mut Ui,
    rank: usize,
    index: &SimilarityIndex,
    model_index: usize,
    similarity: &Similarity,
    design: &Design,
    commands: &mut Vec<Command>,
) {
    let Some(model) = index.model(model_index) else { return };
    super::theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.add(egui::Label::new(RichText::new(format!("{rank}. {}", model.shown_name())).strong()).wrap());
        ui.horizontal(|ui| {
            ui.label(RichText::new(decimal(similarity.score, 2)).strong().size(15.0))
                .on_hover_text(similarity.meaning());
            agreement_bar_ui(ui, similarity).on_hover_ui(|ui| {
                ui.set_max_width(380.0);
                let (result, lines) = explain(design, &*model, &design.weights, index.priors());
                for line in lines {
                    ui.label(line.summary);
                }
                if let Some(line) = issue_line(&result, &design.context.issue, &model.issue) {
                    ui.label(line);
                }
            });
            known_ui(ui, &model);
        });
        ui.weak(context_line(&model));
        ui.small(model.citation.formatted());
        ui.horizontal(|ui| {
            if ui
                .button(tr("similar-compare"))
                .on_hover_text(Command::Compare(String::new()).tooltip())
                .clicked()
            {
                commands.push(Command::Compare(model.id.clone()));
            }
            kind_badge(ui, model.kind);
        });
    });
    ui.add_space(4.0);
}

/// "5 of 6 coded", with the mix of stated and inferred answers on hover.
pub fn known_ui(ui: &mut Ui, model: &Model) {
    ui.weak(tr_args("similar-coded", &[("known", model.known_questions().into())]))
        .on_hover_text(tr_args("similar-coded-tooltip", &[("summary", model.coding_summary().into())]));
}

/// Titles, issue and place in one line.
fn context_line(model: &Model) -> String {
    let place = if model.region.trim().is_empty() { model.country_names() } else { model.region.clone() };
    [model.titles.join(", "), model.issue_text(), place]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Six cells, one per question, filled by how much the answers agree
/// (hatched grey when either side has not answered).
fn agreement_bar_ui(ui: &mut Ui, similarity: &Similarity) -> egui::Response {
    let dark = ui.visuals().dark_mode;
    let cell = vec2(18.0, 12.0);
    let cells = if similarity.issue.counted.is_some() { 7.0 } else { 6.0 };
    let (rect, response) = ui.allocate_exact_size(vec2(cells * (cell.x + 2.0), cell.y), Sense::hover());
    let painter = ui.painter_at(rect);
    for (i, part) in similarity.parts.iter().enumerate() {
        let min = rect.min + vec2(i as f32 * (cell.x + 2.0), 0.0);
        let cell_rect = egui::Rect::from_min_size(min, cell);
        let facet: Facet = part.question.facet();
        match part.agreement {
            Some(agreement) => {
                painter.rect_filled(cell_rect, 2.0, theme::facet_wash(facet, dark));
                let filled = egui::Rect::from_min_size(min, vec2(cell.x * agreement as f32, cell.y));
                painter.rect_filled(filled, 2.0, theme::facet_color(facet, dark));
            }
            None => {
                painter.rect_stroke(
                    cell_rect,
                    2.0,
                    egui::Stroke::new(1.0, Color32::GRAY),
                    egui::StrokeKind::Inside,
                );
            }
        }
    }
    if let Some(counted) = similarity.issue.counted {
        // The seventh cell: the shared issue, in the text colour.
        let min = rect.min + vec2(6.0 * (cell.x + 2.0), 0.0);
        let cell_rect = egui::Rect::from_min_size(min, cell);
        let ink = ui.visuals().text_color();
        painter.rect_stroke(cell_rect, 2.0, egui::Stroke::new(1.0, ink), egui::StrokeKind::Inside);
        let value = similarity.issue.agreement.unwrap_or(counted) as f32;
        painter.rect_filled(
            egui::Rect::from_min_size(min, vec2(cell.x * value, cell.y)),
            2.0,
            ink.gamma_multiply(0.6),
        );
    }
    response
}
