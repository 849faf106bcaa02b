//! The corpus commands: search, select, curate, import and export.

use super::CorpusBrowser;
use super::{
    AppState, Command, Document, ImportJob, ImportReport, ImportResult, ModelEditor, PathPurpose, View,
};
use crate::app::file_dialogs::FileKind;
use crate::corpus::{Model, Origin, export, recover};
use crate::i18n::{say, tr};

impl AppState {
    /// Runs a corpus command (the others are handled by `execute`).
    pub(super) fn execute_corpus(&mut self, command: Command) {
        let result = match command {
            Command::SetCorpusQuery(query) => self.corpus.set_query(*query),
            Command::SelectModel(id) => {
                // The Compare view follows the model the user last picked.
                if let Some(id) = &id {
                    self.set_compared(id);
                }
                self.corpus.select(id.as_deref())
            }
            Command::DuplicateModel(id) => self.duplicate_model(&id),
            Command::EditModel(id) => self.edit_model(&id),
            Command::SaveDesignAsModel => self.start_model_from_design(),
            Command::SaveModelDraft => self.save_model_draft(),
            Command::CloseModelEditor => {
                self.corpus.editor = None;
                Ok(())
            }
            Command::DeleteModel(id) => {
                self.corpus.delete_prompt = Some(id);
                Ok(())
            }
            Command::ResolveDeleteModel { delete } => self.resolve_delete(delete),
            Command::ImportCorpusDialog => {
                if let Some(path) = self.ask_open_path(FileKind::Corpus, PathPurpose::ImportCorpus) {
                    self.start_import(path, false);
                }
                Ok(())
            }
            Command::ImportCorpus { path, valid_only } => {
                self.start_import(path, valid_only);
                Ok(())
            }
            Command::CancelImport => {
                if let Some(job) = &self.corpus.import {
                    job.cancel();
                }
                Ok(())
            }
            Command::DismissImportReport => {
                self.import_report = None;
                Ok(())
            }
            Command::ExportCorpusDialog => {
                match self.ask_save_path(FileKind::Corpus, "peermap-corpus.csv", PathPurpose::ExportCorpus) {
                    Some(path) => self.export_corpus(&path),
                    None => Ok(()),
                }
            }
            Command::ExportCorpus(path) => self.export_corpus(&path),
            Command::RecoverCorpus => self.recover_corpus(),
            other => Err(format!("{} is not a corpus command", other.label())),
        };
        if let Err(message) = result {
            self.error = Some(message);
        }
    }

    /// Checks on a running import; call each frame while one runs.
    pub fn poll_import(&mut self) {
        let Some(job) = &self.corpus.import else { return };
        let Some(result) = job.poll() else { return };
        let path = job.path.clone();
        self.corpus.import = None;
        self.status = match &result {
            ImportResult::Imported { count, .. } => {
                format!("Imported {count} models from {}", path.display())
            }
            ImportResult::Cancelled => "Import cancelled: the corpus is unchanged".into(),
            ImportResult::Rejected { problems, .. } => {
                format!("Nothing imported: {} rows need fixing", problems.len())
            }
            ImportResult::Failed(_) => "Import failed: the corpus is unchanged".into(),
        };
        if let Err(message) = self.corpus.refresh() {
            self.error = Some(message);
        }
        self.reload_similarity_index();
        self.import_report = Some(ImportReport { path, result });
    }

    fn duplicate_model(&mut self, id: &str) -> Result<(), String> {
        self.writable()?;
        let new_id = self.corpus.store_mut().duplicate(id).map_err(|e| e.to_string())?;
        self.corpus.refresh()?;
        self.reload_similarity_index();
        self.corpus.select(Some(&new_id))?;
        self.status = say("app-duplicated", &[("id", new_id.to_string())]);
        Ok(())
    }

    fn edit_model(&mut self, id: &str) -> Result<(), String> {
        self.writable()?;
        let stored =
            self.corpus.store().get(id).map_err(|e| e.to_string())?.ok_or(format!("No model \"{id}\""))?;
        if stored.origin == Origin::Bundled {
            return Err("Bundled models are read-only: duplicate the model to edit a copy.".into());
        }
        self.corpus.editor = Some(ModelEditor::new(stored.model, false));
        Ok(())
    }

