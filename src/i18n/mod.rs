//! The languages peermap speaks, with Project Fluent message files
//! (`assets/i18n/<code>/peermap.ftl`): plural rules and variables are the
//! library's, never string concatenation.
//!
//! The language is per thread: the window's thread follows the user's
//! choice, a worker takes the language it is given, and tests running side
//! by side each keep their own. Messages without variables are formatted
//! once per language, so drawing a frame only looks them up.

mod language;

pub use language::Language;

pub use fluent_bundle::FluentValue;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use std::cell::Cell;
use std::collections::HashMap;
use std::sync::LazyLock;

/// The message file of each language, built in.
pub const SOURCES: [(Language, &str); 2] = [
    (Language::English, include_str!("../../assets/i18n/en/peermap.ftl")),
    (Language::French, include_str!("../../assets/i18n/fr/peermap.ftl")),
];

thread_local! {
    static CURRENT: Cell<Language> = const { Cell::new(Language::English) };
}

/// Speaks `language` on this thread from now on.
pub fn set_language(language: Language) {
    CURRENT.with(|current| current.set(language));
}

/// The language this thread speaks.
pub fn language() -> Language {
    CURRENT.with(Cell::get)
}

/// Runs `f` speaking `language` on this thread, then goes back to the
/// language spoken before (a brief in French from an English window).
pub fn with_language<T>(language: Language, f: impl FnOnce() -> T) -> T {
    let before = self::language();
    set_language(language);
    let result = f();
    set_language(before);
    result
}

/// A message without variables in a given language, whatever this thread speaks.
pub fn tr_in(language: Language, id: &str) -> &'static str {
    let (message, attribute) = id.split_once('.').unwrap_or((id, ""));
    catalogue(language).plain(message, attribute).unwrap_or_else(|| missing(id))
}

/// A number with `places` decimals, with the language's decimal mark (0.75, 0,75).
pub fn decimal(value: f64, places: usize) -> String {
    let text = format!("{value:.places$}");
    match language() {
        Language::English => text,
        Language::French => text.replace('.', ","),
    }
}

/// A typed number, with either decimal mark ("0,75" or "0.75") whatever
/// the language: a team may type as its keyboard or its habit says.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let text = text.trim().replace(',', ".");
    if text.matches('.').count() > 1 {
        return None;
    }
    text.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// A message whose arguments are all texts (paths, names, counts
/// already formatted), in this thread's language.
pub fn say(id: &str, args: &[(&str, String)]) -> String {
    let args: Vec<(&str, FluentValue)> = args.iter().map(|(k, v)| (*k, v.as_str().into())).collect();
    tr_args(id, &args)
}

/// A label followed by a colon, spaced as the language wants ("Place:",
/// « Lieu : » with a no-break space in French).
pub fn colon(label: &str) -> String {
    match language() {
        Language::English => format!("{label}:"),
        Language::French => format!("{label}\u{a0}:"),
    }
}

/// What separates clauses in a line ("both navigation; you add promotion"),
/// with French's no-break space before the semicolon.
pub fn clause_separator() -> &'static str {
    match language() {
        Language::English => "; ",
        Language::French => "\u{a0}; ",
    }
}

/// A message without variables (`id`, or `id.attribute`) in this thread's language.
pub fn tr(id: &str) -> &'static str {
    tr_in(language(), id)
}

/// An attribute of a message without variables (`message.attribute`), for
/// texts kept beside their key in the code (the answer options).
pub fn tr_attribute(message: &str, attribute: &str) -> &'static str {
    catalogue(language()).plain(message, attribute).unwrap_or_else(|| missing(message))
}

/// A message with variables, in this thread's language.
pub fn tr_args(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let catalogue = catalogue(language());
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let (message_id, attribute) = match id.split_once('.') {
        Some((message, attribute)) => (message, Some(attribute)),
        None => (id, None),
    };
    let Some(message) = catalogue.bundle.get_message(message_id) else { return missing(id).to_string() };
    let pattern = match attribute {
        Some(attribute) => message.get_attribute(attribute).map(|a| a.value()),
        None => message.value(),
    };
    let Some(pattern) = pattern else { return missing(id).to_string() };
    let mut errors = Vec::new();
    catalogue.bundle.format_pattern(pattern, Some(&fluent_args), &mut errors).into_owned()
}

