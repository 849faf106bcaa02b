//! The design brief: every section, every similar model's citation, every
//! applicable consideration's source, escaping, and each format readable.

mod common;

use peermap::corpus::bundled_models;
use peermap::design::{self, Design};
use peermap::evidence::{always_included, triggered};
use peermap::export::{BriefFormat, BriefRequest, render};
use peermap::similarity::SimilarityIndex;
use std::path::Path;
use std::sync::Arc;

fn request(design: Design) -> BriefRequest {
    BriefRequest::new(design, Arc::new(SimilarityIndex::new(bundled_models().to_vec())), Default::default())
}

fn hospital() -> Design {
    design::load(&common::example_path("hospital-navigation.peermap.json")).expect("example loads")
}

fn rendered(request: &BriefRequest, format: BriefFormat, name: &str) -> Vec<(std::path::PathBuf, Vec<u8>)> {
    render(request, format, Path::new(name)).expect("renders")
}

fn text_of(request: &BriefRequest, format: BriefFormat, name: &str) -> String {
    String::from_utf8(rendered(request, format, name).swap_remove(0).1).expect("utf-8")
}

#[test]
fn the_html_brief_has_every_section_model_citation_and_consideration_source() {
    let mut design = hospital();
    design
        .addressed
        .insert("affiliation-clinical-power".into(), "Navigators sit on the oncology team".into());
    let request = request(design.clone());
    let brief = request.brief();
    let html = text_of(&request, BriefFormat::Html, "brief.html");
    for section in [
        "Context",
        "Position on the map",
        "Similar models",
        "What programmes like this are called",
        "Considerations",
        "Always worth planning for",
        "References",
    ] {
        assert!(html.contains(&format!(">{section}</h")), "missing section {section}");
    }
    assert_eq!(brief.similar.len(), 20);
    for model in &brief.similar {
        let corpus_model = bundled_models().iter().find(|m| m.id == model.id).expect("from the corpus");
        let cited = &brief.references[model.citation - 1];
        // The same work cited from elsewhere (same DOI) is one entry, worded as first cited.
        match &corpus_model.citation.doi {
            Some(doi) => assert_eq!(cited.doi.as_ref(), Some(doi), "{} cites the wrong entry", model.id),
            None => assert_eq!(
                cited.text,
                corpus_model.citation.without_doi(),
                "{} cites the wrong entry",
                model.id
            ),
        }
        assert!(html.contains(&escape(&cited.text)), "{}'s citation is missing", model.id);
    }
    let expected: Vec<&str> =
        triggered(&design.answers).chain(always_included()).map(|c| c.id.as_str()).collect();
    let listed: Vec<&str> = brief.considerations.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(listed, expected);
    for consideration in &brief.considerations {
        assert!(html.contains(&escape(&consideration.source_label)), "{} has no source", consideration.id);
        for n in &consideration.refs {
            assert!(html.contains(&format!("id=\"ref-{n}\"")), "reference {n} has no entry");
        }
    }
    assert!(html.contains("Navigators sit on the oncology team"), "the team's addressed note is missing");
    assert!(html.contains("data:image/png;base64,"), "figures are not embedded");
    assert!(html.contains("@media print"), "no print stylesheet");
}

/// What minijinja's HTML escaping makes of plain text.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#x27;")
        .replace('/', "&#x2f;")
}

#[test]
fn user_text_is_escaped_in_html_and_markdown() {
    let mut design = hospital();
    design.name = "<script>alert(1)</script>".into();
    design.context.region = "<img src=x onerror=alert(2)>".into();
    let request = request(design);
    let html = text_of(&request, BriefFormat::Html, "brief.html");
    assert!(!html.contains("<script>alert(1)"), "script tag got through");
    assert!(!html.contains("<img src=x"), "img tag got through");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;&#x2f;script&gt;"));
    let markdown = text_of(&request, BriefFormat::Markdown, "brief.md");
    assert!(markdown.starts_with("# &lt;script&gt;alert(1)&lt;/script&gt;\n"), "{}", &markdown[..80]);
    assert!(!markdown.contains("<img src=x"));
}

