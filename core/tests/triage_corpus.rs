//! The triage corpus (`tests/vectors/triage/corpus/`, the training messages)
//! and the second held-out set (`tests/vectors/triage/holdout2.jsonl`): every
//! line labelled by the rubric's vocabulary, enough messages per topic and
//! language, and no message written twice in other words' clothing (word
//! 3-gram Jaccard above 0.8 between fewer than 2 % of messages), within the
//! corpus, and none at all between the corpus and the held-out set.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

const LANGUAGES: &[&str] = &[
    "en", "it", "fr", "de", "es", "pt", "nl", "pl", "sv", "da", "fi", "cs",
];
const TOPICS: &[&str] = &[
    "order_status",
    "delivery_problem",
    "wrong_item",
    "damaged_defective",
    "return_request",
    "exchange",
    "refund_status",
    "cancellation",
    "payment_issue",
    "account",
    "loyalty_giftcard",
    "presale",
    "feedback",
    "other",
    "order_change",
    "invoice",
    "privacy",
];
const MIN_PER_TOPIC_AND_LANGUAGE: usize = 25;
const JACCARD: f64 = 0.8;

fn triage_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors/triage")
}

/// One message: its id, language, topic and word 3-grams.
struct Message {
    id: String,
    language: String,
    topic: String,
    grams: Vec<u64>,
}

fn read(path: &Path, problems: &mut Vec<String>) -> Vec<Message> {
    let text = fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut out = Vec::new();
    for (n, line) in text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        let at = format!("{}:{}", path.file_name().unwrap().to_string_lossy(), n + 1);
        let Ok(v) = serde_json::from_str::<Value>(line) else {
            problems.push(format!("{at}: not JSON"));
            continue;
        };
        match check(&v) {
            Ok(m) => out.push(m),
            Err(p) => problems.push(format!("{at}: {p}")),
        }
    }
    out
}

fn check(v: &Value) -> Result<Message, String> {
    let s = |key: &str| v.get(key).and_then(Value::as_str);
    let e = v.get("expected").ok_or("no expected")?;
    let topic = e.get("topic").and_then(Value::as_str).ok_or("no topic")?;
    let language = s("language").ok_or("no language")?;
    if !LANGUAGES.contains(&language) {
        return Err(format!("language {language}"));
    }
    if !TOPICS.contains(&topic) {
        return Err(format!("topic {topic}"));
    }
    let also: Vec<&str> = match e.get("also") {
        None => Vec::new(),
        Some(a) => a
            .as_array()
            .ok_or("also is not a list")?
            .iter()
            .map(|x| x.as_str().unwrap_or(""))
            .collect(),
    };
    if also.iter().any(|a| !TOPICS.contains(a) || *a == topic) {
        return Err(format!("also {also:?}"));
    }
    let priority = e.get("priority").and_then(Value::as_str).unwrap_or("");
    if !["low", "normal", "high", "urgent"].contains(&priority) {
        return Err(format!("priority {priority}"));
    }
    let presale = e.get("presale").and_then(Value::as_bool).ok_or("presale")?;
    if presale != (topic == "presale" || also.contains(&"presale")) {
        return Err("presale must be true exactly when the topic or also is presale".into());
    }
    let body = s("body")
        .filter(|b| !b.trim().is_empty())
        .ok_or("empty body")?;
    let text = format!("{} {body}", s("subject").unwrap_or(""));
    Ok(Message {
        id: s("id").ok_or("no id")?.to_string(),
        language: language.to_string(),
        topic: topic.to_string(),
        grams: word_trigrams(&text),
    })
}

/// The distinct word 3-grams of a text, lower-cased, as hashes.
fn word_trigrams(text: &str) -> Vec<u64> {
    use std::hash::{Hash, Hasher};
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let mut grams: Vec<u64> = words
        .windows(3)
        .map(|w| {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            w.hash(&mut h);
            h.finish()
        })
        .collect();
    grams.sort_unstable();
    grams.dedup();
    grams
}

/// The pairs of messages whose 3-gram sets have a Jaccard index above
/// `JACCARD`, found by prefix filtering: with each set ordered rarest gram
/// first, two sets that similar share a gram within their first
/// `len - ceil(JACCARD * len) + 1` grams, so only those are indexed.
fn near_duplicates(messages: &[&Message]) -> Vec<(usize, usize)> {
    let mut frequency: HashMap<u64, usize> = HashMap::new();
    for m in messages {
        for g in &m.grams {
            *frequency.entry(*g).or_default() += 1;
        }
    }
    let ordered: Vec<Vec<u64>> = messages
        .iter()
        .map(|m| {
            let mut g = m.grams.clone();
            g.sort_by_key(|x| (frequency[x], *x));
            g
        })
        .collect();
    let mut index: HashMap<u64, Vec<usize>> = HashMap::new();
    let mut pairs = HashSet::new();
    for (i, grams) in ordered.iter().enumerate() {
        let prefix = grams.len() - (JACCARD * grams.len() as f64).ceil() as usize + 1;
        for g in grams.iter().take(prefix.min(grams.len())) {
            let seen = index.entry(*g).or_default();
            for &j in seen.iter() {
                pairs.insert((j, i));
            }
            seen.push(i);
        }
    }
    let mut out: Vec<(usize, usize)> = pairs
        .into_iter()
        .filter(|&(a, b)| jaccard(&messages[a].grams, &messages[b].grams) > JACCARD)
        .collect();
    out.sort_unstable();
    out
}

