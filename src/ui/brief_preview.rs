//! The brief preview: the content the exported brief will have, in a window
//! beside the workspace, with the export button at hand.

use crate::app::{AppState, Command};
use crate::brief::Brief;
use egui::{Context, RichText, Ui};

pub fn brief_preview_ui(ctx: &Context, state: &AppState, commands: &mut Vec<Command>) {
    let Some(brief) = state.brief_preview.brief() else { return };
    let mut open = true;
    egui::Window::new("Brief preview").open(&mut open).default_size([560.0, 640.0]).vscroll(true).show(
        ctx,
        |ui| {
            ui.horizontal(|ui| {
                let export = Command::ExportBriefDialog;
                if ui
                    .add_enabled(state.brief_job.is_none(), egui::Button::new(export.label()))
                    .on_hover_text(export.tooltip())
                    .clicked()
                {
                    commands.push(export);
                }
                if state.brief_job.is_some() {
                    ui.spinner();
                    ui.weak("Exporting…");
                }
            });
            ui.separator();
            brief_ui(ui, brief);
        },
    );
    if !open {
        commands.push(Command::ShowBriefPreview(false));
    }
}

fn brief_ui(ui: &mut Ui, brief: &Brief) {
    ui.heading(&brief.title);
    ui.weak(format!(
        "Design brief · {} · peermap {} · corpus: {}",
        brief.date, brief.app_version, brief.corpus_version
    ));
    section(ui, "Context");
    for (label, value) in brief.context.rows() {
        ui.label(format!("{label}: {value}"));
    }
    section(ui, "Position on the map");
    for answer in &brief.answers {
        ui.label(RichText::new(format!("Q{} · {}", answer.number, answer.title)).strong());
        ui.label(&answer.answer);
        if !answer.note.is_empty() {
            ui.weak(format!("Our note: {}", answer.note));
        }
    }
    section(ui, "Similar models");
    for model in &brief.similar {
        ui.label(format!("{}. {} — {:.2}  [{}]", model.rank, model.name, model.score, model.citation));
    }
    if !brief.crosswalk.is_empty() {
        section(ui, "What programmes like this are called");
        let titles: Vec<String> =
            brief.crosswalk.iter().map(|t| format!("{} ({})", t.title, t.count)).collect();
        ui.label(titles.join(", "));
    }
    if let Some(unexplored) = &brief.unexplored {
        section(ui, "Unexplored position");
        ui.label(&unexplored.message);
    }
    section(ui, "Considerations");
    for consideration in &brief.considerations {
        let marker = if consideration.addressed.is_some() { "✓ " } else { "" };
        ui.label(RichText::new(format!("{marker}{}", consideration.title)).strong());
        ui.weak(format!("Source: {}", consideration.source_label));
    }
    section(ui, "References");
    ui.weak(format!("{} works cited, numbered in order of first citation.", brief.references.len()));
}

fn section(ui: &mut Ui, title: &str) {
    ui.add_space(8.0);
    ui.label(RichText::new(title).heading().size(17.0));
}
