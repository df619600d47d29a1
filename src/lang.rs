//! Languages: stop words, stemmers, and detection from the stop-word lists themselves.

use std::cell::RefCell;
use std::sync::OnceLock;

use stopwords::Language as Sw;

use crate::terms::WordMap;

/// A set of words (stop words), with a quick first test that rules most other words out without
/// hashing them: the lengths of the words that start with each byte.
#[derive(Default)]
pub(crate) struct WordSet {
    /// The words, each once.
    words: Vec<&'static str>,
    /// Each word, with its place in `words`.
    index: WordMap<&'static str, u32>,
    lengths: LengthFilter,
}

impl WordSet {
    pub(crate) fn contains(&self, w: &str) -> bool {
        self.lengths.may_hold(w) && self.index.get(w).is_some()
    }

    pub(crate) fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.words.iter().copied()
    }
}

impl Extend<&'static str> for WordSet {
    fn extend<I: IntoIterator<Item = &'static str>>(&mut self, words: I) {
        for w in words {
            if self.index.get(w).is_none() {
                self.lengths.add(w);
                self.index.insert(w, || w, self.words.len() as u32);
                self.words.push(w);
            }
        }
    }
}

/// For each pair of a first and a last byte (hashed to one of 256), the lengths (a bit each, 31 for
/// 31 bytes or more) of the words of a list that start and end with them: a word whose bytes and
/// length match none is not in the list. Its two ends tell words apart far better than its first
/// byte alone: of a news article's words, 7 % pass for the cue phrases' first words, not 38 %.
#[derive(Clone)]
pub(crate) struct LengthFilter([u32; 256]);

impl Default for LengthFilter {
    fn default() -> Self {
        LengthFilter([0; 256])
    }
}

impl LengthFilter {
    #[inline]
    fn slot(w: &[u8]) -> Option<(usize, u32)> {
        let (&first, &last) = (w.first()?, w.last()?);
        let pair = first.wrapping_mul(7) ^ last;
        Some((usize::from(pair), 1 << w.len().min(31)))
    }

    pub(crate) fn add(&mut self, w: &str) {
        if let Some((i, bit)) = Self::slot(w.as_bytes()) {
            self.0[i] |= bit;
        }
    }

    #[inline]
    pub(crate) fn may_hold(&self, w: &str) -> bool {
        Self::slot(w.as_bytes()).is_some_and(|(i, bit)| self.0[i] & bit != 0)
    }
}

/// How many stop words of each language other than English the browser's main module carries:
/// the shortest of each list (function words are short and frequent), which detect the language
/// until the language pack brings the whole lists. Native builds always use the whole lists.
#[cfg(all(test, not(target_arch = "wasm32")))]
const SIGNATURE_WORDS: usize = 40;

/// Whether the whole stop-word lists are at hand (natively always; in the browser once the language
/// pack has loaded).
fn full_lists() -> bool {
    #[cfg(not(target_arch = "wasm32"))]
    {
        true
    }
    #[cfg(target_arch = "wasm32")]
    {
        crate::wasm::has_language_pack()
    }
}

/// The stop words built into the browser's main module for the language `code`: English whole, the
/// others' signatures (`src/stopword_data.rs`).
#[cfg(target_arch = "wasm32")]
fn built_in(code: &str) -> &'static [&'static str] {
    static LISTS: OnceLock<Vec<(&'static str, Vec<&'static str>)>> = OnceLock::new();
    let lists = LISTS.get_or_init(|| {
        let mut lists = vec![("en", crate::stopword_data::ENGLISH.split(' ').collect())];
        for (code, words) in crate::stopword_data::SIGNATURES {
            lists.push((*code, words.split(' ').collect()));
        }
        lists
    });
    lists
        .iter()
        .find(|(c, _)| *c == code)
        .map_or(&[], |(_, words)| words.as_slice())
}

