//! Words and terms: word boundaries, case folding, stop words and Snowball stems.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

use crate::lang::{self, Detection, Language};

/// A fast hasher for short string keys (the multiply-rotate scheme of Firefox's and rustc's
/// FxHash): the maps here hold words of one trusted document, so a DoS-resistant hash buys nothing.
#[derive(Default)]
pub(crate) struct WordHasher(u64);

/// FxHash's multiplier.
const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let word = u64::from_le_bytes([
                chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7],
            ]);
            self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(K);
        }
        let rest = chunks.remainder();
        let n = rest.len();
        if n > 0 {
            // The last 1 to 7 bytes in one word: two overlapping 4-byte reads, or for 1 to 3 bytes
            // the first, middle and last (wyhash's way), with the length.
            let word = if n >= 4 {
                let lo = u32::from_le_bytes([rest[0], rest[1], rest[2], rest[3]]);
                let hi = u32::from_le_bytes([rest[n - 4], rest[n - 3], rest[n - 2], rest[n - 1]]);
                u64::from(lo) | (u64::from(hi) << 32)
            } else {
                u64::from(rest[0]) | u64::from(rest[n / 2]) << 8 | u64::from(rest[n - 1]) << 16
            };
            self.0 = (self.0.rotate_left(5) ^ word ^ (n as u64) << 59).wrapping_mul(K);
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(i)).wrapping_mul(K);
    }

    /// A [`short_key`]: the product's high bits folded down, for the table's low bits (its bucket)
    /// depend on every byte of the word, not on its first two.
    fn write_u64(&mut self, x: u64) {
        let h = (self.0.rotate_left(5) ^ x).wrapping_mul(K);
        self.0 = h ^ (h >> 32);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A word of one to seven bytes as one integer: its bytes (the first in the lowest) and, in the top
/// byte, its length. Distinct words have distinct keys, which hash with one multiplication and
/// compare in one instruction, where a string key costs a loop and a `memcmp` call.
#[inline(always)]
pub(crate) fn short_key(w: &[u8]) -> Option<u64> {
    let n = w.len();
    if n == 0 || n > 7 {
        return None;
    }
    // Every byte read exactly: two overlapping 4-byte reads, or the first, middle and last byte.
    let bytes = if n >= 4 {
        let lo = u32::from_le_bytes([w[0], w[1], w[2], w[3]]);
        let hi = u32::from_le_bytes([w[n - 4], w[n - 3], w[n - 2], w[n - 1]]);
        u64::from(lo) | u64::from(hi) << (8 * (n - 4))
    } else {
        u64::from(w[0])
            | u64::from(w[n / 2]) << (8 * (n / 2))
            | u64::from(w[n - 1]) << (8 * (n - 1))
    };
    Some(bytes | (n as u64) << 56)
}

/// A map from words to `V`: words of up to seven bytes by their [`short_key`], longer ones by their
/// text (`K`: `&str`, `Box<str>`). Most words are short: most lookups hash and compare
/// integers.
pub(crate) struct WordMap<K, V> {
    short: ShortMap<V>,
    long: HashMap<K, V, BuildHasherDefault<WordHasher>>,
}

impl<K, V: Copy + Default> Default for WordMap<K, V> {
    fn default() -> Self {
        WordMap {
            short: ShortMap::with_capacity(0),
            long: HashMap::default(),
        }
    }
}

impl<K: std::borrow::Borrow<str> + std::hash::Hash + Eq, V: Copy + Default> WordMap<K, V> {
    /// Room for `n` words.
    pub(crate) fn with_capacity(n: usize) -> Self {
        WordMap {
            short: ShortMap::with_capacity(n),
            long: HashMap::with_capacity_and_hasher(n / 4, BuildHasherDefault::default()),
        }
    }

    #[inline]
    pub(crate) fn get(&self, w: &str) -> Option<&V> {
        match short_key(w.as_bytes()) {
            Some(k) => self.short.get(k),
            None => self.long.get(w),
        }
    }

    /// The value of the short word with key `k` ([`short_key`]).
    #[inline]
    pub(crate) fn get_short(&self, k: u64) -> Option<&V> {
        self.short.get(k)
    }

    /// The value of `w`, made by `value` if `w` is new (`key`, its key if long, is made in any
    /// case: for cheap keys).
    #[inline]
    pub(crate) fn get_or_insert_with(
        &mut self,
        w: &str,
        key: impl FnOnce() -> K,
        value: impl FnOnce() -> V,
    ) -> &mut V {
        match short_key(w.as_bytes()) {
            Some(k) => self.short.get_or_insert_with(k, value),
            None => self.long.entry(key()).or_insert_with(value),
        }
    }

    /// Sets the value of `w` (`key`, its key if long).
    pub(crate) fn insert(&mut self, w: &str, key: impl FnOnce() -> K, value: V) {
        match short_key(w.as_bytes()) {
            Some(k) => *self.short.get_or_insert_with(k, V::default) = value,
            None => {
                self.long.insert(key(), value);
            }
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.short.len() + self.long.len()
    }

    pub(crate) fn clear(&mut self) {
        self.short.clear();
        self.long.clear();
    }

    /// The word whose value is `v` (tests only: a walk over the whole map).
    #[cfg(test)]
    fn key_of(&self, v: &V) -> String
    where
        V: PartialEq,
    {
        let short = self
            .short
            .slots
            .iter()
            .find(|&(k, x)| *k != 0 && x == v)
            .map(|&(k, _)| {
                let n = (k >> 56) as usize;
                String::from_utf8(k.to_le_bytes()[..n].to_vec()).unwrap()
            });
        short.unwrap_or_else(|| {
            let (k, _) = self.long.iter().find(|&(_, x)| x == v).unwrap();
            k.borrow().to_string()
        })
    }
}

/// A map from [`short_key`]s (never zero) to `V`: open addressing, one slot a key and its value,
/// found by linear probing from the key's hash, at most half full. In the browser's wasm, without
/// SIMD, the standard library's map (groups of eight control bytes, matched a word at a time) took
/// 7.7 % of a summary's time; with this table the summary is 2 to 3 % faster (DESIGN.md, "Speed,
/// tenth round").
struct ShortMap<V> {
    /// (key, value); key 0: empty. A power of two long.
    slots: Vec<(u64, V)>,
    len: usize,
}

impl<V: Copy + Default> ShortMap<V> {
    /// Room for `n` keys.
    fn with_capacity(n: usize) -> Self {
        ShortMap {
            slots: vec![(0, V::default()); (2 * n).next_power_of_two().max(16)],
            len: 0,
        }
    }

    /// The first slot to look at for key `k`: the top bits of a multiplicative hash (Fibonacci
    /// hashing: the product's high bits depend on every byte of the key).
    #[inline]
    fn home(&self, k: u64) -> usize {
        let bits = self.slots.len().trailing_zeros();
        (k.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits)) as usize
    }

    #[inline]
    fn get(&self, k: u64) -> Option<&V> {
        let mask = self.slots.len() - 1;
        let mut i = self.home(k);
        loop {
            let (key, ref value) = self.slots[i];
            if key == k {
                return Some(value);
            }
            if key == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    /// The value of `k`, made by `value` if `k` is new.
    #[inline]
    fn get_or_insert_with(&mut self, k: u64, value: impl FnOnce() -> V) -> &mut V {
        let mask = self.slots.len() - 1;
        let mut i = self.home(k);
        loop {
            let key = self.slots[i].0;
            if key == k {
                return &mut self.slots[i].1;
            }
            if key == 0 {
                break;
            }
            i = (i + 1) & mask;
        }
        if 2 * (self.len + 1) > self.slots.len() {
            self.grow();
            return self.get_or_insert_with(k, value);
        }
        self.len += 1;
        self.slots[i] = (k, value());
        &mut self.slots[i].1
    }

    /// Twice the slots, every key put again.
    #[cold]
    fn grow(&mut self) {
        let n = 2 * self.slots.len();
        let old = std::mem::replace(&mut self.slots, vec![(0, V::default()); n]);
        let mask = self.slots.len() - 1;
        for (k, v) in old.into_iter().filter(|&(k, _)| k != 0) {
            let mut i = self.home(k);
            while self.slots[i].0 != 0 {
                i = (i + 1) & mask;
            }
            self.slots[i] = (k, v);
        }
    }

    fn len(&self) -> usize {
        self.len
    }

    fn clear(&mut self) {
        self.slots.fill((0, V::default()));
        self.len = 0;
    }
}

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
pub(crate) struct Vocabulary<'a> {
    /// The number of each term's stem (or folded form) in the stem cache: a number rather than a
    /// shared string, which would cost a reference count in some far-off allocation per term.
    stems: Vec<u32>,
    /// How often each term occurs in the document.
    pub counts: Vec<u32>,
    /// Every surface form seen, in order of first appearance.
    forms: Vec<Form<'a>>,
    /// Total content tokens.
    pub total: u64,
    /// How each term occurrence is joined to the one before it, in reading order over all
    /// sentences (the order of their [`SentenceTerms::terms`]).
    pub links: Vec<Link>,
}

/// A word as written in the text, and how often.
#[derive(Debug)]
struct Form<'a> {
    text: &'a str,
    /// Its term, or None for a stop word or noise.
    term: Option<u32>,
    count: u32,
}

impl<'a> Vocabulary<'a> {
    /// The most common surface form of each of the distinct `terms` (first seen wins a tie), in
    /// one pass over the forms.
    pub fn surfaces(&self, terms: &[u32]) -> Vec<&str> {
        let mut slot = vec![usize::MAX; self.counts.len()];
        for (k, &t) in terms.iter().enumerate() {
            slot[t as usize] = k;
        }
        let mut best: Vec<Option<&Form<'_>>> = vec![None; terms.len()];
        for f in &self.forms {
            if let Some(k) = f
                .term
                .map(|t| slot[t as usize])
                .filter(|&k| k != usize::MAX)
                && best[k].is_none_or(|b| f.count > b.count)
            {
                best[k] = Some(f);
            }
        }
        // (Every term is made from a form: none is left without one.)
        best.iter().map(|b| b.map_or("", |f| f.text)).collect()
    }

    /// The stem (or folded form) of term `t`, while its text is the stem cache's latest.
    #[cfg(test)]
    fn stem(&self, t: u32) -> String {
        STEMS.with(|cache| cache.borrow().ids.key_of(&self.stems[t as usize]))
    }
}

/// Whether a word counts as a word: it holds a letter or a digit.
/// (A word that starts with an ASCII letter or digit, as most do, is told by its first byte.)
pub(crate) fn is_word(w: &str) -> bool {
    w.as_bytes()
        .first()
        .is_some_and(|&b| ascii_is(b, LETTER | DIGIT))
        || w.chars().any(char::is_alphanumeric)
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

/// (ASCII inline: the first character of nearly every word in a Latin script.)
#[inline(always)]
fn word_kind(c: char) -> WordKind {
    if c.is_ascii() {
        if swar::WordByte::has(c as u8) {
            WordKind::Alnum
        } else {
            WordKind::Other
        }
    } else {
        word_kind_beyond_ascii(c)
    }
}

fn word_kind_beyond_ascii(c: char) -> WordKind {
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
///
/// Appended to `out`, a buffer reused from sentence to sentence.
#[cfg_attr(precis_speed, optimize(speed))]
fn word_indices_into<'s>(s: &'s str, out: &mut Vec<(usize, &'s str)>) {
    // ASCII bytes take shortcuts below: never a mark, and letters, digits and `_` form runs.
    let bytes = s.as_bytes();
    let ascii_alnum = swar::WordByte::has;
    let at = |pos: usize| char_at(s, pos).map(|(c, _)| c);
    let skip_extend = |mut pos: usize| {
        while bytes.get(pos).is_some_and(|&b| b >= 0x80)
            && let Some(c) = at(pos).filter(|&c| word_kind(c) == WordKind::Extend)
        {
            pos += c.len_utf8();
        }
        pos
    };
    let mut pos = 0;
    while let Some(&b) = bytes.get(pos) {
        if b < 0x80 && !ascii_alnum(b) {
            pos += 1;
            continue;
        }
        let Some(c) = at(pos) else { break };
        let start = pos;
        pos += c.len_utf8();
        let kind = word_kind(c);
        if matches!(kind, WordKind::Other | WordKind::Extend) {
            continue;
        }
        let mut last = c;
        pos = skip_extend(pos);
        if kind != WordKind::Single {
            loop {
                if kind == WordKind::Alnum {
                    let run = masked_run_len::<swar::WordByte>(&bytes[pos..]);
                    if run > 0 {
                        last = char::from(bytes[pos + run - 1]);
                        pos = skip_extend(pos + run);
                    }
                }
                // Most words end at an ASCII byte that neither continues nor joins them.
                if bytes.get(pos).is_some_and(|&b| {
                    b < 0x80
                        && !ascii_alnum(b)
                        && !matches!(b, b'\'' | b'.' | b':' | b',' | b';' | b'"')
                }) {
                    break;
                }
                let Some(a) = at(pos) else { break };
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
}

/// What an ASCII byte is, by table: one load where the standard tests compare against two or three
/// ranges (a byte loop's main cost). Bits: [`LETTER`], [`DIGIT`], [`UNDERSCORE`]; 0 for the rest
/// and for every byte of a non-ASCII character.
static ASCII_CLASS: [u8; 256] = {
    let mut t = [0; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_alphabetic() {
            LETTER
        } else if c.is_ascii_digit() {
            DIGIT
        } else if c == b'_' {
            UNDERSCORE
        } else {
            0
        };
        b += 1;
    }
    t
};
pub(crate) const LETTER: u8 = 1;
pub(crate) const DIGIT: u8 = 2;
pub(crate) const UNDERSCORE: u8 = 4;

/// Whether byte `b` is one of the ASCII `classes` (bits of [`ASCII_CLASS`]).
#[inline(always)]
pub(crate) fn ascii_is(b: u8, classes: u8) -> bool {
    ASCII_CLASS[usize::from(b)] & classes != 0
}

/// [`word_indices_into`] for a text whose words are ASCII ([`ascii_words_only`]), by its rules for
/// ASCII alone: no marks, no scripts without spaces, and a letter, digit or `_` is a word's
/// character; typographic apostrophes join as ASCII ones do (the same words: tests compare the
/// two).
#[cfg_attr(precis_speed, optimize(speed))]
fn ascii_word_indices_into<'s>(s: &'s str, out: &mut Vec<(usize, &'s str)>) {
    let bytes = s.as_bytes();
    let alnum = swar::WordByte::has;
    let mut pos = 0;
    while let Some(&b) = bytes.get(pos) {
        if !alnum(b) {
            pos += 1;
            continue;
        }
        let start = pos;
        loop {
            pos += masked_run_len::<swar::WordByte>(&bytes[pos..]);
            // `joins` for ASCII: the character after the run joins it to the next run.
            let (Some(&joiner), Some(&next)) = (bytes.get(pos), bytes.get(pos + 1)) else {
                break;
            };
            let last = bytes[pos - 1];
            let letters = last.is_ascii_alphabetic() && next.is_ascii_alphabetic();
            let digits = last.is_ascii_digit() && next.is_ascii_digit();
            let joined = match joiner {
                b'\'' | b'.' => letters || digits,
                b':' => letters,
                b',' | b';' => digits,
                0xE2 if typographic_apostrophe_joins(bytes, pos) => {
                    pos += 4;
                    continue;
                }
                _ => false,
            };
            if !joined {
                break;
            }
            pos += 2;
        }
        out.push((start, &s[start..pos]));
    }
}

/// Whether the words of `s` are those of its ASCII alone: every character beyond ASCII is
/// punctuation or a symbol that neither belongs to a word nor joins two ("“", "”", "–", "—", "£",
/// "…"), or a typographic apostrophe ("’", "‘"), which [`ascii_word_indices_into`] joins as
/// [`word_indices_into`] does ("don’t"). The ASCII path then finds the same words (a test compares
/// the two): most sentences of a text with typographic quotes and dashes take it.
fn ascii_words_only(s: &str) -> bool {
    all_beyond_ascii(s, |c| {
        let joiner = joins('a', c, 'a') || joins('0', c, '0');
        word_kind_beyond_ascii(c) == WordKind::Other && (!joiner || matches!(c, '’' | '‘'))
    })
}

/// Whether `ok` holds for every character of `s` beyond ASCII (runs of ASCII skipped eight bytes
/// at a time).
#[inline(always)]
pub(crate) fn all_beyond_ascii(s: &str, ok: impl Fn(char) -> bool) -> bool {
    let mut i = 0;
    loop {
        i += masked_run_len::<swar::Ascii>(&s.as_bytes()[i..]);
        // (After a run of ASCII: at the start of a character, or at the end.)
        let Some((c, len)) = char_at(s, i) else {
            return true;
        };
        if !ok(c) {
            return false;
        }
        i += len;
    }
}

/// Whether a typographic apostrophe ("’", or "‘" typed for one: three bytes) at byte `pos` of
/// `bytes` joins the ASCII letters or digits on both sides of it, as `'` does.
fn typographic_apostrophe_joins(bytes: &[u8], pos: usize) -> bool {
    let last = bytes[pos - 1];
    matches!(bytes.get(pos + 1..pos + 4), Some(&[0x80, 0x98 | 0x99, after])
        if (last.is_ascii_alphabetic() && after.is_ascii_alphabetic())
            || (last.is_ascii_digit() && after.is_ascii_digit()))
}

/// Detects the language of a text from its first 20 KB (a few thousand words is plenty), or fewer
/// words once they settle it ([`lang::Tally::is_settled`]).
///
/// Words here are plain runs of letters and apostrophes: cheaper than Unicode word boundaries, and
/// the stop words it looks for are simple words.
#[cfg_attr(precis_speed, optimize(speed))]
pub(crate) fn detect_language(text: &str) -> Detection {
    let mut end = text.len().min(20_000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    // Half a kilobyte at a time, each piece ending at white space (no word is cut), until the
    // verdict is settled: most articles are told apart in their first paragraph.
    const CHUNK: usize = 512;
    let mut tally = lang::Tally::default();
    let mut from = 0;
    while from < end && !tally.is_settled() {
        let to = if end - from <= CHUNK {
            end
        } else {
            let b = &text.as_bytes()[..end];
            let space = |c: &u8| matches!(c, b' ' | b'\n');
            match b[from..from + CHUNK].iter().rposition(space) {
                Some(p) if p > 0 => from + p,
                _ => b[from + CHUNK..]
                    .iter()
                    .position(space)
                    .map_or(end, |p| from + CHUNK + p),
            }
        };
        let lowered = lowercase(&text[from..to]);
        let mut words = Vec::with_capacity((to - from) / 4);
        split_detection_words(&lowered, &mut words);
        tally.add_all(&words);
        from = to;
    }
    tally.finish()
}

/// The words of the lowercased `lowered` for language detection: a word runs from its first
/// letter to its last; apostrophes inside it stay.
#[cfg_attr(precis_speed, optimize(speed))]
fn split_detection_words<'a>(lowered: &'a str, words: &mut Vec<&'a str>) {
    // The words are gathered here, in this one loop (compiled for speed in the browser), rather
    // than by a chain of iterator adapters, which in the wasm build stay calls per character.
    let (mut start, mut last) = (None, 0);
    let mut i = 0;
    loop {
        // A run of ASCII letters at once (most of a text in a Latin script).
        let letters = masked_run_len::<swar::LowerLetter>(&lowered.as_bytes()[i..]);
        if letters > 0 {
            start.get_or_insert(i);
            i += letters;
            last = i;
        }
        let Some(&b) = lowered.as_bytes().get(i) else {
            break;
        };
        // Any other ASCII byte but an apostrophe ends a word (the text is lowercased).
        if b < 0x80 {
            if b != b'\''
                && let Some(s) = start.take()
            {
                words.push(&lowered[s..last]);
            }
            i += 1;
            continue;
        }
        let Some((c, len)) = char_at(lowered, i) else {
            break;
        };
        let next = i + len;
        if c == '’' {
            // Part of a word, or nothing before its first letter.
        } else if c.is_alphabetic() {
            start.get_or_insert(i);
            last = next;
        } else if let Some(s) = start.take() {
            words.push(&lowered[s..last]);
        }
        i = next;
    }
    if let Some(s) = start {
        words.push(&lowered[s..last]);
    }
}

/// The character that starts at byte `i` of `s` and its length in bytes, an ASCII byte without
/// decoding; `None` at the end (or off a character boundary).
#[inline]
pub(crate) fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
    match *s.as_bytes().get(i)? {
        b if b < 0x80 => Some((char::from(b), 1)),
        _ => s.get(i..)?.chars().next().map(|c| (c, c.len_utf8())),
    }
}

/// The length of the run of bytes at the start of `bytes` that `keep` accepts: an explicit loop,
/// for the loops over every byte of the text (iterator adapters such as `take_while` stay calls per
/// byte in the size-optimized wasm).
#[inline(always)]
pub(crate) fn run_len(bytes: &[u8], keep: impl Fn(u8) -> bool) -> usize {
    let mut k = 0;
    while k < bytes.len() && keep(bytes[k]) {
        k += 1;
    }
    k
}

/// Whether `b` is an ASCII byte that [`char::is_whitespace`] accepts (tab to carriage return, space;
/// not the same set as [`u8::is_ascii_whitespace`], which leaves out the vertical tab).
#[inline(always)]
fn is_ascii_space(b: u8) -> bool {
    b == b' ' || (b'\t'..=b'\r').contains(&b)
}

/// The bytes of white space that `s` starts with: `s.len() - s.trim_start().len()`, but ASCII
/// white space a byte at a time (the size-optimized wasm's `trim_start` runs a searcher's call per
/// character); the standard library only from the first byte beyond ASCII.
#[inline]
fn leading_space(s: &str) -> usize {
    let k = run_len(s.as_bytes(), is_ascii_space);
    match s.as_bytes().get(k) {
        Some(&b) if b >= 0x80 => {
            let rest = &s[k..];
            k + rest.len() - rest.trim_start().len()
        }
        _ => k,
    }
}

/// `s.trim_end().len()`, ASCII white space a byte at a time (see [`leading_space`]).
#[inline]
fn trimmed_end(s: &str) -> usize {
    let b = s.as_bytes();
    let mut end = b.len();
    while end > 0 && is_ascii_space(b[end - 1]) {
        end -= 1;
    }
    if end > 0 && b[end - 1] >= 0x80 {
        s[..end].trim_end().len()
    } else {
        end
    }
}

/// Where `s.trim()` lies in `s`, as a byte range (see [`leading_space`]).
#[inline(always)]
pub(crate) fn trimmed_range(s: &str) -> Range<usize> {
    let lead = leading_space(s);
    lead..lead + trimmed_end(&s[lead..])
}

/// `s.trim_end()` (see [`leading_space`]).
#[inline]
pub(crate) fn trim_end(s: &str) -> &str {
    &s[..trimmed_end(s)]
}

/// Whether `s` is empty or white space only: `s.trim().is_empty()` (see [`leading_space`]).
#[inline]
pub(crate) fn is_blank(s: &str) -> bool {
    leading_space(s) == s.len()
}

/// `s.chars().count()`. The browser build's standard library, built for size, counts with a call
/// per byte: there, [`char_count_swar`]; natively the standard library's own, which is unrolled.
#[inline]
pub(crate) fn char_count(s: &str) -> usize {
    if cfg!(precis_speed) {
        char_count_swar(s)
    } else {
        s.chars().count()
    }
}

/// `s.chars().count()`, eight bytes at a time: every byte but a UTF-8 continuation byte
/// (`0b10xxxxxx`) starts a character.
#[cfg_attr(precis_speed, optimize(speed))]
fn char_count_swar(s: &str) -> usize {
    let b = s.as_bytes();
    let mut continuations = 0;
    let mut i = 0;
    while i + 8 <= b.len() {
        // (A slice of known length: one load, no bounds checks.)
        let c = &b[i..i + 8];
        let x = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        // A byte's bit 6 moves to its bit 7: high bit set and bit 6 clear.
        continuations += (x & !(x << 1) & swar::HIGH).count_ones() as usize;
        i += 8;
    }
    while i < b.len() {
        continuations += usize::from(b[i] & 0xc0 == 0x80);
        i += 1;
    }
    b.len() - continuations
}

/// A class of bytes, told one at a time and eight at a time ([`swar`]). The two must agree: a test
/// checks every class's mask against its byte test, for every byte at every place.
pub(crate) trait ByteClass {
    /// Whether `b` is in the class.
    fn has(b: u8) -> bool;
    /// The bytes of `x` in the class, each marked by its high bit, exactly.
    fn mask(x: u64) -> u64;
}

/// [`run_len`] of the bytes of class `C`, eight bytes at a time: the run's end within eight bytes
/// is found by arithmetic, not by a loop whose exit, at a different place for every word, the
/// processor cannot predict; the last few bytes one at a time.
#[inline(always)]
pub(crate) fn masked_run_len<C: ByteClass>(bytes: &[u8]) -> usize {
    let mut k = 0;
    for chunk in bytes.chunks_exact(8) {
        let word = u64::from_le_bytes([
            chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7],
        ]);
        let stops = !C::mask(word) & swar::HIGH;
        if stops != 0 {
            return k + (stops.trailing_zeros() / 8) as usize;
        }
        k += 8;
    }
    k + run_len(&bytes[k..], C::has)
}

/// Whether every byte of `b` is of class `C`: a word of four to eight bytes in one test of two
/// overlapping reads (no loop whose exit depends on the word's length).
#[inline(always)]
pub(crate) fn all_of<C: ByteClass>(b: &[u8]) -> bool {
    let n = b.len();
    if (4..=8).contains(&n) {
        let lo = u32::from_le_bytes([b[0], b[1], b[2], b[3]]);
        let hi = u32::from_le_bytes([b[n - 4], b[n - 3], b[n - 2], b[n - 1]]);
        C::mask(u64::from(lo) | u64::from(hi) << 32) == swar::HIGH
    } else {
        masked_run_len::<C>(b) == n
    }
}

/// The lines of `text` as byte ranges without their '\n', as `text.split('\n')` gives them (a last,
/// empty one after a final '\n'); each end found eight bytes at a time (lines are long, and
/// `memchr`'s set-up and branches cost more than they save on a line of a hundred bytes).
pub(crate) fn line_ranges(text: &str) -> impl Iterator<Item = Range<usize>> + '_ {
    let bytes = text.as_bytes();
    let mut next = Some(0);
    std::iter::from_fn(move || {
        let start = next?;
        let end = line_end(bytes, start);
        next = (end < bytes.len()).then_some(end + 1);
        Some(start..end)
    })
}

/// The end of the line that starts at byte `from`: its '\n' or the end. (A function of its own, the
/// wasm is 135 bytes smaller than with the loop in [`line_ranges`]' closure.)
fn line_end(bytes: &[u8], from: usize) -> usize {
    from + masked_run_len::<swar::NotLineFeed>(&bytes[from..])
}

/// Tests of eight bytes at once, packed into a `u64` ("SIMD within a register").
pub(crate) mod swar {
    const ONES: u64 = 0x0101_0101_0101_0101;
    pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;

    /// The bytes equal to `b`, each marked by its high bit (exactly: no carry between bytes).
    #[inline(always)]
    pub(crate) fn equal(x: u64, b: u8) -> u64 {
        let v = x ^ (ONES * u64::from(b));
        !(((v & !HIGH) + !HIGH) | v) & HIGH
    }

    /// The ASCII bytes from `lo` to `hi`, each marked by its high bit (exactly).
    #[inline(always)]
    pub(crate) fn ascii_in(x: u64, lo: u8, hi: u8) -> u64 {
        // With the high bits set, no byte borrows from the next.
        let t = x | HIGH;
        let from_lo = t.wrapping_sub(ONES * u64::from(lo));
        let past_hi = t.wrapping_sub(ONES * (u64::from(hi) + 1));
        from_lo & !past_hi & !x & HIGH
    }

    /// Defines byte classes: name, byte test, eight-byte mask.
    macro_rules! classes {
        ($($(#[$doc:meta])* $name:ident: |$b:ident| $has:expr, |$x:ident| $mask:expr;)*) => {$(
            $(#[$doc])*
            pub(crate) struct $name;
            impl $crate::terms::ByteClass for $name {
                #[inline(always)]
                fn has($b: u8) -> bool {
                    $has
                }
                #[inline(always)]
                fn mask($x: u64) -> u64 {
                    $mask
                }
            }
        )*};
    }
    pub(crate) use classes;

    use crate::terms::{DIGIT, LETTER, UNDERSCORE, ascii_is};

    /// ASCII letters and digits.
    #[inline(always)]
    fn alnum(x: u64) -> u64 {
        ascii_in(x, b'a', b'z') | ascii_in(x, b'A', b'Z') | ascii_in(x, b'0', b'9')
    }

    classes! {
        /// ASCII.
        Ascii: |b| b.is_ascii(), |x| !x & HIGH;
        /// Printable ASCII.
        Printable: |b| (0x20..0x7f).contains(&b), |x| ascii_in(x, 0x20, 0x7e);
        /// Anything but a line feed.
        NotLineFeed: |b| b != b'\n', |x| !equal(x, b'\n');
        /// ASCII letters, digits and `_`.
        WordByte: |b| ascii_is(b, LETTER | DIGIT | UNDERSCORE), |x| alnum(x) | equal(x, b'_');
        /// ASCII letters and digits.
        AlnumByte: |b| ascii_is(b, LETTER | DIGIT), |x| alnum(x);
        /// ASCII lowercase letters.
        LowerLetter: |b| b.is_ascii_lowercase(), |x| ascii_in(x, b'a', b'z');
        /// A space.
        Space: |b| b == b' ', |x| equal(x, b' ');
        /// Anything but a space.
        NotSpace: |b| b != b' ', |x| !equal(x, b' ');
    }
}

/// `s.to_lowercase()`, faster on text that is mostly ASCII: runs of ASCII are lowered a byte at a
/// time. A text with a capital sigma goes to the standard library, whose lowercase of it depends
/// on its place in the word.
#[cfg_attr(precis_speed, optimize(speed))]
pub(crate) fn lowercase(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while !rest.is_empty() {
        let ascii = masked_run_len::<swar::Ascii>(rest.as_bytes());
        let from = out.len();
        out.push_str(&rest[..ascii]);
        out[from..].make_ascii_lowercase();
        rest = &rest[ascii..];
        if let Some(c) = rest.chars().next() {
            if c == 'Σ' {
                return s.to_lowercase();
            }
            out.extend(c.to_lowercase());
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

/// Tokenizes each span of `text` into content terms for `language`.
/// `progress` hears the share of sentences done every 256 sentences.
pub(crate) fn analyze<'a>(
    text: &'a str,
    spans: &[(usize, usize)],
    language: Language,
    progress: &mut dyn FnMut(f64),
) -> (Vec<SentenceTerms>, Vocabulary<'a>) {
    // Room for the distinct words from the start (growing a table rehashes all it holds): about
    // one for every 10 bytes of a short text; long texts repeat their words more.
    let bytes: usize = spans.iter().map(|&(s, e)| e - s).sum();
    let mut table = TermTable::new(language, (bytes / 10).min(1 << 14));
    let mut out = Vec::with_capacity(spans.len());
    let mut words = Vec::new();
    for (i, &(s, e)) in spans.iter().enumerate() {
        if i % 256 == 255 {
            progress(i as f64 / spans.len() as f64);
        }
        let mut st = SentenceTerms::default();
        let sentence = &text[s..e];
        st.words = find_words(sentence, &mut words);
        st.terms.reserve(words.len());
        // The end of the word before, when it gave a term: what lies between says how the two
        // terms are joined (for key phrases).
        let mut last_end = None;
        term_surfaces(sentence, &words, |surface| {
            let start = surface.as_ptr() as usize - sentence.as_ptr() as usize;
            let link = last_end.map_or(Link::None, |end| Link::between(sentence, end, start));
            last_end = table
                .add(surface, link, &mut st)
                .then_some(start + surface.len());
        });
        out.push(st);
    }
    (out, table.vocab)
}

/// The words of `sentence` (tokens with a letter or digit) with their byte offsets, into `words`;
/// returns how many.
#[inline(always)]
fn find_words<'s>(sentence: &'s str, words: &mut Vec<(usize, &'s str)>) -> usize {
    words.clear();
    if ascii_words_only(sentence) {
        ascii_word_indices_into(sentence, words);
    } else {
        word_indices_into(sentence, words);
    }
    words.retain(|(_, w)| is_word(w));
    words.len()
}

/// Calls `each` with the surface of every term candidate of `sentence`, in reading order, from its
/// [`find_words`]: each word, except that a run of ideographs written without spaces gives its
/// character bigrams (in Chinese and Japanese a single character is too common to carry a topic).
/// Every surface is a slice of `sentence`.
#[inline(always)]
fn term_surfaces<'s>(sentence: &'s str, words: &[(usize, &'s str)], mut each: impl FnMut(&'s str)) {
    let mut k = 0;
    while k < words.len() {
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
            each(if j == k {
                words[k].1
            } else {
                &sentence[words[m].0..words[m + 1].0 + words[m + 1].1.len()]
            });
        }
        k = j + 1;
    }
}

/// One piece of a run written without spaces: a single ideograph, or a Thai character with its
/// vowel and tone marks (Unicode word boundaries cut Thai into such clusters; Thai words are not
/// spaced, so their bigrams are the terms, as for Chinese and Japanese).
fn is_single_ideograph(w: &str) -> bool {
    // Han, Hiragana and Thai take three bytes in UTF-8.
    if w.as_bytes().first().is_none_or(|&b| b < 0xE0) {
        return false;
    }
    let mut chars = w.chars();
    match chars.next() {
        Some(c) if is_ideographic(c) => chars.next().is_none(),
        Some(c) if crate::segment::is_thai(c) => chars.all(crate::segment::is_thai),
        _ => false,
    }
}

/// The terms of one text as they are found: stemming, stop words, ids and counts.
struct TermTable<'a> {
    vocab: Vocabulary<'a>,
    /// Surface form, exactly as written -> its index in `vocab.forms`.
    forms: WordMap<&'a str, u32>,
    stems: Stems,
}

/// Folding, stop words and stemming of one language.
struct Stems {
    language: Language,
    stemmer: Option<crate::lang::Stemmer>,
    /// Reused buffers for the lowercased word and its stem.
    lower: String,
    stemmed: String,
}

impl<'a> TermTable<'a> {
    fn new(language: Language, capacity: usize) -> TermTable<'a> {
        let stemmer = language.stemmer();
        let key = language.analysis_key(stemmer.as_ref());
        STEMS.with(|cache| cache.borrow_mut().start_text(key));
        TermTable {
            vocab: Vocabulary {
                forms: Vec::with_capacity(capacity),
                // (Fewer terms than forms: stop words, and forms of one stem.)
                stems: Vec::with_capacity(capacity / 2),
                counts: Vec::with_capacity(capacity / 2),
                ..Vocabulary::default()
            },
            forms: WordMap::with_capacity(capacity),
            stems: Stems {
                language,
                stemmer,
                lower: String::new(),
                stemmed: String::new(),
            },
        }
    }

    /// Counts one occurrence of `surface` in sentence `st` (nothing for stop words and noise).
    /// A surface form seen before costs one lookup; a new one is folded and stemmed once.
    #[cfg_attr(precis_speed, optimize(speed))]
    /// Adds one word (or character pair) that `link` joins to the term before it; returns whether
    /// it is a term.
    fn add(&mut self, surface: &'a str, link: Link, st: &mut SentenceTerms) -> bool {
        let (stems, vocab) = (&mut self.stems, &mut self.vocab);
        let form = *self.forms.get_or_insert_with(
            surface,
            || surface,
            || {
                let term = stems.term_of(surface, vocab);
                vocab.forms.push(Form {
                    text: surface,
                    term,
                    count: 0,
                });
                vocab.forms.len() as u32 - 1
            },
        ) as usize;
        let f = &mut self.vocab.forms[form];
        let Some(id) = f.term else { return false };
        f.count += 1;
        st.terms.push(id);
        self.vocab.links.push(link);
        self.vocab.counts[id as usize] += 1;
        self.vocab.total += 1;
        true
    }
}

/// How a term occurrence is joined to the one before it in its sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Link {
    /// Not side by side: a stop word, punctuation or the sentence's start lies between.
    None,
    /// Only spaces between ("Eiffel Tower").
    Space,
    /// A hyphen between ("Wi-Fi").
    Hyphen,
    /// Two character pairs of one run, overlapping by a character ("政府", "府宣").
    Overlap,
}

impl Link {
    /// The link of a word starting at `start` to a word ending at `end` in `sentence`.
    #[inline(always)]
    fn between(sentence: &str, end: usize, start: usize) -> Link {
        if start < end {
            return Link::Overlap;
        }
        let gap = sentence.as_bytes().get(end..start).unwrap_or_default();
        match gap {
            b"-" => Link::Hyphen,
            [] => Link::None,
            _ if gap.iter().all(|&b| b == b' ') => Link::Space,
            _ => Link::None,
        }
    }
}

impl Stems {
    /// The term id of a surface form, creating the term in `vocab` if new (None for stop words
    /// and noise).
    #[cfg_attr(precis_speed, optimize(speed))]
    fn term_of(&mut self, surface: &str, vocab: &mut Vocabulary<'_>) -> Option<u32> {
        // A short ASCII word's lowercase key is its own key with the capitals lowercased: the word
        // is only written out lowercased if it must be stemmed.
        let ascii = surface.is_ascii();
        let lower_key = short_key(surface.as_bytes())
            .filter(|_| ascii)
            // Each capital's high bit, moved to 0x20 (the length byte is below b'A').
            .map(|k| k | swar::ascii_in(k, b'A', b'Z') >> 2);
        if lower_key.is_none() {
            self.lowercase(surface, ascii);
        }
        STEMS.with(|cache| {
            let mut cache = cache.borrow_mut();
            let cache = &mut *cache;
            if cache.words.len() >= STEM_CACHE_WORDS {
                cache.words.clear();
            }
            let found = match lower_key {
                Some(k) => cache.words.get_short(k),
                None => cache.words.get(&self.lower),
            };
            let stem = match found {
                Some(&stem) => stem,
                None => {
                    if lower_key.is_some() {
                        self.lowercase(surface, ascii);
                    }
                    let mut stemmed = std::mem::take(&mut self.stemmed);
                    let stem = if self.stem(&self.lower, &mut stemmed) {
                        cache.intern(&stemmed)
                    } else {
                        NO_STEM
                    };
                    self.stemmed = stemmed;
                    cache
                        .words
                        .insert(&self.lower, || self.lower.as_str().into(), stem);
                    stem
                }
            };
            if stem == NO_STEM {
                return None;
            }
            // The text's term for this stem, made at its first sight in the text.
            let slot = &mut cache.terms[stem as usize];
            if slot.0 != cache.text {
                *slot = (cache.text, vocab.stems.len() as u32);
                vocab.stems.push(stem);
                vocab.counts.push(0);
            }
            Some(slot.1)
        })
    }

    /// Writes `surface` lowercased into `self.lower`.
    fn lowercase(&mut self, surface: &str, ascii: bool) {
        self.lower.clear();
        if ascii {
            // The common case, without a Unicode case-table lookup per character.
            self.lower.push_str(surface);
            self.lower.make_ascii_lowercase();
        } else {
            self.lower
                .extend(surface.chars().flat_map(char::to_lowercase));
        }
    }

    /// Writes the stem of a lowercased word into `out`; false (and nothing written) for stop words
    /// and noise.
    fn stem(&self, lower: &str, out: &mut String) -> bool {
        if self.language.is_stopword(lower) {
            return false;
        }
        // A single letter or digit is noise; a single ideograph is a word.
        let noise = if lower.is_ascii() {
            lower.len() < 2
        } else {
            !lower
                .chars()
                .any(|c| is_ideographic(c) || crate::segment::is_thai(c))
                && lower.chars().count() < 2
        };
        if noise {
            return false;
        }
        out.clear();
        match &self.stemmer {
            Some(st) => st.stem(lower, out),
            None => out.push_str(lower),
        }
        true
    }
}

/// How many lowercased words (and stems) the stem cache holds before it starts afresh (a few
/// megabytes).
const STEM_CACHE_WORDS: usize = 1 << 16;

/// Lowercased word -> stem (None: a stop word or noise), kept from one text to the next: the page
/// summarizes the same text again at every keystroke, and a batch of news shares most of its words.
/// Valid for one language with one stemmer and stop-word list (`key`).
///
/// Stems are numbered, so that a text maps each stem to its term through `terms`, without hashing
/// the stem. The words start afresh whenever they fill up; the stems only between texts (their
/// numbers must hold for a whole text, which adds at most its own stems).
/// A stop word's or noise's entry in [`StemCache::words`] (a plain number rather than an `Option`:
/// every word map holds `u32`s, which keeps the wasm to one copy of the map's code).
const NO_STEM: u32 = u32::MAX;

#[derive(Default)]
struct StemCache {
    key: Option<(Language, u8)>,
    /// Each word's stem, or [`NO_STEM`].
    words: WordMap<Box<str>, u32>,
    /// Each stem's number (the same map type as `words`: one copy of its code in the wasm).
    ids: WordMap<Box<str>, u32>,
    /// For each stem, by number, the text that last used it (`text`) and its term there.
    terms: Vec<(u32, u32)>,
    /// The number of the text being analyzed (from 1).
    text: u32,
}

impl StemCache {
    fn start_text(&mut self, key: (Language, u8)) {
        if self.key != Some(key)
            || self.words.len() >= STEM_CACHE_WORDS
            || self.ids.len() >= STEM_CACHE_WORDS
            || self.text == u32::MAX
        {
            *self = StemCache {
                key: Some(key),
                ..StemCache::default()
            };
        }
        self.text += 1;
    }

    /// The number of a stem, new or seen before (a short stem is kept as its key alone: a new
    /// one costs no allocation).
    fn intern(&mut self, stem: &str) -> u32 {
        if let Some(&id) = self.ids.get(stem) {
            return id;
        }
        let id = self.terms.len() as u32;
        self.ids.insert(stem, || stem.into(), id);
        self.terms.push((0, 0));
        id
    }
}

thread_local! {
    static STEMS: RefCell<StemCache> = RefCell::new(StemCache::default());
}

/// Scripts written without spaces, where one character is one word.
pub(crate) fn is_ideographic(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0xAC00..=0xD7AF | 0x20000..=0x2FFFF)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word_indices(s: &str) -> Vec<(usize, &str)> {
        let mut out = Vec::new();
        word_indices_into(s, &mut out);
        out
    }

    const ENGLISH: &str = "The river rose over the banks in the night and the people of the town \
        were not ready for it, so they left their homes with what they could carry. ";
    const FRENCH: &str = "La rivière est sortie de son lit pendant la nuit et les gens de la ville \
        ne sont pas prêts, alors ils ont quitté leurs maisons avec ce qu'ils pouvaient porter. ";

    #[test]
    fn detection_settles_on_a_clear_start() {
        // Clear English settles it within its first paragraphs: the French after it is not read.
        let text = ENGLISH.repeat(10) + &FRENCH.repeat(100);
        let d = detect_language(&text);
        assert_eq!(d.language, Language::English);
        assert!(d.confidence >= 0.6, "{d:?}");
        // Too little English to settle it before the French begins: the French is counted too.
        let text = ENGLISH.repeat(2) + &FRENCH.repeat(100);
        assert_eq!(detect_language(&text).language, Language::French);
    }

    #[test]
    fn detection_reads_past_a_start_without_prose() {
        // Page furniture first (no stop words), then the article.
        let menu = "Home News Sport Weather Video Markets Science Culture Travel ".repeat(40);
        let d = detect_language(&(menu + &FRENCH.repeat(30)));
        assert_eq!(d.language, Language::French);
        assert!(d.confidence > 0.3, "{d:?}");
    }

    #[test]
    fn detection_cuts_no_word() {
        // Chunks end at white space: a run of letters longer than a chunk stays one word (not a
        // stop word), wherever a chunk would end in it (a lone "a" is a stop word).
        for run in [1023, 1024, 1025, 2047, 2048, 2049, 2050] {
            let text = " ".to_string() + &"a".repeat(run) + " 7";
            assert_eq!(detect_language(&text).language, Language::Unknown, "{run}");
            let text = " ".to_string() + &"a".repeat(run) + " " + &ENGLISH.repeat(4);
            assert_eq!(detect_language(&text).language, Language::English, "{run}");
        }
    }

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

    fn stems(st: &SentenceTerms, vocab: &Vocabulary) -> Vec<String> {
        st.terms
            .iter()
            .map(|&t| vocab.stem(t).to_string())
            .collect()
    }

    #[test]
    fn thai_phrases_give_character_bigrams() {
        let text = "ประเทศไทย";
        let (sents, vocab) = analyze(text, &[(0, text.len())], Language::Unknown, &mut |_| {});
        // Bigrams of the clusters that Unicode word boundaries cut Thai into.
        let stems = stems(&sents[0], &vocab);
        assert_eq!(stems.first().map(String::as_str), Some("ปร"));
        assert_eq!(stems.concat().chars().count(), 2 * stems.len());
        assert!(stems.len() >= 7, "{stems:?}");
    }

    #[test]
    fn stems_and_drops_stop_words() {
        let text = "The runners were running. A runner runs!";
        let spans = [(0, 25), (26, text.len())];
        let (sents, vocab) = analyze(text, &spans, Language::English, &mut |_| {});
        assert_eq!(sents[0].words, 4);
        assert_eq!(stems(&sents[0], &vocab), ["runner", "run"]);
        assert_eq!(vocab.counts[sents[1].terms[0] as usize], 2, "runner twice");
        assert_eq!(vocab.surfaces(&[sents[1].terms[0]]), ["runners"]);
    }

    #[test]
    fn short_keys_hold_the_bytes_and_the_length() {
        // Every byte value at every place of every length: the key is the bytes, first lowest,
        // zeros above them, and the length on top (so distinct words have distinct keys).
        for n in 1..=7 {
            for place in 0..n {
                for b in 0..=255u8 {
                    let mut w = vec![b'a'; n];
                    w[place] = b;
                    let key = short_key(&w).unwrap();
                    let mut want = (n as u64) << 56;
                    for (i, &x) in w.iter().enumerate() {
                        want |= u64::from(x) << (8 * i);
                    }
                    assert_eq!(key, want, "{w:?}");
                }
            }
        }
        assert_eq!(short_key(b""), None);
        assert_eq!(short_key(b"eightish"), None);
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn all_of_is_every_byte(s in "[a-z]{0,12}|[a-zA-Z0-9 _\u{e9}]{0,12}") {
            let b = s.as_bytes();
            proptest::prop_assert_eq!(
                all_of::<swar::LowerLetter>(b),
                b.iter().all(|&x| swar::LowerLetter::has(x))
            );
            proptest::prop_assert_eq!(
                all_of::<swar::WordByte>(b),
                b.iter().all(|&x| swar::WordByte::has(x))
            );
        }

        /// The byte-wise trims and count are the standard library's, on every kind of white space
        /// (ASCII, the vertical tab that `u8::is_ascii_whitespace` leaves out, beyond ASCII) among
        /// letters of one to four bytes.
        #[test]
        fn trims_and_counts_are_the_standard_ones(
            s in "[ \t\n\u{b}\u{c}\r\u{85}\u{a0}\u{2003}\u{3000}\u{200b}a\u{e9}\u{4e2d}\u{1f600}]{0,40}"
        ) {
            proptest::prop_assert_eq!(leading_space(&s), s.len() - s.trim_start().len());
            proptest::prop_assert_eq!(trimmed_end(&s), s.trim_end().len());
            proptest::prop_assert_eq!(&s[trimmed_range(&s)], s.trim());
            proptest::prop_assert_eq!(trim_end(&s), s.trim_end());
            proptest::prop_assert_eq!(is_blank(&s), s.trim().is_empty());
            proptest::prop_assert_eq!(char_count_swar(&s), s.chars().count());
        }

        #[test]
        fn word_maps_are_maps(ops in proptest::collection::vec(("[a-c\u{e9}]{0,10}", 0u32..9), 0..60)) {
            let mut map: WordMap<Box<str>, u32> = WordMap::default();
            let mut model = std::collections::HashMap::new();
            for (w, v) in &ops {
                proptest::prop_assert_eq!(map.get(w), model.get(w.as_str()));
                if v % 2 == 0 {
                    map.insert(w, || w.as_str().into(), *v);
                    model.insert(w.clone(), *v);
                } else {
                    *map.get_or_insert_with(w, || w.as_str().into(), || *v) += 1;
                    *model.entry(w.clone()).or_insert(*v) += 1;
                }
                proptest::prop_assert_eq!(map.len(), model.len());
            }
            map.clear();
            proptest::prop_assert_eq!(map.len(), 0);
        }
    }

    #[test]
    fn ascii_classes_are_the_standard_tests() {
        for b in 0..=255u8 {
            assert_eq!(ascii_is(b, LETTER), b.is_ascii_alphabetic(), "{b}");
            assert_eq!(ascii_is(b, DIGIT), b.is_ascii_digit(), "{b}");
            assert_eq!(ascii_is(b, UNDERSCORE), b == b'_', "{b}");
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn ascii_words_are_the_general_ones(s in "([a-zA-Z0-9_ '.:,;\"\\-]|[ -~]){0,40}") {
            let mut ascii = Vec::new();
            ascii_word_indices_into(&s, &mut ascii);
            proptest::prop_assert_eq!(ascii, word_indices(&s));
        }

        /// Text with typographic quotes, dashes and other characters beyond ASCII: where
        /// `ascii_words_only` lets it take the ASCII path, the words are the same.
        #[test]
        fn ascii_words_beside_typographic_punctuation(
            s in "([a-zA-Z0-9 '.:,;\"\\-]|[“”‘’–—£…·é中\u{00AD}\u{2019}]|l·l|don’t|x‘y){0,40}"
        ) {
            if ascii_words_only(&s) {
                let mut ascii = Vec::new();
                ascii_word_indices_into(&s, &mut ascii);
                proptest::prop_assert_eq!(ascii, word_indices(&s));
            }
        }
    }

    #[test]
    fn sentences_with_typographic_punctuation_take_the_ascii_path() {
        for s in ["“Don’t,” she said – twice…", "£5 for ‘it’", "plain"] {
            assert!(ascii_words_only(s), "{s}");
        }
        for s in ["café", "l·l", "中文", "soft\u{00AD}hyphen", "Ünter"] {
            assert!(!ascii_words_only(s), "{s}");
        }
        let mut words = Vec::new();
        ascii_word_indices_into("“Don’t,” she’s ‘here’ ’", &mut words);
        let words: Vec<&str> = words.iter().map(|&(_, w)| w).collect();
        assert_eq!(words, ["Don’t", "she’s", "here"]);
    }

    /// An exact eight-byte mask, with the byte test it stands for.
    type Mask = (fn(u64) -> u64, fn(u8) -> bool);

    fn class<C: ByteClass>() -> Mask {
        (C::mask, C::has)
    }

    /// Every byte class.
    fn masks() -> [Mask; 9] {
        use swar::*;
        [
            class::<Ascii>(),
            class::<Printable>(),
            class::<crate::segment::NoTerminal>(),
            class::<NotLineFeed>(),
            class::<WordByte>(),
            class::<AlnumByte>(),
            class::<LowerLetter>(),
            class::<Space>(),
            class::<NotSpace>(),
        ]
    }

    #[test]
    fn line_ranges_are_split_lines() {
        for text in [
            "",
            "\n",
            "one",
            "one\n",
            "one\ntwo",
            "a long first line\n\n\nb\n",
        ] {
            let ours: Vec<&str> = line_ranges(text).map(|r| &text[r]).collect();
            assert_eq!(ours, text.split('\n').collect::<Vec<_>>(), "{text:?}");
        }
    }

    #[test]
    fn eight_byte_masks_are_exact() {
        // Every byte value at every place, among fillers of every kind: each byte's mark is its
        // own (no borrow or carry reaches a neighbour).
        for (keeps, keep) in masks() {
            for filler in [
                b'a', b'Z', b' ', b'_', b'0', 0x00, 0x7f, 0x80, 0xff, b'`', b'{',
            ] {
                for b in 0..=255u8 {
                    for place in 0..8 {
                        let mut chunk = [filler; 8];
                        chunk[place] = b;
                        let marks = keeps(u64::from_le_bytes(chunk)) & swar::HIGH;
                        for (i, &c) in chunk.iter().enumerate() {
                            let marked = marks >> (8 * i + 7) & 1 == 1;
                            assert_eq!(marked, keep(c), "{c:#x} at {i} in {chunk:x?}");
                        }
                    }
                }
            }
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn masked_runs_are_runs(bytes in proptest::collection::vec(
            proptest::prop_oneof![proptest::sample::select(b"aZ0_ .'\n?".to_vec()), proptest::num::u8::ANY],
            0..40)) {
            macro_rules! check {
                ($($class:ty),*) => {$(
                    proptest::prop_assert_eq!(
                        masked_run_len::<$class>(&bytes),
                        run_len(&bytes, <$class>::has)
                    );
                )*};
            }
            use swar::*;
            check!(Ascii, Printable, crate::segment::NoTerminal, NotLineFeed, WordByte, AlnumByte,
                LowerLetter, Space, NotSpace);
        }

    }

    #[test]
    fn lowercase_is_the_standard_one() {
        for s in [
            "",
            "Plain ASCII, With Capitals.",
            "“Curly” quotes — and ‘dashes’ – £5",
            "İstanbul'da ÇOK GÜZEL",
            "STRASSE Straße ÉCOLE",
            "ΟΔΟΣ Σ ΣΑ σΣ", // final sigma: the standard library's rule
            "Ǆ ǅ ǆ ẞ K Å",
            "東京 ТЕКСТ 😀 ÀB",
        ] {
            assert_eq!(lowercase(s), s.to_lowercase(), "{s}");
        }
    }

    #[test]
    fn stem_cache_follows_the_language() {
        let text = "Runners running";
        let span = [(0, text.len())];
        for _ in 0..2 {
            let (sents, vocab) = analyze(text, &span, Language::English, &mut |_| {});
            assert_eq!(stems(&sents[0], &vocab), ["runner", "run"]);
            // Dutch stems differently, and no stemmer keeps the folded words.
            let (sents, vocab) = analyze(text, &span, Language::Dutch, &mut |_| {});
            assert_eq!(stems(&sents[0], &vocab), ["runner", "running"]);
            let (sents, vocab) = analyze(text, &span, Language::Unknown, &mut |_| {});
            assert_eq!(stems(&sents[0], &vocab), ["runners", "running"]);
        }
    }

    #[test]
    fn stem_cache_is_bounded() {
        let text: String = (0..STEM_CACHE_WORDS + 10)
            .map(|i| format!("w{i:x}q "))
            .collect();
        let (sents, vocab) = analyze(&text, &[(0, text.len())], Language::English, &mut |_| {});
        assert_eq!(
            vocab.counts.len(),
            STEM_CACHE_WORDS + 10,
            "every word is a term"
        );
        assert_eq!(sents[0].terms.len(), STEM_CACHE_WORDS + 10);
        STEMS.with(|c| assert!(c.borrow().words.len() <= STEM_CACHE_WORDS));
        // The next text starts afresh.
        let (sents, _) = analyze(
            "Runners running",
            &[(0, 15)],
            Language::English,
            &mut |_| {},
        );
        assert_eq!(sents[0].terms.len(), 2);
        STEMS.with(|c| assert!(c.borrow().ids.len() <= STEM_CACHE_WORDS));
    }

    #[test]
    fn a_text_longer_than_the_cache_keeps_one_term_a_stem() {
        let mut text: String = (0..STEM_CACHE_WORDS + 10)
            .map(|i| format!("w{i:x}q "))
            .collect();
        text.insert_str(0, "floods ");
        text.push_str("flooded");
        let (sents, vocab) = analyze(&text, &[(0, text.len())], Language::English, &mut |_| {});
        let terms = &sents[0].terms;
        assert_eq!(terms.first(), terms.last(), "flood");
        assert_eq!(vocab.counts[terms[0] as usize], 2);
    }

    #[test]
    fn cjk_runs_give_character_bigrams() {
        let text = "今天天气很好";
        let (sents, vocab) = analyze(text, &[(0, text.len())], Language::Unknown, &mut |_| {});
        assert_eq!(sents[0].words, 6);
        assert_eq!(
            stems(&sents[0], &vocab),
            ["今天", "天天", "天气", "气很", "很好"]
        );
        let (sents, _) = analyze("天", &[(0, 3)], Language::Unknown, &mut |_| {});
        assert_eq!(sents[0].terms.len(), 1, "a lone character stays a term");
    }
}
