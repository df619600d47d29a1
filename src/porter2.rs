//! The Snowball English stemmer ("Porter2", snowballstem.org/algorithms/english/stemmer.html),
//! written here for speed and size: the same stems as the `rust-stemmers` crate's English (tested
//! against it on every word and white-space token of the eval corpora, 121,837 strings, and on
//! random words), in about half the time (111 against 209 ns a word on those strings:
//! `cargo test --release --lib stems_the_eval -- --ignored --nocapture`). A first pass over news
//! stems every new word: with this stemmer it takes 9 % fewer instructions an article
//! (`bench/instructions.sh`), and the browser's main module no longer carries the crate.
//!
//! The word is worked on as characters: every letter the algorithm names is ASCII, and any other
//! character is a consonant taking one place, as in Snowball. `Y` marks a consonant `y` (an input
//! `Y` counts as one, as in Snowball).

/// Appends the stem of `word` (lowercase, as the summarizer passes it) to `out`; `w` is room to
/// work in, kept from word to word.
pub(crate) fn stem(word: &str, w: &mut Vec<char>, out: &mut String) {
    if let Some(exception) = exception1(word) {
        out.push_str(exception);
        return;
    }
    w.clear();
    w.extend(word.chars());
    if w.len() < 3 {
        out.push_str(word);
        return;
    }
    let w = &mut *w;
    let marked = prelude(w);
    let (p1, p2) = regions(w);
    let r = Regions { p1, p2 };
    step_1a(w);
    if !is_exception2(w) {
        step_1b(w, &r);
        step_1c(w);
        step_2(w, &r);
        step_3(w, &r);
        step_4(w, &r);
        step_5(w, &r);
    }
    // Marks go back to `y` (and, as in Snowball, so does an input `Y`, but only if a `y` was marked).
    out.extend(w.iter().map(|&c| if c == 'Y' && marked { 'y' } else { c }));
}

/// Where R1 and R2 start (character positions; the word's length if empty). Only the end of the
/// word changes after they are found, so they hold throughout.
struct Regions {
    p1: usize,
    p2: usize,
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
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

/// Words left as they are after step 1a.
fn is_exception2(w: &[char]) -> bool {
    const WORDS: [&str; 8] = [
        "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed",
    ];
    WORDS
        .iter()
        .any(|x| x.len() == w.len() && x.chars().zip(w).all(|(a, &b)| a == b))
}

/// Drops a leading apostrophe; marks as `Y` a `y` at the start or after a vowel. Whether it marked
/// one.
fn prelude(w: &mut Vec<char>) -> bool {
    if w[0] == '\'' {
        w.remove(0);
    }
    let mut marked = false;
    for i in 0..w.len() {
        if w[i] == 'y' && (i == 0 || is_vowel(w[i - 1])) {
            w[i] = 'Y';
            marked = true;
        }
    }
    marked
}

/// R1: after the first consonant that follows a vowel (or after "gener", "commun", "arsen"); R2:
/// the same again within R1.
fn regions(w: &[char]) -> (usize, usize) {
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
fn starts_with(w: &[char], s: &str) -> bool {
    s.len() <= w.len() && s.bytes().zip(w).all(|(a, &b)| char::from(a) == b)
}

/// Whether `w` ends with `s` (ASCII), compared from the end.
#[inline]
fn ends_with(w: &[char], s: &str) -> bool {
    let s = s.as_bytes();
    s.len() <= w.len()
        && s.iter()
            .rev()
            .zip(w.iter().rev())
            .all(|(&a, &b)| char::from(a) == b)
}

/// The longest of `suffixes` that `w` ends with (all ASCII).
fn longest<'s>(w: &[char], suffixes: &[&'s str]) -> Option<&'s str> {
    longest_by(w, suffixes, |s| s)
}

/// The item of `items` whose suffix (all ASCII) is the longest that `w` ends with.
fn longest_by<'s, T: Copy>(w: &[char], items: &[T], suffix: impl Fn(&T) -> &'s str) -> Option<T> {
    items
        .iter()
        .filter(|t| ends_with(w, suffix(t)))
        .max_by_key(|t| suffix(t).len())
        .copied()
}

/// Replaces the last `n` characters with `by`.
fn replace_end(w: &mut Vec<char>, n: usize, by: &str) {
    w.truncate(w.len() - n);
    w.extend(by.chars());
}

