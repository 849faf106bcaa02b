//! A comparison question by question in sentences, so a peer worker can read
//! how their role differs from a model without decoding scores
//! ("They do not do navigation. Yours is peer-run; theirs is independent.").

use super::QuestionComparison;
use crate::design::{Answers, FunctionRole};
use crate::i18n::{FluentValue, decimal, tr, tr_args};
use crate::map::{AnswerOption, FormalityAnchor, Question};
use std::collections::BTreeSet;

/// Formality values closer than this read as "about as formal".
const SAME_FORMALITY: f64 = 0.1;

/// The difference on one question, in sentences; `first` is the design ("yours"),
/// `second` the model ("theirs").
pub fn in_words(line: &QuestionComparison, first: &Answers, second: &Answers) -> String {
    if line.agreement.is_none() {
        return match line.counted {
            None => tr("words-unanswered").into(),
            Some(expected) => tr_args("words-unknown", &[("expected", decimal(expected, 2).into())]),
        };
    }
    let sentences = match line.question {
        Question::Functions => functions(first, second),
        Question::Formality => formality(first, second),
        Question::Relations => sets(
            (&first.relations, &second.relations),
            ["words-relations-shared", "words-relations-yours", "words-relations-theirs"],
        ),
        Question::Status => sets(
            (&first.status, &second.status),
            ["words-status-shared", "words-status-yours", "words-status-theirs"],
        ),
        Question::Affiliations => affiliations(first, second),
        Question::Spaces => sets(
            (&first.spaces, &second.spaces),
            ["words-spaces-shared", "words-spaces-yours", "words-spaces-theirs"],
        ),
    };
    sentences.join(" ")
}

/// "a", "a and b", "a, b and c" (with the language's "and").
fn listed(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {} {last}", rest.join(", "), tr("words-and")),
    }
}

/// A sentence `id` about the listed `items`, or none when there are none.
fn about(id: &str, items: &[String]) -> Option<String> {
    (!items.is_empty()).then(|| tr_args(id, &[("items", listed(items).into())]))
}

fn lower<T: AnswerOption>(items: impl IntoIterator<Item = T>) -> Vec<String> {
    items.into_iter().map(|o| o.info().name().to_lowercase()).collect()
}

/// Shared, only-yours and only-theirs, each as the sentence of its message.
fn sets<T: AnswerOption>(pair: (&BTreeSet<T>, &BTreeSet<T>), messages: [&str; 3]) -> Vec<String> {
    let (a, b) = pair;
    let groups =
        [lower(a.intersection(b).copied()), lower(a.difference(b).copied()), lower(b.difference(a).copied())];
    groups.iter().zip(messages).filter_map(|(items, id)| about(id, items)).collect()
}

fn functions(a: &Answers, b: &Answers) -> Vec<String> {
    let keys = |answers: &Answers| answers.functions.keys().copied().collect::<BTreeSet<_>>();
    let (ka, kb) = (keys(a), keys(b));
    let mut sentences: Vec<String> = [
        ("words-functions-shared", lower(ka.intersection(&kb).copied())),
        ("words-functions-missing", lower(ka.difference(&kb).copied())),
        ("words-functions-extra", lower(kb.difference(&ka).copied())),
    ]
    .iter()
    .filter_map(|(id, items)| about(id, items))
    .collect();
    for function in ka.intersection(&kb) {
        let (pa, pb) = (a.functions[function], b.functions[function]);
        if pa != pb {
            let id = if pa == FunctionRole::Primary { "words-primary-yours" } else { "words-primary-theirs" };
            sentences.push(tr_args(id, &[("function", function.info().name().into())]));
        }
    }
    sentences
}

fn formality(a: &Answers, b: &Answers) -> Vec<String> {
    let (Some(x), Some(y)) = (a.formality.map(|f| f.value()), b.formality.map(|f| f.value())) else {
        return Vec::new();
    };
    let near = |v: f64| FluentValue::from(FormalityAnchor::nearest(v).name().to_lowercase());
    let (yours, theirs) = (decimal(x, 2), decimal(y, 2));
    if (x - y).abs() < SAME_FORMALITY {
        let args = [("yours", yours.into()), ("theirs", theirs.into()), ("near", near(x))];
        return vec![tr_args("words-formality-same", &args)];
    }
    let id = if y > x { "words-formality-more" } else { "words-formality-less" };
    let args = [
        ("theirs", theirs.into()),
        ("near_theirs", near(y)),
        ("yours", yours.into()),
        ("near_yours", near(x)),
    ];
    vec![tr_args(id, &args)]
}

/// How an affiliation reads after "is" ("in a clinically based organisation").
fn affiliation_phrases(answers: &Answers) -> BTreeSet<String> {
    let mut phrases: BTreeSet<String> = answers
        .affiliations
        .iter()
        .map(|a| match a.info().key {
            "independent" => tr("words-affiliation-independent").to_string(),
            _ => tr_args("words-affiliation-in", &[("name", a.info().name().to_lowercase().into())]),
        })
        .collect();
    if answers.peer_run {
        phrases.insert(tr("words-affiliation-peer-run").into());
    }
    phrases
}

