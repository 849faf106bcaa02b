//! The selected model: its context, its answers on the map picture, why
//! each answer was coded so, and the full citation.

use super::kind_badge::kind_badge;
use super::map_picture::map_picture_ui;
use super::sources;
use crate::app::{Command, CorpusBrowser, Selection};
use crate::corpus::{Model, Origin};
use crate::design::answer_text;
use crate::i18n::{colon, tr};
use crate::map::Question;
use crate::taxonomy;
use egui::{RichText, Ui};

pub fn model_detail_ui(ui: &mut Ui, browser: &CorpusBrowser, commands: &mut Vec<Command>) {
    let Some(selection) = browser.selection() else {
        ui.add_space(20.0);
        ui.vertical_centered(|ui| ui.weak(tr("detail-none")));
        return;
    };
    let Selection { stored, design } = selection;
    let model = &stored.model;
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        ui.add_space(6.0);
        ui.heading(model.shown_name());
        ui.horizontal(|ui| {
            kind_badge(ui, model.kind);
            match stored.origin {
                Origin::Bundled => ui.weak(tr("detail-bundled")),
                Origin::User => ui.weak(tr("detail-yours")),
            };
        });
        actions_ui(ui, browser, &model.id, stored.origin, commands);
        ui.separator();
        let value_width = (ui.available_width() - 100.0).max(120.0);
        egui::Grid::new("model_context").num_columns(2).spacing([10.0, 4.0]).max_col_width(value_width).show(
            ui,
            |ui| {
                for (label, value) in [
                    (tr("detail-titles"), model.titles.join(", ")),
                    (tr("detail-population"), model.population.clone()),
                    (tr("detail-issue"), model.issue_text()),
                    (tr("detail-groups"), group_labels(&model.groups)),
                    (tr("detail-countries"), model.country_names()),
                    (tr("detail-place"), model.region.clone()),
                    (tr("detail-period"), model.period_text()),
                ] {
                    if value.trim().is_empty() {
                        continue;
                    }
                    ui.weak(label);
                    ui.add(egui::Label::new(value).wrap());
                    ui.end_row();
                }
            },
        );
        ui.add_space(6.0);
        ui.label(model.shown_summary());
        ui.add_space(6.0);
        let width = ui.available_width();
        ui.allocate_ui(egui::vec2(width, width * 0.8), |ui| map_picture_ui(ui, design, None));
        ui.add_space(6.0);
        for question in Question::ALL {
            ui.label(
                RichText::new(format!(
                    "{} {}",
                    colon(&format!("Q{} {}", question.number(), question.title())),
                    answer_text(&model.answers, question)
                ))
                .strong(),
            );
            if let (Some(coding), Some(rationale)) =
                (model.coding.get(&question), model.shown_rationale(question))
            {
                ui.weak(format!("{} — {rationale}", coding.confidence.label()));
            }
            ui.add_space(3.0);
        }
        ui.separator();
        lessons_ui(ui, model);
        ui.separator();
        ui.strong(tr("detail-source"));
        ui.label(model.citation.formatted());
        sources::doi_link_ui(ui, &model.citation, false);
        if !model.source_url.is_empty() {
            ui.hyperlink_to(tr("detail-coded-from"), &model.source_url).on_hover_text(&model.source_url);
        }
        ui.weak(&model.cited_in);
        if !model.also_cited.is_empty() {
            ui.add_space(4.0);
            ui.weak(tr("detail-also"));
            for citation in &model.also_cited {
                ui.label(citation.formatted());
            }
        }
    });
}

/// What the model reported learning, each point with how sure the coding is.
pub fn lessons_ui(ui: &mut Ui, model: &Model) {
    ui.strong(tr("detail-learned"));
    if model.lessons.is_empty() {
        ui.weak(tr("detail-no-lessons"));
    }
    for (i, lesson) in model.lessons.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            ui.label(format!("• {}", model.shown_lesson(i)));
            ui.weak(format!("({})", lesson.confidence.label()));
        });
    }
}

fn group_labels(keys: &[String]) -> String {
    keys.iter()
        .map(|key| taxonomy::groups().iter().find(|t| t.key == *key).map_or(key.as_str(), |t| t.label()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn actions_ui(ui: &mut Ui, browser: &CorpusBrowser, id: &str, origin: Origin, commands: &mut Vec<Command>) {
    let writable = !browser.store().is_read_only();
    let own = writable && origin == Origin::User;
    ui.horizontal_wrapped(|ui| {
        let compare = Command::Compare(id.into());
        if ui.button(RichText::new(tr("detail-compare")).strong()).on_hover_text(compare.tooltip()).clicked()
        {
            commands.push(compare);
        }
        let duplicate = Command::DuplicateModel(id.into());
        if ui
            .add_enabled(writable, egui::Button::new(tr("command-duplicate-model")))
            .on_hover_text(duplicate.tooltip())
            .clicked()
        {
            commands.push(duplicate);
        }
        if ui
            .add_enabled(own, egui::Button::new(tr("detail-edit")))
            .on_hover_text(tr("detail-edit.tooltip"))
            .clicked()
        {
            commands.push(Command::EditModel(id.into()));
        }
        if ui
            .add_enabled(own, egui::Button::new(tr("detail-delete")))
            .on_hover_text(tr("detail-delete.tooltip"))
            .clicked()
        {
            commands.push(Command::DeleteModel(id.into()));
        }
        let open = Command::OpenModelAsDesign(id.into());
        if ui.button(tr("detail-open")).on_hover_text(open.tooltip()).clicked() {
            commands.push(open);
        }
    });
}
