//! Positions near the design that no documented model occupies: where a
//! planner is designing something new, or where the corpus is thin.

/// Points around `design` (at one and two steps, in twelve directions) with
/// no model within a step, inside the picture's extent. The step is a
/// twelfth of the picture's larger side.
pub fn unexplored_near(points: &[[f32; 2]], design: [f32; 2]) -> Vec<[f32; 2]> {
    let Some((min, max)) = extent(points) else { return Vec::new() };
    let step = (max[0] - min[0]).max(max[1] - min[1]) / 12.0;
    if step <= 0.0 {
        return Vec::new();
    }
    let empty =
        |p: [f32; 2]| points.iter().all(|q| (q[0] - p[0]).powi(2) + (q[1] - p[1]).powi(2) > step * step);
    let inside = |p: [f32; 2]| p[0] >= min[0] && p[0] <= max[0] && p[1] >= min[1] && p[1] <= max[1];
    (1..=2)
        .flat_map(|ring| {
            (0..12).map(move |i| {
                let angle = i as f32 * std::f32::consts::TAU / 12.0;
                let r = ring as f32 * step;
                [design[0] + r * angle.cos(), design[1] + r * angle.sin()]
            })
        })
        .filter(|p| inside(*p) && empty(*p))
        .collect()
}

/// The smallest box holding every point.
pub fn extent(points: &[[f32; 2]]) -> Option<([f32; 2], [f32; 2])> {
    let first = *points.first()?;
    Some(points.iter().fold((first, first), |(lo, hi), p| {
        ([lo[0].min(p[0]), lo[1].min(p[1])], [hi[0].max(p[0]), hi[1].max(p[1])])
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_ground_next_to_the_design_is_marked_and_crowded_ground_is_not() {
        // A crowd on the left, nothing on the right half.
        let mut points: Vec<[f32; 2]> =
            (0..100).map(|i| [(i % 10) as f32 * 0.05, (i / 10) as f32 * 0.1]).collect();
        points.push([1.0, 0.9]);
        let marks = unexplored_near(&points, [0.6, 0.45]);
        assert!(!marks.is_empty());
        assert!(marks.iter().all(|m| m[0] > 0.45), "only the empty side: {marks:?}");
    }
}
