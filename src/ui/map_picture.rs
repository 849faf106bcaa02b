//! The programme drawn on the map: a wheel of three facets and six
//! questions, with the programme's answers filled in. Hover shows what an
//! option means; click toggles it; click or drag in Formality sets the value.

use super::theme;
use crate::app::Command;
use crate::design::{Answers, Design, Edit, Formality, FunctionRole};
use crate::map::{
    Affiliation, AnswerOption, FORMALITY_ANCHORS, Facet, Function, Question, Relation, Space, StatusSource,
};
use egui::epaint::{Mesh, PathShape, PathStroke, TextShape};
use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Shape, Stroke, Ui, Vec2, pos2, vec2};
use std::f32::consts::{FRAC_PI_2, PI, TAU};

/// Radii as fractions of the wheel's radius.
const HUB: f32 = 0.27;
const FACET_RING: (f32, f32) = (0.30, 0.39);
const OPTIONS: (f32, f32) = (0.42, 0.92);
const PRIMARY_CAP: (f32, f32) = (0.925, 0.975);
const QUESTION_GAP: f32 = 1.6 * PI / 180.0;
const OPTION_GAP: f32 = 0.7 * PI / 180.0;

/// Something on the picture a pointer can be over.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Target {
    Function(Function),
    Formality(f64),
    Relation(Relation),
    Status(StatusSource),
    Affiliation(Affiliation),
    Space(Space),
}

/// Where the wheel sits on screen.
#[derive(Debug, Clone, Copy)]
struct Wheel {
    center: Pos2,
    radius: f32,
}

impl Wheel {
    /// The largest wheel that leaves room for the question titles around it.
    fn fit(rect: Rect) -> Self {
        // Room for the side labels, "Q5 Affiliations" being the widest line.
        let label_room = (rect.width() * 0.17).min(120.0);
        let radius = (rect.width() * 0.5 - label_room).min(rect.height() * 0.5 - 40.0).max(40.0);
        Wheel { center: rect.center(), radius }
    }

    /// The angular span of a question, clockwise from the top.
    fn question_span(question: Question) -> (f32, f32) {
        let start = -FRAC_PI_2 + (question.number() - 1) as f32 * TAU / 6.0;
        (start + QUESTION_GAP, start + TAU / 6.0 - QUESTION_GAP)
    }

    fn option_span(question: Question, index: usize, count: usize) -> (f32, f32) {
        let (a0, a1) = Self::question_span(question);
        let width = (a1 - a0) / count as f32;
        (a0 + width * index as f32 + OPTION_GAP, a0 + width * (index + 1) as f32 - OPTION_GAP)
    }

    fn point(&self, fraction: f32, angle: f32) -> Pos2 {
        self.center + self.radius * fraction * vec2(angle.cos(), angle.sin())
    }

    fn font(&self, base: f32) -> FontId {
        FontId::proportional((base * self.radius / 250.0).clamp(base * 0.75, base * 1.25))
    }

    fn target_at(&self, pos: Pos2) -> Option<Target> {
        let offset = pos - self.center;
        let r = offset.length() / self.radius;
        if !(OPTIONS.0..=PRIMARY_CAP.1).contains(&r) {
            return None;
        }
        let angle = (offset.y.atan2(offset.x) + FRAC_PI_2).rem_euclid(TAU) - FRAC_PI_2;
        let question = Question::ALL.into_iter().find(|q| {
            let (a0, a1) = Self::question_span(*q);
            (a0 - QUESTION_GAP..=a1 + QUESTION_GAP).contains(&angle)
        })?;
        let (a0, a1) = Self::question_span(question);
        let t = ((angle - a0) / (a1 - a0)).clamp(0.0, 0.999);
        fn pick<T: AnswerOption>(t: f32) -> T {
            T::ALL[(t * T::ALL.len() as f32) as usize]
        }
        Some(match question {
            Question::Functions => Target::Function(pick(t)),
            Question::Formality => Target::Formality(f64::from(((angle - a0) / (a1 - a0)).clamp(0.0, 1.0))),
            Question::Relations => Target::Relation(pick(t)),
            Question::Status => Target::Status(pick(t)),
            Question::Affiliations => Target::Affiliation(pick(t)),
            Question::Spaces => Target::Space(pick(t)),
        })
    }
}

