//! Language identification: a softmax head over character n-grams of the
//! lower-cased text (accents kept: they tell Polish from Czech), trained on
//! text written for this purpose in the 24 official EU languages.
//!
//! It reads at most the first [`LANGID_CHARS`] characters and abstains
//! (returns `None`) when its calibrated confidence is under
//! [`SURE_LANGUAGE`] or the text has fewer than two letters: a reply in the
//! shop's default language is better than one in a guessed language.

use std::sync::OnceLock;

use super::features::Bag;
use super::format::{self, Kind, Parts};
use super::linear::{self, Linear, Schedule};
use crate::error::Result;

/// The languages the identifier knows: the 24 official languages of the EU.
pub const EU_LANGUAGES: [&str; 24] = [
    "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it", "lt", "lv",
    "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
];
/// How much text the identifier reads at most.
pub const LANGID_CHARS: usize = 400;
/// How much it reads first: when that is enough to be
/// [`CONFIDENT_EARLY`] sure, it stops there (most messages), since every
/// character costs memory reads of the weight table.
const FIRST_CHARS: usize = 120;
const CONFIDENT_EARLY: f32 = 0.9;
/// The confidence under which no language is named.
pub const SURE_LANGUAGE: f32 = 0.5;
const BITS: u32 = 15;

/// An identified language.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Identified {
    pub code: &'static str,
    pub confidence: f32,
}

/// The language identifier.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct LanguageModel {
    linear: Linear,
}

thread_local! {
    /// The feature bag, reused from message to message on each thread.
    static BAG: std::cell::RefCell<Bag> = std::cell::RefCell::new(Bag::default());
}

static BUILTIN_BYTES: &[u8] = include_bytes!("builtin-languages.model");

pub(crate) fn builtin() -> &'static LanguageModel {
    static MODEL: OnceLock<LanguageModel> = OnceLock::new();
    MODEL.get_or_init(|| {
        LanguageModel::from_bytes(BUILTIN_BYTES).expect("the built-in language model loads")
    })
}

/// Identifies the language of a message with the built-in identifier.
pub(crate) fn identify(subject: &str, body: &str) -> Option<Identified> {
    builtin().identify(subject, body)
}

/// The language of a text, one of the 24 official EU languages
/// ([`EU_LANGUAGES`]), or `None` when the identifier is less than
/// [`SURE_LANGUAGE`] sure or the text has fewer than two letters. The same
/// identifier [`Triage::classify`](crate::triage::Triage::classify) uses,
/// without the rest of triage.
///
/// ```
/// use caredesk::triage::identify_language;
/// assert_eq!(identify_language("Dov'è il mio pacco?").unwrap().code, "it");
/// assert_eq!(identify_language("Kde je můj balík?").unwrap().code, "cs");
/// assert_eq!(identify_language("Hol van a csomagom?").unwrap().code, "hu");
/// assert!(identify_language("12345 !!").is_none());
/// ```
pub fn identify_language(text: &str) -> Option<crate::triage::Language> {
    identify("", text).map(|l| crate::triage::Language {
        code: l.code,
        confidence: (f64::from(l.confidence) * 1000.0).round() / 1000.0,
    })
}

/// Lower-cased (not folded) text features: character 1- to 4-grams and words.
fn add_features(bag: &mut Bag, subject: &str, body: &str, chars: usize) -> bool {
    let mut text = String::with_capacity(chars * 2);
    let mut letters = 0;
    for c in subject
        .chars()
        .chain(std::iter::once(' '))
        .chain(body.chars())
        .take(chars)
    {
        if c.is_alphabetic() {
            letters += 1;
            text.extend(c.to_lowercase());
        } else {
            text.push(' ');
        }
    }
    if letters < 2 {
        return false;
    }
    bag.add_ngrams(&text, BITS);
    true
}

impl LanguageModel {
    fn guess(&self, subject: &str, body: &str) -> Option<Identified> {
        let first = self.guess_from(subject, body, FIRST_CHARS)?;
        let longer = subject.chars().count() + 1 + body.chars().count() > FIRST_CHARS;
        if first.confidence >= CONFIDENT_EARLY || !longer {
            return Some(first);
        }
        self.guess_from(subject, body, LANGID_CHARS)
    }

