//! Where each model goes on the atlas. Models with the same answers share a
//! point. The distinct positions start from landmark multidimensional scaling
//! of 1 − mutual similarity (the global shape), then a neighbour embedding
//! over each position's nearest positions by the similar-models formula keeps
//! neighbours together. A design is placed among its nearest positions by the
//! same formula, without recomputing the picture; a design that answers as a
//! model does lands on it.

use super::refine::refine;
use crate::similarity::{MutualScorer, PackedPosition, Priors, Weights, scores, top_k};
use nalgebra::{DMatrix, SymmetricEigen};
use std::collections::HashMap;

/// Landmarks of the starting layout (the rest are placed by triangulation).
pub const MAX_LANDMARKS: usize = 100;
/// Nearest positions each position is tied to in the refinement.
const NEIGHBOURS: usize = 10;
/// Nearest positions a design is placed among.
const PLACE_AMONG: usize = 6;
/// The starting layout's spread, in picture units.
const START_SPREAD: f32 = 10.0;

/// A computed layout: a point per model and what is needed to place more.
pub struct AtlasLayout {
    /// One per model, in the order given to [`AtlasLayout::compute`].
    pub points: Vec<[f32; 2]>,
    /// The distinct positions (issue left out) and their points.
    distinct: Vec<PackedPosition>,
    distinct_points: Vec<[f32; 2]>,
    index_of: HashMap<PositionKey, usize>,
    priors: Priors,
}

/// The weights the atlas is laid out with: the map's six questions at their
/// default weights, the issue left out, so programmes from different silos
/// that work alike sit together and the colours show where silos meet.
pub fn atlas_weights() -> Weights {
    let mut weights = Weights::default();
    weights.set_issue(0.0);
    weights
}

/// A position's answers as a hashable key.
type PositionKey = (u8, u8, u64, u8, u8, u8, u8);

fn key(p: &PackedPosition) -> PositionKey {
    (p.functions, p.primary, p.formality.to_bits(), p.relations, p.status, p.continuum, p.spaces)
}

impl AtlasLayout {
    /// Lays out `positions` (deterministically: the same corpus gives the same picture).
    pub fn compute(positions: &[PackedPosition], priors: &Priors) -> AtlasLayout {
        let mut distinct: Vec<PackedPosition> = Vec::new();
        let mut index_of: HashMap<PositionKey, usize> = HashMap::new();
        let model_to_distinct: Vec<usize> = positions
            .iter()
            .map(|p| {
                let p = PackedPosition { issue: 0, ..*p };
                *index_of.entry(key(&p)).or_insert_with(|| {
                    distinct.push(p);
                    distinct.len() - 1
                })
            })
            .collect();
        let mut distinct_points = landmark_start(&distinct, priors);
        refine(&mut distinct_points, &neighbour_edges(&distinct, priors));
        let points = model_to_distinct.iter().map(|&d| distinct_points[d]).collect();
        AtlasLayout { points, distinct, distinct_points, index_of, priors: priors.clone() }
    }

    /// Where a position (a design) goes: on the model it repeats, else among
    /// its nearest positions, nearer the more similar.
    pub fn place(&self, position: &PackedPosition) -> [f32; 2] {
        let position = PackedPosition { issue: 0, ..*position };
        if let Some(&same) = self.index_of.get(&key(&position)) {
            return self.distinct_points[same];
        }
        let nearest = top_k(&position, &self.distinct, PLACE_AMONG, &atlas_weights(), &self.priors, |_| true);
        let Some(&(_, best)) = nearest.first() else { return [0.0, 0.0] };
        let (mut sum, mut total) = ([0.0f32; 2], 0.0f32);
        for (i, score) in nearest {
            let weight = (((score - best) / 0.05) as f32).exp();
            sum[0] += weight * self.distinct_points[i][0];
            sum[1] += weight * self.distinct_points[i][1];
            total += weight;
        }
        [sum[0] / total, sum[1] / total]
    }
}

/// Each distinct position tied to its nearest others by the similar-models
/// formula (both ways merged). Rows are independent, so they are shared out
/// among the cores; the result does not depend on how.
fn neighbour_edges(distinct: &[PackedPosition], priors: &Priors) -> Vec<(usize, usize)> {
    let weights = atlas_weights();
    let rows = |range: std::ops::Range<usize>| -> Vec<(usize, usize)> {
        let mut edges = Vec::new();
        for i in range {
            for (j, _) in top_k(&distinct[i], distinct, NEIGHBOURS + 1, &weights, priors, |j| j != i) {
                edges.push((i.min(j), i.max(j)));
            }
        }
        edges
    };
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).clamp(1, 8);
    let chunk = distinct.len().div_ceil(threads).max(1);
    let mut edges: Vec<(usize, usize)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..distinct.len())
            .step_by(chunk)
            .map(|start| {
                let range = start..(start + chunk).min(distinct.len());
                scope.spawn(move || rows(range))
            })
            .collect();
        workers.into_iter().flat_map(|w| w.join().unwrap_or_default()).collect()
    });
    edges.sort_unstable();
    edges.dedup();
    edges
}

