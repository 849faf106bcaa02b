//! The brief commands: preview it, and export it on a worker thread so the
//! window stays responsive while figures and the PDF are made.

use super::file_dialogs::{FileKind, file_stem_for};
use super::similar::CacheKey;
use super::worker::Worker;
use super::{AppState, Command, PathPurpose};
use crate::brief::Brief;
use crate::export::{BriefRequest, export_brief};
use crate::i18n::{Language, say, tr};
use std::path::PathBuf;

type ExportResult = Result<Vec<PathBuf>, String>;

/// A brief being written.
pub struct BriefJob {
    pub path: PathBuf,
    worker: Worker<ExportResult>,
}

impl BriefJob {
    fn start(request: BriefRequest, path: PathBuf) -> BriefJob {
        let worker_path = path.clone();
        let worker =
            Worker::spawn(move || export_brief(&request, &worker_path).map_err(|err| err.to_string()));
        BriefJob { path, worker }
    }

    fn poll(&self) -> Option<ExportResult> {
        self.worker.poll(stopped)
    }

    /// Waits for the export to finish (tests).
    pub fn wait(&self) -> ExportResult {
        self.worker.wait(stopped)
    }
}

fn stopped() -> ExportResult {
    Err("the export stopped unexpectedly".into())
}

/// The brief preview: the brief's content, rebuilt only when the design changes.
#[derive(Default)]
pub struct BriefPreview {
    pub open: bool,
    cache: Option<(CacheKey, Language, Brief)>,
}

impl BriefPreview {
    /// The previewed brief, if the preview is open.
    pub fn brief(&self) -> Option<&Brief> {
        self.cache.as_ref().filter(|_| self.open).map(|(_, _, brief)| brief)
    }
}

impl AppState {
    pub(super) fn execute_brief(&mut self, command: Command) {
        match command {
            Command::ShowBriefPreview(open) => {
                self.brief_preview.open = open;
                self.update_brief_preview();
            }
            Command::SetBriefLanguage(language) => {
                self.brief_language = Some(language);
                self.update_brief_preview();
            }
            Command::ExportBriefDialog => {
                let name = format!("{}-brief.html", file_stem_for(self.design().display_name()));
                if let Some(path) = self.ask_save_path(FileKind::Brief, &name, PathPurpose::ExportBrief) {
                    self.execute_brief(Command::ExportBrief(path));
                }
            }
            Command::ExportBrief(path) => {
                if self.brief_job.is_some() {
                    self.error = Some(tr("app-brief-busy").into());
                    return;
                }
                self.status = say("app-brief-exporting", &[("file", super::file_name(&path))]);
                self.brief_job = Some(BriefJob::start(self.brief_request(), path));
            }
            _ => {}
        }
    }

    fn brief_request(&self) -> BriefRequest {
        BriefRequest {
            graph_threshold: self.similar.graph_threshold,
            language: self.brief_language(),
            ..BriefRequest::new(self.design().clone(), self.similar.shared_index(), self.similar.options)
        }
    }

    /// Rebuilds the preview when it is open and the design, switch or corpus changed.
    pub fn update_brief_preview(&mut self) {
        if !self.brief_preview.open {
            return;
        }
        let key = self.similar.cache_key(self.document.revision());
        let language = self.brief_language();
        if self.brief_preview.cache.as_ref().is_some_and(|(cached, l, _)| *cached == key && *l == language) {
            return;
        }
        self.brief_preview.cache = Some((key, language, self.brief_request().brief()));
    }

    /// The language the brief is written in: the one chosen for it, else the window's.
    pub fn brief_language(&self) -> Language {
        self.brief_language.unwrap_or_else(crate::i18n::language)
    }

    /// Checks on a running export; call each frame while one runs.
    pub fn poll_brief_export(&mut self) {
        let Some(job) = &self.brief_job else { return };
        let Some(result) = job.poll() else { return };
        self.finish_brief_export(result);
    }

    /// Waits for a running export (tests).
    pub fn wait_for_brief_export(&mut self) {
        if let Some(job) = &self.brief_job {
            let result = job.wait();
            self.finish_brief_export(result);
        }
    }

    fn finish_brief_export(&mut self, result: ExportResult) {
        let Some(job) = self.brief_job.take() else { return };
        match result {
            Ok(files) => {
                let names: Vec<String> = files.iter().map(|f| super::file_name(f)).collect();
                self.status = say("app-brief-exported", &[("files", names.join(", "))]);
            }
            Err(err) => {
                self.status.clear();
                let failed = say("app-brief-failed", &[("path", job.path.display().to_string())]);
                self.error = Some(format!("{failed}\n\n{err}"));
            }
        }
    }
}
