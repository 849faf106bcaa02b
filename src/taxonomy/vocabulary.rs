//! Issues, groups and regions, read once from `assets/taxonomy/taxonomy.json`.

use crate::i18n::{Language, language};
use serde::Deserialize;
use std::sync::LazyLock;

/// One entry of a vocabulary.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Term {
    pub key: String,
    /// In English; [`Term::label`] gives it in the user's language.
    label: String,
    /// What the term takes in, for tooltips and the contributor guide.
    #[serde(default)]
    covers: String,
    /// Lower-case phrases that older free-text files used for this issue.
    #[serde(default)]
    pub aliases: Vec<String>,
    /// The French label and description.
    #[serde(default)]
    fr: Option<FrenchTerm>,
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
struct FrenchTerm {
    label: String,
    #[serde(default)]
    covers: String,
}

impl Term {
    /// The label in this thread's language.
    pub fn label(&self) -> &str {
        match (language(), &self.fr) {
            (Language::French, Some(fr)) => &fr.label,
            _ => &self.label,
        }
    }

    /// The English label, as files and the contributor guide spell it.
    pub fn english_label(&self) -> &str {
        &self.label
    }

    /// What the term takes in, in this thread's language.
    pub fn covers(&self) -> &str {
        match (language(), &self.fr) {
            (Language::French, Some(fr)) if !fr.covers.is_empty() => &fr.covers,
            _ => &self.covers,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Taxonomy {
    issues: Vec<Term>,
    groups: Vec<Term>,
    regions: Vec<Term>,
}

static TAXONOMY: LazyLock<Taxonomy> = LazyLock::new(|| {
    serde_json::from_str(include_str!("../../assets/taxonomy/taxonomy.json"))
        .unwrap_or_else(|e| panic!("assets/taxonomy/taxonomy.json is invalid (checked by tests): {e}"))
});

/// Every issue, in the taxonomy's order.
pub fn issues() -> &'static [Term] {
    &TAXONOMY.issues
}

/// Every population group, in the taxonomy's order.
pub fn groups() -> &'static [Term] {
    &TAXONOMY.groups
}

/// The world regions countries are grouped in.
pub fn regions() -> &'static [Term] {
    &TAXONOMY.regions
}

/// The issue with this key.
pub fn issue(key: &str) -> Option<&'static Term> {
    issues().iter().find(|t| t.key == key)
}

/// The region with this key.
pub fn region(key: &str) -> Option<&'static Term> {
    regions().iter().find(|t| t.key == key)
}

/// Files free text under an issue key: a key, a label or a known alias
/// (any case) gives the key and no detail; anything else gives no key and
/// keeps the text as the detail, so nothing typed is lost.
pub fn normalise_issue(text: &str) -> (String, String) {
    let text = text.trim();
    let lower = text.to_lowercase();
    let found = issues()
        .iter()
        .find(|t| t.key == lower || t.label.to_lowercase() == lower || t.aliases.contains(&lower));
    match found {
        Some(term) => (term.key.clone(), String::new()),
        None => (String::new(), text.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn keys_are_unique_and_snake_case() {
        for list in [issues(), groups(), regions()] {
            let keys: HashSet<&str> = list.iter().map(|t| t.key.as_str()).collect();
            assert_eq!(keys.len(), list.len());
            for t in list {
                assert!(t.key.chars().all(|c| c.is_ascii_lowercase() || c == '_'), "{}", t.key);
                assert!(!t.label.is_empty());
            }
        }
    }

    #[test]
    fn old_free_text_issues_find_their_key() {
        assert_eq!(normalise_issue("HIV and sexual health"), ("hiv".into(), String::new()));
        assert_eq!(normalise_issue(" Mental Health "), ("mental_health".into(), String::new()));
        assert_eq!(normalise_issue("dementia and caregiving").0, "ageing_dementia_caregiving");
        assert_eq!(normalise_issue("diabetes").0, "diabetes");
        assert_eq!(normalise_issue("rare lung disease"), (String::new(), "rare lung disease".into()));
        assert_eq!(normalise_issue(""), (String::new(), String::new()));
    }
}
