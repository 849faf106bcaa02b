//! The programme drawn on the map: a wheel of three facets and six
//! questions, with the programme's answers filled in. Hover shows what an
//! option means; click toggles it; click or drag in Formality sets the value.

mod shapes;
mod wheel;

use super::theme;
use crate::app::Command;
use crate::design::{Answers, Design, Edit, Formality, FunctionRole};
use crate::i18n::{tr, tr_args};
use crate::map::AnswerOption;
use egui::{Sense, Ui};
use shapes::{wheel_shapes, widest_side_title};
use wheel::{Target, Wheel};

/// Draws the map picture of a design in all the space given. With
/// `commands`, clicks and drags on it edit the design; without, it only
/// explains what the pointer is over.
pub fn map_picture_ui(ui: &mut Ui, design: &Design, commands: Option<&mut Vec<Command>>) {
    let sense = if commands.is_some() { Sense::click_and_drag() } else { Sense::hover() };
    let (rect, response) = ui.allocate_exact_size(ui.available_size(), sense);
    let label = tr_args("map-picture", &[("name", design.display_name().into())]);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Other, true, &label));
    let wheel = Wheel::fit(rect, widest_side_title(ui.ctx()));
    let dark = ui.visuals().dark_mode;
    let hovered = response.hover_pos().and_then(|p| wheel.target_at(p));

    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 0.0, theme::background(dark));
    painter.extend(wheel_shapes(ui, &wheel, design, dark, hovered));

    if let Some(target) = hovered {
        let editable = commands.is_some();
        response
            .clone()
            .on_hover_ui_at_pointer(|ui| target_tooltip_ui(ui, target, &design.answers, editable));
    }
    let Some(commands) = commands else { return };
    let pressed_target = response.interact_pointer_pos().and_then(|p| wheel.target_at(p));
    match pressed_target {
        Some(Target::Formality(value)) if response.dragged() || response.clicked() => {
            commands.push(Command::Edit(Edit::Formality(Some(Formality::clamped(value)))));
        }
        Some(target) if response.clicked() => commands.push(Command::Edit(toggle(target, &design.answers))),
        _ => {}
    }
}

/// The edit a click on a target makes. Functions cycle: off → secondary → primary → off.
fn toggle(target: Target, answers: &Answers) -> Edit {
    match target {
        Target::Function(f) => Edit::Function(
            f,
            match answers.functions.get(&f) {
                None => Some(FunctionRole::Secondary),
                Some(FunctionRole::Secondary) => Some(FunctionRole::Primary),
                Some(FunctionRole::Primary) => None,
            },
        ),
        Target::Formality(value) => Edit::Formality(Some(Formality::clamped(value))),
        Target::Relation(o) => Edit::Relation(o, !answers.relations.contains(&o)),
        Target::Status(o) => Edit::Status(o, !answers.status.contains(&o)),
        Target::Affiliation(o) => Edit::Affiliation(o, !answers.affiliations.contains(&o)),
        Target::Space(o) => Edit::Space(o, !answers.spaces.contains(&o)),
    }
}

fn target_tooltip_ui(ui: &mut Ui, target: Target, answers: &Answers, editable: bool) {
    let info = match target {
        Target::Function(o) => o.info(),
        Target::Relation(o) => o.info(),
        Target::Status(o) => o.info(),
        Target::Affiliation(o) => o.info(),
        Target::Space(o) => o.info(),
        Target::Formality(value) => {
            super::sources::formality_help_ui(ui, value, answers.formality.map(Formality::value));
            if editable {
                ui.weak(tr("map-picture.formality"));
            }
            return;
        }
    };
    super::sources::option_help_ui(ui, info);
    if !editable {
        return;
    }
    ui.weak(if matches!(target, Target::Function(_)) {
        tr("map-picture.cycle")
    } else {
        tr("map-picture.toggle")
    });
}

#[cfg(test)]
mod tests {
    use super::wheel::OPTIONS;
    use super::*;
    use crate::map::{Function, Question, Space};
    use egui::Pos2;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    /// The middle of an option's slice, where a user would aim.
    fn option_centre(wheel: &Wheel, question: Question, index: usize, count: usize) -> Pos2 {
        let (a0, a1) = Wheel::option_span(question, index, count);
        wheel.point((OPTIONS.0 + OPTIONS.1) / 2.0, (a0 + a1) / 2.0)
    }

    #[test]
    fn clicks_on_the_picture_edit_the_design_and_functions_cycle_to_primary_and_off() {
        let mut design = Design::default();
        let mut harness = Harness::builder().with_size([800.0, 600.0]).build_ui_state(
            |ui, (design, commands): &mut (Design, Vec<Command>)| map_picture_ui(ui, design, Some(commands)),
            (design.clone(), Vec::new()),
        );
        harness.run();
        let rect = harness.get_by_label_contains("Map picture").rect();
        let wheel = Wheel::fit(rect, widest_side_title(&harness.ctx));
        let click = |harness: &mut Harness<'_, (Design, Vec<Command>)>, at: Pos2| {
            harness.hover_at(at);
            harness.run();
            for pressed in [true, false] {
                harness.event(egui::Event::PointerButton {
                    pos: at,
                    button: egui::PointerButton::Primary,
                    pressed,
                    modifiers: egui::Modifiers::NONE,
                });
                harness.run();
            }
            let (design, commands) = harness.state_mut();
            for command in commands.drain(..) {
                let Command::Edit(edit) = command else { panic!("only edits expected") };
                edit.apply(design);
            }
        };
        let navigation = Function::ALL.iter().position(|f| *f == Function::Navigation).expect("navigation");
        let at = option_centre(&wheel, Question::Functions, navigation, Function::ALL.len());
        let mut seen = Vec::new();
        for _ in 0..3 {
            click(&mut harness, at);
            seen.push(harness.state().0.answers.functions.get(&Function::Navigation).copied());
        }
        assert_eq!(seen, vec![Some(FunctionRole::Secondary), Some(FunctionRole::Primary), None]);

        let outreach = Space::ALL.iter().position(|s| *s == Space::Outreach).expect("outreach");
        click(&mut harness, option_centre(&wheel, Question::Spaces, outreach, Space::ALL.len()));
        design.answers.spaces.insert(Space::Outreach);
        assert_eq!(harness.state().0.answers.spaces, design.answers.spaces);
    }
}