fn affiliations(a: &Answers, b: &Answers) -> Vec<String> {
    let (pa, pb) = (affiliation_phrases(a), affiliation_phrases(b));
    let items = |set: BTreeSet<&String>| set.into_iter().cloned().collect::<Vec<_>>();
    let shared = items(pa.intersection(&pb).collect());
    let (yours, theirs) = (items(pa.difference(&pb).collect()), items(pb.difference(&pa).collect()));
    let mut sentences: Vec<String> = about("words-affiliations-shared", &shared).into_iter().collect();
    match (yours.is_empty(), theirs.is_empty()) {
        (false, false) => sentences.push(tr_args(
            "words-affiliations-differ",
            &[("yours", listed(&yours).into()), ("theirs", listed(&theirs).into())],
        )),
        (false, true) => sentences.extend(about("words-affiliations-yours", &yours)),
        (true, false) => sentences.extend(about("words-affiliations-theirs", &theirs)),
        (true, true) => {}
    }
    sentences
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::design::{Design, Formality};
    use crate::map::{Affiliation, Function, Relation, Space};
    use crate::similarity::{Priors, Weights, explain};

    fn line(question: Question, first: &Design, second: &Design) -> String {
        let (_, lines) = explain(first, second, &Weights::default(), &Priors::default());
        let line = lines.iter().find(|l| l.question == question).expect("each question");
        in_words(line, &first.answers, &second.answers)
    }

    #[test]
    fn differences_read_as_sentences_about_yours_and_theirs() {
        let (mut yours, mut theirs) = (Design::default(), Design::default());
        yours.answers.functions.insert(Function::Navigation, FunctionRole::Primary);
        yours.answers.functions.insert(Function::Emotional, FunctionRole::Secondary);
        theirs.answers.functions.insert(Function::Emotional, FunctionRole::Primary);
        theirs.answers.functions.insert(Function::Advocacy, FunctionRole::Secondary);
        assert_eq!(
            line(Question::Functions, &yours, &theirs),
            "Both do emotional support. They do not do navigation. They also do advocacy; you do not. \
             Emotional support is a primary aim of theirs, not yours."
        );

        yours.answers.affiliations.insert(Affiliation::CommunityOrg);
        yours.answers.peer_run = true;
        theirs.answers.affiliations.insert(Affiliation::Independent);
        assert_eq!(
            line(Question::Affiliations, &yours, &theirs),
            "Yours is in a community-based organisation and peer-run; theirs is independent."
        );

        yours.answers.relations.insert(Relation::LivedExperience);
        theirs.answers.relations.extend([Relation::LivedExperience, Relation::SocialIdentity]);
        assert_eq!(
            line(Question::Relations, &yours, &theirs),
            "Both build the peer relation on lived experience. \
             Theirs also builds it on shared social identity; yours does not."
        );

        yours.answers.spaces.insert(Space::Outreach);
        theirs.answers.spaces.insert(Space::Institutional);
        assert_eq!(
            line(Question::Spaces, &yours, &theirs),
            "Only you work in street and outreach. Only they work in institutional settings."
        );

        yours.answers.formality = Some(Formality::clamped(0.2));
        theirs.answers.formality = Some(Formality::clamped(0.9));
        assert!(line(Question::Formality, &yours, &theirs).starts_with("Theirs is more formal: 0.90"));
    }

    #[test]
    fn in_french_the_sentences_list_the_answers_with_french_marks() {
        let (mut yours, mut theirs) = (Design::default(), Design::default());
        yours.answers.functions.insert(Function::Navigation, FunctionRole::Primary);
        yours.answers.functions.insert(Function::Emotional, FunctionRole::Secondary);
        theirs.answers.functions.insert(Function::Emotional, FunctionRole::Primary);
        yours.answers.formality = Some(Formality::clamped(0.2));
        theirs.answers.formality = Some(Formality::clamped(0.9));
        crate::i18n::with_language(crate::i18n::Language::French, || {
            assert_eq!(
                line(Question::Functions, &yours, &theirs),
                "Fonctions en commun\u{a0}: soutien émotionnel. Absent chez eux\u{a0}: navigation dans les \
                 services. Soutien émotionnel\u{a0}: fonction principale chez eux, pas chez vous."
            );
            let formality = line(Question::Formality, &yours, &theirs);
            assert!(
                formality.starts_with("Leur rôle est plus formel\u{a0}: 0,90, près de «\u{a0}"),
                "{formality}"
            );
        });
    }

    #[test]
    fn unanswered_and_unknown_questions_say_why_they_count_as_they_do() {
        let (mut yours, theirs) = (Design::default(), Design::default());
        assert!(line(Question::Spaces, &yours, &theirs).starts_with("You have not answered"));
        yours.answers.spaces.insert(Space::Outreach);
        assert!(line(Question::Spaces, &yours, &theirs).starts_with("The source does not say"));
    }
}
