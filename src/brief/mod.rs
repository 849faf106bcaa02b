//! The design brief: what leaves the app for funders, teams and peers.
//! `build` gathers and words everything once; the renderers only lay it out.

mod comparison;
mod model;
mod pdf;
mod templates;

pub use comparison::{ComparedQuestion, ComparisonBrief, compare};
pub use model::*;
pub use pdf::{PdfError, render_comparison_pdf, render_pdf};
pub use templates::{render_comparison_html, render_comparison_markdown, render_html, render_markdown};

use crate::corpus::issue_text;
use crate::design::{Design, PlanField, answer_text};
use crate::evidence::{self, Consideration};
use crate::map::{AnswerOption, FormalityAnchor, OptionInfo, Question, map_reference};
use crate::references::{ReferenceList, Work};
use crate::similarity::{NEAR_ENOUGH, RankOptions, Ranked, SiloScope, SimilarityIndex, explain, issue_line};
use crate::taxonomy;

/// What goes into a brief besides the design and the corpus.
#[derive(Debug, Clone)]
pub struct BriefOptions {
    /// Which models were ranked, as on screen (the across-silos switch, the kinds).
    pub rank: RankOptions,
    /// YYYY-MM-DD.
    pub date: String,
    pub corpus_version: String,
    /// Models are joined in the graph when their similarity reaches this.
    pub graph_threshold: f64,
}

/// Gathers the brief for `design`, listing the `ranked` models of `index` as its similar models.
pub fn build(design: &Design, index: &SimilarityIndex, ranked: &[Ranked], options: &BriefOptions) -> Brief {
    let mut refs = ReferenceList::default();
    refs.cite(Work::Map.citation());
    let (answers, context) = (&design.answers, &design.context);
    let near: Vec<Ranked> = ranked.iter().copied().filter(|r| r.score >= NEAR_ENOUGH).collect();
    let unexplored = (near.is_empty() && answers.is_complete()).then(|| Unexplored {
        message: format!(
            "No documented model is within {NEAR_ENOUGH:.2} of this design: it sits in unexplored territory."
        ),
        nearest_per_facet: index
            .nearest_per_facet(answers, context, options.rank)
            .into_iter()
            .map(|(facet, r)| format!("{}: {} ({:.2})", facet.name(), index.name(r.index), r.score))
            .collect(),
    });
    Brief {
        title: design.display_name().to_string(),
        date: options.date.clone(),
        app_version: env!("CARGO_PKG_VERSION").to_string(),
        corpus_version: options.corpus_version.clone(),
        context: BriefContext {
            population: context.population.clone(),
            issue: issue_text(&context.issue, &context.issue_detail),
            titles: context.titles.clone(),
            region: place_text(&context.region, &country_names(&context.countries)),
            description: context.description.clone(),
            plan: PlanField::ALL
                .into_iter()
                .filter(|field| !field.value(context).trim().is_empty())
                .map(|field| PlanLine {
                    label: field.label().into(),
                    text: field.value(context).trim().into(),
                })
                .collect(),
        },
        graph_caption: format!(
            "Your design (centre) among its nearest models. Each dot is a model, numbered by its rank in the list \
             and larger the nearer it is to your design; a line joins two models whose similarity reaches {:.2}; \
             the colour shows the model's issue or health domain.",
            options.graph_threshold
        ),
        atlas_caption: format!(
            "The whole corpus ({} models) on one picture. Each dot is a model, placed by how alike its answers \
             to the six questions are to the others' (near means alike, whatever the issue) and coloured by \
             its issue; grey areas are families of models that sit together, named by the titles they use \
             most; the diamond is your design.",
            index.len()
        ),
        ranking: format!(
            "Ranked: {}, on the {} questions this design answers{}.",
            options.rank.kinds_text(),
            answers.answered_count(),
            match options.rank.silos {
                SiloScope::All => "",
                SiloScope::SameIssue => ", its own issue only",
                SiloScope::OtherSilos => ", across silos only",
            }
        ),
        answers: Question::ALL.into_iter().map(|q| brief_answer(design, q, &mut refs)).collect(),
        similar: ranked
            .iter()
            .enumerate()
            .filter_map(|(i, r)| brief_model(design, index, i + 1, *r, &mut refs))
            .collect(),
        crosswalk: index
            .title_crosswalk(&near)
            .into_iter()
            .map(|(title, count)| TitleCount { title, count })
            .collect(),
        unexplored,
        considerations: evidence::triggered(answers)
            .chain(evidence::always_included())
            .map(|c| brief_consideration(design, c, &mut refs))
            .collect(),
        references: refs
            .entries()
            .iter()
            .enumerate()
            .map(|(i, c)| BriefReference { number: i + 1, text: c.without_doi(), doi: c.doi.clone() })
            .collect(),
    }
}

