//! The atlas commands that write files: the atlas as a PNG image.

use super::file_dialogs::FileKind;
use super::{AppState, Command, PathPurpose};
use crate::design::write_atomically;
use crate::i18n::say;
use std::io::Write;
use std::path::Path;

impl AppState {
    pub(super) fn execute_atlas(&mut self, command: Command) {
        match command {
            Command::ExportAtlasDialog => {
                if let Some(path) =
                    self.ask_save_path(FileKind::Atlas, "peermap-atlas.png", PathPurpose::ExportAtlas)
                {
                    self.export_atlas_to(&path);
                }
            }
            Command::ExportAtlas(path) => self.export_atlas_to(&path),
            _ => {}
        }
    }

    /// Writes the atlas as coloured now, with the design; waits for the layout if it is being made.
    fn export_atlas_to(&mut self, path: &Path) {
        let generation = self.similar.generation();
        self.atlas.request(generation, self.similar.shared_index());
        self.atlas.wait();
        self.atlas.update_design(self.document.design(), self.document.revision(), generation);
        let Some(atlas) = self.atlas.atlas(generation).cloned() else { return };
        let image = crate::ui::figures::atlas_figure(
            &atlas,
            self.similar.index(),
            self.atlas.colour_by,
            self.atlas.design_point(),
        );
        let png = crate::ui::figures::encode_png(&image);
        match write_atomically(path, |out| out.write_all(&png)) {
            Ok(()) => self.status = say("app-atlas-exported", &[("file", super::file_name(path))]),
            Err(err) => {
                self.error = Some(format!(
                    "{}\n\n{err}",
                    say("app-atlas-failed", &[("path", path.display().to_string())])
                ))
            }
        }
    }
}
