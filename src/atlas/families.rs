//! Families of models: dense groups on the picture found by HDBSCAN, each
//! drawn as a soft hull and named by its commonest titles, so the crosswalk
//! shows at a glance (one family can hold "peer navigator", "community
//! health worker" and "patient navigator").

use crate::i18n::tr_args;
use crate::similarity::{Ranked, SimilarityIndex};
use hdbscan::{Hdbscan, HdbscanHyperParams};

/// A family on the atlas.
#[derive(Debug, Clone, PartialEq)]
pub struct Family {
    /// Its commonest titles, most frequent first (at most three).
    pub titles: Vec<String>,
    /// Indexes of its models in the corpus.
    pub members: Vec<usize>,
    /// The convex hull of its points, counter-clockwise.
    pub hull: Vec<[f32; 2]>,
}

impl Family {
    /// "peer navigator · community health worker", or a count when no title is recorded.
    pub fn name(&self) -> String {
        if self.titles.is_empty() {
            tr_args("atlas-family-count", &[("count", self.members.len().into())])
        } else {
            self.titles.join(" · ")
        }
    }
}

/// The smallest family worth naming, for a corpus of `n` models.
fn min_family_size(n: usize) -> usize {
    (n / 40).clamp(5, 40)
}

/// Finds the families among `points` (one per model of `index`, same order).
pub fn find_families(points: &[[f32; 2]], index: &SimilarityIndex) -> Vec<Family> {
    let size = min_family_size(points.len());
    if points.len() < size * 2 {
        return Vec::new();
    }
    let data: Vec<Vec<f32>> = points.iter().map(|p| p.to_vec()).collect();
    // A family larger than a sixth of the corpus says little: such groups are split.
    let largest = (points.len() / 6).max(size * 2);
    let params = HdbscanHyperParams::builder()
        .min_cluster_size(size)
        .max_cluster_size(largest)
        .min_samples(size.div_ceil(2))
        .build();
    let Ok(labels) = Hdbscan::new(&data, params).cluster() else { return Vec::new() };
    let mut by_label: std::collections::BTreeMap<i32, Vec<usize>> = Default::default();
    for (i, label) in labels.into_iter().enumerate().filter(|(_, l)| *l >= 0) {
        by_label.entry(label).or_default().push(i);
    }
    let mut families: Vec<Family> = by_label
        .into_values()
        .map(|members| {
            let ranked: Vec<Ranked> = members.iter().map(|&i| Ranked { index: i, score: 0.0 }).collect();
            let titles = index.title_crosswalk(&ranked).into_iter().take(3).map(|(title, _)| title).collect();
            let hull = convex_hull(members.iter().map(|&i| points[i]).collect());
            Family { titles, members, hull }
        })
        .collect();
    // Largest first, ties by first member: the same corpus always lists them alike.
    families.sort_by(|a, b| b.members.len().cmp(&a.members.len()).then(a.members[0].cmp(&b.members[0])));
    families
}

/// Andrew's monotone chain; fewer than three distinct points come back as they are.
pub fn convex_hull(mut points: Vec<[f32; 2]>) -> Vec<[f32; 2]> {
    points.sort_by(|a, b| a[0].total_cmp(&b[0]).then(a[1].total_cmp(&b[1])));
    points.dedup();
    if points.len() < 3 {
        return points;
    }
    let cross =
        |o: [f32; 2], a: [f32; 2], b: [f32; 2]| (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
    let mut hull: Vec<[f32; 2]> = Vec::with_capacity(points.len() * 2);
    for pass in 0..2 {
        let start = hull.len();
        let ordered: Box<dyn Iterator<Item = &[f32; 2]>> =
            if pass == 0 { Box::new(points.iter()) } else { Box::new(points.iter().rev()) };
        for &p in ordered {
            while hull.len() >= start + 2 && cross(hull[hull.len() - 2], hull[hull.len() - 1], p) <= 0.0 {
                hull.pop();
            }
            hull.push(p);
        }
        hull.pop();
    }
    hull
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_hull_wraps_the_points_counter_clockwise() {
        let hull = convex_hull(vec![[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.5, 0.5], [0.0, 0.0]]);
        assert_eq!(hull, vec![[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0]]);
        assert_eq!(convex_hull(vec![[2.0, 2.0], [2.0, 2.0]]), vec![[2.0, 2.0]]);
    }
}
