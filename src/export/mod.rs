//! Writing a design brief (and a comparison) in the format its file extension names. Everything
//! is rendered in memory first, so a failure writes nothing; each file is
//! then saved atomically.

use crate::atlas::{Atlas, ColourBy};
use crate::brief::{self, Brief, BriefOptions, Figures, PdfError};
use crate::corpus::bundled_fingerprint;
use crate::design::{Design, write_set_atomically};
use crate::i18n::{Language, tr_in, with_language};
use crate::similarity::{
    PackedPosition, RankOptions, Ranked, Side, SimilarityIndex, build_graph, data_threshold,
};
use crate::ui::figures;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

mod comparison;
pub use comparison::{ComparisonFormat, export_comparison};

/// How many similar models a brief lists.
pub const BRIEF_MODELS: usize = 20;

/// The formats a brief can be exported to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BriefFormat {
    Markdown,
    Html,
    Pdf,
    /// The map picture (and the graph beside it, as `NAME-graph.png`).
    Png,
    Json,
}

impl BriefFormat {
    pub const ALL: [BriefFormat; 5] =
        [BriefFormat::Html, BriefFormat::Pdf, BriefFormat::Markdown, BriefFormat::Png, BriefFormat::Json];

    /// The format a file name asks for, by extension.
    pub fn from_path(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        BriefFormat::ALL.into_iter().find(|f| f.extensions().contains(&extension.as_str()))
    }

    pub fn extension(self) -> &'static str {
        self.extensions()[0]
    }

    fn extensions(self) -> &'static [&'static str] {
        match self {
            BriefFormat::Markdown => &["md", "markdown"],
            BriefFormat::Html => &["html", "htm"],
            BriefFormat::Pdf => &["pdf"],
            BriefFormat::Png => &["png"],
            BriefFormat::Json => &["json"],
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            BriefFormat::Markdown => "Markdown",
            BriefFormat::Html => "HTML (one self-contained file)",
            BriefFormat::Pdf => "PDF",
            BriefFormat::Png => "PNG images (map, graph and atlas)",
            BriefFormat::Json => "JSON (for other tools)",
        }
    }
}

/// Why a brief could not be exported; nothing was written.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("{}: unknown brief format; use .md, .html, .pdf, .png or .json", .0.display())]
    UnknownFormat(PathBuf),
    #[error("{}: unknown comparison format; use .html, .pdf, .md or .json", .0.display())]
    UnknownComparisonFormat(PathBuf),
    #[error("could not lay out the brief: {0}")]
    Template(#[from] minijinja::Error),
    #[error("could not make the PDF: {0}")]
    Pdf(#[from] PdfError),
    #[error("could not write {}: {source}", path.display())]
    Write { path: PathBuf, source: std::io::Error },
}

/// Everything a brief is made from; owned, so it can be exported on a worker thread.
#[derive(Clone)]
pub struct BriefRequest {
    pub design: Design,
    pub index: Arc<SimilarityIndex>,
    pub options: RankOptions,
    /// Models are joined in the brief's graph when their similarity reaches this, as on screen.
    /// `None`: chosen from the data, as the graph view does until the user sets one.
    pub graph_threshold: Option<f64>,
    /// The language the brief is written in, whatever the window speaks.
    pub language: Language,
}

impl BriefRequest {
    /// A request whose graph threshold is chosen from the data.
    pub fn new(design: Design, index: Arc<SimilarityIndex>, options: RankOptions) -> Self {
        BriefRequest { design, index, options, graph_threshold: None, language: crate::i18n::language() }
    }

    /// The models the brief lists and draws, best first.
    pub fn ranked(&self) -> Vec<Ranked> {
        let design = &self.design;
        self.index.rank(&design.answers, &design.context, &design.weights, BRIEF_MODELS, self.options)
    }

    /// The brief's content (no figures), in the brief's language.
    pub fn brief(&self) -> Brief {
        with_language(self.language, || self.brief_of(&self.ranked()))
    }

    fn brief_of(&self, ranked: &[Ranked]) -> Brief {
        let options = BriefOptions {
            rank: self.options,
            graph_threshold: self.threshold(ranked),
            date: today(),
            corpus_version: format!(
                "{} models, bundled set {}",
                self.index.len(),
                &bundled_fingerprint()[..8]
            ),
        };
        brief::build(&self.design, &self.index, ranked, &options)
    }

    /// The graph's edge threshold for these models.
    fn threshold(&self, ranked: &[Ranked]) -> f64 {
        self.graph_threshold.unwrap_or_else(|| data_threshold(&self.index, &self.design.weights, ranked))
    }

    /// The map picture and the graph of the `ranked` models, as PNG.
    fn figures(&self, ranked: &[Ranked]) -> Figures {
        let design = &self.design;
        let graph = build_graph(&self.index, &design.weights, ranked, self.threshold(ranked));
        Figures {
            map_png: figures::encode_png(&figures::map_figure(design)),
            graph_png: if ranked.is_empty() {
                Vec::new()
            } else {
                figures::encode_png(&figures::graph_figure(&graph, &self.index))
            },
            atlas_png: if self.index.is_empty() {
                Vec::new()
            } else {
                let atlas = Atlas::compute(&self.index);
                let point = atlas.layout.place(&PackedPosition::of(Side::from(design)));
                figures::encode_png(&figures::atlas_figure(&atlas, &self.index, ColourBy::Issue, Some(point)))
            },
        }
    }
}

/// Renders the brief for `path`'s format and writes it (plus figure files
/// for Markdown and PNG). Returns the files written.
pub fn export_brief(request: &BriefRequest, path: &Path) -> Result<Vec<PathBuf>, ExportError> {
    let format =
        BriefFormat::from_path(path).ok_or_else(|| ExportError::UnknownFormat(path.to_path_buf()))?;
    let files = render(request, format, path)?;
    write_set_atomically(&files).map_err(|(path, source)| ExportError::Write { path, source })?;
    Ok(files.into_iter().map(|(file, _)| file).collect())
}

/// The first file of the brief at `path` that exists and is not what this
/// export would write there (a peermap brief of the same format, or a PNG
/// figure): replacing it could destroy something else of the user's.
pub fn foreign_file_in_the_way(path: &Path) -> Option<PathBuf> {
    brief_files(path).into_iter().find(|file| file.exists() && !is_own_output(file))
}

/// Whether an existing file looks like a brief file peermap wrote.
fn is_own_output(file: &Path) -> bool {
    let Ok(bytes) = std::fs::read(file) else { return false };
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
    match file.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
        Some("png") => bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
        Some("html") => head.contains("<meta name=\"generator\" content=\"peermap"),
        Some("md") => {
            let kinds = Language::ALL.map(|language| format!("{} · ", tr_in(language, "brief-kind")));
            head.starts_with("# ") && kinds.iter().any(|kind| head.contains(kind)) && head.contains("peermap")
        }
        Some("pdf") => bytes.starts_with(b"%PDF") && bytes.windows(16).any(|w| w == b"/Creator(peermap"),
        Some("json") => serde_json::from_slice::<serde_json::Value>(&bytes)
            .is_ok_and(|v| v.get("app_version").is_some() && v.get("answers").is_some()),
        _ => false,
    }
}

