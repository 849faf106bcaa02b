//! Model ids from free text: lower-case ASCII letters, digits and single
//! hyphens, the form `validate` requires of an id.

/// Longest slug, leaving room for a "-copy-NN" or "-NN" suffix within the
/// 120 characters an id may have.
const MAX_SLUG: usize = 100;

/// A kebab-case id made from `text` ("Harlem Patient Navigation" →
/// "harlem-patient-navigation"); common accented Latin letters lose their
/// accents, other characters separate words. "model" when nothing is left.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    let mut pending_hyphen = false;
    for c in text.chars() {
        let folded = fold(c);
        if folded.is_empty() {
            pending_hyphen = !out.is_empty();
            continue;
        }
        if pending_hyphen {
            out.push('-');
            pending_hyphen = false;
        }
        out.push_str(folded);
        if out.len() >= MAX_SLUG {
            break;
        }
    }
    out.truncate(MAX_SLUG);
    let trimmed = out.trim_end_matches('-');
    if trimmed.is_empty() { "model".to_string() } else { trimmed.to_string() }
}

/// The ASCII letters or digit a character stands for (empty for a separator).
fn fold(c: char) -> &'static str {
    const ASCII: [&str; 36] = [
        "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t",
        "u", "v", "w", "x", "y", "z", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9",
    ];
    let lower = c.to_ascii_lowercase();
    if lower.is_ascii_lowercase() {
        return ASCII[(lower as u8 - b'a') as usize];
    }
    if c.is_ascii_digit() {
        return ASCII[26 + (c as u8 - b'0') as usize];
    }
    match c.to_lowercase().next().unwrap_or(c) {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ğ' => "g",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'ł' | 'ľ' => "l",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'ř' => "r",
        'ś' | 'š' | 'ş' | 'ș' => "s",
        'ß' => "ss",
        'ť' | 'ț' | 'ţ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'æ' => "ae",
        'œ' => "oe",
        _ => "",
    }
}

/// The first of `base`, `base-2`, `base-3`… for which `taken` is false.
pub fn first_free(
    base: &str,
    mut taken: impl FnMut(&str) -> Result<bool, super::StoreError>,
) -> Result<String, super::StoreError> {
    if !taken(base)? {
        return Ok(base.to_string());
    }
    let mut n = 2u64;
    loop {
        let candidate = format!("{base}-{n}");
        if !taken(&candidate)? {
            return Ok(candidate);
        }
        n += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_valid_ids() {
        assert_eq!(slug("Harlem Patient Navigation"), "harlem-patient-navigation");
        assert_eq!(slug("  Promotoras (Montréal, Québec)!  "), "promotoras-montreal-quebec");
        assert_eq!(slug("peer--run_drop-in"), "peer-run-drop-in");
        assert_eq!(slug("¿?"), "model");
        assert_eq!(slug("Straße Æsir"), "strasse-aesir");
        let long = slug(&"word ".repeat(60));
        assert!(long.len() <= MAX_SLUG && !long.ends_with('-'), "{long}");
    }

    #[test]
    fn first_free_counts_up() {
        let taken = ["x", "x-2"];
        let free = first_free("x", |c| Ok(taken.contains(&c)));
        assert_eq!(free.ok().as_deref(), Some("x-3"));
    }
}
