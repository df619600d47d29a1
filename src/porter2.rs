//! The Snowball English stemmer ("Porter2", snowballstem.org/algorithms/english/stemmer.html),
//! written here for speed and size: the same stems as the `rust-stemmers` crate's English (tested
//! against it on every word and white-space token of the eval corpora, 121,837 strings, and on
//! random words), in about half the time (94 against 216 ns a word on those strings:
//! `cargo test --release --lib stems_the_eval -- --ignored --nocapture`). A first pass over news
//! stems every new word: with this stemmer it takes 9 % fewer instructions an article
//! (`bench/instructions.sh`), and the browser's main module no longer carries the crate.
//!
//! The word is worked on as bytes, one a character: every letter the algorithm names is ASCII, and
//! any other character is a consonant taking one place ([`OTHER`]), as in Snowball. `Y` marks a
//! consonant `y` (an input `Y` counts as one, as in Snowball).

/// Appends the stem of `word` (lowercase, as the summarizer passes it) to `out`; `w` is room to
/// work in, kept from word to word.
pub(crate) fn stem(word: &str, w: &mut Vec<u8>, out: &mut String) {
    if let Some(exception) = exception1(word) {
        out.push_str(exception);
        return;
    }
    w.clear();
    let ascii = word.is_ascii();
    if ascii {
        w.extend_from_slice(word.as_bytes());
    } else {
        w.extend(
            word.chars()
                .map(|c| if c.is_ascii() { c as u8 } else { OTHER }),
        );
    }
    if w.len() < 3 {
        out.push_str(word);
        return;
    }
    let w = &mut *w;
    let marked = prelude(w);
    let (p1, p2) = regions(w);
    let r = Regions { p1, p2 };
    // The word's tail, made again only after a step changes the word (most steps change nothing).
    let mut t = tail(w);
    if step_1a(w, t) {
        t = tail(w);
    }
    if !is_exception2(w, t) {
        if step_1b(w, &r, t) {
            t = tail(w);
        }
        if step_1c(w) {
            t = tail(w);
        }
        if step_2(w, &r, t) {
            t = tail(w);
        }
        if step_3(w, &r, t) {
            t = tail(w);
        }
        step_4(w, &r, t);
        step_5(w, &r);
    }
    // Marks go back to `y` (and, as in Snowball, so does an input `Y`, but only if a `y` was marked).
    if marked {
        for c in w.iter_mut().filter(|c| **c == b'Y') {
            *c = b'y';
        }
    }
    if ascii {
        // (Only ASCII was written: the bytes are a string.)
        out.push_str(std::str::from_utf8(w).unwrap_or_default());
    } else {
        // The steps change only the end of the word, and write only ASCII: the characters beyond
        // ASCII left are the first ones of the word, in order.
        let mut others = word.chars().filter(|c| !c.is_ascii());
        for &c in w.iter() {
            if c == OTHER {
                out.extend(others.next());
            } else {
                out.push(char::from(c));
            }
        }
    }
}

/// A character beyond ASCII, as the word is worked on: one place, a consonant that no rule names
/// (its [`tail`] byte is 0xFF).
const OTHER: u8 = 0x80;

/// Where R1 and R2 start (character positions; the word's length if empty). Only the end of the
/// word changes after they are found, so they hold throughout.
struct Regions {
    p1: usize,
    p2: usize,
}

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// Words stemmed by a list before anything else.
fn exception1(word: &str) -> Option<&'static str> {
    Some(match word {
        "skis" => "ski",
        "skies" => "sky",
        "dying" => "die",
        "lying" => "lie",
        "tying" => "tie",
        "idly" => "idl",
        "gently" => "gentl",
        "ugly" => "ugli",
        "early" => "earli",
        "only" => "onli",
        "singly" => "singl",
        "sky" => "sky",
        "news" => "news",
        "howe" => "howe",
        "atlas" => "atlas",
        "cosmos" => "cosmos",
        "bias" => "bias",
        "andes" => "andes",
        _ => return None,
    })
}

