//! Each consideration applies for its trigger, and not for answers just outside it.

use peermap::design::{Answers, Formality, FunctionRole};
use peermap::evidence::{Trigger, considerations, triggered};
use peermap::map::{Affiliation, AnswerOption, Function, Relation, Space, StatusSource};

fn applies(answers: &Answers, id: &str) -> bool {
    triggered(answers).any(|c| c.id == id)
}

fn formality(value: f64) -> Answers {
    Answers { formality: Some(Formality::clamped(value)), ..Default::default() }
}

/// The smallest answers that satisfy `trigger`, and answers close to it that do not.
fn inside_and_outside(trigger: &Trigger) -> (Answers, Vec<Answers>) {
    fn others<T: AnswerOption + PartialEq>(chosen: &[T]) -> Vec<T> {
        T::ALL.iter().copied().filter(|o| !chosen.contains(o)).collect()
    }
    match trigger {
        Trigger::Function(f) => {
            let mut inside = Answers::default();
            inside.functions.insert(*f, FunctionRole::Secondary);
            let mut outside = Answers::default();
            for other in others(&[*f]) {
                outside.functions.insert(other, FunctionRole::Primary);
            }
            (inside, vec![outside, Answers::default()])
        }
        Trigger::FormalityAtLeast(min) => (formality(*min), vec![formality(min - 0.01), Answers::default()]),
        Trigger::FormalityAtMost(max) => (formality(*max), vec![formality(max + 0.01), Answers::default()]),
        Trigger::FormalityAnswered(_) => (formality(0.0), vec![Answers::default()]),
        Trigger::Relation(r) => {
            let inside = Answers { relations: [*r].into(), ..Default::default() };
            let outside =
                Answers { relations: others::<Relation>(&[*r]).into_iter().collect(), ..Default::default() };
            (inside, vec![outside])
        }
        Trigger::Status(s) => {
            let inside = Answers { status: [*s].into(), ..Default::default() };
            let outside =
                Answers { status: others::<StatusSource>(&[*s]).into_iter().collect(), ..Default::default() };
            (inside, vec![outside])
        }
        Trigger::Affiliation(a) => {
            let inside = Answers { affiliations: [*a].into(), ..Default::default() };
            let outside = Answers {
                affiliations: others::<Affiliation>(&[*a]).into_iter().collect(),
                ..Default::default()
            };
            (inside, vec![outside])
        }
        Trigger::SpaceAny(spaces) => {
            let inside = Answers { spaces: [spaces[0]].into(), ..Default::default() };
            let outside =
                Answers { spaces: others::<Space>(spaces).into_iter().collect(), ..Default::default() };
            (inside, vec![outside])
        }
        Trigger::Always => (Answers::default(), vec![]),
    }
}

#[test]
fn every_rule_fires_for_its_trigger_and_not_just_outside_it() {
    for consideration in considerations().iter().filter(|c| !c.always()) {
        let (inside, outside) = inside_and_outside(&consideration.trigger);
        assert!(applies(&inside, &consideration.id), "{} should apply to {inside:?}", consideration.id);
        for answers in outside {
            assert!(
                !applies(&answers, &consideration.id),
                "{} should not apply to {answers:?}",
                consideration.id
            );
        }
    }
}

#[test]
fn an_unanswered_design_triggers_nothing() {
    assert_eq!(triggered(&Answers::default()).count(), 0);
}

#[test]
fn every_space_in_an_any_of_trigger_fires_it() {
    let outreach =
        considerations().iter().find(|c| c.id == "space-outreach-equipment-safety").expect("bundled");
    for space in [Space::Outreach, Space::DailyLife] {
        let answers = Answers { spaces: [space].into(), ..Default::default() };
        assert!(applies(&answers, &outreach.id), "{space:?}");
    }
    let answers = Answers { spaces: [Space::CommunityOrgSpace].into(), ..Default::default() };
    assert!(!applies(&answers, &outreach.id));
}

#[test]
fn a_clinical_navigation_programme_gets_the_clinical_considerations() {
    let mut answers = Answers { affiliations: [Affiliation::ClinicalOrg].into(), ..Default::default() };
    answers.functions.insert(Function::Navigation, FunctionRole::Primary);
    let ids: Vec<&str> = triggered(&answers).map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids,
        ["role-navigation-referral-routes", "affiliation-clinical-power", "affiliation-clinical-benefits"]
    );
}
