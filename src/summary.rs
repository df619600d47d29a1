//! The public pipeline: [`Options`] in, [`Summary`] out.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::boilerplate::{self, DropReason};
use crate::clean::{self, Normalized};
use crate::error::Error;
use crate::keyphrases;
use crate::lang::{Detection, Language};
use crate::score::{self, Method, SentenceInfo, Signals, Weights};
use crate::segment::{self, Span};
use crate::select::{self, Candidate, Length};
use crate::terms;

/// How to summarize: length, method, language, number of keywords.
///
/// # Examples
/// ```
/// use precis::{Length, Options};
/// let opts = Options::default().with_length(Length::Words(60)).with_keywords(5);
/// assert_eq!(opts.length, Length::Words(60));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Options {
    /// The length budget (default: adaptive).
    pub length: Length,
    /// The scoring method (default: [`Method::Precis`]).
    pub method: Method,
    /// The language, or `None` to detect it.
    #[serde(skip)]
    pub language: Option<Language>,
    /// How many keywords to report (default 8).
    pub keywords: usize,
    /// Also report every sentence's span and score in [`Summary::all`] (for a score map).
    pub all_sentences: bool,
    /// Find the article in a pasted page and summarize only it (default true).
    pub clean: bool,
    /// Weights of the default method.
    pub weights: Weights,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            length: Length::Auto,
            method: Method::Precis,
            language: None,
            keywords: 8,
            all_sentences: false,
            clean: true,
            weights: Weights::default(),
        }
    }
}

impl Options {
    /// Sets the length budget.
    ///
    /// # Examples
    /// ```
    /// let opts = precis::Options::default().with_length(precis::Length::Sentences(2));
    /// assert_eq!(opts.length, precis::Length::Sentences(2));
    /// ```
    pub fn with_length(mut self, length: Length) -> Self {
        self.length = length;
        self
    }

    /// Sets at most `n` sentences.
    ///
    /// # Examples
    /// ```
    /// let opts = precis::Options::default().with_max_sentences(2);
    /// assert_eq!(opts.length, precis::Length::Sentences(2));
    /// ```
    pub fn with_max_sentences(self, n: usize) -> Self {
        self.with_length(Length::Sentences(n))
    }

    /// Sets the scoring method.
    ///
    /// # Examples
    /// ```
    /// let opts = precis::Options::default().with_method(precis::Method::TextRank);
    /// assert_eq!(opts.method, precis::Method::TextRank);
    /// ```
    pub fn with_method(mut self, method: Method) -> Self {
        self.method = method;
        self
    }

    /// Fixes the language (`None`: detect it).
    ///
    /// # Examples
    /// ```
    /// let opts = precis::Options::default().with_language(Some(precis::Language::German));
    /// assert_eq!(opts.language, Some(precis::Language::German));
    /// ```
    pub fn with_language(mut self, language: Option<Language>) -> Self {
        self.language = language;
        self
    }

    /// Sets how many keywords to report.
    ///
    /// # Examples
    /// ```
    /// assert_eq!(precis::Options::default().with_keywords(3).keywords, 3);
    /// ```
    pub fn with_keywords(mut self, n: usize) -> Self {
        self.keywords = n;
        self
    }

    /// Also reports every sentence's span and score in [`Summary::all`].
    ///
    /// # Examples
    /// ```
    /// let opts = precis::Options::default().with_all_sentences(true);
    /// let s = precis::summarize("One here. Two there. Three again.", &opts).unwrap();
    /// assert_eq!(s.all.len(), 3);
    /// ```
    pub fn with_all_sentences(mut self, all: bool) -> Self {
        self.all_sentences = all;
        self
    }

    /// Turns the cleaning of pasted pages on (the default) or off.
    ///
    /// # Examples
    /// ```
    /// assert!(!precis::Options::default().with_clean(false).clean);
    /// ```
    pub fn with_clean(mut self, clean: bool) -> Self {
        self.clean = clean;
        self
    }

