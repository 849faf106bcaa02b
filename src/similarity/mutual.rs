//! Mutual similarity of many positions against a fixed set (the atlas's
//! landmarks): the same value as [`mutual_similarity`](super::mutual_similarity),
//! with each side's scoring tables built once.

use super::packed::{PackedPosition, Scorer};
use super::{Priors, Weights};

/// Scores positions against a fixed set of positions, both ways.
pub struct MutualScorer {
    positions: Vec<PackedPosition>,
    scorers: Vec<Scorer>,
    weights: Weights,
    priors: Priors,
}

impl MutualScorer {
    pub fn new(positions: Vec<PackedPosition>, weights: &Weights, priors: &Priors) -> Self {
        let scorers = positions.iter().map(|p| Scorer::new(p, weights, priors)).collect();
        MutualScorer { positions, scorers, weights: *weights, priors: priors.clone() }
    }

    pub fn len(&self) -> usize {
        self.positions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.positions.is_empty()
    }

    /// The mutual similarity of `position` with each of the set, in order.
    pub fn similarities(&self, position: &PackedPosition) -> Vec<f64> {
        let mine = Scorer::new(position, &self.weights, &self.priors);
        self.positions
            .iter()
            .zip(&self.scorers)
            .map(|(theirs, their_scorer)| (mine.score(theirs) + their_scorer.score(position)) / 2.0)
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::bundled_models;
    use crate::similarity::{Side, mutual_similarity};

    #[test]
    fn equals_the_mutual_similarity_of_the_formula() {
        let models = &bundled_models()[..40];
        let packed: Vec<PackedPosition> = models.iter().map(|m| PackedPosition::of(Side::from(m))).collect();
        let priors = Priors::new(&packed);
        let weights = Weights::default();
        let scorer = MutualScorer::new(packed.clone(), &weights, &priors);
        for (i, model) in models.iter().enumerate().step_by(7) {
            let fast = scorer.similarities(&packed[i]);
            for (j, other) in models.iter().enumerate() {
                let exact = mutual_similarity(model, other, &weights, &priors);
                assert!(
                    (fast[j] - exact).abs() < 1e-12,
                    "{} vs {}: {} {}",
                    model.id,
                    other.id,
                    fast[j],
                    exact
                );
            }
        }
    }
}
