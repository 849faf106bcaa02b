//! `peermap corpus stats` as plain text or as the Markdown coverage tables
//! of docs/corpus.md, from one set of numbers.

use crate::corpus::{CorpusStats, ModelKind};
use crate::map::Question;
use crate::taxonomy;
use std::fmt::Write;

fn issue_label(key: &str) -> &str {
    if key.is_empty() { "(none)" } else { taxonomy::issue(key).map_or(key, |t| t.label()) }
}

fn share(part: usize, whole: usize) -> String {
    if whole == 0 { "–".into() } else { format!("{:.0}%", 100.0 * part as f64 / whole as f64) }
}

/// The plain-text summary.
pub fn text(stats: &CorpusStats) -> String {
    let mut out = String::new();
    let programmes = stats.kind_count(ModelKind::Programme);
    let _ = writeln!(out, "Models: {} ({} bundled, {} your own)", stats.total, stats.bundled, stats.user);
    let _ = writeln!(out, "By kind:");
    for (kind, n) in &stats.per_kind {
        let _ = writeln!(out, "  {:<12} {n:>6}", kind.label());
    }
    let _ = writeln!(out, "Per issue:");
    let width = stats.per_issue.iter().map(|(k, _)| issue_label(k).chars().count()).max().unwrap_or(0);
    for (key, n) in &stats.per_issue {
        let _ = writeln!(out, "  {:<width$}  {n:>6}", issue_label(key));
    }
    let _ = writeln!(out, "Answered per question (all models; programmes):");
    for (i, question) in Question::ALL.iter().enumerate() {
        let label = format!("Q{} {}", question.number(), question.title());
        let (all, prog) = (stats.answered_per_question[i], stats.programmes_answered_per_question[i]);
        let _ = writeln!(
            out,
            "  {label:<16} {all:>6} of {} ({});  {prog:>4} of {programmes} programmes ({})",
            stats.total,
            share(all, stats.total),
            share(prog, programmes)
        );
    }
    let _ = writeln!(
        out,
        "Programmes answering at least 5 of 6: {} of {programmes} ({})",
        stats.programmes_with_five,
        share(stats.programmes_with_five, programmes)
    );
    let _ = writeln!(out, "Programmes per region:");
    for region in taxonomy::regions() {
        let _ = writeln!(out, "  {:<44} {:>4}", region.label(), stats.programmes_in_region(&region.key));
    }
    let countries: Vec<String> = stats.per_country.iter().map(|(c, n)| format!("{c} {n}")).collect();
    let _ = writeln!(out, "Per country ({}): {}", countries.len(), countries.join(", "));
    let _ = writeln!(
        out,
        "Records without a source address: {}; without lessons: {}; without a DOI: {}",
        stats.without_source_url, stats.without_lessons, stats.without_doi
    );
    out
}

/// The coverage tables in Markdown: programmes per region × issue, models per
/// kind, and the share answered per question.
pub fn markdown(stats: &CorpusStats) -> String {
    let mut out = String::new();
    let programmes = stats.kind_count(ModelKind::Programme);
    let regions = taxonomy::regions();
    let _ = writeln!(
        out,
        "Programmes per issue (rows) and region (columns); a programme in two regions counts in both.\n"
    );
    let header: Vec<String> = regions.iter().map(|r| r.english_label().to_string()).collect();
    let _ = writeln!(out, "| Issue | {} | All records |", header.join(" | "));
    let _ = writeln!(out, "|---|{}---:|", "---:|".repeat(regions.len()));
    let mut issue_keys: Vec<&str> = taxonomy::issues().iter().map(|t| t.key.as_str()).collect();
    if stats.per_issue.iter().any(|(k, _)| k.is_empty()) {
        issue_keys.push("");
    }
    for key in issue_keys {
        let cells: Vec<String> = regions
            .iter()
            .map(|r| {
                stats.programmes_per_region_issue.get(&(r.key.clone(), key.to_string())).copied().unwrap_or(0)
            })
            .map(|n| n.to_string())
            .collect();
        let total = stats.per_issue.iter().find(|(k, _)| k == key).map_or(0, |(_, n)| *n);
        let _ = writeln!(out, "| {} | {} | {total} |", issue_label(key), cells.join(" | "));
    }
    let totals: Vec<String> =
        regions.iter().map(|r| stats.programmes_in_region(&r.key).to_string()).collect();
    let _ = writeln!(out, "| **All issues** | {} | {} |\n", totals.join(" | "), stats.total);
    let _ = writeln!(out, "| Kind | Records |\n|---|---:|");
    for (kind, n) in &stats.per_kind {
        let _ = writeln!(out, "| {} | {n} |", kind.label());
    }
    let _ = writeln!(out, "| **All** | {} |\n", stats.total);
    let _ = writeln!(out, "| Question | Answered, all records | Answered, programmes |\n|---|---:|---:|");
    for (i, question) in Question::ALL.iter().enumerate() {
        let _ = writeln!(
            out,
            "| Q{} {} | {} | {} |",
            question.number(),
            question.title(),
            share(stats.answered_per_question[i], stats.total),
            share(stats.programmes_answered_per_question[i], programmes)
        );
    }
    let _ = writeln!(
        out,
        "\nProgrammes answering at least 5 of the 6 questions: {} of {programmes} ({}).",
        stats.programmes_with_five,
        share(stats.programmes_with_five, programmes)
    );
    out
}
