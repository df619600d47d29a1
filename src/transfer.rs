//! A summary as numbers, to cross from the page's Web Worker to the main thread (`ui::worker`):
//! one `Float64Array` is copied as a block, where a serialized object costs a JS value per field.
//! The text stays on the main thread, so sentences travel as byte offsets. The JS API's results
//! are written the same way (`wasm::to_js`, with UTF-16 offsets) and built by `src/result.js`.

use crate::{
    Cleaning, DropReason, DroppedLine, Language, LanguageReport, Options, ScoredSpan, Sentence,
    Signals, Stats, Summary,
};

const REASONS: [DropReason; 5] = [
    DropReason::Cue,
    DropReason::Links,
    DropReason::Repeated,
    DropReason::NotProse,
    DropReason::OutsideArticle,
];

/// The summary as numbers, in the order [`decode`] reads them (and `buildSummary` in src/result.js:
/// a change here is a change there).
pub(crate) fn encode(s: &Summary) -> Vec<f64> {
    let mut out = Vec::with_capacity(32 + 12 * s.sentences.len() + 5 * s.all.len());
    let st = &s.stats;
    let lang = Language::ALL
        .iter()
        .position(|l| l.code() == s.language.code);
    out.extend(
        [
            st.sentences_in,
            st.words_in,
            st.chars_in,
            st.sentences_out,
            st.words_out,
            st.chars_out,
        ]
        .map(|n| n as f64),
    );
    out.extend([
        flag(st.over_budget),
        lang.map_or(-1.0, |i| i as f64),
        s.language.confidence,
        flag(s.language.detected),
        flag(s.language.reliable),
        flag(s.language.stemmed),
        flag(s.cleaning.enabled),
    ]);
    match &s.cleaning.article {
        Some(a) => out.extend([a.start as f64, a.end as f64]),
        None => out.extend([-1.0, -1.0]),
    }
    out.push(s.cleaning.dropped.len() as f64);
    for d in &s.cleaning.dropped {
        let reason = REASONS.iter().position(|&r| r == d.reason).unwrap_or(0);
        out.extend([d.start as f64, d.end as f64, reason as f64]);
    }
    out.push(s.sentences.len() as f64);
    for x in &s.sentences {
        let g = &x.signals;
        out.extend([x.index as f64, x.start as f64, x.end as f64, x.score]);
        out.extend([
            g.tf,
            g.position,
            g.title,
            g.centrality,
            g.length,
            g.heading,
            g.credit,
            g.question,
        ]);
    }
    out.push(s.all.len() as f64);
    for x in &s.all {
        out.extend([
            x.index as f64,
            x.start as f64,
            x.end as f64,
            x.score,
            flag(x.chosen),
        ]);
    }
    out
}

fn flag(b: bool) -> f64 {
    f64::from(u8::from(b))
}

/// Reads numbers in order; `None` past the end or on a value of the wrong kind.
struct Numbers<'a>(std::slice::Iter<'a, f64>);

impl Numbers<'_> {
    fn number(&mut self) -> Option<f64> {
        self.0.next().copied()
    }

    /// A whole number ≥ 0 (a negative one is `None`: "absent").
    fn whole(&mut self) -> Option<usize> {
        let x = self.number()?;
        (x >= 0.0 && x.fract() == 0.0).then_some(x as usize)
    }

    fn flag(&mut self) -> Option<bool> {
        Some(self.number()? != 0.0)
    }

    /// A byte range of `text` on character boundaries.
    fn range(&mut self, text: &str) -> Option<(usize, usize)> {
        let (start, end) = (self.whole()?, self.whole()?);
        text.get(start..end).map(|_| (start, end))
    }
}