/// Draws the map picture of a design in all the space given. With
/// `commands`, clicks and drags on it edit the design; without, it only
/// explains what the pointer is over.
pub fn map_picture_ui(ui: &mut Ui, design: &Design, commands: Option<&mut Vec<Command>>) {
    let sense = if commands.is_some() { Sense::click_and_drag() } else { Sense::hover() };
    let (rect, response) = ui.allocate_exact_size(ui.available_size(), sense);
    let label = format!("Map picture of {}", design.display_name());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::WidgetType::Other, true, &label));
    let wheel = Wheel::fit(rect);
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
                ui.weak("Click or drag to set the formality.");
            }
            return;
        }
    };
    super::sources::option_help_ui(ui, info);
    if !editable {
        return;
    }
    ui.weak(if matches!(target, Target::Function(_)) {
        "Click to cycle: not pursued → pursued → primary."
    } else {
        "Click to include or leave out."
    });
}

/// All shapes of the wheel (also used for exported figures).
fn wheel_shapes(ui: &Ui, wheel: &Wheel, design: &Design, dark: bool, hovered: Option<Target>) -> Vec<Shape> {
    let mut shapes = Vec::new();
    let answers = &design.answers;
    let background = theme::background(dark);

    // Hub: programme name and progress.
    shapes.push(Shape::circle_filled(
        wheel.center,
        wheel.radius * HUB,
        theme::mix(background, theme::ink(dark), 0.06),
    ));
    // The largest size at which the name fits the hub in three lines.
    let max_width = wheel.radius * HUB * 1.7;
    let name = [17.0, 15.0, 13.0, 11.5, 10.0]
        .into_iter()
        .map(|size| {
            ui.painter().layout(
                design.display_name().to_string(),
                wheel.font(size),
                theme::ink(dark),
                max_width,
            )
        })
        .find(|galley| galley.rows.len() <= 3 && galley.size().x <= max_width + 1.0)
        .unwrap_or_else(|| {
            let mut job = egui::text::LayoutJob::simple(
                design.display_name().to_string(),
                wheel.font(10.0),
                theme::ink(dark),
                max_width,
            );
            job.wrap.max_rows = 3;
            ui.painter().layout_job(job)
        });
    let name_pos = wheel.center - vec2(name.size().x / 2.0, name.size().y / 2.0 + wheel.radius * 0.04);
    let name_height = name.size().y;
    shapes.push(Shape::galley(name_pos, name, theme::ink(dark)));
    let progress = ui.painter().layout_no_wrap(
        format!("{} of 6 answered", answers.answered_count()),
        wheel.font(11.0),
        theme::muted_ink(dark),
    );
    let progress_pos = wheel.center + vec2(-progress.size().x / 2.0, name_height / 2.0 - wheel.radius * 0.02);
    shapes.push(Shape::galley(progress_pos, progress, theme::muted_ink(dark)));

    // Facet ring.
    for facet in Facet::ALL {
        let [first, second] = facet.questions();
        let (a0, a1) = (Wheel::question_span(first).0, Wheel::question_span(second).1);
        let color = theme::facet_color(facet, dark);
        shapes.push(sector(wheel, FACET_RING, (a0, a1), theme::mix(background, color, 0.85)));
        let mid = (a0 + a1) / 2.0;
        let text_color = if dark { theme::background(true) } else { Color32::WHITE };
        let rotation = if mid.sin() > 0.0 { mid - FRAC_PI_2 } else { mid + FRAC_PI_2 };
        shapes.push(rotated_text(
            ui,
            wheel.point((FACET_RING.0 + FACET_RING.1) / 2.0, mid),
            rotation,
            facet.short_name().to_uppercase(),
            wheel.font(10.5),
            text_color,
        ));
    }

    // Questions.
    for question in Question::ALL {
        let facet = question.facet();
        let (a0, a1) = Wheel::question_span(question);
        match question {
            Question::Functions => {
                option_slices(ui, wheel, &mut shapes, question, dark, hovered, |f: Function| {
                    let target = Target::Function(f);
                    (answers.functions.contains_key(&f), answers.is_primary(f), target)
                })
            }
            Question::Formality => formality_gauge(ui, wheel, &mut shapes, answers.formality, dark, hovered),
            Question::Relations => {
                option_slices(ui, wheel, &mut shapes, question, dark, hovered, |o: Relation| {
                    (answers.relations.contains(&o), false, Target::Relation(o))
                })
            }
            Question::Status => {
                option_slices(ui, wheel, &mut shapes, question, dark, hovered, |o: StatusSource| {
                    (answers.status.contains(&o), false, Target::Status(o))
                })
            }
            Question::Affiliations => {
                option_slices(ui, wheel, &mut shapes, question, dark, hovered, |o: Affiliation| {
                    (answers.affiliations.contains(&o), false, Target::Affiliation(o))
                });
                if answers.peer_run {
                    let index =
                        Affiliation::ALL.iter().position(|a| *a == Affiliation::CommunityOrg).unwrap_or(1);
                    let (s0, s1) = Wheel::option_span(question, index, Affiliation::ALL.len());
                    shapes.push(sector(wheel, PRIMARY_CAP, (s0, s1), theme::facet_deep(facet, dark)));
                }
            }
            Question::Spaces => option_slices(ui, wheel, &mut shapes, question, dark, hovered, |o: Space| {
                (answers.spaces.contains(&o), false, Target::Space(o))
            }),
        }

        // Question title outside the wheel.
        let mid = (a0 + a1) / 2.0;
        let anchor = wheel.point(1.04, mid);
        let align = if mid.cos() > 0.3 {
            Align2::LEFT_CENTER
        } else if mid.cos() < -0.3 {
            Align2::RIGHT_CENTER
        } else if mid.sin() < 0.0 {
            Align2::CENTER_BOTTOM
        } else {
            Align2::CENTER_TOP
        };
        let answered = answers.is_answered(question);
        let color = if answered { theme::facet_deep(facet, dark) } else { theme::muted_ink(dark) };
        let mut detail = Vec::new();
        if question == Question::Affiliations && answers.peer_run {
            detail.push("peer-run");
        }
        if !answered {
            detail.push("(open)");
        }
        let title = format!("Q{} {}", question.number(), question.title());
        let detail = detail.join(" ");
        // Beside the wheel the detail goes on a line of its own, so the wheel can be wider.
        let beside = align.x() != egui::Align::Center;
        let lines = match (beside, detail.is_empty()) {
            (_, true) => vec![title],
            (true, false) => vec![title, detail],
            (false, false) => vec![format!("{title} {detail}")],
        };
        let galleys: Vec<_> = lines
            .into_iter()
            .map(|line| ui.painter().layout_no_wrap(line, wheel.font(13.5), color))
            .collect();
        let size =
            galleys.iter().fold(Vec2::ZERO, |size, g| vec2(size.x.max(g.size().x), size.y + g.size().y));
        let block = align.anchor_size(anchor, size);
        let mut top = block.top();
        for galley in galleys {
            let x = match align.x() {
                egui::Align::Min => block.left(),
                egui::Align::Center => block.center().x - galley.size().x / 2.0,
                egui::Align::Max => block.right() - galley.size().x,
            };
            let pos = pos2(x, top);
            top += galley.size().y;
            shapes.push(Shape::galley(pos, galley, color));
        }
    }
    shapes
}

