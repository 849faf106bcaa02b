//! Opening the native window.

use super::PeermapApp;
use crate::app::{AppState, NativeDialogs, StartOptions};
use crate::i18n;
use std::path::PathBuf;

/// What `peermap` was asked to show.
#[derive(Debug, Clone)]
pub struct GuiOptions {
    pub start: StartOptions,
    /// Save a PNG of the settled window here and exit.
    pub screenshot: Option<PathBuf>,
}

/// The app icon, decoded from the PNG shipped in `packaging/`. 128 px: a
/// 256-px icon is larger than one X11 property request may carry, and the
/// window then shows no icon at all.
pub fn window_icon() -> egui::IconData {
    let png = include_bytes!("../../packaging/icons/hicolor/128x128/apps/peermap.png");
    let image =
        image::load_from_memory(png).expect("the bundled icon is a valid PNG (checked by tests)").to_rgba8();
    egui::IconData { width: image.width(), height: image.height(), rgba: image.into_raw() }
}

/// Opens the main window and runs until it closes.
pub fn run_gui(options: GuiOptions) -> eframe::Result {
    let screenshot = options.screenshot.clone();
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("peermap")
        .with_app_id("peermap")
        .with_icon(window_icon())
        .with_min_inner_size([900.0, 600.0]);
    if screenshot.is_some() {
        viewport = viewport.with_inner_size([1280.0, 800.0]);
    } else {
        viewport = viewport.with_inner_size([1320.0, 860.0]);
    }
    let native = eframe::NativeOptions {
        viewport,
        persist_window: screenshot.is_none(),
        persistence_path: Some(options.start.data_dir.join("window.ron")),
        ..Default::default()
    };
    // The corpus is opened and checked while the window and its renderer
    // are created, on the other core: neither waits for the other.
    let starting = std::thread::spawn(move || {
        let state = AppState::start(options.start, Box::new(NativeDialogs));
        (state, i18n::language())
    });
    eframe::run_native(
        "peermap",
        native,
        Box::new(move |creation| {
            // Fonts in place before the first frame: added later, they
            // would be loaded twice.
            super::theme::add_fallback_font(&creation.egui_ctx);
            let (state, language) = starting.join().map_err(|_| "peermap could not start its state")?;
            i18n::set_language(language);
            let app = PeermapApp::new(state);
            Ok(Box::new(match screenshot {
                Some(out) => app.screenshot_to(out),
                None => app,
            }))
        }),
    )
}
