//! `peermap similar FILE [--top N] [--json]`: the models nearest a design.

use crate::corpus::{DATABASE_FILE, Model, Store};
use crate::design::{self, Design};
use crate::similarity::{SimilarityIndex, explain};
use serde::Serialize;
use std::path::Path;
use std::process::ExitCode;

#[derive(Serialize)]
struct JsonMatch<'a> {
    rank: usize,
    id: &'a str,
    name: &'a str,
    score: f64,
    titles: &'a [String],
    issue: &'a str,
    region: &'a str,
    citation: String,
    questions: Vec<JsonQuestion>,
}

#[derive(Serialize)]
struct JsonQuestion {
    question: &'static str,
    agreement: Option<f64>,
    contribution: f64,
    explanation: String,
}

/// Prints the `top` models nearest the design in `file`.
pub fn run(file: &Path, top: usize, json: bool, data_dir: &Path) -> ExitCode {
    let (design, models) = match design_and_corpus(file, data_dir) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let index = SimilarityIndex::new(models);
    let ranked = index.rank(&design.answers, &design.context, &design.weights, top, false);
    let matches: Vec<JsonMatch> = ranked
        .iter()
        .enumerate()
        .map(|(i, ranked)| {
            let model = index.model(ranked.index);
            let (exact, lines) = explain(&design.answers, &model.answers, &design.weights);
            JsonMatch {
                rank: i + 1,
                id: &model.id,
                name: &model.name,
                score: exact.score,
                titles: &model.titles,
                issue: &model.issue,
                region: &model.region,
                citation: model.citation.formatted(),
                questions: lines
                    .into_iter()
                    .map(|l| JsonQuestion {
                        question: l.question.key(),
                        agreement: l.agreement,
                        contribution: l.contribution,
                        explanation: l.summary,
                    })
                    .collect(),
            }
        })
        .collect();
    if json {
        match serde_json::to_string_pretty(&matches) {
            Ok(text) => println!("{text}"),
            Err(err) => {
                eprintln!("error: {err}");
                return ExitCode::FAILURE;
            }
        }
        return ExitCode::SUCCESS;
    }
    println!("Models most similar to {} (of {} in the corpus)", design.display_name(), index.len());
    for m in &matches {
        println!("\n{:>2}. {:.2}  {}", m.rank, m.score, m.name);
        println!("    {} · {} · {}", m.titles.join(", "), m.issue, m.region);
        for q in &m.questions {
            println!("    {}", q.explanation);
        }
        println!("    {}", m.citation);
    }
    ExitCode::SUCCESS
}

/// The design in `file` and the corpus models (the bundled corpus if the
/// store cannot be opened); on failure, the message is printed and the exit code returned.
pub(super) fn design_and_corpus(file: &Path, data_dir: &Path) -> Result<(Design, Vec<Model>), ExitCode> {
    let design = design::load(file).map_err(|err| {
        eprintln!("error: {err}");
        ExitCode::from(super::EXIT_BAD_INPUT)
    })?;
    let store = Store::open(&data_dir.join(DATABASE_FILE)).unwrap_or_else(|err| {
        eprintln!("note: {err}; using the bundled corpus");
        Store::open_bundled_in_memory()
    });
    let models = store.all().map_err(|err| {
        eprintln!("error: {err}");
        ExitCode::FAILURE
    })?;
    Ok((design, models.into_iter().map(|stored| stored.model).collect()))
}
