//! The brief preview: the content the exported brief will have, section by
//! section as the exported files word it, in a window beside the workspace,
//! with the export button at hand.

use super::map_picture::map_picture_ui;
use crate::app::{AppState, Command};
use crate::brief::{Brief, BriefConsideration, BriefModel};
use crate::i18n::{Language, colon, decimal, tr, tr_args, with_language};
use egui::{Context, RichText, Ui};

pub fn brief_preview_ui(ctx: &Context, state: &AppState, commands: &mut Vec<Command>) {
    let Some(brief) = state.brief_preview.brief() else { return };
    let mut open = true;
    egui::Window::new(tr("command-brief-preview"))
        .open(&mut open)
        .default_size([600.0, 680.0])
        .vscroll(true)
        .show(ctx, |ui| {
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
                    ui.weak(tr("preview-exporting"));
                }
                language_ui(ui, state.brief_language(), commands);
            });
            ui.separator();
            // The preview words the brief as the exported files will, in the brief's language.
            with_language(state.brief_language(), || brief_ui(ui, brief, state));
        });
    if !open {
        commands.push(Command::ShowBriefPreview(false));
    }
}

/// The language the brief is written in, whatever the window speaks.
fn language_ui(ui: &mut Ui, current: Language, commands: &mut Vec<Command>) {
    let label = ui.label(tr("brief-language"));
    egui::ComboBox::from_id_salt("brief_language")
        .selected_text(current.name())
        .show_ui(ui, |ui| {
            for language in Language::ALL {
                if ui.selectable_label(language == current, language.name()).clicked() && language != current
                {
                    commands.push(Command::SetBriefLanguage(language));
                }
            }
        })
        .response
        .labelled_by(label.id)
        .on_hover_text(tr("brief-language.tooltip"));
}

fn brief_ui(ui: &mut Ui, brief: &Brief, state: &AppState) {
    ui.heading(&brief.title);
    ui.weak(format!(
        "{} · {} · peermap {} · {}",
        tr("brief-kind"),
        brief.date,
        brief.app_version,
        tr_args("preview-corpus", &[("version", brief.corpus_version.as_str().into())])
    ));
    section(ui, tr("brief-context"));
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

    section(ui, tr("brief-position"));
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
                    RichText::new(format!("{} {}{refs}", colon(&definition.term), definition.text)).weak(),
                )
                .wrap(),
            );
        }
        if !answer.note.is_empty() {
            labelled(ui, tr("brief-our-note"), &answer.note);
        }
    }

    section(ui, tr("brief-similar"));
    text(ui, &brief.ranking);
    if brief.similar.is_empty() {
        text(ui, tr("brief-no-models"));
    }
    for model in &brief.similar {
        similar_model_ui(ui, model);
    }
    if !brief.similar.is_empty() {
        ui.add_space(4.0);
        labelled(ui, tr("preview-graph"), &brief.graph_caption);
    }

    section(ui, tr("brief-landscape"));
    text(ui, &brief.atlas_caption);
    ui.weak(tr("preview-atlas"));

    section(ui, tr("brief-called"));
    if brief.crosswalk.is_empty() {
        text(ui, tr("brief-no-called"));
    } else {
        let titles: Vec<String> =
            brief.crosswalk.iter().map(|t| format!("{} ({})", t.title, t.count)).collect();
        text(ui, &titles.join(", "));
    }
    if let Some(unexplored) = &brief.unexplored {
        section(ui, tr("brief-unexplored"));
        ui.label(RichText::new(&unexplored.message).strong());
        for line in &unexplored.nearest_per_facet {
            text(ui, &format!("• {line}"));
        }
    }

    section(ui, tr("brief-considerations"));
    let (always, triggered): (Vec<&BriefConsideration>, Vec<_>) =
        brief.considerations.iter().partition(|c| c.always);
    if triggered.is_empty() {
        text(ui, tr("brief-none-triggered"));
    }
    triggered.into_iter().for_each(|c| consideration_ui(ui, c));
    ui.add_space(6.0);
    ui.label(RichText::new(tr("brief-always")).strong().size(15.0));
    always.into_iter().for_each(|c| consideration_ui(ui, c));

    section(ui, tr("brief-references"));
    for reference in &brief.references {
        let doi = reference.doi.as_deref().map(|d| format!(" doi:{d}")).unwrap_or_default();
        text(ui, &format!("{}. {}{doi}", reference.number, reference.text));
    }
}

fn similar_model_ui(ui: &mut Ui, model: &BriefModel) {
    ui.add_space(6.0);
    ui.label(
        RichText::new(format!(
            "{}. {} ({}) — {}",
            model.rank,
            model.name,
            model.kind,
            decimal(model.score, 2)
        ))
        .strong(),
    );
    let titles = model.titles.join(", ");
    let meta: Vec<&str> = [titles.as_str(), &model.issue, &model.region, &model.known]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect();
    ui.add(
        egui::Label::new(
            RichText::new(format!("{} · {} [{}]", meta.join(" · "), tr("brief-source-word"), model.citation))
                .weak(),
        )
        .wrap(),
    );
    if !model.lessons.is_empty() {
        ui.label(colon(tr("brief-learned")));
        model.lessons.iter().for_each(|lesson| text(ui, &format!("• {lesson}")));
    }
    if !model.differences.is_empty() {
        ui.label(colon(tr("brief-differently")));
        model.differences.iter().for_each(|difference| text(ui, &format!("• {difference}")));
    }
}

fn consideration_ui(ui: &mut Ui, consideration: &BriefConsideration) {
    ui.add_space(4.0);
    let marker = if consideration.addressed.is_some() { "✓ " } else { "" };
    ui.label(RichText::new(format!("{marker}{}", consideration.title)).strong());
    text(ui, &consideration.text);
    if !consideration.trigger.is_empty() {
        labelled(ui, tr("brief-applies"), &consideration.trigger);
    }
    labelled(
        ui,
        tr("brief-source"),
        &format!("{}{}", consideration.source_label, numbers(&consideration.refs)),
    );
    if let Some(note) = consideration.addressed.as_deref().filter(|n| !n.trim().is_empty()) {
        labelled(ui, tr("brief-addressed").trim_end_matches('.'), note);
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
    ui.add(egui::Label::new(format!("{} {value}", colon(label))).wrap());
}

fn section(ui: &mut Ui, title: &str) {
    ui.add_space(10.0);
    ui.label(RichText::new(title).heading().size(17.0));
}
