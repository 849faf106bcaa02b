//! A compact form of a position for ranking a large corpus quickly: sets
//! as bit masks, so one comparison is a handful of integer operations.

use super::{Weights, continuum_position};
use crate::design::{Answers, FunctionRole};
use crate::map::{AnswerOption, Function, Question, Relation, Space, StatusSource};
use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// A position packed for fast comparison. Gives exactly the scores of
/// `similarity()` (tests check this on random positions).
/// Fields are public so benchmarks can hand the same data to other tools.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PackedPosition {
    /// Bit per function (map order) that is pursued.
    pub functions: u8,
    /// Bit per function that is primary.
    pub primary: u8,
    /// NaN when not answered.
    pub formality: f32,
    pub relations: u8,
    pub status: u8,
    /// Bits: independent, peer-run community org., community org., clinical org.
    pub continuum: u8,
    pub spaces: u8,
}

fn mask<T: AnswerOption>(chosen: impl Iterator<Item = T>) -> u8 {
    chosen.fold(0, |bits, option| bits | 1 << T::ALL.iter().position(|o| *o == option).unwrap_or(0))
}

const CONTINUUM: [f64; 4] = [0.0, 0.25, 0.5, 1.0];

impl PackedPosition {
    pub fn new(answers: &Answers) -> Self {
        let primary = answers.functions.iter().filter(|(_, r)| **r == FunctionRole::Primary).map(|(f, _)| *f);
        let continuum = answers.affiliations.iter().fold(0u8, |bits, a| {
            let position = continuum_position(*a, answers.peer_run);
            bits | 1 << CONTINUUM.iter().position(|p| *p == position).unwrap_or(0)
        });
        PackedPosition {
            functions: mask::<Function>(answers.functions.keys().copied()),
            primary: mask::<Function>(primary),
            formality: answers.formality.map_or(f32::NAN, |f| f.value() as f32),
            relations: mask::<Relation>(answers.relations.iter().copied()),
            status: mask::<StatusSource>(answers.status.iter().copied()),
            continuum,
            spaces: mask::<Space>(answers.spaces.iter().copied()),
        }
    }

    /// The similarity score (not its parts) between two packed positions.
    pub fn score(&self, other: &PackedPosition, shares: &[f64; 6]) -> f64 {
        let continuum: &[[f64; 16]; 16] = &CONTINUUM_TABLE;
        let mut score = 0.0;
        if self.functions != 0 && other.functions != 0 {
            let low =
                (self.functions & other.functions).count_ones() + (self.primary & other.primary).count_ones();
            let high =
                (self.functions | other.functions).count_ones() + (self.primary | other.primary).count_ones();
            score += shares[0] * f64::from(low) * INVERSE[high as usize];
        }
        if !self.formality.is_nan() && !other.formality.is_nan() {
            score += shares[1] * (1.0 - f64::from((self.formality - other.formality).abs()));
        }
        score += shares[2] * set_agreement(self.relations, other.relations);
        score += shares[3] * set_agreement(self.status, other.status);
        score += shares[4] * continuum[usize::from(self.continuum)][usize::from(other.continuum)];
        score += shares[5] * set_agreement(self.spaces, other.spaces);
        score.clamp(0.0, 1.0)
    }
}

/// 1/n for the small counts a comparison divides by (no division in the loop).
const INVERSE: [f64; 17] = {
    let mut table = [0.0; 17];
    let mut n = 1;
    while n < 17 {
        table[n] = 1.0 / n as f64;
        n += 1;
    }
    table
};

#[inline]
fn set_agreement(a: u8, b: u8) -> f64 {
    if a == 0 || b == 0 {
        0.0
    } else {
        f64::from((a & b).count_ones()) * INVERSE[(a | b).count_ones() as usize]
    }
}

/// Agreement of every pair of continuum masks (0 where either is empty), computed once.
static CONTINUUM_TABLE: std::sync::LazyLock<[[f64; 16]; 16]> = std::sync::LazyLock::new(|| {
    let mut table = [[0.0; 16]; 16];
    let points =
        |bits: usize| -> Vec<f64> { (0..4).filter(|i| bits & 1 << i != 0).map(|i| CONTINUUM[i]).collect() };
    for (a, row) in table.iter_mut().enumerate().skip(1) {
        for (b, cell) in row.iter_mut().enumerate().skip(1) {
            *cell = super::continuum_agreement(&points(a), &points(b));
        }
    }
    table
});

/// Each question's share of the score.
pub fn shares(weights: &Weights) -> [f64; 6] {
    let total = weights.total();
    Question::ALL.map(|q| if total > 0.0 { weights.get(q) / total } else { 0.0 })
}

#[derive(PartialEq)]
struct Ranked(f64, usize);

impl Eq for Ranked {}
impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Ranked {
    /// Reversed, so the heap's top is the weakest of the best (ties: higher index is weaker).
    fn cmp(&self, other: &Self) -> Ordering {
        other.0.total_cmp(&self.0).then(self.1.cmp(&other.1))
    }
}

