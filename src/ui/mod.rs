//! The egui front end: a thin layer that draws `AppState` and turns user
//! input into `Command`s. One file per panel.

mod atlas_picture;
mod atlas_view;
mod brief_preview;
mod compare_view;
mod context_panel;
mod corpus_dialogs;
mod corpus_filters;
mod corpus_table;
mod corpus_view;
mod dialogs;
mod evidence_panel;
pub mod figures;
mod formality_scale;
mod graph_view;
mod help_windows;
mod kind_badge;
mod map_picture;
mod menu_bar;
mod model_detail;
mod model_editor;
mod note_edit;
mod perspectives_panel;
mod questions_panel;
pub mod raster;
mod similar_panel;
mod sources;
mod status_bar;
pub mod theme;
mod window;

pub use window::{GuiOptions, run_gui, window_icon};

use crate::app::{AppState, Command, SidePanel, View};
use crate::design::Edit;
use crate::i18n::say;
use egui::{Context, Id, RichText, Ui};
use std::path::PathBuf;
use std::time::Instant;

/// Frames painted before a large corpus starts being read.
const FRAMES_BEFORE_LOADING: u64 = 2;

/// The whole app as drawn each frame.
pub struct PeermapApp {
    pub state: AppState,
    /// The title being typed in the context panel.
    context_drafts: context_panel::ContextDrafts,
    window_title: String,
    last_focus: Option<Id>,
    close_sent: bool,
    screenshot: Option<ScreenshotJob>,
    /// The part of the graph scene in view (pan and zoom).
    graph_scene: egui::Rect,
    atlas_view: atlas_view::AtlasViewCache,
}

/// `--screenshot`: let the UI settle, save a PNG of the window, exit.
struct ScreenshotJob {
    out: PathBuf,
    frames: u32,
    requested: bool,
}

/// Frames to draw before a screenshot, so layout and fonts have settled.
const SETTLE_FRAMES: u32 = 20;

impl PeermapApp {
    pub fn new(state: AppState) -> Self {
        PeermapApp {
            state,
            context_drafts: Default::default(),
            window_title: String::new(),
            last_focus: None,
            close_sent: false,
            screenshot: None,
            graph_scene: egui::Rect::NOTHING,
            atlas_view: atlas_view::AtlasViewCache::default(),
        }
    }

    /// Saves a PNG of the window to `out` once the UI has settled, then closes.
    pub fn screenshot_to(mut self, out: PathBuf) -> Self {
        self.screenshot = Some(ScreenshotJob { out, frames: 0, requested: false });
        self
    }

