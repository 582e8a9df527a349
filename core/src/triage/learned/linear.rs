//! Linear softmax heads over hashed features, and their training.
//!
//! A [`Linear`] model holds one row of weights per hash bucket; each row has
//! one weight per class of every head (the topic head and the priority head
//! share a row, so one memory read serves both). A head's probabilities are
//! the softmax of its slice of the summed rows, divided by the head's
//! temperature (fitted after training so that confidences are calibrated).
//!
//! Training is stochastic gradient descent on the cross-entropy of every head,
//! with a linearly decaying rate and a small L2 penalty applied to the rows an
//! example touches. (Per-weight AdaGrad steps were tried: a square root per
//! weight per feature made training four times slower for no accuracy.) It is deterministic: the example order comes from a seeded
//! ChaCha generator and the arithmetic is sequential `f32`, so the same rows,
//! options and seed give the same weights, bit for bit, on every machine.

use rand::SeedableRng;
use rand::seq::SliceRandom;
use rand_chacha::ChaCha8Rng;

use super::features::Bag;

/// One head: a named slice of a row.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Head {
    /// The first column of the head in a row.
    pub offset: usize,
    /// Its number of classes.
    pub classes: usize,
    /// Probabilities are `softmax(scores / temperature)`.
    pub temperature: f32,
}

/// Weights of one or more softmax heads over `2^bits` buckets.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Linear {
    pub bits: u32,
    pub heads: Vec<Head>,
    /// Columns per row: the sum of the heads' classes.
    pub width: usize,
    /// `2^bits * width` weights, row by row.
    pub weights: Vec<f32>,
    /// One bias per column.
    pub bias: Vec<f32>,
}

impl Linear {
    /// A model of zeros with heads of these sizes.
    pub fn zeros(bits: u32, classes: &[usize]) -> Linear {
        let mut heads = Vec::with_capacity(classes.len());
        let mut offset = 0;
        for &c in classes {
            heads.push(Head {
                offset,
                classes: c,
                temperature: 1.0,
            });
            offset += c;
        }
        Linear {
            bits,
            heads,
            width: offset,
            weights: vec![0.0; (1usize << bits) * offset],
            bias: vec![0.0; offset],
        }
    }

    /// The raw scores of every column for a bag, into `out` (`width` long).
    #[inline]
    pub fn scores(&self, bag: &Bag, out: &mut [f32]) {
        out.copy_from_slice(&self.bias);
        let w = self.width;
        for &(bucket, value) in &bag.items {
            let row = &self.weights[bucket as usize * w..(bucket as usize + 1) * w];
            for (o, x) in out.iter_mut().zip(row) {
                *o += value * x;
            }
        }
    }

    /// Turns head `h`'s slice of `scores` into probabilities, in place.
    pub fn probabilities(&self, h: usize, scores: &mut [f32]) {
        let head = &self.heads[h];
        softmax(
            &mut scores[head.offset..head.offset + head.classes],
            head.temperature,
        );
    }
}

/// `softmax(x / t)` in place.
pub(crate) fn softmax(x: &mut [f32], t: f32) {
    let max = x.iter().copied().fold(f32::NEG_INFINITY, f32::max);
    let mut sum = 0.0;
    for v in x.iter_mut() {
        *v = ((*v - max) / t).exp();
        sum += *v;
    }
    for v in x.iter_mut() {
        *v /= sum;
    }
}

/// How to train.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Schedule {
    pub epochs: u32,
    /// The starting rate.
    pub rate: f32,
    /// The L2 penalty per update.
    pub l2: f32,
    pub seed: u64,
}

/// Trains `model` on `n` examples. `bag_of(i, bag)` fills the features of
/// example `i`; `targets[h][i]` is its class for head `h` (`None`: the head
/// learns nothing from it). Features are rebuilt every epoch rather than kept,
/// so memory stays at the model's size whatever the number of examples.
pub(crate) fn train(
    model: &mut Linear,
    n: usize,
    mut bag_of: impl FnMut(usize, &mut Bag),
    targets: &[Vec<Option<u16>>],
    schedule: Schedule,
) {
    let width = model.width;
    let mut order: Vec<usize> = (0..n).collect();
    let mut rng = ChaCha8Rng::seed_from_u64(schedule.seed);
    let mut bag = Bag::default();
    let mut scores = vec![0.0f32; width];
    let mut gradient = vec![0.0f32; width];
    let steps = (schedule.epochs as usize * n).max(1) as f32;
    let mut step = 0usize;
    for _ in 0..schedule.epochs {
        order.shuffle(&mut rng);
        for &i in &order {
            // The rate falls linearly to a tenth of its start.
            let rate = schedule.rate * (1.0 - 0.9 * step as f32 / steps);
            step += 1;
            bag.clear();
            bag_of(i, &mut bag);
            model.scores(&bag, &mut scores);
            let mut any = false;
            gradient.iter_mut().for_each(|g| *g = 0.0);
            for (h, head) in model.heads.iter().enumerate() {
                let Some(target) = targets[h][i] else {
                    continue;
                };
                any = true;
                let slice = &mut scores[head.offset..head.offset + head.classes];
                softmax(slice, 1.0);
                for (k, p) in slice.iter().enumerate() {
                    gradient[head.offset + k] = p - f32::from(u8::from(k == target as usize));
                }
            }
            if !any {
                continue;
            }
            let decay = 1.0 - rate * schedule.l2;
            for &(bucket, value) in &bag.items {
                let base = bucket as usize * width;
                let row = &mut model.weights[base..base + width];
                let step = rate * value;
                for (w, g) in row.iter_mut().zip(&gradient) {
                    *w = *w * decay - step * g;
                }
            }
            for (b, g) in model.bias.iter_mut().zip(&gradient) {
                *b -= rate * g;
            }
        }
    }
}

