//! Property tests: offsets slice back, order, budgets, determinism, no panic on any Unicode.
#![cfg(not(target_arch = "wasm32"))]

use precis::{Language, Length, Options, Summarizer};
use proptest::prelude::*;

/// Text made of sentence-like pieces, with odd characters mixed in.
fn texty() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        "[a-zA-Z]{1,10}",
        "[0-9]{1,4}(\\.[0-9]{1,2})?",
        Just("U.S.".to_string()),
        Just("Mr.".to_string()),
        Just("😀".to_string()),
        Just("日本語".to_string()),
        Just("مرحبا".to_string()),
        Just("Ναι".to_string()),
        Just("z.B.".to_string()),
        Just("\u{00AD}".to_string()),
        Just("\u{200B}".to_string()),
    ];
    let sep = prop_oneof![
        Just(" ".to_string()),
        Just(". ".to_string()),
        Just("! ".to_string()),
        Just("? ".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just("\u{00A0}".to_string()),
        Just("。".to_string()),
        Just("... ".to_string()),
        Just("\" ".to_string()),
        Just("; ".to_string()),
        Just("؟ ".to_string()),
        Just("। ".to_string()),
        Just(" « ".to_string()),
    ];
    prop::collection::vec((word, sep), 1..80)
        .prop_map(|v| v.into_iter().map(|(w, s)| w + &s).collect())
}

/// Any language, given or left to detection: every language's rules must hold.
fn language() -> impl Strategy<Value = Option<Language>> {
    prop_oneof![
        Just(None),
        (0..Language::ALL.len()).prop_map(|i| Some(Language::ALL[i])),
    ]
}

fn length() -> impl Strategy<Value = Length> {
    prop_oneof![
        Just(Length::Auto),
        (1usize..8).prop_map(Length::Sentences),
        (1usize..80).prop_map(Length::Words),
        (1usize..400).prop_map(Length::Chars),
        (0.01f64..=1.0).prop_map(Length::Ratio),
    ]
}

/// Pages of paragraphs as DailyMail and picture sites set them: sentences, quotation marks left on
/// a line of their own or after a sentence, captions' crumbs, rows of punctuation.
fn fragmented_page() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[A-Z][a-z]{2,8}( [a-z]{1,9}){2,14}[.!?]( '| \")?",
        1 => Just("'".to_string()),
        1 => Just("\u{2019}".to_string()),
        1 => Just("\"".to_string()),
        1 => Just("(left)".to_string()),
        1 => Just("Nailed it!".to_string()),
        1 => Just("* * *".to_string()),
        1 => Just("\u{2014}".to_string()),
        1 => "[A-Z][a-z]{2,8}[.!]",
    ];
    let sep = prop_oneof![Just(" "), Just("\n"), Just("\n\n")];
    prop::collection::vec((piece, sep), 1..40)
        .prop_map(|v| v.into_iter().map(|(p, s)| p + s).collect())
}

/// Words as the summary counts them: tokens with a letter or digit.
fn words(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn no_summary_sentence_lacks_words(text in fragmented_page(), len in length()) {
        // With cleaning, every chosen sentence has a word; without it (every sentence a candidate),
        // fragments are left out as the rule says.
        if let Ok(cleaned) = Summarizer::new(Options::default().with_length(len)).summarize(&text) {
            for s in &cleaned.sentences {
                prop_assert!(words(&s.text) >= 1, "{:?} in {:?}", s.text, text);
            }
        }
        let options = Options::default().with_length(len).with_clean(false);
        let summary = Summarizer::new(options).summarize(&text);
        let sentences: Vec<String> = Summarizer::default()
            .split(&text)
            .map(|r| r.into_iter().map(|r| text[r].to_string()).collect())
            .unwrap_or_default();
        let longest = sentences.iter().map(|s| words(s)).max().unwrap_or(0);
        let Ok(summary) = summary else {
            prop_assert_eq!(longest, 0, "a text with words is summarized");
            return Ok(());
        };
        // Under a word, character or ratio budget a sentence of fewer than four words is chosen
        // only when the text has nothing longer; under a sentence budget, one of a single word.
        let wanted = match len {
            Length::Sentences(_) | Length::Auto => 2,
            _ => 4,
        };
        let floor = [wanted, 2].into_iter().find(|&f| longest >= f).unwrap_or(0);
        for s in &summary.sentences {
            prop_assert!(words(&s.text) >= floor, "{:?} ({:?}) in {:?}", s.text, len, text);
        }
    }

    #[test]
    fn summaries_are_verbatim_ordered_and_within_budget(text in texty(), len in length()) {
        let summarizer = Summarizer::new(Options::default().with_length(len));
        let Ok(summary) = summarizer.summarize(&text) else {
            // Blank text, or text of punctuation alone (no sentence has a word).
            let wordless = text.chars().all(|c| {
                c.is_whitespace()
                    || c == '\u{00AD}'
                    || c == '\u{200B}'
                    || c.is_ascii_punctuation()
                    || "。؟।«…".contains(c)
            });
            prop_assert!(wordless, "only text without words is an error");
            return Ok(());
        };
        prop_assert!(!summary.sentences.is_empty(), "non-empty text yields a sentence");
        let mut last = None;
        for s in &summary.sentences {
            prop_assert_eq!(&text[s.start..s.end], s.text.as_str());
            prop_assert!(last.is_none_or(|l| l < s.index), "input order");
            last = Some(s.index);
        }
        let st = &summary.stats;
        match len {
            Length::Sentences(k) => prop_assert!(summary.sentences.len() <= k),
            Length::Words(w) => prop_assert!(st.words_out <= w || (st.over_budget && st.sentences_out == 1)),
            Length::Chars(c) => prop_assert!(st.chars_out <= c || (st.over_budget && st.sentences_out == 1)),
            Length::Ratio(r) => {
                let budget = (r * st.words_in as f64).ceil() as usize;
                prop_assert!(st.words_out <= budget.max(1) || (st.over_budget && st.sentences_out == 1));
            }
            Length::Auto => prop_assert!(summary.sentences.len() <= 15),
        }
        // Deterministic.
        prop_assert_eq!(summarizer.summarize(&text).unwrap(), summary);
    }

    #[test]
    fn split_ranges_are_ordered_verbatim_and_trimmed(text in texty(), lang in language()) {
        let summarizer = Summarizer::new(Options::default().with_language(lang));
        if let Ok(ranges) = summarizer.split(&text) {
            let mut end = 0;
            for r in ranges {
                prop_assert!(r.start >= end && r.start < r.end);
                let piece = &text[r.clone()];
                prop_assert_eq!(piece.trim(), piece);
                end = r.end;
            }
        }
    }

    #[test]
    fn arbitrary_unicode_never_panics(
        text in "\\PC{0,300}",
        bytes in prop::collection::vec(any::<u8>(), 0..300),
        lang in language(),
    ) {
        let summarizer = Summarizer::new(Options::default().with_language(lang));
        let _ = summarizer.summarize(&text);
        let lossy = String::from_utf8_lossy(&bytes);
        let _ = summarizer.summarize(&lossy);
        let _ = summarizer.split(&lossy);
    }
}
