//! The design and one model side by side, question by question, with the
//! differences highlighted: how a peer worker compares their role with others.

use super::kind_badge::kind_badge;
use super::map_picture::map_picture_ui;
use super::model_detail::lessons_ui;
use crate::app::{AppState, Command, View};
use crate::corpus::issue_text;
use crate::design::answer_text;
use crate::similarity::issue_line;
use egui::{RichText, Ui};

pub fn compare_view_ui(ui: &mut Ui, state: &AppState, commands: &mut Vec<Command>) {
    egui::CentralPanel::default().show(ui, |ui| {
        let Some((comparison, (similarity, lines))) =
            state.similar.compare.as_ref().and_then(|c| Some((c, c.explained()?)))
        else {
            ui.weak("Pick a model to compare from the similar models or the corpus.");
            return;
        };
        let (model, design) = (&comparison.model, state.design());
        ui.horizontal(|ui| {
            if ui.button("← Back to the design").clicked() {
                commands.push(Command::ShowView(View::Design));
            }
            ui.heading(format!("{}  vs  {}", design.display_name(), model.name));
            kind_badge(ui, model.kind);
            ui.label(RichText::new(format!("similarity {:.2}", similarity.score)).strong());
            ui.weak(format!(
                "ranked on {} answered questions · {}",
                similarity.ranked_on,
                model.coding_summary()
            ));
        });
        let height = (ui.available_height() * 0.55).max(260.0);
        ui.columns(2, |columns| {
            columns[0].strong("Your design");
            columns[0].allocate_ui(egui::vec2(columns[0].available_width(), height), |ui| {
                map_picture_ui(ui, design, None)
            });
            columns[1].strong(&model.name);
            columns[1].allocate_ui(egui::vec2(columns[1].available_width(), height), |ui| {
                map_picture_ui(ui, &comparison.model_design, None)
            });
        });
        egui::ScrollArea::vertical().show(ui, |ui| {
            egui::Grid::new("comparison").num_columns(4).striped(true).spacing([12.0, 6.0]).show(ui, |ui| {
                for heading in ["Question", "Design", "Model", "Agreement"] {
                    ui.strong(heading);
                }
                ui.end_row();
                for line in lines {
                    let question = line.question;
                    ui.label(format!("Q{} {}", question.number(), question.title()));
                    ui.label(answer_text(&design.answers, question));
                    ui.label(answer_text(&model.answers, question));
                    let text = match (line.agreement, line.counted) {
                        (Some(a), _) => format!("{a:.2}"),
                        (None, Some(expected)) => format!("unknown (counts {expected:.2})"),
                        (None, None) => "left out".into(),
                    };
                    let differs = line.agreement.is_none_or(|a| a < 0.999);
                    let color = if differs { ui.visuals().warn_fg_color } else { ui.visuals().text_color() };
                    ui.label(RichText::new(text).color(color)).on_hover_text(&line.summary);
                    ui.end_row();
                }
                if let Some(summary) = issue_line(similarity, &design.context.issue, &model.issue) {
                    ui.label("Issue");
                    ui.label(issue_text(&design.context.issue, &design.context.issue_detail));
                    ui.label(model.issue_text());
                    let text =
                        similarity.issue.agreement.map_or("unknown".to_string(), |a| format!("{a:.2}"));
                    ui.label(text).on_hover_text(summary);
                    ui.end_row();
                }
            });
            ui.add_space(8.0);
            lessons_ui(ui, model);
            ui.add_space(8.0);
            ui.strong("Source");
            ui.label(model.citation.formatted());
        });
    });
}
