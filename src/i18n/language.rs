//! Which language to speak: the user's choice, else the system's.

use serde::{Deserialize, Serialize};
use unic_langid::{LanguageIdentifier, langid};

/// A language peermap speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum Language {
    #[default]
    #[serde(rename = "en")]
    English,
    #[serde(rename = "fr")]
    French,
}

impl Language {
    pub const ALL: [Language; 2] = [Language::English, Language::French];

    /// The code used in settings, `--lang` and `PEERMAP_LANG`.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::French => "fr",
        }
    }

    /// The language's own name, the same in every language (so anyone can find theirs).
    pub fn name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::French => "Français",
        }
    }

    pub(super) fn identifier(self) -> LanguageIdentifier {
        match self {
            Language::English => langid!("en"),
            Language::French => langid!("fr"),
        }
    }

    /// The language a code or locale names: "fr", "fr-CA", "fr_BE.UTF-8", "en_GB".
    pub fn from_code(code: &str) -> Option<Language> {
        let primary = code.split(['-', '_', '.', '@']).next()?.to_ascii_lowercase();
        Language::ALL.into_iter().find(|language| language.code() == primary)
    }

    /// The system's language, from the locale variables in the order POSIX reads them.
    pub fn of_system() -> Option<Language> {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty())
            .and_then(|value| Language::from_code(&value))
    }
}

impl std::str::FromStr for Language {
    type Err = String;

    fn from_str(code: &str) -> Result<Self, Self::Err> {
        Language::from_code(code).ok_or_else(|| {
            let known: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
            format!("unknown language `{code}`; peermap speaks {}", known.join(", "))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::Language;

    #[test]
    fn locales_name_their_language() {
        assert_eq!(Language::from_code("fr_CA.UTF-8"), Some(Language::French));
        assert_eq!(Language::from_code("fr-BE"), Some(Language::French));
        assert_eq!(Language::from_code("en_GB"), Some(Language::English));
        assert_eq!(Language::from_code("C.UTF-8"), None);
        assert!("de".parse::<Language>().expect_err("not spoken").contains("en, fr"));
    }
}
