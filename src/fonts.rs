//! The DejaVu Sans faces shipped in `assets/fonts/`: the PDF brief's text
//! face, and the window's fallback for the symbols and scripts its default
//! font lacks (arrows, check marks, and whatever a user types in a note).

/// DejaVu Sans, regular.
pub static DEJAVU_SANS: &[u8] = include_bytes!("../assets/fonts/DejaVuSans.ttf");
/// DejaVu Sans, bold.
pub static DEJAVU_SANS_BOLD: &[u8] = include_bytes!("../assets/fonts/DejaVuSans-Bold.ttf");