fn jaccard(a: &[u64], b: &[u64]) -> f64 {
    let (sa, sb): (HashSet<_>, HashSet<_>) = (a.iter().collect(), b.iter().collect());
    let inter = sa.intersection(&sb).count();
    inter as f64 / (sa.len() + sb.len() - inter).max(1) as f64
}

fn corpus_files() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(triage_dir().join("corpus"))
        .map(|d| d.map(|e| e.unwrap().path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|x| x == "jsonl"));
    files.sort();
    files
}

#[test]
fn corpus_and_holdout2_are_labelled_distinct_and_large_enough() {
    let mut problems = Vec::new();
    let corpus: Vec<Message> = corpus_files()
        .iter()
        .flat_map(|f| read(f, &mut problems))
        .collect();
    let holdout = read(&triage_dir().join("holdout2.jsonl"), &mut problems);
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );

    let mut ids = HashSet::new();
    for m in corpus.iter().chain(&holdout) {
        assert!(ids.insert(m.id.as_str()), "duplicate id {}", m.id);
    }

    let mut counts: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    for m in &corpus {
        *counts
            .entry((m.language.as_str(), m.topic.as_str()))
            .or_default() += 1;
    }
    // Every language, so a moved or emptied folder cannot pass as an empty corpus.
    let short: Vec<String> = LANGUAGES
        .iter()
        .flat_map(|l| TOPICS.iter().map(move |t| (*l, *t)))
        .filter_map(|k| {
            let n = counts.get(&k).copied().unwrap_or(0);
            (n < MIN_PER_TOPIC_AND_LANGUAGE).then(|| format!("{}/{}: {n}", k.0, k.1))
        })
        .collect();
    assert!(
        short.is_empty(),
        "fewer than {MIN_PER_TOPIC_AND_LANGUAGE} messages: {short:?}"
    );
    assert!(
        holdout.len() >= 600,
        "holdout2 has {} messages",
        holdout.len()
    );

    let within: Vec<&Message> = corpus.iter().collect();
    let dups = near_duplicates(&within);
    let involved: HashSet<usize> = dups.iter().flat_map(|&(a, b)| [a, b]).collect();
    let share = involved.len() as f64 / corpus.len().max(1) as f64;
    assert!(
        share < 0.02,
        "{:.2} % of corpus messages have a near-duplicate, e.g. {:?}",
        share * 100.0,
        dups.iter()
            .take(10)
            .map(|&(a, b)| (&within[a].id, &within[b].id))
            .collect::<Vec<_>>()
    );

    let all: Vec<&Message> = corpus.iter().chain(&holdout).collect();
    let leaks: Vec<_> = near_duplicates(&all)
        .into_iter()
        .filter(|&(a, b)| (a < corpus.len()) != (b < corpus.len()))
        .map(|(a, b)| (all[a].id.clone(), all[b].id.clone()))
        .collect();
    assert!(
        leaks.is_empty(),
        "held-out messages that nearly repeat training ones: {leaks:?}"
    );
}

#[test]
fn the_duplicate_finder_finds_what_it_should() {
    let m = |id: &str, text: &str| Message {
        id: id.into(),
        language: "en".into(),
        topic: "other".into(),
        grams: word_trigrams(text),
    };
    let a = m(
        "a",
        "where is my order it was due on monday and nothing has arrived yet",
    );
    let b = m(
        "b",
        "where is my order it was due on monday and nothing has arrived yet!!",
    );
    let c = m(
        "c",
        "the jacket I bought is the wrong colour, I ordered navy and got black",
    );
    assert_eq!(near_duplicates(&[&a, &b, &c]), vec![(0, 1)]);
}

/// FNV-1a over the bytes of `holdout2.jsonl` when it was frozen, before any
/// model was trained. Changing the file fails this test: a held-out set
/// that moves is no longer held out. Fix a wrong label in a new set instead.
const HOLDOUT2_FNV1A: u64 = 0x0efa_cb1e_41e7_ef74;

#[test]
fn holdout2_is_frozen() {
    let bytes = fs::read(triage_dir().join("holdout2.jsonl")).unwrap();
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0100_0000_01b3)
    });
    assert_eq!(
        hash, HOLDOUT2_FNV1A,
        "tests/vectors/triage/holdout2.jsonl changed"
    );
}
