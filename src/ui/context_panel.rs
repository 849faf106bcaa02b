//! The programme's name and context: who, what issue, where, what the peers are called.

use crate::app::Command;
use crate::design::{Design, Edit, PlanField};
use crate::i18n::{tr, tr_args};
use crate::taxonomy;
use egui::{Ui, WidgetInfo};

/// What is being typed in the context panel's add-one-more fields.
#[derive(Debug, Default)]
pub struct ContextDrafts {
    pub title: String,
    pub country: String,
    /// Why the typed country was not added.
    pub country_problem: Option<String>,
}

/// Name and context fields, each labelled above its box.
pub fn context_ui(ui: &mut Ui, design: &Design, drafts: &mut ContextDrafts, commands: &mut Vec<Command>) {
    let context = &design.context;
    ui.spacing_mut().item_spacing.y = 3.0;
    {
        text_row(ui, tr("context-name"), &design.name, tr("context-name.hint"), 1, Edit::Name, commands);
        text_row(
            ui,
            tr("context-population"),
            &context.population,
            tr("context-population.hint"),
            1,
            Edit::Population,
            commands,
        );
        issue_ui(ui, &context.issue, commands);
        text_row(
            ui,
            tr("context-issue-detail"),
            &context.issue_detail,
            tr("context-issue-detail.hint"),
            1,
            Edit::IssueDetail,
            commands,
        );
        ui.label(tr("context-countries")).on_hover_text(tr("context-countries.tooltip"));
        let names: Vec<String> = context
            .countries
            .iter()
            .map(|code| taxonomy::country(code).map_or(code.clone(), |c| c.name().to_string()))
            .collect();
        let added = chips_ui(ui, &names, &mut drafts.country, tr("context-countries.add"), 180.0);
        if let Some(index) = added.removed {
            let mut remaining = context.countries.clone();
            remaining.remove(index);
            commands.push(Command::Edit(Edit::Countries(remaining)));
        }
        if let Some(typed) = added.entered {
            match taxonomy::parse_countries(&typed) {
                Ok(codes) => {
                    let mut all = context.countries.clone();
                    all.extend(codes.into_iter().filter(|c| !context.countries.contains(c)));
                    commands.push(Command::Edit(Edit::Countries(all)));
                    drafts.country.clear();
                    drafts.country_problem = None;
                }
                Err(problem) => drafts.country_problem = Some(problem),
            }
        }
        if let Some(problem) = &drafts.country_problem {
            ui.colored_label(ui.visuals().error_fg_color, problem);
        }
        ui.add_space(6.0);
        text_row(
            ui,
            tr("context-place"),
            &context.region,
            tr("context-place.hint"),
            1,
            Edit::Region,
            commands,
        );
        ui.label(tr("context-titles")).on_hover_text(tr("context-titles.tooltip"));
        let added = chips_ui(ui, &context.titles, &mut drafts.title, tr("context-titles.add"), 180.0);
        if let Some(index) = added.removed {
            let mut remaining = context.titles.clone();
            remaining.remove(index);
            commands.push(Command::Edit(Edit::Titles(remaining)));
        }
        if let Some(title) = added.entered
            && !context.titles.contains(&title)
        {
            let mut all = context.titles.clone();
            all.push(title);
            commands.push(Command::Edit(Edit::Titles(all)));
        }
        if added.entered_any {
            drafts.title.clear();
        }
        ui.add_space(6.0);
        text_row(
            ui,
            tr("context-description"),
            &context.description,
            tr("context-description.hint"),
            3,
            Edit::Description,
            commands,
        );
        funders_ui(ui, context, commands);
    }
}

/// Aims, expected outcomes, budget and timeline: what a funder reads first in the brief.
fn funders_ui(ui: &mut Ui, context: &crate::design::Context, commands: &mut Vec<Command>) {
    let filled = PlanField::ALL.iter().filter(|f| !f.value(context).trim().is_empty()).count();
    let heading = tr_args("context-funders", &[("filled", filled.into())]);
    egui::CollapsingHeader::new(heading).id_salt("funders").default_open(filled > 0).show(ui, |ui| {
        ui.weak(tr("context-funders.note"));
        for field in PlanField::ALL {
            text_row(
                ui,
                field.label(),
                field.value(context),
                field.hint(),
                2,
                |text| Edit::Plan(field, text),
                commands,
            );
        }
    });
}

