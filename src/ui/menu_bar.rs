//! The menu bar: File, Edit, View, Help. Every item sends a `Command`.

use crate::app::{AppState, Command, EXAMPLES, PathPurpose, View};
use crate::i18n::{Language, say, tr};
use egui::{ThemePreference, Ui};

pub fn menu_bar_ui(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(tr("menu-file"), |ui| {
            item(ui, Command::NewDesign, true, commands);
            item(ui, Command::OpenDialog, true, commands);
            item(ui, Command::ShowPathPrompt(PathPurpose::Open), true, commands);
            ui.menu_button(tr("menu-open-recent"), |ui| {
                if state.settings.recent.is_empty() {
                    ui.weak(tr("menu-no-recent"));
                }
                for path in &state.settings.recent {
                    let name = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
                    if ui.button(name).on_hover_text(path.display().to_string()).clicked() {
                        commands.push(Command::Open(path.clone()));
                        ui.close();
                    }
                }
                ui.separator();
                item(ui, Command::ClearRecent, !state.settings.recent.is_empty(), commands);
            });
            ui.separator();
            item(ui, Command::Save, true, commands);
            item(ui, Command::SaveAsDialog, true, commands);
            item(ui, Command::ShowPathPrompt(PathPurpose::SaveAs), true, commands);
            ui.separator();
            item(ui, Command::ShowBriefPreview(true), true, commands);
            item(ui, Command::ExportBriefDialog, state.brief_job.is_none(), commands);
            ui.separator();
            ui.menu_button(tr("menu-corpus"), |ui| {
                let writable = !state.corpus.store().is_read_only();
                item(ui, Command::ImportCorpusDialog, writable && state.corpus.import.is_none(), commands);
                item(ui, Command::ExportCorpusDialog, true, commands);
                item(ui, Command::SaveDesignAsModel, writable, commands);
                ui.separator();
                item(ui, Command::RecoverCorpus, state.corpus.damaged, commands);
            });
            ui.separator();
            item(ui, Command::Quit, true, commands);
        });
        ui.menu_button(tr("menu-edit"), |ui| {
            named_item(ui, Command::Undo, state.document.undo_label(), commands);
            named_item(ui, Command::Redo, state.document.redo_label(), commands);
        });
        ui.menu_button(tr("menu-view"), |ui| {
            let mut preference = ui.ctx().options(|o| o.theme_preference);
            let before = preference;
            ui.radio_value(&mut preference, ThemePreference::System, tr("menu-theme-system"));
            ui.radio_value(&mut preference, ThemePreference::Light, tr("menu-theme-light"));
            ui.radio_value(&mut preference, ThemePreference::Dark, tr("menu-theme-dark"));
            if preference != before {
                ui.ctx().set_theme(preference);
            }
            ui.separator();
            ui.menu_button(tr("menu-language"), |ui| {
                for language in Language::ALL {
                    let chosen = language == crate::i18n::language();
                    let response =
                        ui.radio(chosen, language.name()).on_hover_text(tr("menu-language.tooltip"));
                    if response.clicked() && !chosen {
                        commands.push(Command::SetLanguage(language));
                        ui.close();
                    }
                }
            });
        });
        ui.menu_button(tr("menu-help"), |ui| {
            item(ui, Command::ShowGuide(true), true, commands);
            item(ui, Command::ShowShortcuts(true), true, commands);
            ui.separator();
            ui.menu_button(tr("menu-examples"), |ui| {
                for example in &EXAMPLES {
                    item(ui, Command::OpenExample(example), true, commands);
                }
            });
            ui.separator();
            ui.weak(format!("peermap {}", env!("CARGO_PKG_VERSION")));
            ui.weak(tr("menu-map-source"));
        });
        ui.separator();
        let views: &[View] = if state.similar.compare.is_some() {
            &[View::Design, View::Graph, View::Atlas, View::Corpus, View::Compare]
        } else {
            &[View::Design, View::Graph, View::Atlas, View::Corpus]
        };
        for &view in views {
            let command = Command::ShowView(view);
            let keys = command.shortcut().map(|s| ui.ctx().format_shortcut(&s)).unwrap_or_default();
            if ui
                .selectable_label(state.view == view, command.label())
                .on_hover_text(format!("{} ({keys})", command.tooltip()))
                .clicked()
            {
                commands.push(command);
            }
        }
    });
}

/// A menu entry for a command, with its shortcut and tooltip.
fn item(ui: &mut Ui, command: Command, enabled: bool, commands: &mut Vec<Command>) {
    let label = command.label().to_string();
    labelled_item(ui, command, label, enabled, commands);
}

/// Undo or Redo, saying what it would change ("Undo formality"); disabled when there is nothing.
fn named_item(ui: &mut Ui, command: Command, what: Option<&str>, commands: &mut Vec<Command>) {
    let label = match (what, &command) {
        (Some(what), Command::Redo) => say("edit-redo-named", &[("what", what.to_string())]),
        (Some(what), _) => say("edit-undo-named", &[("what", what.to_string())]),
        (None, _) => command.label().to_string(),
    };
    labelled_item(ui, command, label, what.is_some(), commands);
}

fn labelled_item(ui: &mut Ui, command: Command, label: String, enabled: bool, commands: &mut Vec<Command>) {
    let mut button = egui::Button::new(label);
    if let Some(shortcut) = command.shortcut() {
        button = button.shortcut_text(ui.ctx().format_shortcut(&shortcut));
    }
    let response = ui.add_enabled(enabled, button).on_hover_text(command.tooltip());
    if response.clicked() {
        commands.push(command);
        ui.close();
    }
}
