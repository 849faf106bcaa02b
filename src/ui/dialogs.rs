//! Modal prompts: unsaved changes, crash recovery, errors, typed paths.

use crate::app::{AppState, Command, UnsavedChoice};
use crate::i18n::{tr, tr_args};
use egui::{Context, Id, Key, Modal, RichText, Ui};
use std::path::PathBuf;

/// Shows at most one prompt, the most urgent first.
pub fn dialogs_ui(ctx: &Context, state: &mut AppState, commands: &mut Vec<Command>) {
    if let Some(message) = &state.error {
        error_ui(ctx, message, commands);
    } else if let Some(pending) = &state.unsaved_prompt {
        unsaved_ui(ctx, state.design().display_name(), pending, commands);
    } else if state.path_prompt.is_some() {
        path_prompt_ui(ctx, state, commands);
    } else if let Some(recovery) = state.recoveries.first() {
        let name = recovery.contents.design.display_name().to_string();
        let original = recovery.contents.original_path.as_ref().map(|p| p.display().to_string());
        recovery_ui(ctx, &name, original.as_deref(), commands);
    }
}

fn error_ui(ctx: &Context, message: &str, commands: &mut Vec<Command>) {
    let modal = Modal::new(Id::new("error_dialog")).show(ctx, |ui| {
        ui.set_max_width(520.0);
        ui.heading(tr("error-heading"));
        ui.label(message);
        ui.add_space(8.0);
        ui.button(tr("error-ok")).clicked() || ui.input(|i| i.key_pressed(Key::Enter))
    });
    if modal.inner || modal.should_close() {
        commands.push(Command::DismissError);
    }
}

fn unsaved_ui(ctx: &Context, name: &str, pending: &Command, commands: &mut Vec<Command>) {
    let question = match pending {
        Command::Quit => "unsaved-before-quit",
        Command::NewDesign => "unsaved-before-new",
        _ => "unsaved-before-open",
    };
    let modal = Modal::new(Id::new("unsaved_dialog")).show(ctx, |ui| {
        ui.set_max_width(440.0);
        ui.heading(tr("unsaved-heading"));
        ui.label(tr_args(question, &[("name", name.into())]));
        ui.add_space(8.0);
        answer_buttons(
            ui,
            &[
                (tr("command-save"), tr("unsaved-save"), UnsavedChoice::Save),
                (tr("unsaved-discard"), tr("unsaved-discard.tooltip"), UnsavedChoice::Discard),
                (tr("command-cancel"), tr("unsaved-cancel"), UnsavedChoice::Cancel),
            ],
        )
    });
    let choice = modal.inner.or(modal.should_close().then_some(UnsavedChoice::Cancel));
    if let Some(choice) = choice {
        commands.push(Command::ResolveUnsaved(choice));
    }
}

fn recovery_ui(ctx: &Context, name: &str, original: Option<&str>, commands: &mut Vec<Command>) {
    let modal = Modal::new(Id::new("recovery_dialog")).show(ctx, |ui| {
        ui.set_max_width(460.0);
        ui.heading(tr("recovery-heading"));
        ui.label(tr_args("recovery-heading.kept", &[("name", name.into())]));
        if let Some(path) = original {
            ui.weak(tr_args("recovery-heading.saved", &[("path", path.into())]));
        }
        ui.add_space(8.0);
        answer_buttons(
            ui,
            &[
                (tr("recovery-recover"), tr("recovery-recover.tooltip"), true),
                (tr("recovery-discard"), tr("recovery-discard.tooltip"), false),
            ],
        )
    });
    if let Some(recover) = modal.inner {
        commands.push(Command::ResolveRecovery { recover });
    }
}

fn path_prompt_ui(ctx: &Context, state: &mut AppState, commands: &mut Vec<Command>) {
    let Some(prompt) = &mut state.path_prompt else { return };
    let purpose = prompt.purpose;
    let asks_to_replace = prompt.asks_to_replace();
    let mut cancel = false;
    let modal = Modal::new(Id::new("path_dialog")).show(ctx, |ui| {
        ui.set_min_width(460.0);
        ui.set_max_width(560.0);
        ui.heading(purpose.title());
        ui.label(purpose.instructions());
        let before = prompt.text.clone();
        let response = ui.add(egui::TextEdit::singleline(&mut prompt.text).desired_width(f32::INFINITY));
        response.widget_info(|| egui::WidgetInfo {
            label: Some(tr("path-field").into()),
            ..egui::WidgetInfo::text_edit(true, "", prompt.text.as_str(), "")
        });
        if prompt.text != before {
            // A new path: the question about the old one no longer applies.
            prompt.confirm_replace.clear();
            prompt.problem = None;
        }
        // Read Enter before taking focus back, or the refocus hides that it was pressed.
        let entered = response.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        if !entered && !response.has_focus() && !asks_to_replace {
            response.request_focus();
        }
        if let Some(problem) = &prompt.problem {
            ui.colored_label(ui.visuals().error_fg_color, problem);
        }
        if asks_to_replace {
            let names: Vec<String> =
                prompt.confirm_replace.iter().map(|p| crate::app::file_name(p)).collect();
            let question = match names.as_slice() {
                [one] => tr_args("path-replace-one", &[("file", one.as_str().into())]),
                many => tr_args("path-replace-many", &[("files", many.join(", ").into())]),
            };
            ui.colored_label(ui.visuals().warn_fg_color, question);
        }
        let mut go = None;
        ui.horizontal(|ui| {
            let label = if asks_to_replace { tr("path-replace") } else { purpose.action() };
            if ui.button(RichText::new(label).strong()).clicked() || entered {
                go = Some(typed_path(prompt.text.trim()));
            }
            if ui.button(tr("command-cancel")).clicked() {
                cancel = true;
            }
        });
        go
    });
    cancel |= modal.should_close();
    if let Some(path) = modal.inner.filter(|p| !p.as_os_str().is_empty()) {
        let replace = state.path_prompt.as_ref().is_some_and(|p| p.asks_to_replace());
        commands.push(Command::SubmitPath { purpose, path, replace });
    } else if cancel {
        commands.push(Command::CancelPathPrompt);
    }
}

/// The typed path, with a leading `~/` standing for the home folder as in a shell.
fn typed_path(text: &str) -> PathBuf {
    match (text.strip_prefix("~/"), directories::UserDirs::new()) {
        (Some(rest), Some(dirs)) => dirs.home_dir().join(rest),
        _ => PathBuf::from(text),
    }
}

/// A row of answer buttons, the first (the default) in bold; returns the one clicked.
pub(super) fn answer_buttons<T: Copy>(ui: &mut Ui, answers: &[(&str, &str, T)]) -> Option<T> {
    ui.horizontal(|ui| {
        let mut chosen = None;
        for (i, (label, tooltip, answer)) in answers.iter().enumerate() {
            let text = if i == 0 { RichText::new(*label).strong() } else { RichText::new(*label) };
            if ui.button(text).on_hover_text(*tooltip).clicked() {
                chosen = Some(*answer);
            }
        }
        chosen
    })
    .inner
}
