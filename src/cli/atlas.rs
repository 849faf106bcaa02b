//! `peermap atlas -o OUT.png [--colour FIELD] [FILE]`: the whole corpus on
//! one picture, with a design placed on it when one is given.

use super::output::outln;

use super::similar::corpus;
use crate::atlas::{Atlas, ColourBy};
use crate::design::{self, write_atomically};
use crate::similarity::{PackedPosition, Side, SimilarityIndex};
use crate::ui::figures::{atlas_figure, encode_png};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

/// Writes the atlas PNG; exit code 2 for a bad design file or field name (nothing is written then).
pub fn run(file: Option<&Path>, output: &Path, colour: &str, data_dir: &Path) -> ExitCode {
    let bad_input = |message: String| {
        super::output::error(&message);
        ExitCode::from(super::EXIT_BAD_INPUT)
    };
    let by = match ColourBy::parse(colour) {
        Ok(by) => by,
        Err(message) => return bad_input(message),
    };
    if !output.extension().is_some_and(|e| e.eq_ignore_ascii_case("png")) {
        return bad_input(format!(
            "{}: the atlas is written as a PNG image; end the name with .png",
            output.display()
        ));
    }
    let design = match file.map(design::load).transpose() {
        Ok(design) => design,
        Err(err) => return bad_input(err.to_string()),
    };
    let models = match corpus(data_dir) {
        Ok(models) => models,
        Err(code) => return code,
    };
    let index = SimilarityIndex::new(models);
    let atlas = Atlas::compute(&index);
    let point = design.as_ref().map(|d| atlas.layout.place(&PackedPosition::of(Side::from(d))));
    let png = encode_png(&atlas_figure(&atlas, &index, by, point));
    match write_atomically(output, |out| out.write_all(&png)) {
        Ok(()) => {
            let wrote = crate::i18n::say(
                "cli-wrote-atlas",
                &[
                    ("path", output.display().to_string()),
                    ("models", index.len().to_string()),
                    ("families", atlas.families.len().to_string()),
                    ("by", by.label().to_lowercase()),
                ],
            );
            outln!("{wrote}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            let args = [("path", output.display().to_string()), ("detail", err.to_string())];
            eprintln!("{}", crate::i18n::say("cli-write-failed", &args));
            ExitCode::FAILURE
        }
    }
}
