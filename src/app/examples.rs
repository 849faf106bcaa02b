//! Example designs shipped inside the binary (Help → Examples), each in
//! English and in French; the menu opens the one in the user's language.

use crate::i18n::{Language, language, tr, tr_attribute};

/// A bundled example design, in English and in French.
#[derive(Debug, PartialEq, Eq)]
pub struct Example {
    /// The message holding its title (and its blurb as `.blurb`).
    message: &'static str,
    english: (&'static str, &'static str),
    french: (&'static str, &'static str),
}

impl Example {
    pub fn title(&self) -> &'static str {
        tr(self.message)
    }

    pub fn blurb(&self) -> &'static str {
        tr_attribute(self.message, "blurb")
    }

    /// The file name and JSON of the example in this thread's language.
    fn in_language(&self) -> (&'static str, &'static str) {
        match language() {
            Language::English => self.english,
            Language::French => self.french,
        }
    }

    /// The name it would be saved under, in the user's language.
    pub fn file_name(&self) -> &'static str {
        self.in_language().0
    }

    /// The design file, in the user's language.
    pub fn json(&self) -> &'static str {
        self.in_language().1
    }
}

macro_rules! example {
    ($message:literal, $name:literal) => {
        Example {
            message: $message,
            english: (
                concat!($name, ".peermap.json"),
                include_str!(concat!("../../assets/examples/", $name, ".peermap.json")),
            ),
            french: (
                concat!($name, ".fr.peermap.json"),
                include_str!(concat!("../../assets/examples/", $name, ".fr.peermap.json")),
            ),
        }
    };
}

/// The examples, in menu order.
pub static EXAMPLES: [Example; 3] = [
    example!("example-hospital", "hospital-navigation"),
    example!("example-drop-in", "peer-run-drop-in"),
    example!("example-outreach", "chw-outreach"),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::design::from_json;
    use std::path::Path;

    #[test]
    fn every_example_loads_and_answers_all_six_questions_in_both_languages() {
        for example in &EXAMPLES {
            let load = |(name, json): (&str, &str)| {
                from_json(json.as_bytes(), Path::new(name)).unwrap_or_else(|e| panic!("{e}"))
            };
            let (english, french) = (load(example.english), load(example.french));
            assert_eq!(english.answers.answered_count(), 6, "{}", example.title());
            assert!(!english.name.is_empty());
            assert_eq!(french.answers, english.answers, "the French example is the same programme");
            assert_eq!(french.context.issue, english.context.issue);
            assert_eq!(french.context.countries, english.context.countries);
            assert_eq!(french.notes.keys().collect::<Vec<_>>(), english.notes.keys().collect::<Vec<_>>());
            assert_ne!(french.context.description, english.context.description, "translated");
        }
    }
}
