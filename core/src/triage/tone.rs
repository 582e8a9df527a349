//! The tone stage: sentiment from the sentiment rules, shouting in
//! capitals, runs of `!!` and `??`, and a lean for problem reports.

use super::engine::fact;
use super::model::{Reason, ReasonKind, Sentiment, Topic};

/// Adds the anger of capitals and punctuation runs in `texts` to `sum`.
pub(super) fn punctuation_and_capitals(texts: [&str; 2], sum: &mut f64, reasons: &mut Vec<Reason>) {
    let shouting: usize = texts.iter().map(|t| count_shouting(t)).sum();
    let (bangs, questions) = texts
        .iter()
        .map(|t| count_runs(t))
        .fold((0, 0), |(a, b), (x, y)| (a + x, b + y));
    // Each counts half a point of anger, up to a cap.
    for (code, count, cap, what) in [
        ("text.shouting", shouting, 4, "words in capitals"),
        ("text.exclamations", bangs, 3, "runs of !!"),
        ("text.insistent_questions", questions, 2, "runs of ??"),
    ] {
        if count > 0 {
            let w = -(count.min(cap) as f64) * 0.5;
            *sum += w;
            reasons.push(fact(
                code,
                ReasonKind::Sentiment,
                w,
                format!("{count} {what}"),
            ));
        }
    }
}

/// The sentiment and its score in [-1, 1], once the topic is known: someone
/// reporting a broken, wrong or missing delivery is not neutral about it,
/// however polite the wording.
pub(super) fn settle(topic: Topic, mut sum: f64, reasons: &mut Vec<Reason>) -> (Sentiment, f64) {
    let prior = match topic {
        Topic::DeliveryProblem | Topic::WrongItem | Topic::DamagedDefective => -1.0,
        Topic::PaymentIssue | Topic::RefundStatus => -0.5,
        _ => 0.0,
    };
    if prior != 0.0 {
        sum += prior;
        reasons.push(fact(
            "sentiment.problem_report",
            ReasonKind::Sentiment,
            prior,
            format!("a {topic} report"),
        ));
    }
    let score = (sum / 4.0).tanh();
    let sentiment = if score <= -0.15 {
        Sentiment::Negative
    } else if score >= 0.2 {
        Sentiment::Positive
    } else {
        Sentiment::Neutral
    };
    (sentiment, score)
}

fn count_shouting(text: &str) -> usize {
    let (mut count, mut run, mut all_upper) = (0, 0usize, true);
    let mut end_word = |run: &mut usize, all_upper: &mut bool| {
        if *run >= 4 && *all_upper {
            count += 1;
        }
        *run = 0;
        *all_upper = true;
    };
    for c in text.chars() {
        let (alpha, upper) = if c.is_ascii() {
            (c.is_ascii_alphabetic(), c.is_ascii_uppercase())
        } else {
            (c.is_alphabetic(), c.is_uppercase())
        };
        if alpha {
            run += 1;
            all_upper &= upper;
        } else {
            end_word(&mut run, &mut all_upper);
        }
    }
    end_word(&mut run, &mut all_upper);
    count
}

/// Runs of two or more `!` and of two or more `?` (a run counts once).
fn count_runs(text: &str) -> (usize, usize) {
    let (mut bangs, mut questions, mut prev, mut len) = (0, 0, 0u8, 0);
    for &b in text.as_bytes().iter().chain(b" ") {
        if b == prev && (b == b'!' || b == b'?') {
            len += 1;
            continue;
        }
        if len >= 2 {
            if prev == b'!' {
                bangs += 1;
            } else {
                questions += 1;
            }
        }
        prev = b;
        len = 1;
    }
    (bangs, questions)
}
