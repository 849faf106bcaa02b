//! `peermap merge BASE OTHER… -o OUT`: the perspectives stakeholders added
//! in their own copies of a design, brought back into one file. A name
//! taken by a different perspective is never replaced silently: without
//! `--on-conflict`, the merge stops, names the conflicts and writes nothing.

use super::EXIT_BAD_INPUT;
use super::output::{error, outln};
use crate::design;
use crate::i18n::say;
use crate::perspectives::{ConflictChoice, merge};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// What to do with a perspective whose name is already taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OnConflict {
    /// Keep both; the incoming one gets a numbered name.
    KeepBoth,
    /// The incoming one replaces the one there.
    Replace,
    /// Keep the one there.
    Skip,
}

impl From<OnConflict> for ConflictChoice {
    fn from(choice: OnConflict) -> ConflictChoice {
        match choice {
            OnConflict::KeepBoth => ConflictChoice::KeepBoth,
            OnConflict::Replace => ConflictChoice::Replace,
            OnConflict::Skip => ConflictChoice::Skip,
        }
    }
}

/// Merges the perspectives of `others` into `base` and writes `output`
/// (never one of the inputs, and an existing file only with `force`).
pub fn run(
    base: &Path,
    others: &[PathBuf],
    output: &Path,
    on_conflict: Option<OnConflict>,
    force: bool,
) -> ExitCode {
    let inputs = std::iter::once(base).chain(others.iter().map(PathBuf::as_path));
    if let Some(input) = inputs.clone().find(|input| super::brief::same_file(input, output)) {
        eprintln!("{}", say("cli-merge-over-input", &[("path", input.display().to_string())]));
        return ExitCode::from(EXIT_BAD_INPUT);
    }
    if output.exists() && !force {
        eprintln!("{}", say("cli-merge-exists", &[("path", output.display().to_string())]));
        return ExitCode::from(EXIT_BAD_INPUT);
    }
    // Every file is read before anything is merged: one bad file merges nothing.
    let mut designs = Vec::new();
    for input in inputs {
        match design::load(input) {
            Ok(design) => designs.push(design),
            Err(err) => {
                error(&err);
                return ExitCode::from(EXIT_BAD_INPUT);
            }
        }
    }
    let mut merged = designs.remove(0);
    let mut conflicts = Vec::new();
    let mut added = 0;
    for (other, path) in designs.into_iter().zip(others) {
        let outcome = merge(&mut merged, other.perspectives, |conflict| match on_conflict {
            Some(choice) => choice.into(),
            None => {
                conflicts.push((conflict.incoming.name.clone(), path.display().to_string()));
                ConflictChoice::Skip
            }
        });
        added += outcome.added.len() + outcome.replaced.len();
    }
    if !conflicts.is_empty() {
        for (name, path) in &conflicts {
            eprintln!("{}", say("cli-merge-conflict", &[("name", name.clone()), ("path", path.clone())]));
        }
        eprintln!("{}", say("cli-merge-stopped", &[("count", conflicts.len().to_string())]));
        return ExitCode::from(EXIT_BAD_INPUT);
    }
    match design::save(&merged, output) {
        Ok(()) => {
            let args = [
                ("path", output.display().to_string()),
                ("added", added.to_string()),
                ("total", merged.perspectives.len().to_string()),
            ];
            outln!("{}", say("cli-merged", &args));
            ExitCode::SUCCESS
        }
        Err(err) => {
            error(&err);
            ExitCode::FAILURE
        }
    }
}
