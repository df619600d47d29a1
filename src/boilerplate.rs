//! Finding the article inside a pasted web page (plain text, as a browser copies it).
//!
//! Every non-blank line is a block. A block is classified from its own features in the spirit of
//! jusText (Pomikálek, 2011): length in words, stop-word density, final punctuation, link-like
//! tokens, cue phrases of navigation, sharing, subscription, cookie, related-content and credit
//! lines, and repetition elsewhere on the page. Context then promotes short and borderline blocks
//! that sit between article blocks. The article is the densest run of prose (a maximum-sum run of
//! block scores), ended early by a related-content heading ("You May Also Like") once the article
//! has begun; the heading-like line just before it is kept as the title. Every dropped line keeps its
//! reason, so the result is explainable.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;

use crate::phrases::{Phrases, contains4};
use crate::score::CREDIT_PHRASES;
use crate::terms::{ByteClass, WordHasher, all_of, char_at, line_ranges, masked_run_len, swar};

use crate::lang::{Language, LengthFilter, WordSet};

/// Why a line was dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DropReason {
    /// Navigation, sharing, subscription, cookie or credit wording.
    Cue,
    /// Mostly links, handles, tags or separators.
    Links,
    /// The same short line appears elsewhere on the page.
    Repeated,
    /// Too short, or too few function words, to be prose.
    NotProse,
    /// Outside the densest run of prose (before the article, or after it ended).
    OutsideArticle,
}

/// The verdict on one line of the normalized text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Line {
    pub start: usize,
    pub end: usize,
    /// `None` when kept (the article's lines and its title line).
    pub dropped: Option<DropReason>,
    /// The line is known to hold no credit phrase ([`CREDIT_PHRASES`]; false when it was not
    /// searched for them).
    pub credit_free: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Class {
    Good,
    Near,
    Short,
    Bad(DropReason),
}

/// Texts with fewer non-blank lines are never cleaned.
const MIN_LINES: usize = 6;

/// Lines (lowercased, short) that are page furniture wherever they appear.
const CUES: &[&str] = &[
    "share",
    "tweet",
    "facebook",
    "twitter",
    "pinterest",
    "instagram",
    "linkedin",
    "whatsapp",
    "reddit",
    "email",
    "e-mail",
    "print",
    "subscribe",
    "sign up",
    "sign in",
    "log in",
    "login",
    "register",
    "newsletter",
    "cookie",
    "privacy",
    "terms of",
    "all rights reserved",
    "copyright",
    "©",
    "advertisement",
    "sponsored",
    "skip to",
    "search",
    "menu",
    "follow us",
    "connect with",
    "comments",
    "comment",
    "leave a reply",
    "click here",
    "read more",
    "photo:",
    "image:",
    "credit:",
    "getty images",
    "loading",
    "accept",
    "back to top",
    "download the app",
    "contact us",
    "about us",
    "jump to",
    "toggle",
    "previous",
    "next",
];

/// Wording of legal notices and cookie banners: furniture at any length.
const LONG_CUES: &[&str] = &[
    "we use cookies",
    "use of cookies",
    "cookie policy",
    "this website",
    "this site uses",
    "registered trademark",
    "trademarks of",
    "all rights reserved",
    "terms of use",
    "terms of service",
    "privacy policy",
    "your browser",
    "enable javascript",
    "unlisted",
    "log in with",
    "©",
    // Health and product disclaimers.
    "not intended to diagnose",
    "consult your physician",
    "consult your doctor before",
    "results may vary",
    "results are not typical",
    "testimonials featured",
    // Wiki maintenance notices.
    "you can help by",
    "this is a dynamic list",
    "this article needs additional citations",
    "this section needs expansion",
];

/// Wording of photo captions and credits, for lines of up to 40 words.
const CAPTION_CUES: &[&str] = &[
    "photo by",
    "photograph by",
    "(photo",
    "photo:",
    "image:",
    "credit:",
    "/ap",
    "/reuters",
    "/afp",
    "/getty",
    " / reuters",
    " / afp",
    " / ap photo",
    " / ap file",
    " / getty",
    "getty images",
    "sign up for",
    "subscribe to",
    "newsletter",
];

/// Short-line cues ([`CUES`], [`RELATED`]) count only in a line of at most this many words
/// (`classify`); a longer line's cues are looked for by [`long_line_cues`].
const SHORT_LINE_WORDS: usize = 12;

/// Whether `list` holds `w` (at compile time).
const fn listed(list: &[&str], w: &str) -> bool {
    let mut i = 0;
    while i < list.len() {
        let (a, b) = (list[i].as_bytes(), w.as_bytes());
        if a.len() == b.len() {
            let mut k = 0;
            while k < a.len() && a[k] == b[k] {
                k += 1;
            }
            if k == a.len() {
                return true;
            }
        }
        i += 1;
    }
    false
}

/// Whether `p`, one of scoring's [`CREDIT_PHRASES`], is no legal or caption cue.
const fn credit_only(p: &str) -> bool {
    !listed(LONG_CUES, p) && !listed(CAPTION_CUES, p)
}

/// How many of the credit phrases are no legal or caption cue.
const CREDIT_ONLY: usize = {
    let mut n = 0;
    let mut i = 0;
    while i < CREDIT_PHRASES.len() {
        n += credit_only(CREDIT_PHRASES[i]) as usize;
        i += 1;
    }
    n
};

/// What a line of more than [`SHORT_LINE_WORDS`] words is searched for, in one pass: the cues
/// that matter there, [`LONG_CUES`] then [`CAPTION_CUES`], and then the rest of scoring's
/// [`CREDIT_PHRASES`] (a line that holds none of them spares its sentences that search).
const LONG_LINE_CUES: [&str; LONG_CUES.len() + CAPTION_CUES.len() + CREDIT_ONLY] = {
    let mut all = [""; LONG_CUES.len() + CAPTION_CUES.len() + CREDIT_ONLY];
    let mut n = 0;
    let mut i = 0;
    while i < LONG_CUES.len() {
        all[n] = LONG_CUES[i];
        n += 1;
        i += 1;
    }
    i = 0;
    while i < CAPTION_CUES.len() {
        all[n] = CAPTION_CUES[i];
        n += 1;
        i += 1;
    }
    i = 0;
    while i < CREDIT_PHRASES.len() {
        if credit_only(CREDIT_PHRASES[i]) {
            all[n] = CREDIT_PHRASES[i];
            n += 1;
        }
        i += 1;
    }
    all
};
static LONG_LINE_PHRASES: Phrases = Phrases::new(&LONG_LINE_CUES);

