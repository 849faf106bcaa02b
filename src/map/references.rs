//! The map paper's reference list, so every definition can be followed
//! back to its sources.

use crate::references::{Citation, Work};

/// The map paper's reference number `n`, if it exists.
pub fn map_reference(n: u16) -> Option<&'static Citation> {
    Work::Map.reference(n)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::{AnswerOption, FORMALITY_ANCHORS, Function, Relation, Space};

    #[test]
    fn every_definition_cites_existing_references() {
        let cited = Function::ALL
            .iter()
            .flat_map(|f| f.info().refs)
            .chain(Relation::ALL.iter().flat_map(|r| r.info().refs))
            .chain(Space::ALL.iter().flat_map(|s| s.info().refs))
            .chain(FORMALITY_ANCHORS.iter().flat_map(|a| a.refs));
        for n in cited {
            assert!(map_reference(*n).is_some(), "reference {n} is missing");
        }
    }
}