/// Every file exporting a brief to `path` may write (the brief and the
/// figures beside it), so a user can be asked before any is replaced.
pub fn brief_files(path: &Path) -> Vec<PathBuf> {
    let beside = |suffix| figure_path(path, suffix);
    match BriefFormat::from_path(path) {
        Some(BriefFormat::Markdown) => {
            vec![path.to_path_buf(), beside("map"), beside("graph"), beside("atlas")]
        }
        Some(BriefFormat::Png) => vec![path.to_path_buf(), beside("graph"), beside("atlas")],
        _ => vec![path.to_path_buf()],
    }
}

/// A figure written beside the brief: "brief.md" → "brief-map.png".
fn figure_path(path: &Path, suffix: &str) -> PathBuf {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "brief".into());
    path.with_file_name(format!("{stem}-{suffix}.png"))
}

/// The files of a brief in `format`, in memory.
pub fn render(
    request: &BriefRequest,
    format: BriefFormat,
    path: &Path,
) -> Result<Vec<(PathBuf, Vec<u8>)>, ExportError> {
    with_language(request.language, || render_in_language(request, format, path))
}

fn render_in_language(
    request: &BriefRequest,
    format: BriefFormat,
    path: &Path,
) -> Result<Vec<(PathBuf, Vec<u8>)>, ExportError> {
    let ranked = request.ranked();
    let brief = request.brief_of(&ranked);
    let figures = || request.figures(&ranked);
    let beside = |suffix| figure_path(path, suffix);
    let name = |file: &Path| file.file_name().map(|n| n.to_string_lossy().into_owned());
    Ok(match format {
        BriefFormat::Json => {
            let json = serde_json::to_vec_pretty(&brief).expect("a brief always serialises to JSON");
            vec![(path.to_path_buf(), json)]
        }
        BriefFormat::Html => {
            vec![(path.to_path_buf(), brief::render_html(&brief, &figures())?.into_bytes())]
        }
        BriefFormat::Pdf => vec![(path.to_path_buf(), brief::render_pdf(&brief, &figures())?)],
        BriefFormat::Markdown => {
            let figures = figures();
            let (map_file, graph_file, atlas_file) = (beside("map"), beside("graph"), beside("atlas"));
            let has_graph = !figures.graph_png.is_empty();
            let has_atlas = !figures.atlas_png.is_empty();
            let markdown = brief::render_markdown(
                &brief,
                name(&map_file).as_deref(),
                name(&graph_file).as_deref().filter(|_| has_graph),
                name(&atlas_file).as_deref().filter(|_| has_atlas),
            )?;
            let mut files = vec![(path.to_path_buf(), markdown.into_bytes()), (map_file, figures.map_png)];
            if has_graph {
                files.push((graph_file, figures.graph_png));
            }
            if has_atlas {
                files.push((atlas_file, figures.atlas_png));
            }
            files
        }
        BriefFormat::Png => {
            let figures = figures();
            let mut files = vec![(path.to_path_buf(), figures.map_png)];
            if !figures.graph_png.is_empty() {
                files.push((beside("graph"), figures.graph_png));
            }
            if !figures.atlas_png.is_empty() {
                files.push((beside("atlas"), figures.atlas_png));
            }
            files
        }
    })
}

/// Today's date (UTC) as YYYY-MM-DD.
pub fn today() -> String {
    let days = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs() / 86_400) as i64;
    civil_date(days)
}

/// The calendar date `days` after 1970-01-01 (Howard Hinnant's civil-from-days).
fn civil_date(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_calendar_dates() {
        assert_eq!(civil_date(0), "1970-01-01");
        assert_eq!(civil_date(19_782), "2024-02-29");
        assert_eq!(civil_date(20_414), "2025-11-22");
    }

    #[test]
    fn formats_follow_the_extension() {
        assert_eq!(BriefFormat::from_path(Path::new("a/brief.HTML")), Some(BriefFormat::Html));
        assert_eq!(BriefFormat::from_path(Path::new("brief.md")), Some(BriefFormat::Markdown));
        assert_eq!(BriefFormat::from_path(Path::new("brief.docx")), None);
        assert_eq!(BriefFormat::from_path(Path::new("brief")), None);
    }
}