#[test]
fn the_markdown_brief_links_its_figures_and_lists_references() {
    let request = request(hospital());
    let files = rendered(&request, BriefFormat::Markdown, "out/plan.md");
    let names: Vec<String> = files.iter().map(|(p, _)| p.display().to_string()).collect();
    assert_eq!(names, ["out/plan.md", "out/plan-map.png", "out/plan-graph.png", "out/plan-atlas.png"]);
    let markdown = String::from_utf8(files[0].1.clone()).expect("utf-8");
    assert!(markdown.contains("](plan-map.png)") && markdown.contains("](plan-graph.png)"));
    assert!(markdown.contains("## The landscape\n\n![") && markdown.contains("](plan-atlas.png)"));
    let brief = request.brief();
    assert!(markdown.contains(&format!("\n{}. ", brief.references.len())), "the last reference is missing");
    let first = &brief.similar[0];
    let heading = format!("### 1. {} ({}) — {:.2}", first.name, first.kind, first.score);
    assert!(markdown.contains(&heading), "scores print as numbers, not escaped: {heading}");
    assert!(markdown.contains(&first.known) && markdown.contains(&brief.ranking));
    assert!(first.lessons.iter().all(|l| markdown.contains(&format!("- {l}"))), "every lesson is listed");
    // The threshold is the one the data chooses, as in the graph view, and the caption says which.
    let ranked = request.ranked();
    let chosen = peermap::similarity::data_threshold(&request.index, &request.design.weights, &ranked);
    assert!(
        markdown.contains(&brief.graph_caption)
            && brief.graph_caption.contains(&format!("reaches {chosen:.2}")),
        "{}",
        brief.graph_caption
    );
}

#[test]
fn png_figures_decode_at_the_expected_size() {
    let files = rendered(&request(hospital()), BriefFormat::Png, "plan.png");
    assert_eq!(files.len(), 3, "map, graph and atlas");
    let map = image::load_from_memory(&files[0].1).expect("map PNG decodes");
    assert_eq!((map.width(), map.height()), (1280, 1280));
    let graph = image::load_from_memory(&files[1].1).expect("graph PNG decodes");
    assert_eq!((graph.width(), graph.height()), (1800, 1280));
    let atlas = image::load_from_memory(&files[2].1).expect("atlas PNG decodes");
    assert_eq!((atlas.width(), atlas.height()), (2000, 1400));
    // The picture is drawn, not blank: many distinct colours.
    let colours: std::collections::BTreeSet<[u8; 4]> =
        map.to_rgba8().pixels().map(|p| p.0).step_by(7).collect();
    assert!(colours.len() > 50, "only {} colours in the map figure", colours.len());
}

#[test]
fn the_json_brief_has_everything_for_other_tools() {
    let request = request(hospital());
    let json: serde_json::Value =
        serde_json::from_str(&text_of(&request, BriefFormat::Json, "b.json")).expect("JSON");
    for key in [
        "title",
        "date",
        "app_version",
        "corpus_version",
        "context",
        "answers",
        "similar",
        "crosswalk",
        "considerations",
        "references",
    ] {
        assert!(json.get(key).is_some(), "missing {key}");
    }
    assert_eq!(json["answers"].as_array().map(Vec::len), Some(6));
}

#[test]
fn an_unexplored_design_says_so_in_the_brief() {
    let index = Arc::new(SimilarityIndex::new(common::far_corpus()));
    let request = BriefRequest::new(common::unexplored_design(), index, Default::default());
    let brief = request.brief();
    assert!(brief.similar[0].score < peermap::similarity::NEAR_ENOUGH, "the design must be far from all");
    assert!(brief.unexplored.is_some());
    assert!(text_of(&request, BriefFormat::Html, "b.html").contains("Unexplored position"));

    let mut unfinished = Design::default();
    unfinished.answers.spaces.insert(peermap::map::Space::Institutional);
    assert!(request_brief_unexplored(unfinished).is_none(), "one answer is unfinished, not unexplored");
}

fn request_brief_unexplored(design: Design) -> Option<peermap::brief::Unexplored> {
    request(design).brief().unexplored
}

/// The text lopdf extracts from page `n` of a PDF.
fn pdf_page_text(pdf: &lopdf::Document, n: u32) -> String {
    pdf.extract_text(&[n]).expect("text extracts")
}

