//! Evidence a planner should see while positioning a programme: each
//! consideration, in our own words, with its sources and the answers that
//! make it relevant.

mod trigger;

pub use trigger::Trigger;

use crate::design::Answers;
use crate::i18n::{Language, language, tr};
use crate::references::{Citation, Work};
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Where a consideration belongs; `Always` items go in every brief.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Roles,
    Pathways,
    Settings,
    Always,
}

impl Section {
    pub fn name(self) -> &'static str {
        match self {
            Section::Roles => "Roles",
            Section::Pathways => "Pathways",
            Section::Settings => "Settings",
            Section::Always => "Always",
        }
    }
}

/// One source behind a consideration: a work, optionally a section of it and
/// entries of its own reference list.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub work: Work,
    #[serde(default)]
    pub section: Option<String>,
    #[serde(default)]
    pub refs: Vec<u16>,
    #[serde(default)]
    pub note: Option<String>,
}

impl Source {
    /// "Panaite et al. 2024 §7.1 (note)": the work, where in it, without its reference numbers.
    pub fn work_label(&self) -> String {
        self.label_with(false)
    }

    /// "Panaite et al. 2024 §7.1 [18, 47]" or "MacLellan et al. 2015 {5, 13}": the work
    /// and the entries of its own reference list, bracketed as the map's notes do.
    pub fn label(&self) -> String {
        self.label_with(true)
    }

    fn label_with(&self, with_refs: bool) -> String {
        let mut label = self.work.short_name().to_string();
        if let Some(section) = &self.section {
            label.push_str(&format!(" {section}"));
        }
        if with_refs && !self.refs.is_empty() {
            let numbers: Vec<String> = self.refs.iter().map(u16::to_string).collect();
            let (open, close) = if self.work == Work::Map { ('[', ']') } else { ('{', '}') };
            label.push_str(&format!(" {open}{}{close}", numbers.join(", ")));
        }
        if let Some(note) = &self.note {
            label.push_str(&format!(" ({note})"));
        }
        label
    }

    /// The works this source points at: the work itself, then each cited entry.
    pub fn citations(&self) -> impl Iterator<Item = &'static Citation> + '_ {
        std::iter::once(self.work.citation()).chain(self.refs.iter().filter_map(|n| self.work.reference(*n)))
    }
}

/// One piece of evidence to weigh.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Consideration {
    pub id: String,
    pub section: Section,
    /// In English; [`Consideration::title`] gives it in the user's language.
    title: String,
    text: String,
    pub trigger: Trigger,
    pub sources: Vec<Source>,
}

/// A consideration's words in another language than English.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
struct Translated {
    title: String,
    text: String,
}

/// The French of each consideration, by id (`assets/evidence/considerations.fr.json`).
static FRENCH: LazyLock<HashMap<String, Translated>> = LazyLock::new(|| {
    serde_json::from_str(include_str!("../../assets/evidence/considerations.fr.json"))
        .expect("the French considerations are valid (checked by tests)")
});

impl Consideration {
    /// The title in this thread's language (English, marked so, where no translation exists).
    pub fn title(&self) -> Cow<'_, str> {
        self.in_language(&self.title, |t| &t.title)
    }

    /// What to do and why, in this thread's language.
    pub fn text(&self) -> Cow<'_, str> {
        self.in_language(&self.text, |t| &t.text)
    }

    fn in_language<'a>(
        &'a self,
        english: &'a str,
        pick: fn(&'static Translated) -> &'static String,
    ) -> Cow<'a, str> {
        match language() {
            Language::English => Cow::Borrowed(english),
            Language::French => match FRENCH.get(&self.id) {
                Some(translated) => Cow::Borrowed(pick(translated).as_str()),
                None => Cow::Owned(format!("{english} {}", tr("in-english"))),
            },
        }
    }

    /// All sources in one line, with each work's own reference numbers.
    pub fn source_label(&self) -> String {
        self.sources.iter().map(Source::label).collect::<Vec<_>>().join("; ")
    }

    /// All sources in one line, without reference numbers (a brief numbers its own).
    pub fn works_label(&self) -> String {
        self.sources.iter().map(Source::work_label).collect::<Vec<_>>().join("; ")
    }

    pub fn always(&self) -> bool {
        self.trigger == Trigger::Always
    }
}

static CONSIDERATIONS: LazyLock<Vec<Consideration>> = LazyLock::new(|| {
    serde_json::from_str(include_str!("../../assets/evidence/considerations.json"))
        .expect("the bundled considerations are valid (checked by tests)")
});

/// Every consideration, in reading order (roles, pathways, settings, always).
pub fn considerations() -> &'static [Consideration] {
    &CONSIDERATIONS
}

/// The considerations the answers trigger (not the always-included ones).
pub fn triggered(answers: &Answers) -> impl Iterator<Item = &'static Consideration> + '_ {
    considerations().iter().filter(move |c| !c.always() && c.trigger.applies(answers))
}

/// The considerations every brief includes.
pub fn always_included() -> impl Iterator<Item = &'static Consideration> {
    considerations().iter().filter(|c| c.always())
}

/// The consideration with this id.
pub fn consideration(id: &str) -> Option<&'static Consideration> {
    considerations().iter().find(|c| c.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn every_consideration_has_its_french_and_no_french_is_left_over() {
        let ids: BTreeSet<&str> = considerations().iter().map(|c| c.id.as_str()).collect();
        let french: BTreeSet<&str> = FRENCH.keys().map(String::as_str).collect();
        assert_eq!(ids, french);
        crate::i18n::with_language(Language::French, || {
            for c in considerations() {
                assert!(!c.title().contains(tr("in-english")), "{}", c.id);
                assert_ne!(c.title(), c.title.as_str(), "{} is translated", c.id);
                assert!(!c.text().contains(" :") && !c.text().contains(" ;"), "French spacing in {}", c.id);
            }
        });
    }

    #[test]
    fn the_bundled_considerations_are_complete() {
        let all = considerations();
        assert!(all.len() >= 28, "only {} considerations", all.len());
        let ids: BTreeSet<&str> = all.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(ids.len(), all.len(), "ids are unique");
        for c in all {
            assert!(!c.title.is_empty() && !c.text.is_empty(), "{} has no text", c.id);
            assert!(!c.sources.is_empty(), "{} has no source", c.id);
            assert_eq!(c.always(), c.section == Section::Always, "{}: section and trigger disagree", c.id);
            for source in &c.sources {
                for n in &source.refs {
                    assert!(
                        source.work.reference(*n).is_some(),
                        "{}: {} has no entry {n}",
                        c.id,
                        source.label()
                    );
                }
            }
        }
        assert_eq!(always_included().count(), 5);
    }

    #[test]
    fn source_labels_read_like_the_map_notes() {
        let clinical = consideration("affiliation-clinical-power").expect("bundled");
        assert_eq!(
            clinical.source_label(),
            "Panaite et al. 2024 §7.1 [18, 47, 73]; MacLellan et al. 2015 {34, 42, 53}; \
             Nurse/midwife–peer worker scoping review"
        );
        assert_eq!(
            clinical.works_label(),
            "Panaite et al. 2024 §7.1; MacLellan et al. 2015; Nurse/midwife–peer worker scoping review"
        );
    }
}