    fn guess_from(&self, subject: &str, body: &str, chars: usize) -> Option<Identified> {
        let mut scores = [0.0f32; EU_LANGUAGES.len()];
        let read = BAG.with_borrow_mut(|bag| {
            bag.clear();
            let read = add_features(bag, subject, body, chars);
            self.linear.scores(bag, &mut scores);
            read
        });
        if !read {
            return None;
        }
        self.linear.probabilities(0, &mut scores);
        let (best, confidence) =
            scores
                .iter()
                .copied()
                .enumerate()
                .fold(
                    (0, f32::NEG_INFINITY),
                    |b, (i, v)| if v > b.1 { (i, v) } else { b },
                );
        Some(Identified {
            code: EU_LANGUAGES[best],
            confidence,
        })
    }

    pub(crate) fn identify(&self, subject: &str, body: &str) -> Option<Identified> {
        self.guess(subject, body)
            .filter(|l| l.confidence >= SURE_LANGUAGE)
    }

    /// Trains the identifier on `(language, text)` pairs; the language must
    /// be one of [`EU_LANGUAGES`]. Besides each whole text, it learns from
    /// short windows of two to four of its words: chat lines are that short,
    /// and a model that only saw whole messages is unsure of them.
    pub(crate) fn train(texts: &[(&str, &str)], seed: u64) -> LanguageModel {
        let mut examples: Vec<(Option<u16>, String)> = Vec::new();
        for (language, text) in texts {
            let target = EU_LANGUAGES
                .iter()
                .position(|x| x == language)
                .map(|p| p as u16);
            examples.push((target, (*text).to_string()));
            let words: Vec<&str> = text.split_whitespace().collect();
            for (k, start) in (0..words.len()).step_by(3).take(6).enumerate() {
                let len = 2 + k % 3;
                if start + len <= words.len() && words.len() > len {
                    examples.push((target, words[start..start + len].join(" ")));
                }
            }
        }
        let mut linear = Linear::zeros(BITS, &[EU_LANGUAGES.len()]);
        let targets = [examples.iter().map(|(t, _)| *t).collect::<Vec<_>>()];
        let schedule = Schedule {
            epochs: 10,
            rate: 0.5,
            l2: 1e-6,
            seed,
        };
        let (fit, held): (Vec<usize>, Vec<usize>) = (0..examples.len()).partition(|i| i % 5 != 4);
        let run = |subset: &[usize]| {
            let mut l = linear.clone();
            let t: Vec<Vec<Option<u16>>> = vec![subset.iter().map(|&i| targets[0][i]).collect()];
            linear::train(
                &mut l,
                subset.len(),
                |k, bag| {
                    add_features(bag, "", &examples[subset[k]].1, LANGID_CHARS);
                },
                &t,
                schedule,
            );
            l
        };
        let first = run(&fit);
        let mut bag = Bag::default();
        let pairs: Vec<(Vec<f32>, usize)> = held
            .iter()
            .filter_map(|&i| {
                bag.clear();
                let t = targets[0][i]?;
                add_features(&mut bag, "", &examples[i].1, LANGID_CHARS).then(|| {
                    let mut s = vec![0.0; EU_LANGUAGES.len()];
                    first.scores(&bag, &mut s);
                    (s, t as usize)
                })
            })
            .collect();
        let temperature = linear::fit_temperature(&pairs);
        let all: Vec<usize> = (0..examples.len()).collect();
        linear = run(&all);
        linear.heads[0].temperature = temperature;
        format::round_to_stored(&mut linear);
        LanguageModel { linear }
    }

    /// The model file.
    pub(crate) fn to_bytes(&self) -> Vec<u8> {
        format::write(
            Kind::Languages,
            &Parts {
                labels: EU_LANGUAGES.iter().map(|s| s.to_string()).collect(),
                languages: Vec::new(),
                flags: 0,
                linear: self.linear.clone(),
            },
        )
    }

    /// Reads a model file.
    pub(crate) fn from_bytes(bytes: &[u8]) -> Result<LanguageModel> {
        let parts = format::read(bytes, Kind::Languages)?;
        if parts.labels != EU_LANGUAGES || parts.linear.heads.len() != 1 {
            return Err(crate::error::Error::TriageModelFile {
                field: "model".into(),
                problem: "not the language set this build knows".into(),
            });
        }
        Ok(LanguageModel {
            linear: parts.linear,
        })
    }
}
