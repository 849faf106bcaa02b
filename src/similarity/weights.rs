//! How much each question, and a shared issue, counts in a similarity, set
//! by the user and saved with the design.

use crate::map::Question;
use serde::{Deserialize, Serialize};

/// Per-question weights (default 1 each) and the weight of sharing the
/// design's issue (default 2, as much as one facet of two questions). A
/// weight of 0 leaves a question (or the issue) out.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "Vec<f64>", into = "Vec<f64>")]
pub struct Weights {
    questions: [f64; 6],
    issue: f64,
}

/// Largest weight the UI offers.
pub const MAX_WEIGHT: f64 = 3.0;

/// How much sharing the design's issue counts by default: one facet's worth.
pub const DEFAULT_ISSUE_WEIGHT: f64 = 2.0;

impl Default for Weights {
    fn default() -> Self {
        Weights { questions: [1.0; 6], issue: DEFAULT_ISSUE_WEIGHT }
    }
}

impl Weights {
    /// Equal question weights and the issue left out: the six questions of the map alone.
    pub fn map_only() -> Self {
        Weights { issue: 0.0, ..Weights::default() }
    }

    pub fn get(&self, question: Question) -> f64 {
        self.questions[question as usize]
    }

    pub fn set(&mut self, question: Question, weight: f64) {
        self.questions[question as usize] = weight.clamp(0.0, MAX_WEIGHT);
    }

    pub fn issue(&self) -> f64 {
        self.issue
    }

    pub fn set_issue(&mut self, weight: f64) {
        self.issue = weight.clamp(0.0, MAX_WEIGHT);
    }

    pub fn is_default(&self) -> bool {
        *self == Weights::default()
    }
}

impl TryFrom<Vec<f64>> for Weights {
    type Error = String;
    /// Six question weights, then the issue's; files written before the
    /// issue counted have six, and get the default issue weight.
    fn try_from(values: Vec<f64>) -> Result<Self, String> {
        if !(6..=7).contains(&values.len()) {
            return Err(format!(
                "weights are six numbers (one per question) and one for the issue, found {}",
                values.len()
            ));
        }
        if !values.iter().all(|w| (0.0..=MAX_WEIGHT).contains(w)) {
            return Err(format!("each weight must be from 0 to {MAX_WEIGHT}, found {values:?}"));
        }
        let mut questions = [0.0; 6];
        questions.copy_from_slice(&values[..6]);
        Ok(Weights { questions, issue: values.get(6).copied().unwrap_or(DEFAULT_ISSUE_WEIGHT) })
    }
}

impl From<Weights> for Vec<f64> {
    fn from(weights: Weights) -> Self {
        weights.questions.iter().copied().chain([weights.issue]).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn six_weights_from_an_older_file_keep_the_default_issue_weight() {
        let weights: Weights = serde_json::from_str("[1, 2, 1, 1, 1, 0]").expect("reads");
        assert_eq!((weights.get(Question::Formality), weights.issue()), (2.0, DEFAULT_ISSUE_WEIGHT));
        let json = serde_json::to_string(&weights).expect("writes");
        assert_eq!(json, "[1.0,2.0,1.0,1.0,1.0,0.0,2.0]");
        assert!(serde_json::from_str::<Weights>("[1, 1]").is_err());
        assert!(serde_json::from_str::<Weights>("[1, 1, 1, 1, 1, 1, 9]").is_err());
    }
}
