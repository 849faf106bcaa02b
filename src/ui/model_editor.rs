//! The window for adding or editing one of the user's own models.

use super::questions_panel::questions_ui;
use crate::app::{Command, ModelEditor};
use crate::corpus::{Confidence, ModelKind};
use crate::i18n::tr;
use crate::map::Question;
use crate::taxonomy;
use egui::{Context, Ui};

pub fn model_editor_ui(ctx: &Context, editor: &mut ModelEditor, commands: &mut Vec<Command>) {
    let title = if editor.is_new { tr("editor-new") } else { tr("editor-edit") };
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
                if ui.button(egui::RichText::new(tr("command-save-model-draft")).strong()).clicked() {
                    commands.push(Command::SaveModelDraft);
                }
                if ui.button(tr("command-cancel")).clicked() {
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
        ui.weak(tr("editor-id"));
        ui.add_enabled(editor.is_new, egui::TextEdit::singleline(&mut model.id));
    });
    field(ui, tr("model-name"), &mut model.name, false);
    ui.horizontal(|ui| {
        ui.weak(tr("model-kind"));
        egui::ComboBox::from_id_salt("model-kind").selected_text(model.kind.label()).show_ui(ui, |ui| {
            for kind in ModelKind::ALL {
                ui.selectable_value(&mut model.kind, kind, kind.label()).on_hover_text(kind.meaning());
            }
        });
        ui.weak(tr("detail-issue"));
        let issue = taxonomy::issue(&model.issue).map_or(tr("context-issue.none"), |t| t.label());
        egui::ComboBox::from_id_salt("model-issue").selected_text(issue).show_ui(ui, |ui| {
            ui.selectable_value(&mut model.issue, String::new(), tr("context-issue.none"));
            for term in taxonomy::issues() {
                ui.selectable_value(&mut model.issue, term.key.clone(), term.label())
                    .on_hover_text(term.covers());
            }
        });
    });
    field(ui, tr("editor-titles"), &mut editor.titles_text, false);
    let model = &mut editor.draft;
    field(ui, tr("detail-population"), &mut model.population, false);
    field(ui, tr("context-issue-detail"), &mut model.issue_detail, false);
    field(ui, tr("editor-countries"), &mut editor.countries_text, false);
    let model = &mut editor.draft;
    field(ui, tr("detail-place"), &mut model.region, false);
    ui.horizontal(|ui| {
        ui.weak(tr("editor-ran-from"));
        ui.add(
            egui::TextEdit::singleline(&mut editor.start_text)
                .desired_width(60.0)
                .hint_text(tr("editor-year.hint")),
        );
        ui.weak(tr("editor-ran-to"));
        ui.add(
            egui::TextEdit::singleline(&mut editor.end_text)
                .desired_width(60.0)
                .hint_text(tr("editor-year.hint")),
        );
    });
    let model = &mut editor.draft;
    field(ui, tr("editor-summary"), &mut model.summary, true);

    let mut edits = Vec::new();
    questions_ui(ui, &editor.answers, false, &mut |edit| edits.push(edit));
    for edit in edits {
        editor.apply(edit);
    }

    ui.add_space(8.0);
    ui.strong(tr("editor-coding"));
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
                    .hint_text(tr("brief-why"))
                    .desired_width(ui.available_width()),
            );
        }
    }
    ui.add_space(8.0);
    field(ui, tr("editor-lessons"), &mut editor.lessons_text, true);
    ui.add_space(8.0);
    ui.strong(tr("detail-source"));
    let model = &mut editor.draft;
    field(ui, tr("editor-authors"), &mut model.citation.authors, false);
    field(ui, tr("editor-year"), &mut editor.year_text, false);
    let model = &mut editor.draft;
    field(ui, tr("editor-title"), &mut model.citation.title, false);
    field(ui, tr("editor-container"), &mut model.citation.container, false);
    let mut doi = model.citation.doi.clone().unwrap_or_default();
    field(ui, "DOI", &mut doi, false);
    model.citation.doi = Some(doi).filter(|d| !d.trim().is_empty());
    field(ui, tr("editor-source-url"), &mut model.source_url, false);
    field(ui, tr("editor-cited-in"), &mut model.cited_in, false);
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
