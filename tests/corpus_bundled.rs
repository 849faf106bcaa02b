//! Every record of the bundled corpus is complete, cited and valid.

use peermap::corpus::{BUNDLED_FILES, Confidence, bundled_models, validate};
use peermap::map::Question;
use std::collections::{BTreeMap, HashSet};

#[test]
fn every_bundled_record_is_valid() {
    let models = bundled_models();
    assert!(models.len() >= 60, "only {} models", models.len());
    let mut all = Vec::new();
    for model in models {
        for problem in validate(model) {
            all.push(format!("{}: {problem}", model.id));
        }
    }
    assert!(all.is_empty(), "{} problems:\n{}", all.len(), all.join("\n"));
}

#[test]
fn ids_are_unique_across_files() {
    let mut seen = HashSet::new();
    for model in bundled_models() {
        assert!(seen.insert(model.id.as_str()), "duplicate id {}", model.id);
    }
}

#[test]
fn every_record_is_traceable_to_the_literature() {
    for model in bundled_models() {
        assert!(
            model.cited_in.contains("MacLellan") || model.cited_in.contains("Panaite"),
            "{} does not say where it is described",
            model.id
        );
        assert_eq!(model.coding.len(), Question::ALL.len(), "{}", model.id);
    }
}

#[test]
fn coding_is_mostly_grounded_and_unknowns_are_empty() {
    let mut counts: BTreeMap<Confidence, usize> = BTreeMap::new();
    for model in bundled_models() {
        for (question, coding) in &model.coding {
            *counts.entry(coding.confidence).or_default() += 1;
            if coding.confidence == Confidence::Unknown {
                assert!(!model.answers.is_answered(*question), "{} {question:?}", model.id);
            }
        }
    }
    let answered = counts.get(&Confidence::Stated).copied().unwrap_or(0)
        + counts.get(&Confidence::Inferred).copied().unwrap_or(0);
    assert!(answered > counts.get(&Confidence::Unknown).copied().unwrap_or(0), "{counts:?}");
    assert_eq!(BUNDLED_FILES.len(), 2);
}