/// The places in [`LONG_LINE_CUES`] (bits) of the credit phrases.
const CREDIT_BITS: u64 = {
    let mut bits = 0;
    let mut k = 0;
    while k < LONG_LINE_CUES.len() {
        if listed(CREDIT_PHRASES, LONG_LINE_CUES[k]) {
            bits |= 1 << k;
        }
        k += 1;
    }
    bits
};

/// The cue lists ([`LONG_CUE`], [`CAPTION_CUE`]) that the lowercased `lower`, a line of more than
/// [`SHORT_LINE_WORDS`] words, matches, and whether it holds a credit phrase: the lists as
/// [`CueIndex::line`] finds them, by one search of the line for all of their cues instead of a
/// lookup of each of its words (most of a news article's words are in such lines). As there, a
/// cue that starts with a letter starts a word, and a cue of one word is a whole word; neither
/// list asks more. A credit phrase counts anywhere.
fn long_line_cues(lower: &str) -> (CueMask, bool) {
    let (mut mask, mut credit) = (0, false);
    LONG_LINE_PHRASES.each_in(lower.as_bytes(), |k, at| {
        credit |= CREDIT_BITS >> k & 1 != 0;
        if k >= LONG_CUES.len() + CAPTION_CUES.len() {
            return;
        }
        let cue = LONG_LINE_CUES[k];
        let list = if k < LONG_CUES.len() {
            LONG_CUE
        } else {
            CAPTION_CUE
        };
        let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let word = cue.as_bytes()[0].is_ascii_alphanumeric();
        let whole_word = word && cue.bytes().all(|b| b.is_ascii_alphanumeric());
        if !(word && alnum(lower[..at].chars().next_back())
            || whole_word && alnum(lower[at + cue.len()..].chars().next()))
        {
            mask |= list;
        }
    });
    (mask, credit)
}

/// Headings after which a page lists other stories: the article has ended.
const RELATED: &[&str] = &[
    "you may also like",
    "you might also like",
    "related",
    "recommended",
    "read next",
    "more from",
    "more stories",
    "most popular",
    "most read",
    "trending",
    "more on this",
    "read more",
    "further reading",
    "around the web",
    "latest news",
    "top stories",
    "what to read next",
    "popular now",
    "editor's picks",
    "comments",
];

#[cfg_attr(test, derive(Debug, PartialEq))]
struct Features {
    words: usize,
    /// The cue lists the line matches, of those that can count for its length: all of them in a
    /// line of up to [`SHORT_LINE_WORDS`] words, legal wording and captions in a longer one.
    cues: CueMask,
    /// Whether the line holds a credit phrase, if it was searched for them (a longer line).
    credit: Option<bool>,
    stop_density: f64,
    terminal: bool,
    link_density: f64,
    /// Words of four letters or more, and how many of them start with a capital ("Amazon to Add
    /// 100,000 Jobs as Retail Crumbles": 5 of 5); counted only in a line that is not `terminal`
    /// (0 and 0 in one that is).
    long_words: usize,
    capitalized: usize,
    lower: String,
}

/// The tokens of a line of normalized text, whose only white space is ' ' (and of its lowercase:
/// no character lowercases to white space).
fn space_tokens(line: &str) -> SpaceTokens<'_> {
    SpaceTokens { line, pos: 0 }
}

struct SpaceTokens<'a> {
    line: &'a str,
    pos: usize,
}

impl<'a> Iterator for SpaceTokens<'a> {
    type Item = &'a str;

    // (Inlined into the loop over a line's tokens: a call a token costs more than finding it.)
    #[inline(always)]
    fn next(&mut self) -> Option<&'a str> {
        // Eight bytes at a time by masks: `split`'s `memchr` costs more on tokens this short.
        let bytes = self.line.as_bytes();
        self.pos += masked_run_len::<swar::Space>(&bytes[self.pos..]);
        let start = self.pos;
        self.pos += masked_run_len::<swar::NotSpace>(&bytes[self.pos..]);
        (self.pos > start).then(|| &self.line[start..self.pos])
    }
}

/// The features of `line`, a line of normalized text.
fn features(line: &str, stop_words: &WordSet) -> Features {
    // (In the browser's wasm, telling such lines apart made a summary 5 % slower: DESIGN.md,
    // "Speed, eighth round".)
    let ascii = if cfg!(target_arch = "wasm32") {
        line.is_ascii()
    } else {
        ascii_letters_only(line)
    };
    features_by(line, stop_words, ascii)
}

/// Whether every letter and digit of `line` is ASCII and every other character is caseless: curly
/// quotes, dashes, "£" and such. Such a line's features come out the same by the byte-wise paths
/// for ASCII: the characters beyond ASCII are neither letters nor digits, and lowercasing leaves
/// them as they are (a test checks that both ways agree). Most lines of a page or an article with
/// typographic quotes are of this kind.
fn ascii_letters_only(line: &str) -> bool {
    crate::terms::all_beyond_ascii(line, |c| {
        !c.is_alphanumeric() && c.to_lowercase().eq(std::iter::once(c))
    })
}

