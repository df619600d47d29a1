//! Sentence segmentation over normalized text (see `clean`).
//!
//! The text is cut into paragraphs at blank lines and into units at the remaining line breaks, so
//! a line without final punctuation (a headline, a caption, a menu item) is a unit of its own and
//! never glued to the next sentence. Inside a unit, a rule-based scanner looks at each candidate
//! terminal (`.`, `!`, `?`, `…`, and the terminals of other scripts) with its context: the word
//! before (abbreviations, initials, numbers, URLs, e-mail addresses), the closing quotes and
//! brackets after it, and the next word (its case, whether it is a common sentence opener).
//! List items (`1.`, `2)`, `a.`, bullets) start new sentences. The rules follow the English
//! "Golden Rules" (pragmatic_segmenter) and are checked against them in the tests.

use crate::lang::Language;
use crate::terms::{line_ranges, masked_run_len, swar};

/// One sentence (or unit) found in the normalized text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Span {
    /// Byte offset of the first character in the normalized text.
    pub start: usize,
    /// Byte offset just past the last character.
    pub end: usize,
    /// Index of the paragraph (blank-line separated block) holding the span.
    pub paragraph: usize,
    /// True when the span ends a line without sentence-final punctuation: a heading, a caption, a
    /// menu item, a list item without a full stop.
    pub unterminated: bool,
    /// True for the first span of its paragraph.
    pub paragraph_start: bool,
}

/// Bullet characters that start list items.
pub(crate) fn is_bullet(c: char) -> bool {
    matches!(
        c,
        '•' | '⁃' | '◦' | '▪' | '‣' | '●' | '■' | '►' | '▸' | '∙' | '·'
    )
}

/// Terminals that end a sentence even without a following space (CJK and full-width forms).
fn is_tight_terminal(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡' | '︒' | '﹒' | '﹗' | '﹖')
}

/// Terminals of other scripts that end a sentence before white space.
fn is_script_terminal(c: char) -> bool {
    matches!(
        c,
        '।' | '॥'
            | '؟'
            | '\u{37E}' // Greek question mark (NFC turns it into ';', see `is_greek_question`)
            | '۔'
            | '։'
            | '።'
            | '፧'
            | '။'
            | '჻'
            | '᙮'
            | '‼'
            | '⁇'
            | '⁈'
            | '⁉'
            | '܀'
            | '܁'
            | '܂'
            | '߹'
    )
}

pub(crate) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '”'
            | '’'
            | '»'
            | '›'
            | ')'
            | ']'
            | '}'
            | '」'
            | '』'
            | '）'
            | '】'
            | '〉'
            | '》'
            | '“'
    )
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '«' | '‹' | '(' | '[' | '{' | '„' | '「' | '『' | '¿' | '¡'
    )
}

/// Abbreviations that precede a name and so never end a sentence before a capital, in any language.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "mme", "mlle", "mssrs", "sra", "srta", "dra", "e.g", "i.e",
    "cf", "viz", "hr", "fr", "dir",
];

/// English titles that are ordinary words elsewhere (Danish, Norwegian and Swedish "det" and
/// "rev", Italian "col", Spanish "al", Swedish "hon"...), so they hold only in English text.
const ENGLISH_TITLES: &[&str] = &[
    "st", "mt", "ft", "sen", "rep", "gov", "gen", "lt", "col", "capt", "cpt", "sgt", "cmdr", "adm",
    "rev", "hon", "pres", "supt", "det", "insp", "messrs", "maj", "brig", "cpl", "pvt", "atty",
    "al", "ste", "asst", "assoc",
];

