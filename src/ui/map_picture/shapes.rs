//! The wheel drawn as shapes: hub, facet ring, answer slices, the formality
//! gauge and the question titles (also used for exported figures).

use super::theme;
use super::wheel::{FACET_RING, HUB, OPTIONS, PRIMARY_CAP, TITLE_SIZE, Target, Wheel};
use crate::design::{Design, Formality};
use crate::map::{
    Affiliation, AnswerOption, FORMALITY_ANCHORS, Facet, Function, Question, Relation, Space, StatusSource,
};
use egui::epaint::{Mesh, PathShape, PathStroke, TextShape};
use egui::{Align2, Color32, FontId, Pos2, Shape, Stroke, Ui, Vec2, pos2, vec2};
use std::f32::consts::{FRAC_PI_2, PI};

/// All shapes of the wheel (also used for exported figures).
pub(super) fn wheel_shapes(
    ui: &Ui,
    wheel: &Wheel,
    design: &Design,
    dark: bool,
    hovered: Option<Target>,
) -> Vec<Shape> {
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
    // Three short rows never show more; laying out the rest would cost memory per character.
    let display_name = super::super::atlas_picture::shortened(design.display_name(), 160);
    let name = [17.0, 15.0, 13.0, 11.5, 10.0]
        .into_iter()
        .map(|size| ui.painter().layout(display_name.clone(), wheel.font(size), theme::ink(dark), max_width))
        .find(|galley| galley.rows.len() <= 3 && galley.size().x <= max_width + 1.0)
        .unwrap_or_else(|| {
            let mut job = egui::text::LayoutJob::simple(
                display_name.clone(),
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
        crate::i18n::tr_args("map-answered", &[("answered", answers.answered_count().into())]),
        wheel.font(11.0),
        theme::muted_ink(dark),
    );
    // The progress line goes under the name if the hub is wide enough there;
    // on a small wheel it is left out rather than spill over the rings.
    let progress_top = name_height / 2.0 - wheel.radius * 0.02;
    let hub = wheel.radius * HUB * 0.95;
    let below = progress_top + progress.size().y;
    if below < hub && progress.size().x / 2.0 <= (hub * hub - below * below).sqrt() {
        let progress_pos = wheel.center + vec2(-progress.size().x / 2.0, progress_top);
        shapes.push(Shape::galley(progress_pos, progress, theme::muted_ink(dark)));
    }

    // Facet ring.
    for facet in Facet::ALL {
        let [first, second] = facet.questions();
        let (a0, a1) = (Wheel::question_span(first).0, Wheel::question_span(second).1);
        let color = theme::facet_color(facet, dark);
        shapes.push(sector(wheel, FACET_RING, (a0, a1), theme::mix(background, color, 0.85)));
        let mid = (a0 + a1) / 2.0;
        let text_color = if dark { theme::background(true) } else { Color32::WHITE };
        let rotation = if mid.sin() > 0.0 { mid - FRAC_PI_2 } else { mid + FRAC_PI_2 };
        // The facet's name fits the ring's thickness; on a small wheel the colour alone tells it.
        let size = wheel.font(10.5).size.min((FACET_RING.1 - FACET_RING.0) * wheel.radius * 0.8);
        if size >= MIN_LABEL_SIZE {
            shapes.push(rotated_text(
                ui,
                wheel.point((FACET_RING.0 + FACET_RING.1) / 2.0, mid),
                rotation,
                facet.short_name().to_uppercase(),
                FontId::proportional(size),
                text_color,
            ));
        }
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
            detail.push(crate::i18n::tr("words-affiliation-peer-run"));
        }
        if !answered {
            detail.push(crate::i18n::tr("map-open"));
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
            .map(|line| ui.painter().layout_no_wrap(line, wheel.font(TITLE_SIZE), color))
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
        let label = if primary {
            format!("★ {}", option.info().short())
        } else {
            option.info().short().to_string()
        };
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
            anchor.short().to_string(),
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
    // On a small wheel a label shrinks to stay inside its ring, and is left
    // out (the tooltip still names it) once it would be too small to read.
    let room = 2.0 * (fraction - OPTIONS.0).min(OPTIONS.1 - fraction) * wheel.radius * 0.95;
    let mut galley = ui.painter().layout_no_wrap(text.clone(), font.clone(), color);
    if galley.size().x > room {
        let size = font.size * room / galley.size().x;
        if size < MIN_LABEL_SIZE {
            return Shape::Noop;
        }
        galley = ui.painter().layout_no_wrap(text, FontId::proportional(size), color);
    }
    rotated_galley(wheel.point(fraction, angle), rotation, galley, color)
}

/// Smallest readable label on the wheel, in points.
const MIN_LABEL_SIZE: f32 = 6.5;

/// Text centred on `center`, rotated by `angle` radians.
fn rotated_text(ui: &Ui, center: Pos2, angle: f32, text: String, font: FontId, color: Color32) -> Shape {
    rotated_galley(center, angle, ui.painter().layout_no_wrap(text, font, color), color)
}

/// A laid-out text centred on `center`, rotated by `angle` radians.
fn rotated_galley(center: Pos2, angle: f32, galley: std::sync::Arc<egui::Galley>, color: Color32) -> Shape {
    let half = galley.size() / 2.0;
    let rotated_half =
        Vec2::new(half.x * angle.cos() - half.y * angle.sin(), half.x * angle.sin() + half.y * angle.cos());
    Shape::Text(TextShape::new(center - rotated_half, galley, color).with_angle(angle))
}

/// The width, at the title size, of the widest title set beside the wheel.
pub(super) fn widest_side_title(ctx: &egui::Context) -> f32 {
    [Question::Formality, Question::Affiliations]
        .into_iter()
        .map(|question| {
            let title = format!("Q{} {}", question.number(), question.title());
            let font = FontId::proportional(TITLE_SIZE);
            ctx.fonts_mut(|fonts| fonts.layout_no_wrap(title, font, Color32::PLACEHOLDER).size().x)
        })
        .fold(0.0, f32::max)
}
