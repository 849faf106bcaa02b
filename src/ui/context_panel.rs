//! The programme's name and context: who, what issue, where, what the peers are called.

use crate::app::Command;
use crate::design::{Design, Edit};
use egui::{Ui, WidgetInfo};

/// Name and context fields, each labelled above its box. `new_title` holds the title being typed.
pub fn context_ui(ui: &mut Ui, design: &Design, new_title: &mut String, commands: &mut Vec<Command>) {
    let context = &design.context;
    ui.spacing_mut().item_spacing.y = 3.0;
    {
        text_row(
            ui,
            "Programme name",
            &design.name,
            "e.g. Cancer peer navigation",
            false,
            Edit::Name,
            commands,
        );
        text_row(
            ui,
            "Population served",
            &context.population,
            "Who the peers support",
            false,
            Edit::Population,
            commands,
        );
        text_row(
            ui,
            "Issue or health domain",
            &context.issue,
            "e.g. mental health, HIV, diabetes",
            false,
            Edit::Issue,
            commands,
        );
        text_row(
            ui,
            "Country or region",
            &context.region,
            "Where the programme runs",
            false,
            Edit::Region,
            commands,
        );
        ui.label("Titles used for the peers").on_hover_text(
            "What the peers are called here (peer navigator, promotora, community health worker…). \
             The map compares programmes by what they do, not by these titles.",
        );
        titles_ui(ui, &context.titles, new_title, commands);
        ui.add_space(6.0);
        text_row(
            ui,
            "Description",
            &context.description,
            "What the programme does, in a few sentences",
            true,
            Edit::Description,
            commands,
        );
    }
}

fn text_row(
    ui: &mut Ui,
    label: &str,
    value: &str,
    hint: &str,
    multiline: bool,
    make_edit: fn(String) -> Edit,
    commands: &mut Vec<Command>,
) {
    let label_id = ui.label(label).id;
    let mut text = value.to_string();
    let editor = if multiline {
        egui::TextEdit::multiline(&mut text).desired_rows(3)
    } else {
        egui::TextEdit::singleline(&mut text)
    };
    let response = ui.add(editor.hint_text(hint).desired_width(ui.available_width())).labelled_by(label_id);
    response.widget_info(|| WidgetInfo {
        label: Some(label.to_string()),
        ..WidgetInfo::text_edit(true, value, &text, hint)
    });
    if response.changed() {
        commands.push(Command::Edit(make_edit(text)));
    }
    ui.add_space(6.0);
}

fn titles_ui(ui: &mut Ui, titles: &[String], new_title: &mut String, commands: &mut Vec<Command>) {
    ui.vertical(|ui| {
        ui.horizontal_wrapped(|ui| {
            for (index, title) in titles.iter().enumerate() {
                if ui
                    .button(format!("{title}  ×"))
                    .on_hover_text(format!("Remove the title \"{title}\""))
                    .clicked()
                {
                    let mut remaining = titles.to_vec();
                    remaining.remove(index);
                    commands.push(Command::Edit(Edit::Titles(remaining)));
                }
            }
        });
        ui.horizontal(|ui| {
            let response = ui.add(
                egui::TextEdit::singleline(new_title)
                    .hint_text("Add a title, then Enter")
                    .desired_width(180.0),
            );
            response.widget_info(|| WidgetInfo {
                label: Some("Add a title".into()),
                ..WidgetInfo::text_edit(true, "", new_title.as_str(), "Add a title, then Enter")
            });
            let entered = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if entered {
                // Stay in the field so several titles can be typed in a row.
                response.request_focus();
            }
            if (ui.button("Add").clicked() || entered) && !new_title.trim().is_empty() {
                let title = new_title.trim().to_string();
                if !titles.contains(&title) {
                    let mut all = titles.to_vec();
                    all.push(title);
                    commands.push(Command::Edit(Edit::Titles(all)));
                }
                new_title.clear();
                if entered {
                    response.request_focus();
                }
            }
        });
    });
}
