//! ISO 3166-1 alpha-2 country codes, each with its name and world region,
//! read once from `assets/taxonomy/countries.tsv`.

use std::sync::LazyLock;

/// A country a programme runs in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Country {
    pub code: &'static str,
    pub name: &'static str,
    /// A key of [`regions`](super::regions).
    pub region: &'static str,
}

static COUNTRIES: LazyLock<Vec<Country>> = LazyLock::new(|| {
    include_str!("../../assets/taxonomy/countries.tsv")
        .lines()
        .skip(1)
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let mut cells = line.split('\t');
            let mut cell = || cells.next().unwrap_or_else(|| panic!("countries.tsv: short line `{line}`"));
            let (code, region, name) = (cell(), cell(), cell());
            Country { code, name, region }
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
/// case), a name, or a common alternative ("UK", "USA").
pub fn parse_countries(text: &str) -> Result<Vec<String>, String> {
    let mut codes: Vec<String> = Vec::new();
    for item in text.split([',', ';']).map(str::trim).filter(|s| !s.is_empty()) {
        let code = find(item).ok_or_else(|| {
            format!("`{item}` is not a country; write a country name or its two-letter ISO code (KE, GB, US)")
        })?;
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
    alias
        .or_else(|| country(&upper).map(|c| c.code))
        .or_else(|| countries().iter().find(|c| c.name.eq_ignore_ascii_case(item)).map(|c| c.code))
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
}