/// Slices for a set-valued question; `state` says (chosen, primary, target) per option.
fn option_slices<T: AnswerOption>(
    ui: &Ui,
    wheel: &Wheel,
    shapes: &mut Vec<Shape>,
    question: Question,
    dark: bool,
    hovered: Option<Target>,
    state: impl Fn(T) -> (bool, bool, Target),
) {
    let facet = question.facet();
    for (index, option) in T::ALL.iter().enumerate() {
        let (chosen, primary, target) = state(*option);
        let span = Wheel::option_span(question, index, T::ALL.len());
        let is_hovered = hovered == Some(target);
        let base = if chosen { theme::facet_color(facet, dark) } else { theme::facet_wash(facet, dark) };
        let fill = if is_hovered { theme::mix(base, theme::ink(dark), 0.12) } else { base };
        shapes.push(sector(wheel, OPTIONS, span, fill));
        if primary {
            shapes.push(sector(wheel, PRIMARY_CAP, span, theme::facet_deep(facet, dark)));
        }
        let text_color = match (chosen, dark) {
            (true, false) => Color32::WHITE,
            (true, true) => theme::background(true),
            (false, _) => theme::muted_ink(dark),
        };
        let mid = (span.0 + span.1) / 2.0;
        let label =
            if primary { format!("★ {}", option.info().short) } else { option.info().short.to_string() };
        shapes.push(radial_text(
            ui,
            wheel,
            mid,
            (OPTIONS.0 + OPTIONS.1) / 2.0,
            label,
            wheel.font(11.5),
            text_color,
        ));
    }
}

