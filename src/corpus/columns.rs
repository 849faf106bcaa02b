//! How a model's answers are copied into the store's filter columns: each
//! answer set becomes a bitmask over its option list (bit i = the i-th
//! option in the map's order), so "has all the selected options" is
//! `(column & mask) = mask` in SQL.

use super::model::Model;
use crate::design::Answers;
use crate::map::AnswerOption;

/// The bit of one option: its position in the map's order.
pub fn bit<T: AnswerOption>(option: T) -> i64 {
    let index = T::ALL.iter().position(|o| *o == option).expect("every option is listed in ALL");
    1 << index
}

/// The bitmask of a set of options.
pub fn mask<'a, T: AnswerOption>(options: impl IntoIterator<Item = &'a T>) -> i64 {
    options.into_iter().fold(0, |acc, option| acc | bit(*option))
}

/// The filter columns of one model.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct FilterValues {
    pub functions: i64,
    pub primary_functions: i64,
    pub formality: Option<f64>,
    pub relations: i64,
    pub status: i64,
    pub affiliations: i64,
    pub peer_run: bool,
    pub spaces: i64,
}

impl FilterValues {
    pub fn of(answers: &Answers) -> Self {
        FilterValues {
            functions: mask(answers.functions.keys()),
            primary_functions: mask(answers.functions.keys().filter(|f| answers.is_primary(**f))),
            formality: answers.formality.map(|f| f.value()),
            relations: mask(&answers.relations),
            status: mask(&answers.status),
            affiliations: mask(&answers.affiliations),
            peer_run: answers.peer_run,
            spaces: mask(&answers.spaces),
        }
    }
}

/// The titles as one searchable, sortable, displayable text.
pub fn joined_titles(model: &Model) -> String {
    model.titles.iter().map(|t| t.trim()).filter(|t| !t.is_empty()).collect::<Vec<_>>().join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::{Function, Space};

    #[test]
    fn bits_follow_the_map_order() {
        assert_eq!(bit(Function::Relationship), 1);
        assert_eq!(bit(Function::Advocacy), 16);
        assert_eq!(mask([Space::DailyLife, Space::Institutional].iter()), 0b1001);
    }
}
