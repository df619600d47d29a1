//! The bad-input battery for the core: each input gets a clear result or a clear error, never a
//! panic; summaries stay verbatim slices of the input; big inputs finish (no time is asserted:
//! speed is measured by the benchmarks).
#![cfg(not(target_arch = "wasm32"))]

use precis::{Error, Length, Options, Summarizer, Summary};

fn summarize(text: &str) -> Result<Summary, Error> {
    Summarizer::new(Options::default().with_length(Length::Sentences(3))).summarize(text)
}

/// A summary whose sentences are slices of `text`, in order, within the budget.
fn check(text: &str, s: &Summary) {
    assert!(!s.sentences.is_empty());
    assert!(s.sentences.len() <= 3);
    let mut last = None;
    for x in &s.sentences {
        assert_eq!(&text[x.start..x.end], x.text);
        assert!(last.is_none_or(|l| l < x.index));
        last = Some(x.index);
    }
}

#[test]
fn nothing_to_summarize_is_a_clear_error() {
    for text in [
        "",
        "   ",
        "\n\n\t  \r\n",
        "\u{200B}\u{00AD}\u{FEFF}",
        "\u{0}\u{1}\u{7}",
    ] {
        assert_eq!(summarize(text).unwrap_err(), Error::EmptyInput, "{text:?}");
    }
}

#[test]
fn tiny_inputs_give_what_there_is() {
    for text in [
        "word",
        "One sentence only.",
        "no punctuation at all just words and more words",
    ] {
        let s = summarize(text).unwrap();
        check(text, &s);
        assert_eq!(s.stats.sentences_in, 1, "{text}");
    }
}

#[test]
fn odd_but_real_inputs() {
    let html = "<html><body><script>alert(1)</script><p>The council met on Monday.</p>\
                <p>It approved the budget.</p><img src=x onerror=alert(2)></body></html>";
    let caps = "THE COUNCIL MET ON MONDAY. IT APPROVED THE BUDGET. THE MAYOR WAS PLEASED.";
    let repeated = "The same sentence again. ".repeat(200);
    let numbers = "12 345 678. 9 10 11. 3.14 2.71 1.41. 100 200 300.";
    let zwj = "👨‍👩‍👧‍👦 Family trip today. 🏳️‍🌈 Parade in town. 👩🏽‍💻 Coders met.";
    let rtl = "ذهب الرجل إلى السوق صباحا. اشترى الرجل خبزا. שלום לכולם. זהו משפט שני.";
    let cjk = "今天天气很好。我们去公园散步。公园里有很多人。东京は晴れです。";
    let controls = "First\u{0} sentence\u{1b}[31m here. Second\u{7f} one\u{8} there. Third.";
    for text in [html, caps, &repeated, numbers, zwj, rtl, cjk, controls] {
        let s = summarize(text).unwrap_or_else(|e| panic!("{text}: {e}"));
        check(text, &s);
    }
    // Repeated sentences are not all chosen: redundancy keeps one of the same.
    let s = summarize(&repeated).unwrap();
    assert_eq!(s.sentences.len(), 1, "identical sentences add nothing");
}

#[test]
fn binary_junk_never_panics() {
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    for _ in 0..50 {
        let bytes: Vec<u8> = (0..2000)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                state as u8
            })
            .collect();
        let text = String::from_utf8_lossy(&bytes);
        match summarize(&text) {
            Ok(s) => check(&text, &s),
            // The only error valid options allow: nothing readable in the junk.
            Err(e) => assert_eq!(e, Error::EmptyInput),
        }
    }
}

#[test]
fn a_one_megabyte_line_and_ten_megabytes_of_text_finish() {
    let sentence = "The council approved the new budget for schools and roads on Monday. ";
    let line = sentence.repeat(1_000_000 / sentence.len());
    let s = summarize(&line).unwrap();
    check(&line, &s);

    let no_punctuation = "word ".repeat(200_000); // 1 MB, one sentence with no end
    let s = summarize(&no_punctuation).unwrap();
    check(&no_punctuation, &s);

    let article = include_str!("fixtures/cnn-sailor.txt");
    let big = article.repeat(10_000_000 / article.len() + 1); // about 10 MB
    let s = summarize(&big).unwrap();
    check(&big, &s);
    assert!(s.stats.words_in > 1_500_000);
}