    /// Sets the weights of the default method.
    ///
    /// # Examples
    /// ```
    /// let w = precis::Weights { tf: 0.5, ..Default::default() };
    /// assert_eq!(precis::Options::default().with_weights(w).weights.tf, 0.5);
    /// ```
    pub fn with_weights(mut self, weights: Weights) -> Self {
        self.weights = weights;
        self
    }

    fn validate(&self) -> Result<(), Error> {
        match self.length {
            Length::Sentences(0) => {
                Err(Error::InvalidOption("sentences must be at least 1".into()))
            }
            Length::Words(0) => Err(Error::InvalidOption("words must be at least 1".into())),
            Length::Chars(0) => Err(Error::InvalidOption("chars must be at least 1".into())),
            Length::Ratio(r) if !(r > 0.0 && r <= 1.0) => Err(Error::InvalidOption(format!(
                "ratio must be in (0, 1], got {r}"
            ))),
            _ => Ok(()),
        }
    }
}

/// Detection confidence from which the language counts as reliable. Measured on snippets of
/// 8–30 words from `../shared/eval` (`cargo test --lib confidence_calibration -- --ignored`): under
/// 0.3, 83–89 % agree with the whole text's language; from 0.3 up, over 99 %.
pub const RELIABLE_CONFIDENCE: f64 = 0.3;

/// One chosen sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Sentence {
    /// The sentence exactly as in the input: `input[start..end]`.
    pub text: String,
    /// Its position among all sentences of the input (0-based).
    pub index: usize,
    /// Byte offset of its first character in the input.
    pub start: usize,
    /// Byte offset just past its last character.
    pub end: usize,
    /// Its score (higher is better; comparable within one text).
    pub score: f64,
    /// The parts of the score.
    pub signals: Signals,
}

impl Sentence {
    /// The sentence on one line: every run of white space that holds a line break becomes a space.
    ///
    /// # Examples
    /// ```
    /// let s = precis::summarize("A wrapped\nheadline is here.", &Default::default()).unwrap();
    /// assert!(s.sentences.iter().all(|s| !s.folded().contains('\n')));
    /// ```
    pub fn folded(&self) -> String {
        fold_line_breaks(&self.text)
    }
}

/// The characters that break a line: a run of white space holding one folds to a space.
const LINE_BREAKS: [char; 4] = ['\n', '\r', '\u{2028}', '\u{2029}'];

/// `text` on one line: every run of white space that holds a line break becomes one space; other
/// white space is kept as it is.
///
/// # Examples
/// ```
/// assert_eq!(precis::fold_line_breaks("a  b\n  c"), "a  b c");
/// ```
pub fn fold_line_breaks(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut ws = String::new();
    for c in text.chars() {
        if c.is_whitespace() {
            ws.push(c);
        } else {
            if !ws.is_empty() {
                if ws.contains(LINE_BREAKS) {
                    out.push(' ');
                } else {
                    out.push_str(&ws);
                }
                ws.clear();
            }
            out.push(c);
        }
    }
    out
}

/// The language the summary was made for.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LanguageReport {
    /// ISO 639-1 code, or `"und"`.
    pub code: &'static str,
    /// English name.
    pub name: &'static str,
    /// Detection confidence (0..1); 1 when the language was given.
    pub confidence: f64,
    /// True when detected, false when given.
    pub detected: bool,
    /// False when the language was detected from too little text to be sure (confidence under
    /// [`RELIABLE_CONFIDENCE`]) or none was found (`und`): the summary uses the best guess, and a
    /// reader may want to choose the language.
    pub reliable: bool,
    /// True when words were reduced to stems: false for languages without a Snowball stemmer and,
    /// in the browser, before the language pack has loaded.
    pub stemmed: bool,
}

/// Counts about the input and the summary.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    /// Sentences found in the input.
    pub sentences_in: usize,
    /// Words in the input.
    pub words_in: usize,
    /// Characters (Unicode scalar values) in the input.
    pub chars_in: usize,
    /// Sentences chosen.
    pub sentences_out: usize,
    /// Words in the summary.
    pub words_out: usize,
    /// Characters in the summary (folded sentences, line breaks between them not counted).
    pub chars_out: usize,
    /// The budget that was asked for.
    pub length: Length,
    /// The method used.
    pub method: Method,
    /// True when no sentence fitted the word or character budget, so the best single sentence was
    /// returned although it is longer.
    pub over_budget: bool,
}

