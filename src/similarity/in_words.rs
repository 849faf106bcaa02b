//! A comparison question by question in sentences, so a peer worker can read
//! how their role differs from a model without decoding scores
//! ("They do not do navigation. Yours is peer-run; theirs is independent.").

use super::QuestionComparison;
use crate::design::{Answers, FunctionRole};
use crate::map::{AnswerOption, FormalityAnchor, Question};
use std::collections::BTreeSet;

/// Formality values closer than this read as "about as formal".
const SAME_FORMALITY: f64 = 0.1;

/// The difference on one question, in sentences; `first` is the design ("yours"),
/// `second` the model ("theirs").
pub fn in_words(line: &QuestionComparison, first: &Answers, second: &Answers) -> String {
    if line.agreement.is_none() {
        return match line.counted {
            None => "You have not answered this question, so it is left out of the score.".into(),
            Some(expected) => format!(
                "The source does not say, so it counts {expected:.2}: what a coded model agrees with \
                 your answer on average."
            ),
        };
    }
    let sentences = match line.question {
        Question::Functions => functions(first, second),
        Question::Formality => formality(first, second),
        Question::Relations => sets(
            (&first.relations, &second.relations),
            ["Both build the peer relation on", "Yours also builds it on", "Theirs also builds it on"],
        ),
        Question::Status => sets(
            (&first.status, &second.status),
            [
                "In both, peer status comes from",
                "In yours it also comes from",
                "In theirs it also comes from",
            ],
        ),
        Question::Affiliations => affiliations(first, second),
        Question::Spaces => {
            sets((&first.spaces, &second.spaces), ["Both work in", "Only you work in", "Only they work in"])
        }
    };
    sentences.join(" ")
}

/// "a", "a and b", "a, b and c".
fn listed(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn lower<T: AnswerOption>(items: impl IntoIterator<Item = T>) -> Vec<String> {
    items.into_iter().map(|o| o.info().name().to_lowercase()).collect()
}

/// Shared, only-yours and only-theirs, each as a sentence after its opening words.
fn sets<T: AnswerOption>(pair: (&BTreeSet<T>, &BTreeSet<T>), openings: [&str; 3]) -> Vec<String> {
    let (a, b) = pair;
    let groups =
        [lower(a.intersection(b).copied()), lower(a.difference(b).copied()), lower(b.difference(a).copied())];
    let suffixes = ["", "; theirs does not", "; yours does not"];
    groups
        .iter()
        .zip(openings)
        .zip(suffixes)
        .filter(|((items, _), _)| !items.is_empty())
        .map(|((items, opening), suffix)| {
            // "Only you work in …" needs no "… does not" after it.
            let suffix = if opening.starts_with("Only") { "" } else { suffix };
            format!("{opening} {}{suffix}.", listed(items))
        })
        .collect()
}

fn functions(a: &Answers, b: &Answers) -> Vec<String> {
    let keys = |answers: &Answers| answers.functions.keys().copied().collect::<BTreeSet<_>>();
    let (ka, kb) = (keys(a), keys(b));
    let mut sentences = Vec::new();
    let shared = lower(ka.intersection(&kb).copied());
    if !shared.is_empty() {
        sentences.push(format!("Both do {}.", listed(&shared)));
    }
    let missing = lower(ka.difference(&kb).copied());
    if !missing.is_empty() {
        sentences.push(format!("They do not do {}.", listed(&missing)));
    }
    let extra = lower(kb.difference(&ka).copied());
    if !extra.is_empty() {
        sentences.push(format!("They also do {}; you do not.", listed(&extra)));
    }
    for function in ka.intersection(&kb) {
        let (pa, pb) = (a.functions[function], b.functions[function]);
        if pa != pb {
            let whose = if pa == FunctionRole::Primary { "yours, not theirs" } else { "theirs, not yours" };
            sentences.push(format!("{} is a primary aim of {whose}.", function.info().name()));
        }
    }
    sentences
}

fn formality(a: &Answers, b: &Answers) -> Vec<String> {
    let (Some(x), Some(y)) = (a.formality.map(|f| f.value()), b.formality.map(|f| f.value())) else {
        return Vec::new();
    };
    let near = |v: f64| FormalityAnchor::nearest(v).name().to_lowercase();
    if (x - y).abs() < SAME_FORMALITY {
        return vec![format!("About as formal: yours {x:.2}, theirs {y:.2}, both near \"{}\".", near(x))];
    }
    let more = if y > x { "more" } else { "less" };
    vec![format!(
        "Theirs is {more} formal: {y:.2}, near \"{}\"; yours {x:.2}, near \"{}\".",
        near(y),
        near(x)
    )]
}

/// How an affiliation reads after "is" ("is in a clinically based organisation").
fn affiliation_phrases(answers: &Answers) -> BTreeSet<String> {
    let mut phrases: BTreeSet<String> = answers
        .affiliations
        .iter()
        .map(|a| match a.info().key {
            "independent" => "independent".to_string(),
            _ => format!("in a {}", a.info().name().to_lowercase()),
        })
        .collect();
    if answers.peer_run {
        phrases.insert("peer-run".into());
    }
    phrases
}

fn affiliations(a: &Answers, b: &Answers) -> Vec<String> {
    let (pa, pb) = (affiliation_phrases(a), affiliation_phrases(b));
    let items = |set: BTreeSet<&String>| set.into_iter().cloned().collect::<Vec<_>>();
    let shared = items(pa.intersection(&pb).collect());
    let (yours, theirs) = (items(pa.difference(&pb).collect()), items(pb.difference(&pa).collect()));
    let mut sentences = Vec::new();
    if !shared.is_empty() {
        sentences.push(format!("Both are {}.", listed(&shared)));
    }
    match (yours.is_empty(), theirs.is_empty()) {
        (false, false) => {
            sentences.push(format!("Yours is {}; theirs is {}.", listed(&yours), listed(&theirs)))
        }
        (false, true) => sentences.push(format!("Yours is also {}; theirs is not.", listed(&yours))),
        (true, false) => sentences.push(format!("Theirs is also {}; yours is not.", listed(&theirs))),
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
    fn unanswered_and_unknown_questions_say_why_they_count_as_they_do() {
        let (mut yours, theirs) = (Design::default(), Design::default());
        assert!(line(Question::Spaces, &yours, &theirs).starts_with("You have not answered"));
        yours.answers.spaces.insert(Space::Outreach);
        assert!(line(Question::Spaces, &yours, &theirs).starts_with("The source does not say"));
    }
}