/// Titles and abbreviations of one language that never end a sentence before a capital (French
/// "M. Dupont", German "Hr. Müller", "bzw.", Spanish "Sra. García", Danish "Hr. Jensen", Russian
/// "проф. Иванов", Greek "κ. Παπαδόπουλος"). Abbreviations that often end a sentence ("etc.",
/// Swedish "m.m.", Russian "и т. д.", Hungarian "stb.") are left out: a capital after them
/// starts a new sentence.
fn language_titles(lang: Language) -> &'static [&'static str] {
    match lang {
        Language::English | Language::Unknown => ENGLISH_TITLES,
        Language::French => &[
            "m", "mm", "mme", "mmes", "mlle", "mlles", "me", "pr", "ste", "st", "cf", "env",
        ],
        Language::German => &[
            "hr", "hrn", "fr", "bzw", "vgl", "evtl", "ggf", "usw", "sog", "inkl", "zzgl", "str",
            "nr", "ca",
        ],
        Language::Spanish => &[
            "sr", "sra", "srta", "dra", "dña", "ud", "uds", "vd", "lic", "ing", "arq",
        ],
        Language::Portuguese => &["sr", "sra", "srta", "dra", "exmo", "exma", "prof", "profa"],
        Language::Italian => &[
            "sig", "sigg", "sig.ra", "dott", "dott.ssa", "avv", "ing", "arch", "geom",
        ],
        Language::Dutch => &["dhr", "mevr", "mw", "drs", "ir", "ing", "mr"],
        Language::Swedish => &[
            "bl.a", "t.ex", "dvs", "s.k", "resp", "kl", "p.g.a", "fr.o.m", "t.o.m",
        ],
        Language::Danish => &["hr", "bl.a", "f.eks", "dvs", "jf", "mht", "pga", "kl"],
        Language::Norwegian => &[
            "hr", "bl.a", "f.eks", "dvs", "jf", "mht", "pga", "kl", "ifm",
        ],
        Language::Finnish => &["esim", "ns", "mm", "ks", "vrt", "tri", "klo"],
        Language::Hungarian => &["pl", "ún", "kb", "ill", "özv", "id", "ifj"],
        Language::Romanian => &["dl", "dna", "dnul", "dra", "pag", "str"],
        Language::Russian => &["им", "ул", "проф", "акад", "напр", "пр", "св", "ген"],
        Language::Turkish => &["doç", "av", "sn", "bkz"],
        Language::Greek => &["κ", "κα", "π.χ", "δηλ", "βλ", "δρ"],
        _ => &[],
    }
}

/// Abbreviations that precede a number (`No. 5`, `p. 55`, `Jan. 12`).
const NUMBER_PREFIXES: &[&str] = &[
    "no", "nos", "nr", "p", "pp", "vol", "vols", "fig", "figs", "art", "sec", "ch", "chap", "op",
    "ex", "n°", "nº", "tel", "ca", "approx", "ed", "eds", "pt", "para", "ref", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "rev", "v", "vs", "est",
    // Swedish, Danish, Norwegian "kl. 14.30" (o'clock), "10 kap. 8 §", "stk. 2"; Finnish "klo 9".
    "kl", "klo", "kap", "stk", "pkt",
];

/// Abbreviations that may or may not end a sentence: split when a common sentence opener follows.
const AMBIGUOUS: &[&str] = &[
    "etc", "inc", "co", "ltd", "corp", "jr", "sr", "bros", "vs", "approx", "dept", "est", "univ",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "am",
    "pm", "no", "plc", "llc", "govt", "intl", "natl", "assn", "min", "max", "misc", "ave", "blvd",
    "rd",
];

/// Splits normalized `text` into sentence spans, using `lang` for sentence openers.
pub(crate) fn split(text: &str, lang: Language) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut paragraph = 0usize;
    let mut seen_in_paragraph = false;
    for range in line_ranges(text) {
        let (pos, end) = (range.start, range.end);
        let line = &text[pos..end];
        if crate::terms::is_blank(line) {
            if seen_in_paragraph {
                paragraph += 1;
                seen_in_paragraph = false;
            }
        } else {
            let before = spans.len();
            split_unit(text, pos, end, lang, &mut spans);
            for (k, s) in spans[before..].iter_mut().enumerate() {
                s.paragraph = paragraph;
                s.paragraph_start = !seen_in_paragraph && k == 0;
            }
            seen_in_paragraph |= spans.len() > before;
        }
    }
    spans
}