    /// Draws one frame and runs the commands it produced.
    pub fn root_ui(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        theme::add_fallback_font(&ctx);
        let mut commands = Vec::new();
        self.handle_close_request(&ctx, &mut commands);
        self.state.update_similar();
        self.shortcuts(&ctx, &mut commands);
        dropped_design(&ctx, &mut commands);

        egui::Panel::top("menu_bar").show(ui, |ui| menu_bar::menu_bar_ui(ui, &self.state, &mut commands));
        egui::Panel::bottom("status_bar").show(ui, |ui| status_bar::status_bar_ui(ui, &self.state));
        match self.state.view {
            View::Design => self.design_view_ui(ui, &mut commands),
            View::Corpus => corpus_view::corpus_view_ui(ui, &self.state, &mut commands),
            View::Compare => compare_view::compare_view_ui(ui, &self.state, &mut commands),
            View::Graph => graph_view::graph_view_ui(ui, &self.state, &mut self.graph_scene, &mut commands),
            View::Atlas => atlas_view::atlas_view_ui(ui, &self.state, &mut self.atlas_view, &mut commands),
        }
        if let Some(editor) = &mut self.state.corpus.editor {
            model_editor::model_editor_ui(&ctx, editor, &mut commands);
        }
        corpus_dialogs::corpus_dialogs_ui(&ctx, &self.state, &mut commands);
        dialogs::dialogs_ui(&ctx, &mut self.state, &mut commands);
        brief_preview::brief_preview_ui(&ctx, &self.state, &mut commands);
        help_windows::help_windows_ui(&ctx, &self.state, &mut commands);
        drop_hint_ui(&ctx);

        // A released pointer or a focus change ends a drag or a typing run.
        let focus = ctx.memory(|m| m.focused());
        if ctx.input(|i| i.pointer.any_released()) || focus != self.last_focus {
            commands.push(Command::EndGesture);
        }
        self.last_focus = focus;

        if !commands.is_empty() {
            // Caches (similar models, graph) follow the change on the next frame.
            ctx.request_repaint();
        }
        for command in commands {
            self.state.execute(command);
        }
        self.state.poll_import();
        self.state.poll_corpus_damage();
        // A large corpus is listed and read once the first frames are on
        // screen, so its work on both cores does not hold up the window.
        if ctx.cumulative_frame_nr() >= FRAMES_BEFORE_LOADING {
            self.state.poll_corpus_search();
            self.state.poll_corpus_load();
        } else if self.state.is_loading_corpus() || self.state.corpus.is_searching() {
            ctx.request_repaint();
        }
        self.state.report_unreadable_record();
        self.state.poll_brief_export();
        self.state.update_brief_preview();
        if self.state.corpus.import.is_some()
            || self.state.brief_job.is_some()
            || self.state.corpus.store().is_checking()
            || self.state.is_loading_corpus()
            || self.state.corpus.is_searching()
        {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        let now = Instant::now();
        self.state.autosave(now);
        if let Some(due) = self.state.autosave_due_in(now) {
            ctx.request_repaint_after(due);
        }
        self.sync_window(&ctx);
        self.screenshot_step(&ctx);
    }

    fn design_view_ui(&mut self, ui: &mut Ui, commands: &mut Vec<Command>) {
        // In a narrow window the side panels give way, so the map picture keeps a third of it.
        let width = ui.available_width();
        let answers_max = (width * 0.3).clamp(320.0, 600.0);
        let similar_max = (width * 0.26).clamp(260.0, 520.0);
        egui::Panel::left("answers")
            .resizable(true)
            .default_size(390.0)
            .size_range(320.0..=answers_max)
            .show(ui, |ui| {
                egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
                    egui::CollapsingHeader::new("Programme").default_open(true).show(ui, |ui| {
                        context_panel::context_ui(
                            ui,
                            self.state.design(),
                            &mut self.context_drafts,
                            commands,
                        );
                    });
                    match self.state.edited_perspective() {
                        Some((index, shown)) => {
                            let name = shown.name.clone();
                            ui.label(
                                RichText::new(say("perspectives-answering", &[("name", name)])).strong(),
                            );
                            questions_panel::questions_ui(ui, &shown, true, &mut |edit| {
                                commands.push(Command::Edit(Edit::InPerspective(index, Box::new(edit))))
                            });
                        }
                        None => questions_panel::questions_ui(ui, self.state.design(), true, &mut |edit| {
                            commands.push(Command::Edit(edit))
                        }),
                    }
                });
            });
        egui::Panel::right("similar")
            .resizable(true)
            .default_size(330.0)
            .size_range(260.0..=similar_max)
            .show(ui, |ui| {
                side_panel_tabs_ui(ui, self.state.side_panel, commands);
                match self.state.side_panel {
                    SidePanel::Similar => similar_panel::similar_panel_ui(ui, &self.state, commands),
                    SidePanel::Evidence => {
                        evidence_panel::evidence_panel_ui(ui, self.state.design(), commands)
                    }
                    SidePanel::Perspectives => perspectives_panel::perspectives_panel_ui(
                        ui,
                        self.state.design(),
                        self.state.editing_perspective,
                        commands,
                    ),
                }
            });
        egui::CentralPanel::default().frame(egui::Frame::NONE).show(ui, |ui| {
            // A perspective's position is shown as the questions edit it; the
            // picture's own controls edit the shared position only.
            match self.state.edited_perspective() {
                Some((_, shown)) => map_picture::map_picture_ui(ui, &shown, None),
                None => map_picture::map_picture_ui(ui, self.state.design(), Some(commands)),
            }
        });
    }

    fn shortcuts(&self, ctx: &Context, commands: &mut Vec<Command>) {
        let modal_open = self.state.error.is_some()
            || self.state.unsaved_prompt.is_some()
            || self.state.corpus.import.is_some()
            || self.state.import_report.is_some()
            || self.state.corpus.delete_prompt.is_some()
            || self.state.path_prompt.is_some()
            || !self.state.recoveries.is_empty();
        if modal_open {
            return;
        }
        let typing = ctx.text_edit_focused();
        for command in Command::with_shortcuts() {
            // While typing, Ctrl+Z belongs to the text field.
            if typing && matches!(command, Command::Undo | Command::Redo) {
                continue;
            }
            if let Some(shortcut) = command.shortcut()
                && ctx.input_mut(|i| i.consume_shortcut(&shortcut))
            {
                commands.push(command);
            }
        }
        // Ctrl+Y redoes too, as in most editors on Linux and Windows.
        let redo_alias = egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, egui::Key::Y);
        if !typing && ctx.input_mut(|i| i.consume_shortcut(&redo_alias)) {
            commands.push(Command::Redo);
        }
    }

    fn handle_close_request(&mut self, ctx: &Context, commands: &mut Vec<Command>) {
        if !ctx.input(|i| i.viewport().close_requested()) || self.state.quit_requested {
            return;
        }
        if self.state.document.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        }
        commands.push(Command::Quit);
    }

    fn sync_window(&mut self, ctx: &Context) {
        let dirty = if self.state.document.is_dirty() { "● " } else { "" };
        let title = format!("{dirty}{} — peermap", self.state.design().display_name());
        if title != self.window_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
        if self.state.quit_requested && !self.close_sent {
            self.close_sent = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    fn screenshot_step(&mut self, ctx: &Context) {
        let Some(job) = &mut self.screenshot else { return };
        let image = ctx.input(|i| {
            i.raw.events.iter().find_map(|event| match event {
                egui::Event::Screenshot { image, .. } => Some(image.clone()),
                _ => None,
            })
        });
        if let Some(image) = image {
            let [width, height] = image.size;
            let bytes: Vec<u8> = image.pixels.iter().flat_map(|c| c.to_array()).collect();
            let result =
                image::save_buffer(&job.out, &bytes, width as u32, height as u32, image::ColorType::Rgba8);
            match result {
                Ok(()) => println!("Saved a {width}×{height} screenshot to {}", job.out.display()),
                Err(err) => eprintln!("Could not save the screenshot to {}: {err}", job.out.display()),
            }
            self.state.execute(Command::Quit);
            self.screenshot = None;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            return;
        }
        job.frames += 1;
        if job.frames >= SETTLE_FRAMES && !job.requested {
            job.requested = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::Screenshot(egui::UserData::default()));
        }
        ctx.request_repaint();
    }
}

