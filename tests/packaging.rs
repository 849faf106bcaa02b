//! Packaging files: every icon size comes from the one source image, and
//! the desktop entry launches peermap with a file.

use image::imageops::FilterType;
use std::path::Path;

fn packaging() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/packaging"))
}

#[test]
fn every_icon_size_is_the_source_image_resized() {
    let source = image::open(packaging().join("icons/peermap-1024.png")).expect("source icon").to_rgba8();
    assert_eq!(source.dimensions(), (1024, 1024));
    for size in [16u32, 24, 32, 48, 64, 128, 256, 512] {
        let path = packaging().join(format!("icons/hicolor/{size}x{size}/apps/peermap.png"));
        let icon = image::open(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display())).to_rgba8();
        let expected = image::imageops::resize(&source, size, size, FilterType::Lanczos3);
        assert!(
            icon == expected,
            "{} is not the source resized (run `cargo run --example make_icons`)",
            path.display()
        );
    }
    let window_icon = peermap::ui::window_icon();
    assert_eq!((window_icon.width, window_icon.height), (128, 128));
    // X11 carries the icon as 32-bit words in one request of at most 65,535 words
    // (with the request's own 6 words and the icon's width and height).
    let words = window_icon.rgba.len() / 4 + 2 + 6;
    assert!(words <= 65_535, "a {words}-word icon would not reach an X11 window manager");
}

#[test]
fn the_desktop_entry_opens_design_files_with_peermap() {
    let entry = std::fs::read_to_string(packaging().join("linux/peermap.desktop")).expect("desktop entry");
    for line in
        ["Type=Application", "Exec=peermap %f", "Icon=peermap", "MimeType=application/x-peermap+json;"]
    {
        assert!(entry.lines().any(|l| l == line), "missing `{line}`");
    }
    let mime = std::fs::read_to_string(packaging().join("linux/peermap.xml")).expect("mime type");
    assert!(mime.contains(r#"<glob pattern="*.peermap.json""#));
}
