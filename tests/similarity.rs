//! Properties of the similarity: bounds, symmetry, identity, parts adding
//! up, unknowns never agreeing, monotonicity, and the fast ranking giving
//! the same scores as the readable formula.

mod strategies;

use peermap::design::{Answers, Formality, FunctionRole};
use peermap::map::{Function, Question, Space};
use peermap::similarity::{PackedPosition, Weights, explain, similarity, top_k};
use proptest::prelude::*;
use strategies::answers;

fn weights() -> impl Strategy<Value = Weights> {
    proptest::collection::vec(0.0f64..=3.0, 6).prop_map(|values| {
        let mut weights = Weights::default();
        for (question, value) in Question::ALL.into_iter().zip(values) {
            weights.set(question, value);
        }
        weights
    })
}

fn fully_answered() -> impl Strategy<Value = Answers> {
    answers().prop_filter("all six answered", |a| a.answered_count() == 6)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn scores_are_bounded_symmetric_and_sum_their_parts(a in answers(), b in answers(), w in weights()) {
        let ab = similarity(&a, &b, &w);
        let ba = similarity(&b, &a, &w);
        prop_assert!((0.0..=1.0).contains(&ab.score));
        prop_assert!((ab.score - ba.score).abs() < 1e-12);
        let sum: f64 = ab.parts.iter().map(|p| p.contribution).sum();
        prop_assert!((sum - ab.score).abs() < 1e-12);
        for part in ab.parts {
            if let Some(agreement) = part.agreement {
                prop_assert!((0.0..=1.0).contains(&agreement));
            }
        }
    }

    #[test]
    fn identical_complete_answers_score_one(a in fully_answered()) {
        prop_assert!((similarity(&a, &a, &Weights::default()).score - 1.0).abs() < 1e-12);
    }

    #[test]
    fn unknown_answers_never_count_as_agreement(a in answers()) {
        let empty = Answers::default();
        let result = similarity(&a, &empty, &Weights::default());
        prop_assert_eq!(result.score, 0.0);
        prop_assert!(result.parts.iter().all(|p| p.agreement.is_none()));
    }

    #[test]
    fn moving_formality_closer_never_lowers_the_score(a in fully_answered(), b in fully_answered(), t in 0.0f64..=1.0) {
        let target = b.formality.expect("answered").value();
        let start = a.formality.expect("answered").value();
        let mut closer = a.clone();
        closer.formality = Formality::new(start + (target - start) * t).ok();
        let w = Weights::default();
        prop_assert!(similarity(&closer, &b, &w).score >= similarity(&a, &b, &w).score - 1e-12);
    }

    #[test]
    fn sharing_one_more_space_raises_the_score(a in fully_answered(), b in fully_answered()) {
        let missing: Vec<Space> = b.spaces.difference(&a.spaces).copied().collect();
        prop_assume!(!missing.is_empty());
        let mut closer = a.clone();
        closer.spaces.insert(missing[0]);
        let w = Weights::default();
        prop_assert!(similarity(&closer, &b, &w).score > similarity(&a, &b, &w).score);
    }

    #[test]
    fn the_packed_ranking_scores_like_the_formula(a in answers(), b in answers(), w in weights()) {
        let shares = Question::ALL.map(|q| if w.total() > 0.0 { w.get(q) / w.total() } else { 0.0 });
        let fast = PackedPosition::new(&a).score(&PackedPosition::new(&b), &shares);
        prop_assert!((fast - similarity(&a, &b, &w).score).abs() < 1e-6);
    }
}

#[test]
fn top_k_returns_the_best_first_and_respects_the_filter() {
    let mut near = Answers::default();
    near.spaces.insert(Space::Outreach);
    near.formality = Formality::new(0.7).ok();
    let mut far = near.clone();
    far.formality = Formality::new(0.0).ok();
    let mut same = near.clone();
    same.formality = Formality::new(0.7).ok();
    let candidates: Vec<PackedPosition> = [&far, &near, &same].map(PackedPosition::new).to_vec();
    let target = PackedPosition::new(&near);
    let best = top_k(&target, &candidates, 2, &Weights::default(), |_| true);
    assert_eq!(best.iter().map(|(i, _)| *i).collect::<Vec<_>>(), [1, 2]);
    let without_1 = top_k(&target, &candidates, 2, &Weights::default(), |i| i != 1);
    assert_eq!(without_1.iter().map(|(i, _)| *i).collect::<Vec<_>>(), [2, 0]);
}

#[test]
fn explanations_name_what_is_shared_and_what_differs() {
    let mut yours = Answers::default();
    yours.functions.insert(Function::Navigation, FunctionRole::Primary);
    yours.functions.insert(Function::Promotion, FunctionRole::Secondary);
    let mut theirs = Answers::default();
    theirs.functions.insert(Function::Navigation, FunctionRole::Primary);
    theirs.functions.insert(Function::Advocacy, FunctionRole::Secondary);
    let (result, lines) = explain(&yours, &theirs, &Weights::default());
    let functions = &lines[0];
    assert_eq!(functions.summary, "functions 0.50: both navigation; you add promotion; they add advocacy");
    assert!((functions.contribution - result.parts[0].contribution).abs() < 1e-12);
    assert!(lines[1].summary.contains("neither side has answered"));
}