/// The result of summarizing a text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Summary {
    /// The chosen sentences, in input order.
    pub sentences: Vec<Sentence>,
    /// The top terms of the text, each in its most common surface form.
    pub keywords: Vec<String>,
    /// The language used.
    pub language: LanguageReport,
    /// Counts.
    pub stats: Stats,
    /// What cleaning kept and dropped.
    pub cleaning: Cleaning,
    /// Every sentence of the input with its score, in order, when [`Options::all_sentences`] is set
    /// (empty otherwise; sentences that cleaning dropped score 0).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub all: Vec<ScoredSpan>,
}

/// What the cleaning stage found in a pasted page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cleaning {
    /// Whether cleaning ran.
    pub enabled: bool,
    /// The byte range of the input from the first to the last kept line (the article with its
    /// title), when cleaning ran.
    pub article: Option<Range<usize>>,
    /// The dropped lines, in order, with byte ranges of the input and reasons.
    pub dropped: Vec<DroppedLine>,
}

/// A line that cleaning dropped.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct DroppedLine {
    /// Byte offset of its first character in the input.
    pub start: usize,
    /// Byte offset just past its last character.
    pub end: usize,
    /// Why it was dropped.
    pub reason: DropReason,
}

impl Cleaning {
    fn report(
        lines: &[boilerplate::Line],
        norm: &Normalized,
        text: &str,
        enabled: bool,
    ) -> Cleaning {
        let to_original = |l: &boilerplate::Line| norm.span_to_original(text, l.start, l.end);
        let kept: Vec<(usize, usize)> = lines
            .iter()
            .filter(|l| l.dropped.is_none())
            .map(to_original)
            .collect();
        Cleaning {
            enabled,
            article: match (kept.first(), kept.last()) {
                (Some(a), Some(b)) if lines.iter().any(|l| l.dropped.is_some()) => Some(a.0..b.1),
                _ => None,
            },
            dropped: lines
                .iter()
                .filter_map(|l| {
                    let reason = l.dropped?;
                    let (start, end) = to_original(l);
                    Some(DroppedLine { start, end, reason })
                })
                .collect(),
        }
    }
}

/// A sentence of the input, chosen or not: where it is and how it scored.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoredSpan {
    /// Its position among all sentences (0-based).
    pub index: usize,
    /// Byte offset of its first character in the input.
    pub start: usize,
    /// Byte offset just past its last character.
    pub end: usize,
    /// Its score.
    pub score: f64,
    /// Whether it is in the summary.
    pub chosen: bool,
}

/// A configured summarizer.
///
/// # Examples
/// ```
/// use precis::{Options, Summarizer};
/// let text = "Cats sleep a lot. Cats sleep sixteen hours a day. Dogs bark. The sun is hot.";
/// let summary = Summarizer::new(Options::default().with_max_sentences(1)).summarize(text)?;
/// assert_eq!(summary.sentences.len(), 1);
/// # Ok::<(), precis::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Summarizer {
    options: Options,
}

/// The analysed document: normalized text, sentences, terms.
struct Document {
    normalized: Normalized,
    spans: Vec<Span>,
    detection: Detection,
    detected: bool,
}

impl Summarizer {
    /// A summarizer with these options.
    ///
    /// # Examples
    /// ```
    /// let s = precis::Summarizer::new(precis::Options::default());
    /// assert!(s.summarize("One sentence here.").is_ok());
    /// ```
    pub fn new(options: Options) -> Self {
        Summarizer { options }
    }

    /// The options in use.
    ///
    /// # Examples
    /// ```
    /// assert_eq!(precis::Summarizer::default().options().keywords, 8);
    /// ```
    pub fn options(&self) -> &Options {
        &self.options
    }

