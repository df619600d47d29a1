//! Sentence scoring: term frequency × position signals (the default), and the alternatives.

use serde::{Deserialize, Serialize};

use crate::phrases::Phrases;
use crate::terms::{SentenceTerms, Vocabulary};

/// How sentences are scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Method {
    /// Term frequency (centroid similarity) × a position prior, plus title overlap and penalties
    /// for fragments, headings, very long sentences and credits (see DESIGN.md).
    #[default]
    Precis,
    /// Luhn (1958): clusters of significant (frequent) words.
    Luhn,
    /// TextRank (Mihalcea & Tarau, 2004): PageRank over the word-overlap graph of sentences.
    TextRank,
    /// The first sentences, in order: the baseline to beat on news.
    Lead,
}

impl Method {
    /// Parses `precis`, `luhn`, `textrank` or `lead` (case-insensitive).
    pub fn from_name(name: &str) -> Option<Method> {
        match name.to_ascii_lowercase().as_str() {
            "precis" | "default" => Some(Method::Precis),
            "luhn" => Some(Method::Luhn),
            "textrank" => Some(Method::TextRank),
            "lead" => Some(Method::Lead),
            _ => None,
        }
    }
}

/// Tunable weights of the default method (see DESIGN.md for how the defaults were chosen).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Weights {
    /// Weight of the term-frequency signal (cosine to the document's term centroid, 0..1).
    pub tf: f64,
    /// Weight of the position prior (1 for the first sentence, decaying).
    pub position: f64,
    /// How fast the position prior decays: prior = 1 / (1 + decay × rank).
    pub position_decay: f64,
    /// How the position weight follows the budget: it is multiplied by (1 − k/n)^this, where k is
    /// the number of sentences the budget holds and n the number in the text. A summary that keeps
    /// a large share of the text should cover the whole, not repeat the lead.
    pub position_budget: f64,
    /// Texts of more sentences than this are long (reports, papers, chapters): their opening is
    /// not their summary. The position weight is multiplied by `long_text / n` for a text of `n`
    /// sentences, and the decay is spread over the text likewise.
    pub long_text: f64,
    /// Weight of centrality (TextRank over the word-overlap graph, 0..1).
    pub centrality: f64,
    /// Bonus for the first sentence of a paragraph, added to the position prior.
    pub paragraph_start: f64,
    /// Weight of the overlap with the title (the first line).
    pub title: f64,
    /// Redundancy control (MMR λ): a candidate loses this share of its score times its overlap with
    /// the sentences already chosen.
    pub redundancy: f64,
    /// Multiplier for lines without final punctuation (headings, captions, menu items).
    pub heading: f64,
    /// Multiplier for questions.
    pub question: f64,
    /// Sentences shorter than this many words count as fragments.
    pub short_words: f64,
    /// Sentences longer than this many words are penalised in proportion.
    pub long_words: f64,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            tf: 0.65,
            position: 1.8,
            position_decay: 0.2,
            position_budget: 6.0,
            long_text: 100.0,
            centrality: 0.0,
            paragraph_start: 0.28,
            title: 0.0,
            redundancy: 0.6,
            heading: 0.6,
            question: 0.3,
            short_words: 10.0,
            long_words: 50.0,
        }
    }
}

/// The parts of one sentence's score.
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize, Deserialize)]
pub struct Signals {
    /// Term-frequency signal (0..1): how central the sentence's words are to the document; for
    /// Luhn and TextRank, their own normalised score.
    pub tf: f64,
    /// Position prior (0..1).
    pub position: f64,
    /// Overlap with the title or first line (0..1).
    pub title: f64,
    /// Centrality in the sentence graph (0..1).
    pub centrality: f64,
    /// Multiplier for length: fragments and very long sentences get less than 1.
    pub length: f64,
    /// Multiplier for headings, captions and menu items (lines without final punctuation).
    pub heading: f64,
    /// Multiplier for bylines, photo credits and calls to action.
    pub credit: f64,
    /// Multiplier for questions.
    pub question: f64,
}

