//! A compact form of a position for ranking a large corpus quickly: sets
//! as bit masks, so scoring one candidate is six table reads. The tables
//! are filled with the very agreements `similarity()` computes, and added
//! in the same order, so the fast ranking's scores equal the formula's to
//! the last bit (a property test checks the whole top-k against a full sort).

use super::{Priors, Side, Weights, continuum_agreement, continuum_position};
use crate::design::{Answers, Formality, FunctionRole};
use crate::map::{Affiliation, AnswerOption, Function, Question, Relation, Space, StatusSource};
use crate::taxonomy;
use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// A position packed for fast comparison. Fields are public so benchmarks
/// can hand the same data to other tools.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PackedPosition {
    /// Bit per function (map order) that is pursued.
    pub functions: u8,
    /// Bit per function that is primary.
    pub primary: u8,
    /// NaN when not answered.
    pub formality: f64,
    pub relations: u8,
    pub status: u8,
    /// Bits: independent, peer-run community org., community org., clinical org.
    pub continuum: u8,
    pub spaces: u8,
    /// The issue: its place in the taxonomy plus one, 0 when none.
    pub issue: u8,
}

fn mask<T: AnswerOption>(chosen: impl Iterator<Item = T>) -> u8 {
    chosen.fold(0, |bits, option| bits | 1 << T::ALL.iter().position(|o| *o == option).unwrap_or(0))
}

/// The options whose bits are set in `bits` (the inverse of [`mask`]).
fn chosen<T: AnswerOption>(bits: u8) -> impl Iterator<Item = T> {
    T::ALL.iter().enumerate().filter(move |(i, _)| bits & 1 << i != 0).map(|(_, option)| *option)
}

/// The continuum positions of the four bits of [`PackedPosition::continuum`].
pub(super) const CONTINUUM: [f64; 4] = [0.0, 0.25, 0.5, 1.0];

/// The packed issue of a taxonomy key: its place plus one, 0 for none.
pub fn issue_code(key: &str) -> u8 {
    taxonomy::issues().iter().position(|t| t.key == key).map_or(0, |i| u8::try_from(i + 1).unwrap_or(0))
}

impl PackedPosition {
    /// A position with no issue.
    pub fn new(answers: &Answers) -> Self {
        PackedPosition::of(Side::from(answers))
    }

    /// A position with its issue.
    pub fn of(side: Side<'_>) -> Self {
        let answers = side.answers;
        let primary = answers.functions.iter().filter(|(_, r)| **r == FunctionRole::Primary).map(|(f, _)| *f);
        let continuum = answers.affiliations.iter().fold(0u8, |bits, a| {
            let position = continuum_position(*a, answers.peer_run);
            bits | 1 << CONTINUUM.iter().position(|p| *p == position).unwrap_or(0)
        });
        PackedPosition {
            functions: mask::<Function>(answers.functions.keys().copied()),
            primary: mask::<Function>(primary),
            formality: answers.formality.map_or(f64::NAN, |f| f.value()),
            relations: mask::<Relation>(answers.relations.iter().copied()),
            status: mask::<StatusSource>(answers.status.iter().copied()),
            continuum,
            spaces: mask::<Space>(answers.spaces.iter().copied()),
            issue: issue_code(side.issue),
        }
    }

    /// The answers this position was packed from, so a large corpus need
    /// not keep each model's answers twice (the packing loses nothing).
    pub fn to_answers(&self) -> Answers {
        let functions = chosen::<Function>(self.functions)
            .map(|f| {
                let bit = 1 << Function::ALL.iter().position(|o| *o == f).unwrap_or(0);
                let role =
                    if self.primary & bit != 0 { FunctionRole::Primary } else { FunctionRole::Secondary };
                (f, role)
            })
            .collect();
        let affiliation_at = [
            Affiliation::Independent,
            Affiliation::CommunityOrg,
            Affiliation::CommunityOrg,
            Affiliation::ClinicalOrg,
        ];
        Answers {
            functions,
            formality: Formality::new(self.formality).ok(),
            relations: chosen(self.relations).collect(),
            status: chosen(self.status).collect(),
            affiliations: (0..4)
                .filter(|i| self.continuum & 1 << i != 0)
                .map(|i| affiliation_at[i])
                .collect(),
            peer_run: self.continuum & 0b10 != 0,
            spaces: chosen(self.spaces).collect(),
        }
    }