/// The `SIGNATURE_WORDS` shortest words of a stop-word list, in list order among equals.
#[cfg(all(test, not(target_arch = "wasm32")))]
fn signature(list: &[&'static str]) -> Vec<&'static str> {
    let mut words: Vec<(usize, usize, &'static str)> = list
        .iter()
        .enumerate()
        .map(|(i, w)| (w.chars().count(), i, *w))
        .collect();
    words.sort_unstable();
    let mut out: Vec<&'static str> = words
        .into_iter()
        .take(SIGNATURE_WORDS)
        .map(|w| w.2)
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

macro_rules! languages {
    ($($variant:ident => $code:literal, $name:literal, $sw:expr;)*) => {
        /// A language the summarizer knows: its stop words and, where Snowball has one, its stemmer.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Language { $(#[doc = $name] $variant,)* }

        impl Language {
            /// Every known language.
            pub const ALL: &'static [Language] = &[$(Language::$variant),*];

            /// The ISO 639-1 code (`"en"`), or `"und"` for text of no known language.
            pub fn code(self) -> &'static str { match self { $(Language::$variant => $code,)* } }

            /// The English name of the language.
            pub fn name(self) -> &'static str { match self { $(Language::$variant => $name,)* } }

            fn stopword_list(self) -> Option<Sw> { match self { $(Language::$variant => $sw,)* } }
        }
    };
}

languages! {
    English => "en", "English", Some(Sw::English);
    German => "de", "German", Some(Sw::German);
    French => "fr", "French", Some(Sw::French);
    Spanish => "es", "Spanish", Some(Sw::Spanish);
    Italian => "it", "Italian", Some(Sw::Italian);
    Portuguese => "pt", "Portuguese", Some(Sw::Portuguese);
    Dutch => "nl", "Dutch", Some(Sw::Dutch);
    Swedish => "sv", "Swedish", Some(Sw::Swedish);
    Danish => "da", "Danish", Some(Sw::Danish);
    Norwegian => "no", "Norwegian", Some(Sw::Norwegian);
    Finnish => "fi", "Finnish", Some(Sw::Finnish);
    Hungarian => "hu", "Hungarian", Some(Sw::Hungarian);
    Romanian => "ro", "Romanian", Some(Sw::Romanian);
    Russian => "ru", "Russian", Some(Sw::Russian);
    Turkish => "tr", "Turkish", Some(Sw::Turkish);
    Greek => "el", "Greek", Some(Sw::Greek);
    Arabic => "ar", "Arabic", Some(Sw::Arabic);
    Azerbaijani => "az", "Azerbaijani", Some(Sw::Azerbaijani);
    Kazakh => "kk", "Kazakh", Some(Sw::Kazakh);
    Nepali => "ne", "Nepali", Some(Sw::Nepali);
    Unknown => "und", "Undetermined", None;
}

#[cfg(not(target_arch = "wasm32"))]
use crate::stopword_lists::whole_list;

/// Words that the NLTK English list lacks but that carry no topic in news and reports.
const ENGLISH_EXTRA: &[&str] = &[
    "said",
    "says",
    "also",
    "would",
    "could",
    "may",
    "might",
    "must",
    "shall",
    "us",
    "mr",
    "mrs",
    "ms",
    "dr",
    "told",
    "according",
    "however",
    "although",
    "though",
    "upon",
    "within",
    "without",
    "via",
    "per",
    "including",
    "among",
    "whether",
    "yet",
    "since",
    "even",
    "still",
    "much",
    "many",
    "well",
    "like",
    "one",
];

impl Language {
    /// Parses an ISO 639-1 code or an English name, case-insensitively (`"de"`, `"German"`).
    ///
    /// # Examples
    /// ```
    /// use precis::Language;
    /// assert_eq!(Language::from_code("DE"), Some(Language::German));
    /// assert_eq!(Language::from_code("french"), Some(Language::French));
    /// assert_eq!(Language::from_code("xx"), None);
    /// ```
    pub fn from_code(code: &str) -> Option<Language> {
        let code = code.trim().to_ascii_lowercase();
        let code = match code.as_str() {
            "nb" | "nn" => "no",
            other => other,
        };
        Language::ALL
            .iter()
            .copied()
            .find(|l| l.code() == code || l.name().eq_ignore_ascii_case(code))
    }

    /// Whether the lowercased `word` is a stop word of this language.
    pub fn is_stopword(self, word: &str) -> bool {
        self.stopword_set().contains(word)
    }

    /// The stop-word set in use for this language (see [`Language::stopword_words`]), built once
    /// per state of the browser's language pack.
    pub(crate) fn stopword_set(self) -> &'static WordSet {
        static SETS: [OnceLock<Vec<OnceLock<WordSet>>>; 2] = [OnceLock::new(), OnceLock::new()];
        let sets = SETS[usize::from(full_lists())]
            .get_or_init(|| Language::ALL.iter().map(|_| OnceLock::new()).collect());
        let idx = self as usize; // ALL lists the variants in declaration order
        sets[idx].get_or_init(|| {
            let mut set = WordSet::default();
            set.extend(self.stopword_words());
            if self == Language::English {
                set.extend(ENGLISH_EXTRA.iter().copied());
            }
            set
        })
    }

    /// The stop words known for this language now: the whole list ([`whole_list`]), or in the browser before the
    /// language pack has loaded, for languages other than English, its `SIGNATURE_WORDS` shortest
    /// words (enough to detect the language; see `src/stopword_data.rs`).
    fn stopword_words(self) -> Vec<&'static str> {
        #[cfg(not(target_arch = "wasm32"))]
        {
            self.stopword_list().map(whole_list).unwrap_or_default()
        }
        #[cfg(target_arch = "wasm32")]
        {
            if self != Language::English
                && let Some(list) = crate::wasm::pack_stopwords(self)
            {
                return list.to_vec();
            }
            built_in(self.code()).to_vec()
        }
    }

    /// What a word's stem depends on besides the word: the language, its stemmer, and whether the
    /// whole stop-word list is at hand (in the browser both come with the language pack).
    pub(crate) fn analysis_key(self, stemmer: Option<&Stemmer>) -> (Language, u8) {
        (
            self,
            stemmer.map_or(0, Stemmer::kind) | (u8::from(full_lists()) << 2),
        )
    }

    /// The Snowball stemmer of this language, if there is one (in the browser: English in the main
    /// module, the others once the language pack is loaded; see `src/snowball.rs`).
    pub(crate) fn stemmer(self) -> Option<Stemmer> {
        if self == Language::English {
            return Some(Stemmer::English(RefCell::default()));
        }
        #[cfg(not(target_arch = "wasm32"))]
        {
            crate::snowball::algorithm(self.code())
                .map(|a| Stemmer::Snowball(rust_stemmers::Stemmer::create(a)))
        }
        #[cfg(target_arch = "wasm32")]
        {
            if self.has_snowball() && crate::wasm::has_language_pack() {
                Some(Stemmer::Pack(self.code()))
            } else {
                None
            }
        }
    }

    /// Whether Snowball has a stemmer for this language.
    pub fn has_snowball(self) -> bool {
        crate::snowball::SNOWBALL
            .iter()
            .any(|(code, _)| *code == self.code())
    }
}

/// A stemmer: Snowball's English as written here (`src/porter2.rs`), another Snowball stemmer, or
/// (in the browser) the language pack's.
pub(crate) enum Stemmer {
    /// With room for the word being stemmed.
    English(RefCell<Vec<u8>>),
    #[cfg_attr(target_arch = "wasm32", allow(dead_code))]
    Snowball(rust_stemmers::Stemmer),
    #[cfg(target_arch = "wasm32")]
    Pack(&'static str),
}

impl Stemmer {
    /// Which kind of stemmer this is (a Snowball one, or the browser's language pack).
    fn kind(&self) -> u8 {
        match self {
            // Snowball's English gives the same stems, whichever code runs it.
            Stemmer::English(_) | Stemmer::Snowball(_) => 1,
            #[cfg(target_arch = "wasm32")]
            Stemmer::Pack(_) => 2,
        }
    }

    /// Appends the stem of a lowercased word to `out`.
    pub(crate) fn stem(&self, word: &str, out: &mut String) {
        match self {
            Stemmer::English(room) => crate::porter2::stem(word, &mut room.borrow_mut(), out),
            Stemmer::Snowball(s) => out.push_str(&s.stem(word)),
            #[cfg(target_arch = "wasm32")]
            Stemmer::Pack(code) => match crate::wasm::pack_stem(code, word) {
                Some(stem) => out.push_str(&stem),
                None => out.push_str(word),
            },
        }
    }
}

/// The outcome of language detection.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Detection {
    /// The chosen language.
    pub language: Language,
    /// How sure the detector is, from 0 to 1.
    pub confidence: f64,
}

/// Every stop word of every language, with the set of languages (a bit each) that list it.
fn stopword_index() -> &'static WordMap<&'static str, u32> {
    type Index = WordMap<&'static str, u32>;
    static INDEX: [OnceLock<Index>; 2] = [OnceLock::new(), OnceLock::new()];
    INDEX[usize::from(full_lists())].get_or_init(|| {
        let mut index = Index::default();
        for (k, lang) in Language::ALL.iter().enumerate() {
            if lang.stopword_list().is_some() {
                for w in lang.stopword_set().iter() {
                    *index.get_or_insert_with(w, || w, || 0) |= 1 << k;
                }
            }
        }
        index
    })
}

/// Detects the language of `words` (lowercased), all of them (up to [`Tally::MAX_WORDS`]).
#[cfg(test)]
fn detect<'a>(words: impl Iterator<Item = &'a str>) -> Detection {
    detect_in(stopword_index(), words)
}

#[cfg(test)]
fn detect_in<'a>(
    index: &WordMap<&'static str, u32>,
    words: impl Iterator<Item = &'a str>,
) -> Detection {
    let mut tally = Tally::with_index(index);
    for w in words.take(Tally::MAX_WORDS) {
        tally.add(w);
    }
    tally.finish()
}

