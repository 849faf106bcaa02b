//! The design brief as a PDF: A4 pages, DejaVu Sans, the same content as the other formats.
//!
//! This file decides what the brief says and in which order; `pdf_layout.rs` decides where it
//! goes (measuring, line and page breaks) and writes the PDF with krilla. Every string from the
//! brief is drawn as plain text, never interpreted.

use super::comparison::ComparisonBrief;
use super::model::{Brief, BriefConsideration, BriefModel, Figures};
use crate::i18n::{colon, decimal, say, tr};
/// Measuring, line and page breaks, drawing: in its own file beside this one.
#[path = "pdf_layout.rs"]
mod layout;

use layout::{ACCENT, BARS_H, DocInfo, GREEN, GREY, INK, Layout, Para, Rgb, Weight};

/// Why the PDF could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// A bundled font could not be read (a broken build).
    #[error("the bundled font {0} could not be read")]
    Font(&'static str),
    /// A figure's bytes are not a PNG image that can be embedded.
    #[error("the {figure} figure is not a usable PNG image: {reason}")]
    Figure { figure: &'static str, reason: String },
    /// The PDF writer failed.
    #[error("the PDF could not be written: {0}")]
    Write(String),
}

const BODY: f32 = 10.0;
const SMALL: f32 = 8.5;
const TITLE: f32 = 22.0;
const SECTION: f32 = 14.0;
const SUBSECTION: f32 = 11.5;
/// Indent of the bullet text in lists.
const BULLET_W: f32 = 11.0;
const AMBER_BACK: Rgb = (253, 243, 214);
const AMBER_BAR: Rgb = (200, 140, 20);

/// Renders the brief as a PDF document.
pub fn render_pdf(brief: &Brief, figures: &Figures) -> Result<Vec<u8>, PdfError> {
    let layout = lay_out(brief, figures)?;
    let title = display_title(brief);
    let footer = format!("{} · {title}", tr("brief-kind"));
    let info = DocInfo {
        title,
        creator: format!("peermap {}", brief.app_version),
        date: &brief.date,
        footer: &footer,
    };
    layout.finish(&info)
}

/// Renders a design compared with one model as a PDF document, in this thread's language.
pub fn render_comparison_pdf(comparison: &ComparisonBrief) -> Result<Vec<u8>, PdfError> {
    let mut l = Layout::new()?;
    let title = say(
        "comparison-title",
        &[("design", comparison.design_name.clone()), ("model", comparison.model_name.clone())],
    );
    l.para(&Para::new(18.0).bold(&title));
    let meta = format!(
        "{} · {} · peermap {} · {} · {}",
        tr("comparison-kind"),
        comparison.date,
        comparison.app_version,
        comparison.model_kind,
        comparison.coding
    );
    l.para(&Para::new(9.0).text(&meta).color(GREY).before(2.0));
    // The score stands out in bold wherever the language puts it in the sentence.
    const SCORE: &str = "\u{0}";
    let similarity = say(
        "comparison-similarity",
        &[("score", SCORE.to_string()), ("meaning", comparison.score_meaning.clone())],
    );
    let (before, after) = similarity.split_once(SCORE).unwrap_or((&similarity, ""));
    l.para(&Para::new(BODY).text(before).bold(&decimal(comparison.score, 2)).text(after).before(6.0));
    l.space(6.0);
    l.rule();
    l.heading(tr("comparison-by-question"), SECTION, true);
    let label = |id: &str| format!("{} ", colon(tr(id)));
    for row in &comparison.rows {
        let colour = if row.differs { ACCENT } else { INK };
        let agreement = say("compare-agreement", &[("agreement", row.agreement_text.clone())]);
        let mut paras = vec![
            Para::new(SUBSECTION).bold(&row.question).text(" · ").text(&agreement).color(colour).before(8.0),
            Para::new(BODY).bold(&label("compare-yours")).text(&row.yours).before(2.0),
            Para::new(BODY).bold(&label("compare-theirs")).text(&row.theirs).before(1.0),
            Para::new(BODY).bold(&row.in_words).before(3.0),
        ];
        if !row.rationale.is_empty() {
            paras.push(
                Para::new(SMALL).bold(&label("comparison-why")).text(&row.rationale).color(GREY).before(2.0),
            );
        }
        block(&mut l, &paras);
    }
    l.heading(tr("brief-learned"), SECTION, true);
    if comparison.lessons.is_empty() {
        l.para(&Para::new(BODY).text(tr("detail-no-lessons")).color(GREY));
    }
    for lesson in &comparison.lessons {
        l.para(&Para::new(BODY).text(lesson).hang("•", BULLET_W).before(2.0));
    }
    l.heading(tr("brief-source"), SECTION, true);
    l.para(&Para::new(BODY).text(&comparison.citation));
    if !comparison.source_url.is_empty() {
        let coded_from = say("comparison-coded-from", &[("address", comparison.source_url.clone())]);
        l.para(&Para::new(SMALL).text(&coded_from).color(GREY).before(2.0));
    }
    let footer = format!("{} · {title}", tr("comparison-kind"));
    let info = DocInfo {
        title: &title,
        creator: format!("peermap {}", comparison.app_version),
        date: &comparison.date,
        footer: &footer,
    };
    l.finish(&info)
}

fn display_title(brief: &Brief) -> &str {
    if brief.title.trim().is_empty() { tr("brief-untitled") } else { &brief.title }
}

fn lay_out(brief: &Brief, figures: &Figures) -> Result<Layout, PdfError> {
    let mut l = Layout::new()?;
    l.para(&Para::new(TITLE).bold(display_title(brief)));
    let meta = format!(
        "{} · {} · peermap {} · corpus: {}",
        tr("brief-kind"),
        brief.date,
        brief.app_version,
        brief.corpus_version
    );
    l.para(&Para::new(9.0).text(&meta).color(GREY).before(2.0));
    l.space(6.0);
    l.rule();

    context(&mut l, brief);
    position(&mut l, brief, figures)?;
    similar(&mut l, brief, figures)?;

    l.heading(tr("brief-landscape"), SECTION, true);
    if !figures.atlas_png.is_empty() {
        l.figure(&figures.atlas_png, "atlas")?;
    }
    l.para(&Para::new(SMALL).text(&brief.atlas_caption).color(GREY).before(2.0));

    l.heading(tr("brief-called"), SECTION, true);
    let names: Vec<String> = brief.crosswalk.iter().map(|t| format!("{} ({})", t.title, t.count)).collect();
    let names = if names.is_empty() { tr("brief-no-called").to_owned() } else { names.join(", ") };
    l.para(&Para::new(BODY).text(&names));

    if let Some(unexplored) = &brief.unexplored {
        let boxed = |p: Para| p.boxed(AMBER_BACK, AMBER_BAR);
        let mut paras = vec![boxed(Para::new(BODY).bold("⚠ ").bold(&unexplored.message))];
        if !unexplored.nearest_per_facet.is_empty() {
            paras.push(boxed(Para::new(SMALL).text(tr("brief-nearest-facet")).color(GREY).before(4.0)));
            for line in &unexplored.nearest_per_facet {
                paras.push(boxed(Para::new(SMALL).text(line).hang("•", BULLET_W)));
            }
        }
        l.space(12.0);
        l.keep_together(&paras.iter().collect::<Vec<_>>(), 2.0 * BOX_BAND);
        l.box_band(BOX_BAND, AMBER_BACK, AMBER_BAR);
        for p in &paras {
            l.para(p);
        }
        l.box_band(BOX_BAND, AMBER_BACK, AMBER_BAR);
    }

    considerations(&mut l, brief);
    references(&mut l, brief);
    Ok(l)
}

/// Padding above and below the text of a highlighted box.
const BOX_BAND: f32 = 7.0;

fn context(l: &mut Layout, brief: &Brief) {
    let c = &brief.context;
    l.heading(tr("brief-context"), SECTION, true);
    for (label, value) in c.rows() {
        l.para(&Para::new(BODY).bold(&format!("{} ", colon(label))).text(&value));
    }
    for line in &c.plan {
        for (i, paragraph) in line.text.split('\n').filter(|p| !p.trim().is_empty()).enumerate() {
            let para = if i == 0 {
                Para::new(BODY).bold(&format!("{} ", colon(&line.label)))
            } else {
                Para::new(BODY)
            };
            l.para(&para.text(paragraph).before(if i == 0 { 5.0 } else { 2.0 }));
        }
    }
    for paragraph in c.description.split('\n').filter(|p| !p.trim().is_empty()) {
        l.para(&Para::new(BODY).text(paragraph).before(5.0));
    }
}

fn position(l: &mut Layout, brief: &Brief, figures: &Figures) -> Result<(), PdfError> {
    l.heading(tr("brief-position"), SECTION, true);
    if !figures.map_png.is_empty() {
        l.figure(&figures.map_png, "map")?;
    }
    let mut facet = "";
    for answer in &brief.answers {
        if answer.facet != facet && !answer.facet.is_empty() {
            facet = &answer.facet;
            l.heading(facet, SUBSECTION, false);
        }
        let head = format!("Q{} · {} — {}", answer.number, answer.title, answer.prompt);
        let mut paras =
            vec![Para::new(BODY).bold(&head).before(6.0), Para::new(BODY).text(&answer.answer).before(1.0)];
        for d in &answer.definitions {
            let text = format!("{}{}", d.text, refs_suffix(&d.refs));
            let p = Para::new(SMALL).bold(&format!("{}: ", d.term)).text(&text).color(GREY).indent(10.0);
            paras.push(p.before(2.0));
        }
        if !answer.note.trim().is_empty() {
            paras.push(
                Para::new(BODY)
                    .bold(&format!("{} ", colon(tr("brief-our-note"))))
                    .text(&answer.note)
                    .color(ACCENT)
                    .before(3.0),
            );
        }
        block(l, &paras);
    }
    Ok(())
}

fn similar(l: &mut Layout, brief: &Brief, figures: &Figures) -> Result<(), PdfError> {
    l.heading(tr("brief-similar"), SECTION, true);
    if brief.similar.is_empty() {
        l.para(&Para::new(BODY).text(tr("brief-no-models")));
    }
    for (i, model) in brief.similar.iter().enumerate() {
        if i > 0 {
            l.space(10.0);
        }
        similar_model(l, model);
    }
    if !figures.graph_png.is_empty() {
        l.space(8.0);
        l.figure(&figures.graph_png, "graph")?;
        l.para(&Para::new(SMALL).text(&brief.graph_caption).color(GREY).before(2.0));
    }
    Ok(())
}

fn similar_model(l: &mut Layout, model: &BriefModel) {
    let head = format!("{}. {} ({}) — {}", model.rank, model.name, model.kind, decimal(model.score, 2));
    let titles = model.titles.join(", ");
    let meta: Vec<&str> = [titles.as_str(), &model.issue, &model.region, &model.known]
        .into_iter()
        .filter(|s| !s.trim().is_empty())
        .collect();
    let top = [Para::new(10.5).bold(&head), Para::new(9.0).text(&meta.join(" · ")).color(GREY)];
    let mut rest: Vec<Para> = Vec::new();
    if !model.lessons.is_empty() {
        rest.push(Para::new(9.0).bold(tr("brief-learned")).before(2.0));
        rest.extend(
            model.lessons.iter().map(|lesson| Para::new(9.0).text(lesson).hang("•", BULLET_W).before(1.0)),
        );
        rest.push(Para::new(9.0).bold(tr("brief-differently")).before(2.0));
    }
    rest.extend(
        model
            .differences
            .iter()
            .map(|difference| Para::new(9.0).text(difference).hang("•", BULLET_W).before(1.0)),
    );
    rest.push(
        Para::new(SMALL)
            .text(&format!("{} [{}]", colon(tr("brief-source")), model.citation))
            .color(GREY)
            .before(2.0),
    );
    let bars: Vec<(&str, Option<f64>)> =
        model.agreement.iter().map(|a| (a.question.as_str(), a.agreement)).collect();
    let bars_h = if bars.is_empty() { 0.0 } else { BARS_H };
    l.keep_together(&top.iter().chain(&rest).collect::<Vec<_>>(), bars_h);
    for p in &top {
        l.para(p);
    }
    l.bars(&bars, 0.0);
    for p in &rest {
        l.para(p);
    }
}

/// Paragraphs kept on one page when they fit.
fn block(l: &mut Layout, paras: &[Para]) {
    l.keep_together(&paras.iter().collect::<Vec<_>>(), 0.0);
    for p in paras {
        l.para(p);
    }
}

fn considerations(l: &mut Layout, brief: &Brief) {
    l.heading(tr("brief-considerations"), SECTION, true);
    let (always, triggered): (Vec<&BriefConsideration>, Vec<_>) =
        brief.considerations.iter().partition(|c| c.always);
    if triggered.is_empty() {
        l.para(&Para::new(BODY).text(tr("brief-none-triggered")).color(GREY));
    }
    for c in triggered {
        consideration(l, c);
    }
    if !always.is_empty() {
        l.heading(tr("brief-always"), SUBSECTION, false);
        for c in always {
            consideration(l, c);
        }
    }
}

fn consideration(l: &mut Layout, c: &BriefConsideration) {
    let mut paras =
        vec![Para::new(BODY).bold(&c.title).before(8.0), Para::new(BODY).text(&c.text).before(1.0)];
    if !c.trigger.trim().is_empty() {
        paras.push(
            Para::new(SMALL)
                .bold(&format!("{} ", colon(tr("brief-applies"))))
                .text(&c.trigger)
                .color(GREY)
                .before(2.0),
        );
    }
    let source = format!("{}{}", c.source_label, refs_suffix(&c.refs));
    if !source.trim().is_empty() {
        paras.push(
            Para::new(SMALL)
                .bold(&format!("{} ", colon(tr("brief-source"))))
                .text(source.trim())
                .color(GREY)
                .before(1.0),
        );
    }
    if let Some(note) = &c.addressed {
        let addressed = format!("✓ {}", tr("brief-addressed"));
        let p = Para::new(9.0).bold(&addressed).text(" ");
        paras.push(p.text(note).color(GREEN).before(2.0));
    }
    block(l, &paras);
}

fn references(l: &mut Layout, brief: &Brief) {
    if brief.references.is_empty() {
        return;
    }
    l.heading(tr("brief-references"), SECTION, true);
    let widest = brief.references.iter().map(|r| r.number).max().unwrap_or(0);
    let label_w = l.width(Weight::Regular, &format!("[{widest}]"), 9.0) + 6.0;
    for r in &brief.references {
        let mut text = r.text.trim().to_owned();
        if let Some(doi) = r.doi.as_deref().map(str::trim).filter(|d| !d.is_empty()) {
            let doi = doi.strip_prefix("doi:").unwrap_or(doi);
            text.push_str(if doi.starts_with("http") { " " } else { " doi:" });
            text.push_str(doi);
        }
        let label = format!("[{}]", r.number);
        block(l, &[Para::new(9.0).text(&text).color(INK).hang(&label, label_w).before(3.0)]);
    }
}

/// " [3, 7]", or nothing without references.
fn refs_suffix(refs: &[usize]) -> String {
    if refs.is_empty() {
        return String::new();
    }
    let numbers: Vec<String> = refs.iter().map(usize::to_string).collect();
    format!(" [{}]", numbers.join(", "))
}

#[cfg(test)]
mod tests {
    use super::super::model::{
        BriefAnswer, BriefContext, BriefReference, Definition, PlanLine, QuestionAgreement, TitleCount,
        Unexplored,
    };
    use super::*;

    const QUESTIONS: [&str; 6] =
        ["Functions", "Formality", "Lived experience", "Training", "Setting", "Relationship"];

    fn png(width: u32, height: u32) -> Vec<u8> {
        let image = image::RgbImage::from_fn(width, height, |x, y| {
            image::Rgb([(x * 255 / width.max(1)) as u8, (y * 255 / height.max(1)) as u8, 160])
        });
        let mut bytes = std::io::Cursor::new(Vec::new());
        image.write_to(&mut bytes, image::ImageFormat::Png).expect("encode PNG");
        bytes.into_inner()
    }

    fn sentence(i: usize) -> String {
        format!(
            "Sentence {i} says that peers share what they have lived through, listen first, \
             and connect people with services when they ask for it."
        )
    }

    /// A brief with `models` similar models, `considerations` considerations and `refs` references.
    fn brief(title: &str, models: usize, considerations: usize, refs: usize) -> Brief {
        let n_refs = refs.max(1);
        let answers = (1..=6u8)
            .map(|n| BriefAnswer {
                number: n,
                facet: ["Peers' roles", "Pathways to becoming a peer", "Practice settings"]
                    [usize::from(n - 1) / 2]
                    .to_owned(),
                title: QUESTIONS[usize::from(n - 1)].to_owned(),
                prompt: "What are the objectives of the peer's support?".to_owned(),
                answer: if n == 6 { "Not answered yet.".to_owned() } else { sentence(usize::from(n)) },
                definitions: (0..usize::from(n % 3))
                    .map(|k| Definition {
                        term: format!("Term {k}"),
                        text: "A definition of the chosen option, in the words of the map.".to_owned(),
                        refs: vec![1 + k % n_refs, 1 + (k + 3) % n_refs],
                    })
                    .collect(),
                note: if n == 2 {
                    "We start with two volunteers at the clinic.".to_owned()
                } else {
                    String::new()
                },
            })
            .collect();
        Brief {
            title: title.to_owned(),
            date: "2026-05-04".to_owned(),
            app_version: "0.1.0".to_owned(),
            corpus_version: "96 models (bundled 2026-11, 0 of your own)".to_owned(),
            ranking: "Ranked: programmes and role families, on the 6 questions this design answers."
                .to_owned(),
            graph_caption: "Your design among its nearest models.".to_owned(),
            atlas_caption: "The whole corpus on one picture.".to_owned(),
            context: BriefContext {
                population: "Young adults leaving care".to_owned(),
                issue: "Mental health".to_owned(),
                titles: vec!["Peer worker".to_owned(), "Pair-aidant".to_owned()],
                region: String::new(),
                plan: vec![PlanLine { label: "Budget".into(), text: "Two part-time peer workers.".into() }],
                description: (0..40).map(sentence).collect::<Vec<_>>().join(" ")
                    + "\nA second paragraph with a very long word: "
                    + &"Ærøskøbing".repeat(12),
            },
            answers,
            similar: (1..=models)
                .map(|rank| BriefModel {
                    rank,
                    id: format!("m{rank}"),
                    name: format!("Model number {rank} for peer navigation in primary care"),
                    kind: "Programme".to_owned(),
                    score: 1.0 - rank as f64 * 0.03,
                    known: "5 of 6 questions coded (3 stated, 2 inferred)".to_owned(),
                    lessons: vec!["Visits doubled once peers joined the clinic's morning huddle.".to_owned()],
                    titles: vec!["Peer navigator".to_owned(), "Community health worker".to_owned()],
                    issue: "Chronic illness".to_owned(),
                    region: "Québec, Canada".to_owned(),
                    agreement: QUESTIONS
                        .iter()
                        .enumerate()
                        .map(|(q, name)| QuestionAgreement {
                            question: (*name).to_owned(),
                            agreement: (q != 5).then_some((q as f64 * 0.2 + rank as f64 * 0.05) % 1.0),
                            counted: Some(0.5),
                            summary: "both navigation; you add promotion".to_owned(),
                        })
                        .collect(),
                    differences: vec![
                        "Peers are paid staff on the care team.".to_owned(),
                        "Training is a 40-hour certificate with supervised practice and a long tail of \
                         continuing education every year."
                            .to_owned(),
                    ],
                    citation: 1 + rank % n_refs,
                })
                .collect(),
            crosswalk: vec![
                TitleCount { title: "Peer navigator".to_owned(), count: 12 },
                TitleCount { title: "Pair-aidant".to_owned(), count: 4 },
            ],
            unexplored: Some(Unexplored {
                message: "No documented model sits near this design: you are in little-explored territory."
                    .to_owned(),
                nearest_per_facet: vec![
                    "Peers' roles: Model number 1 (0.72)".to_owned(),
                    "Practice settings: Model number 2 (0.64)".to_owned(),
                ],
            }),
            considerations: (0..considerations)
                .map(|i| BriefConsideration {
                    id: format!("c{i}"),
                    section: if i % 4 == 3 { "Always" } else { "Roles" }.to_owned(),
                    title: format!("Consideration {i}: plan supervision"),
                    text: sentence(i) + " " + &sentence(i + 1),
                    trigger: if i % 4 == 3 {
                        String::new()
                    } else {
                        "Functions include navigation".to_owned()
                    },
                    source_label: "MAP §7.2 [20, 48, 65]; NMP".to_owned(),
                    refs: vec![1 + i % n_refs],
                    addressed: (i % 3 == 0).then(|| "Weekly group supervision with the nurse.".to_owned()),
                    always: i % 4 == 3,
                })
                .collect(),
            references: (1..=refs)
                .map(|number| BriefReference {
                    number,
                    text: format!(
                        "Author A, Author B, Author C. Title of study {number} on peer support in \
                         community settings. Journal of Peer Support. 2020;{number}:1-10."
                    ),
                    doi: (number % 2 == 0).then(|| format!("10.1000/peer.{number}")),
                })
                .collect(),
        }
    }

    fn figures() -> Figures {
        Figures { map_png: png(600, 400), graph_png: png(1, 1), atlas_png: png(700, 500) }
    }

    /// With `PEERMAP_PDF_SAMPLE_DIR` set, keeps the PDF there to look at.
    fn save_sample(name: &str, pdf: &[u8]) {
        if let Ok(dir) = std::env::var("PEERMAP_PDF_SAMPLE_DIR") {
            std::fs::write(std::path::Path::new(&dir).join(format!("{name}.pdf")), pdf)
                .expect("write sample");
        }
    }

    fn page_text(pdf: &[u8], page: u32) -> (usize, String) {
        let document = lopdf::Document::load_mem(pdf).expect("the PDF parses");
        let text = document.extract_text(&[page]).expect("text extracts");
        (document.get_pages().len(), text)
    }

    #[test]
    fn title_is_on_page_one_and_description_spills_over() {
        let pdf = render_pdf(&brief("Peer navigation at Riverside", 3, 5, 6), &figures()).expect("renders");
        assert!(pdf.starts_with(b"%PDF-"));
        let (pages, text) = page_text(&pdf, 1);
        assert!(pages >= 2, "{pages} pages");
        assert!(text.contains("Peer navigation at Riverside"), "{text}");
        assert!(text.contains("Design brief · 2026-05-04 · peermap 0.1.0"), "{text}");
        assert!(
            text.contains("Budget:") && text.contains("Two part-time peer workers."),
            "funders first: {text}"
        );
    }

    #[test]
    fn markup_and_accents_in_the_title_are_drawn_literally() {
        let title = "<script>alert(1)</script> Café Ærø";
        let pdf = render_pdf(&brief(title, 2, 2, 2), &Figures::default()).expect("renders");
        save_sample("markup", &pdf);
        let (_, text) = page_text(&pdf, 1);
        assert!(text.contains(title), "{text}");
    }

    #[test]
    fn text_stays_inside_the_column_and_above_the_footer() {
        let mut b = brief("A", 4, 4, 4);
        b.title = "W".repeat(80);
        b.references[0].doi = Some(format!("10.1000/{}", "x".repeat(300)));
        let mut layout = lay_out(&b, &figures()).expect("lays out");
        assert!(layout.page_count() >= 2);
        let (right, bottom) = layout.text_extent();
        assert!(right <= layout::TEXT_W + 0.01, "text reaches {right}");
        assert!(bottom < 842.0 - 60.0, "text reaches down to {bottom}");
    }

    #[test]
    fn no_page_ends_with_a_heading() {
        let headings = [
            "Context",
            "Position on the map",
            "Peers' roles",
            "Pathways to becoming a peer",
            "Practice settings",
            "Similar models",
            "The landscape",
            "What programmes like this are called",
            "Considerations",
            "Always worth planning for",
            "References",
        ];
        let mut b = brief("Headings", 6, 9, 12);
        for sentences in 0..45 {
            b.context.description = (0..sentences).map(sentence).collect::<Vec<_>>().join(" ");
            let layout = lay_out(&b, &figures()).expect("lays out");
            for (page, last) in layout.last_texts().iter().enumerate() {
                assert!(!headings.contains(&last.as_str()), "page {} ends with {last:?}", page + 1);
            }
        }
    }

    #[test]
    fn empty_figures_are_skipped_and_broken_ones_reported() {
        let b = brief("B", 1, 1, 1);
        assert!(render_pdf(&b, &Figures::default()).is_ok());
        let broken = Figures { map_png: b"not a png".to_vec(), graph_png: Vec::new(), atlas_png: Vec::new() };
        match render_pdf(&b, &broken) {
            Err(PdfError::Figure { figure, .. }) => assert_eq!(figure, "map"),
            other => panic!("expected a figure error, got {other:?}"),
        }
    }

    #[test]
    fn an_empty_brief_still_renders() {
        let mut b = brief("", 0, 0, 0);
        b.answers.clear();
        b.crosswalk.clear();
        b.unexplored = None;
        b.context.description.clear();
        let pdf = render_pdf(&b, &Figures::default()).expect("renders");
        let (pages, text) = page_text(&pdf, 1);
        assert_eq!(pages, 1);
        assert!(text.contains("Untitled design"), "{text}");
        assert!(text.contains("not given"), "{text}");
    }

    /// A realistic brief; `cargo test --release realistic -- --nocapture` prints the time.
    #[test]
    fn realistic_brief_renders() {
        let b = brief("Peer support for young adults leaving care", 20, 25, 80);
        let figures =
            Figures { map_png: png(1200, 900), graph_png: png(1200, 800), atlas_png: png(1200, 840) };
        let start = std::time::Instant::now();
        let pdf = render_pdf(&b, &figures).expect("renders");
        let elapsed = start.elapsed();
        let (pages, _) = page_text(&pdf, 1);
        println!("realistic brief: {pages} pages, {} KiB, rendered in {elapsed:?}", pdf.len() / 1024);
        save_sample("realistic", &pdf);
        assert!(pages >= 5);
    }
}