    fn document(&self, text: &str) -> Result<Document, Error> {
        let normalized = clean::normalize(text);
        if normalized.text.trim().is_empty() {
            return Err(Error::EmptyInput);
        }
        let (detection, detected) = match self.options.language {
            Some(language) => (
                Detection {
                    language,
                    confidence: 1.0,
                },
                false,
            ),
            None => (terms::detect_language(&normalized.text), true),
        };
        let spans = segment::split(&normalized.text, detection.language);
        if spans.is_empty() {
            return Err(Error::EmptyInput);
        }
        Ok(Document {
            normalized,
            spans,
            detection,
            detected,
        })
    }

    /// The sentences of `text` as byte ranges of the input, in order (segmentation only).
    ///
    /// # Errors
    /// [`Error::EmptyInput`] when the text holds nothing but white space.
    ///
    /// # Examples
    /// ```
    /// let text = "Mr. Smith left. He came back.";
    /// let ranges = precis::Summarizer::default().split(text)?;
    /// let parts: Vec<&str> = ranges.into_iter().map(|r| &text[r]).collect();
    /// assert_eq!(parts, ["Mr. Smith left.", "He came back."]);
    /// # Ok::<(), precis::Error>(())
    /// ```
    pub fn split(&self, text: &str) -> Result<Vec<Range<usize>>, Error> {
        let doc = self.document(text)?;
        Ok(doc
            .spans
            .iter()
            .map(|s| {
                let (a, b) = doc.normalized.span_to_original(text, s.start, s.end);
                a..b
            })
            .collect())
    }

    /// Summarizes `text`.
    ///
    /// # Errors
    /// [`Error::EmptyInput`] for empty or blank text, [`Error::InvalidOption`] for a zero or
    /// out-of-range length.
    ///
    /// # Examples
    /// ```
    /// let text = "The river flooded the town. Residents fled the flooded town. Officials blamed the rain.";
    /// let summary = precis::Summarizer::default().summarize(text)?;
    /// assert!(!summary.sentences.is_empty());
    /// assert_eq!(&text[summary.sentences[0].start..summary.sentences[0].end], summary.sentences[0].text);
    /// # Ok::<(), precis::Error>(())
    /// ```
    pub fn summarize(&self, text: &str) -> Result<Summary, Error> {
        self.summarize_with_progress(text, &mut |_| {})
    }