/// Language detection: the stop words of each language counted over a text's words (lowercased),
/// a few at a time.
///
/// Stop words make up 30 to 50 % of running text in the languages covered; the language whose list
/// covers the most words wins, and the confidence is the margin over the runner-up scaled by the
/// coverage. Texts in scripts without word spacing (CJK) or with no stop-word hits are `Unknown`.
pub(crate) struct Tally<'a> {
    index: &'a WordMap<&'static str, u32>,
    hits: [u32; 32],
    total: usize,
}

impl Default for Tally<'static> {
    fn default() -> Self {
        Tally::with_index(stopword_index())
    }
}

impl<'a> Tally<'a> {
    /// Words past these are not looked at.
    pub(crate) const MAX_WORDS: usize = 5000;

    fn with_index(index: &'a WordMap<&'static str, u32>) -> Tally<'a> {
        Tally {
            index,
            hits: [0; 32],
            total: 0,
        }
    }

    /// Counts the lowercased words of `words` (those past [`Tally::MAX_WORDS`] aside).
    #[cfg_attr(precis_speed, optimize(speed))]
    pub(crate) fn add_all(&mut self, words: &[&str]) {
        for w in &words[..words.len().min(Self::MAX_WORDS - self.total)] {
            self.add(w);
        }
    }

    #[inline]
    fn add(&mut self, w: &str) {
        self.total += 1;
        if let Some(&mask) = self.index.get(w) {
            let mut m = mask;
            while m != 0 {
                self.hits[m.trailing_zeros() as usize] += 1;
                m &= m - 1;
            }
        }
    }

    /// Whether more words would change nothing: all [`Tally::MAX_WORDS`] are counted, or enough
    /// of a text's words are (80, a paragraph) for a clear verdict. On the eval texts, a verdict
    /// of confidence 0.5 or more on as few as 30 words agrees with the whole text's 99.8 % of the
    /// time (`cargo test --lib confidence_calibration -- --ignored --nocapture`); stop words are
    /// spread evenly through prose, so the rest of it would only sharpen the confidence.
    pub(crate) fn is_settled(&self) -> bool {
        self.total >= Self::MAX_WORDS
            || (self.total >= 80 && self.verdict().1 >= SETTLED_CONFIDENCE)
    }

    /// The best language (its index in [`Language::ALL`], `None` if no language) and the
    /// confidence.
    fn verdict(&self) -> (Option<usize>, f64) {
        let (mut best, mut best_hits, mut second) = (0, 0, 0);
        for (k, &h) in self.hits[..Language::ALL.len()].iter().enumerate() {
            // The first of equals wins.
            if h > best_hits {
                (best, best_hits, second) = (k, h, best_hits);
            } else if h > second {
                second = h;
            }
        }
        if self.total == 0 || best_hits == 0 {
            return (None, 0.0);
        }
        let coverage = f64::from(best_hits) / self.total as f64;
        // Prose in a covered language is 30–50 % stop words; a few hits in a long text (English
        // menu words on a Japanese page) are not a language.
        if self.total >= 20 && coverage < 0.08 {
            return (None, 0.0);
        }
        let margin = f64::from(best_hits - second) / f64::from(best_hits);
        let support = (f64::from(best_hits) / 5.0).min(1.0);
        let confidence = (margin * (coverage / 0.25).min(1.0) * support).clamp(0.0, 1.0);
        (Some(best), confidence)
    }

    pub(crate) fn finish(&self) -> Detection {
        match self.verdict() {
            (Some(best), confidence) => Detection {
                language: Language::ALL[best],
                confidence,
            },
            (None, _) => Detection {
                language: Language::Unknown,
                confidence: 0.0,
            },
        }
    }
}

