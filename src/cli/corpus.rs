//! `peermap corpus …`: statistics, export and import of the corpus store in
//! the data directory, without a window.

use super::output::outln;

use super::EXIT_BAD_INPUT;
use crate::corpus::{
    DATABASE_FILE, FileImport, ImportError, RowProblem, Store, StoreError, export, import_file,
    rows_with_problems,
};
use clap::Subcommand;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

#[derive(Debug, Subcommand)]
pub enum CorpusCommand {
    /// Print how many models the corpus holds, of which kind, per issue and
    /// country, how often each question is answered, and what records lack.
    Stats {
        /// Print the coverage tables in Markdown (as in docs/corpus.md).
        #[arg(long)]
        markdown: bool,
    },
    /// Write every model to FILE (.csv or .json).
    Export {
        /// The file to write; its extension chooses the format.
        file: PathBuf,
    },
    /// Add the models in FILE (.csv or .json) as your own. The whole file is
    /// checked first: any bad row is reported (row, field, reason) and nothing
    /// is imported, exit code 2.
    Import {
        /// The file to read; its extension chooses the format.
        file: PathBuf,
        /// Import the valid rows and list the skipped ones instead of refusing the file.
        #[arg(long)]
        valid_only: bool,
    },
    /// Rebuild a damaged corpus: the file is kept aside, the models of yours
    /// that can still be read are saved to a JSON file beside it, and a new
    /// corpus is made from them and the bundled models.
    Recover,
}

pub fn run(command: CorpusCommand, data_dir: &Path) -> ExitCode {
    let database = data_dir.join(DATABASE_FILE);
    if let CorpusCommand::Recover = command {
        return recover_at(&database);
    }
    // Nothing is read before the whole file is known to be intact.
    let mut store = match Store::open(&database).and_then(|mut store| store.verify().map(|()| store)) {
        Ok(store) => store,
        Err(err) => {
            eprintln!("error: {err}");
            return ExitCode::FAILURE;
        }
    };
    match command {
        CorpusCommand::Stats { markdown } => stats(&store, markdown),
        CorpusCommand::Export { file } => export_to(&store, &file),
        CorpusCommand::Import { file, valid_only } => import_from(&mut store, &file, valid_only),
        CorpusCommand::Recover => recover_at(&database),
    }
}

fn stats(store: &Store, markdown: bool) -> ExitCode {
    match store.stats() {
        Ok(stats) => {
            if markdown {
                super::output::emit(&super::corpus_stats::markdown(&stats));
            } else {
                if let Some(path) = store.path() {
                    outln!("Corpus: {}", path.display());
                }
                super::output::emit(&super::corpus_stats::text(&stats));
            }
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

fn recover_at(database: &Path) -> ExitCode {
    if !database.exists() {
        eprintln!("error: there is no corpus database at {}; nothing to recover", database.display());
        return ExitCode::FAILURE;
    }
    match Store::open(database).and_then(|mut store| store.verify()) {
        Ok(()) => {
            outln!("The corpus database {} is intact; nothing to recover.", database.display());
            return ExitCode::SUCCESS;
        }
        // Only damage is recovered: a locked file, or one from a newer peermap, is left alone.
        Err(StoreError::Corrupt { .. }) => {}
        Err(other) => {
            eprintln!("error: {other}; nothing was changed");
            return ExitCode::FAILURE;
        }
    }
    match crate::corpus::recover(database) {
        Ok(recovery) => {
            outln!("{recovery}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

fn export_to(store: &Store, file: &Path) -> ExitCode {
    let models: Vec<_> = match store.all() {
        Ok(all) => all.into_iter().map(|stored| stored.model).collect(),
        Err(err) => {
            eprintln!("error: {err}");
            return ExitCode::FAILURE;
        }
    };
    match export(&models, file) {
        Ok(count) => {
            outln!("Exported {count} models to {}", file.display());
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("error: {err}");
            ExitCode::from(EXIT_BAD_INPUT)
        }
    }
}

fn import_from(store: &mut Store, file: &Path, valid_only: bool) -> ExitCode {
    let never = AtomicBool::new(false);
    match import_file(store, file, !valid_only, &mut |_| {}, &never) {
        Ok(FileImport::Rejected { problems, valid_rows }) => {
            report(&problems, file, "error");
            eprintln!(
                "{} problem(s) in {} row(s) of {}; nothing was imported. Fix the file, or add \
                 --valid-only to import the {valid_rows} valid row(s).",
                problems.len(),
                rows_with_problems(&problems),
                file.display(),
            );
            ExitCode::from(EXIT_BAD_INPUT)
        }
        Ok(FileImport::Imported { count, skipped }) => {
            report(&skipped, file, "skipped");
            let bad_rows = rows_with_problems(&skipped);
            if count == 0 && bad_rows > 0 {
                eprintln!("No valid rows in {}; nothing was imported.", file.display());
                return ExitCode::from(EXIT_BAD_INPUT);
            }
            let skipped = if bad_rows > 0 { format!(" (skipped {bad_rows} row(s))") } else { String::new() };
            let into = store.path().map(|p| format!(" into {}", p.display())).unwrap_or_default();
            outln!("Imported {count} models{into}{skipped}");
            ExitCode::SUCCESS
        }
        Ok(FileImport::Cancelled) => ExitCode::FAILURE,
        Err(ImportError::File(err)) => {
            eprintln!("error: {err}");
            ExitCode::from(EXIT_BAD_INPUT)
        }
        Err(ImportError::Store(err)) => {
            eprintln!("error: {err}");
            ExitCode::FAILURE
        }
    }
}

fn report(problems: &[RowProblem], file: &Path, label: &str) {
    for problem in problems {
        eprintln!("{label}: {}: {problem}", file.display());
    }
}
