//! The rules stage: the packs' patterns and regexes matched on the folded
//! text, negations honoured, and the matches tallied into evidence: the shop's
//! topic boosts, sentiment, pre-sale phrases and priority signals.

use std::collections::HashSet;

use super::config::{RuleKind, Signal};
use super::engine::{Triage, round3};
use super::model::{Language, Reason, ReasonKind};
use super::text::{Folded, on_boundaries, words_before};

/// What the matched rules add up to.
#[derive(Debug, Default)]
pub(super) struct Evidence {
    /// Topic name and summed weight of the shop's topic rules that matched.
    pub boosts: Vec<(String, f64)>,
    /// Summed sentiment weights (negative: anger).
    pub sentiment: f64,
    /// Summed pre-sale weights.
    pub presale: f64,
    /// Signals in the message's own language, with the index of their hit.
    pub signals: Vec<(Signal, usize)>,
}

impl Triage {
    pub(super) fn match_rules(
        &self,
        fields: [(&'static str, &Folded, &str); 2],
        language: Option<&Language>,
    ) -> Vec<Hit> {
        // With the language known, only its pack and the language-neutral one
        // speak: a German "super" must not count as Dutch praise. When the
        // identifier abstains, every pack may.
        let sure = language.map(|l| l.code);
        let mut seen = vec![false; self.rules.len()];
        let mut hits = Vec::new();
        for (field, folded, source) in fields {
            if source.is_empty() {
                // No subject (or no body): nothing can match in it.
                continue;
            }
            let is_subject = field == "subject";
            // Byte offset of every character of the source, built once a rule matches.
            let mut char_bytes: Option<Vec<usize>> = None;
            let text = folded.text.as_str();
            let mut found: Vec<(usize, usize, usize)> = Vec::new();
            for m in self.matcher.find_overlapping_iter(text) {
                let (rule, prefix) = self.patterns[m.pattern().as_usize()];
                if !seen[rule] && on_boundaries(text, m.start(), m.end(), prefix) {
                    found.push((rule, m.start(), m.end()));
                }
            }
            for i in self.regex_set.matches(text).iter() {
                let (rule, re) = &self.regexes[i];
                if seen[*rule] {
                    continue;
                }
                if let Some(m) = re.find(text) {
                    found.push((*rule, m.start(), m.end()));
                }
            }
            for (rule_index, start, end) in found {
                if seen[rule_index] {
                    continue;
                }
                let rule = &self.rules[rule_index];
                let same_language = match (rule.language, language) {
                    (None, _) | (_, None) => true,
                    (Some(r), Some(l)) => r == l.code,
                };
                if (sure.is_some() && !same_language)
                    || (rule.negatable && self.negated(text, start, rule.language))
                {
                    continue;
                }
                seen[rule_index] = true;
                let field_factor = if is_subject && rule.kind == RuleKind::Topic {
                    1.5
                } else {
                    1.0
                };
                let (from, to) = folded.original_span(start, end);
                let offsets = char_bytes.get_or_insert_with(|| {
                    source
                        .char_indices()
                        .map(|(b, _)| b)
                        .chain([source.len()])
                        .collect()
                });
                let text = match (offsets.get(from), offsets.get(to)) {
                    (Some(&a), Some(&b)) if a <= b => source[a..b].to_string(),
                    _ => String::new(),
                };
                hits.push(Hit {
                    rule: rule_index,
                    same_language,
                    weight: rule.weight * field_factor,
                    field,
                    span: [from, to],
                    text,
                });
            }
        }
        hits
    }

    fn negated(&self, text: &str, start: usize, language: Option<&str>) -> bool {
        let lists: Vec<&HashSet<String>> = match language {
            Some(l) => self
                .negations
                .get(l)
                .into_iter()
                .chain(self.negations.get("*"))
                .collect(),
            None => self.negations.values().collect(),
        };
        // An entry ending in an apostrophe is an elided prefix (French n').
        words_before(text, start, 3).any(|w| {
            w.ends_with("n't")
                || lists.iter().any(|set| {
                    set.contains(w) || w.find('\'').is_some_and(|i| set.contains(&w[..=i]))
                })
        })
    }
    /// Adds up what the hits are evidence of. The topic rules that match are
    /// the shop's (built-in ones are not compiled): they boost their topic.
    pub(super) fn tally(&self, hits: &[Hit]) -> Evidence {
        let mut evidence = Evidence::default();
        for (i, hit) in hits.iter().enumerate() {
            let rule = &self.rules[hit.rule];
            match rule.kind {
                RuleKind::Topic => {
                    if let Some(t) = rule.topic {
                        match evidence
                            .boosts
                            .iter_mut()
                            .find(|(name, _)| name == t.as_str())
                        {
                            Some(b) => b.1 += hit.weight,
                            None => evidence.boosts.push((t.as_str().to_string(), hit.weight)),
                        }
                    }
                }
                RuleKind::Presale => evidence.presale += hit.weight,
                RuleKind::Sentiment => evidence.sentiment += hit.weight,
                // A signal raises priority outright, so only a match in the
                // message's own language (or a language-neutral rule) counts.
                RuleKind::Signal if hit.same_language => {
                    if let Some(s) = rule.signal {
                        evidence.signals.push((s, i));
                    }
                }
                RuleKind::Signal => {}
            }
        }
        evidence
    }

    /// The hits as reasons: signals first, then the shop's topic rules,
    /// pre-sale and sentiment, strongest first within each kind.
    pub(super) fn rule_reasons(&self, mut hits: Vec<Hit>) -> Vec<Reason> {
        hits.sort_by(|a, b| {
            kind_rank(self.rules[a.rule].kind)
                .cmp(&kind_rank(self.rules[b.rule].kind))
                .then(b.weight.abs().total_cmp(&a.weight.abs()))
        });
        hits.into_iter()
            .map(|hit| {
                let rule = &self.rules[hit.rule];
                Reason {
                    code: rule.id.clone(),
                    kind: match rule.kind {
                        RuleKind::Topic => ReasonKind::Topic,
                        RuleKind::Signal => ReasonKind::Signal,
                        RuleKind::Sentiment => ReasonKind::Sentiment,
                        RuleKind::Presale => ReasonKind::Presale,
                    },
                    weight: round3(hit.weight),
                    field: Some(hit.field),
                    span: Some(hit.span),
                    text: hit.text,
                }
            })
            .collect()
    }
}

/// One rule that matched.
pub(super) struct Hit {
    pub rule: usize,
    pub same_language: bool,
    pub weight: f64,
    pub field: &'static str,
    pub span: [usize; 2],
    pub text: String,
}

fn kind_rank(kind: RuleKind) -> u8 {
    match kind {
        RuleKind::Signal => 0,
        RuleKind::Topic => 1,
        RuleKind::Presale => 2,
        RuleKind::Sentiment => 3,
    }
}