/// A verdict this sure on a paragraph stands: the whole text is not read for it.
const SETTLED_CONFIDENCE: f64 = 0.6;

#[cfg(test)]
mod tests {
    use super::*;
    #[cfg(not(target_arch = "wasm32"))]
    use stopwords::{NLTK, Stopwords};

    fn detect_text(text: &str) -> Detection {
        let words = lowercase_words(text);
        detect(words.iter().map(String::as_str))
    }

    #[test]
    fn detects_common_languages() {
        let cases = [
            (
                "The cat sat on the mat and it was happy with the world.",
                Language::English,
            ),
            (
                "Der Hund ist nicht in dem Haus, aber er ist mit der Katze im Garten.",
                Language::German,
            ),
            (
                "Le chat est sur la table et il est avec les enfants dans la maison.",
                Language::French,
            ),
            (
                "El perro está en la casa y no quiere salir con los niños de la escuela.",
                Language::Spanish,
            ),
        ];
        for (text, lang) in cases {
            let d = detect_text(text);
            assert_eq!(d.language, lang, "{text}");
            assert!(d.confidence > 0.3, "{text}: {d:?}");
        }
    }

    #[test]
    fn a_few_stop_words_in_a_long_text_are_no_language() {
        let mut text = String::from("HOME by the way ");
        text.push_str(&"東京 大阪 名古屋 札幌 福岡 ".repeat(10));
        assert_eq!(detect_text(&text).language, Language::Unknown);
    }

