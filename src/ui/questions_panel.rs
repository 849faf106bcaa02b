//! The six questions, grouped by facet, with a note per question.

use super::formality_scale::formality_scale;
use super::note_edit::note_edit;
use super::{sources, theme};
use crate::design::{Answers, Design, Edit, Formality, FunctionRole};
use crate::i18n::{tr, tr_args};
use crate::map::{
    Affiliation, AnswerOption, Facet, FormalityAnchor, Function, OptionInfo, Question, Relation, Space,
    StatusSource,
};
use egui::{RichText, Ui, WidgetInfo, WidgetType};

/// All six questions, grouped by facet. Edits go to `emit`; `with_notes`
/// adds the "How we do this here" note under each question.
pub fn questions_ui(ui: &mut Ui, design: &Design, with_notes: bool, emit: &mut dyn FnMut(Edit)) {
    let dark = ui.visuals().dark_mode;
    for facet in Facet::ALL {
        ui.add_space(10.0);
        let color = theme::facet_color(facet, dark);
        ui.label(RichText::new(facet.name().to_uppercase()).strong().color(color).size(13.0));
        for question in facet.questions() {
            egui::Frame::new()
                .stroke(egui::Stroke::new(1.0, theme::facet_wash(facet, dark)))
                .inner_margin(egui::Margin::same(8))
                .corner_radius(6.0)
                .show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    question_ui(ui, question, design, with_notes, emit);
                });
            ui.add_space(4.0);
        }
    }
}

fn question_ui(
    ui: &mut Ui,
    question: Question,
    design: &Design,
    with_notes: bool,
    emit: &mut dyn FnMut(Edit),
) {
    let dark = ui.visuals().dark_mode;
    let color = theme::facet_deep(question.facet(), dark);
    ui.label(RichText::new(format!("Q{} · {}", question.number(), question.title())).strong().color(color))
        .on_hover_ui(|ui| sources::question_help_ui(ui, question));
    ui.label(RichText::new(question.prompt()).italics().weak());
    let answers = &design.answers;
    let mut edit = |e: Edit| emit(e);
    match question {
        Question::Functions => functions_ui(ui, answers, &mut edit),
        Question::Formality => formality_ui(ui, answers.formality, &mut edit),
        Question::Relations => {
            set_ui(ui, |o: Relation| answers.relations.contains(&o), |o, on| edit(Edit::Relation(o, on)))
        }
        Question::Status => {
            set_ui(ui, |o: StatusSource| answers.status.contains(&o), |o, on| edit(Edit::Status(o, on)))
        }
        Question::Affiliations => affiliations_ui(ui, answers, &mut edit),
        Question::Spaces => {
            set_ui(ui, |o: Space| answers.spaces.contains(&o), |o, on| edit(Edit::Space(o, on)))
        }
    }
    if with_notes {
        note_ui(ui, question, design.note(question), emit);
    }
}

fn functions_ui(ui: &mut Ui, answers: &Answers, edit: &mut impl FnMut(Edit)) {
    for function in Function::ALL.iter().copied() {
        let info = function.info();
        ui.horizontal(|ui| {
            let included = answers.functions.contains_key(&function);
            if let Some(on) = option_checkbox(ui, info, included) {
                edit(Edit::Function(function, on.then_some(FunctionRole::Secondary)));
            }
            let mut primary = answers.is_primary(function);
            let accessible = tr_args("answer-primary.accessible", &[("function", info.name().into())]);
            let response = ui
                .add_enabled(included, egui::Checkbox::new(&mut primary, tr("answer-primary")))
                .on_hover_text(tr_args("answer-primary-tooltip", &[("function", info.name().into())]));
            response
                .widget_info(|| WidgetInfo::selected(WidgetType::Checkbox, included, primary, &accessible));
            if response.changed() {
                let role = if primary { FunctionRole::Primary } else { FunctionRole::Secondary };
                edit(Edit::Function(function, Some(role)));
            }
        });
    }
}

/// Affiliations, with the peer-run flag beside the community-based organisation it qualifies.
fn affiliations_ui(ui: &mut Ui, answers: &Answers, edit: &mut impl FnMut(Edit)) {
    for affiliation in Affiliation::ALL.iter().copied() {
        let info = affiliation.info();
        ui.horizontal(|ui| {
            if let Some(on) = option_checkbox(ui, info, answers.affiliations.contains(&affiliation)) {
                edit(Edit::Affiliation(affiliation, on));
            }
            if affiliation == Affiliation::CommunityOrg {
                let mut peer_run = answers.peer_run;
                let response = ui
                    .checkbox(&mut peer_run, tr("words-affiliation-peer-run"))
                    .on_hover_text(tr("peer-run-organisation.tooltip"));
                response.widget_info(|| {
                    WidgetInfo::selected(WidgetType::Checkbox, true, peer_run, tr("peer-run-organisation"))
                });
                if response.changed() {
                    edit(Edit::PeerRun(peer_run));
                }
            }
        });
    }
}

fn formality_ui(ui: &mut Ui, formality: Option<Formality>, edit: &mut impl FnMut(Edit)) {
    if let Some(value) = formality_scale(ui, formality) {
        edit(Edit::Formality(Some(value)));
    }
    match formality {
        Some(f) => {
            ui.horizontal(|ui| {
                ui.weak(tr_args(
                    "formality-near",
                    &[("anchor", FormalityAnchor::nearest(f.value()).name().into())],
                ));
                if ui
                    .small_button(tr("formality-clear"))
                    .on_hover_text(tr("formality-clear.tooltip"))
                    .clicked()
                {
                    edit(Edit::Formality(None));
                }
            });
        }
        None => {
            ui.weak(tr("formality-unanswered"));
        }
    }
}

/// Checkboxes for a set-valued question.
fn set_ui<T: AnswerOption>(ui: &mut Ui, chosen: impl Fn(T) -> bool, mut toggle: impl FnMut(T, bool)) {
    for option in T::ALL.iter().copied() {
        if let Some(on) = option_checkbox(ui, option.info(), chosen(option)) {
            toggle(option, on);
        }
    }
}

/// One answer's checkbox, its definition and sources on hover; the new state if clicked.
fn option_checkbox(ui: &mut Ui, info: &OptionInfo, on: bool) -> Option<bool> {
    let mut on = on;
    let response = ui.checkbox(&mut on, info.name()).on_hover_ui(|ui| sources::option_help_ui(ui, info));
    response.changed().then_some(on)
}

fn note_ui(ui: &mut Ui, question: Question, note: &str, emit: &mut dyn FnMut(Edit)) {
    let label = tr_args("note-label", &[("question", question.title().into())]);
    if let Some(text) = note_edit(ui, &label, tr("note-label.hint"), note) {
        emit(Edit::Note(question, text));
    }
}