#[test]
fn the_pdf_brief_opens_with_its_title_and_every_section() {
    let mut design = hospital();
    design.name = "<script>alert(1)</script> Café Ærø".into();
    let request = request(design);
    let bytes = rendered(&request, BriefFormat::Pdf, "brief.pdf").swap_remove(0).1;
    assert!(bytes.starts_with(b"%PDF-"), "not a PDF");
    let pdf = lopdf::Document::load_mem(&bytes).expect("the PDF parses");
    let pages = pdf.get_pages().len() as u32;
    assert!(pages >= 5, "only {pages} pages for 20 models and the considerations");
    let first = pdf_page_text(&pdf, 1);
    assert!(first.contains("<script>alert(1)</script> Café Ærø"), "title missing from page 1:\n{first}");
    let all: String = (1..=pages).map(|n| pdf_page_text(&pdf, n)).collect();
    let squashed = |text: &str| text.split_whitespace().collect::<Vec<_>>().join(" ");
    let all = squashed(&all);
    for section in
        ["Context", "Position on the map", "Similar models", "The landscape", "Considerations", "References"]
    {
        assert!(all.contains(section), "section {section} missing");
    }
    let brief = request.brief();
    for model in &brief.similar {
        assert!(all.contains(&squashed(&model.name)), "{} missing", model.name);
    }
}

