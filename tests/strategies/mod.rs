//! Arbitrary answers for property tests, shared by the test files that need them.
#![allow(dead_code)] // each test file uses a different subset

use peermap::design::{Answers, Formality, FunctionRole};
use peermap::map::{Affiliation, AnswerOption, Function, Relation, Space, StatusSource};
use proptest::prelude::*;
use std::collections::BTreeSet;

/// Any subset of an answer's options.
pub fn subset<T: AnswerOption>() -> impl Strategy<Value = BTreeSet<T>> {
    proptest::collection::vec(any::<bool>(), T::ALL.len())
        .prop_map(|mask| T::ALL.iter().zip(mask).filter(|(_, on)| *on).map(|(o, _)| *o).collect())
}

/// Any valid answers to the six questions (peer-run only with a community organisation).
pub fn answers() -> impl Strategy<Value = Answers> {
    let roles = proptest::collection::vec(
        prop_oneof![Just(None), Just(Some(FunctionRole::Primary)), Just(Some(FunctionRole::Secondary))],
        Function::ALL.len(),
    );
    (
        roles,
        proptest::option::of(0.0f64..=1.0),
        subset::<Relation>(),
        subset::<StatusSource>(),
        subset::<Affiliation>(),
        any::<bool>(),
        subset::<Space>(),
    )
        .prop_map(|(roles, formality, relations, status, affiliations, peer_run, spaces)| Answers {
            functions: Function::ALL.iter().zip(roles).filter_map(|(f, r)| r.map(|r| (*f, r))).collect(),
            formality: formality.map(|f| Formality::new(f).expect("in range")),
            relations,
            status,
            peer_run: peer_run && affiliations.contains(&Affiliation::CommunityOrg),
            affiliations,
            spaces,
        })
}
