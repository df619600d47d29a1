//! Words and terms: word boundaries, case folding, stop words and Snowball stems.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use crate::lang::{self, Detection, Language};

/// A fast hasher for short string keys (the multiply-rotate scheme of Firefox's and rustc's
/// FxHash): the maps here hold words of one trusted document, so a DoS-resistant hash buys nothing.
#[derive(Default)]
pub(crate) struct WordHasher(u64);

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word)).wrapping_mul(K);
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.write(&[i]);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type WordMap<V> = HashMap<String, V, BuildHasherDefault<WordHasher>>;

/// The words of one sentence.
#[derive(Debug, Clone, Default)]
pub(crate) struct SentenceTerms {
    /// Content terms (ids into [`Vocabulary`]) in reading order, repeats kept.
    pub terms: Vec<u32>,
    /// Number of words (tokens with a letter or digit), stop words included.
    pub words: usize,
}

/// Every content term of a document, with counts and surface forms.
#[derive(Debug, Default)]
pub(crate) struct Vocabulary {
    /// The stem (or folded form) of each term.
    pub stems: Vec<String>,
    /// How often each term occurs in the document.
    pub counts: Vec<u32>,
    /// The surface forms seen for each term, with counts, in order of first appearance.
    surfaces: Vec<Vec<(String, u32)>>,
    /// Total content tokens.
    pub total: u64,
}

impl Vocabulary {
    /// The most common surface form of a term (first seen wins a tie).
    pub fn surface(&self, term: u32) -> &str {
        let forms = &self.surfaces[term as usize];
        let mut best: Option<&(String, u32)> = None;
        for f in forms {
            if best.is_none_or(|b| f.1 > b.1) {
                best = Some(f);
            }
        }
        best.map_or(self.stems[term as usize].as_str(), |f| f.0.as_str())
    }
}

/// Whether a word counts as a word: it holds a letter or a digit.
pub(crate) fn is_word(w: &str) -> bool {
    w.chars().any(char::is_alphanumeric)
}

/// How a character takes part in a word (see [`word_indices`]).
#[derive(Clone, Copy, PartialEq)]
enum WordKind {
    /// Letters and digits (and `_`): runs of them are one word.
    Alnum,
    /// Katakana: runs are one word.
    Katakana,
    /// Han ideographs, Hiragana and Thai letters: each is a word of its own (terms then pair them).
    Single,
    /// Combining marks, joiners and format characters: part of whatever they follow.
    Extend,
    Other,
}

fn word_kind(c: char) -> WordKind {
    if c.is_ascii() {
        return if c.is_ascii_alphanumeric() || c == '_' {
            WordKind::Alnum
        } else {
            WordKind::Other
        };
    }
    let u = u32::from(c);
    let thai_mark = matches!(u, 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E);
    // Indic blocks: every sign that is not a letter or digit, except the dandas, is a mark.
    let indic_mark =
        (0x0900..=0x0DFF).contains(&u) && !c.is_alphanumeric() && !matches!(u, 0x0964 | 0x0965);
    if thai_mark
        || indic_mark
        || matches!(u, 0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x05BF | 0x05C1 | 0x05C2 | 0x05C4 | 0x05C5 | 0x05C7 | 0x0610..=0x061A
            | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF
            | 0x00AD | 0x200C..=0x200F | 0x2060..=0x2064 | 0xFEFF | 0x20D0..=0x20FF | 0x3099 | 0x309A | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F)
            && !c.is_alphanumeric()
    {
        WordKind::Extend
    } else if matches!(u, 0x3040..=0x309F | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x2_0000..=0x2_FFFF)
        || crate::segment::is_thai(c)
    {
        WordKind::Single
    } else if matches!(u, 0x30A0..=0x30FA | 0x30FC..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F) {
        WordKind::Katakana
    } else if c.is_alphanumeric() || c == '_' {
        WordKind::Alnum
    } else {
        WordKind::Other
    }
}

