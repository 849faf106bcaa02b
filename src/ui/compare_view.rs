//! The design and one model side by side, question by question, the
//! differences written out with why the model was coded so: how a peer
//! worker compares their role with others.

use super::kind_badge::kind_badge;
use super::map_picture::map_picture_ui;
use crate::app::{AppState, Command, View};
use crate::brief::{ComparedQuestion, ComparisonBrief};
use crate::i18n::{decimal, tr, tr_args};
use egui::{RichText, Ui};

pub fn compare_view_ui(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    egui::CentralPanel::default().show(ui, |ui| {
        let compared = state.similar.compare.as_ref().and_then(|c| Some((c, c.worded()?)));
        header_ui(ui, state, compared.map(|(_, worded)| worded), commands);
        let Some((comparison, worded)) = compared else {
            ui.add_space(20.0);
            ui.vertical_centered(|ui| ui.weak(tr("compare-choose")));
            return;
        };
        ui.label(tr_args("compare-similarity", &[("meaning", worded.score_meaning.as_str().into())]));
        ui.weak(format!("{} · {}", worded.model_kind, worded.coding));
        ui.add_space(4.0);
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            let height = (ui.available_width() * 0.25).clamp(200.0, 300.0);
            ui.columns(2, |columns| {
                columns[0]
                    .strong(tr_args("compare-yours.named", &[("name", worded.design_name.as_str().into())]));
                columns[0].allocate_ui(egui::vec2(columns[0].available_width(), height), |ui| {
                    map_picture_ui(ui, state.design(), None)
                });
                columns[1]
                    .strong(tr_args("compare-theirs.named", &[("name", worded.model_name.as_str().into())]));
                columns[1].allocate_ui(egui::vec2(columns[1].available_width(), height), |ui| {
                    map_picture_ui(ui, &comparison.model_design, None)
                });
            });
            ui.add_space(6.0);
            for row in &worded.rows {
                question_card_ui(ui, row);
            }
            ui.add_space(8.0);
            ui.strong(tr("detail-learned"));
            if worded.lessons.is_empty() {
                ui.weak(tr("detail-no-lessons"));
            }
            for lesson in &worded.lessons {
                ui.label(format!("• {lesson}"));
            }
            ui.add_space(8.0);
            ui.strong(tr("detail-source"));
            ui.label(&worded.citation);
            if !worded.source_url.is_empty() {
                ui.hyperlink_to(tr("detail-coded-from"), &worded.source_url)
                    .on_hover_text(&worded.source_url);
            }
        });
    });
}

/// Back, which model is compared (and a choice of another), the score, and export.
fn header_ui(ui: &mut Ui, state: &AppState, worded: Option<&ComparisonBrief>, commands: &mut Vec<Command>) {
    ui.horizontal_wrapped(|ui| {
        if ui.button(tr("compare-back")).clicked() {
            commands.push(Command::ShowView(View::Design));
        }
        ui.heading(tr("compare-heading"));
        model_picker_ui(ui, state, worded, commands);
        if let Some(worded) = worded {
            if let Some(comparison) = &state.similar.compare {
                kind_badge(ui, comparison.model.kind);
            }
            ui.label(RichText::new(decimal(worded.score, 2)).strong().size(16.0))
                .on_hover_text(&worded.score_meaning);
            let export = Command::ExportComparisonDialog;
            if ui.button(export.label()).on_hover_text(export.tooltip()).clicked() {
                commands.push(export);
            }
        }
    });
}

/// A drop-down of the design's similar models, and the model compared now.
fn model_picker_ui(
    ui: &mut Ui,
    state: &AppState,
    worded: Option<&ComparisonBrief>,
    commands: &mut Vec<Command>,
) {
    let current = worded.map_or(tr("compare-pick"), |w| w.model_name.as_str());
    let response = egui::ComboBox::from_id_salt("compare_with")
        .selected_text(RichText::new(current).strong())
        .width(320.0)
        .truncate()
        .show_ui(ui, |ui| {
            let Some(results) = state.similar.results() else { return };
            let index = state.similar.index();
            for (ranked, _) in &results.ranked {
                let Some(model) = index.model(ranked.index) else { continue };
                let selected = worded.is_some_and(|w| w.model_id == model.id);
                let label = format!("{}  {}", decimal(ranked.score, 2), model.shown_name());
                if ui.selectable_label(selected, label).clicked() && !selected {
                    commands.push(Command::Compare(model.id.clone()));
                }
            }
        });
    response.response.on_hover_text(tr_args("compare-pick.tooltip", &[("current", current.into())]));
}

/// One question: both answers, the difference in words, and why the model was coded so.
fn question_card_ui(ui: &mut Ui, row: &ComparedQuestion) {
    super::theme::card(ui).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal(|ui| {
            ui.strong(&row.question);
            let color = if row.differs { ui.visuals().warn_fg_color } else { ui.visuals().text_color() };
            ui.label(
                RichText::new(tr_args(
                    "compare-agreement",
                    &[("agreement", row.agreement_text.as_str().into())],
                ))
                .color(color),
            );
        });
        egui::Grid::new(("compare_answers", &row.question)).num_columns(2).spacing([10.0, 2.0]).show(
            ui,
            |ui| {
                ui.weak(tr("compare-yours"));
                ui.add(egui::Label::new(&row.yours).wrap());
                ui.end_row();
                ui.weak(tr("compare-theirs"));
                ui.add(egui::Label::new(&row.theirs).wrap());
                ui.end_row();
            },
        );
        ui.add(egui::Label::new(RichText::new(&row.in_words).strong()).wrap());
        if !row.rationale.is_empty() {
            ui.add(
                egui::Label::new(
                    RichText::new(tr_args("compare-why", &[("rationale", row.rationale.as_str().into())]))
                        .weak(),
                )
                .wrap(),
            );
        }
    });
    ui.add_space(4.0);
}