fn brief_answer(design: &Design, question: Question, refs: &mut ReferenceList) -> BriefAnswer {
    let answers = &design.answers;
    let mut definitions = Vec::new();
    let mut define =
        |info: &OptionInfo| definitions.push(definition(info.name(), info.definition(), info.refs, refs));
    match question {
        Question::Functions => answers.functions.keys().for_each(|o| define(o.info())),
        Question::Relations => answers.relations.iter().for_each(|o| define(o.info())),
        Question::Status => answers.status.iter().for_each(|o| define(o.info())),
        Question::Affiliations => answers.affiliations.iter().for_each(|o| define(o.info())),
        Question::Spaces => answers.spaces.iter().for_each(|o| define(o.info())),
        Question::Formality => {
            if let Some(formality) = answers.formality {
                let anchor = FormalityAnchor::nearest(formality.value());
                definitions.push(definition(anchor.name(), anchor.example(), anchor.refs, refs));
            }
        }
    }
    let answer = if answers.is_answered(question) {
        capitalised(&answer_text(answers, question)) + "."
    } else {
        "Not answered yet.".to_string()
    };
    BriefAnswer {
        number: question.number() as u8,
        facet: question.facet().name().to_string(),
        title: question.title().to_string(),
        prompt: question.prompt().to_string(),
        answer,
        definitions,
        note: design.note(question).to_string(),
    }
}

/// The place in words, with the countries when the words do not name them.
fn place_text(region: &str, countries: &str) -> String {
    match (region.trim().is_empty(), countries.is_empty()) {
        (true, _) => countries.to_string(),
        (false, true) => region.trim().to_string(),
        (false, false) if region.contains(countries) => region.trim().to_string(),
        (false, false) => format!("{} ({countries})", region.trim()),
    }
}

fn country_names(codes: &[String]) -> String {
    codes.iter().map(|c| taxonomy::country(c).map_or(c.as_str(), |c| c.name())).collect::<Vec<_>>().join(", ")
}

fn definition(term: &str, text: &str, numbers: &[u16], refs: &mut ReferenceList) -> Definition {
    let cited: Vec<usize> = numbers.iter().filter_map(|n| map_reference(*n)).map(|c| refs.cite(c)).collect();
    Definition { term: term.to_string(), text: text.to_string(), refs: cited }
}

fn brief_model(
    design: &Design,
    index: &SimilarityIndex,
    rank: usize,
    ranked: Ranked,
    refs: &mut ReferenceList,
) -> Option<BriefModel> {
    let model = index.model(ranked.index)?;
    let (similarity, comparisons) = explain(design, &*model, &design.weights, index.priors());
    let issue =
        issue_line(&similarity, &design.context.issue, &model.issue).map(|summary| QuestionAgreement {
            question: "Issue".to_string(),
            agreement: similarity.issue.agreement,
            counted: similarity.issue.counted,
            summary,
        });
    let differences = comparisons
        .iter()
        .filter(|c| c.agreement.is_some_and(|a| a < 0.999) || !c.only_second.is_empty())
        .map(|c| capitalised(&c.summary))
        .collect();
    Some(BriefModel {
        rank,
        id: model.id.clone(),
        name: model.shown_name().to_string(),
        kind: model.kind.label().to_string(),
        score: similarity.score,
        known: model.coding_summary(),
        titles: model.titles.clone(),
        issue: model.issue_text(),
        region: place_text(&model.region, &model.country_names()),
        lessons: model.lesson_lines(),
        agreement: comparisons
            .into_iter()
            .map(|c| QuestionAgreement {
                question: c.question.title().to_string(),
                agreement: c.agreement,
                counted: c.counted,
                summary: c.summary,
            })
            .chain(issue)
            .collect(),
        differences,
        citation: refs.cite(&model.citation),
    })
}

fn brief_consideration(
    design: &Design,
    consideration: &Consideration,
    refs: &mut ReferenceList,
) -> BriefConsideration {
    // One number per work, in order of first citation, even when two sources cite the same work.
    let mut numbers: Vec<usize> = Vec::new();
    for citation in consideration.sources.iter().flat_map(|s| s.citations()) {
        let number = refs.cite(citation);
        if !numbers.contains(&number) {
            numbers.push(number);
        }
    }
    BriefConsideration {
        id: consideration.id.clone(),
        section: consideration.section.name().to_string(),
        title: consideration.title().into_owned(),
        text: consideration.text().into_owned(),
        trigger: consideration.trigger.describe(),
        source_label: consideration.works_label(),
        refs: numbers,
        addressed: design.addressed.get(&consideration.id).cloned(),
        always: consideration.always(),
    }
}

/// "functions 0.50: …" → "Functions 0.50: …".
fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_work_cited_by_two_sources_of_one_consideration_gets_one_number() {
        let consideration: Consideration = serde_json::from_value(serde_json::json!({
            "id": "x", "section": "always", "title": "T", "text": "Text.", "trigger": "always",
            "sources": [
                { "work": "MAP", "section": "§5.1", "refs": [18] },
                { "work": "PSW" },
                { "work": "MAP", "section": "§7.2", "refs": [18, 20] }
            ]
        }))
        .expect("a consideration");
        let mut refs = ReferenceList::default();
        let brief = brief_consideration(&Design::default(), &consideration, &mut refs);
        // The map paper, its reference 18, the metasynthesis, then reference 20: each once.
        assert_eq!(brief.refs, vec![1, 2, 3, 4]);
    }
}
