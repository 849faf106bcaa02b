//! Writing a comparison (the design beside one model) in the format its file
//! ending names: rendered in memory first, then saved atomically.

use super::ExportError;
use crate::brief::{self, ComparisonBrief};
use crate::design::write_atomically;
use crate::i18n::with_language;
use std::io::Write;
use std::path::Path;

/// The formats a comparison can be written to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ComparisonFormat {
    Html,
    Pdf,
    Markdown,
    Json,
}

impl ComparisonFormat {
    /// The format a file name asks for, by its ending.
    pub fn from_path(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        Some(match extension.as_str() {
            "html" | "htm" => ComparisonFormat::Html,
            "pdf" => ComparisonFormat::Pdf,
            "md" | "markdown" => ComparisonFormat::Markdown,
            "json" => ComparisonFormat::Json,
            _ => return None,
        })
    }

    /// Whether `path`'s ending names a comparison format.
    pub fn fits(path: &Path) -> bool {
        ComparisonFormat::from_path(path).is_some()
    }
}

/// Writes `comparison` to `path`, laid out in the language it was worded in
/// (the window's); on any failure nothing is written.
pub fn export_comparison(comparison: &ComparisonBrief, path: &Path) -> Result<(), ExportError> {
    let format = ComparisonFormat::from_path(path)
        .ok_or_else(|| ExportError::UnknownComparisonFormat(path.to_path_buf()))?;
    let bytes = with_language(comparison.language, || render(comparison, format))?;
    write_atomically(path, |out| out.write_all(&bytes))
        .map_err(|source| ExportError::Write { path: path.to_path_buf(), source })
}

/// The comparison's bytes in `format`, in this thread's language.
fn render(comparison: &ComparisonBrief, format: ComparisonFormat) -> Result<Vec<u8>, ExportError> {
    Ok(match format {
        ComparisonFormat::Html => brief::render_comparison_html(comparison)?.into_bytes(),
        ComparisonFormat::Markdown => brief::render_comparison_markdown(comparison)?.into_bytes(),
        ComparisonFormat::Pdf => brief::render_comparison_pdf(comparison)?,
        ComparisonFormat::Json => {
            serde_json::to_vec_pretty(comparison).expect("a comparison always serialises to JSON")
        }
    })
}
