//! The full records behind an index. A small corpus keeps them in memory; a
//! large one leaves them in the store and reads only the few a view shows,
//! keeping the most recent so a frame never waits on the file twice.

use crate::corpus::{Model, Store};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, PoisonError};

/// How many records read from the store are kept for the next frames.
const KEPT: usize = 512;

/// Where an index finds a model's full record.
#[derive(Debug)]
pub(super) enum Records {
    Memory(Vec<Arc<Model>>),
    Store(Box<StoreRecords>),
}

impl Default for Records {
    fn default() -> Self {
        Records::Memory(Vec::new())
    }
}

/// Records read on demand from the store file, by id.
pub(super) struct StoreRecords {
    path: PathBuf,
    reader: Mutex<Option<Store>>,
    kept: Mutex<HashMap<usize, Arc<Model>>>,
    /// The first read that failed, for the app to report.
    failure: Mutex<Option<String>>,
}

impl std::fmt::Debug for StoreRecords {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoreRecords")
            .field("path", &self.path)
            .field("kept", &lock(&self.kept).len())
            .finish()
    }
}

impl StoreRecords {
    pub(super) fn new(path: PathBuf) -> Self {
        StoreRecords { path, reader: Mutex::default(), kept: Mutex::default(), failure: Mutex::default() }
    }

    /// The record of model `index`, whose id is `id`; `None` (with the
    /// failure kept for [`Records::take_failure`]) when it cannot be read.
    fn get(&self, index: usize, id: &str) -> Option<Arc<Model>> {
        if let Some(model) = lock(&self.kept).get(&index) {
            return Some(model.clone());
        }
        let read = self.read(id);
        match read {
            Ok(model) => {
                let model = Arc::new(model);
                let mut kept = lock(&self.kept);
                if kept.len() >= KEPT {
                    kept.clear();
                }
                kept.insert(index, model.clone());
                Some(model)
            }
            Err(message) => {
                lock(&self.failure).get_or_insert(message);
                None
            }
        }
    }

    fn read(&self, id: &str) -> Result<Model, String> {
        let mut reader = lock(&self.reader);
        if reader.is_none() {
            *reader = Some(Store::open_reader(&self.path).map_err(|e| e.to_string())?);
        }
        let store = reader.as_ref().expect("the reader was just opened");
        match store.get(id) {
            Ok(Some(stored)) => Ok(stored.model),
            Ok(None) => Err(format!(
                "the model `{id}` is no longer in the corpus at {} (it changed since it was read)",
                self.path.display()
            )),
            Err(err) => Err(err.to_string()),
        }
    }
}

impl Records {
    pub(super) fn get(&self, index: usize, id: &str) -> Option<Arc<Model>> {
        match self {
            Records::Memory(models) => models.get(index).cloned(),
            Records::Store(store) => store.get(index, id),
        }
    }

    /// The first record that could not be read since the last call.
    pub(super) fn take_failure(&self) -> Option<String> {
        match self {
            Records::Memory(_) => None,
            Records::Store(store) => lock(&store.failure).take(),
        }
    }
}

/// A lock that survives a panic elsewhere: the data is a cache, never left half-written.
fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(PoisonError::into_inner)
}
