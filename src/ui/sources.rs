//! Hover help: what an answer means and which sources say so.

use crate::i18n::{colon, decimal, tr, tr_args};
use crate::map::{FORMALITY_ANCHORS, FormalityAnchor, OptionInfo, Question, map_reference};
use crate::references::Citation;
use egui::Ui;

const HELP_WIDTH: f32 = 380.0;

/// Name, definition and sources of an answer option.
pub fn option_help_ui(ui: &mut Ui, info: &OptionInfo) {
    ui.set_max_width(HELP_WIDTH);
    ui.strong(info.name());
    ui.label(info.definition());
    references_ui(ui, info.refs);
}

/// Where a formality value sits on the continuum, with the nearest anchor's example.
pub fn formality_help_ui(ui: &mut Ui, pointer_value: f64, current: Option<f64>) {
    ui.set_max_width(HELP_WIDTH);
    let anchor = FormalityAnchor::nearest(pointer_value);
    ui.strong(format!("{} · {}", decimal(pointer_value, 2), anchor.name()));
    ui.label(anchor.example());
    if let Some(value) = current {
        ui.weak(tr_args(
            "formality-current",
            &[
                ("value", decimal(value, 2).into()),
                ("anchor", FormalityAnchor::nearest(value).short().into()),
            ],
        ));
    }
    references_ui(ui, anchor.refs);
}

/// The whole continuum, for the slider's tooltip.
pub fn formality_scale_help_ui(ui: &mut Ui) {
    ui.set_max_width(HELP_WIDTH);
    ui.strong(Question::Formality.prompt());
    for anchor in &FORMALITY_ANCHORS {
        ui.label(format!("{}  {} {}", decimal(anchor.value, 2), colon(anchor.name()), anchor.example()));
    }
    let refs: Vec<u16> = FORMALITY_ANCHORS.iter().flat_map(|a| a.refs.iter().copied()).collect();
    references_ui(ui, &refs);
}

/// The question, how to answer it, and the map paper it comes from.
pub fn question_help_ui(ui: &mut Ui, question: Question) {
    ui.set_max_width(HELP_WIDTH);
    ui.strong(format!("Q{} · {}", question.number(), question.prompt()));
    ui.label(question.guidance());
    ui.weak(tr_args("question-facet-source", &[("facet", question.facet().name().into())]));
}

fn references_ui(ui: &mut Ui, refs: &[u16]) {
    if refs.is_empty() {
        return;
    }
    ui.add_space(4.0);
    ui.weak(tr("map-sources"));
    let mut seen = Vec::new();
    for n in refs {
        if seen.contains(n) {
            continue;
        }
        seen.push(*n);
        match map_reference(*n) {
            Some(reference) => ui.small(format!("[{n}] {}", reference.short())),
            None => ui.small(format!("[{n}]")),
        };
    }
}

/// A citation's DOI as a link to doi.org, if it has one.
pub fn doi_link_ui(ui: &mut Ui, citation: &Citation, small: bool) {
    let (Some(doi), Some(url)) = (&citation.doi, citation.doi_url()) else { return };
    let text = egui::RichText::new(format!("doi:{doi}"));
    ui.hyperlink_to(if small { text.small() } else { text }, url);
}
