//! Several perspectives on one design: how far they diverge, how a group
//! settles a shared answer, merging perspectives from other copies, and
//! the design file that holds them.

mod strategies;

use peermap::design::{self, Answers, Design, Formality, FunctionRole};
use peermap::map::{Affiliation, Function, Question, Space};
use peermap::perspectives::{
    ConflictChoice, Perspective, divergence, majority, median_formality, merge, take_question, to_discuss,
};
use proptest::prelude::*;
use std::path::Path;

fn perspective(name: &str, answers: Answers) -> Perspective {
    Perspective { name: name.into(), answers, ..Perspective::default() }
}

fn with_formality(value: f64) -> Answers {
    Answers { formality: Some(Formality::clamped(value)), ..Answers::default() }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn identical_perspectives_do_not_diverge(answers in strategies::answers()) {
        for question in Question::ALL {
            let d = divergence(&[&answers, &answers.clone(), &answers.clone()], question);
            prop_assert_eq!(d.is_some(), answers.is_answered(question));
            prop_assert!(d.unwrap_or(0.0).abs() < 1e-9, "{:?}: {:?}", question, d);
        }
    }

    #[test]
    fn divergence_is_symmetric_and_bounded(a in strategies::answers(), b in strategies::answers(), c in strategies::answers()) {
        for question in Question::ALL {
            let forward = divergence(&[&a, &b, &c], question);
            let backward = divergence(&[&c, &b, &a], question);
            prop_assert_eq!(forward.is_some(), backward.is_some());
            if let (Some(f), Some(r)) = (forward, backward) {
                prop_assert!((f - r).abs() < 1e-9, "{:?}: {} vs {}", question, f, r);
                prop_assert!((0.0..=1.0).contains(&f));
            }
        }
    }

    #[test]
    fn divergence_grows_as_one_perspective_moves_away(start in 0.0f64..0.5, step in 0.01f64..0.25) {
        let near = divergence(&[&with_formality(start), &with_formality(start + step)], Question::Formality);
        let far = divergence(&[&with_formality(start), &with_formality(start + 2.0 * step)], Question::Formality);
        prop_assert!(far.expect("both answered") > near.expect("both answered"));
    }
}

#[test]
fn the_most_divergent_questions_come_first_and_agreed_ones_are_left_out() {
    let spaces = |s: &[Space]| s.iter().copied().collect();
    let mut people = Vec::new();
    for (name, formality, space) in [
        ("Manager", 0.9, Space::Institutional),
        ("Peers", 0.2, Space::DailyLife),
        ("Nurses", 0.8, Space::Institutional),
    ] {
        let answers = Answers { spaces: spaces(&[space]), ..with_formality(formality) };
        people.push(perspective(
            name,
            Answers { relations: [peermap::map::Relation::LivedExperience].into(), ..answers },
        ));
    }
    let discuss = to_discuss(&people);
    let questions: Vec<Question> = discuss.iter().map(|(q, _)| *q).collect();
    assert_eq!(questions, [Question::Spaces, Question::Formality], "{discuss:?}");
    assert!(discuss[0].1 > discuss[1].1);
}

#[test]
fn a_group_settles_by_median_majority_or_one_voice() {
    let people: Vec<Perspective> = [0.2, 0.9, 0.6, 0.7]
        .into_iter()
        .enumerate()
        .map(|(i, f)| perspective(&format!("P{i}"), with_formality(f)))
        .collect();
    assert_eq!(median_formality(&people).map(|f| f.value()), Some(0.65));
    assert_eq!(median_formality(&people[..3]).map(|f| f.value()), Some(0.6));

    let chose = |functions: &[(Function, FunctionRole)], affiliations: &[Affiliation]| Answers {
        functions: functions.iter().copied().collect(),
        affiliations: affiliations.iter().copied().collect(),
        ..Answers::default()
    };
    use Affiliation::{ClinicalOrg, CommunityOrg};
    use Function::{Emotional, Navigation};
    use FunctionRole::{Primary, Secondary};
    let people = vec![
        perspective("A", chose(&[(Navigation, Primary), (Emotional, Secondary)], &[ClinicalOrg])),
        perspective("B", chose(&[(Navigation, Primary)], &[ClinicalOrg, CommunityOrg])),
        perspective("C", chose(&[(Navigation, Secondary), (Emotional, Secondary)], &[CommunityOrg])),
        perspective("D", Answers::default()),
    ];
    let functions = majority(&people, Question::Functions).functions;
    assert_eq!(functions, [(Navigation, Primary), (Emotional, Secondary)].into(), "2 of 3 who answered");
    let affiliations = majority(&people, Question::Affiliations).affiliations;
    assert_eq!(affiliations, [ClinicalOrg, CommunityOrg].into());

    let mut shared = with_formality(0.1);
    take_question(&mut shared, &people[0].answers, Question::Functions);
    assert_eq!(shared.functions, people[0].answers.functions);
    assert_eq!(shared.formality.map(|f| f.value()), Some(0.1), "other questions stay");
}

