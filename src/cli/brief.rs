//! `peermap brief FILE -o OUT.{md,html,pdf,png,json}`: the design brief, without a window.

use super::output::outln;
use crate::i18n::say;

use super::similar::design_and_corpus;
use crate::export::{BriefFormat, BriefRequest, brief_files, export_brief, foreign_file_in_the_way};
use crate::similarity::{RankOptions, SimilarityIndex};
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

/// Which existing files a brief may replace.
#[derive(Debug, Clone, Copy)]
pub struct Replace {
    /// Also files that are not a peermap brief of the same format (never the design itself).
    pub force: bool,
}

/// Writes the brief for the design in `file` to `output`.
pub fn run(file: &Path, output: &Path, replace: Replace, options: RankOptions, data_dir: &Path) -> ExitCode {
    if BriefFormat::from_path(output).is_none() {
        eprintln!("{}", say("cli-brief-format", &[("path", output.display().to_string())]));
        return ExitCode::from(super::EXIT_BAD_INPUT);
    }
    if let Some(target) = brief_files(output).into_iter().find(|target| same_file(target, file)) {
        eprintln!("{}", say("cli-brief-over-design", &[("path", target.display().to_string())]));
        return ExitCode::from(super::EXIT_BAD_INPUT);
    }
    if !replace.force
        && let Some(target) = foreign_file_in_the_way(output)
    {
        eprintln!("{}", say("cli-brief-foreign", &[("path", target.display().to_string())]));
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
                outln!("{}", say("cli-wrote", &[("path", written.display().to_string())]));
            }
            ExitCode::SUCCESS
        }
        Err(err) => {
            super::output::error(&err);
            ExitCode::FAILURE
        }
    }
}

/// Whether two paths name one file (through links, `..` or another spelling).
pub(super) fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}