/// The features of `line`; `ascii`: by the byte-wise paths ([`ascii_letters_only`]).
#[cfg_attr(precis_speed, optimize(speed))]
fn features_by(line: &str, stop_words: &WordSet, ascii: bool) -> Features {
    let lower = if ascii {
        line.to_ascii_lowercase()
    } else {
        crate::terms::lowercase(line)
    };
    let last = crate::terms::trim_end(line)
        .chars()
        .rev()
        .find(|c| !matches!(c, '"' | '\'' | '”' | '’' | ')' | '»'));
    let terminal =
        last.is_some_and(|c| matches!(c, '.' | '!' | '?' | ':' | '。' | '！' | '？' | '؟' | '।'));
    let cue_index = cue_index();
    let mut tokens = 0;
    let mut words = 0;
    let mut stops = 0;
    let mut links = 0;
    let (mut long_words, mut capitalized) = (0, 0);
    // The line's own tokens, beside the lowercased ones, for capitals (an ASCII line's are at the
    // same offsets).
    let mut originals = space_tokens(if ascii { "" } else { line });
    // A token holds an address only if its line does (one search of the line, not one a token):
    // natively by the standard library's vectorized search; in the wasm, where that search is a
    // Two-Way searcher set up for each call, by comparing four bytes at each place (2 % faster
    // there, 2 % more instructions natively).
    let addresses = if cfg!(target_arch = "wasm32") {
        contains4(&lower, [b"http", b"www."])
    } else {
        lower.contains("http") || lower.contains("www.")
    };
    for t in space_tokens(&lower) {
        tokens += 1;
        let original = if ascii {
            ""
        } else {
            originals.next().unwrap_or("")
        };
        // Byte patterns rather than string comparisons (each a `memcmp` call in the wasm); most
        // tokens are ruled out by their first byte.
        let b = t.as_bytes();
        let link = (matches!(b[0], b'@' | b'#' | b'|' | 0xC2 | 0xE2)
            && matches!(b, [b'@' | b'#', ..] | [b'|'] | [0xC2, 0xBB] | [0xE2, 0x80, 0xBA])) // | » ›
            || (addresses && contains4(t, [b"http", b"www."]));
        if link {
            links += 1;
            continue;
        }
        // (In an ASCII line every token is ASCII: no token is scanned to find out.)
        let w = if ascii || t.is_ascii() {
            let b = t.as_bytes();
            let alnum = |&b: &u8| swar::AlnumByte::has(b);
            let start = b.iter().position(alnum).unwrap_or(b.len());
            let end = b.iter().rposition(alnum).map_or(start, |i| i + 1);
            &t[start..end]
        } else {
            t.trim_matches(|c: char| !c.is_alphanumeric())
        };
        if w.is_empty() {
            continue;
        }
        // Scripts without spaces: about two characters a word.
        let ideographs = if ascii || w.is_ascii() {
            0
        } else {
            w.chars()
                .filter(|&c| crate::terms::is_ideographic(c))
                .count()
        };
        words += 1 + ideographs / 2;
        if stop_words.contains(w) {
            stops += 1;
        }
        // (Only a line without final punctuation can be a headline.)
        let long = !terminal
            && if ascii || w.is_ascii() {
                // (`w` is lowercased: its ASCII letters are lowercase.)
                w.len() >= 4 && all_of::<swar::LowerLetter>(w.as_bytes())
            } else {
                w.chars().count() >= 4 && w.chars().all(char::is_alphabetic)
            };
        if long {
            long_words += 1;
            let upper = if ascii {
                // The word's first letter, at the same place in the line as in its lowercase.
                let at = w.as_ptr() as usize - lower.as_ptr() as usize;
                line.as_bytes()[at].is_ascii_uppercase()
            } else if original.is_ascii() {
                original
                    .bytes()
                    .find(u8::is_ascii_alphanumeric)
                    .is_some_and(|b| b.is_ascii_uppercase())
            } else {
                original
                    .trim_start_matches(|c: char| !c.is_alphanumeric())
                    .starts_with(char::is_uppercase)
            };
            capitalized += usize::from(upper);
        }
    }
    // The cue lists that can matter for a line of this length (`classify`).
    let (cues, credit) = if words <= SHORT_LINE_WORDS {
        (cue_index.line(&lower), None)
    } else {
        let (cues, credit) = long_line_cues(&lower);
        (cues, Some(credit))
    };
    Features {
        words,
        cues,
        credit,
        stop_density: if words > 0 {
            stops as f64 / words as f64
        } else {
            0.0
        },
        terminal,
        link_density: if tokens == 0 {
            0.0
        } else {
            links as f64 / tokens as f64
        },
        long_words,
        capitalized,
        lower,
    }
}

/// Which cue lists a line matches (bits: [`CUE`], [`LONG_CUE`], [`CAPTION_CUE`], [`RELATED_CUE`]).
type CueMask = u8;
const CUE: CueMask = 1;
const LONG_CUE: CueMask = 2;
const CAPTION_CUE: CueMask = 4;
const RELATED_CUE: CueMask = 8;

type Cue = (&'static str, CueMask);

/// Every cue phrase, indexed by its first word, so a line is scanned once for its words instead of
/// once per cue.
struct CueIndex {
    /// First word -> (cue, its list).
    by_first_word: HashMap<&'static str, Vec<Cue>, BuildHasherDefault<WordHasher>>,
    /// The first words, by first byte and length: most words of a line are ruled out without a
    /// lookup.
    first_words: LengthFilter,
    /// Cues that start with a symbol or a space ("©", "/ap", "(photo", " / reuters"), with the
    /// offset of their first symbol (`SYMBOLS`): looked for where the line has that symbol.
    others: Vec<(&'static str, CueMask, usize)>,
}

fn cue_index() -> &'static CueIndex {
    static INDEX: std::sync::OnceLock<CueIndex> = std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = CueIndex {
            by_first_word: HashMap::default(),
            first_words: LengthFilter::default(),
            others: Vec::new(),
        };
        for (list, mask) in [
            (CUES, CUE),
            (LONG_CUES, LONG_CUE),
            (CAPTION_CUES, CAPTION_CUE),
            (RELATED, RELATED_CUE),
        ] {
            for &c in list {
                match c
                    .split(|ch: char| !ch.is_alphanumeric())
                    .next()
                    .filter(|w| !w.is_empty() && c.starts_with(*w))
                {
                    Some(first) => {
                        index.first_words.add(first);
                        index
                            .by_first_word
                            .entry(first)
                            .or_default()
                            .push((c, mask));
                    }
                    None => {
                        let symbol = c.find(SYMBOLS).expect("a cue starting with a symbol");
                        index.others.push((c, mask, symbol));
                    }
                }
            }
        }
        index
    })
}

/// The symbols in the cues that do not start with a word.
const SYMBOLS: [char; 3] = ['/', '(', '©'];

/// The cues found so far in a line, and whether it holds a symbol that starts a cue.
#[derive(Default)]
struct CueScan {
    mask: CueMask,
    symbol: bool,
}

/// Whether a cue of list `mask` ending at byte `end` of `lower` ends a word there, where it must
/// (short-line cues and related-content headings stand as whole words; legal and caption wording
/// may end inside a word).
fn cue_ends(lower: &str, end: usize, mask: CueMask) -> bool {
    mask & (CUE | RELATED_CUE) == 0
        || !char_at(lower, end).is_some_and(|(c, _)| c.is_alphanumeric())
}