/// Whether `c` joins the letters (or digits) on both sides of it into one word: "don't", "U.S",
/// "l·l", "3.5", "1,000" (the MidLetter, MidNum and MidNumLet characters of Unicode's word
/// boundary rules, UAX #29).
fn joins(before: char, c: char, after: char) -> bool {
    let letters = before.is_alphabetic() && after.is_alphabetic();
    let digits = before.is_numeric() && after.is_numeric();
    match c {
        '\'' | '’' | '.' | '\u{2018}' | '\u{2024}' | '\u{FE52}' | '\u{FF07}' | '\u{FF0E}' => {
            letters || digits
        }
        ':' | '·' | '\u{0387}' | '\u{055F}' | '\u{05F4}' | '\u{2027}' | '\u{FE13}' | '\u{FE55}'
        | '\u{FF1A}' => letters,
        ',' | ';' | '\u{037E}' | '\u{0589}' | '\u{060C}' | '\u{060D}' | '\u{066C}' | '\u{07F8}'
        | '\u{2044}' | '\u{FE10}' | '\u{FE14}' | '\u{FE50}' | '\u{FE54}' | '\u{FF0C}'
        | '\u{FF1B}' => digits,
        // Hebrew abbreviations: צה"ל.
        '"' => {
            ('\u{05D0}'..='\u{05F2}').contains(&before)
                && ('\u{05D0}'..='\u{05F2}').contains(&after)
        }
        _ => false,
    }
}

/// The words of `s` with their byte offsets, by a simplified form of Unicode's word boundaries
/// (UAX #29): runs of letters and digits, joined across an apostrophe, a full stop or a digit
/// separator between two of them; Katakana runs; each Han ideograph, Hiragana and Thai letter
/// alone; combining marks kept with their letter. Punctuation, symbols and emoji are not words.
/// Written here because the `unicode-segmentation` crate's tables cost 8.4 KB of the gzipped
/// browser download; on the eval corpora it agrees with that crate on all but a handful of words
/// (`cargo test --lib word_boundaries_agree -- --ignored --nocapture`).
pub(crate) fn word_indices(s: &str) -> Vec<(usize, &str)> {
    let at = |pos: usize| s[pos..].chars().next();
    let skip_extend = |mut pos: usize| {
        while let Some(c) = at(pos).filter(|&c| word_kind(c) == WordKind::Extend) {
            pos += c.len_utf8();
        }
        pos
    };
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(c) = at(pos) {
        let start = pos;
        pos += c.len_utf8();
        let kind = word_kind(c);
        if matches!(kind, WordKind::Other | WordKind::Extend) {
            continue;
        }
        let mut last = c;
        pos = skip_extend(pos);
        if kind != WordKind::Single {
            while let Some(a) = at(pos) {
                if word_kind(a) == kind {
                    last = a;
                    pos = skip_extend(pos + a.len_utf8());
                    continue;
                }
                match at(pos + a.len_utf8()) {
                    Some(b)
                        if kind == WordKind::Alnum
                            && word_kind(b) == WordKind::Alnum
                            && joins(last, a, b) =>
                    {
                        last = b;
                        pos = skip_extend(pos + a.len_utf8() + b.len_utf8());
                    }
                    _ => break,
                }
            }
        }
        out.push((start, &s[start..pos]));
    }
    out
}