    #[test]
    fn nothing_to_detect_is_unknown() {
        assert_eq!(detect_text("").language, Language::Unknown);
        assert_eq!(detect_text("xyzzy plugh").language, Language::Unknown);
    }

    #[cfg(not(target_arch = "wasm32"))]
    /// `src/stopword_data.rs` as it should be: the English list whole, the others' signatures.
    fn stopword_data() -> String {
        let mut out = String::from(
            "//! Stop words built into the browser's main module, generated from the `stopwords` crate's\n\
             //! lists by `PRECIS_WRITE_STOPWORD_DATA=1 cargo test stopword_data` (a test checks that it\n\
             //! is current): the English list whole (`stopword_lists::whole_list`), and for every other language its\n\
             //! signature, the `SIGNATURE_WORDS` shortest words of its NLTK list (`lang::signature`). The\n\
             //! whole lists come with the language pack.\n\n",
        );
        let english = whole_list(Sw::English).join(" ");
        out.push_str(&format!(
            "pub(crate) const ENGLISH: &str = \"{english}\";\n\n"
        ));
        out.push_str("pub(crate) const SIGNATURES: &[(&str, &str)] = &[\n");
        for &lang in Language::ALL {
            let Some(list) = lang.stopword_list().and_then(NLTK::stopwords) else {
                continue;
            };
            if lang != Language::English {
                let words = signature(list).join(" ");
                out.push_str(&format!("    (\"{}\", \"{words}\"),\n", lang.code()));
            }
        }
        out.push_str("];\n");
        out
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn stopword_data_is_current() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/stopword_data.rs");
        let expected = stopword_data();
        if std::env::var_os("PRECIS_WRITE_STOPWORD_DATA").is_some() {
            std::fs::write(path, &expected).unwrap();
        }
        let actual = std::fs::read_to_string(path).unwrap();
        assert!(
            actual == expected,
            "src/stopword_data.rs is stale: PRECIS_WRITE_STOPWORD_DATA=1 cargo test stopword_data"
        );
    }

