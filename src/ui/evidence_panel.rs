//! Beside the design: the considerations its answers make relevant, each
//! with its sources and the team's note on how they address it.

use super::note_edit::note_edit;
use super::sources;
use crate::app::Command;
use crate::design::{Design, Edit};
use crate::evidence::{Consideration, always_included, triggered};
use crate::i18n::{colon, tr, tr_args};
use egui::Ui;

pub fn evidence_panel_ui(ui: &mut Ui, design: &Design, commands: &mut Vec<Command>) {
    let applying: Vec<&Consideration> = triggered(&design.answers).collect();
    let addressed = applying.iter().filter(|c| design.addressed.contains_key(&c.id)).count();
    ui.weak(tr_args(
        "evidence-count",
        &[("applying", applying.len().into()), ("addressed", addressed.into())],
    ));
    ui.separator();
    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        ui.set_max_width(ui.available_width());
        if applying.is_empty() {
            ui.weak(tr("evidence-answer-first"));
        }
        for consideration in applying {
            consideration_ui(ui, consideration, design, commands);
        }
        ui.add_space(8.0);
        ui.strong(tr("brief-always"));
        for consideration in always_included() {
            consideration_ui(ui, consideration, design, commands);
        }
    });
}

fn consideration_ui(
    ui: &mut Ui,
    consideration: &Consideration,
    design: &Design,
    commands: &mut Vec<Command>,
) {
    let note = design.addressed.get(&consideration.id);
    let heading = match note {
        Some(_) => format!("✓ {}", consideration.title()),
        None => consideration.title().into_owned(),
    };
    egui::CollapsingHeader::new(heading).id_salt(&consideration.id).show(ui, |ui| {
        ui.label(consideration.text());
        let because = consideration.trigger.describe();
        if !because.is_empty() {
            ui.weak(tr_args("evidence-applies", &[("because", because.into())]));
        }
        sources_ui(ui, consideration);
        let mut is_addressed = note.is_some();
        if ui
            .checkbox(&mut is_addressed, tr("evidence-addressed"))
            .on_hover_text(tr("evidence-addressed.tooltip"))
            .changed()
        {
            commands.push(Command::Edit(Edit::Addressed(consideration.id.clone(), is_addressed)));
        }
        if let Some(note) = note {
            let label = tr_args("evidence-how", &[("title", consideration.title().into())]);
            if let Some(text) = note_edit(ui, &label, tr("evidence-how.hint"), note) {
                commands.push(Command::Edit(Edit::AddressedNote(consideration.id.clone(), text)));
            }
        }
    });
}

/// Each source as a row that opens (anywhere on its text, not only the
/// triangle) to its full entries and DOI links; long labels wrap.
fn sources_ui(ui: &mut Ui, consideration: &Consideration) {
    use egui::collapsing_header::CollapsingState;
    for source in &consideration.sources {
        let id = ui.make_persistent_id((&consideration.id, source.label()));
        let label = format!("{} {}", colon(tr("brief-source")), source.label());
        let (_, header, _) = CollapsingState::load_with_default_open(ui.ctx(), id, false)
            .show_header(ui, |ui| {
                ui.add(egui::Label::new(label).wrap().sense(egui::Sense::click()))
                    .on_hover_cursor(egui::CursorIcon::PointingHand)
            })
            .body(|ui| {
                for citation in source.citations() {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(citation.without_doi());
                        sources::doi_link_ui(ui, citation, false);
                    });
                }
            });
        if header.inner.clicked()
            && let Some(mut state) = CollapsingState::load(ui.ctx(), id)
        {
            state.toggle(ui);
            state.store(ui.ctx());
        }
    }
}
