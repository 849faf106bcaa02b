//! Help → Guide and Help → Keyboard shortcuts. The shortcut list comes from
//! the same commands the menus and the key handler use, so it cannot drift.

use crate::app::{AppState, Command};
use crate::guide::{Block, pages};
use egui::{Context, RichText, Ui};

pub fn help_windows_ui(ctx: &Context, state: &AppState, commands: &mut Vec<Command>) {
    if state.guide.open {
        guide_ui(ctx, state.guide.page, commands);
    }
    if state.shortcuts_open {
        shortcuts_ui(ctx, commands);
    }
}

fn guide_ui(ctx: &Context, current: usize, commands: &mut Vec<Command>) {
    let mut open = true;
    let centre = ctx.content_rect().center();
    let window = egui::Window::new("Guide").open(&mut open).default_size([720.0, 560.0]);
    window.pivot(egui::Align2::CENTER_CENTER).default_pos(centre).show(ctx, |ui| {
        egui::Panel::left("guide_pages").resizable(false).default_size(190.0).show(ui, |ui| {
            for (number, page) in pages().iter().enumerate() {
                if ui.selectable_label(number == current, &page.title).clicked() {
                    commands.push(Command::ShowGuidePage(number));
                }
            }
        });
        let Some(page) = pages().get(current) else { return };
        egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
            ui.heading(&page.title);
            for block in &page.blocks {
                block_ui(ui, block);
            }
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if current > 0 && ui.button(format!("← {}", pages()[current - 1].title)).clicked() {
                    commands.push(Command::ShowGuidePage(current - 1));
                }
                if let Some(next) = pages().get(current + 1)
                    && ui.button(format!("{} →", next.title)).clicked()
                {
                    commands.push(Command::ShowGuidePage(current + 1));
                }
            });
        });
    });
    if !open {
        commands.push(Command::ShowGuide(false));
    }
}

fn block_ui(ui: &mut Ui, block: &Block) {
    match block {
        Block::Heading(text) => {
            ui.add_space(8.0);
            ui.add(egui::Label::new(RichText::new(text).strong().size(15.0)).wrap());
        }
        Block::Paragraph(text) => {
            ui.add_space(4.0);
            ui.add(egui::Label::new(text).wrap());
        }
        Block::Bullet(text) => {
            ui.add(egui::Label::new(format!("• {text}")).wrap());
        }
        Block::Definition { term, text } => {
            ui.add(egui::Label::new(RichText::new(term).strong()).wrap());
            ui.indent(term, |ui| ui.add(egui::Label::new(RichText::new(text).weak()).wrap()));
        }
    }
}

/// Keys that act outside the command registry: in fields, prompts and the formality scale.
const OTHER_KEYS: [(&str, &str); 5] = [
    ("Ctrl+Y", "Redo (as Ctrl+Shift+Z)"),
    ("Tab / Shift+Tab", "Move between fields and buttons"),
    ("Space or Enter", "Press the focused button or tick the focused box"),
    ("← → on the formality scale", "Step the formality by a quarter"),
    ("Enter / Escape in a prompt", "Go ahead / cancel"),
];

fn shortcuts_ui(ctx: &Context, commands: &mut Vec<Command>) {
    let mut open = true;
    let centre = ctx.content_rect().center();
    let window = egui::Window::new("Keyboard shortcuts").open(&mut open).resizable(false);
    window.pivot(egui::Align2::CENTER_CENTER).default_pos(centre).show(ctx, |ui| {
        egui::Grid::new("shortcuts").num_columns(2).spacing([24.0, 6.0]).striped(true).show(ui, |ui| {
            for command in Command::with_shortcuts() {
                let Some(shortcut) = command.shortcut() else { continue };
                ui.strong(ctx.format_shortcut(&shortcut));
                ui.label(command.label());
                ui.end_row();
            }
            for (keys, what) in OTHER_KEYS {
                ui.strong(keys);
                ui.label(what);
                ui.end_row();
            }
        });
    });
    if !open {
        commands.push(Command::ShowShortcuts(false));
    }
}