/// What scoring needs to know about one sentence.
pub(crate) struct SentenceInfo<'a> {
    pub text: &'a str,
    pub terms: &'a SentenceTerms,
    /// `terms.terms` sorted (repeats kept).
    pub sorted: &'a [u32],
    pub unterminated: bool,
    pub paragraph_start: bool,
    /// Known to hold no credit phrase (see [`looks_like_credit`]).
    pub credit_free: bool,
}

/// Scores every sentence with `method`; returns the score and its signals per sentence.
pub(crate) fn score_sentences(
    sentences: &[SentenceInfo<'_>],
    vocab: &Vocabulary,
    method: Method,
    w: &Weights,
    expected_k: f64,
) -> Vec<(f64, Signals)> {
    let penalties: Vec<(f64, f64, f64, f64)> = sentences.iter().map(|s| penalties(s, w)).collect();
    let with_penalties = |base: &[f64]| -> Vec<(f64, Signals)> {
        base.iter()
            .zip(&penalties)
            .map(|(&b, &(length, heading, credit, asks))| {
                let signals = Signals {
                    tf: b,
                    length,
                    heading,
                    credit,
                    question: asks,
                    ..Signals::default()
                };
                (b * length * heading * credit * asks, signals)
            })
            .collect()
    };
    match method {
        Method::Precis => precis_scores(sentences, vocab, w, &penalties, expected_k),
        Method::Luhn => with_penalties(&normalise(luhn(sentences, vocab))),
        Method::TextRank => with_penalties(&normalise(textrank(sentences))),
        Method::Lead => {
            let n = sentences.len().max(1) as f64;
            (0..sentences.len())
                .map(|i| {
                    let p = 1.0 - i as f64 / n;
                    (
                        p,
                        Signals {
                            position: p,
                            length: 1.0,
                            heading: 1.0,
                            credit: 1.0,
                            question: 1.0,
                            ..Signals::default()
                        },
                    )
                })
                .collect()
        }
    }
}

fn normalise(mut v: Vec<f64>) -> Vec<f64> {
    let max = v.iter().copied().fold(0.0_f64, f64::max);
    if max > 0.0 {
        v.iter_mut().for_each(|x| *x /= max);
    }
    v
}

/// (length, heading, credit, question) multipliers of a sentence.
fn penalties(s: &SentenceInfo<'_>, w: &Weights) -> (f64, f64, f64, f64) {
    let words = s.terms.words as f64;
    let length = if words < 1.0 {
        0.05
    } else if words < w.short_words {
        (words / w.short_words).powf(1.5).max(0.1)
    } else if words > w.long_words {
        (w.long_words / words).max(0.2)
    } else {
        1.0
    };
    let heading = if s.unterminated { w.heading } else { 1.0 };
    let credit = if looks_like_credit(s.text, s.credit_free) {
        0.1
    } else {
        1.0
    };
    let question = s
        .text
        .trim_end_matches(|c: char| crate::segment::is_closer(c))
        .ends_with(['?', '？', '؟']);
    let asks = if question { w.question } else { 1.0 };
    (length, heading, credit, asks)
}

/// Wording of credits and calls to action, found anywhere in a sentence, in any case.
pub(crate) const CREDIT_PHRASES: &[&str] = &[
    "photo:",
    "photograph:",
    "image:",
    "picture:",
    "credit:",
    "getty images",
    "all rights reserved",
    "click here",
    "read more",
    "sign up",
    "subscribe",
    "follow us",
    "share this",
    "published:",
    "updated:",
    "last modified",
    "©",
    "(c) copyright",
    "image source",
    "image caption",
    "media caption",
    "copyright",
];

/// Bylines, photo credits, datelines and calls to action: never the substance of an article.
/// `phrase_free`: the sentence is known to hold none of [`CREDIT_PHRASES`] (its line was searched
/// for them while cleaning).
pub(crate) fn looks_like_credit(text: &str, phrase_free: bool) -> bool {
    const CUES: Phrases = Phrases::new(CREDIT_PHRASES);
    if !phrase_free && CUES.in_text(text) {
        return true;
    }
    let starts = |p: &str| {
        text.get(..p.len())
            .is_some_and(|t| t.eq_ignore_ascii_case(p))
    };
    (starts("by ") || starts("reporting by") || starts("written by"))
        && text.split_whitespace().nth(8).is_none()
}

/// Cosine similarity of each sentence's term counts with the document's (without the sentence
/// itself), the position prior, and title overlap, combined and penalised.
fn precis_scores(
    sentences: &[SentenceInfo<'_>],
    vocab: &Vocabulary,
    w: &Weights,
    penalties: &[(f64, f64, f64, f64)],
    expected_k: f64,
) -> Vec<(f64, Signals)> {
    let n = sentences.len().max(1) as f64;
    let strength = (1.0 - (expected_k / n).min(1.0)).powf(w.position_budget);
    // Long texts have longer openings, and their opening is less often their summary: past
    // `long_text` sentences the position weight falls and the decay is spread over the whole text,
    // so a report or a chapter is not summarized by its first page alone.
    let long = (w.long_text / n).min(1.0);
    let position_weight = w.position * strength * long;
    let decay = w.position_decay * long;
    let centrality = if w.centrality > 0.0 {
        normalise(textrank(sentences))
    } else {
        vec![0.0; sentences.len()]
    };
    let doc_norm: f64 = vocab
        .counts
        .iter()
        .map(|&c| (c as f64).powi(2))
        .sum::<f64>()
        .sqrt();
    let mut counts: Vec<(u32, u32)> = Vec::new();
    let tf: Vec<f64> = sentences
        .iter()
        .map(|s| {
            term_counts(s.sorted, &mut counts);
            let mut dot = 0.0;
            let mut s_norm = 0.0;
            let mut rest_norm_sq = doc_norm * doc_norm;
            for &(t, c) in &counts {
                let d = vocab.counts[t as usize] as f64;
                let c = c as f64;
                let rest = d - c;
                dot += c * rest;
                s_norm += c * c;
                rest_norm_sq += rest * rest - d * d;
            }
            let denom = s_norm.sqrt() * rest_norm_sq.max(0.0).sqrt();
            if denom > 0.0 { dot / denom } else { 0.0 }
        })
        .collect();
    let tf = normalise(tf);

    // The title: the first unit when it is a heading (a line without final punctuation with at
    // least two content words) followed by more text. Without one, the signal is 0 everywhere: the
    // first sentence as a stand-in only repeated the position prior (see DESIGN.md).
    let title_idx = 0;
    let mut title_terms: Vec<u32> = match sentences.first() {
        Some(first)
            if first.unterminated && sentences.len() > 1 && first.terms.terms.len() >= 2 =>
        {
            first.sorted.to_vec()
        }
        _ => Vec::new(),
    };
    title_terms.dedup();

    let mut rank = 0usize;
    sentences
        .iter()
        .enumerate()
        .zip(penalties)
        .map(|((i, s), &(length, heading, credit, asks))| {
            let position = if s.unterminated {
                1.0 / (1.0 + decay * rank as f64)
            } else {
                let p = 1.0 / (1.0 + decay * rank as f64);
                rank += 1;
                p
            };
            let position = (position
                + if s.paragraph_start {
                    w.paragraph_start
                } else {
                    0.0
                })
            .min(1.0);
            let title = if i == title_idx || title_terms.is_empty() {
                0.0
            } else {
                // The title's terms are distinct, so a term repeated in the sentence counts once.
                count_shared(s.sorted, &title_terms) as f64 / title_terms.len() as f64
            };
            let content = w.tf * tf[i] + w.title * title + w.centrality * centrality[i];
            let base = content + position_weight * position;
            let signals = Signals {
                tf: tf[i],
                position,
                title,
                centrality: centrality[i],
                length,
                heading,
                credit,
                question: asks,
            };
            (base * length * heading * credit * asks, signals)
        })
        .collect()
}

/// Collapses a sorted term list into (term, count) pairs, reusing `out`.
fn term_counts(sorted: &[u32], out: &mut Vec<(u32, u32)>) {
    out.clear();
    for &t in sorted {
        match out.last_mut() {
            Some((last, c)) if *last == t => *c += 1,
            _ => out.push((t, 1)),
        }
    }
}

/// Luhn's significance: the best cluster of significant words (frequent, non-stop) bracketed within
/// four insignificant words, scored as significant² / cluster length.
fn luhn(sentences: &[SentenceInfo<'_>], vocab: &Vocabulary) -> Vec<f64> {
    let mut freq: Vec<u32> = vocab.counts.clone();
    freq.sort_unstable_by(|a, b| b.cmp(a));
    // Significant: among the most frequent tenth of terms, and seen more than once.
    let cut = freq.get(freq.len() / 10).copied().unwrap_or(1).max(2);
    sentences
        .iter()
        .map(|s| {
            let sig: Vec<usize> = s
                .terms
                .terms
                .iter()
                .enumerate()
                .filter(|(_, t)| vocab.counts[**t as usize] >= cut)
                .map(|(i, _)| i)
                .collect();
            let mut best = 0.0_f64;
            let mut k = 0;
            while k < sig.len() {
                let mut j = k;
                while j + 1 < sig.len() && sig[j + 1] - sig[j] <= 4 {
                    j += 1;
                }
                let count = (j - k + 1) as f64;
                let span = (sig[j] - sig[k] + 1) as f64;
                best = best.max(count * count / span);
                k = j + 1;
            }
            best
        })
        .collect()
}

/// TextRank over sentences: edges weighted by shared terms / (ln|a| + ln|b|), PageRank with damping
/// 0.85. Edges join sentences at most 400 apart, which keeps the cost linear on very long texts.
fn textrank(sentences: &[SentenceInfo<'_>]) -> Vec<f64> {
    const WINDOW: usize = 400;
    let n = sentences.len();
    let sets: Vec<Vec<u32>> = sentences
        .iter()
        .map(|s| {
            let mut t = s.sorted.to_vec();
            t.dedup();
            t
        })
        .collect();
    let mut edges: Vec<Vec<(usize, f64)>> = vec![Vec::new(); n];
    for i in 0..n {
        for j in i + 1..n.min(i + WINDOW + 1) {
            let (a, b) = (&sets[i], &sets[j]);
            if a.len() < 2 || b.len() < 2 {
                continue;
            }
            let shared = count_shared(a, b);
            if shared > 0 {
                let wgt = shared as f64 / ((a.len() as f64).ln() + (b.len() as f64).ln());
                edges[i].push((j, wgt));
                edges[j].push((i, wgt));
            }
        }
    }
    let out_sum: Vec<f64> = edges.iter().map(|e| e.iter().map(|x| x.1).sum()).collect();
    let mut rank = vec![1.0; n];
    for _ in 0..50 {
        let mut next = vec![0.15; n];
        for i in 0..n {
            if out_sum[i] > 0.0 {
                let share = 0.85 * rank[i] / out_sum[i];
                for &(j, wgt) in &edges[i] {
                    next[j] += share * wgt;
                }
            }
        }
        let delta: f64 = next.iter().zip(&rank).map(|(a, b)| (a - b).abs()).sum();
        rank = next;
        if delta < 1e-6 * n as f64 {
            break;
        }
    }
    rank
}

/// Number of elements two sorted lists share (a repeat in both counts each time it pairs up).
///
/// A merge whose steps are sums of comparisons, not branches: which list moves on is a coin toss
/// that the processor would mispredict half the time.
pub(crate) fn count_shared(a: &[u32], b: &[u32]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i], b[j]);
        n += usize::from(x == y);
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credits_are_recognised() {
        assert!(looks_like_credit("Photo: Jane Doe/Reuters", false));
        assert!(looks_like_credit("By Jane Doe", false));
        assert!(looks_like_credit("By Jane Doe", true));
        assert!(!looks_like_credit(
            "By the end of the year the council had approved the plan.",
            false
        ));
    }

    #[test]
    fn shared_counts_sorted_lists() {
        assert_eq!(count_shared(&[1, 3, 5, 7], &[3, 4, 5]), 2);
        assert_eq!(count_shared(&[], &[1]), 0);
    }

    #[test]
    fn methods_parse() {
        assert_eq!(Method::from_name("TextRank"), Some(Method::TextRank));
        assert_eq!(Method::from_name("nope"), None);
    }
}
