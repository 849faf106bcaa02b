//! ISO 3166-1 alpha-2 country codes, each with its name and world region,
//! read once from `assets/taxonomy/countries.tsv`.

use std::sync::LazyLock;

/// A country a programme runs in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Country {
    pub code: &'static str,
    pub english_name: &'static str,
    pub french_name: &'static str,
    /// A key of [`regions`](super::regions).
    pub region: &'static str,
}

impl Country {
    /// The name in the language this thread speaks.
    pub fn name(&self) -> &'static str {
        match crate::i18n::language() {
            crate::i18n::Language::English => self.english_name,
            crate::i18n::Language::French => self.french_name,
        }
    }
}

static COUNTRIES: LazyLock<Vec<Country>> = LazyLock::new(|| {
    include_str!("../../assets/taxonomy/countries.tsv")
        .lines()
        .skip(1)
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let mut cells = line.split('\t');
            let mut cell = || cells.next().unwrap_or_else(|| panic!("countries.tsv: short line `{line}`"));
            let (code, region, english_name, french_name) = (cell(), cell(), cell(), cell());
            Country { code, english_name, french_name, region }
        })
        .collect()
});

/// Every country, by code.
pub fn countries() -> &'static [Country] {
    &COUNTRIES
}

/// The country with this code (upper case).
pub fn country(code: &str) -> Option<&'static Country> {
    countries().iter().find(|c| c.code == code)
}

/// Reads a typed list of countries ("Kenya, UG; United Kingdom") into
/// codes, in the order typed, without repeats. Each item is a code (any
/// case), a name in English or French, or a common alternative ("UK", "USA").
pub fn parse_countries(text: &str) -> Result<Vec<String>, String> {
    let mut codes: Vec<String> = Vec::new();
    for item in text.split([',', ';']).map(str::trim).filter(|s| !s.is_empty()) {
        let code =
            find(item).ok_or_else(|| crate::i18n::say("country-unknown", &[("item", item.to_string())]))?;
        if !codes.iter().any(|c| c == code) {
            codes.push(code.to_string());
        }
    }
    Ok(codes)
}

fn find(item: &str) -> Option<&'static str> {
    let upper = item.to_uppercase();
    let alias = match upper.as_str() {
        "UK" | "BRITAIN" | "GREAT BRITAIN" | "ENGLAND" | "SCOTLAND" | "WALES" | "NORTHERN IRELAND" => {
            Some("GB")
        }
        "USA" | "U.S." | "U.S.A." | "UNITED STATES OF AMERICA" | "AMERICA" => Some("US"),
        _ => None,
    };
    alias.or_else(|| country(&upper).map(|c| c.code)).or_else(|| {
        // A name in either language, whatever the window speaks: a mixed team types both.
        let lower = item.to_lowercase();
        let named = |name: &str| name.to_lowercase() == lower;
        countries().iter().find(|c| named(c.english_name) || named(c.french_name)).map(|c| c.code)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::taxonomy::region;

    #[test]
    fn every_country_has_a_known_region() {
        assert!(countries().len() > 240);
        for c in countries() {
            assert!(region(c.region).is_some(), "{} has region {}", c.code, c.region);
            assert_eq!(c.code.len(), 2);
        }
        assert_eq!(country("KE").map(|c| c.region), Some("sub_saharan_africa"));
    }

    #[test]
    fn typed_countries_become_codes() {
        assert_eq!(parse_countries("Kenya, ug; UK, kenya"), Ok(vec!["KE".into(), "UG".into(), "GB".into()]));
        assert_eq!(parse_countries("  "), Ok(vec![]));
        let err = parse_countries("Kenya, Atlantis").expect_err("not a country");
        assert!(err.contains("`Atlantis`"), "{err}");
    }

    #[test]
    fn a_french_window_names_countries_in_french_and_either_name_is_understood() {
        use crate::i18n::{Language, with_language};
        let uganda = country("UG").expect("Uganda");
        assert_eq!(uganda.name(), "Uganda");
        assert_eq!(with_language(Language::French, || uganda.name()), "Ouganda");
        assert!(
            countries().iter().all(|c| !c.french_name.trim().is_empty()),
            "every country has its French name"
        );
        let typed = "Ouganda, Kenya; royaume-uni, Afrique du Sud, Uganda";
        assert_eq!(parse_countries(typed), Ok(vec!["UG".into(), "KE".into(), "GB".into(), "ZA".into()]));
        let err =
            with_language(Language::French, || parse_countries("Atlantide")).expect_err("not a country");
        assert!(err.contains("n'est pas un pays"), "{err}");
    }
}
