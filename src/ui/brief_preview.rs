//! The brief preview: the content the exported brief will have, section by
//! section as the exported files word it, in a window beside the workspace,
//! with the export button at hand.

use super::map_picture::map_picture_ui;
use crate::app::{AppState, Command};
use crate::brief::{Brief, BriefConsideration, BriefModel};
use egui::{Context, RichText, Ui};

pub fn brief_preview_ui(ctx: &Context, state: &AppState, commands: &mut Vec<Command>) {
    let Some(brief) = state.brief_preview.brief() else { return };
    let mut open = true;
    egui::Window::new("Brief preview").open(&mut open).default_size([600.0, 680.0]).vscroll(true).show(
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
            brief_ui(ui, brief, state);
        },
    );
    if !open {
        commands.push(Command::ShowBriefPreview(false));
    }
}

fn brief_ui(ui: &mut Ui, brief: &Brief, state: &AppState) {
    ui.heading(&brief.title);
    ui.weak(format!(
        "Design brief · {} · peermap {} · corpus: {}",
        brief.date, brief.app_version, brief.corpus_version
    ));
    section(ui, "Context");
    let context = &brief.context;
    for (label, value) in context.rows() {
        labelled(ui, label, &value);
    }
    for line in &context.plan {
        labelled(ui, &line.label, &line.text);
    }
    if !context.description.trim().is_empty() {
        text(ui, &context.description);
    }

    section(ui, "Position on the map");
    let width = ui.available_width().min(420.0);
    ui.allocate_ui(egui::vec2(width, width * 0.8), |ui| map_picture_ui(ui, state.design(), None));
    for answer in &brief.answers {
        ui.add_space(4.0);
        ui.label(
            RichText::new(format!("Q{} · {} — {}", answer.number, answer.title, answer.prompt)).strong(),
        );
        text(ui, &answer.answer);
        for definition in &answer.definitions {
            let refs = numbers(&definition.refs);
            ui.add(
                egui::Label::new(
                    RichText::new(format!("{}: {}{refs}", definition.term, definition.text)).weak(),
                )
                .wrap(),
            );
        }
        if !answer.note.is_empty() {
            labelled(ui, "Our note", &answer.note);
        }
    }

    section(ui, "Similar models");
    text(ui, &brief.ranking);
    if brief.similar.is_empty() {
        text(ui, "No models in the corpus to compare with.");
    }
    for model in &brief.similar {
        similar_model_ui(ui, model);
    }
    if !brief.similar.is_empty() {
        ui.add_space(4.0);
        labelled(ui, "Graph figure", &brief.graph_caption);
    }

    section(ui, "The landscape");
    text(ui, &brief.atlas_caption);
    ui.weak("The exported brief draws it: open View → Atlas to see it now.");

    section(ui, "What programmes like this are called");
    if brief.crosswalk.is_empty() {
        text(ui, "No nearby programme to learn titles from.");
    } else {
        let titles: Vec<String> =
            brief.crosswalk.iter().map(|t| format!("{} ({})", t.title, t.count)).collect();
        text(ui, &titles.join(", "));
    }
    if let Some(unexplored) = &brief.unexplored {
        section(ui, "Unexplored position");
        ui.label(RichText::new(&unexplored.message).strong());
        for line in &unexplored.nearest_per_facet {
            text(ui, &format!("• {line}"));
        }
    }

    section(ui, "Considerations");
    let (always, triggered): (Vec<&BriefConsideration>, Vec<_>) =
        brief.considerations.iter().partition(|c| c.always);
    if triggered.is_empty() {
        text(ui, "None of the answers given so far triggers a specific consideration.");
    }
    triggered.into_iter().for_each(|c| consideration_ui(ui, c));
    ui.add_space(6.0);
    ui.label(RichText::new("Always worth planning for").strong().size(15.0));
    always.into_iter().for_each(|c| consideration_ui(ui, c));

    section(ui, "References");
    for reference in &brief.references {
        let doi = reference.doi.as_deref().map(|d| format!(" doi:{d}")).unwrap_or_default();
        text(ui, &format!("{}. {}{doi}", reference.number, reference.text));
    }
}

fn similar_model_ui(ui: &mut Ui, model: &BriefModel) {
    ui.add_space(6.0);
    ui.label(
        RichText::new(format!("{}. {} ({}) — {:.2}", model.rank, model.name, model.kind, model.score))
            .strong(),
    );
    let titles = model.titles.join(", ");
    let meta: Vec<&str> = [titles.as_str(), &model.issue, &model.region, &model.known]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect();
    ui.add(
        egui::Label::new(RichText::new(format!("{} · source [{}]", meta.join(" · "), model.citation)).weak())
            .wrap(),
    );
    if !model.lessons.is_empty() {
        ui.label("What it learned:");
        model.lessons.iter().for_each(|lesson| text(ui, &format!("• {lesson}")));
    }
    if !model.differences.is_empty() {
        ui.label("What it does differently:");
        model.differences.iter().for_each(|difference| text(ui, &format!("• {difference}")));
    }
}

fn consideration_ui(ui: &mut Ui, consideration: &BriefConsideration) {
    ui.add_space(4.0);
    let marker = if consideration.addressed.is_some() { "✓ " } else { "" };
    ui.label(RichText::new(format!("{marker}{}", consideration.title)).strong());
    text(ui, &consideration.text);
    if !consideration.trigger.is_empty() {
        labelled(ui, "Applies because", &consideration.trigger);
    }
    labelled(ui, "Source", &format!("{}{}", consideration.source_label, numbers(&consideration.refs)));
    if let Some(note) = consideration.addressed.as_deref().filter(|n| !n.trim().is_empty()) {
        labelled(ui, "Addressed", note);
    }
}

/// " [3, 7]", or nothing.
fn numbers(refs: &[usize]) -> String {
    if refs.is_empty() {
        return String::new();
    }
    format!(" [{}]", refs.iter().map(usize::to_string).collect::<Vec<_>>().join(", "))
}

fn text(ui: &mut Ui, text: &str) {
    ui.add(egui::Label::new(text).wrap());
}

fn labelled(ui: &mut Ui, label: &str, value: &str) {
    ui.add(egui::Label::new(format!("{label}: {value}")).wrap());
}

fn section(ui: &mut Ui, title: &str) {
    ui.add_space(10.0);
    ui.label(RichText::new(title).heading().size(17.0));
}