/// Words left as they are after step 1a (`t`: the word's [`tail`]).
fn is_exception2(w: &[u8], t: u64) -> bool {
    const WORDS: [u64; 8] = [
        key("inning"),
        key("outing"),
        key("canning"),
        key("herring"),
        key("earring"),
        key("proceed"),
        key("exceed"),
        key("succeed"),
    ];
    // A word of up to eight characters is its whole tail, zeros above.
    w.len() <= 8 && WORDS.contains(&t)
}

/// Drops a leading apostrophe; marks as `Y` a `y` at the start or after a vowel. Whether it marked
/// one.
fn prelude(w: &mut Vec<u8>) -> bool {
    if w[0] == b'\'' {
        w.remove(0);
    }
    let mut marked = false;
    for i in 0..w.len() {
        if w[i] == b'y' && (i == 0 || is_vowel(w[i - 1])) {
            w[i] = b'Y';
            marked = true;
        }
    }
    marked
}

/// R1: after the first consonant that follows a vowel (or after "gener", "commun", "arsen"); R2:
/// the same again within R1.
fn regions(w: &[u8]) -> (usize, usize) {
    let after_vowel_consonant = |from: usize| -> Option<usize> {
        let v = from + w.get(from..)?.iter().position(|&c| is_vowel(c))?;
        let c = v + 1 + w[v + 1..].iter().position(|&c| !is_vowel(c))?;
        Some(c + 1)
    };
    let prefix = ["gener", "commun", "arsen"]
        .iter()
        .find(|p| starts_with(w, p))
        .map(|p| p.len());
    let n = w.len();
    let Some(p1) = prefix.or_else(|| after_vowel_consonant(0)) else {
        return (n, n);
    };
    (p1, after_vowel_consonant(p1).unwrap_or(n))
}

/// Whether `w` starts with `s` (ASCII).
fn starts_with(w: &[u8], s: &str) -> bool {
    w.starts_with(s.as_bytes())
}

/// The last eight characters of `w` (or all of a shorter word), one byte each, the last in the
/// lowest: an ASCII character as itself, any other (and NUL) as 0xFF, and zeros before the start of
/// a shorter word. A suffix's [`key`] is laid out alike, so a word ends with a suffix exactly when
/// the suffix's bytes of its tail are the key: one comparison, without a branch on the lengths.
fn tail(w: &[u8]) -> u64 {
    w[w.len().saturating_sub(8)..].iter().fold(0, |t, &c| {
        let b = if c.is_ascii() && c != 0 { c } else { 0xFF };
        t << 8 | u64::from(b)
    })
}

/// The [`tail`] of an ASCII word of one to eight bytes (no NUL).
const fn key(s: &str) -> u64 {
    let b = s.as_bytes();
    assert!(!b.is_empty() && b.len() <= 8, "one to eight bytes");
    let mut k = 0;
    let mut i = 0;
    while i < b.len() {
        assert!(b[i].is_ascii() && b[i] != 0, "ASCII");
        k = k << 8 | b[i] as u64;
        i += 1;
    }
    k
}

