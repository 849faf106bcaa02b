//! The conceptual map of peer support (Panaite et al. 2024) as data: three
//! facets, six questions, their answer options, definitions and sources.
//!
//! Everything here is plain data so the rest of the program (files, corpus,
//! similarity, brief, UI) shares one vocabulary of answer keys.

mod options;
mod questions;
mod references;

pub use options::{Affiliation, AnswerOption, Function, OptionInfo, Relation, Space, StatusSource};
pub use questions::{FORMALITY_ANCHORS, Facet, FormalityAnchor, Question};
pub use references::map_reference;