fn formality_gauge(
    ui: &Ui,
    wheel: &Wheel,
    shapes: &mut Vec<Shape>,
    formality: Option<Formality>,
    dark: bool,
    hovered: Option<Target>,
) {
    let facet = Facet::Roles;
    let (a0, a1) = Wheel::question_span(Question::Formality);
    let angle_of = |value: f64| a0 + (a1 - a0) * value as f32;
    let wash = theme::facet_wash(facet, dark);
    let hover_tint = matches!(hovered, Some(Target::Formality(_)));
    shapes.push(sector(
        wheel,
        OPTIONS,
        (a0, a1),
        if hover_tint { theme::mix(wash, theme::ink(dark), 0.06) } else { wash },
    ));
    let color = theme::facet_color(facet, dark);
    if let Some(value) = formality {
        let end = angle_of(value.value());
        if end > a0 + 0.002 {
            shapes.push(sector(wheel, OPTIONS, (a0, end), theme::mix(wash, color, 0.55)));
        }
    }
    for anchor in &FORMALITY_ANCHORS {
        let angle = angle_of(anchor.value);
        let tick = PathShape::line(
            vec![wheel.point(OPTIONS.1 - 0.05, angle), wheel.point(OPTIONS.1, angle)],
            PathStroke::new(1.5, theme::muted_ink(dark)),
        );
        shapes.push(Shape::Path(tick));
        let inset = 2.6 * PI / 180.0;
        let label_angle = angle.clamp(a0 + inset, a1 - inset);
        shapes.push(radial_text(
            ui,
            wheel,
            label_angle,
            0.64,
            anchor.short.to_string(),
            wheel.font(10.0),
            theme::ink(dark),
        ));
    }
    if let Some(value) = formality {
        let angle = angle_of(value.value());
        let deep = theme::facet_deep(facet, dark);
        // Only the outer part of the needle, so it never crosses the anchor names.
        shapes.push(Shape::line_segment(
            [wheel.point(OPTIONS.1 - 0.1, angle), wheel.point(PRIMARY_CAP.1, angle)],
            Stroke::new(3.0, deep),
        ));
        shapes.push(Shape::circle_filled(wheel.point(PRIMARY_CAP.1, angle), 6.0, deep));
        shapes.push(Shape::circle_filled(wheel.point(PRIMARY_CAP.1, angle), 2.5, theme::background(dark)));
    }
}

/// A filled ring sector between two radii (fractions) and two angles, with a
/// thin background-coloured outline that separates neighbours and smooths edges.
fn sector(wheel: &Wheel, radii: (f32, f32), span: (f32, f32), fill: Color32) -> Shape {
    let (a0, a1) = span;
    let steps = (((a1 - a0).abs() / (1.5 * PI / 180.0)).ceil() as usize).max(2);
    let mut mesh = Mesh::default();
    let mut outline = Vec::with_capacity(2 * steps + 2);
    for i in 0..=steps {
        let angle = a0 + (a1 - a0) * i as f32 / steps as f32;
        mesh.colored_vertex(wheel.point(radii.0, angle), fill);
        mesh.colored_vertex(wheel.point(radii.1, angle), fill);
        outline.push(wheel.point(radii.1, angle));
        if i > 0 {
            let k = 2 * i as u32;
            mesh.add_triangle(k - 2, k - 1, k);
            mesh.add_triangle(k - 1, k + 1, k);
        }
    }
    for i in (0..=steps).rev() {
        outline.push(wheel.point(radii.0, a0 + (a1 - a0) * i as f32 / steps as f32));
    }
    let edge = PathShape::closed_line(outline, PathStroke::new(0.8, fill));
    Shape::Vec(vec![Shape::mesh(mesh), Shape::Path(edge)])
}

