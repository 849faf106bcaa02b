//! How faithfully the picture keeps neighbours: for each model, the share of
//! its nearest models by the formula that are also among its nearest on the
//! picture (reported in docs and benchmarks; a test guards a floor).

use super::layout::atlas_weights;
use crate::similarity::{MutualScorer, PackedPosition, Priors};

/// The mean, over models, of the share of their `k` nearest neighbours by the
/// formula that are among their `k` nearest on the picture. Models tied with
/// the `k`-th nearest all count as its nearest, so ties never cost a point.
pub fn neighbour_preservation(
    positions: &[PackedPosition],
    priors: &Priors,
    points: &[[f32; 2]],
    k: usize,
) -> f64 {
    let n = positions.len();
    if n <= k {
        return 1.0;
    }
    let scorer = MutualScorer::new(positions.to_vec(), &atlas_weights(), priors);
    let mut total = 0.0;
    for i in 0..n {
        let similarities = scorer.similarities(&positions[i]);
        let mut by_formula: Vec<(usize, f64)> =
            similarities.into_iter().enumerate().filter(|(j, _)| *j != i).collect();
        by_formula.sort_by(|a, b| b.1.total_cmp(&a.1));
        let cutoff = by_formula[k - 1].1 - 1e-12;
        let near: Vec<usize> = by_formula.iter().take_while(|(_, s)| *s >= cutoff).map(|(j, _)| *j).collect();
        let distance = |j: usize| {
            let (a, b) = (points[i], points[j]);
            (a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)
        };
        let mut on_picture: Vec<usize> = (0..n).filter(|j| *j != i).collect();
        on_picture.sort_by(|a, b| distance(*a).total_cmp(&distance(*b)).then(a.cmp(b)));
        let kept = on_picture.iter().take(k).filter(|j| near.contains(j)).count();
        total += kept as f64 / k as f64;
    }
    total / n as f64
}