/// The target's side of every comparison, worked out once per ranking: for
/// each question, the weighted agreement with every possible candidate
/// answer. Scoring a candidate is then a few table reads, added in the same
/// order as `score` so the results are the same to the last bit.
struct Scorer {
    /// Indexed by `functions << 5 | primary`.
    functions: Vec<f64>,
    relations: [f64; 8],
    status: [f64; 8],
    continuum: [f64; 16],
    spaces: [f64; 16],
    formality: f32,
    formality_share: f64,
}

impl Scorer {
    fn new(target: &PackedPosition, shares: &[f64; 6], continuum: &[[f64; 16]; 16]) -> Self {
        let functions = (0..1024usize)
            .map(|i| {
                let (functions, primary) = ((i >> 5) as u8, (i & 31) as u8);
                if target.functions == 0 || functions == 0 {
                    return 0.0;
                }
                let low =
                    (target.functions & functions).count_ones() + (target.primary & primary).count_ones();
                let high =
                    (target.functions | functions).count_ones() + (target.primary | primary).count_ones();
                shares[0] * f64::from(low) * INVERSE[high as usize]
            })
            .collect();
        Scorer {
            functions,
            relations: set_table(target.relations, shares[2]),
            status: set_table(target.status, shares[3]),
            continuum: std::array::from_fn(|theirs| {
                shares[4] * continuum[usize::from(target.continuum)][theirs]
            }),
            spaces: set_table(target.spaces, shares[5]),
            formality: target.formality,
            formality_share: shares[1],
        }
    }

    #[inline]
    fn score(&self, candidate: &PackedPosition) -> f64 {
        let mut score = 0.0;
        score +=
            self.functions[usize::from(candidate.functions & 31) << 5 | usize::from(candidate.primary & 31)];
        if !self.formality.is_nan() && !candidate.formality.is_nan() {
            score += self.formality_share * (1.0 - f64::from((self.formality - candidate.formality).abs()));
        }
        score += self.relations[usize::from(candidate.relations & 7)];
        score += self.status[usize::from(candidate.status & 7)];
        score += self.continuum[usize::from(candidate.continuum & 15)];
        score += self.spaces[usize::from(candidate.spaces & 15)];
        score.clamp(0.0, 1.0)
    }
}

/// A set question's weighted agreement with every candidate mask.
fn set_table<const N: usize>(mine: u8, share: f64) -> [f64; N] {
    std::array::from_fn(|theirs| share * set_agreement(mine, theirs as u8))
}

/// The `k` candidates most similar to `target`, best first, as (index, score).
/// `keep` can leave candidates out (e.g. the across-silos switch).
pub fn top_k(
    target: &PackedPosition,
    candidates: &[PackedPosition],
    k: usize,
    weights: &Weights,
    keep: impl Fn(usize) -> bool,
) -> Vec<(usize, f64)> {
    let scorer = Scorer::new(target, &shares(weights), &CONTINUUM_TABLE);
    let mut heap = BinaryHeap::with_capacity(k + 1);
    for (index, candidate) in candidates.iter().enumerate() {
        let score = scorer.score(candidate);
        if heap.len() == k && heap.peek().is_some_and(|weakest: &Ranked| score <= weakest.0) {
            continue;
        }
        if !keep(index) {
            continue;
        }
        heap.push(Ranked(score, index));
        if heap.len() > k {
            heap.pop();
        }
    }
    let mut best: Vec<(usize, f64)> = heap.into_iter().map(|Ranked(score, index)| (index, score)).collect();
    best.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::map::Affiliation;

    #[test]
    fn continuum_masks_follow_the_affiliation_order() {
        let mut answers = Answers::default();
        answers.affiliations.insert(Affiliation::CommunityOrg);
        answers.peer_run = true;
        assert_eq!(PackedPosition::new(&answers).continuum, 0b0010);
        answers.peer_run = false;
        answers.affiliations.insert(Affiliation::ClinicalOrg);
        assert_eq!(PackedPosition::new(&answers).continuum, 0b1100);
    }

    #[test]
    fn the_ranking_tables_give_the_same_scores_as_a_direct_comparison() {
        use crate::map::{Function, Relation, Space};
        let mut target = Answers::default();
        target.functions.insert(Function::Navigation, FunctionRole::Primary);
        target.functions.insert(Function::Advocacy, FunctionRole::Secondary);
        target.formality = Some(crate::design::Formality::clamped(0.4));
        target.relations.insert(Relation::LivedExperience);
        target.affiliations.insert(Affiliation::CommunityOrg);
        target.spaces.insert(Space::Outreach);
        target.status.insert(crate::map::StatusSource::Organisation);
        let mut other = target.clone();
        other.functions.insert(Function::Emotional, FunctionRole::Primary);
        other.formality = Some(crate::design::Formality::clamped(0.9));
        other.affiliations.insert(Affiliation::ClinicalOrg);
        let (target, other) = (PackedPosition::new(&target), PackedPosition::new(&other));
        let shares = shares(&Weights::default());
        let scorer = Scorer::new(&target, &shares, &CONTINUUM_TABLE);
        assert_eq!(scorer.score(&other), target.score(&other, &shares));
        assert_eq!(scorer.score(&target), target.score(&target, &shares));
        assert!((scorer.score(&target) - 1.0).abs() < 1e-12, "identical answers score 1");
    }
}