/// Pushes the trimmed span `[start, end)` of `text` unless it is empty. A piece without a word
/// (a quote mark left after the last sentence of a line, a bracket, a row of dashes) is no sentence:
/// it joins the sentence before it in the same unit (one starting at `unit_start` or later), and is
/// dropped when it stands alone.
fn push_span(text: &str, unit_start: usize, start: usize, end: usize, spans: &mut Vec<Span>) {
    let piece = &text[start..end];
    let range = crate::terms::trimmed_range(piece);
    let (lead, trimmed) = (range.start, &piece[range]);
    if trimmed.is_empty() || !trimmed.chars().any(|c| !c.is_whitespace()) {
        return;
    }
    let s = start + lead;
    let e = s + trimmed.len();
    if is_wordless(trimmed) {
        if let Some(last) = spans.last_mut().filter(|l| l.start >= unit_start) {
            last.end = e;
            last.unterminated = !ends_terminated(&text[last.start..e]);
        }
        return;
    }
    spans.push(Span {
        start: s,
        end: e,
        paragraph: 0,
        unterminated: !ends_terminated(trimmed),
        paragraph_start: false,
    });
}

/// Whether `s` holds only punctuation and white space: quote marks, brackets, dashes, dots, bullets.
/// (Symbols such as emoji count as words: a text of emoji is summarized, not refused.)
fn is_wordless(s: &str) -> bool {
    s.chars().all(|c| {
        c.is_whitespace()
            || c.is_ascii_punctuation()
            || is_closer(c)
            || is_opener(c)
            || is_bullet(c)
            || is_tight_terminal(c)
            || is_script_terminal(c)
            || matches!(
                c,
                '‘' | '‚'
                    | '‛'
                    | '‟'
                    | '–'
                    | '—'
                    | '―'
                    | '‐'
                    | '‑'
                    | '…'
                    | '、'
                    | '，'
                    | '：'
                    | '；'
            )
    })
}

/// Whether a sentence ends with final punctuation (possibly inside closing quotes or brackets).
fn ends_terminated(s: &str) -> bool {
    let mut rev = s.chars().rev().skip_while(|&c| is_closer(c) || c == ' ');
    rev.next().is_some_and(|c| {
        matches!(c, '.' | '!' | '?' | '…' | ':')
            || is_tight_terminal(c)
            || is_script_terminal(c)
            || (c == ';' && rev.next().is_some_and(is_greek))
            || is_thai(c) // Thai sentences end without punctuation
    })
}

/// Thai has no sentence punctuation: a space between two Thai characters ends a sentence or a
/// clause (words are not spaced), the unit a Thai summary is made of.
fn is_thai_break(text: &str, i: usize, end: usize) -> bool {
    text[..i].chars().next_back().is_some_and(is_thai)
        && text[i + 1..end].chars().next().is_some_and(is_thai)
}

pub(crate) fn is_thai(c: char) -> bool {
    matches!(c, '\u{E00}'..='\u{E7F}')
}

/// Greek writes its question mark as ';' (U+037E, which Unicode normalization turns into U+003B):
/// a ';' ends a sentence in Greek text.
fn is_greek_question(c: char, lang: Language) -> bool {
    c == ';' && lang == Language::Greek
}

fn is_greek(c: char) -> bool {
    matches!(c, '\u{370}'..='\u{3FF}' | '\u{1F00}'..='\u{1FFF}')
}

/// Positions inside one unit where list items start, and the byte ranges of their markers.
struct ListMarkers {
    starts: Vec<usize>,
    markers: Vec<(usize, usize)>,
}

