//! Every character the window can show has a glyph in the window's fonts;
//! a missing one would print as an empty box.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

/// Files whose text reaches the window: UI code, the map's definitions, and the bundled data.
fn shown_sources() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in [
        "src/ui",
        "src/app",
        "src/map",
        "src/evidence",
        "assets/corpus",
        "assets/examples",
        "assets/evidence",
    ] {
        for entry in fs::read_dir(root.join(dir)).expect("folder") {
            let path = entry.expect("entry").path();
            if path.extension().is_some_and(|e| e == "rs" || e == "json") {
                files.push(path);
            }
        }
    }
    files
}

/// Non-ASCII characters outside comments, with one place each was seen.
fn shown_characters() -> BTreeMap<char, String> {
    let mut seen = BTreeMap::new();
    for path in shown_sources() {
        let text = fs::read_to_string(&path).expect("UTF-8 source");
        for (number, line) in text.lines().enumerate() {
            let code = match line.find("//") {
                Some(start) if path.extension().is_some_and(|e| e == "rs") => &line[..start],
                _ => line,
            };
            for c in code.chars().filter(|c| !c.is_ascii()) {
                seen.entry(c).or_insert_with(|| format!("{}:{}", path.display(), number + 1));
            }
        }
    }
    seen
}

#[test]
fn the_window_fonts_have_every_character_the_app_shows() {
    let ctx = egui::Context::default();
    peermap::ui::theme::add_fallback_font(&ctx);
    ctx.run_ui(egui::RawInput::default(), |_| {}).textures_delta.clear();
    let font = egui::FontId::proportional(14.0);
    let missing: Vec<String> = shown_characters()
        .into_iter()
        .filter(|(c, _)| !ctx.fonts_mut(|fonts| fonts.has_glyph(&font, *c)))
        .map(|(c, place)| format!("{c:?} (U+{:04X}) at {place}", u32::from(c)))
        .collect();
    assert!(missing.is_empty(), "no glyph in the window fonts for:\n{}", missing.join("\n"));
}
