//! `peermap corpus stats` as plain text or as the Markdown coverage tables
//! of docs/corpus.md, from one set of numbers.

use crate::corpus::{CorpusStats, ModelKind};
use crate::i18n::say;
use crate::i18n::tr;
use crate::map::Question;
use crate::taxonomy;
use std::fmt::Write;

fn issue_label(key: &str) -> &str {
    if key.is_empty() { tr("stats-no-issue") } else { taxonomy::issue(key).map_or(key, |t| t.label()) }
}

/// A whole percentage ("12%", « 12 % »); "–" of nothing.
fn share(part: usize, whole: usize) -> String {
    if whole == 0 {
        "–".into()
    } else {
        say("stats-percent", &[("value", format!("{:.0}", 100.0 * part as f64 / whole as f64))])
    }
}

/// The plain-text summary, in the language spoken.
pub fn text(stats: &CorpusStats) -> String {
    let mut out = String::new();
    let programmes = stats.kind_count(ModelKind::Programme);
    let count = |n: usize| n.to_string();
    let models =
        [("total", count(stats.total)), ("bundled", count(stats.bundled)), ("user", count(stats.user))];
    let _ = writeln!(out, "{}", say("stats-models", &models));
    let _ = writeln!(out, "{}", tr("stats-by-kind"));
    for (kind, n) in &stats.per_kind {
        let _ = writeln!(out, "  {:<12} {n:>6}", kind.label());
    }
    let _ = writeln!(out, "{}", tr("stats-per-issue"));
    let width = stats.per_issue.iter().map(|(k, _)| issue_label(k).chars().count()).max().unwrap_or(0);
    for (key, n) in &stats.per_issue {
        let _ = writeln!(out, "  {:<width$}  {n:>6}", issue_label(key));
    }
    let _ = writeln!(out, "{}", tr("stats-answered"));
    for (i, question) in Question::ALL.iter().enumerate() {
        let label = format!("Q{} {}", question.number(), question.title());
        let (all, prog) = (stats.answered_per_question[i], stats.programmes_answered_per_question[i]);
        let line = say(
            "stats-answered-line",
            &[
                ("all", format!("{all:>6}")),
                ("total", count(stats.total)),
                ("share", share(all, stats.total)),
                ("programmes", format!("{prog:>4}")),
                ("all_programmes", count(programmes)),
                ("programme_share", share(prog, programmes)),
            ],
        );
        let _ = writeln!(out, "  {label:<16} {line}");
    }
    let five = [
        ("count", count(stats.programmes_with_five)),
        ("programmes", count(programmes)),
        ("share", share(stats.programmes_with_five, programmes)),
    ];
    let _ = writeln!(out, "{}", say("stats-five", &five));
    let _ = writeln!(out, "{}", tr("stats-per-region"));
    for region in taxonomy::regions() {
        let _ = writeln!(out, "  {:<44} {:>4}", region.label(), stats.programmes_in_region(&region.key));
    }
    let countries: Vec<String> = stats.per_country.iter().map(|(c, n)| format!("{c} {n}")).collect();
    let per_country = [("count", count(countries.len())), ("list", countries.join(", "))];
    let _ = writeln!(out, "{}", say("stats-per-country", &per_country));
    let gaps = [
        ("source", count(stats.without_source_url)),
        ("lessons", count(stats.without_lessons)),
        ("doi", count(stats.without_doi)),
    ];
    let _ = writeln!(out, "{}", say("stats-gaps", &gaps));
    out
}

/// The coverage tables in Markdown: programmes per region × issue, models per
/// kind, and the share answered per question.
pub fn markdown(stats: &CorpusStats) -> String {
    // The tables are written into docs/corpus.md: English whatever the language spoken.
    crate::i18n::with_language(crate::i18n::Language::English, || markdown_tables(stats))
}

fn markdown_tables(stats: &CorpusStats) -> String {
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