    /// Summarizes `text` like [`Summarizer::summarize`], telling `progress` how far it has got
    /// (0 to 1, rising) along the way: at the end of each stage, and during the longest one every
    /// few hundred sentences. For a progress bar on very long texts; a news article is done in a
    /// millisecond.
    ///
    /// # Errors
    /// As [`Summarizer::summarize`].
    ///
    /// # Examples
    /// ```
    /// let mut seen = Vec::new();
    /// let text = "The river rose. The town flooded. Officials blamed the rain.";
    /// precis::Summarizer::default().summarize_with_progress(text, &mut |f| seen.push(f))?;
    /// assert!(seen.windows(2).all(|w| w[0] <= w[1]) && seen.last() == Some(&1.0));
    /// # Ok::<(), precis::Error>(())
    /// ```
    pub fn summarize_with_progress(
        &self,
        text: &str,
        progress: &mut dyn FnMut(f64),
    ) -> Result<Summary, Error> {
        self.options.validate()?;
        let doc = self.document(text)?;
        // Stage shares of the time, measured on news (DESIGN.md, "Speed"): reading and splitting
        // 25 %, cleaning 25 %, terms 35 %, scoring and selection 15 %.
        progress(0.25);
        let norm = &doc.normalized.text;
        let n = doc.spans.len();

        // Cleaning: only sentences on article lines are candidates (all of them if nothing is kept).
        let lines = if self.options.clean {
            boilerplate::find_article(norm, doc.detection.language)
        } else {
            Vec::new()
        };
        progress(0.5);
        let line_of = |offset: usize| lines.partition_point(|l| l.start <= offset).checked_sub(1);
        let kept =
            |i: usize| line_of(doc.spans[i].start).is_none_or(|l| lines[l].dropped.is_none());
        let mut active: Vec<usize> = (0..n).filter(|&i| kept(i)).collect();
        if active.is_empty() {
            active = (0..n).collect();
        }

        let ranges: Vec<(usize, usize)> = active
            .iter()
            .map(|&i| (doc.spans[i].start, doc.spans[i].end))
            .collect();
        let (sentence_terms, vocab) =
            terms::analyze(norm, &ranges, doc.detection.language, &mut |f| {
                progress(0.5 + 0.35 * f);
            });
        let chars: Vec<usize> = active
            .iter()
            // A sentence's characters as the summary shows it, on one line: a normalized sentence
            // holds no line break (its only white space is ' ' and a sentence ends at '\n'), so
            // folding would change nothing.
            .map(|&i| terms::char_count(&norm[doc.spans[i].start..doc.spans[i].end]))
            .collect();
        let words_active: usize = sentence_terms.iter().map(|t| t.words).sum();
        let expected_k = expected_sentences(
            self.options.length,
            active.len(),
            words_active,
            chars.iter().sum(),
        );
        // Each sentence's terms sorted once, all in one buffer: for scoring, then (deduplicated in
        // place) for selection.
        let mut sorted = Vec::with_capacity(sentence_terms.iter().map(|t| t.terms.len()).sum());
        let mut bounds: Vec<Range<usize>> = sentence_terms
            .iter()
            .map(|t| {
                let start = sorted.len();
                sorted.extend_from_slice(&t.terms);
                sort_terms(&mut sorted[start..]);
                start..sorted.len()
            })
            .collect();
        let infos: Vec<SentenceInfo<'_>> = active
            .iter()
            .zip(sentence_terms.iter().zip(&bounds))
            .map(|(&i, (t, b))| {
                let s = &doc.spans[i];
                SentenceInfo {
                    text: &norm[s.start..s.end],
                    terms: t,
                    sorted: &sorted[b.clone()],
                    unterminated: s.unterminated,
                    paragraph_start: s.paragraph_start,
                    // (A sentence lies within one line.)
                    credit_free: line_of(s.start).is_some_and(|l| lines[l].credit_free),
                }
            })
            .collect();
        let scored = score::score_sentences(
            &infos,
            &vocab,
            self.options.method,
            &self.options.weights,
            expected_k,
        );
        drop(infos);
        for b in &mut bounds {
            b.end = b.start + dedup_sorted(&mut sorted[b.clone()]);
        }
        let distinct = sorted;
        let cands: Vec<Candidate<'_>> = scored
            .iter()
            .zip(&sentence_terms)
            .zip(&bounds)
            .zip(&chars)
            .map(|(((sc, t), b), &c)| Candidate {
                score: sc.0,
                words: t.words,
                chars: c,
                terms: &distinct[b.clone()],
            })
            .collect();
        let redundancy = if self.options.method == Method::Lead {
            0.0
        } else {
            self.options.weights.redundancy
        };
        // Budgets are relative to the article when cleaning found one.
        let selection = select::select(&cands, self.options.length, words_active, redundancy);

        let sentences: Vec<Sentence> = selection
            .chosen
            .iter()
            .map(|&k| {
                let i = active[k];
                let s = &doc.spans[i];
                let (start, end) = doc.normalized.span_to_original(text, s.start, s.end);
                Sentence {
                    text: text[start..end].to_string(),
                    index: i,
                    start,
                    end,
                    score: round(scored[k].0),
                    signals: round_signals(scored[k].1),
                }
            })
            .collect();
        let dropped_words: usize = (0..n)
            .filter(|i| active.binary_search(i).is_err())
            .map(|i| {
                let s = &doc.spans[i];
                norm[s.start..s.end]
                    .split_whitespace()
                    .filter(|w| terms::is_word(w))
                    .count()
            })
            .sum();
        let stats = Stats {
            sentences_in: n,
            words_in: words_active + dropped_words,
            chars_in: terms::char_count(text),
            sentences_out: sentences.len(),
            words_out: selection
                .chosen
                .iter()
                .map(|&k| sentence_terms[k].words)
                .sum(),
            chars_out: selection.chosen.iter().map(|&k| chars[k]).sum(),
            length: self.options.length,
            method: self.options.method,
            over_budget: selection.over_budget,
        };
        let all = if self.options.all_sentences {
            let mut score_of = vec![None; n];
            for (k, &i) in active.iter().enumerate() {
                score_of[i] = Some(k);
            }
            doc.spans
                .iter()
                .enumerate()
                .map(|(i, s)| {
                    let (start, end) = doc.normalized.span_to_original(text, s.start, s.end);
                    ScoredSpan {
                        index: i,
                        start,
                        end,
                        score: score_of[i].map_or(0.0, |k| round(scored[k].0)),
                        chosen: score_of[i].is_some_and(|k| selection.chosen.contains(&k)),
                    }
                })
                .collect()
        } else {
            Vec::new()
        };
        let cleaning = Cleaning::report(&lines, &doc.normalized, text, self.options.clean);
        progress(1.0);
        Ok(Summary {
            all,
            sentences,
            keywords: keyphrases::key_phrases(&sentence_terms, &vocab, self.options.keywords),
            language: LanguageReport {
                code: doc.detection.language.code(),
                name: doc.detection.language.name(),
                confidence: round(doc.detection.confidence),
                detected: doc.detected,
                reliable: !doc.detected
                    || (doc.detection.language != Language::Unknown
                        && doc.detection.confidence >= RELIABLE_CONFIDENCE),
                stemmed: doc.detection.language.stemmer().is_some(),
            },
            stats,
            cleaning,
        })
    }
}

