//! The rows a corpus search lists. A small corpus keeps them all; a large
//! one keeps only the models' keys and reads the rows the table shows, a
//! page at a time, keeping the pages last read so scrolling back is free.

use crate::corpus::{ModelRow, RowKey, Store};
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;

/// Rows read from the store at a time.
const PAGE: usize = 64;

/// Pages kept; beyond this the oldest are let go.
const PAGES_KEPT: usize = 32;

/// A search's rows, whole or by key.
#[derive(Debug)]
pub(super) enum ListedRows {
    All(Vec<ModelRow>),
    Keyed(KeyedRows),
}

/// Keys in search order, with the pages of rows read so far.
#[derive(Debug)]
pub(super) struct KeyedRows {
    keys: Vec<RowKey>,
    pages: RefCell<HashMap<usize, Vec<ModelRow>>>,
    /// The first page that could not be read, for the user to see.
    failure: RefCell<Option<String>>,
}

impl KeyedRows {
    pub(super) fn new(keys: Vec<RowKey>) -> Self {
        KeyedRows { keys, pages: RefCell::default(), failure: RefCell::default() }
    }

    fn row(&self, store: &Store, index: usize) -> Option<ModelRow> {
        let page = index / PAGE;
        let mut pages = self.pages.borrow_mut();
        if !pages.contains_key(&page) {
            if pages.len() >= PAGES_KEPT {
                pages.clear();
            }
            let keys = &self.keys[page * PAGE..((page + 1) * PAGE).min(self.keys.len())];
            let rows = store.rows_by_key(keys).unwrap_or_else(|err| {
                self.failure.borrow_mut().get_or_insert(err.to_string());
                Vec::new()
            });
            pages.insert(page, rows);
        }
        // A model deleted since the search leaves its page short; its place shows empty.
        let rows = &pages[&page];
        (rows.len() == self.keys[page * PAGE..].len().min(PAGE)).then(|| rows[index % PAGE].clone())
    }
}

impl Default for ListedRows {
    fn default() -> Self {
        ListedRows::All(Vec::new())
    }
}

impl ListedRows {
    pub(super) fn len(&self) -> usize {
        match self {
            ListedRows::All(rows) => rows.len(),
            ListedRows::Keyed(keyed) => keyed.keys.len(),
        }
    }

    /// Row `index` of the listing (borrowed when all rows are held), read
    /// from `store` if its page is not at hand.
    pub(super) fn row(&self, store: &Store, index: usize) -> Option<Cow<'_, ModelRow>> {
        match self {
            ListedRows::All(rows) => rows.get(index).map(Cow::Borrowed),
            ListedRows::Keyed(keyed) => {
                (index < keyed.keys.len()).then(|| keyed.row(store, index)).flatten().map(Cow::Owned)
            }
        }
    }

    /// Why a page of rows could not be read, once.
    pub(super) fn take_failure(&self) -> Option<String> {
        match self {
            ListedRows::Keyed(keyed) => keyed.failure.borrow_mut().take(),
            ListedRows::All(_) => None,
        }
    }
}