/// The temperature that minimises the negative log-likelihood of held-out
/// `(scores, target)` pairs (golden-section search over 0.05-20 on a log
/// scale): confidences then mean what they say.
pub(crate) fn fit_temperature(pairs: &[(Vec<f32>, usize)]) -> f32 {
    if pairs.is_empty() {
        return 1.0;
    }
    let nll = |log_t: f64| -> f64 {
        let t = log_t.exp() as f32;
        let mut total = 0.0f64;
        let mut buf = Vec::new();
        for (scores, target) in pairs {
            buf.clear();
            buf.extend_from_slice(scores);
            softmax(&mut buf, t);
            total -= f64::from(buf[*target].max(1e-12)).ln();
        }
        total
    };
    let (mut a, mut b) = (0.05f64.ln(), 20f64.ln());
    let g = (5f64.sqrt() - 1.0) / 2.0;
    let mut c = b - g * (b - a);
    let mut d = a + g * (b - a);
    let (mut fc, mut fd) = (nll(c), nll(d));
    for _ in 0..40 {
        if fc < fd {
            b = d;
            d = c;
            fd = fc;
            c = b - g * (b - a);
            fc = nll(c);
        } else {
            a = c;
            c = d;
            fc = fd;
            d = a + g * (b - a);
            fd = nll(d);
        }
    }
    (((a + b) / 2.0).exp()) as f32
}

/// Expected calibration error over `(confidence, correct)` pairs in ten
/// equal-width bins: the gap between how sure the model said it was and how
/// often it was right, weighted by how many answers fell in each bin.
///
/// ```
/// use caredesk::triage::expected_calibration_error;
/// // Said 90 % sure, right half the time: a gap of 0.4.
/// let answers = [(0.9, true), (0.9, false)];
/// assert!((expected_calibration_error(&answers) - 0.4).abs() < 1e-9);
/// ```
pub fn expected_calibration_error(answers: &[(f64, bool)]) -> f64 {
    if answers.is_empty() {
        return 0.0;
    }
    let mut bins = [(0.0f64, 0.0f64, 0usize); 10];
    for &(confidence, correct) in answers {
        let b = ((confidence * 10.0) as usize).min(9);
        bins[b].0 += confidence;
        bins[b].1 += f64::from(u8::from(correct));
        bins[b].2 += 1;
    }
    let n = answers.len() as f64;
    bins.iter()
        .filter(|b| b.2 > 0)
        .map(|(c, k, _)| (c - k).abs() / n)
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_a_separable_toy_problem_the_same_way_twice() {
        let texts = ["red apple", "green apple", "blue sky", "grey sky"];
        let labels = vec![vec![Some(0u16), Some(0), Some(1), Some(1)]];
        let run = || {
            let mut m = Linear::zeros(10, &[2]);
            let schedule = Schedule {
                epochs: 20,
                rate: 0.5,
                l2: 1e-4,
                seed: 7,
            };
            train(
                &mut m,
                texts.len(),
                |i, bag| bag.add_texts("", texts[i], 10),
                &labels,
                schedule,
            );
            m
        };
        let (a, b) = (run(), run());
        assert_eq!(a, b);
        let mut bag = Bag::default();
        bag.add_texts("", "apple pie", 10);
        let mut s = vec![0.0; 2];
        a.scores(&bag, &mut s);
        a.probabilities(0, &mut s);
        assert!(s[0] > 0.8, "{s:?}");
    }

    #[test]
    fn temperature_flattens_overconfident_scores() {
        // Scores that say 0.99 but are right half the time.
        let pairs: Vec<(Vec<f32>, usize)> = (0..100)
            .map(|i| (vec![5.0, 0.0], if i % 2 == 0 { 0 } else { 1 }))
            .collect();
        let t = fit_temperature(&pairs);
        assert!(t > 10.0, "{t}");
    }

    #[test]
    fn calibration_error_of_honest_and_overconfident_answers() {
        // Three in four right at 0.75: no gap.
        let honest: Vec<(f64, bool)> = (0..8).map(|i| (0.75, i % 4 != 0)).collect();
        assert!(expected_calibration_error(&honest) < 1e-9);
        let over: Vec<(f64, bool)> = (0..10).map(|i| (0.95, i % 2 == 0)).collect();
        assert!((expected_calibration_error(&over) - 0.45).abs() < 1e-9);
    }
}