/// Removes the repeats of the sorted `v`, keeping the first of each at the front; returns how
/// many are left.
fn dedup_sorted(v: &mut [u32]) -> usize {
    let mut n = 0;
    for i in 0..v.len() {
        if n == 0 || v[i] != v[n - 1] {
            v[n] = v[i];
            n += 1;
        }
    }
    n
}

/// Sorts a sentence's terms: by insertion up to 32 of them (in the size-optimized wasm the standard
/// library sorts any slice by heapsort), by the standard sort beyond.
fn sort_terms(v: &mut [u32]) {
    if v.len() > 32 {
        v.sort_unstable();
        return;
    }
    for i in 1..v.len() {
        let x = v[i];
        let mut j = i;
        while j > 0 && v[j - 1] > x {
            v[j] = v[j - 1];
            j -= 1;
        }
        v[j] = x;
    }
}

/// How many sentences the budget holds, on average.
fn expected_sentences(length: Length, n: usize, words: usize, chars: usize) -> f64 {
    let n_f = n.max(1) as f64;
    let k = match length {
        Length::Auto => select::auto_sentences(n) as f64,
        Length::Sentences(k) => k as f64,
        Length::Ratio(r) => r * n_f,
        Length::Words(w) => w as f64 / (words as f64 / n_f).max(1.0),
        Length::Chars(c) => c as f64 / (chars as f64 / n_f).max(1.0),
    };
    k.clamp(1.0, n_f)
}

fn round(x: f64) -> f64 {
    (x * 1e4).round() / 1e4
}

fn round_signals(s: Signals) -> Signals {
    Signals {
        tf: round(s.tf),
        position: round(s.position),
        title: round(s.title),
        centrality: round(s.centrality),
        length: round(s.length),
        heading: round(s.heading),
        credit: round(s.credit),
        question: round(s.question),
    }
}

