//! The longest texts a design holds. Every text is laid out on screen and
//! in every brief, so a pasted book would cost memory and time in each of
//! them; the limits are far above any real programme's (a name of a few
//! words, notes of a few paragraphs) and documented in docs/design-file.md.

use super::Design;
use crate::map::Question;

/// The programme's name.
pub const NAME_CHARS: usize = 300;
/// One-line context fields (population, issue in your words, region) and each title.
pub const LINE_CHARS: usize = 1_000;
/// Paragraph fields: the description, the funders' fields, the notes.
pub const TEXT_CHARS: usize = 20_000;
/// Titles, and countries.
pub const LIST_ITEMS: usize = 100;

/// The first text of `design` over its limit: the field (as in the file) and what is wrong.
pub(super) fn first_over_limit(design: &Design) -> Option<(String, String)> {
    let context = &design.context;
    let mut texts: Vec<(String, &str, usize)> = vec![
        ("name".into(), &design.name, NAME_CHARS),
        ("context.population".into(), &context.population, LINE_CHARS),
        ("context.issue_detail".into(), &context.issue_detail, LINE_CHARS),
        ("context.region".into(), &context.region, LINE_CHARS),
        ("context.description".into(), &context.description, TEXT_CHARS),
    ];
    for field in super::PlanField::ALL {
        texts.push((format!("context.{}", field.key()), field.value(context), TEXT_CHARS));
    }
    for (index, title) in context.titles.iter().enumerate() {
        texts.push((format!("context.titles[{index}]"), title, LINE_CHARS));
    }
    for question in Question::ALL {
        texts.push(("notes".into(), design.note(question), TEXT_CHARS));
    }
    for (id, note) in &design.addressed {
        texts.push(("addressed".into(), id, LINE_CHARS));
        texts.push(("addressed".into(), note, TEXT_CHARS));
    }
    for note in design.decisions.values() {
        texts.push(("decisions".into(), note, TEXT_CHARS));
    }
    for (index, perspective) in design.perspectives.iter().enumerate() {
        texts.push((format!("perspectives[{index}].name"), &perspective.name, NAME_CHARS));
        for note in perspective.notes.values() {
            texts.push((format!("perspectives[{index}].notes"), note, TEXT_CHARS));
        }
    }
    let lists = [
        ("context.titles".to_string(), context.titles.len()),
        ("context.countries".into(), context.countries.len()),
        ("perspectives".into(), design.perspectives.len()),
    ];
    texts
        .into_iter()
        .find_map(|(field, text, limit)| too_long(text, limit, "a design").map(|why| (field, why)))
        .or_else(|| {
            lists.into_iter().find_map(|(field, count)| too_many(count, "a design").map(|why| (field, why)))
        })
        .or_else(|| crate::perspectives::naming_problem(&design.perspectives))
}

/// Why `text` is over `limit`, said of what holds it ("a design", "a model").
pub fn too_long(text: &str, limit: usize, holder: &str) -> Option<String> {
    let length = text.chars().count();
    (length > limit).then(|| format!("is {length} characters long; {holder} keeps at most {limit} here"))
}

/// Why a list of `count` items is too long.
pub fn too_many(count: usize, holder: &str) -> Option<String> {
    (count > LIST_ITEMS).then(|| format!("has {count} items; {holder} keeps at most {LIST_ITEMS}"))
}

/// `text` cut to at most `limit` characters (typing and pasting stop there).
pub fn clamp(mut text: String, limit: usize) -> String {
    if let Some((end, _)) = text.char_indices().nth(limit) {
        text.truncate(end);
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clamping_counts_characters_not_bytes() {
        assert_eq!(clamp("Montréal".into(), 5), "Montr");
        assert_eq!(clamp("été".into(), 2), "ét");
        assert_eq!(clamp("short".into(), 300), "short");
    }

    #[test]
    fn the_first_field_over_its_limit_is_named() {
        let mut design = Design::default();
        assert!(first_over_limit(&design).is_none());
        design.context.titles = vec!["peer".into(), "x".repeat(LINE_CHARS + 1)];
        let (field, message) = first_over_limit(&design).expect("over");
        assert_eq!(field, "context.titles[1]");
        assert!(message.contains("1001 characters") && message.contains("at most 1000"), "{message}");
        design.context.titles = vec!["peer".into(); LIST_ITEMS + 1];
        assert_eq!(first_over_limit(&design).expect("over").0, "context.titles");
    }
}
