//! How good the similar models are, measured on real programmes that are
//! not in the corpus (tests/data/evaluation/, see its README): for each
//! design, how many of its top 5 neighbours are in the family written down
//! for it; how often each record appears in anyone's top 5 (a "hub" that
//! comes up for most designs is a sign of a ranking that favours
//! completeness over closeness); and a leave-one-out check on the corpus.
//! The same report is made with the previous formula (an unknown answer
//! counted as no agreement), for comparison. Prints; times nothing.
//!
//! `cargo bench --bench neighbours` (add `-- --verbose` for every design's top 5)

#[path = "../tests/evaluation/mod.rs"]
mod evaluation;

use evaluation::{Report, TOP, app_ranking, cases, evaluate, leave_one_out};
use peermap::corpus::bundled_models;
use peermap::design::Design;
use peermap::map::Question;
use peermap::similarity::{Ranked, SimilarityIndex, Weights, agreement};

/// The formula before unknowns were counted at the corpus expectation:
/// every question by its weight share, an unknown answer on either side as 0.
fn previous_ranking(index: &SimilarityIndex, design: &Design) -> Vec<Ranked> {
    let weights = &design.weights;
    let total: f64 = Question::ALL.iter().map(|q| weights.get(*q)).sum();
    let mut all: Vec<Ranked> = (0..index.len())
        .map(|i| {
            let model = &index.model(i).expect("a record in memory").answers;
            let score = Question::ALL
                .iter()
                .map(|q| weights.get(*q) / total * agreement(&design.answers, model, *q).unwrap_or(0.0))
                .sum();
            Ranked { index: i, score }
        })
        .collect();
    all.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.index.cmp(&b.index)));
    all.truncate(TOP);
    all
}

fn print(title: &str, index: &SimilarityIndex, report: &Report, verbose: bool) {
    let designs = report.cases.len();
    println!("\n== {title} ==");
    println!(
        "top-{TOP} neighbours in the expected family: {:.1}% ({} of {})",
        100.0 * report.share_in_family(),
        report.cases.iter().map(|c| c.in_family()).sum::<usize>(),
        report.cases.iter().map(|c| c.top.len()).sum::<usize>()
    );
    let with_three = report.cases.iter().filter(|c| c.in_family() >= 3).count();
    println!("designs with at least 3 related in their top {TOP}: {with_three} of {designs}");
    let none = report.cases.iter().filter(|c| c.in_family() == 0).count();
    println!("designs with none related: {none}");
    let hubs = report.hubs();
    let limit = designs / 4;
    let over: Vec<String> =
        hubs.iter().filter(|(_, n)| *n > limit).map(|(id, n)| format!("{id} ({n})")).collect();
    println!(
        "records in more than 25% ({limit}) of the designs' top {TOP}: {}",
        if over.is_empty() { "none".into() } else { over.join(", ") }
    );
    let most: Vec<String> = hubs.iter().take(5).map(|(id, n)| format!("{id} {n}")).collect();
    println!("most frequent: {}", most.join(", "));
    println!("distinct records in any top {TOP}: {}", hubs.len());
    for case in &report.cases {
        println!("  {}/{TOP}  {}", case.in_family(), case.name);
        if verbose {
            for (r, related) in &case.top {
                let model = index.model(r.index).expect("a record in memory");
                let mark = if *related { "+" } else { "-" };
                println!(
                    "        {mark} {:.2} {} [{}; {}]",
                    r.score,
                    model.name,
                    model.kind.label(),
                    model.issue
                );
            }
        }
    }
}

fn main() {
    let verbose = std::env::args().any(|a| a == "--verbose");
    let index = SimilarityIndex::new(bundled_models().to_vec());
    let cases = cases();
    println!("{} evaluation designs, {} corpus records", cases.len(), index.len());
    let now = evaluate(&index, &cases, app_ranking);
    print(
        "current ranking (unknowns at the corpus expectation, shared issue weight 2, programmes and role families)",
        &index,
        &now,
        verbose,
    );
    let map_only = evaluate(&index, &cases, |index, design| {
        let mut design = design.clone();
        design.weights.set_issue(0.0);
        app_ranking(index, &design)
    });
    print("the six questions alone (issue weight 0)", &index, &map_only, verbose);
    let before = evaluate(&index, &cases, previous_ranking);
    print("previous formula on the same corpus (unknown = 0; all kinds)", &index, &before, verbose);
    for (label, weights) in
        [("current weights", Weights::default()), ("six questions alone", Weights::map_only())]
    {
        let (related, judged) = leave_one_out(&index, &weights);
        println!(
            "\nleave-one-out over the corpus's programmes ({label}): {:.1}% of top-{TOP} neighbours share the issue or a title family ({related} of {judged})",
            100.0 * related as f64 / judged.max(1) as f64
        );
    }
}