impl CueIndex {
    /// Looks at the words (runs of letters and digits) of `token`, which starts at byte `offset` of
    /// the lowercased line: every cue but those starting with a symbol begins at the start of a
    /// word, so each word is checked against the cues it can begin, in place, instead of searching
    /// the line for each cue.
    #[cfg_attr(precis_speed, optimize(speed))]
    fn scan(&self, lower: &str, offset: usize, token: &str, scan: &mut CueScan) {
        let bytes = token.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let start = i;
            loop {
                // (The token is followed by a space or the line's end: its line's bytes serve.)
                i += masked_run_len::<swar::AlnumByte>(&lower.as_bytes()[offset + i..])
                    .min(bytes.len() - i);
                match char_at(token, i) {
                    Some((c, len)) if len > 1 && c.is_alphanumeric() => i += len,
                    _ => break,
                }
            }
            if i > start {
                self.word(lower, offset + start, offset + i, &mut scan.mask);
            } else {
                scan.symbol |= matches!(bytes[i..], [b'/' | b'(', ..] | [0xC2, 0xA9, ..]);
                i += char_at(token, i).map_or(1, |(_, len)| len);
            }
        }
    }

    fn word(&self, lower: &str, start: usize, end: usize, mask: &mut CueMask) {
        let w = &lower[start..end];
        if !self.first_words.may_hold(w) {
            return;
        }
        if let Some(cands) = self.by_first_word.get(w) {
            for &(c, m) in cands {
                if *mask & m == 0
                    && lower[start..].starts_with(c)
                    && cue_ends(lower, start + c.len(), m)
                {
                    *mask |= m;
                }
            }
        }
    }

    /// Every cue list that the lowercased line `lower` matches, word by word.
    fn line(&self, lower: &str) -> CueMask {
        let mut scan = CueScan::default();
        for t in space_tokens(lower) {
            let offset = t.as_ptr() as usize - lower.as_ptr() as usize;
            self.scan(lower, offset, t, &mut scan);
        }
        self.finish(lower, scan)
    }

    /// The cue lists that the scanned line `lower` matches: those of its words, and the cues that
    /// start with a symbol, looked for at each of its symbols if it holds one.
    fn finish(&self, lower: &str, scan: CueScan) -> CueMask {
        let mut mask = scan.mask;
        if scan.symbol {
            let b = lower.as_bytes();
            for p in 0..b.len() {
                if !matches!(b[p], b'/' | b'(' | 0xC2) {
                    continue;
                }
                for &(c, m, symbol) in &self.others {
                    let Some(start) = p.checked_sub(symbol) else {
                        continue;
                    };
                    // A cue starts with an ASCII byte or a lead byte: where its bytes are, a
                    // character starts.
                    if mask & m == 0
                        && b[start..].starts_with(c.as_bytes())
                        && (m & (CUE | RELATED_CUE) == 0
                            || !lower[..start]
                                .chars()
                                .next_back()
                                .is_some_and(char::is_alphanumeric)
                                && cue_ends(lower, start + c.len(), m))
                    {
                        mask |= m;
                    }
                }
            }
        }
        mask
    }
}

/// A caption with its agency at the end: "A cargo ship leaves port, on Aug. 31, 2019. (AP)".
fn agency_last(f: &Features) -> bool {
    let end = crate::terms::trim_end(&f.lower);
    [
        "(ap)",
        "(reuters)",
        "(afp)",
        "(getty images)",
        "(getty)",
        "(epa)",
    ]
    .iter()
    .any(|a| end.ends_with(a))
}

/// A photo credit: caption wording, a short "Credit…"/"Photo…" line, or a short "Name/Agency" line.
fn is_credit(f: &Features) -> bool {
    let starts = ["credit", "photo", "image", "source", "foto", "bild"];
    // "Credit..." (NYT) ends in an ellipsis, not a sentence.
    let short = f.words <= 8 && (!f.terminal || f.lower.ends_with("...") || f.lower.ends_with('…'));
    (f.words <= 40 && (f.cues & CAPTION_CUE != 0 || agency_last(f)))
        || (short && starts.iter().any(|s| f.lower.starts_with(s)))
        || (short && f.lower.contains('/') && !f.lower.contains("http") && !f.lower.contains(" / "))
}

/// A sentence ends inside `lower`: a word of three letters or more, a full stop, a space and a
/// letter ("…fuelled the crisis. it is…"). Abbreviations ("u.s. troops", "dr. smith") do not count.
fn has_sentence_break(lower: &str) -> bool {
    lower.match_indices(". ").any(|(i, _)| {
        lower[..i]
            .chars()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .count()
            >= 3
            && lower[i + 2..].starts_with(char::is_alphabetic)
    })
}

/// The heading of a comment section: "34 responses to “…”", "12 comments on …".
fn is_comments_heading(f: &Features) -> bool {
    if !f.lower.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let mut words = f.lower.split_whitespace();
    let count = words
        .next()
        .is_some_and(|w| w.bytes().all(|b| b.is_ascii_digit()));
    let noun = words.next().is_some_and(|w| {
        [
            "responses",
            "comments",
            "replies",
            "thoughts",
            "response",
            "comment",
            "reply",
        ]
        .contains(&w)
    });
    count && noun && words.next().is_some_and(|w| w == "to" || w == "on")
}

/// "By Jane Doe", "Written by …".
fn is_byline(f: &Features) -> bool {
    f.words <= 15 && (f.lower.starts_with("by ") || f.lower.starts_with("written by"))
}

/// A short line with a date: a year and an English month ("Nov 13, 2019 4:26 pm", "PUBLISHED:
/// 00:01, Tue, Nov 19, 2019"), or a numeric date ("2019-11-20", "20.11.2019").
fn is_dateline(f: &Features) -> bool {
    if f.words > 14 || f.terminal {
        return false;
    }
    let (mut year, mut month, mut numeric) = (false, false, false);
    for w in f
        .lower
        .split(|c: char| !c.is_alphanumeric() && c != '-' && c != '.' && c != '/')
    {
        // "2019-11-20", "20.11.2019", "11/20/2019": three groups of digits, one of four.
        let groups = w.split(['-', '.', '/']);
        numeric |= groups.clone().count() == 3
            && groups.clone().any(|g| g.len() == 4)
            && groups
                .clone()
                .all(|g| (1..=4).contains(&g.len()) && g.bytes().all(|b| b.is_ascii_digit()));
        for w in w.split(['-', '.', '/']) {
            year |= w.len() == 4
                && (w.starts_with("19") || w.starts_with("20"))
                && w.bytes().all(|b| b.is_ascii_digit());
            // An English month, or the first three letters of one.
            month |= matches!(
                w,
                "january"
                    | "february"
                    | "march"
                    | "april"
                    | "may"
                    | "june"
                    | "july"
                    | "august"
                    | "september"
                    | "october"
                    | "november"
                    | "december"
                    | "sept"
                    | "jan"
                    | "feb"
                    | "mar"
                    | "apr"
                    | "jun"
                    | "jul"
                    | "aug"
                    | "sep"
                    | "oct"
                    | "nov"
                    | "dec"
            );
        }
    }
    (year && month) || numeric
}

