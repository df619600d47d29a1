//! Segmentation alone, in every language: ranges in order, inside the text, on char boundaries,
//! trimmed, never empty.
#![no_main]

use libfuzzer_sys::fuzz_target;
use precis::Summarizer;

mod common;

fuzz_target!(|data: &[u8]| {
    let (options, text) = common::options_and_text(data);
    let Ok(ranges) = Summarizer::new(options).split(&text) else {
        return;
    };
    let mut end = 0;
    for r in ranges {
        assert!(r.start >= end && r.start < r.end && r.end <= text.len());
        let piece = &text[r.clone()];
        assert_eq!(piece.trim(), piece);
        end = r.end;
    }
});