/// What stands in for a message a language lacks (the tests keep the files
/// in step, so a user never sees it).
fn missing(id: &str) -> &'static str {
    debug_assert!(false, "no message `{id}`");
    "(missing text)"
}

/// A language's bundle, and its messages without variables already formatted.
struct Catalogue {
    bundle: FluentBundle<FluentResource>,
    /// By message, then attribute ("" for the message's own value), so a
    /// lookup in a frame never builds a key.
    plain: HashMap<String, HashMap<String, &'static str>>,
}

static CATALOGUES: LazyLock<Vec<Catalogue>> =
    LazyLock::new(|| SOURCES.iter().map(|(language, source)| Catalogue::new(*language, source)).collect());

impl Catalogue {
    fn plain(&self, message: &str, attribute: &str) -> Option<&'static str> {
        self.plain.get(message)?.get(attribute).copied()
    }
}

fn catalogue(language: Language) -> &'static Catalogue {
    &CATALOGUES[Language::ALL.iter().position(|l| *l == language).unwrap_or(0)]
}

impl Catalogue {
    fn new(language: Language, source: &str) -> Catalogue {
        let resource = FluentResource::try_new(source.to_string())
            .unwrap_or_else(|(_, errors)| panic!("assets/i18n/{}: {errors:?}", language.code()));
        let mut bundle = FluentBundle::new_concurrent(vec![language.identifier()]);
        // No bidirectional isolation marks: every language here runs left to right.
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .unwrap_or_else(|errors| panic!("assets/i18n/{}: {errors:?}", language.code()));
        let mut plain: HashMap<String, HashMap<String, &'static str>> = HashMap::new();
        for id in message_ids(source) {
            let (message_id, attribute) = match id.split_once('.') {
                Some((message, attribute)) => (message, Some(attribute)),
                None => (id.as_str(), None),
            };
            let Some(message) = bundle.get_message(message_id) else { continue };
            let pattern = match attribute {
                Some(attribute) => message.get_attribute(attribute).map(|a| a.value()),
                None => message.value(),
            };
            let Some(pattern) = pattern else { continue };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, None, &mut errors).into_owned();
            if errors.is_empty() {
                let text: &'static str = Box::leak(text.into_boxed_str());
                plain
                    .entry(message_id.to_string())
                    .or_default()
                    .insert(attribute.unwrap_or("").to_string(), text);
            }
        }
        Catalogue { bundle, plain }
    }
}

/// Every message id of a message file, with its attributes as `id.attribute`.
pub fn message_ids(source: &str) -> Vec<String> {
    let mut ids = Vec::new();
    let mut message: Option<&str> = None;
    for line in source.lines() {
        if let Some((id, _)) = line.split_once(" =")
            && !line.starts_with([' ', '#', '-'])
            && !id.is_empty()
        {
            message = Some(id);
            ids.push(id.to_string());
        } else if let Some(attribute) = line.trim_start().strip_prefix('.')
            && line.starts_with(' ')
            && let (Some(message), Some((name, _))) = (message, attribute.split_once(" ="))
        {
            ids.push(format!("{message}.{name}"));
        }
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_typed_decimal_reads_with_either_mark_and_nothing_else_passes() {
        assert_eq!(parse_decimal("0,75"), Some(0.75));
        assert_eq!(parse_decimal(" 0.75 "), Some(0.75));
        assert_eq!(parse_decimal("1"), Some(1.0));
        for bad in ["0,7,5", "0.7,5", "", "abc", "NaN", "inf"] {
            assert_eq!(parse_decimal(bad), None, "{bad}");
        }
        assert_eq!(with_language(Language::French, || decimal(0.75, 2)), "0,75");
    }
}