    /// Whether the position answers a question.
    pub fn answers(&self, question: Question) -> bool {
        match question {
            Question::Functions => self.functions != 0,
            Question::Formality => !self.formality.is_nan(),
            Question::Relations => self.relations != 0,
            Question::Status => self.status != 0,
            Question::Affiliations => self.continuum != 0,
            Question::Spaces => self.spaces != 0,
        }
    }

    /// The functions table index: `functions << 5 | primary`.
    pub(super) fn functions_index(&self) -> usize {
        usize::from(self.functions & 31) << 5 | usize::from(self.primary & 31)
    }
}

/// Weighted Jaccard of two function masks (primary counts twice), as
/// `similarity()` computes it: integer sums, then one division.
pub(super) fn functions_agreement(functions: u8, primary: u8, other_functions: u8, other_primary: u8) -> f64 {
    let low = (functions & other_functions).count_ones() + (primary & other_primary).count_ones();
    let high = (functions | other_functions).count_ones() + (primary | other_primary).count_ones();
    f64::from(low) / f64::from(high)
}

/// Jaccard of two non-empty masks.
pub(super) fn set_agreement(a: u8, b: u8) -> f64 {
    f64::from((a & b).count_ones()) / f64::from((a | b).count_ones())
}

/// Continuum agreement of two non-empty masks.
pub(super) fn continuum_mask_agreement(a: u8, b: u8) -> f64 {
    let points =
        |bits: u8| -> Vec<f64> { (0..4).filter(|i| bits & 1 << i != 0).map(|i| CONTINUUM[i]).collect() };
    continuum_agreement(&points(a), &points(b))
}

/// Each question's share of the score, and the issue's: its weight among
/// the questions the design answers and its issue when it has one (0 for
/// the others, which are left out).
pub fn shares(weights: &Weights, design: &PackedPosition) -> ([f64; 6], f64) {
    let counted = |q: Question| if design.answers(q) { weights.get(q) } else { 0.0 };
    let issue = if design.issue == 0 { 0.0 } else { weights.issue() };
    let total: f64 = Question::ALL.iter().map(|q| counted(*q)).sum::<f64>() + issue;
    let share = |w: f64| if total > 0.0 { w / total } else { 0.0 };
    (Question::ALL.map(|q| share(counted(q))), share(issue))
}

/// The design's side of every comparison, worked out once per ranking: for
/// each question, its contribution for every possible candidate answer
/// (the empty answer holding the corpus expectation).
pub(super) struct Scorer {
    /// Indexed by [`PackedPosition::functions_index`].
    functions: Vec<f64>,
    relations: [f64; 8],
    status: [f64; 8],
    continuum: [f64; 16],
    spaces: [f64; 16],
    formality: f64,
    formality_share: f64,
    formality_unknown: f64,
    issue: u8,
    /// The issue's contribution for the same issue, another one, and an unknown one.
    issue_same: f64,
    issue_unknown: f64,
}

