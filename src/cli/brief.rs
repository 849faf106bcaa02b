//! `peermap brief FILE -o OUT.{md,html,pdf,png,json}`: the design brief, without a window.

use super::output::outln;

use super::similar::design_and_corpus;
use crate::export::{BriefFormat, BriefRequest, export_brief};
use crate::similarity::{RankOptions, SimilarityIndex};
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

/// Writes the brief for the design in `file` to `output`.
pub fn run(file: &Path, output: &Path, options: RankOptions, data_dir: &Path) -> ExitCode {
    if BriefFormat::from_path(output).is_none() {
        eprintln!("error: {}: unknown brief format; use .md, .html, .pdf, .png or .json", output.display());
        return ExitCode::from(super::EXIT_BAD_INPUT);
    }
    let (design, models) = match design_and_corpus(file, data_dir) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let request = BriefRequest::new(design, Arc::new(SimilarityIndex::new(models)), options);
    match export_brief(&request, output) {
        Ok(files) => {
            for written in files {
                outln!("wrote {}", written.display());
            }
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}
