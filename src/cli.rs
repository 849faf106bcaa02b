//! The command line: `peermap [FILE]` opens the app; subcommands work without a window.

use crate::app::StartOptions;
use crate::design;
use crate::ui::{GuiOptions, run_gui};
use clap::{Parser, Subcommand};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod atlas;
mod brief;
mod corpus;
mod corpus_stats;
mod merge;
mod output;
mod similar;
pub use corpus::CorpusCommand;

/// Exit code for bad input (a design or import file that cannot be read or is invalid).
pub const EXIT_BAD_INPUT: u8 = 2;

/// peermap: position a peer-support programme on the conceptual map of peer
/// support and compare it with documented models.
#[derive(Debug, Parser)]
#[command(name = "peermap", version, about)]
pub struct Cli {
    /// A design file (.peermap.json) to open.
    pub file: Option<PathBuf>,

    /// Open the window, let it settle, save a PNG of it to OUT.png and exit.
    #[arg(long, value_name = "OUT.png")]
    pub screenshot: Option<PathBuf>,

    /// Where settings, autosaves and window state are kept.
    #[arg(long, value_name = "DIR", env = "PEERMAP_DATA_DIR", global = true)]
    pub data_dir: Option<PathBuf>,

    /// The language to speak: en or fr (by default the one chosen in the
    /// app, else the system's).
    #[arg(long, value_name = "CODE", env = "PEERMAP_LANG", global = true)]
    pub lang: Option<crate::i18n::Language>,

    #[command(subcommand)]
    pub command: Option<CliCommand>,
}

#[derive(Debug, Subcommand)]
pub enum CliCommand {
    /// Check a design file and print a one-screen summary (exit code 2 if it cannot be read).
    Check {
        /// The design file.
        file: PathBuf,
    },
    /// Work with the corpus of programme models (kept in the data directory).
    Corpus {
        #[command(subcommand)]
        command: CorpusCommand,
    },
    /// List the corpus models most similar to a design, with the per-question breakdown.
    Similar {
        /// The design file.
        file: PathBuf,
        /// How many models to list.
        #[arg(long, default_value_t = 10)]
        top: usize,
        /// Print JSON instead of text.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        rank: RankFlags,
    },
    /// Draw the whole corpus on one picture (PNG), with a design placed on it when one is given.
    Atlas {
        /// A design file to place on the atlas.
        file: Option<PathBuf>,
        /// Where to write the PNG image.
        #[arg(short, long)]
        output: PathBuf,
        /// What the colours show: issue, region, kind, or a question (functions, formality,
        /// relations, status, affiliations, spaces).
        #[arg(long, default_value = "issue", visible_alias = "color")]
        colour: String,
    },
    /// Bring the perspectives added in other copies of a design back into one file
    /// (exit code 2, nothing written, when a file cannot be read or a name is taken
    /// and --on-conflict is not given).
    Merge {
        /// The design the others are merged into.
        base: PathBuf,
        /// Copies of it with the perspectives to bring back.
        #[arg(required = true)]
        others: Vec<PathBuf>,
        /// Where to write the merged design (never one of the inputs).
        #[arg(short, long)]
        output: PathBuf,
        /// What to do with a perspective whose name is already taken by a different one.
        #[arg(long, value_enum)]
        on_conflict: Option<merge::OnConflict>,
        /// Replace an existing file at the output.
        #[arg(long)]
        force: bool,
    },
    /// Export the design brief (exit code 2 if the design cannot be read; nothing is written then).
    Brief {
        /// The design file.
        file: PathBuf,
        /// Where to write it; the extension picks the format: .md, .html, .pdf, .png or .json.
        #[arg(short, long)]
        output: PathBuf,
        /// Replace an existing file at the output that is not a peermap brief of the same format.
        #[arg(long)]
        force: bool,
        #[command(flatten)]
        rank: RankFlags,
    },
}

/// Which models a ranking considers, as on the similar-models panel.
#[derive(Debug, Clone, Copy, clap::Args)]
pub struct RankFlags {
    /// Leave out models from the design's own issue or population.
    #[arg(long, conflicts_with = "same_issue")]
    across_silos: bool,
    /// Rank only models filed under the design's issue.
    #[arg(long)]
    same_issue: bool,
    /// Rank movements and frameworks too (by default only programmes and role families).
    #[arg(long)]
    all_kinds: bool,
}

impl RankFlags {
    fn options(self) -> crate::similarity::RankOptions {
        use crate::similarity::SiloScope;
        let silos = match (self.across_silos, self.same_issue) {
            (true, _) => SiloScope::OtherSilos,
            (false, true) => SiloScope::SameIssue,
            (false, false) => SiloScope::All,
        };
        crate::similarity::RankOptions { silos, all_kinds: self.all_kinds }
    }
}

/// Runs what the command line asked for.
pub fn run(cli: Cli) -> ExitCode {
    // The command line speaks the language asked for; the window also
    // follows the one chosen in it, else the system's.
    if let Some(language) = cli.lang {
        crate::i18n::set_language(language);
    }
    match cli.command {
        Some(CliCommand::Check { file }) => check(&file),
        Some(CliCommand::Merge { base, others, output, on_conflict, force }) => {
            merge::run(&base, &others, &output, on_conflict, force)
        }
        Some(CliCommand::Similar { file, top, json, rank }) => {
            similar::run(&file, top, json, rank.options(), &cli.data_dir.unwrap_or_else(default_data_dir))
        }
        Some(CliCommand::Brief { file, output, force, rank }) => {
            let data_dir = cli.data_dir.unwrap_or_else(default_data_dir);
            brief::run(&file, &output, brief::Replace { force }, rank.options(), &data_dir)
        }
        Some(CliCommand::Atlas { file, output, colour }) => {
            atlas::run(file.as_deref(), &output, &colour, &cli.data_dir.unwrap_or_else(default_data_dir))
        }
        Some(CliCommand::Corpus { command }) => {
            corpus::run(command, &cli.data_dir.unwrap_or_else(default_data_dir))
        }
        None => {
            let screenshot = cli.screenshot;
            let options = GuiOptions {
                start: StartOptions {
                    data_dir: cli.data_dir.unwrap_or_else(default_data_dir),
                    open: cli.file,
                    restore_session: screenshot.is_none(),
                    autosave: screenshot.is_none(),
                    language: cli.lang,
                },
                screenshot,
            };
            match run_gui(options) {
                Ok(()) => ExitCode::SUCCESS,
                Err(err) => {
                    eprintln!("{}", crate::i18n::say("cli-no-window", &[("detail", err.to_string())]));
                    ExitCode::FAILURE
                }
            }
        }
    }
}

fn check(file: &Path) -> ExitCode {
    match design::load(file) {
        Ok(design) => {
            output::emit(&design::summary(&design));
            ExitCode::SUCCESS
        }
        Err(err) => {
            output::error(&err);
            ExitCode::from(EXIT_BAD_INPUT)
        }
    }
}

/// The platform's data directory for peermap (e.g. ~/.local/share/peermap).
pub fn default_data_dir() -> PathBuf {
    directories::ProjectDirs::from("org", "peermap", "peermap")
        .map(|dirs| dirs.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from(".peermap"))
}