    /// The detection index of the browser's main module before the language pack loads.
    #[cfg(not(target_arch = "wasm32"))]
    fn signature_index() -> WordMap<&'static str, u32> {
        let mut index = WordMap::default();
        for (k, lang) in Language::ALL.iter().enumerate() {
            let Some(list) = lang.stopword_list().and_then(NLTK::stopwords) else {
                continue;
            };
            let words = if *lang == Language::English {
                list.iter().chain(ENGLISH_EXTRA).copied().collect()
            } else {
                signature(list)
            };
            for w in words {
                *index.get_or_insert_with(w, || w, || 0) |= 1 << k;
            }
        }
        index
    }

    fn lowercase_words(text: &str) -> Vec<String> {
        text.to_lowercase()
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    }

    /// The signatures find the same language as the whole lists on the fixtures, whole and in their
    /// first 30 words.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn signatures_detect_like_whole_lists() {
        let index = signature_index();
        for (file, lang) in [
            ("cnn-sailor.txt", Language::English),
            ("bbc-blair.txt", Language::English),
            ("seed-nato-page.txt", Language::English),
            ("orangesum-fr-apl.txt", Language::French),
        ] {
            let path = format!("{}/tests/fixtures/{file}", env!("CARGO_MANIFEST_DIR"));
            let words = lowercase_words(&std::fs::read_to_string(path).unwrap());
            for n in [30, words.len()] {
                let w = || words.iter().take(n).map(String::as_str);
                assert_eq!(detect(w()).language, lang, "{file}, {n} words, whole lists");
                assert_eq!(detect_in(&index, w()).language, lang, "{file}, {n} words");
            }
        }
    }

    /// Agreement of signature and whole-list detection on every text of ../shared/eval, whole and
    /// in its first 20 words: `cargo test --lib signature_agreement -- --ignored --nocapture`.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    #[ignore = "a measurement over ../shared/eval"]
    fn signature_agreement() {
        let index = signature_index();
        for (file, texts) in eval_texts(
            &[
                "cnndm-dev.jsonl",
                "bbc-dev.jsonl",
                "orangesum-fr-dev.jsonl",
                "pasted-dev.jsonl",
                "pasted-other-langs-dev.jsonl",
            ],
            &["pasted", "text", "article"],
        ) {
            let (mut n, mut same, mut same_short) = (0, 0, 0);
            for text in texts {
                let words = lowercase_words(&text);
                let w = |k: usize| words.iter().take(k).map(String::as_str);
                n += 1;
                same +=
                    usize::from(detect(w(5000)).language == detect_in(&index, w(5000)).language);
                same_short +=
                    usize::from(detect(w(20)).language == detect_in(&index, w(20)).language);
            }
            println!("{file}: {n} texts, same language {same}, first 20 words {same_short}");
        }
    }

    /// The texts of each eval file that is there: the first of `keys` that a record has.
    #[cfg(not(target_arch = "wasm32"))]
    fn eval_texts(files: &[&'static str], keys: &[&str]) -> Vec<(&'static str, Vec<String>)> {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval");
        let mut out = Vec::new();
        for &file in files {
            let Ok(data) = std::fs::read_to_string(format!("{dir}/{file}")) else {
                continue;
            };
            let texts = data
                .lines()
                .map(|line| {
                    let v: serde_json::Value = serde_json::from_str(line).unwrap();
                    keys.iter()
                        .find_map(|&k| v[k].as_str())
                        .unwrap_or_default()
                        .to_string()
                })
                .collect();
            out.push((file, texts));
        }
        out
    }

    /// How often detection on a text's first 8, 15 and 30 words agrees with detection on the
    /// whole text, by confidence: what a "reliable" threshold means.
    /// `cargo test --lib confidence_calibration -- --ignored --nocapture`
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    #[ignore = "a measurement over ../shared/eval"]
    fn confidence_calibration() {
        let bins = [0.0, 0.1, 0.2, 0.3, 0.5, 0.7, 1.01];
        let mut counts = vec![(0usize, 0usize); bins.len() - 1];
        for (_, texts) in eval_texts(
            &[
                "cnndm-dev.jsonl",
                "orangesum-fr-dev.jsonl",
                "pasted-dev.jsonl",
                "pasted-other-langs-dev.jsonl",
            ],
            &["article", "text"],
        ) {
            for text in texts {
                let words = lowercase_words(&text);
                let truth = detect(words.iter().map(String::as_str)).language;
                // Prefixes taken from several places, not only the lead.
                for start in [0, words.len() / 3, 2 * words.len() / 3] {
                    for n in [8, 15, 30] {
                        let d = detect(words.iter().skip(start).take(n).map(String::as_str));
                        let bin = bins.windows(2).position(|b| d.confidence < b[1]).unwrap();
                        counts[bin].0 += 1;
                        counts[bin].1 += usize::from(d.language == truth);
                    }
                }
            }
        }
        for (b, (n, right)) in bins.windows(2).zip(counts) {
            println!(
                "confidence {:.1}..{:.1}: {n} snippets, {right} right",
                b[0], b[1]
            );
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn signatures_are_short_words_of_the_list() {
        let french = NLTK::stopwords(Sw::French).unwrap();
        let sig = signature(french);
        assert_eq!(sig.len(), SIGNATURE_WORDS);
        assert!(sig.iter().all(|w| french.contains(w)));
        for w in ["de", "la", "le", "et", "à"] {
            assert!(sig.contains(&w), "{w}");
        }
    }

    #[test]
    fn length_filters_hold_their_words_and_tell_ends_apart() {
        let mut filter = LengthFilter::default();
        let mut all = Vec::new();
        for &lang in Language::ALL {
            // (A list may hold an empty word, which no word of a text is.)
            for w in lang.stopword_set().iter().filter(|w| !w.is_empty()) {
                filter.add(w);
                all.push(w);
            }
        }
        let missed: Vec<_> = all.iter().filter(|w| !filter.may_hold(w)).collect();
        assert!(missed.is_empty(), "{missed:?}");
        let mut filter = LengthFilter::default();
        filter.add("more");
        assert!(filter.may_hold("more") && filter.may_hold("mare"));
        // Another last byte, or another length.
        assert!(!filter.may_hold("most") && !filter.may_hold("mores") && !filter.may_hold(""));
    }

    #[test]
    fn codes_round_trip() {
        for &l in Language::ALL {
            assert_eq!(Language::from_code(l.code()), Some(l));
        }
    }
}
