//! Where things are on the map picture: the wheel's rings and slices, and
//! which answer lies under a point.

use crate::map::{Affiliation, AnswerOption, Function, Question, Relation, Space, StatusSource};
use egui::{FontId, Pos2, Rect, vec2};
use std::f32::consts::{FRAC_PI_2, PI, TAU};

/// Radii as fractions of the wheel's radius.
pub(super) const HUB: f32 = 0.27;
pub(super) const FACET_RING: (f32, f32) = (0.30, 0.39);
pub(super) const OPTIONS: (f32, f32) = (0.42, 0.92);
pub(super) const PRIMARY_CAP: (f32, f32) = (0.925, 0.975);
pub(super) const QUESTION_GAP: f32 = 1.6 * PI / 180.0;
pub(super) const OPTION_GAP: f32 = 0.7 * PI / 180.0;
/// Size of the question titles around a wheel of radius 250.
pub(super) const TITLE_SIZE: f32 = 13.5;

/// Something on the picture a pointer can be over.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Target {
    Function(Function),
    Formality(f64),
    Relation(Relation),
    Status(StatusSource),
    Affiliation(Affiliation),
    Space(Space),
}

/// Where the wheel sits on screen.
#[derive(Debug, Clone, Copy)]
pub(super) struct Wheel {
    pub(super) center: Pos2,
    pub(super) radius: f32,
}

impl Wheel {
    /// The largest wheel that leaves room for the question titles beside it.
    /// `title_width` is the widest side title's width at the title size of
    /// 13.5 points; titles scale with the wheel, so the fit is refined twice.
    pub(super) fn fit(rect: Rect, title_width: f32) -> Self {
        let mut wheel = Wheel { center: rect.center(), radius: 250.0 };
        for _ in 0..3 {
            let room = title_width * wheel.font(TITLE_SIZE).size / TITLE_SIZE + wheel.radius * 0.04 + 6.0;
            wheel.radius = (rect.width() * 0.5 - room).min(rect.height() * 0.5 - 40.0).max(40.0);
        }
        wheel
    }

    /// The angular span of a question, clockwise from the top.
    pub(super) fn question_span(question: Question) -> (f32, f32) {
        let start = -FRAC_PI_2 + (question.number() - 1) as f32 * TAU / 6.0;
        (start + QUESTION_GAP, start + TAU / 6.0 - QUESTION_GAP)
    }

    pub(super) fn option_span(question: Question, index: usize, count: usize) -> (f32, f32) {
        let (a0, a1) = Self::question_span(question);
        let width = (a1 - a0) / count as f32;
        (a0 + width * index as f32 + OPTION_GAP, a0 + width * (index + 1) as f32 - OPTION_GAP)
    }

    pub(super) fn point(&self, fraction: f32, angle: f32) -> Pos2 {
        self.center + self.radius * fraction * vec2(angle.cos(), angle.sin())
    }

    pub(super) fn font(&self, base: f32) -> FontId {
        FontId::proportional((base * self.radius / 250.0).clamp(base * 0.75, base * 1.25))
    }

    pub(super) fn target_at(&self, pos: Pos2) -> Option<Target> {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The middle of an option's slice, where a user would aim.
    fn option_centre(wheel: &Wheel, question: Question, index: usize, count: usize) -> Pos2 {
        let (a0, a1) = Wheel::option_span(question, index, count);
        wheel.point((OPTIONS.0 + OPTIONS.1) / 2.0, (a0 + a1) / 2.0)
    }

    fn wheel() -> Wheel {
        Wheel::fit(Rect::from_min_size(Pos2::ZERO, vec2(800.0, 600.0)), 100.0)
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
    fn side_titles_fit_beside_the_wheel_in_a_narrow_picture_and_a_wide_one() {
        for (width, height) in [(320.0, 560.0), (560.0, 740.0), (1600.0, 900.0)] {
            let rect = Rect::from_min_size(Pos2::ZERO, vec2(width, height));
            let title_width = 96.0;
            let wheel = Wheel::fit(rect, title_width);
            let title = title_width * wheel.font(TITLE_SIZE).size / TITLE_SIZE;
            let right_edge = wheel.point(1.04, 0.0).x + title;
            assert!(right_edge <= rect.right(), "{width}: title ends at {right_edge}");
            assert!(wheel.center.y - wheel.radius >= rect.top() + 30.0, "{width}x{height}: room above");
        }
    }
}
