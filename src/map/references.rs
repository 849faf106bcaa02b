//! The map paper's reference list, so every definition can be followed
//! back to its sources.

use serde::Deserialize;
use std::sync::LazyLock;

/// One entry of a numbered reference list.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Reference {
    pub n: u16,
    pub authors: String,
    pub year: Option<u16>,
    pub title: String,
    pub container: String,
    pub doi: Option<String>,
}

impl Reference {
    /// "Authors (year). Title. Container." in one line.
    pub fn short_citation(&self) -> String {
        let year = self.year.map(|y| y.to_string()).unwrap_or_else(|| "n.d.".into());
        format!("{} ({year}). {}.", first_author(&self.authors), self.title)
    }
}

fn first_author(authors: &str) -> String {
    match authors.split_once(',') {
        Some((first, _)) => format!("{first} et al."),
        None => authors.to_string(),
    }
}

static MAP_REFERENCES: LazyLock<Vec<Reference>> = LazyLock::new(|| {
    serde_json::from_str(include_str!("../../assets/references/panaite-2024.json"))
        .expect("the bundled reference list is valid JSON (checked by tests)")
});

/// The numbered reference list of Panaite et al. 2024 (the map paper).
pub fn map_references() -> &'static [Reference] {
    &MAP_REFERENCES
}

/// The map paper's reference number `n`, if it exists.
pub fn map_reference(n: u16) -> Option<&'static Reference> {
    MAP_REFERENCES.iter().find(|r| r.n == n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::{AnswerOption, FORMALITY_ANCHORS, Function, Relation, Space};

    #[test]
    fn reference_list_is_numbered_without_gaps() {
        let refs = map_references();
        assert!(refs.len() >= 75, "only {} references", refs.len());
        for (i, r) in refs.iter().enumerate() {
            assert_eq!(usize::from(r.n), i + 1);
            assert!(!r.authors.is_empty() && !r.title.is_empty(), "reference {} is incomplete", r.n);
        }
    }

    #[test]
    fn every_definition_cites_existing_references() {
        let cited = Function::ALL
            .iter()
            .flat_map(|f| f.info().refs)
            .chain(Relation::ALL.iter().flat_map(|r| r.info().refs))
            .chain(Space::ALL.iter().flat_map(|s| s.info().refs))
            .chain(FORMALITY_ANCHORS.iter().flat_map(|a| a.refs));
        for n in cited {
            assert!(map_reference(*n).is_some(), "reference {n} is missing");
        }
    }
}
