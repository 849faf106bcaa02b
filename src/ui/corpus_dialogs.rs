//! Corpus prompts: confirm a deletion, follow an import, read its report.

use super::dialogs::answer_buttons;
use crate::app::{AppState, Command, ImportResult};
use egui::{Context, Id, Modal};

/// Shows the corpus prompt that applies, if any.
pub fn corpus_dialogs_ui(ctx: &Context, state: &AppState, commands: &mut Vec<Command>) {
    if let Some(id) = &state.corpus.delete_prompt {
        delete_ui(ctx, id, commands);
    } else if let Some(job) = &state.corpus.import {
        let progress = job.progress();
        let modal = Modal::new(Id::new("import_progress")).show(ctx, |ui| {
            ui.set_min_width(420.0);
            ui.heading("Importing models");
            ui.label(job.path.display().to_string());
            let text = match progress.written {
                0 => "Checking every row…".to_string(),
                written => format!("{written} models written"),
            };
            ui.add(
                egui::ProgressBar::new(progress.read)
                    .show_percentage()
                    .animate(progress.read == 0.0)
                    .text(text),
            );
            let label = if job.is_cancelling() { "Cancelling…" } else { "Cancel" };
            ui.add_enabled(!job.is_cancelling(), egui::Button::new(label)).clicked()
        });
        if modal.inner {
            commands.push(Command::CancelImport);
        }
    } else if let Some(report) = &state.import_report {
        let modal = Modal::new(Id::new("import_report")).show(ctx, |ui| {
            ui.set_max_width(640.0);
            report_ui(ui, &report.path, &report.result, commands);
        });
        if modal.should_close() {
            commands.push(Command::DismissImportReport);
        }
    }
}

fn delete_ui(ctx: &Context, id: &str, commands: &mut Vec<Command>) {
    let modal = Modal::new(Id::new("delete_model")).show(ctx, |ui| {
        ui.heading("Delete model?");
        ui.label(format!("\"{id}\" will be removed from your corpus. This cannot be undone."));
        answer_buttons(
            ui,
            &[("Delete", "Remove the model from your corpus", true), ("Keep", "Keep the model", false)],
        )
    });
    if let Some(delete) = modal.inner.or(modal.should_close().then_some(false)) {
        commands.push(Command::ResolveDeleteModel { delete });
    }
}

fn report_ui(ui: &mut egui::Ui, path: &std::path::Path, result: &ImportResult, commands: &mut Vec<Command>) {
    let problems = match result {
        ImportResult::Imported { count, skipped } => {
            ui.heading(format!("Imported {count} models"));
            if !skipped.is_empty() {
                ui.label(format!("{} rows were left out:", skipped.len()));
            }
            skipped
        }
        ImportResult::Rejected { problems, valid_rows } => {
            ui.heading("Nothing was imported");
            ui.label(format!(
                "{} has {} problems; the corpus is unchanged. Fix the file and import it again, or import only the {valid_rows} valid rows.",
                path.display(),
                problems.len()
            ));
            problems
        }
        ImportResult::Cancelled => {
            ui.heading("Import cancelled");
            ui.label("The corpus is as it was before the import.");
            &Vec::new()
        }
        ImportResult::Failed(message) => {
            ui.heading("Import failed");
            ui.label(message);
            ui.label("The corpus is unchanged.");
            &Vec::new()
        }
    };
    if !problems.is_empty() {
        egui::ScrollArea::vertical().max_height(300.0).show(ui, |ui| {
            for problem in problems {
                ui.label(problem.to_string());
            }
        });
    }
    ui.horizontal(|ui| {
        if let ImportResult::Rejected { valid_rows, .. } = result
            && *valid_rows > 0
            && ui.button(format!("Import the {valid_rows} valid rows only")).clicked()
        {
            commands.push(Command::ImportCorpus { path: path.to_path_buf(), valid_only: true });
        }
        if ui.button("Close").clicked() {
            commands.push(Command::DismissImportReport);
        }
    });
}
