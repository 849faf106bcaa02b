//! The corpus as a sortable table. Rows are virtualised: only the visible
//! ones are laid out, from the cached search results.

use super::kind_badge::kind_badge;
use crate::app::{Command, CorpusBrowser};
use crate::corpus::{CorpusQuery, ModelRow, Origin, SortKey, issue_text};
use egui::Ui;
use egui_extras::{Column, TableBuilder};

const COLUMNS: [(&str, SortKey); 7] = [
    ("Name", SortKey::Name),
    ("Kind", SortKey::Kind),
    ("Titles", SortKey::Titles),
    ("Population", SortKey::Population),
    ("Issue", SortKey::Issue),
    ("Country or region", SortKey::Region),
    ("Period", SortKey::Period),
];

pub fn corpus_table_ui(ui: &mut Ui, browser: &CorpusBrowser, commands: &mut Vec<Command>) {
    let rows = browser.rows();
    let query = browser.query();
    let selected = browser.selection().map(|s| s.stored.model.id.as_str());
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    if rows.is_empty() {
        ui.add_space(20.0);
        ui.vertical_centered(|ui| ui.weak("No model matches this search and these filters."));
        return;
    }
    TableBuilder::new(ui)
        .striped(true)
        .resizable(true)
        .sense(egui::Sense::click())
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::remainder().at_least(140.0).clip(true))
        .column(Column::initial(90.0).at_least(60.0).clip(true))
        .column(Column::initial(120.0).at_least(60.0).clip(true))
        .column(Column::initial(130.0).at_least(60.0).clip(true))
        .column(Column::initial(100.0).at_least(50.0).clip(true))
        .column(Column::initial(100.0).at_least(50.0).clip(true))
        .column(Column::initial(80.0).at_least(50.0).clip(true))
        .header(row_height + 2.0, |mut header| {
            for (title, key) in COLUMNS {
                header.col(|ui| {
                    let arrow = match (query.sort == key, query.descending) {
                        (true, false) => " ⏶",
                        (true, true) => " ⏷",
                        (false, _) => "",
                    };
                    let clicked = ui
                        .add(
                            egui::Button::new(egui::RichText::new(format!("{title}{arrow}")).strong())
                                .frame(false),
                        )
                        .on_hover_text(format!("Sort by {}", title.to_lowercase()))
                        .clicked();
                    if clicked {
                        let descending = query.sort == key && !query.descending;
                        commands.push(Command::SetCorpusQuery(Box::new(CorpusQuery {
                            sort: key,
                            descending,
                            ..query.clone()
                        })));
                    }
                });
            }
        })
        .body(|body| {
            body.rows(row_height, rows.len(), |mut row| {
                let model: &ModelRow = &rows[row.index()];
                row.set_selected(selected == Some(model.id.as_str()));
                row.col(|ui| {
                    let name = if model.origin == Origin::User {
                        format!("✎ {}", model.name)
                    } else {
                        model.name.clone()
                    };
                    ui.add(cell(name));
                });
                row.col(|ui| {
                    kind_badge(ui, model.kind);
                });
                let issue = issue_text(&model.issue, "");
                for text in [&model.titles, &model.population, &issue, &model.region, &model.period] {
                    row.col(|ui| {
                        ui.add(cell(text.as_str()));
                    });
                }
                if row.response().clicked() {
                    commands.push(Command::SelectModel(Some(model.id.clone())));
                }
            });
        });
}

/// Table text that lets clicks through to the row (plain labels would take them for text selection).
fn cell(text: impl Into<egui::WidgetText>) -> egui::Label {
    egui::Label::new(text).selectable(false).truncate()
}
