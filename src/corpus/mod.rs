//! The corpus: documented peer-support programme models, each positioned on
//! the six questions with its source, kept in a local SQLite store.

mod bulk;
mod bundled;
mod columns;
pub mod exchange;
mod import;
mod integrity;
mod model;
mod open;
mod parallel;
mod query;
mod record;
mod recover;
mod rows;
pub mod schema;
mod slug;
mod stats;
mod store;
mod store_error;
mod translation;
mod validate;

pub use bundled::{BUNDLED_FILES, bundled_fingerprint, bundled_models};
pub use exchange::{
    CSV_COLUMNS, ExchangeError, ExchangeFormat, ParsedImport, RowProblem, export, parse_bytes, parse_file,
    rows_with_problems,
};
pub use import::{FileImport, ImportError, ImportProgress, import_file};
pub use model::{Citation, Coding, Confidence, Lesson, Model, ModelKind, Origin, Translation, issue_text};
pub use open::BUSY_TIMEOUT;
pub use query::{AnswerFilter, CorpusQuery, ModelRow, SortKey};
pub(crate) use record::{file_issue, legacy_period};
pub use recover::{Recovery, recover};
pub use slug::slug;
pub use stats::{CorpusStats, country_regions, model_regions};
pub use store::{DATABASE_FILE, ImportOutcome, RowKey, Store, StoredModel};
pub use store_error::StoreError;
pub use validate::{Problem, validate};
