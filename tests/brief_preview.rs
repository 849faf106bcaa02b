//! The brief preview shows what the exported brief holds: the same sections,
//! the description and the funders' lines, every reference.

mod common;

use common::{app_in, example_path, harness_sized};
use egui_kittest::kittest::Queryable;
use peermap::app::Command;
use peermap::export::{BriefFormat, BriefRequest, render};
use std::path::Path;

#[test]
fn the_preview_and_the_exported_brief_hold_the_same_sections_and_text() {
    let data = tempfile::tempdir().expect("temp dir");
    let (mut state, _) = app_in(data.path());
    state.execute(Command::Open(example_path("hospital-navigation.peermap.json")));
    let request = BriefRequest {
        graph_threshold: state.similar.graph_threshold,
        ..BriefRequest::new(state.design().clone(), state.similar.shared_index(), state.similar.options)
    };
    let files = render(&request, BriefFormat::Markdown, Path::new("brief.md")).expect("renders");
    let markdown = String::from_utf8(files[0].1.clone()).expect("UTF-8");
    let brief = request.brief();
    let mut harness = harness_sized(state, [1400.0, 900.0]);
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Brief preview").click();
    harness.run();

    let headings: Vec<&str> = markdown.lines().filter_map(|l| l.strip_prefix("## ")).collect();
    assert!(headings.len() >= 6, "{headings:?}");
    for heading in headings {
        assert!(
            harness.query_all_by_label(heading).next().is_some(),
            "the preview lacks the section {heading:?}"
        );
    }
    let context = &brief.context;
    assert!(!context.description.is_empty() && context.plan.len() == 4, "the example fills them in");
    harness.get_by_label(&context.description);
    for line in &context.plan {
        assert!(markdown.contains(&line.label), "{} in the export", line.label);
        harness.get_by_label(&format!("{}: {}", line.label, line.text));
    }
    for reference in &brief.references {
        harness.get_by_label_contains(&format!("{}. {}", reference.number, reference.text));
    }
    for model in &brief.similar {
        harness.get_by_label_contains(&format!("{}. {} ({})", model.rank, model.name, model.kind));
    }
}

#[test]
fn a_brief_is_previewed_and_exported_in_french_from_an_english_window() {
    let data = tempfile::tempdir().expect("temp dir");
    let (mut state, _) = app_in(data.path());
    state.execute(Command::Open(example_path("hospital-navigation.peermap.json")));
    let mut harness = harness_sized(state, [1400.0, 900.0]);
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Brief preview").click();
    harness.run();
    harness.get_by_label("Language of the brief").click();
    harness.run();
    harness.get_by_label("Français").click();
    harness.run();

    harness.get_by_label("Modèles semblables");
    harness.get_by_label("Références");
    for english in ["The landscape", "Always worth planning for", "References"] {
        assert!(harness.query_by_label(english).is_none(), "the preview is in French: {english}");
    }
    harness.get_by_label("File"); // the window itself still speaks English

    let out = data.path().join("brief.md");
    harness.state_mut().state.execute(Command::ExportBrief(out.clone()));
    harness.state_mut().state.wait_for_brief_export();
    let markdown = std::fs::read_to_string(&out).expect("exported");
    assert!(markdown.contains("\n## Modèles semblables\n"), "the exported brief is in French");
    assert!(!markdown.contains("\n## Similar models\n"));
}
