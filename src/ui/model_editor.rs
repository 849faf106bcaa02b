//! The window for adding or editing one of the user's own models.

use super::questions_panel::questions_ui;
use crate::app::{Command, ModelEditor};
use crate::corpus::{Confidence, ModelKind};
use crate::map::Question;
use crate::taxonomy;
use egui::{Context, Ui};

pub fn model_editor_ui(ctx: &Context, editor: &mut ModelEditor, commands: &mut Vec<Command>) {
    let title = if editor.is_new { "New model" } else { "Edit model" };
    let mut open = true;
    egui::Window::new(title).open(&mut open).default_size([560.0, 680.0]).collapsible(false).show(
        ctx,
        |ui| {
            egui::ScrollArea::vertical().max_height(ctx.content_rect().height() - 180.0).show(ui, |ui| {
                form_ui(ui, editor);
            });
            ui.separator();
            for problem in &editor.problems {
                ui.colored_label(ui.visuals().error_fg_color, problem.to_string());
            }
            ui.horizontal(|ui| {
                if ui.button(egui::RichText::new("Save model").strong()).clicked() {
                    commands.push(Command::SaveModelDraft);
                }
                if ui.button("Cancel").clicked() {
                    commands.push(Command::CloseModelEditor);
                }
            });
        },
    );
    if !open {
        commands.push(Command::CloseModelEditor);
    }
}

fn form_ui(ui: &mut Ui, editor: &mut ModelEditor) {
    let model = &mut editor.draft;
    ui.horizontal(|ui| {
        ui.weak("Id");
        ui.add_enabled(editor.is_new, egui::TextEdit::singleline(&mut model.id));
    });
    field(ui, "Name", &mut model.name, false);
    ui.horizontal(|ui| {
        ui.weak("Kind");
        egui::ComboBox::from_id_salt("model-kind").selected_text(model.kind.label()).show_ui(ui, |ui| {
            for kind in ModelKind::ALL {
                ui.selectable_value(&mut model.kind, kind, kind.label()).on_hover_text(kind.meaning());
            }
        });
        ui.weak("Issue");
        let issue = taxonomy::issue(&model.issue).map_or("Not chosen", |t| t.label());
        egui::ComboBox::from_id_salt("model-issue").selected_text(issue).show_ui(ui, |ui| {
            ui.selectable_value(&mut model.issue, String::new(), "Not chosen");
            for term in taxonomy::issues() {
                ui.selectable_value(&mut model.issue, term.key.clone(), term.label())
                    .on_hover_text(term.covers());
            }
        });
    });
    field(ui, "Titles (separate with ;)", &mut editor.titles_text, false);
    let model = &mut editor.draft;
    field(ui, "Population", &mut model.population, false);
    field(ui, "Issue in your words", &mut model.issue_detail, false);
    field(ui, "Countries (names or codes, separated by commas)", &mut editor.countries_text, false);
    let model = &mut editor.draft;
    field(ui, "Place", &mut model.region, false);
    ui.horizontal(|ui| {
        ui.weak("Ran from");
        ui.add(egui::TextEdit::singleline(&mut editor.start_text).desired_width(60.0).hint_text("year"));
        ui.weak("to");
        ui.add(egui::TextEdit::singleline(&mut editor.end_text).desired_width(60.0).hint_text("year"));
    });
    let model = &mut editor.draft;
    field(ui, "Summary", &mut model.summary, true);

    let mut edits = Vec::new();
    questions_ui(ui, &editor.answers, false, &mut |edit| edits.push(edit));
    for edit in edits {
        editor.apply(edit);
    }

    ui.add_space(8.0);
    ui.strong("How each answer was coded");
    let model = &mut editor.draft;
    for question in Question::ALL {
        if let Some(coding) = model.coding.get_mut(&question) {
            ui.horizontal(|ui| {
                ui.label(format!("Q{} {}", question.number(), question.title()));
                egui::ComboBox::from_id_salt(("confidence", question.key()))
                    .selected_text(coding.confidence.label())
                    .show_ui(ui, |ui| {
                        for confidence in [Confidence::Stated, Confidence::Inferred, Confidence::Unknown] {
                            ui.selectable_value(&mut coding.confidence, confidence, confidence.label());
                        }
                    });
            });
            ui.add(
                egui::TextEdit::singleline(&mut coding.rationale)
                    .hint_text("Why")
                    .desired_width(ui.available_width()),
            );
        }
    }
    ui.add_space(8.0);
    field(
        ui,
        "What it learned (one per line: \"stated: …\" or \"inferred: …\")",
        &mut editor.lessons_text,
        true,
    );
    ui.add_space(8.0);
    ui.strong("Source");
    let model = &mut editor.draft;
    field(ui, "Authors", &mut model.citation.authors, false);
    field(ui, "Year", &mut editor.year_text, false);
    let model = &mut editor.draft;
    field(ui, "Title", &mut model.citation.title, false);
    field(ui, "Journal or publisher", &mut model.citation.container, false);
    let mut doi = model.citation.doi.clone().unwrap_or_default();
    field(ui, "DOI", &mut doi, false);
    model.citation.doi = Some(doi).filter(|d| !d.trim().is_empty());
    field(ui, "Address of the text it was coded from", &mut model.source_url, false);
    field(ui, "Described in", &mut model.cited_in, false);
}

fn field(ui: &mut Ui, label: &str, value: &mut String, multiline: bool) {
    let id = ui.weak(label).id;
    let editor = if multiline {
        egui::TextEdit::multiline(value).desired_rows(3)
    } else {
        egui::TextEdit::singleline(value)
    };
    ui.add(editor.desired_width(ui.available_width())).labelled_by(id);
}
