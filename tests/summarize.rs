//! Fixture tests: each `tests/fixtures/NAME.txt` with a `NAME.expected` file must summarize (three
//! sentences, default method) to exactly the expected lines. Sources: tests/fixtures/README.md.
//! When a deliberate change of scoring changes a summary, regenerate with
//! `precis -n 3 tests/fixtures/NAME.txt > tests/fixtures/NAME.expected` and say why in the commit.

use std::fs;
use std::path::Path;

use precis::{Length, Options, Summarizer};

#[test]
fn fixtures_summarize_to_expected_sentences() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let summarizer = Summarizer::new(Options::default().with_max_sentences(3));
    let mut checked = 0;
    for entry in fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let Ok(expected) = fs::read_to_string(path.with_extension("expected")) else {
            continue;
        };
        let text = fs::read_to_string(&path).unwrap();
        let summary = summarizer.summarize(&text).unwrap();
        let got: Vec<String> = summary.sentences.iter().map(|s| s.folded()).collect();
        let want: Vec<&str> = expected.lines().collect();
        assert_eq!(got, want, "{}", path.display());
        checked += 1;
    }
    assert!(checked >= 3, "fixtures found: {checked}");
}

/// Lines of the seed page that are page furniture, not the article.
const SEED_BOILERPLATE: &[&str] = &[
    "Connect with us",
    "Hi, what are you looking for?",
    "World",
    "You May Also Like",
    "TOP news",
    "Opinion",
    "Health Care",
    "Paul Sancya/AP",
    "The EU should play an active role",
    "Adeline van Houtte",
    "Former President Donald Trump",
    "Celebrity News",
];

#[test]
fn seed_page_summary_has_no_page_furniture() {
    let page = include_str!("fixtures/seed-nato-page.txt");
    for n in 1..=5 {
        let summary = Summarizer::new(Options::default().with_max_sentences(n))
            .summarize(page)
            .unwrap();
        assert_eq!(summary.sentences.len(), n);
        for s in &summary.sentences {
            assert!(
                !SEED_BOILERPLATE.iter().any(|b| s.text.starts_with(b)),
                "n={n}: boilerplate chosen: {:?}",
                s.text
            );
        }
    }
}

#[test]
fn news_lead_and_keywords() {
    let text = include_str!("fixtures/cnn-sailor.txt");
    let summary = precis::summarize(text, &Options::default().with_keywords(3)).unwrap();
    assert_eq!(
        summary.sentences.len(),
        3,
        "adaptive length: three for a news story"
    );
    assert_eq!(summary.keywords[0], "Jordan");
    assert_eq!(summary.language.code, "en");
}

/// DailyMail's paragraphs leave quotation marks at line ends and on lines of their own; captions
/// run into the text. Under every budget each chosen sentence has words, and under word and
/// character budgets none is a fragment of fewer than four.
#[test]
fn quote_mark_paragraphs_give_no_fragments() {
    let text = include_str!("fixtures/dailymail-eiffel.txt");
    let words = |s: &str| {
        s.split_whitespace()
            .filter(|w| w.chars().any(char::is_alphanumeric))
            .count()
    };
    for (length, floor) in [
        (Length::Sentences(3), 2),
        (Length::Sentences(12), 2),
        (Length::Words(1), 4),
        (Length::Words(40), 4),
        (Length::Words(150), 4),
        (Length::Chars(300), 4),
        (Length::Ratio(0.3), 4),
    ] {
        let summary = Summarizer::new(Options::default().with_length(length))
            .summarize(text)
            .unwrap();
        assert!(!summary.sentences.is_empty());
        for s in &summary.sentences {
            assert!(words(&s.text) >= floor, "{length:?}: {:?}", s.text);
        }
    }
    // No sentence of the text is a lone mark.
    let ranges = Summarizer::default().split(text).unwrap();
    assert!(ranges.iter().all(|r| words(&text[r.clone()]) > 0));
}