/// Summarizes `text` with `options`: shorthand for `Summarizer::new(options.clone()).summarize(text)`.
///
/// # Errors
/// See [`Summarizer::summarize`].
///
/// # Examples
/// ```
/// let summary = precis::summarize("Rain fell. The river rose. The town flooded.", &Default::default())?;
/// assert!(summary.sentences.len() >= 1);
/// # Ok::<(), precis::Error>(())
/// ```
pub fn summarize(text: &str, options: &Options) -> Result<Summary, Error> {
    Summarizer::new(options.clone()).summarize(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_slice_back_with_crlf_and_invisible_characters() {
        let text = "Title\r\n\r\nThe first\u{00AD}sentence is here. The\u{00A0}second one follows.\r\nA third.";
        let s = summarize(text, &Options::default().with_max_sentences(3)).unwrap();
        for sent in &s.sentences {
            assert_eq!(&text[sent.start..sent.end], sent.text);
        }
        assert_eq!(s.sentences.len(), 3);
    }

    #[test]
    fn progress_rises_through_the_stages_of_a_long_text() {
        let text = (0..2000)
            .map(|i| format!("Sentence number {i} talks about rivers and towns."))
            .collect::<Vec<_>>()
            .join(" ");
        let mut seen = Vec::new();
        let summary = Summarizer::default()
            .summarize_with_progress(&text, &mut |f| seen.push(f))
            .unwrap();
        assert!(seen.windows(2).all(|w| w[0] <= w[1]), "{seen:?}");
        assert_eq!(seen.last(), Some(&1.0));
        // Reports while the terms are counted (every 256 of 2000 sentences), not only at stage ends.
        let during = seen.iter().filter(|&&f| f > 0.5 && f < 0.85).count();
        assert!(during >= 5, "{seen:?}");
        // The same summary as without a listener.
        assert_eq!(summary, Summarizer::default().summarize(&text).unwrap());
    }

    #[test]
    fn empty_and_blank_are_errors() {
        for t in ["", "   ", "\n\n\u{200B}\t"] {
            assert_eq!(
                summarize(t, &Options::default()).unwrap_err(),
                Error::EmptyInput
            );
        }
    }

    #[test]
    fn bad_lengths_are_errors() {
        for l in [
            Length::Sentences(0),
            Length::Words(0),
            Length::Chars(0),
            Length::Ratio(0.0),
            Length::Ratio(1.5),
            Length::Ratio(f64::NAN),
        ] {
            assert!(matches!(
                summarize("Hi there.", &Options::default().with_length(l)),
                Err(Error::InvalidOption(_))
            ));
        }
    }

    #[test]
    fn sorted_terms_lose_their_repeats_in_place() {
        let mut v = [1, 1, 2, 3, 3, 3, 7];
        assert_eq!(dedup_sorted(&mut v), 4);
        assert_eq!(v[..4], [1, 2, 3, 7]);
        assert_eq!(dedup_sorted(&mut []), 0);
        assert_eq!(dedup_sorted(&mut [5]), 1);
    }

    #[test]
    fn fold_keeps_spaces_and_joins_lines() {
        assert_eq!(fold_line_breaks("a  b\n c\r\nd"), "a  b c d");
        assert_eq!(fold_line_breaks("é \u{2028} ü\u{2029}x"), "é ü x");
        assert_eq!(
            fold_line_breaks("“Quoted”\u{a0}\u{3000}\tx \n"),
            "“Quoted”\u{a0}\u{3000}\tx"
        );
    }

    #[test]
    fn character_counts_are_those_of_the_sentences_on_one_line() {
        // Hard-wrapped, CRLF, odd spaces and breaks: the chars unit counts each sentence as the
        // summary shows it (folded onto one line).
        let text = "The council met on Monday evening to discuss the plan for the new bridge\r\nacross the river, which has been delayed for years.\u{2028}Residents of Málaga\u{a0}spoke\tat length. Officials promised a decision by June.";
        let summary = Summarizer::new(Options::default().with_all_sentences(true))
            .summarize(text)
            .unwrap();
        let folded: usize = summary
            .sentences
            .iter()
            .map(|s| fold_line_breaks(&s.text).chars().count())
            .sum();
        assert_eq!(summary.stats.chars_out, folded);
    }

    #[test]
    fn few_and_many_keywords_agree() {
        let text = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/cnn-sailor.txt"
        ))
        .unwrap();
        let top = |n| {
            summarize(&text, &Options::default().with_keywords(n))
                .unwrap()
                .keywords
        };
        let many = top(100);
        assert_eq!(many.len(), 100);
        for n in [0, 1, 8, 64] {
            assert_eq!(top(n), many[..n], "{n}");
        }
    }

    #[test]
    fn keywords_use_common_surface_form() {
        let text = "Rivers flood. The rivers rose again. Rivers everywhere. A river is wet.";
        let s = summarize(text, &Options::default().with_keywords(1)).unwrap();
        assert_eq!(s.keywords, vec!["Rivers"]);
    }
}