/// A short syllable ends at position `end`: a consonant, a vowel, then a consonant other than w, x
/// or Y; or a vowel at the start of the word, then a consonant.
fn short_syllable(w: &[char], end: usize) -> bool {
    if end < 2 || is_vowel(w[end - 1]) || !is_vowel(w[end - 2]) {
        return false;
    }
    end == 2 || (!matches!(w[end - 1], 'w' | 'x' | 'Y') && !is_vowel(w[end - 3]))
}

fn step_1a(w: &mut Vec<char>) {
    if let Some(s) = longest(w, &["'", "'s", "'s'"]) {
        w.truncate(w.len() - s.len());
    }
    let n = w.len();
    match longest(w, &["sses", "ied", "ies", "s", "us", "ss"]) {
        Some("sses") => replace_end(w, 4, "ss"),
        Some("ied" | "ies") => replace_end(w, 3, if n > 4 { "i" } else { "ie" }),
        Some("s") if n >= 2 && w[..n - 2].iter().any(|&c| is_vowel(c)) => {
            w.pop();
        }
        _ => {}
    }
}

fn step_1b(w: &mut Vec<char>, r: &Regions) {
    let suffix = longest(w, &["eed", "eedly", "ed", "edly", "ing", "ingly"]);
    let Some(s) = suffix else { return };
    let start = w.len() - s.len();
    if matches!(s, "eed" | "eedly") {
        if start >= r.p1 {
            replace_end(w, s.len(), "ee");
        }
        return;
    }
    if !w[..start].iter().any(|&c| is_vowel(c)) {
        return;
    }
    w.truncate(start);
    let doubles = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"];
    if ["at", "bl", "iz"].iter().any(|s| ends_with(w, s)) {
        w.push('e');
    } else if doubles.iter().any(|s| ends_with(w, s)) {
        w.pop();
    } else if w.len() == r.p1 && short_syllable(w, w.len()) {
        w.push('e');
    }
}

fn step_1c(w: &mut [char]) {
    let n = w.len();
    if n >= 3 && matches!(w[n - 1], 'y' | 'Y') && !is_vowel(w[n - 2]) {
        w[n - 1] = 'i';
    }
}

fn step_2(w: &mut Vec<char>, r: &Regions) {
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
    let Some((s, by)) = longest_by(w, &SUFFIXES, |(s, _)| s) else {
        return;
    };
    let start = w.len() - s.len();
    if start < r.p1 {
        return;
    }
    let before = start.checked_sub(1).map(|i| w[i]);
    let ok = match s {
        "ogi" => before == Some('l'),
        "li" => before.is_some_and(|c| "cdeghkmnrt".contains(c)),
        _ => true,
    };
    if ok {
        replace_end(w, s.len(), by);
    }
}

fn step_3(w: &mut Vec<char>, r: &Regions) {
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
    let Some((s, by)) = longest_by(w, &SUFFIXES, |(s, _)| s) else {
        return;
    };
    let start = w.len() - s.len();
    if start >= r.p1 && (s != "ative" || start >= r.p2) {
        replace_end(w, s.len(), by);
    }
}

fn step_4(w: &mut Vec<char>, r: &Regions) {
    const SUFFIXES: [&str; 18] = [
        "al", "ance", "ence", "er", "ic", "able", "ible", "ant", "ement", "ment", "ent", "ism",
        "ate", "iti", "ous", "ive", "ize", "ion",
    ];
    let Some(s) = longest(w, &SUFFIXES) else {
        return;
    };
    let start = w.len() - s.len();
    if start < r.p2 {
        return;
    }
    if s != "ion"
        || start
            .checked_sub(1)
            .is_some_and(|i| matches!(w[i], 's' | 't'))
    {
        w.truncate(start);
    }
}

fn step_5(w: &mut Vec<char>, r: &Regions) {
    let n = w.len();
    match w.last() {
        Some('e') => {
            let start = n - 1;
            if start >= r.p2 || (start >= r.p1 && !short_syllable(w, start)) {
                w.pop();
            }
        }
        Some('l') => {
            let start = n - 1;
            if start >= r.p2 && start >= 1 && w[start - 1] == 'l' {
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
        /// Words made of the letters and marks the algorithm looks at.
        #[test]
        fn random_words_stem_like_snowball(w in "'?[aeiouybcdglnrstwxzY'é]{0,12}(s|ed|ing|ly|ies|sses|ation|ness|ement|al|e|l|y|'s)?") {
            prop_assert_eq!(stem(&w), snowball(&w));
        }
    }
}
