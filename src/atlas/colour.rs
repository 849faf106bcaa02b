//! What the atlas colours models by: issue, region, kind, or any question's
//! answer (by affiliation shows the community–clinical continuum), formality
//! as a gradient. The domain names each model's category; the UI picks colours.

use crate::corpus::country_regions;
use crate::design::{Answers, FunctionRole};
use crate::i18n::{say, tr};
use crate::map::{AnswerOption, Question};
use crate::similarity::Entry;
use crate::taxonomy;

/// A field to colour the atlas by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum ColourBy {
    #[default]
    Issue,
    Region,
    Kind,
    Answer(Question),
}

/// A model's place in the legend.
#[derive(Debug, Clone, PartialEq)]
pub enum Swatch {
    /// A named category, shared by the models that have it.
    Category(String),
    /// A position on a 0–1 scale (formality).
    Gradient(f32),
    /// The source does not say.
    Unknown,
}

impl ColourBy {
    pub const ALL: [ColourBy; 9] = [
        ColourBy::Issue,
        ColourBy::Region,
        ColourBy::Kind,
        ColourBy::Answer(Question::Functions),
        ColourBy::Answer(Question::Formality),
        ColourBy::Answer(Question::Relations),
        ColourBy::Answer(Question::Status),
        ColourBy::Answer(Question::Affiliations),
        ColourBy::Answer(Question::Spaces),
    ];

    /// The field's name in the window's language ("Issue", "Q1 Primary function").
    pub fn label(self) -> String {
        match self {
            ColourBy::Issue => tr("atlas-by-issue").into(),
            ColourBy::Region => tr("atlas-by-region").into(),
            ColourBy::Kind => tr("atlas-by-kind").into(),
            ColourBy::Answer(Question::Functions) => tr("atlas-by-primary-function").into(),
            ColourBy::Answer(q) => {
                say("question-numbered", &[("number", q.number().to_string()), ("title", q.title().into())])
            }
        }
    }

    /// The name on the command line: issue, region, kind, or a question's key.
    pub fn key(self) -> &'static str {
        match self {
            ColourBy::Issue => "issue",
            ColourBy::Region => "region",
            ColourBy::Kind => "kind",
            ColourBy::Answer(q) => q.key(),
        }
    }

    /// Reads a command-line name ("affiliation" and "affiliations" both work).
    pub fn parse(text: &str) -> Result<ColourBy, String> {
        let wanted = text.trim().to_lowercase();
        ColourBy::ALL
            .into_iter()
            .find(|c| c.key() == wanted || c.key().trim_end_matches('s') == wanted.trim_end_matches('s'))
            .ok_or_else(|| {
                let names: Vec<&str> = ColourBy::ALL.iter().map(|c| c.key()).collect();
                say("atlas-colour-unknown", &[("text", text.to_string()), ("names", names.join(", "))])
            })
    }
}

/// The category (or gradient value) of `model` when colouring `by` a field.
pub fn colour_key(by: ColourBy, model: &Entry, answers: &Answers) -> Swatch {
    let named = |text: &str| Swatch::Category(text.to_string());
    match by {
        ColourBy::Issue => match taxonomy::issue(&model.issue) {
            Some(term) => named(term.label()),
            None => Swatch::Unknown,
        },
        ColourBy::Region => match country_regions(model.countries.iter().map(|c| &**c)).as_slice() {
            [] => Swatch::Unknown,
            [one] => named(taxonomy::region(one).map_or(one.as_str(), |t| t.label())),
            _ => named(tr("atlas-several-regions")),
        },
        ColourBy::Kind => named(model.kind.label()),
        ColourBy::Answer(question) => answer_swatch(question, answers),
    }
}

fn answer_swatch(question: Question, answers: &Answers) -> Swatch {
    let one_of = |names: Vec<&'static str>, several: &str| match names.as_slice() {
        [] => Swatch::Unknown,
        [one] => Swatch::Category((*one).to_string()),
        _ => Swatch::Category(several.to_string()),
    };
    match question {
        Question::Functions => {
            let primary: Vec<&str> = answers
                .functions
                .iter()
                .filter(|(_, role)| **role == FunctionRole::Primary)
                .map(|(f, _)| f.info().name())
                .collect();
            let names = if primary.is_empty() {
                answers.functions.keys().map(|f| f.info().name()).collect()
            } else {
                primary
            };
            one_of(names, tr("atlas-several-functions"))
        }
        Question::Formality => {
            answers.formality.map_or(Swatch::Unknown, |f| Swatch::Gradient(f.value() as f32))
        }
        Question::Relations => {
            one_of(answers.relations.iter().map(|o| o.info().name()).collect(), tr("atlas-several-bases"))
        }
        Question::Status => {
            one_of(answers.status.iter().map(|o| o.info().name()).collect(), tr("atlas-several-sources"))
        }
        Question::Affiliations if answers.peer_run => Swatch::Category(tr("peer-run-organisation").into()),
        Question::Affiliations => {
            one_of(answers.affiliations.iter().map(|o| o.info().name()).collect(), tr("atlas-partnership"))
        }
        Question::Spaces => {
            one_of(answers.spaces.iter().map(|o| o.info().name()).collect(), tr("atlas-several-spaces"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::bundled_models;

    #[test]
    fn every_field_colours_the_bundled_corpus_into_a_readable_legend() {
        for by in ColourBy::ALL {
            let swatches: Vec<Swatch> =
                bundled_models().iter().map(|m| colour_key(by, &m.into(), &m.answers)).collect();
            let categories: std::collections::BTreeSet<String> = swatches
                .iter()
                .filter_map(|s| if let Swatch::Category(c) = s { Some(c.clone()) } else { None })
                .collect();
            match by {
                ColourBy::Answer(Question::Formality) => {
                    assert!(
                        swatches.iter().any(|s| matches!(s, Swatch::Gradient(_))),
                        "formality is a gradient"
                    )
                }
                _ => assert!((2..=20).contains(&categories.len()), "{}: {categories:?}", by.label()),
            }
            assert_eq!(ColourBy::parse(by.key()), Ok(by));
        }
        assert_eq!(ColourBy::parse("affiliation"), Ok(ColourBy::Answer(Question::Affiliations)));
        assert!(ColourBy::parse("colour").is_err_and(|e| e.contains("issue, region, kind")));
    }
}
