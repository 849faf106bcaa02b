//! Properties of the similarity: bounds, symmetry, identity, parts adding
//! up, unknown answers neither rewarding nor punishing, unanswered design
//! questions left out, monotonicity, and the fast top-k returning exactly
//! the first k of a full sort by the readable formula.

mod strategies;

use peermap::design::{Answers, Formality, FunctionRole};
use peermap::map::{Function, Question, Space};
use peermap::similarity::{PackedPosition, Priors, Side, Weights, explain, similarity, top_k};
use proptest::prelude::*;
use strategies::answers;

fn weights() -> impl Strategy<Value = Weights> {
    proptest::collection::vec(0.0f64..=3.0, 7).prop_map(|values| {
        let mut weights = Weights::default();
        for (question, value) in Question::ALL.into_iter().zip(&values) {
            weights.set(question, *value);
        }
        weights.set_issue(values[6]);
        weights
    })
}

/// An issue key, or none.
fn issue() -> impl Strategy<Value = &'static str> {
    proptest::sample::select(vec!["", "hiv", "diabetes", "mental_health"])
}

fn side<'a>(model: &'a (Answers, &'static str)) -> Side<'a> {
    Side { answers: &model.0, issue: model.1 }
}

fn filed_corpus() -> impl Strategy<Value = Vec<(Answers, &'static str)>> {
    proptest::collection::vec((answers(), issue()), 1..120)
}

fn fully_answered() -> impl Strategy<Value = Answers> {
    answers().prop_filter("all six answered", |a| a.answered_count() == 6)
}

fn corpus() -> impl Strategy<Value = Vec<Answers>> {
    proptest::collection::vec(answers(), 1..120)
}

fn priors_of(corpus: &[Answers]) -> Priors {
    let packed: Vec<PackedPosition> = corpus.iter().map(PackedPosition::new).collect();
    Priors::new(&packed)
}

/// `answers` with one question made unknown, or set to `other`'s answer.
fn with_answer(answers: &Answers, question: Question, other: Option<&Answers>) -> Answers {
    let mut result = answers.clone();
    let empty = Answers::default();
    let source = other.unwrap_or(&empty);
    match question {
        Question::Functions => result.functions = source.functions.clone(),
        Question::Formality => result.formality = source.formality,
        Question::Relations => result.relations = source.relations.clone(),
        Question::Status => result.status = source.status.clone(),
        Question::Affiliations => {
            result.affiliations = source.affiliations.clone();
            result.peer_run = source.peer_run;
        }
        Question::Spaces => result.spaces = source.spaces.clone(),
    }
    result
}

fn question() -> impl Strategy<Value = Question> {
    proptest::sample::select(Question::ALL.to_vec())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn scores_are_bounded_and_sum_their_parts(a in answers(), b in answers(), w in weights(), c in corpus()) {
        let result = similarity(&a, &b, &w, &priors_of(&c));
        prop_assert!((0.0..=1.0).contains(&result.score));
        let sum: f64 = result.parts.iter().map(|p| p.contribution).sum();
        prop_assert!((sum - result.score).abs() < 1e-12);
        prop_assert_eq!(result.ranked_on, a.answered_count());
        for part in result.parts {
            if let Some(agreement) = part.agreement {
                prop_assert!((0.0..=1.0).contains(&agreement));
            }
            prop_assert_eq!(part.counted.is_none(), !a.is_answered(part.question));
        }
    }

    #[test]
    fn positions_answering_the_same_questions_score_the_same_both_ways(
        a in fully_answered(), b in fully_answered(), w in weights(), c in corpus()
    ) {
        let priors = priors_of(&c);
        let (ab, ba) = (similarity(&a, &b, &w, &priors), similarity(&b, &a, &w, &priors));
        prop_assert!((ab.score - ba.score).abs() < 1e-12);
    }

    #[test]
    fn a_position_is_identical_to_itself(a in answers(), c in corpus()) {
        prop_assume!(a.answered_count() > 0);
        prop_assert!((similarity(&a, &a, &Weights::default(), &priors_of(&c)).score - 1.0).abs() < 1e-12);
    }

    #[test]
    fn an_unknown_answer_counts_as_the_mean_over_coded_models(
        design in answers(), model in answers(), q in question(), c in corpus(), w in weights()
    ) {
        prop_assume!(design.is_answered(q));
        let coded: Vec<&Answers> = c.iter().filter(|other| other.is_answered(q)).collect();
        prop_assume!(!coded.is_empty());
        let priors = priors_of(&c);
        let unknown = similarity(&design, &with_answer(&model, q, None), &w, &priors).score;
        let mean = coded
            .iter()
            .map(|other| similarity(&design, &with_answer(&model, q, Some(other)), &w, &priors).score)
            .sum::<f64>()
            / coded.len() as f64;
        prop_assert!((unknown - mean).abs() < 1e-9, "unknown {unknown} vs mean of coded {mean}");
    }

    #[test]
    fn an_unknown_issue_counts_as_the_mean_over_filed_models(
        design in answers(), design_issue in issue(), model in answers(), c in filed_corpus(), w in weights()
    ) {
        prop_assume!(!design_issue.is_empty() && c.iter().any(|(_, issue)| !issue.is_empty()));
        let packed: Vec<PackedPosition> = c.iter().map(|(answers, issue)| PackedPosition::of(Side { answers, issue })).collect();
        let priors = Priors::new(&packed);
        let design = Side { answers: &design, issue: design_issue };
        let filed: Vec<&str> = c.iter().map(|(_, issue)| *issue).filter(|i| !i.is_empty()).collect();
        let unknown = similarity(design, Side { answers: &model, issue: "" }, &w, &priors).score;
        let mean = filed.iter().map(|issue| similarity(design, Side { answers: &model, issue }, &w, &priors).score).sum::<f64>()
            / filed.len() as f64;
        prop_assert!((unknown - mean).abs() < 1e-9, "unknown {unknown} vs mean {mean}");
    }

    #[test]
    fn questions_the_design_has_not_answered_are_left_out(
        design in answers(), model in answers(), other in answers(), q in question(), c in corpus()
    ) {
        let design = with_answer(&design, q, None);
        let priors = priors_of(&c);
        let w = Weights::default();
        let before = similarity(&design, &model, &w, &priors).score;
        let after = similarity(&design, &with_answer(&model, q, Some(&other)), &w, &priors).score;
        prop_assert_eq!(before, after);
    }

    #[test]
    fn moving_formality_closer_never_lowers_the_score(
        a in fully_answered(), b in fully_answered(), t in 0.0f64..=1.0, c in corpus()
    ) {
        let target = b.formality.expect("answered").value();
        let start = a.formality.expect("answered").value();
        let mut closer = a.clone();
        closer.formality = Formality::new(start + (target - start) * t).ok();
        let (w, priors) = (Weights::default(), priors_of(&c));
        prop_assert!(similarity(&closer, &b, &w, &priors).score >= similarity(&a, &b, &w, &priors).score - 1e-12);
    }

    #[test]
    fn sharing_one_more_space_raises_the_score(a in fully_answered(), b in fully_answered(), c in corpus()) {
        let missing: Vec<Space> = b.spaces.difference(&a.spaces).copied().collect();
        prop_assume!(!missing.is_empty());
        let mut closer = a.clone();
        closer.spaces.insert(missing[0]);
        let (w, priors) = (Weights::default(), priors_of(&c));
        prop_assert!(similarity(&closer, &b, &w, &priors).score > similarity(&a, &b, &w, &priors).score);
    }

    #[test]
    fn the_fast_top_k_is_the_first_k_of_a_full_sort_by_the_formula(
        design in answers(), design_issue in issue(), c in filed_corpus(), w in weights(), k in 0usize..40,
        skip in 0usize..5
    ) {
        let packed: Vec<PackedPosition> = c.iter().map(|m| PackedPosition::of(side(m))).collect();
        let priors = Priors::new(&packed);
        let design = Side { answers: &design, issue: design_issue };
        // Leave out every `skip`-th candidate, as the across-silos switch would.
        let keep = |i: usize| skip == 0 || !i.is_multiple_of(skip + 1);
        let fast = top_k(&PackedPosition::of(design), &packed, k, &w, &priors, keep);
        let mut full: Vec<(usize, f64)> = c
            .iter()
            .enumerate()
            .filter(|(i, _)| keep(*i))
            .map(|(i, model)| (i, similarity(design, side(model), &w, &priors).score))
            .collect();
        full.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        full.truncate(k);
        prop_assert_eq!(fast, full);
    }
}

#[test]
fn ties_and_duplicates_keep_corpus_order() {
    let mut position = Answers::default();
    position.spaces.insert(Space::Outreach);
    position.formality = Formality::new(0.7).ok();
    let corpus = vec![position.clone(); 5];
    let packed: Vec<PackedPosition> = corpus.iter().map(PackedPosition::new).collect();
    let best = top_k(&packed[0], &packed, 3, &Weights::default(), &priors_of(&corpus), |_| true);
    assert_eq!(best.iter().map(|(i, _)| *i).collect::<Vec<_>>(), [0, 1, 2]);
}

#[test]
fn sharing_the_issue_counts_by_its_weight_and_nothing_when_it_is_zero() {
    let mut answers = Answers::default();
    answers.spaces.insert(Space::Outreach);
    let corpus = [(answers.clone(), "hiv"), (answers.clone(), "diabetes")];
    let packed: Vec<PackedPosition> =
        corpus.iter().map(|(a, i)| PackedPosition::of(Side { answers: a, issue: i })).collect();
    let priors = Priors::new(&packed);
    let design = Side { answers: &answers, issue: "hiv" };
    let same = similarity(design, Side { answers: &answers, issue: "hiv" }, &Weights::default(), &priors);
    let other =
        similarity(design, Side { answers: &answers, issue: "diabetes" }, &Weights::default(), &priors);
    // One answered question (weight 1) and the issue (weight 2): the issue is two thirds of the score.
    assert!(
        (same.score - 1.0).abs() < 1e-12 && (other.score - 1.0 / 3.0).abs() < 1e-12,
        "{same:?} {other:?}"
    );
    let map_only =
        similarity(design, Side { answers: &answers, issue: "diabetes" }, &Weights::map_only(), &priors);
    assert!((map_only.score - 1.0).abs() < 1e-12 && map_only.issue.counted.is_some_and(|c| c == 0.0));
}

#[test]
fn a_partly_coded_model_does_not_outrank_a_closer_complete_one_by_being_unknown() {
    // A design and two models: one agrees on every question, the other on
    // one question and is unknown elsewhere. Completeness alone must not
    // decide: the complete, close model ranks first.
    let mut design = Answers::default();
    design.functions.insert(Function::Navigation, FunctionRole::Primary);
    design.formality = Formality::new(0.75).ok();
    design.spaces.insert(Space::Institutional);
    let close = design.clone();
    let mut sparse = Answers::default();
    sparse.spaces.insert(Space::Institutional);
    let mut far = Answers::default();
    far.functions.insert(Function::Emotional, FunctionRole::Primary);
    far.formality = Formality::new(0.0).ok();
    far.spaces.insert(Space::Outreach);
    let corpus = vec![sparse.clone(), close.clone(), far.clone(), far];
    let packed: Vec<PackedPosition> = corpus.iter().map(PackedPosition::new).collect();
    let best =
        top_k(&PackedPosition::new(&design), &packed, 4, &Weights::default(), &priors_of(&corpus), |_| true);
    assert_eq!(best[0].0, 1, "{best:?}");
    assert!(best[1].0 == 0 && best[1].1 > best[2].1, "the sparse model sits between: {best:?}");
}

#[test]
fn explanations_name_what_is_shared_what_differs_and_what_is_left_out() {
    let mut yours = Answers::default();
    yours.functions.insert(Function::Navigation, FunctionRole::Primary);
    yours.functions.insert(Function::Promotion, FunctionRole::Secondary);
    yours.spaces.insert(Space::Outreach);
    let mut theirs = Answers::default();
    theirs.functions.insert(Function::Navigation, FunctionRole::Primary);
    theirs.functions.insert(Function::Advocacy, FunctionRole::Secondary);
    let priors = priors_of(&[yours.clone(), theirs.clone()]);
    let (result, lines) = explain(&yours, &theirs, &Weights::default(), &priors);
    let functions = &lines[0];
    assert_eq!(functions.summary, "functions 0.50: both navigation; you add promotion; they add advocacy");
    assert!((functions.contribution - result.parts[0].contribution).abs() < 1e-12);
    assert_eq!(lines[1].summary, "formality: you have not answered, so it is left out");
    assert!(
        lines[5].summary.starts_with("spaces: not known for this model, so it counts 1.00"),
        "{}",
        lines[5].summary
    );
    assert_eq!(result.ranked_on, 2);
}