/// Lower-case letters and digits only, so spellings of one title compare equal.
fn normalised(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

#[test]
fn every_examples_reference_list_has_each_work_once_with_a_full_citation() {
    for example in &peermap::app::EXAMPLES {
        let design =
            design::from_json(example.json().as_bytes(), Path::new(example.file_name())).expect("loads");
        for scope in [peermap::similarity::SiloScope::All, peermap::similarity::SiloScope::SameIssue] {
            let options = peermap::similarity::RankOptions { silos: scope, all_kinds: true };
            let request = BriefRequest { options, ..request(design.clone()) };
            let brief = request.brief();
            let mut dois = std::collections::BTreeSet::new();
            let mut works = std::collections::BTreeSet::new();
            for reference in &brief.references {
                let text = &reference.text;
                assert!(!text.contains("not available") && !text.contains("Abstract only"), "{text}");
                // "Authors (year). Title. …": authors, a year (or "n.d." for an undated page) and a title.
                let (head, title) = text.split_once("). ").unwrap_or_else(|| panic!("no year: {text}"));
                let (authors, year) = head.rsplit_once(" (").unwrap_or_else(|| panic!("no authors: {text}"));
                assert!(!authors.trim().is_empty(), "{text}");
                assert!(
                    year == "n.d." || (year.len() == 4 && year.parse::<u16>().is_ok()),
                    "year {year:?}: {text}"
                );
                let title = title.split(". ").next().unwrap_or("");
                assert!(normalised(title).len() >= 3, "no title: {text}");
                if let Some(doi) = &reference.doi {
                    assert!(dois.insert(doi.to_lowercase()), "{} cites DOI {doi} twice", example.title());
                }
                let first_author = normalised(authors.split([' ', ',']).next().unwrap_or(""));
                let work = (first_author, year.to_string(), normalised(title));
                assert!(works.insert(work.clone()), "{} lists {work:?} twice", example.title());
            }
        }
    }
}

fn brief_schema() -> jsonschema::Validator {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/assets/brief.schema.json"))
        .expect("the published schema");
    jsonschema::validator_for(&serde_json::from_str(&text).expect("schema is JSON")).expect("a valid schema")
}

fn assert_valid_brief(validator: &jsonschema::Validator, json: &serde_json::Value, what: &str) {
    let errors: Vec<String> =
        validator.iter_errors(json).map(|e| format!("{}: {e}", e.instance_path())).collect();
    assert!(errors.is_empty(), "{what}: {errors:#?}");
}

#[test]
fn every_json_brief_validates_against_the_published_schema() {
    let validator = brief_schema();
    let mut designs: Vec<(String, Design)> = ["chw-outreach", "hospital-navigation", "peer-run-drop-in"]
        .into_iter()
        .map(|name| {
            let path = common::example_path(&format!("{name}.peermap.json"));
            (name.to_string(), design::load(&path).expect("example loads"))
        })
        .collect();
    designs.push(("empty".into(), Design::default()));
    let mut addressed = designs[1].1.clone();
    for consideration in always_included() {
        addressed.addressed.insert(consideration.id.clone(), "We do.".into());
    }
    designs.push(("addressed".into(), addressed));
    for (name, design) in designs {
        let json =
            serde_json::from_str(&text_of(&request(design), BriefFormat::Json, "b.json")).expect("JSON");
        assert_valid_brief(&validator, &json, &name);
    }
    let index = Arc::new(SimilarityIndex::new(common::far_corpus()));
    let unexplored = BriefRequest::new(common::unexplored_design(), index, Default::default());
    let json: serde_json::Value =
        serde_json::from_str(&text_of(&unexplored, BriefFormat::Json, "b.json")).expect("JSON");
    assert!(json["unexplored"].is_object(), "the unexplored case is covered");
    assert_valid_brief(&validator, &json, "unexplored");
}

#[test]
fn the_brief_schema_refuses_what_a_brief_never_holds() {
    let validator = brief_schema();
    let good: serde_json::Value =
        serde_json::from_str(&text_of(&request(hospital()), BriefFormat::Json, "b.json")).expect("JSON");
    assert!(validator.is_valid(&good));
    let mut extra = good.clone();
    extra["surprise"] = serde_json::json!(1);
    let mut missing = good.clone();
    missing.as_object_mut().expect("object").remove("references");
    let mut bad_score = good.clone();
    bad_score["similar"][0]["score"] = serde_json::json!(1.5);
    let mut bad_answer = good;
    bad_answer["answers"][0]["number"] = serde_json::json!(7);
    for (what, json) in [("extra", extra), ("missing", missing), ("score", bad_score), ("number", bad_answer)]
    {
        assert!(!validator.is_valid(&json), "the schema accepted a brief with a bad {what}");
    }
}

/// Markup that would run or link if it got through: a different one per field.
fn payload(field: &str) -> String {
    let field = marker(field);
    format!("<i data-f=\"{field}\">x</i> [link](javascript:alert('{field}')) *{field}*")
}

/// The field's name as the payload carries it (without `_`, which Markdown escapes).
fn marker(field: &str) -> String {
    field.replace('_', "-")
}

/// A design and a corpus model whose every text carries a payload; the
/// model sits at the design's position, so it is the first similar model.
fn hostile_request() -> (BriefRequest, Vec<String>) {
    use peermap::design::PlanField;
    use peermap::map::Question;
    let original = bundled_models().iter().find(|m| m.answers.answered_count() == 6).expect("coded");
    let mut model = original.clone();
    model.id = "hostile-model".into();
    model.name = payload("model.name");
    model.titles = vec![payload("model.titles")];
    model.region = payload("model.region");
    model.issue_detail = payload("model.issue_detail");
    model.lessons[0].text = payload("model.lessons");
    model.citation.authors = payload("model.citation.authors");
    model.citation.title = payload("model.citation.title");
    model.citation.container = payload("model.citation.container");
    model.citation.doi = Some("10.1234/x\"onmouseover=\"alert(1)".into());
    let mut design = model.to_design();
    design.name = payload("name");
    design.context.population = payload("population");
    design.context.issue_detail = payload("issue_detail");
    design.context.region = payload("region");
    design.context.description = payload("description");
    design.context.titles = vec![payload("titles")];
    for field in PlanField::ALL {
        *field.value_mut(&mut design.context) = payload(field.key());
    }
    for question in Question::ALL {
        design.notes.insert(question, payload(&format!("notes.{}", question.key())));
    }
    let consideration = always_included().next().expect("a consideration");
    design.addressed.insert(consideration.id.clone(), payload("addressed"));
    let mut fields: Vec<String> = [
        "name",
        "population",
        "issue_detail",
        "region",
        "description",
        "titles",
        "addressed",
        "model.name",
        "model.titles",
        "model.region",
        "model.lessons",
        "model.citation.authors",
        "model.citation.title",
        "model.citation.container",
    ]
    .map(String::from)
    .to_vec();
    fields.extend(PlanField::ALL.map(|f| f.key().to_string()));
    fields.extend(Question::ALL.map(|q| format!("notes.{}", q.key())));
    // The hostile copy stands in for its original, so that nothing ties with it.
    let mut corpus: Vec<_> = bundled_models().iter().filter(|m| m.id != original.id).cloned().collect();
    corpus.push(model);
    (BriefRequest::new(design, Arc::new(SimilarityIndex::new(corpus)), Default::default()), fields)
}

#[test]
fn every_user_and_model_text_is_escaped_in_html_and_markdown_and_plain_in_pdf() {
    let (request, fields) = hostile_request();
    assert_eq!(request.brief().similar[0].id, "hostile-model");
    let html = text_of(&request, BriefFormat::Html, "brief.html");
    let markdown = text_of(&request, BriefFormat::Markdown, "brief.md");
    for field in fields.iter().map(|f| marker(f)) {
        let tag = format!("<i data-f=\"{field}\">");
        assert!(!html.contains(&tag) && !markdown.contains(&tag), "{field}: the tag got through");
        assert!(html.contains(&escape(&tag)), "{field} is missing from the HTML brief");
        let escaped = format!("&lt;i data-f=\"{field}\"&gt;");
        let line = markdown.lines().find(|l| l.contains(&field)).unwrap_or("(not found)");
        assert!(markdown.contains(&escaped), "{field} is missing from Markdown: {line}");
        let link = format!("[link](javascript:alert('{field}'))");
        assert!(!markdown.contains(&link), "{field}: a Markdown link got through");
    }
    assert!(!html.contains("javascript:alert") || !html.contains("href=\"javascript"), "no script link");
    assert!(!html.contains("\"onmouseover="), "the DOI cannot break out of its href");

    let bytes = rendered(&request, BriefFormat::Pdf, "brief.pdf").swap_remove(0).1;
    let pdf = lopdf::Document::load_mem(&bytes).expect("the PDF parses");
    let text: String = (1..=pdf.get_pages().len() as u32).map(|n| pdf_page_text(&pdf, n)).collect();
    let squashed: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for field in ["name", "description", "model.name", "notes.spaces"] {
        assert!(
            squashed.contains(&format!("<i data-f=\"{field}\">x</i>")),
            "{field} is not drawn as plain text"
        );
    }
    for object in pdf.objects.values() {
        if let Ok(dict) = object.as_dict()
            && let Ok(uri) = dict.get(b"URI").and_then(|u| u.as_str())
        {
            let uri = String::from_utf8_lossy(uri);
            assert!(uri.starts_with("https://") || uri.starts_with("http://"), "a PDF link to {uri}");
        }
    }
}

/// The section headings of the brief in each language.
const ENGLISH_HEADINGS: [&str; 7] = [
    "Context",
    "Position on the map",
    "Similar models",
    "The landscape",
    "Considerations",
    "Always worth planning for",
    "References",
];
const FRENCH_HEADINGS: [&str; 7] = [
    "Contexte",
    "Position sur la carte",
    "Modèles semblables",
    "Le paysage",
    "Données probantes",
    "À prévoir dans tous les cas",
    "Références",
];

#[test]
fn a_brief_asked_for_in_french_has_only_french_headings_in_every_format() {
    let request = BriefRequest { language: peermap::i18n::Language::French, ..request(hospital()) };
    let markdown = text_of(&request, BriefFormat::Markdown, "brief.md");
    let html = text_of(&request, BriefFormat::Html, "brief.html");
    let bytes = rendered(&request, BriefFormat::Pdf, "brief.pdf").swap_remove(0).1;
    let pdf = lopdf::Document::load_mem(&bytes).expect("the PDF parses");
    let pages = pdf.get_pages().len() as u32;
    let pdf_text: String = (1..=pages).map(|n| pdf_page_text(&pdf, n)).collect::<Vec<_>>().join(" ");
    let pdf_text = pdf_text.split_whitespace().collect::<Vec<_>>().join(" ");

    assert!(html.contains("<html lang=\"fr\">"), "the page says its language");
    for (french, english) in FRENCH_HEADINGS.iter().zip(ENGLISH_HEADINGS) {
        assert!(markdown.contains(&format!("# {french}\n")), "Markdown lacks {french}");
        assert!(!markdown.contains(&format!("# {english}\n")), "Markdown keeps {english}");
        assert!(html.contains(&format!(">{french}</h")), "HTML lacks {french}");
        assert!(!html.contains(&format!(">{english}</h")), "HTML keeps {english}");
        assert!(pdf_text.contains(french), "the PDF lacks {french} (accents drawn and extractable)");
    }
    assert!(
        !pdf_text.contains("Similar models") && !pdf_text.contains("References"),
        "English left in the PDF"
    );
    // French spacing: a no-break space before the colon.
    assert!(markdown.contains("**Population desservie\u{a0}:**"), "{}", &markdown[..600]);
    assert!(html.contains("S'applique parce que\u{a0}:"), "the considerations' labels are French");
    let first = markdown.lines().find(|l| l.starts_with("### 1. ")).expect("a first similar model");
    assert!(first.contains(" — 0,") || first.contains(" — 1,"), "a decimal comma in the score: {first}");
    // The window's own language is left as it was.
    assert_eq!(peermap::i18n::language(), peermap::i18n::Language::English);
}

#[test]
fn a_french_markdown_brief_counts_as_our_own_file_when_exported_again() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("brief.md");
    let request = BriefRequest { language: peermap::i18n::Language::French, ..request(hospital()) };
    peermap::export::export_brief(&request, &path).expect("exports");
    assert_eq!(peermap::export::foreign_file_in_the_way(&path), None, "replacing it needs no --force");
}
