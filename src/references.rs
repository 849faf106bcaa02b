//! One citation type and one reference list for everything the app cites:
//! the map's definitions, the corpus models and the considerations.

use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

/// A published work: a corpus model's source, or an entry of a paper's reference list.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Citation {
    pub authors: String,
    pub year: Option<u16>,
    pub title: String,
    /// Journal (with volume and pages) or publisher.
    pub container: String,
    pub doi: Option<String>,
}

impl Citation {
    /// "Authors (year). Title. Container. doi:…"
    pub fn formatted(&self) -> String {
        let mut text = self.without_doi();
        if let Some(doi) = &self.doi {
            text.push_str(&format!(" doi:{doi}"));
        }
        text
    }

    /// "Authors (year). Title. Container." — for lists that show the DOI as a link.
    pub fn without_doi(&self) -> String {
        let mut parts = Vec::new();
        if !self.authors.is_empty() {
            parts.push(format!("{} ({}).", self.authors, self.year_text()));
        }
        for part in [&self.title, &self.container] {
            if !part.is_empty() {
                parts.push(format!("{}.", part.trim_end_matches('.')));
            }
        }
        parts.join(" ")
    }

    /// "First author et al. (year). Title." in one short line, for tooltips.
    pub fn short(&self) -> String {
        let first = match self.authors.split_once(',') {
            Some((first, _)) => format!("{first} et al."),
            None => self.authors.clone(),
        };
        format!("{first} ({}). {}.", self.year_text(), self.title)
    }

    /// A resolvable link for the DOI.
    pub fn doi_url(&self) -> Option<String> {
        self.doi.as_ref().map(|doi| format!("https://doi.org/{doi}"))
    }

    fn year_text(&self) -> String {
        self.year.map_or_else(|| "n.d.".to_string(), |y| y.to_string())
    }
}

/// The three works the map and its considerations rest on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Work {
    /// Panaite et al. 2024, the conceptual map.
    #[serde(rename = "MAP")]
    Map,
    /// MacLellan et al. 2015, the peer support workers metasynthesis.
    #[serde(rename = "PSW")]
    Psw,
    /// The nurse/midwife and peer worker collaboration scoping review.
    #[serde(rename = "NMP")]
    Nmp,
}

impl Work {
    /// How a reader knows the work: "Panaite et al. 2024".
    pub fn short_name(self) -> &'static str {
        match self {
            Work::Map => "Panaite et al. 2024",
            Work::Psw => "MacLellan et al. 2015",
            Work::Nmp => "Nurse/midwife–peer worker scoping review",
        }
    }

    /// The work itself.
    pub fn citation(self) -> &'static Citation {
        &WORKS
            .iter()
            .find(|w| w.key == self)
            .expect("every work is in sources.json (checked by tests)")
            .citation
    }

    /// Entry `n` of this work's own reference list, if it has one and `n` exists.
    pub fn reference(self, n: u16) -> Option<&'static Citation> {
        let list: &[NumberedReference] = match self {
            Work::Map => &MAP_REFERENCES,
            Work::Psw => &PSW_REFERENCES,
            Work::Nmp => &[],
        };
        list.iter().find(|r| r.n == n).map(|r| &r.citation)
    }
}

/// One entry of a numbered reference list.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct NumberedReference {
    pub n: u16,
    #[serde(flatten)]
    pub citation: Citation,
}

#[derive(Deserialize)]
struct WorkEntry {
    key: Work,
    #[serde(flatten)]
    citation: Citation,
}

fn parse<T: serde::de::DeserializeOwned>(json: &str) -> T {
    serde_json::from_str(json).expect("the bundled reference lists are valid JSON (checked by tests)")
}

static WORKS: LazyLock<Vec<WorkEntry>> =
    LazyLock::new(|| parse(include_str!("../assets/references/sources.json")));
static MAP_REFERENCES: LazyLock<Vec<NumberedReference>> =
    LazyLock::new(|| parse(include_str!("../assets/references/panaite-2024.json")));
static PSW_REFERENCES: LazyLock<Vec<NumberedReference>> =
    LazyLock::new(|| parse(include_str!("../assets/references/maclellan-2015.json")));

/// A document's own numbered list of what it cites: each work once, numbered
/// in order of first citation, so every item can point at its entry.
#[derive(Debug, Clone, Default)]
pub struct ReferenceList {
    entries: Vec<Citation>,
}

