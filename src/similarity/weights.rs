//! How much each question counts in a similarity, set by the user and
//! saved with the design.

use crate::map::Question;
use serde::{Deserialize, Serialize};

/// Per-question weights (default 1 each). A weight of 0 leaves a question out.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "[f64; 6]", into = "[f64; 6]")]
pub struct Weights([f64; 6]);

/// Largest weight the UI offers.
pub const MAX_WEIGHT: f64 = 3.0;

impl Default for Weights {
    fn default() -> Self {
        Weights([1.0; 6])
    }
}

impl Weights {
    pub fn get(&self, question: Question) -> f64 {
        self.0[question as usize]
    }

    pub fn set(&mut self, question: Question, weight: f64) {
        self.0[question as usize] = weight.clamp(0.0, MAX_WEIGHT);
    }

    pub fn total(&self) -> f64 {
        self.0.iter().sum()
    }

    pub fn is_default(&self) -> bool {
        *self == Weights::default()
    }
}

impl TryFrom<[f64; 6]> for Weights {
    type Error = String;
    fn try_from(values: [f64; 6]) -> Result<Self, String> {
        if values.iter().all(|w| (0.0..=MAX_WEIGHT).contains(w)) {
            Ok(Weights(values))
        } else {
            Err(format!("each weight must be from 0 to {MAX_WEIGHT}, found {values:?}"))
        }
    }
}

impl From<Weights> for [f64; 6] {
    fn from(weights: Weights) -> Self {
        weights.0
    }
}
