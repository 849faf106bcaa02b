//! `peermap corpus …`: statistics, export and import of the corpus store in
//! the data directory, without a window.

use super::output::outln;
use crate::i18n::say;
use crate::i18n::tr;

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
            super::output::error(&err);
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
                    outln!("{}", say("cli-corpus-path", &[("path", path.display().to_string())]));
                }
                super::output::emit(&super::corpus_stats::text(&stats));
            }
            ExitCode::SUCCESS
        }
        Err(err) => {
            super::output::error(&err);
            ExitCode::FAILURE
        }
    }
}

fn recover_at(database: &Path) -> ExitCode {
    if !database.exists() {
        eprintln!("{}", say("cli-recover-missing", &[("path", database.display().to_string())]));
        return ExitCode::FAILURE;
    }
    match Store::open(database).and_then(|mut store| store.verify()) {
        Ok(()) => {
            outln!("{}", say("cli-recover-intact", &[("path", database.display().to_string())]));
            return ExitCode::SUCCESS;
        }
        // Only damage is recovered: a locked file, or one from a newer peermap, is left alone.
        Err(StoreError::Corrupt { .. }) => {}
        Err(other) => {
            eprintln!("{}", say("cli-nothing-changed", &[("detail", other.to_string())]));
            return ExitCode::FAILURE;
        }
    }
    match crate::corpus::recover(database) {
        Ok(recovery) => {
            outln!("{recovery}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            super::output::error(&err);
            ExitCode::FAILURE
        }
    }
}

fn export_to(store: &Store, file: &Path) -> ExitCode {
    let models: Vec<_> = match store.all() {
        Ok(all) => all.into_iter().map(|stored| stored.model).collect(),
        Err(err) => {
            super::output::error(&err);
            return ExitCode::FAILURE;
        }
    };
    match export(&models, file) {
        Ok(count) => {
            let args = [("count", count.to_string()), ("path", file.display().to_string())];
            outln!("{}", say("cli-exported", &args));
            ExitCode::SUCCESS
        }
        Err(err) => {
            super::output::error(&err);
            ExitCode::from(EXIT_BAD_INPUT)
        }
    }
}

fn import_from(store: &mut Store, file: &Path, valid_only: bool) -> ExitCode {
    let never = AtomicBool::new(false);
    match import_file(store, file, !valid_only, &mut |_| {}, &never) {
        Ok(FileImport::Rejected { problems, valid_rows }) => {
            report(&problems, file, tr("cli-label-error"));
            let args = [
                ("problems", problems.len().to_string()),
                ("rows", rows_with_problems(&problems).to_string()),
                ("path", file.display().to_string()),
                ("valid", valid_rows.to_string()),
            ];
            eprintln!("{}", say("cli-import-rejected", &args));
            ExitCode::from(EXIT_BAD_INPUT)
        }
        Ok(FileImport::Imported { count, skipped }) => {
            report(&skipped, file, tr("cli-label-skipped"));
            let bad_rows = rows_with_problems(&skipped);
            if count == 0 && bad_rows > 0 {
                eprintln!("{}", say("cli-import-none-valid", &[("path", file.display().to_string())]));
                return ExitCode::from(EXIT_BAD_INPUT);
            }
            let into = store.path().map(|p| p.display().to_string()).unwrap_or_default();
            let mut args = vec![("count", count.to_string()), ("path", into)];
            let id = if bad_rows > 0 { "cli-imported-skipping" } else { "cli-imported" };
            args.push(("skipped", bad_rows.to_string()));
            outln!("{}", say(id, &args));
            ExitCode::SUCCESS
        }
        Ok(FileImport::Cancelled) => ExitCode::FAILURE,
        Err(ImportError::File(err)) => {
            super::output::error(&err);
            ExitCode::from(EXIT_BAD_INPUT)
        }
        Err(ImportError::Store(err)) => {
            super::output::error(&err);
            ExitCode::FAILURE
        }
    }
}

fn report(problems: &[RowProblem], file: &Path, label: &str) {
    for problem in problems {
        let args = [
            ("label", label.to_string()),
            ("path", file.display().to_string()),
            ("problem", problem.to_string()),
        ];
        eprintln!("{}", say("cli-problem", &args));
    }
}
