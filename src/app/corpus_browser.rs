//! What the corpus browser shows: the store, the current search and its
//! results (cached until the search changes, never queried per frame), the
//! selected model, and any editor, import or prompt in progress.

use super::import_job::ImportJob;
use super::listed_rows::{KeyedRows, ListedRows};
use super::model_editor::ModelEditor;
use super::worker::Worker;
use crate::corpus::{CorpusQuery, DATABASE_FILE, ModelRow, Origin, Store, StoreError, StoredModel};
use crate::design::Design;
use std::path::{Path, PathBuf};

/// Above this many models, the corpus is read and searched on worker
/// threads, so the window opens and answers at once.
pub const LARGE_CORPUS: usize = 5_000;

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
    rows: ListedRows,
    /// The search running on a worker (large corpora); `rows` are the previous results until it ends.
    search: Option<Worker<Result<Listing, String>>>,
    /// A search of a large corpus waiting for the next poll to start it (with
    /// the filter choices or not), so opening the window comes first.
    search_due: Option<bool>,
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
            rows: ListedRows::default(),
            search: None,
            search_due: None,
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

    /// How many models the current search lists.
    pub fn row_count(&self) -> usize {
        self.rows.len()
    }

    /// Row `index` of the listing (for a large corpus, read a page at a time and kept).
    pub fn row(&self, index: usize) -> Option<std::borrow::Cow<'_, ModelRow>> {
        self.rows.row(&self.store, index)
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
        self.run_search(false)
    }

    /// Runs the current search (and with `choices`, lists the issues and
    /// countries to filter by): on a worker when the corpus is large (the
    /// results arrive through [`CorpusBrowser::poll_search`]), else at once.
    fn run_search(&mut self, choices: bool) -> Result<(), String> {
        match self.store.path().filter(|_| self.total > LARGE_CORPUS) {
            Some(_) => self.search_due = Some(choices || self.search_due == Some(true)),
            None => {
                self.search = None;
                let listing =
                    Listing::read(&self.store, &self.query, choices, false).map_err(|e| e.to_string())?;
                self.take(listing);
            }
        }
        Ok(())
    }

    /// Starts the search that is due on a worker.
    fn start_search(&mut self) {
        let Some((choices, path)) = self.search_due.zip(self.store.path()) else { return };
        let (path, query) = (path.to_path_buf(), self.query.clone());
        self.search_due = None;
        self.search = Some(Worker::spawn(move || {
            Store::open_reader(&path)
                .and_then(|store| Listing::read(&store, &query, choices, true))
                .map_err(|e| e.to_string())
        }));
    }

    fn take(&mut self, listing: Listing) {
        self.rows = listing.rows;
        if let Some((issues, countries)) = listing.choices {
            (self.issues, self.countries) = (issues, countries);
        }
    }

    /// Takes the results of a search run on a worker, once they are ready;
    /// call each frame. An error is returned for the user to see.
    pub fn poll_search(&mut self) -> Result<(), String> {
        if let Some(failure) = self.rows.take_failure() {
            return Err(format!("Some rows of the corpus could not be read: {failure}"));
        }
        self.start_search();
        let Some(search) = &self.search else { return Ok(()) };
        let Some(result) = search.poll(lost_search) else { return Ok(()) };
        self.search = None;
        self.take(result?);
        Ok(())
    }

    /// Waits for a search run on a worker (tests and the command line).
    pub fn wait_for_search(&mut self) -> Result<(), String> {
        self.start_search();
        let Some(search) = self.search.take() else { return Ok(()) };
        self.take(search.wait(lost_search)?);
        Ok(())
    }

    /// Whether a search is still running; `rows` are the previous results meanwhile.
    pub fn is_searching(&self) -> bool {
        self.search.is_some() || self.search_due.is_some()
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
        self.total = self.store.count().map_err(|e| e.to_string())?;
        self.run_search(true)?;
        let selected = self.selection.as_ref().map(|s| s.stored.model.id.clone());
        self.select(selected.as_deref())
    }

    /// Whether the selected model can be edited or deleted.
    pub fn selection_is_editable(&self) -> bool {
        !self.store.is_read_only() && self.selection.as_ref().is_some_and(|s| s.stored.origin == Origin::User)
    }
}

/// A search's results, and the filter choices when they were asked for.
struct Listing {
    rows: ListedRows,
    /// The issues and countries to filter by.
    choices: Option<(Vec<String>, Vec<String>)>,
}

impl Listing {
    /// With `keyed`, only the models' keys are read, for a large corpus.
    fn read(store: &Store, query: &CorpusQuery, choices: bool, keyed: bool) -> Result<Listing, StoreError> {
        let rows = if keyed {
            ListedRows::Keyed(KeyedRows::new(store.search_keys(query)?))
        } else {
            ListedRows::All(store.search(query)?)
        };
        let choices = if choices { Some((store.issues()?, store.countries()?)) } else { None };
        Ok(Listing { rows, choices })
    }
}

fn lost_search() -> Result<Listing, String> {
    Err("the search stopped unexpectedly".into())
}