/// How many ellipses `text` holds: "..." (counted without overlap) and "…".
fn ellipses(text: &str) -> usize {
    let b = text.as_bytes();
    // Most lines hold neither: natively, one pass over eight bytes at a time rules them out for
    // less than the byte loop below. In the browser's wasm the pass made a summary 5 % slower
    // (DESIGN.md, "Speed, eighth round").
    if cfg!(not(target_arch = "wasm32")) && !may_hold_ellipsis(b) {
        return 0;
    }
    let (mut i, mut n) = (0, 0);
    // Jump from one '.' or lead byte of '…' to the next.
    while let Some(k) = b[i..].iter().position(|&c| c == b'.' || c == 0xE2) {
        i += k;
        if b[i..].starts_with(b"...") || b[i..].starts_with("…".as_bytes()) {
            n += 1;
            i += 3;
        } else {
            i += 1;
        }
    }
    n
}

/// Whether `b` may hold an ellipsis: two dots in a row, or a byte 0xA6 (the last of '…'; of a few
/// other characters too). Eight bytes at a time, without a branch.
fn may_hold_ellipsis(b: &[u8]) -> bool {
    // The high bit of each byte that follows a dot (the last byte of the previous eight first).
    let (mut after_dot, mut found) = (0, 0);
    let mut chunks = b.chunks_exact(8);
    for c in &mut chunks {
        let x = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
        ellipsis_step(x, &mut after_dot, &mut found);
    }
    // The last bytes, zero after them (a byte loop: copying a few bytes is a call to `memcpy`).
    let mut last = 0;
    for (i, &byte) in chunks.remainder().iter().enumerate() {
        last |= u64::from(byte) << (8 * i);
    }
    ellipsis_step(last, &mut after_dot, &mut found);
    found != 0
}

/// [`may_hold_ellipsis`] for eight bytes `x`.
#[inline(always)]
fn ellipsis_step(x: u64, after_dot: &mut u64, found: &mut u64) {
    let dots = swar::equal(x, b'.');
    *found |= dots & (dots << 8 | *after_dot) | swar::equal(x, 0xA6);
    *after_dot = dots >> 56;
}

fn classify(f: &Features, repeated: bool, with_stop_words: bool) -> Class {
    let byline = is_byline(f);
    // Gallery captions: "1of4", "2 of 12" before the description.
    let gallery = {
        let rest = f.lower.trim_start_matches(|c: char| c.is_ascii_digit());
        rest.len() < f.lower.len()
            && rest.trim_start().starts_with("of")
            && rest.trim_start()[2..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit())
    };
    let caption = f.words <= 40 && (f.cues & CAPTION_CUE != 0 || agency_last(f));
    // A comment's header: "thelastchargersfan says:".
    let commenter = f.words <= 5 && f.lower.trim_end().ends_with(" says:");
    // Teasers run together, each cut off with an ellipsis: "…has its days numbered.... SC asks…".
    let teasers = ellipses(&f.lower) >= 3;
    // A hatnote: "For matrices with symmetry over the real number field, see symmetric matrix."
    let hatnote = f.words <= 25
        && f.lower.starts_with("for ")
        && f.lower
            .split_once(", see ")
            .is_some_and(|(_, what)| what.split_whitespace().count() <= 6);
    if (f.words <= SHORT_LINE_WORDS && f.cues & CUE != 0)
        || f.cues & LONG_CUE != 0
        || byline
        || gallery
        || caption
        || hatnote
        || commenter
        || teasers
    {
        return Class::Bad(DropReason::Cue);
    }
    if f.link_density > 0.3 {
        return Class::Bad(DropReason::Links);
    }
    if repeated && f.words <= 15 {
        return Class::Bad(DropReason::Repeated);
    }
    // Languages without a stop-word list are judged on length and punctuation alone.
    let prose = !with_stop_words || f.stop_density >= 0.25;
    let some_prose = !with_stop_words || f.stop_density >= 0.12;
    if f.words >= 12 && prose && (f.terminal || f.words >= 30) {
        Class::Good
    } else if f.words >= 5 && some_prose {
        Class::Near
    } else {
        Class::Short
    }
}

