//! Search box and filters of the corpus browser. Each change sends the
//! whole new query; the results are recomputed once per change.

use crate::app::{Command, CorpusBrowser};
use crate::corpus::{AnswerFilter, CorpusQuery, ModelKind, Origin, issue_text};
use crate::i18n::{tr, tr_args};
use crate::map::{Affiliation, AnswerOption, Function, Question, Relation, Space, StatusSource};
use crate::taxonomy;
use egui::{Ui, WidgetInfo};
use std::collections::BTreeSet;

pub fn corpus_filters_ui(ui: &mut Ui, browser: &CorpusBrowser, commands: &mut Vec<Command>) {
    let mut query = browser.query().clone();
    ui.add_space(6.0);
    let mut text = query.text.clone();
    let response = ui.add(
        egui::TextEdit::singleline(&mut text)
            .hint_text(tr("filters-search.hint"))
            .desired_width(ui.available_width()),
    );
    response.widget_info(|| WidgetInfo {
        label: Some(tr("filters-search").into()),
        ..WidgetInfo::text_edit(true, &query.text, &text, tr("filters-search.hint"))
    });
    query.text = text;
    if browser.is_searching() {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.weak(tr_args("filters-searching", &[("total", browser.total().into())]));
        });
    } else {
        ui.weak(tr_args(
            "filters-count",
            &[("shown", browser.row_count().into()), ("total", browser.total().into())],
        ));
    }
    ui.separator();

    egui::ScrollArea::vertical().auto_shrink([false, false]).show(ui, |ui| {
        context_filters_ui(ui, browser, &mut query);
        answer_filters_ui(ui, &mut query.filter);
        ui.add_space(8.0);
        if ui.button(tr("filters-clear")).clicked() {
            query = CorpusQuery { sort: query.sort, descending: query.descending, ..CorpusQuery::default() };
        }
    });
    if &query != browser.query() {
        commands.push(Command::SetCorpusQuery(Box::new(query)));
    }
}

fn context_filters_ui(ui: &mut Ui, browser: &CorpusBrowser, query: &mut CorpusQuery) {
    let width = ui.available_width() - 60.0;
    let kind = query.kind.map_or(tr("filters-any-kind"), ModelKind::label);
    egui::ComboBox::from_label(tr("model-kind")).selected_text(kind).width(width).show_ui(ui, |ui| {
        ui.selectable_value(&mut query.kind, None, tr("filters-any-kind"));
        for kind in ModelKind::ALL {
            ui.selectable_value(&mut query.kind, Some(kind), kind.label()).on_hover_text(kind.meaning());
        }
    });
    let issue =
        query.issue.as_deref().map_or_else(|| tr("filters-any-issue").to_string(), |key| issue_text(key, ""));
    egui::ComboBox::from_label(tr("detail-issue")).selected_text(issue).width(width).show_ui(ui, |ui| {
        ui.selectable_value(&mut query.issue, None, tr("filters-any-issue"));
        for key in browser.issues() {
            ui.selectable_value(&mut query.issue, Some(key.clone()), issue_text(key, ""));
        }
    });
    let country_name =
        |code: &str| taxonomy::country(code).map_or(code.to_string(), |c| c.name().to_string());
    let country =
        query.country.as_deref().map_or_else(|| tr("filters-any-country").to_string(), country_name);
    egui::ComboBox::from_label(tr("filters-country")).selected_text(country).width(width).show_ui(ui, |ui| {
        ui.selectable_value(&mut query.country, None, tr("filters-any-country"));
        for code in browser.countries() {
            ui.selectable_value(&mut query.country, Some(code.clone()), country_name(code));
        }
    });
    ui.horizontal(|ui| {
        ui.selectable_value(&mut query.origin, None, tr("filters-origin-all"));
        ui.selectable_value(&mut query.origin, Some(Origin::Bundled), tr("filters-origin-bundled"));
        ui.selectable_value(&mut query.origin, Some(Origin::User), tr("filters-origin-mine"));
    });
}

fn answer_filters_ui(ui: &mut Ui, filter: &mut AnswerFilter) {
    ui.add_space(4.0);
    ui.weak(tr("filters-answers"));
    for question in Question::ALL {
        let active = filter_count(filter, question);
        let title = if active > 0 {
            format!("Q{} {} ({active})", question.number(), question.title())
        } else {
            format!("Q{} {}", question.number(), question.title())
        };
        egui::CollapsingHeader::new(title).id_salt(question.key()).show(ui, |ui| match question {
            Question::Functions => options_ui::<Function>(ui, &mut filter.functions),
            Question::Formality => formality_filter_ui(ui, &mut filter.formality),
            Question::Relations => options_ui::<Relation>(ui, &mut filter.relations),
            Question::Status => options_ui::<StatusSource>(ui, &mut filter.status),
            Question::Affiliations => {
                options_ui::<Affiliation>(ui, &mut filter.affiliations);
                let mut peer_run = filter.peer_run == Some(true);
                if ui.checkbox(&mut peer_run, tr("filters-peer-run")).changed() {
                    filter.peer_run = peer_run.then_some(true);
                }
            }
            Question::Spaces => options_ui::<Space>(ui, &mut filter.spaces),
        });
    }
}

fn filter_count(filter: &AnswerFilter, question: Question) -> usize {
    match question {
        Question::Functions => filter.functions.len(),
        Question::Formality => usize::from(filter.formality.is_some()),
        Question::Relations => filter.relations.len(),
        Question::Status => filter.status.len(),
        Question::Affiliations => filter.affiliations.len() + usize::from(filter.peer_run.is_some()),
        Question::Spaces => filter.spaces.len(),
    }
}

fn options_ui<T: AnswerOption>(ui: &mut Ui, chosen: &mut BTreeSet<T>) {
    for option in T::ALL.iter().copied() {
        let mut on = chosen.contains(&option);
        if ui.checkbox(&mut on, option.info().name()).on_hover_text(option.info().definition()).changed() {
            if on {
                chosen.insert(option);
            } else {
                chosen.remove(&option);
            }
        }
    }
}

fn formality_filter_ui(ui: &mut Ui, range: &mut Option<(f64, f64)>) {
    let mut enabled = range.is_some();
    if ui.checkbox(&mut enabled, tr("filters-formality")).changed() {
        *range = enabled.then_some((0.0, 1.0));
    }
    if let Some((low, high)) = range {
        ui.add(egui::Slider::new(low, 0.0..=1.0).text(tr("filters-formality.from")).fixed_decimals(2));
        ui.add(egui::Slider::new(high, 0.0..=1.0).text(tr("filters-formality.to")).fixed_decimals(2));
        if *low > *high {
            std::mem::swap(low, high);
        }
    }
}
