//! Comparing the design with any model: from the corpus detail, following
//! the selection and the design, the differences written on screen, and the
//! comparison exported.

mod common;

use common::{app_in, harness_sized};
use egui_kittest::kittest::Queryable;
use peermap::app::{DialogOutcome, View};
use peermap::brief::ComparisonBrief;
use std::fs;

fn worded(app: &peermap::ui::PeermapApp) -> ComparisonBrief {
    app.state.similar.compare.as_ref().and_then(|c| c.worded()).expect("a worded comparison").clone()
}

#[test]
fn a_corpus_model_is_compared_from_its_detail_and_the_view_follows_selection_and_design() {
    let data = tempfile::tempdir().expect("temp dir");
    let (state, dialogs) = app_in(data.path());
    let mut harness = harness_sized(state, [1600.0, 1200.0]);
    harness.get_by_label("Navigation").click();
    harness.run();
    harness.get_by_label("Corpus").click();
    harness.run();
    let rows = common::listed_rows(&harness.state().state);
    let (first, second) = (&rows[0], &rows[1]);
    harness.get_by_label(&first.name).click();
    harness.run();
    harness.get_by_label("Compare with your design").click();
    harness.run();
    assert_eq!(harness.state().state.view, View::Compare);
    let shown = worded(harness.state());
    assert_eq!(shown.model_id, first.id, "the model of the detail is compared");

    // The differences are written on screen, each with the model's coding rationale.
    for row in &shown.rows {
        assert!(harness.query_all_by_label(&row.in_words).next().is_some(), "{} not on screen", row.in_words);
        if !row.rationale.is_empty() {
            let why = format!("Why theirs is coded so: {}", row.rationale);
            assert!(harness.query_all_by_label(&why).next().is_some(), "{why} not on screen");
        }
    }
    let functions = &shown.rows[0];
    assert!(
        functions.in_words.contains("navigation"),
        "the sentence names the design's function: {}",
        functions.in_words
    );
    harness.get_by_label_contains(&format!("Similarity {:.2}: the two agree on about", shown.score));

    // Another model selected in the corpus becomes the compared one.
    harness.get_by_label("Corpus").click();
    harness.run();
    harness.get_by_label(&second.name).click();
    harness.run();
    assert_eq!(worded(harness.state()).model_id, second.id, "the comparison follows the selection");

    // A change to the design re-words it.
    harness.get_by_label("Design").click();
    harness.run();
    harness.get_by_label("Advocacy").click();
    harness.run();
    let after = worded(harness.state());
    assert!(after.rows[0].yours.contains("advocacy"), "{}", after.rows[0].yours);

    // Exported without a dialog: the file holds what the screen shows.
    // The view switcher's Compare comes before the similar models' Compare buttons.
    harness.query_all_by_label("Compare").next().expect("the Compare view").click();
    harness.run();
    assert_eq!(harness.state().state.view, View::Compare);
    dialogs.answer(DialogOutcome::Unavailable);
    harness.get_by_label("Export comparison…").click();
    harness.run();
    let out = data.path().join("comparison.md");
    harness.state_mut().state.path_prompt.as_mut().expect("the path prompt").text = out.display().to_string();
    harness.run();
    harness.get_by_label("Export").click();
    harness.run();
    let markdown = fs::read_to_string(&out).expect("the comparison was written");
    assert!(markdown.contains(&after.model_name.replace('(', "\\(").chars().take(12).collect::<String>()));
    for row in &after.rows {
        let first_words: String = row.in_words.chars().take(20).collect();
        assert!(markdown.contains(&first_words), "{first_words:?} missing from the export");
    }
}

#[test]
fn a_comparison_exports_to_every_format_and_refuses_an_unknown_one() {
    use peermap::export::export_comparison;
    let model = &peermap::corpus::bundled_models()[0];
    let mut design = peermap::design::Design {
        name: "Ward <navigators>".into(),
        answers: model.answers.clone(),
        ..Default::default()
    };
    design.answers.peer_run = !model.answers.peer_run;
    let worded = peermap::brief::compare(&design, model, &Default::default(), "2026-12-01");
    assert!(worded.rows.iter().any(|r| r.differs), "peer-run flipped: a difference");
    let dir = tempfile::tempdir().expect("temp dir");
    let html = dir.path().join("c.html");
    export_comparison(&worded, &html).expect("html");
    let text = fs::read_to_string(&html).expect("read");
    assert!(text.contains("Ward &lt;navigators&gt;"), "user text is escaped");
    assert!(text.contains("peer-run"), "the affiliation difference is written");
    let pdf = dir.path().join("c.pdf");
    export_comparison(&worded, &pdf).expect("pdf");
    assert!(fs::read(&pdf).expect("read").starts_with(b"%PDF"));
    let json = dir.path().join("c.json");
    export_comparison(&worded, &json).expect("json");
    let back: serde_json::Value = serde_json::from_slice(&fs::read(&json).expect("read")).expect("JSON");
    assert_eq!(back["model_id"], model.id.as_str());
    let docx = dir.path().join("c.docx");
    let err = export_comparison(&worded, &docx).expect_err("unknown format");
    assert!(err.to_string().contains("unknown comparison format"), "{err}");
    assert!(!docx.exists());
}