/// A list of up to 32 suffixes, each with its [`key`], found by the word's last character: the few
/// that end with it are compared, each in one test. (Comparing every suffix character by character
/// mispredicts a branch at nearly every one, for the lengths and letters differ from word to word.)
struct Suffixes<const N: usize> {
    list: [&'static str; N],
    keys: [u64; N],
    /// For each ASCII byte, the suffixes (bits) that end with it.
    by_last: [u32; 128],
}

impl<const N: usize> Suffixes<N> {
    const fn new(list: [&'static str; N]) -> Self {
        assert!(N <= 32, "at most 32 suffixes");
        let mut keys = [0; N];
        let mut by_last = [0; 128];
        let mut i = 0;
        while i < N {
            keys[i] = key(list[i]);
            by_last[(keys[i] & 0xFF) as usize] |= 1 << i;
            i += 1;
        }
        Suffixes {
            list,
            keys,
            by_last,
        }
    }

    /// The first elements of `pairs` (a suffix and its replacement).
    const fn of_pairs(pairs: [(&'static str, &'static str); N]) -> Self {
        let mut list = [""; N];
        let mut i = 0;
        while i < N {
            list[i] = pairs[i].0;
            i += 1;
        }
        Self::new(list)
    }

    /// The index of the longest suffix that the word whose [`tail`] is `t` ends with.
    fn longest_index(&self, t: u64) -> Option<usize> {
        let mut m = self.by_last.get((t & 0xFF) as usize).copied().unwrap_or(0);
        let (mut best, mut best_bits) = (None, 0);
        while m != 0 {
            let i = m.trailing_zeros() as usize;
            let k = self.keys[i];
            // The key's top byte is not zero: its bytes are the low 8 × (its length) bits.
            let bits = 64 - (k.leading_zeros() & !7);
            if t & (u64::MAX >> (64 - bits)) == k && bits > best_bits {
                (best, best_bits) = (Some(i), bits);
            }
            m &= m - 1;
        }
        best
    }

    /// The longest suffix that the word whose [`tail`] is `t` ends with.
    fn longest(&self, t: u64) -> Option<&'static str> {
        self.longest_index(t).map(|i| self.list[i])
    }
}

/// Replaces the last `n` characters with `by`.
fn replace_end(w: &mut Vec<u8>, n: usize, by: &str) {
    w.truncate(w.len() - n);
    w.extend_from_slice(by.as_bytes());
}

/// A short syllable ends at position `end`: a consonant, a vowel, then a consonant other than w, x
/// or Y; or a vowel at the start of the word, then a consonant.
fn short_syllable(w: &[u8], end: usize) -> bool {
    if end < 2 || is_vowel(w[end - 1]) || !is_vowel(w[end - 2]) {
        return false;
    }
    end == 2 || (!matches!(w[end - 1], b'w' | b'x' | b'Y') && !is_vowel(w[end - 3]))
}

/// Steps 1a to 4 take the word's [`tail`] and say whether they changed the word.
fn step_1a(w: &mut Vec<u8>, mut t: u64) -> bool {
    const APOSTROPHES: Suffixes<3> = Suffixes::new(["'", "'s", "'s'"]);
    const PLURALS: Suffixes<6> = Suffixes::new(["sses", "ied", "ies", "s", "us", "ss"]);
    let mut changed = false;
    if let Some(s) = APOSTROPHES.longest(t) {
        w.truncate(w.len() - s.len());
        t = tail(w);
        changed = true;
    }
    let n = w.len();
    match PLURALS.longest(t) {
        Some("sses") => replace_end(w, 4, "ss"),
        Some("ied" | "ies") => replace_end(w, 3, if n > 4 { "i" } else { "ie" }),
        Some("s") if n >= 2 && w[..n - 2].iter().any(|&c| is_vowel(c)) => {
            w.pop();
        }
        _ => return changed,
    }
    true
}

fn step_1b(w: &mut Vec<u8>, r: &Regions, t: u64) -> bool {
    const SUFFIXES: Suffixes<6> = Suffixes::new(["eed", "eedly", "ed", "edly", "ing", "ingly"]);
    let Some(s) = SUFFIXES.longest(t) else {
        return false;
    };
    let start = w.len() - s.len();
    if matches!(s, "eed" | "eedly") {
        if start >= r.p1 {
            replace_end(w, s.len(), "ee");
            return true;
        }
        return false;
    }
    if !w[..start].iter().any(|&c| is_vowel(c)) {
        return false;
    }
    w.truncate(start);
    let ends = |a: u8, b: u8| w.len() >= 2 && w[w.len() - 2] == a && w[w.len() - 1] == b;
    if ends(b'a', b't') || ends(b'b', b'l') || ends(b'i', b'z') {
        w.push(b'e');
    } else if w.len() >= 2
        && w[w.len() - 1] == w[w.len() - 2]
        && matches!(
            w[w.len() - 1],
            b'b' | b'd' | b'f' | b'g' | b'm' | b'n' | b'p' | b'r' | b't'
        )
    {
        w.pop();
    } else if w.len() == r.p1 && short_syllable(w, w.len()) {
        w.push(b'e');
    }
    true
}

fn step_1c(w: &mut [u8]) -> bool {
    let n = w.len();
    let change = n >= 3 && matches!(w[n - 1], b'y' | b'Y') && !is_vowel(w[n - 2]);
    if change {
        w[n - 1] = b'i';
    }
    change
}

fn step_2(w: &mut Vec<u8>, r: &Regions, t: u64) -> bool {
    const SUFFIXES: [(&str, &str); 24] = [
        ("tional", "tion"),
        ("enci", "ence"),
        ("anci", "ance"),
        ("abli", "able"),
        ("entli", "ent"),
        ("izer", "ize"),
        ("ization", "ize"),
        ("ational", "ate"),
        ("ation", "ate"),
        ("ator", "ate"),
        ("alism", "al"),
        ("aliti", "al"),
        ("alli", "al"),
        ("fulness", "ful"),
        ("ousli", "ous"),
        ("ousness", "ous"),
        ("iveness", "ive"),
        ("iviti", "ive"),
        ("biliti", "ble"),
        ("bli", "ble"),
        ("ogi", "og"),
        ("fulli", "ful"),
        ("lessli", "less"),
        ("li", ""),
    ];
    const KEYS: Suffixes<24> = Suffixes::of_pairs(SUFFIXES);
    let Some((s, by)) = KEYS.longest_index(t).map(|i| SUFFIXES[i]) else {
        return false;
    };
    let start = w.len() - s.len();
    if start < r.p1 {
        return false;
    }
    let before = start.checked_sub(1).map(|i| w[i]);
    let ok = match s {
        "ogi" => before == Some(b'l'),
        "li" => before.is_some_and(|c| b"cdeghkmnrt".contains(&c)),
        _ => true,
    };
    if ok {
        replace_end(w, s.len(), by);
    }
    ok
}

fn step_3(w: &mut Vec<u8>, r: &Regions, t: u64) -> bool {
    const SUFFIXES: [(&str, &str); 9] = [
        ("tional", "tion"),
        ("ational", "ate"),
        ("alize", "al"),
        ("icate", "ic"),
        ("iciti", "ic"),
        ("ical", "ic"),
        ("ful", ""),
        ("ness", ""),
        ("ative", ""),
    ];
    const KEYS: Suffixes<9> = Suffixes::of_pairs(SUFFIXES);
    let Some((s, by)) = KEYS.longest_index(t).map(|i| SUFFIXES[i]) else {
        return false;
    };
    let start = w.len() - s.len();
    let change = start >= r.p1 && (s != "ative" || start >= r.p2);
    if change {
        replace_end(w, s.len(), by);
    }
    change
}

fn step_4(w: &mut Vec<u8>, r: &Regions, t: u64) {
    const SUFFIXES: Suffixes<18> = Suffixes::new([
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism",
        "ate", "iti", "ous", "ive", "ize", "ion",
    ]);
    let Some(s) = SUFFIXES.longest(t) else {
        return;
    };
    let start = w.len() - s.len();
    if start < r.p2 {
        return;
    }
    if s != "ion"
        || start
            .checked_sub(1)
            .is_some_and(|i| matches!(w[i], b's' | b't'))
    {
        w.truncate(start);
    }
}

fn step_5(w: &mut Vec<u8>, r: &Regions) {
    let n = w.len();
    match w.last() {
        Some(b'e') => {
            let start = n - 1;
            if start >= r.p2 || (start >= r.p1 && !short_syllable(w, start)) {
                w.pop();
            }
        }
        Some(b'l') => {
            let start = n - 1;
            if start >= r.p2 && start >= 1 && w[start - 1] == b'l' {
                w.pop();
            }
        }
        _ => {}
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use proptest::prelude::*;

    fn stem(word: &str) -> String {
        let mut out = String::new();
        super::stem(word, &mut Vec::new(), &mut out);
        out
    }

    fn snowball(word: &str) -> String {
        rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English)
            .stem(word)
            .into_owned()
    }

    #[test]
    fn stems_like_snowball() {
        // The algorithm's examples, its exceptions and marks, short words, apostrophes, non-ASCII
        // letters and capitals.
        let words = "
        caresses ponies ties cats gas gaps kiwis agreed feed plastered motoring sing conflated
        troubled sized hopping tanned falling hissing fizzed failing filing happy sky cry
        relational conditional rational valenci digitizer conformabli radicalli differentli
        vileli analogousli vietnamization predication operator feudalism decisiveness
        hopefulness callousness formaliti sensitiviti sensibiliti triplicate formative
        formalize electriciti electrical hopeful goodness revival allowance inference airliner
        gyroscopic adjustable defensible irritant replacement adjustment dependent adoption
        homologou communism activate angulariti homologous effective bowdlerize probate rate
        cease controll roll generous generate communication arsenal 'quoted' dog's dogs' yelled
        sayings enjoying yyy ayyy eyes ski skis news inning innings succeeded proceed logically
        ecology apology café's naïvely über it's don’t u.s 1990s 3rd Yes YELL bY a ab 'ab '''
        's' ies ied sses eed ing lying dying ties raYe
        ";
        for w in words.split_whitespace() {
            assert_eq!(stem(w), snowball(w), "{w:?}");
        }
    }

    /// Every word of the eval corpora, and every white-space token with its punctuation (about
    /// 120,000 distinct strings), lowercased as the summarizer does.
    #[test]
    #[ignore = "reads ../shared/eval"]
    fn stems_the_eval_corpora_like_snowball() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval");
        let mut words = std::collections::BTreeSet::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            // Words, and whole white-space tokens with their punctuation.
            for w in text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’') {
                words.insert(crate::terms::lowercase(w));
            }
            for w in text.split_whitespace() {
                words.insert(crate::terms::lowercase(w));
            }
        }
        let differ: Vec<&String> = words.iter().filter(|w| stem(w) != snowball(w)).collect();
        // And the time each takes, as the summarizer uses them (an owned stem), best of five passes
        // over all the words laid out in one string.
        let all: String = words.iter().map(String::as_str).collect();
        let mut at = 0;
        let spans: Vec<&str> = words
            .iter()
            .map(|w| {
                at += w.len();
                &all[at - w.len()..at]
            })
            .collect();
        let crate_stemmer = rust_stemmers::Stemmer::create(rust_stemmers::Algorithm::English);
        let mut room = Vec::new();
        let time = |f: &mut dyn FnMut(&str) -> String| {
            (0..5)
                .map(|_| {
                    let t = std::time::Instant::now();
                    let n: usize = spans.iter().map(|w| f(w).len()).sum();
                    std::hint::black_box(n);
                    t.elapsed().as_secs_f64() * 1e9 / spans.len() as f64
                })
                .fold(f64::INFINITY, f64::min)
        };
        let ours = time(&mut |w| {
            let mut out = String::new();
            super::stem(w, &mut room, &mut out);
            out
        });
        let theirs = time(&mut |w| crate_stemmer.stem(w).into_owned());
        eprintln!("ns a word: here {ours:.0}, rust-stemmers {theirs:.0}");
        assert!(
            differ.is_empty(),
            "{} of {}: {:?}",
            differ.len(),
            words.len(),
            &differ[..differ.len().min(20)]
        );
        eprintln!("{} words, all alike", words.len());
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(20_000))]
        /// Words made of the letters and marks the algorithm looks at, and of characters beyond
        /// ASCII (of two, three and four bytes) between them.
        #[test]
        fn random_words_stem_like_snowball(w in "'?[aeiouybcdglnrstwxzY'é中😀]{0,12}(s|ed|ing|ly|ies|sses|ation|ness|ement|al|e|l|y|'s)?") {
            prop_assert_eq!(stem(&w), snowball(&w));
        }
    }
}