/// Finds `1.`, `2)`, `3.)`, `a.` markers that open a numbered or lettered list at the unit start
/// (optionally after a bullet), followed by markers with the next number or letter; and bullets.
fn find_list_markers(text: &str, start: usize, end: usize) -> ListMarkers {
    let unit = &text[start..end];
    let mut starts = Vec::new();
    let mut markers = Vec::new();
    // Bullets inside the unit start items. Every bullet is outside ASCII: only the lead bytes of
    // other characters need a look.
    // (Runs of ASCII are passed over eight bytes at a time.)
    let bytes = unit.as_bytes();
    let mut i = 0;
    loop {
        i += masked_run_len::<swar::Ascii>(&bytes[i..]);
        let Some(&b) = bytes.get(i) else { break };
        if b >= 0xC0
            && i > 0
            && bytes[i - 1] == b' '
            && unit[i..].chars().next().is_some_and(is_bullet)
        {
            starts.push(start + i);
        }
        i += 1;
    }
    // A marker right at the unit start or after a bullet.
    let mut expected: Option<(Marker, usize)> = None;
    for s in std::iter::once(start).chain(starts.iter().copied()) {
        let rest = &text[s..end];
        let skip = rest.len()
            - rest
                .trim_start_matches(|c: char| is_bullet(c) || c == ' ')
                .len();
        if let Some((m, len)) = parse_marker(&text[s + skip..end]) {
            markers.push((s + skip, s + skip + len));
            expected = Some((m, s + skip + len));
        }
    }
    // Following markers of a numbered or lettered sequence without bullets.
    if let Some((mut m, mut from)) = expected.filter(|_| starts.is_empty()) {
        while let Some(next) = m.successor() {
            let label = next.label();
            let mut found = None;
            let hay = &text[from..end];
            let mut search = 0;
            while let Some(p) = hay[search..].find(&label) {
                let at = from + search + p;
                if text[..at].ends_with(' ')
                    && let Some((pm, len)) = parse_marker(&text[at..end])
                    && pm == next
                {
                    found = Some((at, len));
                    break;
                }
                search += p + label.len();
            }
            match found {
                Some((at, len)) => {
                    starts.push(at);
                    markers.push((at, at + len));
                    m = next;
                    from = at + len;
                }
                None => break,
            }
        }
    }
    if starts.len() > 1 {
        starts.sort_unstable();
    }
    ListMarkers { starts, markers }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Marker {
    Number(u32),
    Letter(u8),
}

impl Marker {
    fn successor(self) -> Option<Marker> {
        match self {
            Marker::Number(n) if n < 99 => Some(Marker::Number(n + 1)),
            Marker::Letter(b) if b < b'z' => Some(Marker::Letter(b + 1)),
            _ => None,
        }
    }
    fn label(self) -> String {
        match self {
            Marker::Number(n) => n.to_string(),
            Marker::Letter(b) => (b as char).to_string(),
        }
    }
}

/// Parses a list marker (`12.`, `3)`, `4.)`, `b.`) followed by a space and a non-space; returns it
/// and its byte length (without the space).
fn parse_marker(s: &str) -> Option<(Marker, usize)> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let (marker, n) = if (1..=2).contains(&digits) {
        (Marker::Number(s[..digits].parse().ok()?), digits)
    } else if digits == 0 && s.as_bytes().first().is_some_and(u8::is_ascii_lowercase) {
        (Marker::Letter(s.as_bytes()[0]), 1)
    } else {
        return None;
    };
    let rest = &s[n..];
    let punct = if rest.starts_with(".)") {
        2
    } else if rest.starts_with('.') || rest.starts_with(')') {
        1
    } else {
        return None;
    };
    if matches!(marker, Marker::Letter(_)) && punct != 1 && !rest.starts_with(')') {
        return None;
    }
    let after = &rest[punct..];
    let mut it = after.chars();
    (it.next() == Some(' ') && it.next().is_some_and(|c| !c.is_whitespace()))
        .then_some((marker, n + punct))
}

/// Splits one unit (a line, or hard-wrapped lines joined) into sentences.
fn split_unit(text: &str, start: usize, end: usize, lang: Language, spans: &mut Vec<Span>) {
    let lists = find_list_markers(text, start, end);
    let mut forced = lists.starts.iter().copied().peekable();
    let mut sent_start = start;
    let mut i = start;
    while i < end {
        while let Some(&f) = forced.peek() {
            if f <= i {
                if f > sent_start {
                    push_span(text, start, sent_start, f, spans);
                    sent_start = f;
                }
                forced.next();
            } else {
                break;
            }
        }
        // A run of ASCII without a terminal (a space after ASCII cannot be a Thai break) cannot
        // end a sentence: skip it, up to the next forced break.
        let limit = forced.peek().map_or(end, |&f| f.min(end));
        let bytes = &text.as_bytes()[i..limit];
        let run = match bytes.first() {
            Some(b' ') => 0,
            _ => masked_run_len::<NoTerminal>(bytes),
        };
        if run > 0 {
            i += run;
            continue;
        }
        let Some(c) = text[i..end].chars().next() else {
            break;
        };
        let clen = c.len_utf8();
        let in_marker = lists.markers.iter().any(|&(a, b)| i >= a && i < b);
        if in_marker {
            i += clen;
            continue;
        }
        if c == ' ' && is_thai_break(text, i, end) {
            push_span(text, start, sent_start, i, spans);
            sent_start = i + 1;
            i += 1;
            continue;
        }
        if is_tight_terminal(c) {
            let after = skip_terminals_and_closers(text, i, end);
            push_span(text, start, sent_start, after, spans);
            sent_start = after;
            i = after;
            continue;
        }
        if c == '.'
            || c == '!'
            || c == '?'
            || c == '…'
            || is_script_terminal(c)
            || is_greek_question(c, lang)
        {
            let decision = decide(text, start, sent_start, i, end, lang);
            match decision {
                Some(cut) => {
                    push_span(text, start, sent_start, cut, spans);
                    sent_start = cut;
                    i = cut;
                }
                // At least one character forward, whatever the cluster: the loop must end.
                None => i = cluster_end(text, i, end).max(i + clen),
            }
            continue;
        }
        i += clen;
    }
    push_span(text, start, sent_start, end, spans);
}