impl ReferenceList {
    /// The number of `citation` in this list, adding it if new. One work,
    /// one number: citations with the same DOI, or (when either lacks one)
    /// the same first author, year and title, whatever their punctuation,
    /// are the same work; the list keeps the fuller of the two.
    pub fn cite(&mut self, citation: &Citation) -> usize {
        if let Some(i) = self.entries.iter().position(|entry| same_work(entry, citation)) {
            if completeness(citation) > completeness(&self.entries[i]) {
                self.entries[i] = citation.clone();
            }
            return i + 1;
        }
        self.entries.push(citation.clone());
        self.entries.len()
    }

    /// Entries in citation order; entry `i` has number `i + 1`.
    pub fn entries(&self) -> &[Citation] {
        &self.entries
    }
}

/// Letters and digits only, lower case: "Peer-support: a review." → "peersupportareview".
fn normalised(text: &str) -> String {
    text.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// The first author's surname, normalised ("Freeman HP, …" → "freeman").
fn first_author(citation: &Citation) -> String {
    let first = citation.authors.split([',', ';']).next().unwrap_or("");
    normalised(first.split_whitespace().next().unwrap_or(""))
}

fn same_work(a: &Citation, b: &Citation) -> bool {
    match (&a.doi, &b.doi) {
        (Some(x), Some(y)) => x.trim().eq_ignore_ascii_case(y.trim()),
        _ => {
            !a.title.trim().is_empty()
                && normalised(&a.title) == normalised(&b.title)
                && first_author(a) == first_author(b)
                && (a.year == b.year || a.year.is_none() || b.year.is_none())
        }
    }
}

/// How much of a citation is known, to keep the fuller of two spellings of one work.
fn completeness(citation: &Citation) -> usize {
    [
        !citation.authors.trim().is_empty(),
        citation.year.is_some(),
        !citation.container.trim().is_empty(),
        citation.doi.is_some(),
    ]
    .into_iter()
    .filter(|known| *known)
    .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reference_lists_are_numbered_without_gaps() {
        for (list, at_least) in [(&*MAP_REFERENCES, 75), (&*PSW_REFERENCES, 50)] {
            assert!(list.len() >= at_least, "only {} references", list.len());
            for (i, r) in list.iter().enumerate() {
                assert_eq!(usize::from(r.n), i + 1);
                assert!(
                    !r.citation.authors.is_empty() && !r.citation.title.is_empty(),
                    "{} is incomplete",
                    r.n
                );
            }
        }
    }

    #[test]
    fn every_work_has_a_title() {
        for work in [Work::Map, Work::Psw, Work::Nmp] {
            assert!(!work.citation().title.is_empty(), "{work:?} has no title");
        }
    }

    #[test]
    fn the_same_work_cited_twice_gets_one_number() {
        let mut list = ReferenceList::default();
        let a = Work::Map.citation();
        let b = Work::reference(Work::Map, 12).expect("reference 12");
        assert_eq!(list.cite(a), 1);
        assert_eq!(list.cite(b), 2);
        let mut same_doi = a.clone();
        same_doi.title = "Another spelling".into();
        assert_eq!(list.cite(&same_doi), 1);
        assert_eq!(list.entries().len(), 2);
    }

    #[test]
    fn one_work_written_two_ways_gets_one_number_and_its_fuller_entry() {
        let mut list = ReferenceList::default();
        let short = Citation {
            authors: "Cyr C, Mckee H, O'Hagan M, Priest R".into(),
            year: Some(2016),
            title: "Making the Case for Peer Support".into(),
            container: "Mental Health Commission of Canada".into(),
            doi: None,
        };
        let fuller = Citation {
            container: "Mental Health Commission of Canada; 2016:148".into(),
            title: "Making the case for peer support.".into(),
            doi: Some("10.1234/peer".into()),
            ..short.clone()
        };
        assert_eq!(list.cite(&short), 1);
        assert_eq!(list.cite(&fuller), 1, "same first author, year and title");
        assert_eq!(list.entries()[0].doi.as_deref(), Some("10.1234/peer"), "the fuller entry is kept");
        let other_author = Citation { authors: "Smith J".into(), doi: None, ..short.clone() };
        assert_eq!(list.cite(&other_author), 2, "another author's work of the same title is another work");
    }

    #[test]
    fn every_work_the_app_rests_on_has_authors_title_and_doi() {
        for work in [Work::Map, Work::Psw, Work::Nmp] {
            let c = work.citation();
            assert!(!c.authors.is_empty() && !c.title.is_empty() && c.doi.is_some(), "{work:?}: {c:?}");
        }
    }
}