/// Text centred at (fraction, angle), running along the radius and kept upright.
fn radial_text(
    ui: &Ui,
    wheel: &Wheel,
    angle: f32,
    fraction: f32,
    text: String,
    font: FontId,
    color: Color32,
) -> Shape {
    let rotation = if angle.cos() < -1e-3 { angle + PI } else { angle };
    rotated_text(ui, wheel.point(fraction, angle), rotation, text, font, color)
}

/// Text centred on `center`, rotated by `angle` radians.
fn rotated_text(ui: &Ui, center: Pos2, angle: f32, text: String, font: FontId, color: Color32) -> Shape {
    let galley = ui.painter().layout_no_wrap(text, font, color);
    let half = galley.size() / 2.0;
    let rotated_half =
        Vec2::new(half.x * angle.cos() - half.y * angle.sin(), half.x * angle.sin() + half.y * angle.cos());
    Shape::Text(TextShape::new(center - rotated_half, galley, color).with_angle(angle))
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui_kittest::Harness;
    use egui_kittest::kittest::Queryable;

    /// The middle of an option's slice, where a user would aim.
    fn option_centre(wheel: &Wheel, question: Question, index: usize, count: usize) -> Pos2 {
        let (a0, a1) = Wheel::option_span(question, index, count);
        wheel.point((OPTIONS.0 + OPTIONS.1) / 2.0, (a0 + a1) / 2.0)
    }

    fn wheel() -> Wheel {
        Wheel::fit(Rect::from_min_size(Pos2::ZERO, vec2(800.0, 600.0)))
    }

    #[test]
    fn every_slice_is_found_where_it_is_drawn() {
        let wheel = wheel();
        let check = |question: Question, count: usize, expected: &dyn Fn(usize) -> Target| {
            for index in 0..count {
                let at = option_centre(&wheel, question, index, count);
                assert_eq!(wheel.target_at(at), Some(expected(index)), "{question:?} option {index}");
            }
        };
        check(Question::Functions, Function::ALL.len(), &|i| Target::Function(Function::ALL[i]));
        check(Question::Relations, Relation::ALL.len(), &|i| Target::Relation(Relation::ALL[i]));
        check(Question::Status, StatusSource::ALL.len(), &|i| Target::Status(StatusSource::ALL[i]));
        check(Question::Affiliations, Affiliation::ALL.len(), &|i| Target::Affiliation(Affiliation::ALL[i]));
        check(Question::Spaces, Space::ALL.len(), &|i| Target::Space(Space::ALL[i]));
    }

    #[test]
    fn formality_runs_from_0_to_1_along_its_sector_and_the_hub_is_not_a_target() {
        let wheel = wheel();
        let (a0, a1) = Wheel::question_span(Question::Formality);
        let value_at = |t: f32| match wheel.target_at(wheel.point(0.7, a0 + (a1 - a0) * t)) {
            Some(Target::Formality(value)) => value,
            other => panic!("expected formality, found {other:?}"),
        };
        assert!(value_at(0.0) < 0.01 && value_at(1.0) > 0.99);
        assert!((value_at(0.25) - 0.25).abs() < 0.01);
        assert_eq!(wheel.target_at(wheel.center), None);
        assert_eq!(wheel.target_at(wheel.point(1.2, a0)), None, "outside the wheel");
    }

    #[test]
    fn clicks_on_the_picture_edit_the_design_and_functions_cycle_to_primary_and_off() {
        let mut design = Design::default();
        let mut harness = Harness::builder().with_size([800.0, 600.0]).build_ui_state(
            |ui, (design, commands): &mut (Design, Vec<Command>)| map_picture_ui(ui, design, Some(commands)),
            (design.clone(), Vec::new()),
        );
        harness.run();
        let wheel = Wheel::fit(harness.get_by_label_contains("Map picture").rect());
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
