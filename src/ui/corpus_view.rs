//! The corpus browser: filters on the left, the table in the middle, the
//! selected model on the right.

use super::{corpus_filters, corpus_table, model_detail};
use crate::app::{AppState, Command};
use egui::Ui;

pub fn corpus_view_ui(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    let browser = &state.corpus;
    if let Some(problem) = &browser.store_problem {
        egui::Panel::top("corpus_notice").show(ui, |ui| {
            ui.colored_label(ui.visuals().warn_fg_color, problem);
            if browser.damaged {
                let recover = Command::RecoverCorpus;
                if ui.button(recover.label()).on_hover_text(recover.tooltip()).clicked() {
                    commands.push(recover);
                }
            }
        });
    }
    egui::Panel::left("corpus_filters").resizable(true).default_size(250.0).min_size(200.0).show(ui, |ui| {
        corpus_filters::corpus_filters_ui(ui, browser, commands);
    });
    egui::Panel::right("model_detail").resizable(true).default_size(400.0).min_size(320.0).show(ui, |ui| {
        model_detail::model_detail_ui(ui, browser, commands);
    });
    egui::CentralPanel::default().show(ui, |ui| corpus_table::corpus_table_ui(ui, browser, commands));
}