fn text_row(
    ui: &mut Ui,
    label: &str,
    value: &str,
    hint: &str,
    rows: usize,
    make_edit: impl Fn(String) -> Edit,
    commands: &mut Vec<Command>,
) {
    let label_id = ui.label(label).id;
    let mut text = value.to_string();
    let limit = make_edit(String::new()).text_limit().unwrap_or(usize::MAX);
    let editor = if rows > 1 {
        egui::TextEdit::multiline(&mut text).desired_rows(rows)
    } else {
        egui::TextEdit::singleline(&mut text)
    }
    .char_limit(limit);
    // Clear of the panel's scroll bar, so long text never runs under it.
    let width = ui.available_width() - ui.spacing().scroll.bar_width - ui.spacing().scroll.bar_outer_margin;
    let response = ui.add(editor.hint_text(hint).desired_width(width)).labelled_by(label_id);
    response.widget_info(|| WidgetInfo {
        label: Some(label.to_string()),
        ..WidgetInfo::text_edit(true, value, &text, hint)
    });
    if response.changed() {
        commands.push(Command::Edit(make_edit(text)));
    }
    limit_reached(ui, value, limit);
    ui.add_space(6.0);
}

/// What a chips editor was asked to do this frame.
struct ChipsOutcome {
    /// The index of the chip whose × was clicked.
    removed: Option<usize>,
    /// The trimmed text entered with Enter or Add, when not empty.
    entered: Option<String>,
    /// Enter or Add was used (even on empty text).
    entered_any: bool,
}

/// A row of removable chips and a field to add one more, confirmed with
/// Enter (focus stays, so several can be typed in a row) or the Add button.
fn chips_ui(ui: &mut Ui, chips: &[String], draft: &mut String, label: &str, width: f32) -> ChipsOutcome {
    let mut outcome = ChipsOutcome { removed: None, entered: None, entered_any: false };
    let hint = tr_args("chip-add.hint", &[("label", label.into())]);
    ui.vertical(|ui| {
        if !chips.is_empty() {
            ui.horizontal_wrapped(|ui| {
                for (index, chip) in chips.iter().enumerate() {
                    if ui
                        .button(format!("{chip}  ×"))
                        .on_hover_text(tr_args("chip-add.remove", &[("chip", chip.as_str().into())]))
                        .clicked()
                    {
                        outcome.removed = Some(index);
                    }
                }
            });
        }
        ui.horizontal(|ui| {
            // A stable id: the chip row above appears with the first chip and must not move the focus.
            let editor =
                egui::TextEdit::singleline(draft).id_salt(label).hint_text(&hint).desired_width(width);
            let response = ui.add(editor);
            response.widget_info(|| WidgetInfo {
                label: Some(label.to_string()),
                ..WidgetInfo::text_edit(true, "", draft.as_str(), &hint)
            });
            let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if entered {
                response.request_focus();
            }
            if ui.button(tr("chip-add")).on_hover_text(label.to_string()).clicked() || entered {
                outcome.entered_any = true;
                let text = draft.trim();
                if !text.is_empty() {
                    outcome.entered = Some(text.to_string());
                }
            }
        });
    });
    outcome
}

/// The issue, chosen from the taxonomy the corpus is filed under.
fn issue_ui(ui: &mut Ui, key: &str, commands: &mut Vec<Command>) {
    let label_id = ui.label(tr("context-issue")).id;
    let selected = taxonomy::issue(key).map_or(tr("context-issue.none"), |t| t.label());
    let response = egui::ComboBox::from_id_salt("context-issue")
        .selected_text(selected)
        .width(ui.available_width() - 8.0)
        .show_ui(ui, |ui| {
            if ui.selectable_label(key.is_empty(), tr("context-issue.none")).clicked() && !key.is_empty() {
                commands.push(Command::Edit(Edit::Issue(String::new())));
            }
            for term in taxonomy::issues() {
                let chosen = ui.selectable_label(term.key == key, term.label()).on_hover_text(term.covers());
                if chosen.clicked() && term.key != key {
                    commands.push(Command::Edit(Edit::Issue(term.key.clone())));
                }
            }
        })
        .response
        .labelled_by(label_id);
    response.on_hover_text(tr("context-issue.tooltip"));
    ui.add_space(6.0);
}

/// Says so when a field is full, rather than letting typing stop without a word.
pub(super) fn limit_reached(ui: &mut Ui, value: &str, limit: usize) {
    if value.len() >= limit && value.chars().count() >= limit {
        ui.weak(tr_args("context-limit", &[("limit", limit.into())]));
    }
}