impl eframe::App for PeermapApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.root_ui(ui);
    }
}

/// The tabs above the panel beside the design.
fn side_panel_tabs_ui(ui: &mut Ui, current: SidePanel, commands: &mut Vec<Command>) {
    // Wrapped: the three tabs are wider than a narrow panel in French.
    ui.horizontal_wrapped(|ui| {
        for panel in [SidePanel::Similar, SidePanel::Evidence, SidePanel::Perspectives] {
            let command = Command::ShowSidePanel(panel);
            if ui
                .selectable_label(current == panel, command.label())
                .on_hover_text(command.tooltip())
                .clicked()
            {
                commands.push(command);
            }
        }
    });
}

/// A design file dropped on the window opens (asking first about unsaved changes).
fn dropped_design(ctx: &Context, commands: &mut Vec<Command>) {
    let dropped = ctx.input(|i| i.raw.dropped_files.first().map(|file| file.path().to_path_buf()));
    if let Some(path) = dropped {
        commands.push(Command::Open(path));
    }
}

/// While a file is dragged over the window, say what dropping it does.
fn drop_hint_ui(ctx: &Context) {
    if ctx.input(|i| i.raw.hovered_files.is_empty()) {
        return;
    }
    let screen = ctx.content_rect();
    let painter = ctx.layer_painter(egui::LayerId::new(egui::Order::Foreground, egui::Id::new("drop_hint")));
    painter.rect_filled(screen, 0.0, egui::Color32::from_black_alpha(160));
    painter.text(
        screen.center(),
        egui::Align2::CENTER_CENTER,
        "Drop a .peermap.json design to open it",
        egui::FontId::proportional(22.0),
        egui::Color32::WHITE,
    );
}
