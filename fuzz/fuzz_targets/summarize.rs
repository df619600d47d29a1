//! The whole pipeline: any bytes, any options. Besides crashes and hangs, a broken invariant is a
//! finding: sentences are verbatim slices of the input, in order, within the budget.
#![no_main]

use libfuzzer_sys::fuzz_target;
use precis::{Length, Summarizer};

mod common;

fuzz_target!(|data: &[u8]| {
    let (options, text) = common::options_and_text(data);
    let length = options.length;
    let Ok(summary) = Summarizer::new(options).summarize(&text) else {
        return;
    };
    assert!(!summary.sentences.is_empty());
    let mut last = None;
    for s in &summary.sentences {
        assert_eq!(&text[s.start..s.end], s.text);
        assert!(last.is_none_or(|l| l < s.index));
        last = Some(s.index);
    }
    let st = &summary.stats;
    let single = st.over_budget && st.sentences_out == 1;
    match length {
        Length::Sentences(k) => assert!(summary.sentences.len() <= k),
        Length::Words(w) => assert!(st.words_out <= w || single),
        Length::Chars(c) => assert!(st.chars_out <= c || single),
        _ => {}
    }
    if let Some(a) = &summary.cleaning.article {
        assert!(a.start <= a.end && a.end <= text.len());
    }
});