    fn start_model_from_design(&mut self) -> Result<(), String> {
        self.writable()?;
        let design = self.document.design();
        let id = self.corpus.store().unused_id(design.display_name()).map_err(|e| e.to_string())?;
        self.corpus.editor = Some(ModelEditor::new(Model::from_design(id, design), true));
        self.view = View::Corpus;
        Ok(())
    }

    fn save_model_draft(&mut self) -> Result<(), String> {
        let Some(editor) = &mut self.corpus.editor else { return Ok(()) };
        let Some(model) = editor.finished() else { return Ok(()) };
        let (id, is_new) = (model.id.clone(), editor.is_new);
        let store = self.corpus.store_mut();
        let saved = if is_new { store.add(model) } else { store.update(model) };
        saved.map_err(|e| e.to_string())?;
        self.corpus.editor = None;
        self.corpus.refresh()?;
        self.reload_similarity_index();
        self.corpus.select(Some(&id))?;
        self.status = say("app-model-saved", &[("id", id.to_string())]);
        Ok(())
    }

    fn resolve_delete(&mut self, delete: bool) -> Result<(), String> {
        let Some(id) = self.corpus.delete_prompt.take() else { return Ok(()) };
        if delete {
            self.corpus.store_mut().delete(&id).map_err(|e| e.to_string())?;
            self.corpus.select(None)?;
            self.corpus.refresh()?;
            self.reload_similarity_index();
            self.status = say("app-model-deleted", &[("id", id.to_string())]);
        }
        Ok(())
    }

    pub(super) fn open_model_as_design(&mut self, id: &str) {
        match self.corpus.store().get(id) {
            Ok(Some(stored)) => {
                self.replace_document(Document::opened(stored.model.to_design(), None));
                self.view = View::Design;
                self.status =
                    say("app-design-from-model", &[("name", stored.model.shown_name().to_string())]);
            }
            Ok(None) => self.error = Some(say("app-no-model", &[("id", id.to_string())])),
            Err(err) => self.error = Some(err.to_string()),
        }
    }

    fn start_import(&mut self, path: std::path::PathBuf, valid_only: bool) {
        if let Err(message) = self.writable() {
            self.error = Some(message);
        } else if self.corpus.import.is_some() {
            self.error = Some(tr("app-import-busy").into());
        } else {
            self.import_report = None;
            self.corpus.import = Some(ImportJob::start(self.corpus.database(), &path, valid_only));
            self.status = say("app-importing", &[("path", path.display().to_string())]);
        }
    }

    fn export_corpus(&mut self, path: &std::path::Path) -> Result<(), String> {
        let models: Vec<Model> =
            self.corpus.store().all().map_err(|e| e.to_string())?.into_iter().map(|s| s.model).collect();
        let count = export(&models, path).map_err(|e| e.to_string())?;
        self.status =
            say("cli-exported", &[("count", count.to_string()), ("path", path.display().to_string())]);
        Ok(())
    }

    /// Closes the damaged store, recovers it and opens the rebuilt one.
    fn recover_corpus(&mut self) -> Result<(), String> {
        if !self.corpus.damaged {
            return Err("The corpus is not damaged: there is nothing to recover.".into());
        }
        if self.corpus.import.is_some() {
            return Err("Wait for the import to finish before recovering the corpus.".into());
        }
        let database = self.corpus.database().to_path_buf();
        self.corpus.close_store();
        let outcome = recover(&database);
        self.corpus = CorpusBrowser::open(&self.data_dir);
        self.reload_similarity_index();
        let recovery = outcome.map_err(|e| e.to_string())?;
        self.status = recovery.to_string();
        Ok(())
    }

    /// Watches a background integrity check; call each frame.
    pub fn poll_corpus_damage(&mut self) {
        self.corpus.poll_damage();
    }

    /// Takes the results of a corpus search run on a worker; call each frame.
    pub fn poll_corpus_search(&mut self) {
        if let Err(err) = self.corpus.poll_search() {
            self.error = Some(say("app-search-failed", &[("detail", err.to_string())]));
        }
    }

    fn writable(&self) -> Result<(), String> {
        if self.corpus.store().is_read_only() {
            Err("The corpus is open read-only (see the notice in the corpus view), so it cannot be changed."
                .into())
        } else {
            Ok(())
        }
    }
}