/// The summary that [`encode`] wrote for `text` with `options`; `None` when the numbers do not fit
/// the text (a worker of another version, or another text).
pub(crate) fn decode(
    text: &str,
    options: &Options,
    numbers: &[f64],
    keywords: &str,
) -> Option<Summary> {
    let mut r = Numbers(numbers.iter());
    // Struct fields are evaluated in the order written: the order `encode` wrote them.
    let stats = Stats {
        sentences_in: r.whole()?,
        words_in: r.whole()?,
        chars_in: r.whole()?,
        sentences_out: r.whole()?,
        words_out: r.whole()?,
        chars_out: r.whole()?,
        over_budget: r.flag()?,
        length: options.length,
        method: options.method,
    };
    let lang_index = r.number()?;
    let language = Language::ALL
        .get(lang_index as usize)
        .filter(|_| lang_index >= 0.0)
        .copied()
        .unwrap_or(Language::Unknown);
    let language = LanguageReport {
        code: language.code(),
        name: language.name(),
        confidence: r.number()?,
        detected: r.flag()?,
        reliable: r.flag()?,
        stemmed: r.flag()?,
    };
    let enabled = r.flag()?;
    let article = match (r.number()?, r.number()?) {
        (a, b) if a < 0.0 || b < 0.0 => None,
        (a, b) => Some(a as usize..b as usize).filter(|a| text.get(a.clone()).is_some()),
    };
    let mut dropped = Vec::new();
    for _ in 0..r.whole()? {
        let (start, end) = r.range(text)?;
        let reason = *REASONS.get(r.whole()?)?;
        dropped.push(DroppedLine { start, end, reason });
    }
    let mut sentences = Vec::new();
    for _ in 0..r.whole()? {
        let index = r.whole()?;
        let (start, end) = r.range(text)?;
        let score = r.number()?;
        // Struct fields are evaluated in the order written: the order `encode` wrote them.
        let signals = Signals {
            tf: r.number()?,
            position: r.number()?,
            title: r.number()?,
            centrality: r.number()?,
            length: r.number()?,
            heading: r.number()?,
            credit: r.number()?,
            question: r.number()?,
        };
        sentences.push(Sentence {
            text: text[start..end].to_string(),
            index,
            start,
            end,
            score,
            signals,
        });
    }
    let mut all = Vec::new();
    for _ in 0..r.whole()? {
        let index = r.whole()?;
        let (start, end) = r.range(text)?;
        all.push(ScoredSpan {
            index,
            start,
            end,
            score: r.number()?,
            chosen: r.flag()?,
        });
    }
    Some(Summary {
        sentences,
        keywords: keywords
            .split('\n')
            .filter(|k| !k.is_empty())
            .map(str::to_string)
            .collect(),
        language,
        stats,
        cleaning: Cleaning {
            enabled,
            article,
            dropped,
        },
        all,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Length, Summarizer};

    const PAGE: &str = include_str!("../tests/fixtures/seed-nato-page.txt");
    const NEWS: &str = include_str!("../tests/fixtures/cnn-sailor.txt");

    #[test]
    fn a_summary_survives_the_trip() {
        for (text, options) in [
            (PAGE, Options::default().with_all_sentences(true)),
            (NEWS, Options::default().with_length(Length::Words(40))),
            (
                NEWS,
                Options::default().with_language(Some(Language::French)),
            ),
            (
                "Ein Satz über Bücher. Noch ein Satz über Bücher hier.",
                Options::default(),
            ),
            ("Words only", Options::default().with_clean(false)),
        ] {
            let s = Summarizer::new(options.clone()).summarize(text).unwrap();
            let back = decode(text, &options, &encode(&s), &s.keywords.join("\n"));
            assert_eq!(back.as_ref(), Some(&s), "{text:.40}");
        }
    }

    #[test]
    fn numbers_that_do_not_fit_the_text_are_refused() {
        let options = Options::default().with_all_sentences(true);
        let s = Summarizer::new(options.clone()).summarize(NEWS).unwrap();
        let numbers = encode(&s);
        assert!(decode(&NEWS[..NEWS.len() / 2], &options, &numbers, "").is_none());
        assert!(decode(NEWS, &options, &numbers[..numbers.len() - 1], "").is_none());
        assert!(decode(NEWS, &options, &[], "").is_none());
    }
}
