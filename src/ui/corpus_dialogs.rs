//! Corpus prompts: confirm a deletion, follow an import, read its report.

use super::dialogs::answer_buttons;
use crate::app::{AppState, Command, ImportResult};
use crate::i18n::{tr, tr_args};
use egui::{Context, Id, Modal};

/// Shows the corpus prompt that applies, if any.
pub fn corpus_dialogs_ui(ctx: &Context, state: &AppState, commands: &mut Vec<Command>) {
    if let Some(id) = &state.corpus.delete_prompt {
        delete_ui(ctx, id, commands);
    } else if let Some(job) = &state.corpus.import {
        let progress = job.progress();
        let modal = Modal::new(Id::new("import_progress")).show(ctx, |ui| {
            ui.set_min_width(420.0);
            ui.heading(tr("import-progress"));
            ui.label(job.path.display().to_string());
            let text = match progress.written {
                0 => tr("import-progress.checking").to_string(),
                written => tr_args("import-written", &[("written", written.into())]),
            };
            ui.add(
                egui::ProgressBar::new(progress.read)
                    .show_percentage()
                    .animate(progress.read == 0.0)
                    .text(text),
            );
            let label =
                if job.is_cancelling() { tr("import-progress.cancelling") } else { tr("command-cancel") };
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
        ui.heading(tr("delete-model"));
        ui.label(tr_args("delete-model.warning", &[("id", id.into())]));
        answer_buttons(
            ui,
            &[
                (tr("command-delete-model"), tr("delete-model.tooltip"), true),
                (tr("delete-keep"), tr("delete-keep.tooltip"), false),
            ],
        )
    });
    if let Some(delete) = modal.inner.or(modal.should_close().then_some(false)) {
        commands.push(Command::ResolveDeleteModel { delete });
    }
}

fn report_ui(ui: &mut egui::Ui, path: &std::path::Path, result: &ImportResult, commands: &mut Vec<Command>) {
    let problems = match result {
        ImportResult::Imported { count, skipped } => {
            ui.heading(tr_args("import-done", &[("count", (*count).into())]));
            if !skipped.is_empty() {
                ui.label(tr_args("import-skipped", &[("rows", skipped.len().into())]));
            }
            skipped
        }
        ImportResult::Rejected { problems, valid_rows } => {
            ui.heading(tr("import-rejected"));
            ui.label(tr_args(
                "import-rejected.problems",
                &[
                    ("file", path.display().to_string().into()),
                    ("problems", problems.len().into()),
                    ("valid", (*valid_rows).into()),
                ],
            ));
            problems
        }
        ImportResult::Cancelled => {
            ui.heading(tr("import-cancelled"));
            ui.label(tr("import-cancelled.note"));
            &Vec::new()
        }
        ImportResult::Failed(message) => {
            ui.heading(tr("import-failed"));
            ui.label(message);
            ui.label(tr("import-failed.note"));
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
            && ui.button(tr_args("import-valid-only", &[("valid", (*valid_rows).into())])).clicked()
        {
            commands.push(Command::ImportCorpus { path: path.to_path_buf(), valid_only: true });
        }
        if ui.button(tr("command-close")).clicked() {
            commands.push(Command::DismissImportReport);
        }
    });
}
