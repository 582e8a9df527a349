//! Text folding for matching: lower case, accents and typographic variants
//! removed, control characters blanked, with a map back to the original.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// A folded copy of a text plus, for every byte of it, the index of the
/// original character it came from.
#[derive(Debug, Default)]
pub(crate) struct Folded {
    pub text: String,
    /// `origin[i]` is the char index (in the original) behind folded byte `i`.
    pub origin: Vec<u32>,
}

impl Folded {
    /// The original char range behind folded bytes `start..end`.
    pub fn original_span(&self, start: usize, end: usize) -> (usize, usize) {
        let from = self.origin.get(start).copied().unwrap_or(0) as usize;
        let to = if end == 0 {
            0
        } else {
            self.origin.get(end - 1).map_or(from, |&c| c as usize + 1)
        };
        (from, to)
    }
}

/// Folds `text`: what customers type with or without accents, in any case,
/// with straight or curly apostrophes, compares equal after folding.
pub(crate) fn fold(text: &str) -> Folded {
    let mut out = Folded {
        text: String::with_capacity(text.len()),
        origin: Vec::with_capacity(text.len()),
    };
    for (index, c) in text.chars().enumerate() {
        let index = u32::try_from(index).unwrap_or(u32::MAX);
        let before = out.text.len();
        fold_char(c, &mut out.text);
        out.origin
            .extend(std::iter::repeat_n(index, out.text.len() - before));
    }
    out
}

/// Folds a rule pattern the same way (no map needed).
pub(crate) fn fold_pattern(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    for c in text.chars() {
        fold_char(c, &mut s);
    }
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        // The fast path: most support text is mostly ASCII.
        out.push(if c.is_ascii_control() {
            ' '
        } else {
            c.to_ascii_lowercase()
        });
        return;
    }
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{2032}' | '\u{00B4}' | '\u{0060}' => {
            out.push('\'')
        }
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => out.push('"'),
        '\u{2010}'..='\u{2015}' => out.push('-'),
        'ß' => out.push_str("ss"),
        'æ' | 'Æ' => out.push_str("ae"),
        'œ' | 'Œ' => out.push_str("oe"),
        'ø' | 'Ø' => out.push('o'),
        'ł' | 'Ł' => out.push('l'),
        'đ' | 'Đ' => out.push('d'),
        'ı' => out.push('i'),
        c if c.is_control() || c.is_whitespace() => out.push(' '),
        c => {
            for lower in c.to_lowercase() {
                let mut pushed = false;
                decompose_canonical(lower, |d| {
                    if !is_combining_mark(d) {
                        out.push(d);
                        pushed = true;
                    }
                });
                if !pushed && !is_combining_mark(lower) {
                    out.push(lower);
                }
            }
        }
    }
}

/// True for characters that are part of a word.
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// True when folded bytes `start..end` sit on word boundaries (the end only
/// when `prefix` is false: a prefix pattern may continue into the word).
pub(crate) fn on_boundaries(text: &str, start: usize, end: usize, prefix: bool) -> bool {
    let before_ok = text[..start]
        .chars()
        .next_back()
        .is_none_or(|c| !is_word_char(c));
    let after_ok = prefix || text[end..].chars().next().is_none_or(|c| !is_word_char(c));
    before_ok && after_ok
}

/// The (at most `n`) words before folded byte `start`, nearest first.
pub(crate) fn words_before(text: &str, start: usize, n: usize) -> impl Iterator<Item = &str> {
    text[..start]
        .split(|c: char| !is_word_char(c) && c != '\'')
        .rev()
        .filter(|w| !w.is_empty())
        .take(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_case_accents_and_quotes_keeping_a_map() {
        let f = fold("Non è ARRIVATO – l’ordine");
        assert_eq!(f.text, "non e arrivato - l'ordine");
        let at = f.text.find("arrivato").unwrap();
        assert_eq!(f.original_span(at, at + "arrivato".len()), (6, 14));
        assert_eq!(fold("Straße Øre łódź\u{0}x").text, "strasse ore lodz x");
        assert_eq!(fold_pattern("  Nie   dotarła "), "nie dotarla");
    }

    #[test]
    fn boundaries_and_previous_words() {
        let t = "i did not receive it";
        let at = t.find("receive").unwrap();
        assert!(on_boundaries(t, at, at + 7, false));
        assert!(!on_boundaries("preceive", 1, 8, false));
        assert!(on_boundaries("refunded", 0, 6, true));
        assert_eq!(words_before(t, at, 2).collect::<Vec<_>>(), ["not", "did"]);
    }
}
