//! The guide shown under Help → Guide: short pages on using peermap, written
//! in `assets/guide/<language>.md` (`en.md`, `fr.md`), and a page on the six
//! questions drawn from the map itself, so the guide and the questions can
//! never disagree. Each language's guide has the same pages in the same order.

use crate::i18n::{Language, decimal, language, say, tr, with_language};
use crate::map::{Affiliation, Function, Relation, Space, StatusSource};
use crate::map::{AnswerOption, FORMALITY_ANCHORS, Question};
use std::sync::LazyLock;

/// One page of the guide.
#[derive(Debug, Clone, PartialEq)]
pub struct GuidePage {
    pub title: String,
    pub blocks: Vec<Block>,
}

/// A piece of a page.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Heading(String),
    Paragraph(String),
    Bullet(String),
    /// A term and what it means.
    Definition {
        term: String,
        text: String,
    },
}

/// Each language's guide text; English stands in for a language without its own.
const TEXTS: [(Language, &str); 2] = [
    (Language::English, include_str!("../assets/guide/en.md")),
    (Language::French, include_str!("../assets/guide/fr.md")),
];

/// The pages of every language of [`Language::ALL`], in its order.
static PAGES: LazyLock<Vec<Vec<GuidePage>>> = LazyLock::new(|| {
    Language::ALL
        .iter()
        .map(|&language| {
            let text = TEXTS.iter().find(|(l, _)| *l == language).map_or(TEXTS[0].1, |(_, text)| text);
            with_language(language, || {
                let mut pages = parse(text);
                pages.insert(1.min(pages.len()), six_questions());
                pages
            })
        })
        .collect()
});

/// Every page, in reading order, in the language this thread speaks.
pub fn pages() -> &'static [GuidePage] {
    pages_in(language())
}

/// Every page of the guide written in `language`.
pub fn pages_in(language: Language) -> &'static [GuidePage] {
    let at = Language::ALL.iter().position(|l| *l == language).unwrap_or(0);
    &PAGES[at]
}

/// Reads pages from the guide's text: `# ` starts a page, `- ` a bullet,
/// a blank line ends a paragraph.
pub fn parse(text: &str) -> Vec<GuidePage> {
    let mut pages: Vec<GuidePage> = Vec::new();
    let mut paragraph = String::new();
    let flush = |paragraph: &mut String, pages: &mut Vec<GuidePage>| {
        if let Some(page) = pages.last_mut().filter(|_| !paragraph.trim().is_empty()) {
            page.blocks.push(Block::Paragraph(paragraph.trim().to_string()));
        }
        paragraph.clear();
    };
    for line in text.lines() {
        let line = line.trim_end();
        if let Some(title) = line.strip_prefix("# ") {
            flush(&mut paragraph, &mut pages);
            pages.push(GuidePage { title: title.trim().to_string(), blocks: Vec::new() });
        } else if let Some(item) = line.strip_prefix("- ") {
            flush(&mut paragraph, &mut pages);
            if let Some(page) = pages.last_mut() {
                page.blocks.push(Block::Bullet(item.trim().to_string()));
            }
        } else if line.trim().is_empty() {
            flush(&mut paragraph, &mut pages);
        } else {
            if !paragraph.is_empty() {
                paragraph.push(' ');
            }
            paragraph.push_str(line.trim());
        }
    }
    flush(&mut paragraph, &mut pages);
    pages
}

/// The six questions, their answers and definitions, from the map.
fn six_questions() -> GuidePage {
    let mut blocks = vec![Block::Paragraph(tr("guide-questions.intro").into())];
    for question in Question::ALL {
        blocks.push(Block::Heading(say(
            "guide-question",
            &[
                ("number", question.number().to_string()),
                ("title", question.title().into()),
                ("facet", question.facet().name().into()),
                ("prompt", question.prompt().into()),
            ],
        )));
        blocks.push(Block::Paragraph(question.guidance().into()));
        match question {
            Question::Functions => blocks.extend(define(Function::ALL)),
            Question::Formality => blocks.extend(FORMALITY_ANCHORS.iter().map(|a| Block::Definition {
                term: format!("{} {}", decimal(a.value, 2), a.name()),
                text: a.example().into(),
            })),
            Question::Relations => blocks.extend(define(Relation::ALL)),
            Question::Status => blocks.extend(define(StatusSource::ALL)),
            Question::Affiliations => blocks.extend(define(Affiliation::ALL)),
            Question::Spaces => blocks.extend(define(Space::ALL)),
        }
    }
    GuidePage { title: tr("guide-questions").into(), blocks }
}

/// Each option's name and the map's definition of it.
fn define<T: AnswerOption>(options: &[T]) -> Vec<Block> {
    options
        .iter()
        .map(|o| Block::Definition { term: o.info().name().into(), text: o.info().definition().into() })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_bullets_and_paragraphs_are_read_from_the_text() {
        let pages = parse("# One\n\nFirst line\ncontinues.\n\n- a bullet\n- another\n# Two\nText.");
        assert_eq!(pages.len(), 2);
        assert_eq!(
            pages[0].blocks,
            [
                Block::Paragraph("First line continues.".into()),
                Block::Bullet("a bullet".into()),
                Block::Bullet("another".into())
            ]
        );
        assert_eq!(pages[1].blocks, [Block::Paragraph("Text.".into())]);
    }

    #[test]
    fn the_guide_covers_the_questions_scores_graph_evidence_brief_and_perspectives() {
        let titles: Vec<&str> = pages().iter().map(|p| p.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Getting started",
                "The six questions",
                "Similar models and their score",
                "The graph",
                "The atlas",
                "Evidence",
                "The brief",
                "Perspectives"
            ]
        );
        let questions = &pages()[1];
        let headings = questions.blocks.iter().filter(|b| matches!(b, Block::Heading(_))).count();
        assert_eq!(headings, 6);
        assert!(questions.blocks.contains(&Block::Definition {
            term: "Navigation".into(),
            text: Function::Navigation.info().definition().into()
        }));
    }
}
