//! Compiling a triage configuration: the packs' rules collected by id (a
//! shop's rule replaces a built-in one of the same id), the shop's `disable`
//! and `weights` applied, patterns built into one automaton and regexes into
//! one set. Every problem is found here, before any message is read.

use std::collections::{HashMap, HashSet};

use aho_corasick::{AhoCorasickBuilder, MatchKind};
use regex::Regex;

use super::config::{BUILTIN_PACKS, Pack, RuleConfig, RuleKind, TriageConfig};
use super::engine::{DEFAULT_SCAN, LANGUAGES, MAX_SCAN, Rule, Triage};
use super::text::fold_pattern;
use crate::error::{Error, Result};

fn static_language(code: &str) -> Option<&'static str> {
    LANGUAGES.iter().copied().find(|l| *l == code)
}

/// A rule as collected: the field it came from, its language (`None`: any),
/// its configuration.
type Collected = (String, Option<&'static str>, RuleConfig);

/// Negation words by language (`*` for the language-neutral pack).
type Negations = HashMap<&'static str, HashSet<String>>;

/// The active rules with their patterns and regexes.
struct Compiled {
    rules: Vec<Rule>,
    pattern_texts: Vec<String>,
    patterns: Vec<(usize, bool)>,
    regexes: Vec<(usize, Regex)>,
}

impl Triage {
    /// Compiles a configuration (see [`Triage::new`]).
    pub(super) fn compile(config: TriageConfig) -> Result<Triage> {
        super::config::check_limits(&config)?;
        let packs = packs_of(&config)?;
        let (mut rules, by_id, negations) = collect(&packs)?;
        let disabled = apply_overrides(&config, &mut rules, &by_id)?;
        let Compiled {
            rules,
            pattern_texts,
            patterns,
            regexes,
        } = compile_rules(rules, disabled)?;
        // A DFA: more memory at build time, the fastest scan per message.
        let matcher = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(&pattern_texts)
            .map_err(|e| Error::invalid("packs", format!("patterns do not compile: {e}")))?;

        let max_scan = check_thresholds(&config)?;
        let regex_set =
            regex::RegexSet::new(regexes.iter().map(|(_, r)| r.as_str())).map_err(|e| {
                Error::invalid("packs", format!("regexes do not compile together: {e}"))
            })?;
        Ok(Triage {
            rules,
            patterns,
            matcher,
            regex_set,
            regexes,
            negations,
            topic_priority: config.topic_priority.clone(),
            high_value: config.high_value.clone(),
            max_scan,
            config,
            model: None,
        })
    }
}

/// The built-in packs (unless switched off), then the shop's.
fn packs_of(config: &TriageConfig) -> Result<Vec<(String, Pack)>> {
    let mut packs: Vec<(String, Pack)> = Vec::new();
    if config.builtin {
        for (name, text) in BUILTIN_PACKS {
            let pack = Pack::from_toml(text).map_err(|e| e.within(&format!("builtin.{name}")))?;
            packs.push((format!("builtin.{name}"), pack));
        }
    }
    for (i, pack) in config.packs.iter().enumerate() {
        packs.push((format!("packs[{i}]"), pack.clone()));
    }

    Ok(packs)
}

/// Every pack's rules by id, and the negation words by language.
fn collect(
    packs: &[(String, Pack)],
) -> Result<(Vec<Collected>, HashMap<String, usize>, Negations)> {
    // Collect rules by id: a shop's rule replaces a built-in one with its id.
    let mut rules: Vec<(String, Option<&'static str>, RuleConfig)> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    let mut negations: HashMap<&'static str, HashSet<String>> = HashMap::new();
    let mut shop_ids = HashSet::new();
    for (origin, pack) in packs {
        let language = if pack.language == "*" {
            None
        } else {
            Some(
                static_language(&pack.language).ok_or_else(|| Error::UnknownValue {
                    field: format!("{origin}.language"),
                    value: pack.language.clone(),
                    expected: format!("*, {}", LANGUAGES.join(", ")),
                })?,
            )
        };
        let neg = negations.entry(language.unwrap_or("*")).or_default();
        neg.extend(pack.negations.iter().map(|n| fold_pattern(n)));
        for (j, rule) in pack.rules.iter().enumerate() {
            let field = format!("{origin}.rules[{j}]");
            if origin.starts_with("packs") && !shop_ids.insert(rule.id.clone()) {
                return Err(Error::invalid(
                    format!("{field}.id"),
                    format!("{:?} is defined twice", rule.id),
                ));
            }
            match by_id.get(&rule.id) {
                Some(&k) if origin.starts_with("packs") => {
                    rules[k] = (field, language, rule.clone());
                }
                Some(_) => {
                    return Err(Error::invalid(
                        format!("{field}.id"),
                        format!("{:?} is defined twice", rule.id),
                    ));
                }
                None => {
                    by_id.insert(rule.id.clone(), rules.len());
                    rules.push((field, language, rule.clone()));
                }
            }
        }
    }

    Ok((rules, by_id, negations))
}

/// Applies `disable` (which rules are off) and `weights` (which change).
fn apply_overrides(
    config: &TriageConfig,
    rules: &mut [Collected],
    by_id: &HashMap<String, usize>,
) -> Result<Vec<bool>> {
    // Switch rules off, change weights; an entry that names nothing is an error.
    let mut disabled = vec![false; rules.len()];
    let mut sorted: Vec<(&str, usize)> = rules
        .iter()
        .enumerate()
        .map(|(k, (_, _, r))| (r.id.as_str(), k))
        .collect();
    sorted.sort_unstable();
    for (i, pattern) in config.disable.iter().enumerate() {
        let hits = match pattern.strip_suffix('*') {
            Some(prefix) => {
                let from = sorted.partition_point(|(id, _)| *id < prefix);
                let to = from + sorted[from..].partition_point(|(id, _)| id.starts_with(prefix));
                &sorted[from..to]
            }
            None => {
                let from = sorted.partition_point(|(id, _)| *id < pattern.as_str());
                let to = from + sorted[from..].partition_point(|(id, _)| *id == pattern.as_str());
                &sorted[from..to]
            }
        };
        if hits.is_empty() {
            return Err(Error::UnknownValue {
                field: format!("disable[{i}]"),
                value: pattern.clone(),
                expected: "a rule id (or id prefix ending in *) of the packs".into(),
            });
        }
        for &(_, k) in hits {
            disabled[k] = true;
        }
    }
    for (id, weight) in &config.weights {
        let k = *by_id.get(id).ok_or_else(|| Error::UnknownValue {
            field: format!("weights.{id}"),
            value: id.clone(),
            expected: "a rule id of the packs".into(),
        })?;
        rules[k].0 = format!("weights.{id}");
        rules[k].2.weight = *weight;
    }

    Ok(disabled)
}

/// Checks every active rule and turns its patterns into automaton patterns
/// or small regexes.
fn compile_rules(rules: Vec<Collected>, disabled: Vec<bool>) -> Result<Compiled> {
    let mut compiled = Vec::new();
    let mut pattern_texts = Vec::new();
    let mut patterns = Vec::new();
    let mut regexes = Vec::new();
    for ((field, language, rc), off) in rules.into_iter().zip(disabled) {
        check_rule(&rc, &field)?;
        // The built-in topic rules taught the model's corpus nothing it does
        // not know; the model decides topics, so they are checked but not
        // matched: every topic rule that is compiled is the shop's (from its
        // packs, or a built-in one whose weight it set) and boosts its topic.
        let shop = field.starts_with("packs") || field.starts_with("weights");
        if off || (rc.kind == RuleKind::Topic && !shop) {
            continue;
        }
        let index = compiled.len();
        for (p, text) in rc.patterns.iter().enumerate() {
            // A `*` inside a phrase ("podwójn* płatność") makes a small
            // regex; the common cases stay in the automaton.
            let inner_star = text.trim_end_matches('*').contains('*');
            if inner_star {
                let at = format!("{field}.patterns[{p}]");
                let folded = fold_pattern(text);
                let mut words: Vec<String> = Vec::new();
                for w in folded.split(' ') {
                    words.push(match w.strip_suffix('*') {
                        Some("") => {
                            return Err(invalid_rule(
                                &at,
                                &rc.id,
                                "a word of only * matches any word",
                            ));
                        }
                        Some(stem) => format!("{}\\w*", regex::escape(stem)),
                        None => regex::escape(w),
                    });
                }
                let source = format!("\\b{}\\b", words.join("\\s+"));
                regexes.push((index, rule_regex(&source, &at, &rc.id)?));
                continue;
            }
            let (body, prefix) = match text.strip_suffix('*') {
                Some(b) => (b, true),
                None => (text.as_str(), false),
            };
            let folded = fold_pattern(body);
            if folded.is_empty() {
                return Err(invalid_rule(
                    &format!("{field}.patterns[{p}]"),
                    &rc.id,
                    "an empty pattern matches every message",
                ));
            }
            pattern_texts.push(folded);
            patterns.push((index, prefix));
        }
        if let Some(re) = &rc.regex {
            regexes.push((index, rule_regex(re, &format!("{field}.regex"), &rc.id)?));
        }
        compiled.push(Rule {
            id: rc.id,
            language,
            kind: rc.kind,
            topic: rc.topic,
            signal: rc.signal,
            weight: rc.weight,
            negatable: rc.negatable,
        });
    }
    Ok(Compiled {
        rules: compiled,
        pattern_texts,
        patterns,
        regexes,
    })
}

/// The scan limit and the high-value thresholds.
fn check_thresholds(config: &TriageConfig) -> Result<usize> {
    let max_scan = match config.max_scan_chars {
        None => DEFAULT_SCAN,
        Some(n) if (1..=MAX_SCAN).contains(&n) => n,
        Some(n) => {
            return Err(Error::invalid(
                "max_scan_chars",
                format!("{n} is outside 1-{MAX_SCAN}"),
            ));
        }
    };
    for (code, minor) in &config.high_value {
        crate::money::Currency::new(code).map_err(|_| Error::UnknownCurrency {
            field: format!("high_value.{code}"),
            code: code.clone(),
        })?;
        if *minor <= 0 {
            return Err(Error::invalid(
                format!("high_value.{code}"),
                "must be a positive amount in minor units",
            ));
        }
    }
    Ok(max_scan)
}

/// The largest compiled size of one rule's regex (the `regex` crate's
/// default is 10 MiB; a rule needs far less).
const REGEX_SIZE_LIMIT: usize = 1 << 20;

fn invalid_rule(field: &str, rule: &str, problem: &str) -> Error {
    Error::TriageInvalidRule {
        field: field.into(),
        rule: rule.into(),
        problem: problem.into(),
    }
}

/// Compiles a rule's regex, refusing one that can match the empty string:
/// it would match every message (and an absent subject) with no text.
fn rule_regex(source: &str, field: &str, rule: &str) -> Result<Regex> {
    let hir = regex_syntax::Parser::new()
        .parse(source)
        .map_err(|e| invalid_rule(field, rule, &e.to_string()))?;
    if hir.properties().minimum_len() == Some(0) {
        return Err(invalid_rule(
            field,
            rule,
            "can match the empty string, so it would fire on every message",
        ));
    }
    regex::RegexBuilder::new(source)
        .size_limit(REGEX_SIZE_LIMIT)
        .build()
        .map_err(|e| invalid_rule(field, rule, &e.to_string()))
}

/// Checks one rule's shape and weight; `field` names where it came from.
fn check_rule(rule: &RuleConfig, field: &str) -> Result<()> {
    crate::ticket::require_id(&rule.id, &format!("{field}.id"))?;
    match rule.kind {
        RuleKind::Topic if rule.topic.is_none() => {
            return Err(Error::invalid(
                format!("{field}.topic"),
                "a topic rule names its topic",
            ));
        }
        RuleKind::Signal if rule.signal.is_none() => {
            return Err(Error::invalid(
                format!("{field}.signal"),
                "a signal rule names its signal",
            ));
        }
        _ => {}
    }
    if rule.patterns.is_empty() && rule.regex.is_none() {
        return Err(Error::invalid(
            format!("{field}.patterns"),
            "a rule needs patterns or a regex",
        ));
    }
    let w = rule.weight;
    let ok = if rule.kind == RuleKind::Sentiment {
        w.is_finite() && w != 0.0 && (-10.0..=10.0).contains(&w)
    } else {
        w.is_finite() && w > 0.0 && w <= 10.0
    };
    if !ok {
        let range = if rule.kind == RuleKind::Sentiment {
            "-10 to 10 and not 0"
        } else {
            "above 0 and at most 10"
        };
        let at = if field.starts_with("weights.") {
            field.to_string()
        } else {
            format!("{field}.weight")
        };
        return Err(Error::invalid(at, format!("weight {w} is outside {range}")));
    }
    Ok(())
}