impl Scorer {
    pub(super) fn new(target: &PackedPosition, weights: &Weights, priors: &Priors) -> Self {
        let (shares, issue_share) = shares(weights, target);
        let expected = |q: Question| if target.answers(q) { priors.expected(q, target) } else { 0.0 };
        let issue_unknown =
            if target.issue == 0 { 0.0 } else { issue_share * priors.expected_issue(target.issue) };
        let functions = (0..1024usize)
            .map(|i| {
                let (functions, primary) = ((i >> 5) as u8, (i & 31) as u8);
                match (target.functions, functions) {
                    (0, _) => 0.0,
                    (_, 0) => shares[0] * expected(Question::Functions),
                    _ => {
                        shares[0] * functions_agreement(target.functions, target.primary, functions, primary)
                    }
                }
            })
            .collect();
        Scorer {
            functions,
            relations: set_table(target.relations, shares[2], expected(Question::Relations), set_agreement),
            status: set_table(target.status, shares[3], expected(Question::Status), set_agreement),
            continuum: set_table(
                target.continuum,
                shares[4],
                expected(Question::Affiliations),
                continuum_mask_agreement,
            ),
            spaces: set_table(target.spaces, shares[5], expected(Question::Spaces), set_agreement),
            formality: target.formality,
            formality_share: shares[1],
            formality_unknown: shares[1] * expected(Question::Formality),
            issue: target.issue,
            issue_same: issue_share * 1.0,
            issue_unknown,
        }
    }

    #[inline]
    pub(super) fn score(&self, candidate: &PackedPosition) -> f64 {
        let mut score = 0.0;
        score += self.functions[candidate.functions_index()];
        if !self.formality.is_nan() {
            score += if candidate.formality.is_nan() {
                self.formality_unknown
            } else {
                self.formality_share * (1.0 - (self.formality - candidate.formality).abs())
            };
        }
        score += self.relations[usize::from(candidate.relations & 7)];
        score += self.status[usize::from(candidate.status & 7)];
        score += self.continuum[usize::from(candidate.continuum & 15)];
        score += self.spaces[usize::from(candidate.spaces & 15)];
        if self.issue != 0 {
            score += match candidate.issue {
                0 => self.issue_unknown,
                theirs if theirs == self.issue => self.issue_same,
                _ => 0.0,
            };
        }
        score.clamp(0.0, 1.0)
    }
}

/// A set question's contribution for every candidate mask: the expectation
/// for the empty (unknown) mask, nothing when the design has not answered.
fn set_table<const N: usize>(mine: u8, share: f64, expected: f64, agree: fn(u8, u8) -> f64) -> [f64; N] {
    std::array::from_fn(|theirs| match (mine, theirs) {
        (0, _) => 0.0,
        (_, 0) => share * expected,
        _ => share * agree(mine, theirs as u8),
    })
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

/// The similarity of `target` to every candidate, in order (one scorer, no sorting).
pub fn scores(
    target: &PackedPosition,
    candidates: &[PackedPosition],
    weights: &Weights,
    priors: &Priors,
) -> Vec<f64> {
    let scorer = Scorer::new(target, weights, priors);
    candidates.iter().map(|c| scorer.score(c)).collect()
}

/// The `k` candidates most similar to `target`, best first (ties: lower
/// index first), as (index, score): exactly the first `k` of all candidates
/// sorted by `similarity()`. `keep` can leave candidates out (e.g. the
/// across-silos switch); `priors` are the corpus's answers, for unknowns.
pub fn top_k(
    target: &PackedPosition,
    candidates: &[PackedPosition],
    k: usize,
    weights: &Weights,
    priors: &Priors,
    keep: impl Fn(usize) -> bool,
) -> Vec<(usize, f64)> {
    let scorer = Scorer::new(target, weights, priors);
    let mut heap = BinaryHeap::with_capacity(k + 1);
    for (index, candidate) in candidates.iter().enumerate() {
        let score = scorer.score(candidate);
        // A later candidate with an equal score ranks after the weakest kept one.
        if heap.len() == k && heap.peek().is_none_or(|weakest: &Ranked| score <= weakest.0) {
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
    fn every_bundled_position_unpacks_to_the_answers_it_was_packed_from() {
        for model in crate::corpus::bundled_models() {
            let packed = PackedPosition::of(Side::from(model));
            assert_eq!(packed.to_answers(), model.answers, "{}", model.id);
        }
    }

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
    fn k_zero_returns_nothing() {
        let target = PackedPosition::new(&Answers::default());
        assert!(top_k(&target, &[target], 0, &Weights::default(), &Priors::default(), |_| true).is_empty());
    }
}
