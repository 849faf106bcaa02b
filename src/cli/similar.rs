//! `peermap similar FILE [--top N] [--json]`: the models nearest a design.

use super::output::outln;

use crate::corpus::{DATABASE_FILE, Model, Store};
use crate::design::{self, Design};
use crate::similarity::{RankOptions, SimilarityIndex, explain, issue_line};
use serde::Serialize;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

#[derive(Serialize)]
struct JsonMatch<'a> {
    rank: usize,
    id: &'a str,
    name: &'a str,
    kind: &'static str,
    score: f64,
    /// How many of the six questions the model's record answers.
    known_questions: usize,
    confidence: JsonConfidence,
    /// How many questions the design answers: the score is ranked on these.
    ranked_on: usize,
    titles: &'a [String],
    issue: &'a str,
    countries: &'a [String],
    region: &'a str,
    citation: String,
    source_url: &'a str,
    questions: Vec<JsonQuestion>,
}

#[derive(Serialize)]
struct JsonConfidence {
    stated: usize,
    inferred: usize,
}

#[derive(Serialize)]
struct JsonQuestion {
    question: &'static str,
    agreement: Option<f64>,
    /// What the question counted with: the agreement, or the corpus
    /// expectation when the model's answer is unknown; null when left out.
    counted: Option<f64>,
    contribution: f64,
    explanation: String,
}

/// Prints the `top` models nearest the design in `file`.
pub fn run(file: &Path, top: usize, json: bool, options: RankOptions, data_dir: &Path) -> ExitCode {
    let (design, models) = match design_and_corpus(file, data_dir) {
        Ok(loaded) => loaded,
        Err(code) => return code,
    };
    let index = SimilarityIndex::new(models);
    let ranked = index.rank(&design.answers, &design.context, &design.weights, top, options);
    // The index holds every record in memory, so each ranked model is at hand.
    let shown: Vec<Arc<Model>> = ranked.iter().filter_map(|r| index.model(r.index)).collect();
    let matches: Vec<JsonMatch> = shown
        .iter()
        .enumerate()
        .map(|(i, model)| {
            let (exact, lines) = explain(&design, &**model, &design.weights, index.priors());
            let issue =
                issue_line(&exact, &design.context.issue, &model.issue).map(|explanation| JsonQuestion {
                    question: "issue",
                    agreement: exact.issue.agreement,
                    counted: exact.issue.counted,
                    contribution: exact.issue.contribution,
                    explanation,
                });
            let (stated, inferred) = model.confidence_mix();
            JsonMatch {
                rank: i + 1,
                id: &model.id,
                name: model.shown_name(),
                kind: model.kind.key(),
                score: exact.score,
                known_questions: model.known_questions(),
                confidence: JsonConfidence { stated, inferred },
                ranked_on: exact.ranked_on,
                titles: &model.titles,
                issue: &model.issue,
                countries: &model.countries,
                region: &model.region,
                citation: model.citation.formatted(),
                source_url: &model.source_url,
                questions: lines
                    .into_iter()
                    .map(|l| JsonQuestion {
                        question: l.question.key(),
                        agreement: l.agreement,
                        counted: l.counted,
                        contribution: l.contribution,
                        explanation: l.summary,
                    })
                    .chain(issue)
                    .collect(),
            }
        })
        .collect();
    if json {
        match serde_json::to_string_pretty(&matches) {
            Ok(text) => outln!("{text}"),
            Err(err) => {
                super::output::error(&err);
                return ExitCode::FAILURE;
            }
        }
        return ExitCode::SUCCESS;
    }
    let heading = crate::i18n::say(
        "cli-similar-heading",
        &[
            ("name", design.display_name().to_string()),
            ("total", index.len().to_string()),
            ("kinds", options.kinds_text().to_string()),
            ("answered", design.answers.answered_count().to_string()),
        ],
    );
    outln!("{heading}");
    for (m, model) in matches.iter().zip(&shown) {
        outln!("\n{:>2}. {}  {}  [{}]", m.rank, crate::i18n::decimal(m.score, 2), m.name, model.kind.label());
        outln!("    {} · {} · {}", m.titles.join(", "), model.issue_text(), m.region);
        outln!("    {}", model.coding_summary());
        for q in &m.questions {
            outln!("    {}", q.explanation);
        }
        outln!("    {}", m.citation);
    }
    ExitCode::SUCCESS
}

/// The design in `file` and the corpus models (the bundled corpus if the
/// store cannot be opened); on failure, the message is printed and the exit code returned.
pub(super) fn design_and_corpus(file: &Path, data_dir: &Path) -> Result<(Design, Vec<Model>), ExitCode> {
    let design = design::load(file).map_err(|err| {
        super::output::error(&err);
        ExitCode::from(super::EXIT_BAD_INPUT)
    })?;
    Ok((design, corpus(data_dir)?))
}

/// The corpus in the data directory (the bundled one if it cannot be opened).
pub(super) fn corpus(data_dir: &Path) -> Result<Vec<Model>, ExitCode> {
    // Nothing is read before the whole file is known to be intact.
    let store = Store::open(&data_dir.join(DATABASE_FILE))
        .and_then(|mut store| store.verify().map(|()| store))
        .unwrap_or_else(|err| {
            eprintln!("{}", crate::i18n::say("cli-note-bundled", &[("detail", err.to_string())]));
            Store::open_bundled_in_memory()
        });
    let models = store.all().map_err(|err| {
        super::output::error(&err);
        ExitCode::FAILURE
    })?;
    Ok(models.into_iter().map(|stored| stored.model).collect())
}