swar::classes! {
    /// The ASCII bytes that cannot end a sentence (not `.!?;`).
    NoTerminal: |b| b < 0x80 && !matches!(b, b'.' | b'!' | b'?' | b';'),
        |x| !x & swar::HIGH
            & !(swar::equal(x, b'.') | swar::equal(x, b'!') | swar::equal(x, b'?') | swar::equal(x, b';'));
}

/// The end of the terminal cluster starting at `i`: runs of `.!?…` and spaced dots (`. . .`).
fn cluster_end(text: &str, i: usize, end: usize) -> usize {
    let mut j = i;
    loop {
        let rest = &text[j..end];
        match rest.chars().next() {
            Some(c)
                if matches!(c, '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉')
                    || is_script_terminal(c) =>
            {
                j += c.len_utf8()
            }
            Some(' ') if rest[1..].starts_with('.') && text[..j].ends_with('.') => j += 1,
            _ => return j,
        }
    }
}

fn skip_terminals_and_closers(text: &str, i: usize, end: usize) -> usize {
    let mut j = i;
    for c in text[i..end].chars() {
        if is_tight_terminal(c) || is_closer(c) || matches!(c, '!' | '?' | '.') {
            j += c.len_utf8();
        } else {
            break;
        }
    }
    j
}

/// Decides whether the terminal cluster at `i` ends the sentence; returns the cut position.
fn decide(
    text: &str,
    unit_start: usize,
    sent_start: usize,
    i: usize,
    end: usize,
    lang: Language,
) -> Option<usize> {
    // The terminal at `i` is part of its cluster even when `cluster_end` does not know it (';').
    let at_i = text[i..end].chars().next().map_or(0, char::len_utf8);
    let c_end = cluster_end(text, i, end).max(i + at_i);
    let cluster = &text[i..c_end];
    let dots = cluster.chars().filter(|&c| c == '.').count() + 3 * cluster.matches('…').count();
    let only_dots = cluster.chars().all(|c| c == '.' || c == ' ' || c == '…');
    let spaced = cluster.contains(' ');
    // Closing quotes and brackets belong to the sentence that ends.
    let mut after = c_end;
    for c in text[c_end..end].chars() {
        if is_closer(c) {
            after += c.len_utf8();
        } else {
            break;
        }
    }
    // So do citation marks: "…the next day.[3] The government…".
    while let Some(len) = citation_len(&text[after..end]) {
        after += len;
    }
    let had_closer = after > c_end;
    let ws_len = text[after..end].len() - text[after..end].trim_start().len();
    let next_start = after + ws_len;
    let next = text[next_start..end].chars().next();
    let Some(n) = next else {
        return Some(end); // nothing follows in this unit
    };
    let word_before = word_before(text, sent_start.max(unit_start), i);
    let first = cluster.chars().next().unwrap_or('.');

    if ws_len == 0 {
        // Only "word.The" (a missing space) splits without white space.
        if had_closer || first != '.' || dots != 1 {
            return None;
        }
        let mut look = text[after..end].chars();
        let (Some(a), Some(b)) = (look.next(), look.next()) else {
            return None;
        };
        let prev = text[..i].chars().next_back();
        let token = token_around(text, unit_start, i, end);
        let is_link = token.contains('@') || token.contains("://") || token.starts_with("www.");
        let ok = a.is_uppercase()
            && b.is_lowercase()
            && prev.is_some_and(|p| p.is_lowercase() || p.is_ascii_digit())
            && word_before.chars().filter(|c| c.is_alphanumeric()).count() >= 2
            && !is_link;
        return ok.then_some(after);
    }

    if first != '.' && first != '…' {
        // ! ? and the terminals of other scripts: split unless a lowercase word follows.
        return (!n.is_lowercase()).then_some(after);
    }
    if n.is_lowercase() {
        return None;
    }
    if only_dots && dots >= 3 {
        if cluster.starts_with('…') || (!spaced && dots == 3 && cluster == "...") {
            // A three-dot ellipsis continues the sentence unless a capitalised word opens a new
            // one after a Unicode ellipsis.
            if cluster == "..." {
                return None;
            }
            return (n.is_uppercase() || is_opener(n)).then_some(after);
        }
        if dots == 3 {
            return None;
        }
        // Four dots: a full stop plus an ellipsis. "word. . . . Next" keeps the full stop with
        // the sentence and the ellipsis with the next one.
        if spaced
            && text[..i]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric)
            && !n.is_lowercase()
        {
            return Some(i + 1);
        }
        return (!n.is_lowercase()).then_some(after);
    }

    let wb = word_before.trim_end_matches('.').to_lowercase();
    let wb_letters: String = wb.chars().filter(|c| *c != '.').collect();
    if n.is_ascii_digit() {
        if NUMBER_PREFIXES.contains(&wb.as_str()) || wb_letters.chars().count() == 1 {
            return None;
        }
        return Some(after);
    }
    if wb.is_empty() {
        return Some(after);
    }
    if TITLES.contains(&wb.as_str()) || language_titles(lang).contains(&wb.as_str()) {
        return None;
    }
    // A one-letter abbreviation before another ("z. B.", "d. h.", "u. a.", "J. R.").
    let next_token = text[next_start..end].split(' ').next().unwrap_or("");
    let next_is_initial = next_token.len() <= 4
        && next_token.ends_with('.')
        && next_token.trim_end_matches('.').chars().count() == 1;
    if wb.chars().count() == 1 && next_is_initial {
        return None;
    }
    let letters_only = wb_letters.chars().all(char::is_alphabetic);
    if letters_only && wb.chars().count() == 1 && word_before.chars().all(char::is_uppercase) {
        // An initial ("Jonas E. Smith") unless it follows a lowercase word ("you and I.").
        let prev_word =
            word_before_position(text, sent_start.max(unit_start), i - word_before.len());
        let ends_sentence = prev_word.chars().next().is_some_and(char::is_lowercase);
        return ends_sentence.then_some(after);
    }
    let multi_period =
        wb.contains('.') && letters_only && wb.split('.').all(|p| p.chars().count() <= 2);
    if multi_period || AMBIGUOUS.contains(&wb.as_str()) {
        let next_word: String = text[next_start..end]
            .chars()
            .skip_while(|c| is_opener(*c))
            .take_while(|c| c.is_alphanumeric())
            .collect::<String>()
            .to_lowercase();
        let words_so_far = text[sent_start..i].split_whitespace().count();
        let opener = lang.is_stopword(&next_word) || TITLES.contains(&next_word.as_str());
        return (opener && words_so_far >= 4).then_some(after);
    }
    Some(after)
}

