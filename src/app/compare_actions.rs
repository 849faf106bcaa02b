//! The comparison commands: which model is compared (it follows the model
//! the user last picked anywhere), and writing the comparison out.

use super::file_dialogs::{FileKind, file_stem_for};
use super::{AppState, Command, Comparison, PathPurpose, View};
use crate::export::export_comparison;
use crate::i18n::{say, tr};
use std::path::Path;

impl AppState {
    pub(super) fn execute_compare(&mut self, command: Command) {
        match command {
            Command::Compare(id) if self.set_compared(&id) => self.view = View::Compare,
            Command::ExportComparisonDialog => {
                let Some(comparison) = &self.similar.compare else {
                    self.status = tr("app-compare-choose").into();
                    return;
                };
                let name = format!(
                    "{}-vs-{}.html",
                    file_stem_for(self.design().display_name()),
                    file_stem_for(&comparison.model.name)
                );
                if let Some(path) =
                    self.ask_save_path(FileKind::Comparison, &name, PathPurpose::ExportComparison)
                {
                    self.export_comparison_to(&path);
                }
            }
            Command::ExportComparison(path) => self.export_comparison_to(&path),
            _ => {}
        }
    }

    /// Makes `id` the compared model; false (with the error shown) if it cannot be read.
    pub(super) fn set_compared(&mut self, id: &str) -> bool {
        if self.similar.compare.as_ref().is_some_and(|c| c.model.id == id) {
            return true;
        }
        match self.corpus.store().get(id) {
            Ok(Some(stored)) => {
                self.similar.compare = Some(Comparison::new(stored.model));
                self.update_similar();
                true
            }
            Ok(None) => {
                self.error = Some(say("app-no-model", &[("id", id.to_string())]));
                false
            }
            Err(err) => {
                self.error = Some(err.to_string());
                false
            }
        }
    }

    /// After the corpus changed: the compared model as it is stored now, or none if it was deleted.
    pub(super) fn refresh_compared(&mut self) {
        let Some(id) = self.similar.compare.as_ref().map(|c| c.model.id.clone()) else { return };
        self.similar.compare = match self.corpus.store().get(&id) {
            Ok(Some(stored)) => Some(Comparison::new(stored.model)),
            _ => None,
        };
    }

    fn export_comparison_to(&mut self, path: &Path) {
        self.update_similar();
        let Some(worded) = self.similar.compare.as_ref().and_then(Comparison::worded) else {
            self.status = tr("app-compare-choose").into();
            return;
        };
        match export_comparison(worded, path) {
            Ok(()) => self.status = say("app-comparison-exported", &[("file", super::file_name(path))]),
            Err(err) => {
                self.error = Some(format!(
                    "{}\n\n{err}",
                    say("app-comparison-failed", &[("path", path.display().to_string())])
                ))
            }
        }
    }
}