/// The comparison's headings and labels in each language (the source's "Source" is the same word in both).
const COMPARISON_FRENCH: [&str; 6] = [
    "Question par question",
    "Ce qu'il a appris",
    "Comparaison\u{a0}: ",
    "Le vôtre",
    "Le leur",
    "Pourquoi le leur est codé ainsi\u{a0}:",
];
const COMPARISON_ENGLISH: [&str; 8] = [
    "Question by question",
    "What it learned",
    " compared with ",
    "Comparison · ",
    "Yours",
    "Theirs",
    "Why theirs is coded so",
    "agreement ",
];

#[test]
fn a_comparison_exported_from_a_french_window_is_french_in_markdown_html_and_pdf() {
    use peermap::app::{AppState, Command, StartOptions};
    use peermap::i18n::{Language, set_language};
    let data = tempfile::tempdir().expect("temp dir");
    let mut state = AppState::start(
        StartOptions { language: Some(Language::French), ..common::start_options(data.path()) },
        Box::new(common::ScriptedDialogs::default()),
    );
    // A model with its own French, lessons and a web address; the French example with formality left open.
    let model = peermap::corpus::bundled_models()
        .iter()
        .find(|m| !m.fr.is_empty() && !m.fr.lessons.is_empty() && !m.source_url.is_empty())
        .expect("a translated model with lessons and a source")
        .clone();
    state.execute(Command::OpenExample(&peermap::app::EXAMPLES[0]));
    state.execute(Command::Edit(peermap::design::Edit::Formality(None)));
    state.execute(Command::Compare(model.id.clone()));
    let dir = data.path();
    for name in ["c.md", "c.html", "c.pdf"] {
        state.execute(Command::ExportComparison(dir.join(name)));
        assert!(dir.join(name).exists(), "{name}: {:?} {}", state.error, state.status);
    }
    set_language(Language::English);

    let markdown = fs::read_to_string(dir.join("c.md")).expect("markdown");
    let html = fs::read_to_string(dir.join("c.html")).expect("html");
    let pdf = lopdf::Document::load(dir.join("c.pdf")).expect("the PDF parses");
    let pages = pdf.get_pages().len() as u32;
    let pdf_text: String =
        (1..=pages).map(|n| pdf.extract_text(&[n]).expect("text extracts")).collect::<Vec<_>>().join(" ");
    let pdf_text = pdf_text.split_whitespace().collect::<Vec<_>>().join(" ");

    assert!(markdown.starts_with("# Comparaison\u{a0}: "), "{}", &markdown[..200]);
    assert!(markdown.contains("\n## Question par question\n"), "Markdown lacks its French heading");
    assert!(markdown.contains("\n## Ce qu'il a appris\n"), "Markdown lacks its French heading");
    assert!(html.contains("<html lang=\"fr\">"), "the page says its language");
    assert!(html.contains("<h2>Question par question</h2>") && html.contains("<h2>Ce qu'il a appris</h2>"));
    assert!(html.contains("<title>Comparaison\u{a0}: "), "the page's title is French");
    for french in COMPARISON_FRENCH {
        assert!(markdown.contains(french), "Markdown lacks {french:?}");
        assert!(html.contains(french), "HTML lacks {french:?}");
        // The PDF's text keeps its words; its no-break spaces may come out as spaces.
        let plain = french.replace('\u{a0}', " ");
        assert!(pdf_text.replace('\u{a0}', " ").contains(plain.trim()), "the PDF lacks {french:?}");
    }
    for english in COMPARISON_ENGLISH {
        assert!(!markdown.contains(english), "Markdown keeps {english:?}");
        assert!(!html.contains(&format!(">{english}")), "HTML keeps {english:?}");
        assert!(!pdf_text.contains(english), "the PDF keeps {english:?}");
    }
    // The sentences and numbers are French too: the score with a decimal comma, every agreement in French.
    assert!(markdown.contains("Ressemblance **0,") || markdown.contains("Ressemblance **1,"), "{markdown}");
    assert!(markdown.contains("les deux concordent sur environ"), "the score in words");
    assert!(pdf_text.contains("Ressemblance"), "the PDF's score line is French");
    assert!(html.contains("Codé d'après <a href="), "the source's address is introduced in French");
    for line in markdown.lines().filter(|l| l.starts_with("### ")) {
        assert!(line.contains(" · accord "), "{line}");
    }
    assert!(
        markdown.contains("accord non calculé (question écartée)")
            || markdown.contains("accord inconnu (compte pour"),
        "the open question is worded in French: {markdown}"
    );
    assert!(!markdown.contains("left out") && !markdown.contains("unknown (counts"), "no English agreement");
}
