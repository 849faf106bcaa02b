//! Repeated keys and repeated choices in a design file. A JSON reader keeps
//! the last of two equal keys and a set keeps one of two equal choices, so
//! either would lose what the file says without a word: they are refused,
//! naming the field.

use serde::de::{self, DeserializeSeed, IgnoredAny, MapAccess, SeqAccess, Visitor};
use std::cell::RefCell;
use std::collections::HashSet;
use std::fmt;

/// A repeat found in the file: the field it is in and what is repeated.
#[derive(Debug)]
pub(super) struct Repeat {
    pub field: String,
    pub message: String,
    pub line: usize,
    pub column: usize,
}

/// Walks the whole file looking for a repeated key in any object, or a
/// repeated choice in an answer list. Syntax errors are left to the full parse.
pub(super) fn find_repeat(text: &str) -> Option<Repeat> {
    let found = RefCell::new(None);
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let walk = Walk { path: String::new(), found: &found };
    match walk.deserialize(&mut deserializer) {
        Ok(()) => None,
        Err(err) => found.into_inner().map(|(field, message)| Repeat {
            field,
            message,
            line: err.line(),
            column: err.column(),
        }),
    }
}

struct Walk<'a> {
    /// Where this value is, as serde_path_to_error writes it ("answers.functions").
    path: String,
    found: &'a RefCell<Option<(String, String)>>,
}

impl<'a> Walk<'a> {
    fn child(&self, key: &str) -> Walk<'a> {
        let path = if self.path.is_empty() { key.to_string() } else { format!("{}.{key}", self.path) };
        Walk { path, found: self.found }
    }

    fn refuse<E: de::Error>(&self, message: String) -> E {
        let field = if self.path.is_empty() { "(the design)".to_string() } else { self.path.clone() };
        *self.found.borrow_mut() = Some((field, message.clone()));
        E::custom(message)
    }

    /// Answer lists are sets: a choice given twice is a mistake.
    fn is_answer_list(&self) -> bool {
        self.path.starts_with("answers.")
    }
}

impl<'de> DeserializeSeed<'de> for Walk<'_> {
    type Value = ();

    fn deserialize<D: de::Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Walk<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        let mut keys = HashSet::new();
        while let Some(key) = map.next_key::<String>()? {
            if !keys.insert(key.clone()) {
                return Err(self.refuse(format!("`{key}` is given twice; keep one")));
            }
            map.next_value_seed(self.child(&key))?;
        }
        Ok(())
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        if self.is_answer_list() {
            let mut seen = HashSet::new();
            while let Some(item) = seq.next_element::<serde_json::Value>()? {
                if let Some(choice) = item.as_str()
                    && !seen.insert(choice.to_string())
                {
                    return Err(self.refuse(format!("`{choice}` is listed twice; list each choice once")));
                }
            }
        } else {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
        }
        Ok(())
    }

    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::find_repeat;

    #[test]
    fn names_the_object_and_the_repeated_key() {
        let repeat = find_repeat(r#"{"notes": {"functions": "a", "functions": "b"}}"#).expect("found");
        assert_eq!(repeat.field, "notes");
        assert!(repeat.message.contains("`functions` is given twice"), "{}", repeat.message);
        assert_eq!((repeat.line, repeat.column), (1, 40), "just after the repeated key");
        let top = find_repeat(r#"{"name": "a", "name": "b"}"#).expect("found");
        assert_eq!(top.field, "(the design)");
    }

    #[test]
    fn a_choice_listed_twice_is_found_only_in_answer_lists() {
        let repeat = find_repeat(r#"{"answers": {"relations": ["x", "y", "x"]}}"#).expect("found");
        assert_eq!(repeat.field, "answers.relations");
        assert!(find_repeat(r#"{"context": {"titles": ["peer", "peer"]}}"#).is_none());
        assert!(find_repeat(r#"{"answers": {"functions": {"a": "primary", "b": "primary"}}}"#).is_none());
    }
}
