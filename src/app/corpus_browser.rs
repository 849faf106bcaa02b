//! What the corpus browser shows: the store, the current search and its
//! results (cached until the search changes, never queried per frame), the
//! selected model, and any editor, import or prompt in progress.

use super::import_job::ImportJob;
use super::model_editor::ModelEditor;
use crate::corpus::{CorpusQuery, DATABASE_FILE, ModelRow, Origin, Store, StoreError, StoredModel};
use crate::design::Design;
use std::path::{Path, PathBuf};

/// The selected model, with its design form for the map picture.
pub struct Selection {
    pub stored: StoredModel,
    pub design: Design,
}

/// The corpus browser's state.
pub struct CorpusBrowser {
    store: Store,
    database: PathBuf,
    /// Why the corpus file is not in use (the bundled corpus is shown read-only instead).
    pub store_problem: Option<String>,
    /// The corpus file is damaged: it is not written to, and it can be recovered.
    pub damaged: bool,
    query: CorpusQuery,
    rows: Vec<ModelRow>,
    issues: Vec<String>,
    countries: Vec<String>,
    total: usize,
    selection: Option<Selection>,
    pub editor: Option<ModelEditor>,
    pub import: Option<ImportJob>,
    /// A model waiting for the user to confirm its deletion.
    pub delete_prompt: Option<String>,
}

impl CorpusBrowser {
    /// Opens the corpus in `data_dir`, or the bundled corpus read-only if it cannot be used.
    pub fn open(data_dir: &Path) -> Self {
        let database = data_dir.join(DATABASE_FILE);
        let (store, store_problem, damaged) = match Store::open(&database) {
            Ok(store) => (store, None, false),
            Err(err) => (
                Store::open_bundled_in_memory(),
                Some(format!("{err}\n\nShowing the bundled corpus read-only; your file was not changed.")),
                matches!(err, StoreError::Corrupt { .. }),
            ),
        };
        let mut browser = CorpusBrowser {
            store,
            database,
            store_problem,
            damaged,
            query: CorpusQuery::default(),
            rows: Vec::new(),
            issues: Vec::new(),
            countries: Vec::new(),
            total: 0,
            selection: None,
            editor: None,
            import: None,
            delete_prompt: None,
        };
        if let Err(message) = browser.refresh() {
            browser.store_problem = Some(message);
        }
        browser
    }

    /// Takes the verdict of a background integrity check when it arrives.
    pub fn poll_damage(&mut self) {
        if let Some(err) = self.store.poll_damage() {
            self.store_problem = Some(format!("{err}\n\nYour file will not be written to."));
            self.damaged = true;
        }
    }

    /// Lets go of the corpus file (for its recovery); the bundled corpus stands in.
    pub fn close_store(&mut self) {
        self.store = Store::open_bundled_in_memory();
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn store_mut(&mut self) -> &mut Store {
        &mut self.store
    }

    /// The database file (for a worker's own connection).
    pub fn database(&self) -> &Path {
        &self.database
    }

    pub fn query(&self) -> &CorpusQuery {
        &self.query
    }

    pub fn rows(&self) -> &[ModelRow] {
        &self.rows
    }

    /// Distinct country codes, for the country filter.
    pub fn countries(&self) -> &[String] {
        &self.countries
    }

    /// Distinct issue keys, for the issue filter.
    pub fn issues(&self) -> &[String] {
        &self.issues
    }

    /// Models in the corpus, whatever the search.
    pub fn total(&self) -> usize {
        self.total
    }

    pub fn selection(&self) -> Option<&Selection> {
        self.selection.as_ref()
    }

    /// Runs a new search if it differs from the current one.
    pub fn set_query(&mut self, query: CorpusQuery) -> Result<(), String> {
        if query == self.query {
            return Ok(());
        }
        self.query = query;
        self.rows = self.store.search(&self.query).map_err(|e| e.to_string())?;
        Ok(())
    }

    /// Selects a model by id (or clears the selection).
    pub fn select(&mut self, id: Option<&str>) -> Result<(), String> {
        self.selection = match id {
            None => None,
            Some(id) => self
                .store
                .get(id)
                .map_err(|e| e.to_string())?
                .map(|stored| Selection { design: stored.model.to_design(), stored }),
        };
        Ok(())
    }

    /// Reloads results, filter choices and the selection after the corpus changed.
    pub fn refresh(&mut self) -> Result<(), String> {
        self.rows = self.store.search(&self.query).map_err(|e| e.to_string())?;
        self.issues = self.store.issues().map_err(|e| e.to_string())?;
        self.countries = self.store.countries().map_err(|e| e.to_string())?;
        self.total = self.store.count().map_err(|e| e.to_string())?;
        let selected = self.selection.as_ref().map(|s| s.stored.model.id.clone());
        self.select(selected.as_deref())
    }

    /// Whether the selected model can be edited or deleted.
    pub fn selection_is_editable(&self) -> bool {
        !self.store.is_read_only() && self.selection.as_ref().is_some_and(|s| s.stored.origin == Origin::User)
    }
}