/// Classical MDS of spread-out landmarks, every other position placed by
/// triangulation, scaled to [`START_SPREAD`].
fn landmark_start(distinct: &[PackedPosition], priors: &Priors) -> Vec<[f32; 2]> {
    let weights = atlas_weights();
    let chosen = choose_landmarks(distinct, &weights, priors);
    let landmarks = MutualScorer::new(chosen.iter().map(|&i| distinct[i]).collect(), &weights, priors);
    let k = landmarks.len();
    if k < 3 {
        return (0..distinct.len()).map(|i| [i as f32, 0.0]).collect();
    }
    let squared = |p: &PackedPosition| -> Vec<f64> {
        landmarks.similarities(p).into_iter().map(|s| (1.0 - s).powi(2)).collect()
    };
    let mut delta = DMatrix::zeros(k, k);
    for (row, &i) in chosen.iter().enumerate() {
        for (column, value) in squared(&distinct[i]).into_iter().enumerate() {
            delta[(row, column)] = value;
        }
    }
    let mean: Vec<f64> = (0..k).map(|c| delta.column(c).mean()).collect();
    let inverse = pseudo_inverse(&delta);
    let mut points: Vec<[f32; 2]> = distinct
        .iter()
        .map(|p| {
            let mut point = [0.0f64; 2];
            for (j, value) in squared(p).into_iter().enumerate() {
                for (axis, row) in inverse.iter().enumerate() {
                    point[axis] -= 0.5 * row[j] * (value - mean[j]);
                }
            }
            [point[0] as f32, point[1] as f32]
        })
        .collect();
    let spread = points.iter().map(|p| p[0].abs().max(p[1].abs())).fold(0.0f32, f32::max);
    if spread > 0.0 {
        let scale = START_SPREAD / spread;
        points.iter_mut().for_each(|p| *p = [p[0] * scale, p[1] * scale]);
    }
    points
}

/// Farthest-point sampling from the first position (deterministic), by
/// each new landmark's similarity to the others.
fn choose_landmarks(positions: &[PackedPosition], weights: &Weights, priors: &Priors) -> Vec<usize> {
    if positions.len() <= MAX_LANDMARKS {
        return (0..positions.len()).collect();
    }
    let mut chosen = vec![0usize];
    let mut nearest: Vec<f64> = vec![f64::INFINITY; positions.len()];
    while chosen.len() < MAX_LANDMARKS {
        let last = positions[chosen[chosen.len() - 1]];
        for (i, score) in scores(&last, positions, weights, priors).into_iter().enumerate() {
            nearest[i] = nearest[i].min(1.0 - score);
        }
        let Some((farthest, distance)) =
            nearest.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(&a.0)))
        else {
            break;
        };
        if *distance <= 0.0 {
            break;
        }
        chosen.push(farthest);
    }
    chosen
}

/// The two leading axes of classical MDS of the squared dissimilarities
/// `delta`, as the rows of the pseudo-inverse used to place points.
fn pseudo_inverse(delta: &DMatrix<f64>) -> [Vec<f64>; 2] {
    let k = delta.nrows();
    let centring = DMatrix::from_fn(k, k, |r, c| if r == c { 1.0 } else { 0.0 } - 1.0 / k as f64);
    let b = -0.5 * &centring * delta * &centring;
    let eigen = SymmetricEigen::new(b);
    let mut order: Vec<usize> = (0..k).collect();
    order.sort_by(|&a, &b| eigen.eigenvalues[b].total_cmp(&eigen.eigenvalues[a]).then(a.cmp(&b)));
    let row = |axis: usize| -> Vec<f64> {
        let index = order[axis];
        let value = eigen.eigenvalues[index];
        if value <= 1e-12 {
            return vec![0.0; k];
        }
        let vector = eigen.eigenvectors.column(index);
        // An eigenvector's sign is arbitrary: fix it so the largest entry is positive.
        let largest = vector.iter().copied().max_by(|a, b| a.abs().total_cmp(&b.abs())).unwrap_or(1.0);
        let sign = if largest < 0.0 { -1.0 } else { 1.0 };
        vector.iter().map(|v| sign * v / value.sqrt()).collect()
    };
    [row(0), row(1)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::bundled_models;
    use crate::similarity::Side;

    fn bundled() -> (Vec<PackedPosition>, Priors) {
        let packed: Vec<PackedPosition> =
            bundled_models().iter().map(|m| PackedPosition::of(Side::from(m))).collect();
        let priors = Priors::new(&packed);
        (packed, priors)
    }

    #[test]
    fn the_same_corpus_gives_the_same_picture_and_a_copy_lands_on_its_model() {
        let (packed, priors) = bundled();
        let first = AtlasLayout::compute(&packed, &priors);
        let second = AtlasLayout::compute(&packed, &priors);
        assert_eq!(first.points, second.points);
        for i in [0, 17, 123, packed.len() - 1] {
            assert_eq!(first.place(&packed[i]), first.points[i], "model {i}");
        }
        let (lo, hi) = super::super::extent(&first.points).expect("points");
        assert!(hi[0] - lo[0] > 1.0 && hi[1] - lo[1] > 1.0, "spread out, not stacked: {lo:?} {hi:?}");
    }

    #[test]
    fn large_corpora_use_distinct_spread_out_landmarks() {
        let (packed, priors) = bundled();
        let chosen = choose_landmarks(&packed, &atlas_weights(), &priors);
        assert!(chosen.len() <= MAX_LANDMARKS);
        let unique: std::collections::BTreeSet<usize> = chosen.iter().copied().collect();
        assert_eq!(unique.len(), chosen.len(), "no landmark twice");
    }
}
