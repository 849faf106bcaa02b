//! The corpus as a sortable table. Rows are virtualised: only the visible
//! ones are laid out, from the cached search results. Text wraps to two
//! lines with the whole of it on hover, and when the table is narrow (a
//! model's detail open beside it) the least needed columns step aside so
//! name, kind, issue and place stay readable.

use super::kind_badge::kind_badge;
use crate::app::{Command, CorpusBrowser};
use crate::corpus::{CorpusQuery, ModelRow, Origin, SortKey, issue_text};
use crate::i18n::{tr, tr_args};
use egui::text::{LayoutJob, TextWrapping};
use egui::{RichText, Ui};
use egui_extras::{Column, TableBuilder};

/// A column: its heading (a message), sort key and starting width.
struct TableColumn {
    message: &'static str,
    key: SortKey,
    width: f32,
}

impl TableColumn {
    fn title(&self) -> &'static str {
        tr(self.message)
    }
}

/// Most needed first: when space is short the table drops columns from the end of this list.
const BY_PRIORITY: [TableColumn; 7] = [
    TableColumn { message: "model-name", key: SortKey::Name, width: 220.0 },
    TableColumn { message: "model-kind", key: SortKey::Kind, width: 96.0 },
    TableColumn { message: "detail-issue", key: SortKey::Issue, width: 130.0 },
    TableColumn { message: "table-region", key: SortKey::Region, width: 140.0 },
    TableColumn { message: "detail-titles", key: SortKey::Titles, width: 140.0 },
    TableColumn { message: "detail-population", key: SortKey::Population, width: 160.0 },
    TableColumn { message: "detail-period", key: SortKey::Period, width: 80.0 },
];

/// How the shown columns are ordered: who, what kind, the roles' titles, whom, which issue, where, when.
const READING_ORDER: [SortKey; 7] = [
    SortKey::Name,
    SortKey::Kind,
    SortKey::Titles,
    SortKey::Population,
    SortKey::Issue,
    SortKey::Region,
    SortKey::Period,
];

/// The columns that fit in `width`, in the order they are shown.
fn visible_columns(width: f32) -> Vec<&'static TableColumn> {
    let mut used = 0.0;
    let mut fitting: Vec<&TableColumn> = BY_PRIORITY
        .iter()
        .enumerate()
        .take_while(|(i, column)| {
            used += column.width;
            *i < 2 || used <= width
        })
        .map(|(_, column)| column)
        .collect();
    fitting.sort_by_key(|c| READING_ORDER.iter().position(|k| *k == c.key));
    fitting
}

pub fn corpus_table_ui(ui: &mut Ui, browser: &CorpusBrowser, commands: &mut Vec<Command>) {
    let count = browser.row_count();
    let query = browser.query();
    let selected = browser.selection().map(|s| s.stored.model.id.as_str());
    let line = ui.text_style_height(&egui::TextStyle::Body);
    let row_height = 2.0 * line + 8.0;
    if count == 0 && browser.is_searching() {
        ui.add_space(20.0);
        ui.vertical_centered(|ui| {
            ui.spinner();
            ui.weak(tr_args("table-searching", &[("total", browser.total().into())]));
        });
        return;
    }
    if count == 0 {
        ui.add_space(20.0);
        ui.vertical_centered(|ui| ui.weak(tr("table-no-match")));
        return;
    }
    let columns = visible_columns(ui.available_width());
    let hidden = BY_PRIORITY.len() - columns.len();
    let mut table = TableBuilder::new(ui)
        .striped(true)
        .resizable(true)
        .sense(egui::Sense::click())
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center));
    for (i, column) in columns.iter().enumerate() {
        let sized = if i + 1 == columns.len() {
            Column::remainder().at_least(60.0)
        } else {
            Column::initial(column.width).at_least(60.0)
        };
        table = table.column(sized.clip(true));
    }
    table
        .header(line + 8.0, |mut header| {
            for column in &columns {
                header.col(|ui| header_cell_ui(ui, column, query, hidden, commands));
            }
        })
        .body(|body| {
            body.rows(row_height, count, |mut row| {
                let Some(model) = browser.row(row.index()) else { return };
                row.set_selected(selected == Some(model.id.as_str()));
                for column in &columns {
                    row.col(|ui| match column.key {
                        SortKey::Kind => {
                            // In its own row, so the frame keeps the text's height rather than the cell's.
                            ui.horizontal(|ui| kind_badge(ui, model.kind));
                        }
                        key => {
                            let text = cell_text(&model, key);
                            if !text.is_empty() {
                                ui.add(two_lines(ui, &text)).on_hover_text(&text);
                            }
                        }
                    });
                }
                if row.response().clicked() {
                    commands.push(Command::SelectModel(Some(model.id.clone())));
                }
            });
        });
}

fn header_cell_ui(
    ui: &mut Ui,
    column: &TableColumn,
    query: &CorpusQuery,
    hidden: usize,
    commands: &mut Vec<Command>,
) {
    let arrow = match (query.sort == column.key, query.descending) {
        (true, false) => " ⏶",
        (true, true) => " ⏷",
        (false, _) => "",
    };
    let mut hint = tr_args("table-sort", &[("column", column.title().to_lowercase().into())]);
    if hidden > 0 {
        hint.push(' ');
        hint.push_str(&tr_args("table-hidden", &[("hidden", hidden.into())]));
    }
    let clicked = ui
        .add(egui::Button::new(RichText::new(format!("{}{arrow}", column.title())).strong()).frame(false))
        .on_hover_text(hint)
        .clicked();
    if clicked {
        let descending = query.sort == column.key && !query.descending;
        commands.push(Command::SetCorpusQuery(Box::new(CorpusQuery {
            sort: column.key,
            descending,
            ..query.clone()
        })));
    }
}

fn cell_text(model: &ModelRow, key: SortKey) -> String {
    match key {
        SortKey::Name if model.origin == Origin::User => format!("✎ {}", model.name),
        SortKey::Name => model.name.clone(),
        SortKey::Titles => model.titles.clone(),
        SortKey::Population => model.population.clone(),
        SortKey::Issue => issue_text(&model.issue, ""),
        SortKey::Region => model.region.clone(),
        _ => model.period.clone(),
    }
}

/// Table text on at most two lines, ending in "…" when cut, that lets clicks
/// through to the row (a selectable label would take them for text selection).
fn two_lines(ui: &Ui, text: &str) -> egui::Label {
    let width = ui.available_width();
    let font = egui::TextStyle::Body.resolve(ui.style());
    let mut job = LayoutJob::simple(text.to_owned(), font, ui.visuals().text_color(), width);
    job.wrap =
        TextWrapping {
            max_width: width, max_rows: 2, break_anywhere: false, overflow_character: Some('…')
        };
    egui::Label::new(job).selectable(false).wrap()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_narrow_table_keeps_name_kind_issue_and_place() {
        let titles = |width| visible_columns(width).iter().map(|c| c.title()).collect::<Vec<_>>();
        assert_eq!(titles(620.0), ["Name", "Kind", "Issue", "Country or region"]);
        assert_eq!(titles(2000.0).len(), 7, "a wide table shows every column");
        assert_eq!(titles(100.0), ["Name", "Kind"], "never fewer than the name and kind");
    }
}
