//! What the corpus answers to each question, so that an answer a model
//! leaves unknown can count as the agreement a coded model gives on
//! average: neither a reward nor a penalty for being partly coded.

use super::PackedPosition;
use super::packed::{continuum_mask_agreement, functions_agreement, set_agreement};
use crate::map::Question;

/// How often each answer occurs among the models that answer a question.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Priors {
    /// Models per functions table index (`functions << 5 | primary`).
    functions: Vec<u32>,
    relations: [u32; 8],
    status: [u32; 8],
    continuum: [u32; 16],
    spaces: [u32; 16],
    /// The known formality values, ascending, with running sums (`sums[i]` = sum of the first i).
    formality: Vec<f64>,
    formality_sums: Vec<f64>,
    /// Models per packed issue (0: none).
    issues: Vec<u32>,
}

/// With no coded model to go by, an unknown answer counts as an even chance.
const NOTHING_KNOWN: f64 = 0.5;

impl Priors {
    pub fn new<'a>(positions: impl IntoIterator<Item = &'a PackedPosition>) -> Priors {
        let mut priors = Priors { functions: vec![0; 1024], issues: vec![0; 256], ..Priors::default() };
        for p in positions {
            priors.issues[usize::from(p.issue)] += 1;
            if p.functions != 0 {
                priors.functions[p.functions_index()] += 1;
            }
            if !p.formality.is_nan() {
                priors.formality.push(p.formality);
            }
            priors.relations[usize::from(p.relations & 7)] += u32::from(p.relations != 0);
            priors.status[usize::from(p.status & 7)] += u32::from(p.status != 0);
            priors.continuum[usize::from(p.continuum & 15)] += u32::from(p.continuum != 0);
            priors.spaces[usize::from(p.spaces & 15)] += u32::from(p.spaces != 0);
        }
        priors.formality.sort_by(f64::total_cmp);
        priors.formality_sums = std::iter::once(0.0)
            .chain(priors.formality.iter().scan(0.0, |sum, x| {
                *sum += x;
                Some(*sum)
            }))
            .collect();
        priors
    }

    /// How many models answer a question.
    pub fn known(&self, question: Question) -> usize {
        let sum = |counts: &[u32]| counts.iter().map(|n| *n as usize).sum();
        match question {
            Question::Functions => sum(&self.functions),
            Question::Formality => self.formality.len(),
            Question::Relations => sum(&self.relations),
            Question::Status => sum(&self.status),
            Question::Affiliations => sum(&self.continuum),
            Question::Spaces => sum(&self.spaces),
        }
    }

    /// The mean agreement of the design's answer to `question` with every
    /// model that answers it. The design must answer the question.
    pub fn expected(&self, question: Question, design: &PackedPosition) -> f64 {
        match question {
            Question::Functions => mean(self.functions.iter().enumerate().map(|(i, n)| {
                let agree =
                    || functions_agreement(design.functions, design.primary, (i >> 5) as u8, (i & 31) as u8);
                (*n, if *n == 0 { 0.0 } else { agree() })
            })),
            Question::Formality => self.expected_formality(design.formality),
            Question::Relations => mean_over(&self.relations, |m| set_agreement(design.relations, m)),
            Question::Status => mean_over(&self.status, |m| set_agreement(design.status, m)),
            Question::Affiliations => {
                mean_over(&self.continuum, |m| continuum_mask_agreement(design.continuum, m))
            }
            Question::Spaces => mean_over(&self.spaces, |m| set_agreement(design.spaces, m)),
        }
    }

    /// The share of the models filed under an issue that are filed under
    /// this one: the agreement an unknown issue counts with.
    pub fn expected_issue(&self, issue: u8) -> f64 {
        let known: u32 = self.issues.iter().skip(1).sum();
        if known == 0 {
            return NOTHING_KNOWN;
        }
        f64::from(self.issues.get(usize::from(issue)).copied().unwrap_or(0)) / f64::from(known)
    }

    /// 1 − the mean distance from `x` to the known values, from the running sums.
    fn expected_formality(&self, x: f64) -> f64 {
        let n = self.formality.len();
        if n == 0 {
            return NOTHING_KNOWN;
        }
        let below = self.formality.partition_point(|v| *v < x);
        let (sum_below, sum_all) = (self.formality_sums[below], self.formality_sums[n]);
        let distance = (x * below as f64 - sum_below) + (sum_all - sum_below - x * (n - below) as f64);
        (1.0 - distance / n as f64).clamp(0.0, 1.0)
    }
}

fn mean_over(counts: &[u32], agree: impl Fn(u8) -> f64) -> f64 {
    mean(counts.iter().enumerate().map(|(mask, n)| (*n, if *n == 0 { 0.0 } else { agree(mask as u8) })))
}

/// The count-weighted mean of agreements; an even chance when nothing is counted.
fn mean(items: impl Iterator<Item = (u32, f64)>) -> f64 {
    let (mut total, mut count) = (0.0, 0u64);
    for (n, agreement) in items {
        total += f64::from(n) * agreement;
        count += u64::from(n);
    }
    if count == 0 { NOTHING_KNOWN } else { total / count as f64 }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::design::{Answers, Formality};

    fn at(formality: f64) -> PackedPosition {
        PackedPosition::new(&Answers { formality: Formality::new(formality).ok(), ..Answers::default() })
    }

    #[test]
    fn expected_formality_is_the_mean_agreement() {
        let corpus = [at(0.0), at(0.5), at(1.0), PackedPosition::new(&Answers::default())];
        let priors = Priors::new(&corpus);
        assert_eq!(priors.known(Question::Formality), 3);
        let direct = (1.0 - 0.25 + 1.0 - 0.25 + 1.0 - 0.75) / 3.0;
        assert!((priors.expected(Question::Formality, &at(0.25)) - direct).abs() < 1e-12);
        assert_eq!(Priors::default().expected(Question::Formality, &at(0.25)), NOTHING_KNOWN);
    }
}