#[test]
fn a_merge_adds_new_perspectives_and_asks_about_every_name_taken() {
    let mut design =
        Design { perspectives: vec![perspective("Peer workers", with_formality(0.3))], ..Design::default() };
    let incoming =
        vec![perspective("peer workers ", with_formality(0.3)), perspective("Managers", with_formality(0.9))];
    let outcome = merge(&mut design, incoming, |_| panic!("identical: nothing to ask"));
    assert_eq!(
        (outcome.added, outcome.unchanged),
        (vec!["Managers".to_string()], vec!["peer workers".to_string()])
    );

    for (choice, names, peers) in [
        (ConflictChoice::Skip, vec!["Peer workers", "Managers"], 0.3),
        (ConflictChoice::Replace, vec!["Peer workers", "Managers"], 0.6),
        (ConflictChoice::KeepBoth, vec!["Peer workers", "Managers", "Peer workers (2)"], 0.3),
    ] {
        let mut copy = design.clone();
        let mut asked = 0;
        merge(&mut copy, vec![perspective("Peer workers", with_formality(0.6))], |conflict| {
            asked += 1;
            assert_eq!(conflict.existing.answers.formality, Some(Formality::clamped(0.3)));
            choice
        });
        assert_eq!(asked, 1);
        assert_eq!(
            copy.perspectives.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(),
            names,
            "{choice:?}"
        );
        assert_eq!(copy.perspectives[0].answers.formality, Some(Formality::clamped(peers)), "{choice:?}");
    }
}

#[test]
fn perspectives_survive_the_design_file_and_bad_ones_are_named() {
    let mut design = Design { name: "Navigators".into(), ..Design::default() };
    design.perspectives =
        vec![perspective("Peers", with_formality(0.4)), perspective("Manager", with_formality(0.8))];
    design
        .decisions
        .insert(Question::Formality, "Median of the four, after a discussion of supervision.".into());
    let text = design::to_json(&design);
    assert!(text.contains("\"format_version\": 2"));
    let read = design::from_json(text.as_bytes(), Path::new("x.peermap.json")).expect("reads back");
    assert_eq!(read, design);

    let version_one = br#"{"format_version": 1, "name": "Old"}"#;
    let old = design::from_json(version_one, Path::new("old.peermap.json")).expect("a version-1 file opens");
    assert!(old.perspectives.is_empty());

    for (json, field) in [
        (r#"{"format_version": 2, "perspectives": [{"name": " "}]}"#, "perspectives[0].name"),
        (r#"{"format_version": 2, "perspectives": [{"name": "A"}, {"name": "a"}]}"#, "perspectives[1].name"),
        (
            r#"{"format_version": 2, "perspectives": [{"name": "A", "answers": {"spaces": ["moon"]}}]}"#,
            "spaces",
        ),
    ] {
        let err =
            design::from_json(json.as_bytes(), Path::new("bad.peermap.json")).expect_err(json).to_string();
        assert!(err.contains(field), "{json}: {err}");
    }
    let newer = design::from_json(br#"{"format_version": 3}"#, Path::new("new.peermap.json"));
    assert!(newer.expect_err("newer").to_string().contains("newer"));
}