/// The length of a citation mark at the start of `s`: `[3]`, `[12]`, `[a]` (one to three letters or
/// digits in square brackets).
fn citation_len(s: &str) -> Option<usize> {
    let inner = s.strip_prefix('[')?;
    let close = inner.find(']')?;
    let mark = &inner[..close];
    ((1..=3).contains(&mark.chars().count()) && mark.chars().all(char::is_alphanumeric))
        .then_some(close + 2)
}

/// The white-space delimited word that ends at `i`, without leading opening punctuation.
fn word_before(text: &str, floor: usize, i: usize) -> &str {
    let head = &text[floor..i];
    let start = head.rfind(' ').map_or(0, |p| p + 1);
    head[start..].trim_start_matches(is_opener)
}

/// The word before the one that ends at `i` (for initials).
fn word_before_position(text: &str, floor: usize, i: usize) -> &str {
    let head = text[floor..i.max(floor)].trim_end();
    let start = head.rfind(' ').map_or(0, |p| p + 1);
    head[start..].trim_start_matches(is_opener)
}

/// The white-space delimited token that contains position `i`.
fn token_around(text: &str, floor: usize, i: usize, end: usize) -> &str {
    let s = text[floor..i].rfind(' ').map_or(floor, |p| floor + p + 1);
    let e = text[i..end].find(' ').map_or(end, |p| i + p);
    &text[s..e]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        sentences_in(text, Language::English)
    }

    fn sentences_in(text: &str, lang: Language) -> Vec<&str> {
        split(text, lang)
            .into_iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    macro_rules! t {
        ($name:ident, $text:expr, [$($s:expr),* $(,)?]) => {
            #[test]
            fn $name() {
                assert_eq!(sentences($text), vec![$($s),*]);
            }
        };
    }

    #[test]
    fn titles_of_more_languages() {
        for (lang, text, n) in [
            (Language::Danish, "Hr. Jensen kom i går. Han var glad.", 2),
            // English titles that are words here: "det" (it), "rev" (fox) end sentences.
            (Language::Danish, "Jeg ved det. Han kom i går.", 2),
            (Language::Norwegian, "Vi så en rev. Den løp bort.", 2),
            (
                Language::Norwegian,
                "Vi så mange dyr, f.eks. Elg og rev. Så dro vi hjem.",
                2,
            ),
            (
                Language::Swedish,
                "Mötet börjar kl. Tio i morgon. Alla är välkomna.",
                2,
            ),
            (
                Language::Finnish,
                "Tri Virtanen puhui. Esim. Helsingissä sataa. Kaikki lähtivät.",
                3,
            ),
            (
                Language::Russian,
                "Выступил проф. Иванов. Зал аплодировал.",
                2,
            ),
            (
                Language::Greek,
                "Ο κ. Παπαδόπουλος μίλησε. Όλοι χειροκρότησαν.",
                2,
            ),
            (
                Language::Romanian,
                "Dl. Popescu a vorbit. Toți au aplaudat.",
                2,
            ),
            (
                Language::Turkish,
                "Doç. Yılmaz konuştu. Herkes alkışladı.",
                2,
            ),
            (
                Language::Hungarian,
                "Több várost, pl. Szegedet is meglátogattuk. Szép volt.",
                2,
            ),
        ] {
            let spans = split(text, lang);
            assert_eq!(spans.len(), n, "{lang:?}: {text}");
        }
    }

    #[test]
    fn terminals_of_other_scripts() {
        for (text, n) in [
            ("यह पहला वाक्य है। यह दूसरा वाक्य है। तीसरा?", 3), // Devanagari danda
            ("هذه الجملة الأولى؟ وهذه الجملة الثانية. والثالثة!", 3), // Arabic question mark
            ("یہ پہلا جملہ ہے۔ یہ دوسرا جملہ ہے۔", 2),      // Urdu full stop
            ("Սա առաջին նախադասությունն է։ Սա երկրորդն է։", 2), // Armenian full stop
            ("ይህ የመጀመሪያው ዓረፍተ ነገር ነው። ይህ ሁለተኛው ነው።", 2),   // Ethiopic full stop
            ("ဒါက ပထမဝါကျပါ။ ဒါက ဒုတိယဝါကျပါ။", 2),          // Myanmar section mark
            ("这是第一句。这是第二句！这是第三句？", 3),   // CJK, no spaces
        ] {
            let spans = split(text, Language::Unknown);
            assert_eq!(spans.len(), n, "{text}");
            assert!(spans.iter().all(|s| !s.unterminated), "{text}");
        }
    }

    #[test]
    fn thai_sentences_end_at_spaces() {
        let text = "นี่คือประโยคแรก นี่คือประโยคที่สอง ราคา 100 บาท";
        assert_eq!(
            sentences_in(text, Language::Unknown),
            ["นี่คือประโยคแรก", "นี่คือประโยคที่สอง", "ราคา 100 บาท"]
        );
        assert!(ends_terminated("นี่คือประโยคแรก"));
    }

    #[test]
    fn greek_question_mark_is_a_semicolon() {
        let text = "Τι ώρα είναι; Είναι αργά. Γιατί; Δεν ξέρω.";
        assert_eq!(
            sentences_in(text, Language::Greek),
            ["Τι ώρα είναι;", "Είναι αργά.", "Γιατί;", "Δεν ξέρω."]
        );
        // In English a semicolon joins clauses; a Greek one at the end of a line is terminated.
        assert_eq!(
            sentences("Apples; Pears are fine."),
            ["Apples; Pears are fine."]
        );
        assert!(ends_terminated("Τι ώρα είναι;"));
        assert!(!ends_terminated("apples;"));
    }

    t!(
        simple,
        "Hello World. My name is Jonas.",
        ["Hello World.", "My name is Jonas."]
    );
    t!(
        title_abbreviation,
        "Dr. Watson met Mr. Holmes. They talked.",
        ["Dr. Watson met Mr. Holmes.", "They talked."]
    );
    t!(
        us_before_name,
        "It was the U.S. President who spoke.",
        ["It was the U.S. President who spoke."]
    );
    t!(
        us_at_end,
        "I live in the U.S. How about you?",
        ["I live in the U.S.", "How about you?"]
    );
    t!(
        decimal_and_version,
        "Version 2.5.1 costs $3.50 now. Buy it.",
        ["Version 2.5.1 costs $3.50 now.", "Buy it."]
    );
    t!(
        missing_space,
        "It ended.The next began.",
        ["It ended.", "The next began."]
    );
    t!(
        closing_quote,
        "He said \"Go.\" She went.",
        ["He said \"Go.\"", "She went."]
    );
    t!(
        headline_line_is_own_unit,
        "Big news today\nThe council voted. It passed.",
        ["Big news today", "The council voted.", "It passed."]
    );
    t!(
        cjk_full_stops,
        "今天天气很好。我们去公园！你呢？",
        ["今天天气很好。", "我们去公园！", "你呢？"]
    );
    t!(
        hindi_danda,
        "यह एक वाक्य है। यह दूसरा है।",
        ["यह एक वाक्य है।", "यह दूसरा है।"]
    );
    t!(
        email_inside,
        "Write to jane.doe@example.com. She replies.",
        ["Write to jane.doe@example.com.", "She replies."]
    );
    t!(
        question_exclamation_runs,
        "Really?! Yes!!! Fine.",
        ["Really?!", "Yes!!!", "Fine."]
    );
    t!(
        initials,
        "J. R. R. Tolkien wrote it. Read it.",
        ["J. R. R. Tolkien wrote it.", "Read it."]
    );
    t!(
        no_number_abbrev,
        "See No. 5 and p. 12 for details.",
        ["See No. 5 and p. 12 for details."]
    );

    // DailyMail's paragraphs: a quotation's opening mark is left at the end of the line before,
    // and a line can hold nothing but the closing mark.
    t!(
        quote_mark_left_at_line_end_joins_its_sentence,
        "He said it would be hilarious. '\n\nThe pictures were a hit,' he said.",
        [
            "He said it would be hilarious. '",
            "The pictures were a hit,' he said."
        ]
    );
    t!(
        lines_of_punctuation_are_no_sentences,
        "The storm passed.\n'\n\n* * *\n\n(\u{2014})\n\nThe town cleaned up.",
        ["The storm passed.", "The town cleaned up."]
    );
    t!(
        emoji_are_words,
        "\u{1F600}\u{1F600}\n\nNice day.",
        ["\u{1F600}\u{1F600}", "Nice day."]
    );

    #[test]
    fn a_joined_mark_keeps_the_sentence_terminated() {
        let spans = split("It was over. \u{2019}\nNext line", Language::English);
        assert_eq!(spans.len(), 2);
        assert!(!spans[0].unterminated);
    }

    #[test]
    fn paragraphs_and_flags() {
        let text = "Title line\n\nFirst sentence. Second one.\n\nThird.";
        let spans = split(text, Language::English);
        assert_eq!(spans.len(), 4);
        assert!(spans[0].unterminated && spans[0].paragraph_start);
        assert_eq!((spans[1].paragraph, spans[1].paragraph_start), (1, true));
        assert_eq!((spans[2].paragraph, spans[2].paragraph_start), (1, false));
        assert_eq!(spans[3].paragraph, 2);
        assert!(!spans[3].unterminated);
    }
}