/// Detects the language of a text from its first 20 KB (a few thousand words is plenty).
///
/// Words here are plain runs of letters and apostrophes: cheaper than Unicode word boundaries, and
/// the stop words it looks for are simple words.
pub(crate) fn detect_language(text: &str) -> Detection {
    let mut end = text.len().min(20_000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let lowered = text[..end].to_lowercase();
    lang::detect(
        lowered
            .split(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’'))
            .map(|w| w.trim_matches(|c| c == '\'' || c == '’'))
            .filter(|w| !w.is_empty()),
    )
}

/// Tokenizes each span of `text` into content terms for `language`.
pub(crate) fn analyze(
    text: &str,
    spans: &[(usize, usize)],
    language: Language,
) -> (Vec<SentenceTerms>, Vocabulary) {
    let mut table = TermTable::new(language);
    let mut out = Vec::with_capacity(spans.len());
    for &(s, e) in spans {
        let mut st = SentenceTerms::default();
        let sentence = &text[s..e];
        let words: Vec<(usize, &str)> = word_indices(sentence)
            .into_iter()
            .filter(|(_, w)| is_word(w))
            .collect();
        st.words = words.len();
        let mut k = 0;
        while k < words.len() {
            // Runs of ideographs written without spaces give character bigrams: in Chinese and
            // Japanese a single character is too common to carry a topic.
            let mut j = k;
            while j + 1 < words.len()
                && is_single_ideograph(words[j].1)
                && is_single_ideograph(words[j + 1].1)
                && words[j + 1].0 == words[j].0 + words[j].1.len()
            {
                j += 1;
            }
            // A lone word is its own term; a run of j - k + 1 characters gives j - k bigrams.
            for m in k..j.max(k + 1) {
                let surface = if j == k {
                    words[k].1
                } else {
                    &sentence[words[m].0..words[m + 1].0 + words[m + 1].1.len()]
                };
                table.add(surface, &mut st);
            }
            k = j + 1;
        }
        out.push(st);
    }
    (out, table.vocab)
}

/// One piece of a run written without spaces: a single ideograph, or a Thai character with its
/// vowel and tone marks (Unicode word boundaries cut Thai into such clusters; Thai words are not
/// spaced, so their bigrams are the terms, as for Chinese and Japanese).
fn is_single_ideograph(w: &str) -> bool {
    let mut chars = w.chars();
    match chars.next() {
        Some(c) if is_ideographic(c) => chars.next().is_none(),
        Some(c) if crate::segment::is_thai(c) => chars.all(crate::segment::is_thai),
        _ => false,
    }
}

/// The terms of one text as they are found: stemming, stop words, ids and counts.
struct TermTable {
    language: Language,
    stemmer: Option<crate::lang::Stemmer>,
    vocab: Vocabulary,
    /// Stem -> term id.
    ids: WordMap<u32>,
    /// Lowercased word -> term id, or None for stop words and noise.
    cache: WordMap<Option<u32>>,
    /// Reused buffer for the lowercased word.
    lower: String,
}

impl TermTable {
    fn new(language: Language) -> TermTable {
        TermTable {
            language,
            stemmer: language.stemmer(),
            vocab: Vocabulary::default(),
            ids: WordMap::default(),
            cache: WordMap::default(),
            lower: String::new(),
        }
    }

    /// Counts one occurrence of `surface` in sentence `st` (nothing for stop words and noise).
    fn add(&mut self, surface: &str, st: &mut SentenceTerms) {
        self.lower.clear();
        if surface.is_ascii() {
            // The common case, without a Unicode case-table lookup per character (7 % of the time).
            self.lower.push_str(surface);
            self.lower.make_ascii_lowercase();
        } else {
            self.lower
                .extend(surface.chars().flat_map(char::to_lowercase));
        }
        let id = match self.cache.get(self.lower.as_str()) {
            Some(id) => *id,
            None => {
                let id = self.term_id();
                self.cache.insert(self.lower.clone(), id);
                id
            }
        };
        let Some(id) = id else { return };
        st.terms.push(id);
        let vocab = &mut self.vocab;
        vocab.counts[id as usize] += 1;
        vocab.total += 1;
        let forms = &mut vocab.surfaces[id as usize];
        if let Some(f) = forms.iter_mut().find(|f| f.0 == surface) {
            f.1 += 1;
        } else if forms.len() < 8 {
            forms.push((surface.to_string(), 1));
        }
    }

    /// The term id of the lowercased word in `self.lower`, creating the term if new.
    fn term_id(&mut self) -> Option<u32> {
        let lower = self.lower.as_str();
        if self.language.is_stopword(lower) {
            return None;
        }
        let ideographic = lower
            .chars()
            .any(|c| is_ideographic(c) || crate::segment::is_thai(c));
        if !ideographic && lower.chars().count() < 2 {
            return None;
        }
        let stem = match &self.stemmer {
            Some(st) => st.stem(lower).into_owned(),
            None => lower.to_string(),
        };
        let next = self.ids.len() as u32;
        let id = *self.ids.entry(stem.clone()).or_insert(next);
        if id == next {
            self.vocab.stems.push(stem);
            self.vocab.counts.push(0);
            self.vocab.surfaces.push(Vec::new());
        }
        Some(id)
    }
}

/// Scripts written without spaces, where one character is one word.
pub(crate) fn is_ideographic(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xAC00..=0xD7AF | 0x20000..=0x2FFFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_boundaries() {
        let words = |s: &str| -> Vec<String> {
            word_indices(s)
                .into_iter()
                .map(|(_, w)| w.to_string())
                .collect()
        };
        assert_eq!(
            words("Don't stop: the U.S. paid $1,000.50 for e-mail (3.5%) 😀!"),
            [
                "Don't", "stop", "the", "U.S", "paid", "1,000.50", "for", "e", "mail", "3.5"
            ]
        );
        assert_eq!(
            words("東京タワーへ行く"),
            ["東", "京", "タワー", "へ", "行", "く"]
        );
        assert_eq!(words("नमस्ते दुनिया।"), ["नमस्ते", "दुनिया"]);
        assert_eq!(words("ที่นี่"), ["ที่", "นี่"]);
        assert_eq!(
            words("inter\u{AD}national l·l צה\"ל"),
            ["inter\u{AD}national", "l·l", "צה\"ל"]
        );
        // Offsets slice back into the text.
        let text = "Grüße aus Köln, 2024.";
        for (i, w) in word_indices(text) {
            assert_eq!(&text[i..i + w.len()], w);
        }
    }

    /// How often [`word_indices`] and the `unicode-segmentation` crate (UAX #29) disagree on the
    /// texts of `../shared/eval` (words with a letter or digit, compared as (offset, word) pairs).
    #[test]
    #[ignore = "reads ../shared/eval"]
    fn word_boundaries_agree() {
        use unicode_segmentation::UnicodeSegmentation;
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval");
        let (mut total, mut differ) = (0usize, 0usize);
        let mut examples = Vec::new();
        for file in [
            "cnndm-dev.jsonl",
            "bbc-dev.jsonl",
            "orangesum-fr-dev.jsonl",
            "pasted-dev.jsonl",
            "pasted-other-langs-dev.jsonl",
        ] {
            let Ok(data) = std::fs::read_to_string(format!("{dir}/{file}")) else {
                continue;
            };
            for line in data.lines() {
                let v: serde_json::Value = serde_json::from_str(line).unwrap();
                for key in ["text", "pasted", "article"] {
                    let Some(t) = v[key].as_str() else { continue };
                    let ours: std::collections::HashSet<(usize, &str)> = word_indices(t)
                        .into_iter()
                        .filter(|(_, w)| is_word(w))
                        .collect();
                    let theirs: Vec<(usize, &str)> = t
                        .unicode_word_indices()
                        .filter(|(_, w)| is_word(w))
                        .collect();
                    total += theirs.len();
                    for w in &theirs {
                        if !ours.contains(w) {
                            differ += 1;
                            if examples.len() < 40 {
                                examples.push(w.1.to_string());
                            }
                        }
                    }
                }
            }
        }
        println!(
            "{differ} of {total} words differ ({:.4} %): {examples:?}",
            differ as f64 * 100.0 / total as f64
        );
        assert!(differ * 1000 <= total, "more than 0.1 % of words differ");
    }

    fn stems<'a>(st: &SentenceTerms, vocab: &'a Vocabulary) -> Vec<&'a str> {
        st.terms
            .iter()
            .map(|&t| vocab.stems[t as usize].as_str())
            .collect()
    }

    #[test]
    fn thai_phrases_give_character_bigrams() {
        let text = "ประเทศไทย";
        let (sents, vocab) = analyze(text, &[(0, text.len())], Language::Unknown);
        // Bigrams of the clusters that Unicode word boundaries cut Thai into.
        let stems: Vec<&str> = sents[0]
            .terms
            .iter()
            .map(|&t| vocab.stems[t as usize].as_str())
            .collect();
        assert_eq!(stems.first(), Some(&"ปร"));
        assert_eq!(stems.concat().chars().count(), 2 * stems.len());
        assert!(stems.len() >= 7, "{stems:?}");
    }

    #[test]
    fn stems_and_drops_stop_words() {
        let text = "The runners were running. A runner runs!";
        let spans = [(0, 25), (26, text.len())];
        let (sents, vocab) = analyze(text, &spans, Language::English);
        assert_eq!(sents[0].words, 4);
        assert_eq!(stems(&sents[0], &vocab), ["runner", "run"]);
        assert_eq!(vocab.counts[sents[1].terms[0] as usize], 2, "runner twice");
        assert_eq!(vocab.surface(sents[1].terms[0]), "runners");
    }

    #[test]
    fn cjk_runs_give_character_bigrams() {
        let text = "今天天气很好";
        let (sents, vocab) = analyze(text, &[(0, text.len())], Language::Unknown);
        assert_eq!(sents[0].words, 6);
        assert_eq!(
            stems(&sents[0], &vocab),
            ["今天", "天天", "天气", "气很", "很好"]
        );
        let (sents, _) = analyze("天", &[(0, 3)], Language::Unknown);
        assert_eq!(sents[0].terms.len(), 1, "a lone character stays a term");
    }
}