/// Classifies every non-blank line of the normalized `text`.
pub(crate) fn find_article(text: &str, lang: Language) -> Vec<Line> {
    let mut spans = Vec::new();
    for range in line_ranges(text) {
        let line = &text[range.clone()];
        let trimmed = crate::terms::trimmed_range(line);
        if !trimmed.is_empty() {
            spans.push((range.start + trimmed.start, range.start + trimmed.end));
        }
    }
    let keep_all = |spans: &[(usize, usize)]| -> Vec<Line> {
        spans
            .iter()
            .map(|&(s, e)| Line {
                start: s,
                end: e,
                dropped: None,
                credit_free: false,
            })
            .collect()
    };
    // A few lines are a text someone wrote or chose, not a page: nothing to clean.
    if spans.len() < MIN_LINES {
        return keep_all(&spans);
    }
    // Lines that come back elsewhere on the page (hashed once each: the first line of each text
    // and whether it repeats).
    let mut first_of: HashMap<&str, usize, BuildHasherDefault<WordHasher>> =
        HashMap::with_capacity_and_hasher(spans.len(), BuildHasherDefault::default());
    let mut repeated = vec![false; spans.len()];
    for (i, &(s, e)) in spans.iter().enumerate() {
        let first = *first_of.entry(&text[s..e]).or_insert(i);
        if first != i {
            repeated[first] = true;
            repeated[i] = true;
        }
    }
    let with_stop_words = lang != Language::Unknown;
    let stops = lang.stopword_set();
    let feats: Vec<Features> = spans
        .iter()
        .map(|&(s, e)| features(&text[s..e], stops))
        .collect();
    let mut classes: Vec<Class> = feats
        .iter()
        .zip(&repeated)
        .map(|(f, &repeated)| classify(f, repeated, with_stop_words))
        .collect();

    // A caption often comes in two lines: the description, then the credit. The short line next to
    // a credit is the description.
    let n = classes.len();
    let credit: Vec<bool> = feats.iter().map(is_credit).collect();
    for i in 0..n {
        let beside_credit = (i > 0 && credit[i - 1]) || (i + 1 < n && credit[i + 1]);
        if beside_credit
            && !credit[i]
            && feats[i].words <= 40
            && !matches!(classes[i], Class::Bad(_))
        {
            classes[i] = Class::Bad(DropReason::Cue);
        }
    }

    // Headlines listed one per line ("Amazon to Add 100,000 Jobs as Retail Crumbles"): three or
    // more Title Case lines in a row without final punctuation are links to other stories.
    let headline = |f: &Features| {
        !f.terminal && f.words >= 4 && f.long_words >= 2 && f.capitalized * 4 >= f.long_words * 3
    };
    let mut i = 0;
    while i < n {
        let run = feats[i..].iter().take_while(|f| headline(f)).count();
        if run >= 3 {
            for c in &mut classes[i..i + run] {
                if !matches!(c, Class::Bad(_)) {
                    *c = Class::Bad(DropReason::Links);
                }
            }
        }
        i += run.max(1);
    }

    // Context: borderline blocks next to article blocks are article blocks.
    for _ in 0..2 {
        let snapshot = classes.clone();
        for i in 0..n {
            let prev = (0..i)
                .rev()
                .map(|j| snapshot[j])
                .find(|c| !matches!(c, Class::Short));
            let next = (i + 1..n)
                .map(|j| snapshot[j])
                .find(|c| !matches!(c, Class::Short));
            let good_prev = prev == Some(Class::Good);
            let good_next = next == Some(Class::Good);
            classes[i] = match snapshot[i] {
                Class::Near if good_prev || good_next => Class::Good,
                Class::Short if good_prev && good_next => Class::Near,
                c => c,
            };
        }
    }

    // The densest run of prose: maximum-sum run of block weights.
    let weight = |c: Class, f: &Features| -> f64 {
        match c {
            Class::Good => f.words as f64,
            Class::Near => f.words as f64 * 0.5,
            Class::Short => -(f.words.clamp(1, 8) as f64),
            Class::Bad(_) => -(f.words.clamp(3, 20) as f64),
        }
    };
    let (mut best, mut best_range) = (0.0, None);
    let (mut sum, mut start) = (0.0, 0);
    for i in 0..n {
        if sum <= 0.0 {
            sum = 0.0;
            start = i;
        }
        sum += weight(classes[i], &feats[i]);
        if sum > best {
            best = sum;
            best_range = Some((start, i));
        }
    }
    let Some((run_start, mut last)) = best_range else {
        return keep_all(&spans);
    };
    // The body starts with two article blocks in a row (subheadings between them aside): a lone
    // block before it, cut off by a byline, a date or a credit, is a standfirst or a caption.
    let mut first = (run_start..=last)
        .find(|&i| {
            classes[i] == Class::Good
                && (i + 1..=last)
                    .find(|&j| classes[j] != Class::Short)
                    .is_none_or(|j| classes[j] == Class::Good)
        })
        .unwrap_or(run_start);
    // A related-content heading ends the article once some of it has been read, unless most of the
    // article's prose still follows: then it heads a box of links inside the article, and only its
    // furniture goes. The heading of a comment section ends it in any case.
    let good_words = |i: usize| match classes[i] {
        Class::Good => feats[i].words,
        _ => 0,
    };
    let mut seen_words = 0;
    let mut inline_boxes = Vec::new();
    for (i, f) in feats.iter().enumerate().take(last + 1).skip(first) {
        seen_words += good_words(i);
        if seen_words >= 40
            && i > first
            && (f.words <= 6 && f.cues & RELATED_CUE != 0 || is_comments_heading(f))
        {
            let rest: usize = (i + 1..=last).map(good_words).sum();
            if is_comments_heading(f) || rest < 150 || rest < 2 * seen_words {
                last = i - 1;
                break;
            }
            inline_boxes.push(i);
        }
    }
    for i in inline_boxes {
        classes[i] = Class::Bad(DropReason::Cue);
    }
    // A byline or a dateline near the top comes between the headline and the body: the few prose
    // lines above it are the standfirst (the deck), a caption or a promotion, not the body.
    if let Some(b) =
        (first + 1..=last.min(first + 8)).find(|&i| is_byline(&feats[i]) || is_dateline(&feats[i]))
    {
        let prose_above = (first..b).filter(|&i| matches!(classes[i], Class::Good | Class::Near));
        let words_above: usize = prose_above.clone().map(|i| feats[i].words).sum();
        let body_below = (b + 1..=last)
            .filter(|&i| classes[i] == Class::Good)
            .count();
        if prose_above.count() <= 4 && words_above <= 90 && body_below >= 3 {
            first = b + 1;
        }
    }
    // The title: a heading-like line (3 to 20 words, no final full stop, not a date) just before
    // the article.
    let title = (run_start.saturating_sub(3)..first).rev().find(|&i| {
        (3..=20).contains(&feats[i].words)
            && !feats[i].terminal
            && !matches!(classes[i], Class::Bad(_))
            && !is_dateline(&feats[i])
            && !has_sentence_break(&feats[i].lower)
    });

    spans
        .iter()
        .enumerate()
        .map(|(i, &(s, e))| {
            let inside = i >= first && i <= last;
            let dropped = if Some(i) == title {
                None
            } else if !inside {
                Some(match classes[i] {
                    Class::Bad(r) => r,
                    _ => DropReason::OutsideArticle,
                })
            } else {
                // Inside the article only furniture goes; short lines (subheadings) stay.
                match classes[i] {
                    Class::Bad(r) => Some(r),
                    _ => None,
                }
            };
            Line {
                start: s,
                end: e,
                dropped,
                credit_free: feats[i].credit == Some(false),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn english() -> &'static WordSet {
        Language::English.stopword_set()
    }

    #[test]
    fn ellipses_are_counted_without_overlap() {
        for (text, n) in [
            ("", 0),
            ("a. b. c.", 0),
            ("wait... what… and.. so", 2),
            ("....", 1),
            ("......", 2),
            ("0123456.. 89", 0),
            ("0123456...89", 1),
            ("01234567...", 1),
            ("…", 1),
            ("¦ Ħ", 0),
        ] {
            assert_eq!(ellipses(text), n, "{text}");
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// The quick test never rules out a text that holds an ellipsis.
        #[test]
        fn texts_with_ellipses_may_hold_them(text in "([a-z .…¦]|\\.\\.){0,40}") {
            let dots = text.contains("..") || text.contains('…');
            proptest::prop_assert!(!dots || may_hold_ellipsis(text.as_bytes()));
        }
    }

    #[test]
    fn lines_with_typographic_punctuation_take_the_ascii_path() {
        for line in ["“Don’t,” she said – twice…", "£5 © AP", "plain"] {
            assert!(ascii_letters_only(line), "{line}");
        }
        for line in ["Café", "中文", "ΣΑΣ", "Ⓐ circled"] {
            assert!(!ascii_letters_only(line), "{line}");
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// Where `ascii_letters_only` sends a line down the byte-wise paths, its features are the
        /// ones the general paths give.
        #[test]
        fn ascii_paths_agree_beside_typographic_punctuation(
            line in "([a-zA-Z0-9 '.:,;!?/()@#|\"\\-]|[“”‘’–—£…©»é中]|the |Share |Getty Images|http://x.y ){0,30}"
        ) {
            if ascii_letters_only(&line) {
                proptest::prop_assert_eq!(
                    features_by(&line, english(), true),
                    features_by(&line, english(), false)
                );
            }
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// The one search of a long line finds the lists that matter there as the word-by-word
        /// scan does, and the credit phrases as scoring's search does.
        #[test]
        fn long_lines_find_the_cues_the_scan_finds(
            line in "([a-z0-9 ':,()/\\-]|[“”’–©éü中]|this |photo|getty images|all rights reserved|unlisted|unlistedness|enable javascript|we use cookies| / reuters|/ap|\\(photo|credit:|consult your doctor before|results may vary|read more|subscribe|image caption|copyright){0,40}"
        ) {
            let lower = crate::terms::lowercase(&line);
            let (cues, credit) = long_line_cues(&lower);
            proptest::prop_assert_eq!(cues, cue_index().line(&lower) & (LONG_CUE | CAPTION_CUE));
            // And the credit phrases as scoring looks for them.
            let credits = crate::phrases::Phrases::new(CREDIT_PHRASES);
            proptest::prop_assert_eq!(credit, credits.in_text(&lower));
        }
    }

    #[test]
    fn long_lines_keep_the_cues_that_matter_there() {
        let filler = "one two three four five six seven eight nine ten eleven twelve";
        // (line, cue lists, a credit phrase)
        for (line, mask, credit) in [
            ("Share this story", 0, true), // a short-line cue; "share this" credits
            ("All rights reserved", LONG_CUE, true),
            ("Photo by Jane Doe", CAPTION_CUE, false),
            ("Photograph by Jane", CAPTION_CUE, false),
            ("A crane at work. Jane Doe / Reuters", CAPTION_CUE, false),
            ("Unlisted", LONG_CUE, false),
            ("Unlistedness", 0, false),
            ("Nonunlisted", 0, false),
            ("Please enable JavaScripting", LONG_CUE, false),
            ("Text ©2024", LONG_CUE, true),
            ("Unsubscribed readers", 0, true), // a credit phrase counts anywhere
        ] {
            let line = format!("{filler} {line}");
            let f = features(&line, english());
            assert!(f.words > SHORT_LINE_WORDS, "{line}");
            assert_eq!(f.cues, mask, "{line}");
            assert_eq!(f.credit, Some(credit), "{line}");
        }
    }

    #[test]
    fn cues_are_found_where_their_words_start() {
        let cases = [
            ("Share this story", CUE),
            ("Sharing the load", 0), // a short-line cue is a whole word
            ("Ünïcödé — Sign up", CUE),
            ("Sign upstairs", 0),
            ("We use cookies to improve it.", LONG_CUE),
            ("Consult your doctor before starting.", LONG_CUE),
            ("Consult your doctors before", 0),
            ("Please enable JavaScripting", LONG_CUE), // legal wording may end inside a word
            ("Photo by Jane Doe", CAPTION_CUE),
            ("A crane at work (Photo: Jane Doe)", CUE | CAPTION_CUE),
            ("You may also like", RELATED_CUE),
            ("Text © 2024 Example", CUE | LONG_CUE),
            ("A ship in port. Photo: AP/Reuters", CUE | CAPTION_CUE),
            ("Nothing to see here.", 0),
            ("A crane at work. Jane Doe/AP", CAPTION_CUE),
            ("A crane at work. Jane Doe / Reuters", CAPTION_CUE),
            ("Made by us ©2024", LONG_CUE), // "©" is a short-line cue only as a word of its own
            ("Made by us © 2024", CUE | LONG_CUE),
            ("(CNN) A crane at work/play", 0),
        ];
        for (line, mask) in cases {
            assert_eq!(features(line, english()).cues, mask, "{line}");
        }
    }

    #[test]
    fn seed_page_keeps_the_article_and_its_title() {
        let page = include_str!("../tests/fixtures/seed-nato-page.txt");
        let lines = find_article(page, Language::English);
        let kept: Vec<&str> = lines
            .iter()
            .filter(|l| l.dropped.is_none())
            .map(|l| &page[l.start..l.end])
            .collect();
        assert_eq!(
            kept.first().copied(),
            Some("NATO allies urge Russia to withdraw forces from Ukrainian border")
        );
        assert!(
            kept.iter()
                .any(|l| l.starts_with("“We are ready for meaningful dialogue"))
        );
        for furniture in [
            "Connect with us",
            "Hi, what are you looking for?",
            "You May Also Like",
            "TOP news",
        ] {
            assert!(!kept.contains(&furniture), "{furniture} kept");
        }
        assert!(
            !kept
                .iter()
                .any(|l| l.starts_with("Former President Donald Trump")),
            "teaser kept"
        );
        let reasons: Vec<DropReason> = lines.iter().filter_map(|l| l.dropped).collect();
        assert!(reasons.contains(&DropReason::Cue));
    }

    #[test]
    fn gallery_captions_are_furniture() {
        let f = features(
            "1of4Grass Valley's Dionicio Torres looks at the gas can selection.",
            english(),
        );
        assert_eq!(classify(&f, false, true), Class::Bad(DropReason::Cue));
        let f = features(
            "10 of 12 people agreed that the plan was good for the town and its schools.",
            english(),
        );
        assert_eq!(classify(&f, false, true), Class::Bad(DropReason::Cue));
        let f = features(
            "Often the people of the town agreed that the plan was good for its schools.",
            english(),
        );
        assert_ne!(classify(&f, false, true), Class::Bad(DropReason::Cue));
    }

    /// Kept lines of `page`.
    fn kept_lines(page: &str) -> Vec<&str> {
        find_article(page, Language::English)
            .iter()
            .filter(|l| l.dropped.is_none())
            .map(|l| &page[l.start..l.end])
            .collect()
    }

    const NAV: &str = "Home\nNews\nSport\nWeather\nSearch\nMenu\n";
    const BODY: [&str; 4] = [
        "The council voted on Monday to close the old bridge for repairs that will take most of the year, and the mayor said the work could not wait any longer.",
        "Engineers found cracks in two of the supports last spring, and a report to the council said that heavy lorries should stop using the bridge at once.",
        "Shops on both sides of the river say they will lose customers while the bridge is closed, and they asked the council for help with their rents.",
        "The council said it would run a free bus between the two banks every ten minutes and that the bridge should open again before the winter.",
    ];

    #[test]
    fn a_standfirst_above_the_byline_or_date_is_not_the_body() {
        let deck =
            "The town will lose its main crossing for most of the year while the work is done.";
        for by in [
            "By Jane Doe",
            "Nov 13, 2019 4:26 pm",
            "Published 2019-11-13",
        ] {
            let page = format!(
                "{NAV}Old bridge to close for a year\n{deck}\n{by}\n{}\nContact us\n",
                BODY.join("\n")
            );
            let kept = kept_lines(&page);
            assert!(!kept.contains(&deck), "{by}: {kept:?}");
            assert!(
                kept.contains(&"Old bridge to close for a year"),
                "{by}: title {kept:?}"
            );
            assert!(BODY.iter().all(|b| kept.contains(b)), "{by}: body");
        }
        // Without a byline or date the first paragraph is the body's.
        let page = format!(
            "{NAV}Old bridge to close for a year\n{}\nContact us\n",
            BODY.join("\n")
        );
        assert!(BODY.iter().all(|b| kept_lines(&page).contains(b)));
    }

    #[test]
    fn a_related_box_inside_the_article_does_not_end_it() {
        let more = BODY.map(|b| b.replace("council", "town board"));
        let page = format!(
            "{NAV}Old bridge to close for a year\n{}\nRelated articles\nBus fares to rise\nNew school opens\n{}\n{}\nContact us\n",
            BODY[..2].join("\n"),
            BODY[2..].join("\n"),
            more.join("\n"),
        );
        let kept = kept_lines(&page);
        assert!(more.iter().all(|b| kept.contains(&b.as_str())), "{kept:?}");
        assert!(!kept.contains(&"Related articles"));
        // At the end, the same heading ends the article: the teasers after it are not kept.
        let page = format!(
            "{NAV}Old bridge to close for a year\n{}\nRelated articles\nBus fares to rise as the council looks for money to pay for the new bridge works.\nContact us\n",
            BODY.join("\n")
        );
        assert!(!kept_lines(&page).iter().any(|l| l.starts_with("Bus fares")));
    }

    #[test]
    fn captions_hatnotes_and_disclaimers_are_furniture() {
        for line in [
            "An MSC cargo ship leaves PortMiami, on Aug. 31, 2019. (AP)",
            "For matrices with symmetry over the real number field, see symmetric matrix.",
            "These products are not intended to diagnose, treat, cure, or prevent any disease.",
            "You can help by adding missing items with reliable sources.",
        ] {
            let f = features(line, english());
            assert_eq!(
                classify(&f, false, true),
                Class::Bad(DropReason::Cue),
                "{line}"
            );
        }
        for line in [
            "WASHINGTON (AP) — The Senate voted on Tuesday to pass the budget after a long night.",
            "For the families, see how the bridge changed their lives over the years, the mayor said.",
        ] {
            let f = features(line, english());
            assert_ne!(
                classify(&f, false, true),
                Class::Bad(DropReason::Cue),
                "{line}"
            );
        }
    }

    #[test]
    fn comments_teasers_and_headline_lists_are_not_the_article() {
        let comments = format!(
            "{NAV}Old bridge to close for a year\n{}\n34 responses to “Old bridge to close”\nriverfan says:\nNovember 19, 2019 at 6:34 am\nIt is a good thing that we have a ferry, because this bridge has been a disaster for years.\n",
            BODY.join("\n")
        );
        let kept = kept_lines(&comments);
        assert!(BODY.iter().all(|b| kept.contains(b)));
        assert!(
            !kept.iter().any(|l| l.starts_with("It is a good thing")),
            "{kept:?}"
        );

        let teasers = "Cleric says the government's days are numbered.... Court asks the state for a law on the temple... Party asks the minister to explain the bonds...";
        assert_eq!(
            classify(&features(teasers, english()), false, true),
            Class::Bad(DropReason::Cue)
        );

        let headlines = [
            "Amazon to Add 100,000 Jobs as Bricks-and-Mortar Retail Crumbles",
            "After 26 Days at Sea, Missing Father and Daughter Arrive in Australia",
            "South Korea’s Blacklist of Artists Adds to Outrage Over Presidential Scandal",
        ];
        let page = format!(
            "{NAV}Old bridge to close for a year\n{}\n{}\nContact us\n",
            BODY.join("\n"),
            headlines.join("\n")
        );
        let lines = find_article(&page, Language::English);
        for h in headlines {
            let line = lines.iter().find(|l| &page[l.start..l.end] == h).unwrap();
            assert_eq!(line.dropped, Some(DropReason::Links), "{h}");
        }
        // One Title Case subheading inside an article stays.
        let page = format!(
            "{NAV}Old bridge to close for a year\n{}\nWhy the Repairs Matter to Drivers\n{}\nContact us\n",
            BODY[..2].join("\n"),
            BODY[2..].join("\n")
        );
        assert!(kept_lines(&page).contains(&"Why the Repairs Matter to Drivers"));
    }

    #[test]
    fn datelines() {
        for line in [
            "Nov 13, 2019 4:26 pm",
            "PUBLISHED: 00:01, Tue, Nov 19, 2019",
            "20.11.2019",
            "Updated September 3, 2021",
        ] {
            assert!(is_dateline(&features(line, english())), "{line}");
        }
        for line in [
            "It may rain in 2019.",
            "Top 10 films of 2017",
            "Call 555-1234",
        ] {
            assert!(!is_dateline(&features(line, english())), "{line}");
        }
    }

    #[test]
    fn clean_article_is_kept_whole() {
        let text = include_str!("../tests/fixtures/cnn-sailor.txt");
        let lines = find_article(text, Language::English);
        let dropped = lines.iter().filter(|l| l.dropped.is_some()).count();
        assert!(
            dropped * 10 <= lines.len(),
            "{dropped} of {} lines dropped",
            lines.len()
        );
    }
}
