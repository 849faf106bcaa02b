//! Beside the design: the perspectives of the people who shape it, whose
//! answers the questions show, where they diverge most, and how the group
//! settles each shared answer.

use super::note_edit::note_edit;
use crate::app::Command;
use crate::design::{Design, Edit, answer_text};
use crate::i18n::{decimal, say, tr};
use crate::map::Question;
use crate::perspectives::{Settle, to_discuss};
use egui::{RichText, Ui};

pub fn perspectives_panel_ui(
    ui: &mut Ui,
    design: &Design,
    editing: Option<usize>,
    commands: &mut Vec<Command>,
) {
    ui.weak(tr("perspectives-intro"));
    ui.separator();
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        ui.set_max_width(ui.available_width());
        whose_answers_ui(ui, design, editing, commands);
        add_ui(ui, commands);
        ui.separator();
        discussion_ui(ui, design, commands);
    });
}

/// Which position the questions show: the shared one or a perspective's.
fn whose_answers_ui(ui: &mut Ui, design: &Design, editing: Option<usize>, commands: &mut Vec<Command>) {
    if ui
        .selectable_label(editing.is_none(), RichText::new(tr("perspectives-shared")).strong())
        .on_hover_text(tr("perspectives-shared.tooltip"))
        .clicked()
    {
        commands.push(Command::EditPerspective(None));
    }
    for (index, perspective) in design.perspectives.iter().enumerate() {
        ui.horizontal(|ui| {
            let chosen = editing == Some(index);
            let label = format!("{} · {}/6", perspective.name, perspective.answers.answered_count());
            let show = say("perspectives-show", &[("name", perspective.name.clone())]);
            if ui.selectable_label(chosen, label).on_hover_text(show).clicked() {
                commands.push(Command::EditPerspective(Some(index)));
            }
            if ui.small_button("✕").on_hover_text(tr("perspectives-remove")).clicked() {
                commands.push(Command::Edit(Edit::RemovePerspective(index)));
            }
        });
        if editing == Some(index) {
            let mut name = perspective.name.clone();
            let field = egui::TextEdit::singleline(&mut name).desired_width(ui.available_width());
            let response = ui.add(field).on_hover_text(tr("perspectives-name"));
            response.widget_info(|| egui::WidgetInfo {
                label: Some(tr("perspectives-name").into()),
                ..egui::WidgetInfo::text_edit(true, &perspective.name, &name, "")
            });
            if response.changed() && !name.trim().is_empty() {
                commands.push(Command::Edit(Edit::RenamePerspective(index, name)));
            }
        }
    }
}

/// A field and a button to add a perspective; Enter adds it too.
fn add_ui(ui: &mut Ui, commands: &mut Vec<Command>) {
    let id = egui::Id::new("new_perspective_draft");
    let mut draft: String = ui.data_mut(|d| d.get_temp(id).unwrap_or_default());
    ui.add_space(6.0);
    let response = ui.add(
        egui::TextEdit::singleline(&mut draft)
            .id(egui::Id::new("new_perspective_field"))
            .hint_text(tr("perspectives-new.hint"))
            .desired_width(ui.available_width()),
    );
    response.widget_info(|| egui::WidgetInfo {
        label: Some(tr("perspectives-new").into()),
        ..egui::WidgetInfo::text_edit(true, "", &draft, tr("perspectives-new.hint"))
    });
    let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
    let clicked =
        ui.add_enabled(!draft.trim().is_empty(), egui::Button::new(tr("perspectives-add"))).clicked();
    if (entered || clicked) && !draft.trim().is_empty() {
        commands.push(Command::Edit(Edit::AddPerspective(draft.trim().to_string())));
        draft.clear();
    }
    ui.data_mut(|d| d.insert_temp(id, draft));
}

/// The questions the perspectives diverge on, most first, each with what
/// every perspective answered and the ways to settle it.
fn discussion_ui(ui: &mut Ui, design: &Design, commands: &mut Vec<Command>) {
    ui.strong(tr("perspectives-to-discuss"));
    if design.perspectives.len() < 2 {
        ui.weak(tr("perspectives-need-two"));
        return;
    }
    let discuss = to_discuss(&design.perspectives);
    if discuss.is_empty() {
        ui.weak(tr("perspectives-agree-all"));
    }
    for (question, divergence) in discuss {
        let heading = say(
            "perspectives-divergence",
            &[
                ("number", question.number().to_string()),
                ("title", question.title().to_string()),
                ("divergence", decimal(divergence, 2)),
            ],
        );
        egui::CollapsingHeader::new(heading)
            .id_salt(("discuss", question as usize))
            .default_open(true)
            .show(ui, |ui| question_ui(ui, design, question, commands))
            .header_response
            .on_hover_text(tr("perspectives-divergence.tooltip"));
    }
}

fn question_ui(ui: &mut Ui, design: &Design, question: Question, commands: &mut Vec<Command>) {
    for perspective in &design.perspectives {
        let answer = answer_text(&perspective.answers, question);
        ui.label(say("perspectives-their-answer", &[("name", perspective.name.clone()), ("answer", answer)]));
    }
    ui.horizontal_wrapped(|ui| {
        let (label, tooltip) = if question == Question::Formality {
            (tr("perspectives-take-median"), tr("perspectives-take-median.tooltip"))
        } else {
            (tr("perspectives-take-majority"), tr("perspectives-take-majority.tooltip"))
        };
        if ui.button(label).on_hover_text(tooltip).clicked() {
            commands.push(Command::Edit(Edit::Settle(question, Settle::Majority)));
        }
        ui.menu_button(tr("perspectives-take-from"), |ui| {
            for (index, perspective) in design.perspectives.iter().enumerate() {
                if ui.button(&perspective.name).clicked() {
                    commands.push(Command::Edit(Edit::Settle(question, Settle::From(index))));
                    ui.close();
                }
            }
        });
    });
    let decided = design.decisions.get(&question).map(String::as_str).unwrap_or("");
    if let Some(text) = note_edit(ui, tr("perspectives-decision"), tr("perspectives-decision.hint"), decided)
    {
        commands.push(Command::Edit(Edit::Decision(question, text)));
    }
}
