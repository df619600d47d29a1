//! The JS API in a real browser (headless Chromium through chromedriver): `summarize(text, options)`.
#![cfg(target_arch = "wasm32")]

use js_sys::{JSON, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap()
}

/// `text.slice(start, end)` in JavaScript for each `{start, end}` of `spans`.
fn js_slices(text: &str, spans: &JsValue) -> Vec<String> {
    let js_text = JsValue::from_str(text);
    let js_text: &js_sys::JsString = js_text.unchecked_ref();
    js_sys::Array::from(spans)
        .iter()
        .map(|s| {
            let (a, b) = (
                get(&s, "start").as_f64().unwrap() as u32,
                get(&s, "end").as_f64().unwrap() as u32,
            );
            String::from(js_text.slice(a, b))
        })
        .collect()
}

/// The JS API's `summarize` and `splitSentences`, given a JS string.
fn summarize(text: &str, options: Option<JsValue>) -> Result<JsValue, wasm_bindgen::JsError> {
    precis::wasm::summarize(text.into(), options)
}

fn split_sentences(text: &str, options: Option<JsValue>) -> Result<JsValue, wasm_bindgen::JsError> {
    precis::wasm::split_sentences(text.into(), options)
}

fn options(json: &str) -> JsValue {
    JSON::parse(json).unwrap()
}

const ARTICLE: &str = "The city council approved a new budget on Tuesday. \
    The budget raises school funding by ten percent. \
    Critics said the budget ignores public transport. \
    The mayor defended the budget at a press conference. \
    Weather was mild all week.";

#[wasm_bindgen_test]
fn summarizes_with_sentence_count() {
    let r = summarize(ARTICLE, Some(options(r#"{"sentences": 2}"#))).unwrap();
    let sentences = js_sys::Array::from(&get(&r, "sentences"));
    assert_eq!(sentences.length(), 2);
}

#[wasm_bindgen_test]
fn offsets_are_utf16_and_slice_back_with_emoji() {
    let text = "😀 Emoji lead the way here. 🎉🎉 Parties were held in every town. The towns cheered the parties.";
    let r = summarize(text, Some(options(r#"{"sentences": 3}"#))).unwrap();
    let js_text = JsValue::from_str(text);
    let js_text: &js_sys::JsString = js_text.unchecked_ref();
    for s in js_sys::Array::from(&get(&r, "sentences")).iter() {
        let start = get(&s, "start").as_f64().unwrap() as u32;
        let end = get(&s, "end").as_f64().unwrap() as u32;
        let slice = js_text.slice(start, end);
        assert_eq!(JsValue::from(slice), get(&s, "text"));
    }
}

#[wasm_bindgen_test]
fn empty_input_is_an_error_with_a_message() {
    let err = summarize("   ", None).unwrap_err();
    let err: JsValue = err.into();
    let msg = get(&err, "message").as_string().unwrap();
    assert!(msg.contains("no text"), "{msg}");
}

#[wasm_bindgen_test]
fn a_text_that_is_not_a_string_is_an_error() {
    for text in [
        JsValue::from(42),
        JsValue::NULL,
        JsValue::UNDEFINED,
        js_sys::Array::new().into(),
    ] {
        for result in [
            precis::wasm::summarize(text.clone(), None),
            precis::wasm::split_sentences(text, None),
        ] {
            let err: JsValue = result.unwrap_err().into();
            let msg = get(&err, "message").as_string().unwrap();
            assert_eq!(msg, "the text must be a string");
        }
    }
}

#[wasm_bindgen_test]
fn texts_of_the_widest_characters_arrive_whole() {
    // Texts of only lone surrogates (U+FFFD: three bytes for one UTF-16 unit, the most a unit can
    // need), characters of three bytes, of four bytes (two units), and ASCII: the last span of
    // each ends at the end of the JS string.
    let lone = js_sys::JsString::from_char_code(&[0xD800; 1000]);
    let texts: [JsValue; 4] = [
        lone.into(),
        "東".repeat(1000).into(),
        "😀".repeat(500).into(),
        "ascii ".repeat(1000).trim_end().into(),
    ];
    for text in texts {
        let units = text.unchecked_ref::<js_sys::JsString>().length();
        let spans = js_sys::Array::from(&precis::wasm::split_sentences(text, None).unwrap());
        let end = get(&spans.get(spans.length() - 1), "end").as_f64().unwrap();
        assert_eq!(end as u32, units);
    }
}

#[wasm_bindgen_test]
fn bad_options_are_errors_not_panics() {
    assert!(summarize(ARTICLE, Some(options(r#"{"ratio": 2}"#))).is_err());
    assert!(summarize(ARTICLE, Some(options(r#"{"method": "magic"}"#))).is_err());
    assert!(summarize(ARTICLE, Some(options(r#"{"lang": "xx"}"#))).is_err());
    assert!(summarize(ARTICLE, Some(options(r#"{"sentences": "three"}"#))).is_err());
    // Each value of the wrong type is an error that names its option.
    for (json, name) in [
        (r#"{"sentences": 2.5}"#, "sentences"),
        (r#"{"words": -3}"#, "words"),
        (r#"{"ratio": "half"}"#, "ratio"),
        (r#"{"all": "yes"}"#, "all"),
        (r#"{"clean": 0}"#, "clean"),
        (r#"{"lang": 7}"#, "lang"),
        (r#"{"keywords": true}"#, "keywords"),
        ("[]", "object"),
        ("42", "object"),
    ] {
        let err: JsValue = summarize(ARTICLE, Some(options(json))).unwrap_err().into();
        let msg = get(&err, "message").as_string().unwrap();
        assert!(msg.contains(name), "{json}: {msg}");
    }
    // null and undefined mean "not given".
    let count = |r: JsValue| js_sys::Array::from(&get(&r, "sentences")).length();
    let nulls = options(r#"{"sentences": null, "lang": null}"#);
    assert_eq!(
        count(summarize(ARTICLE, Some(nulls)).unwrap()),
        count(summarize(ARTICLE, None).unwrap())
    );
    assert!(summarize(ARTICLE, Some(JsValue::NULL)).is_ok());
}

#[wasm_bindgen_test]
fn language_is_reported() {
    let r = summarize(ARTICLE, None).unwrap();
    assert_eq!(get(&get(&r, "language"), "code").as_string().unwrap(), "en");
}

#[wasm_bindgen_test]
fn unknown_or_conflicting_options_are_errors() {
    let err: JsValue = summarize(ARTICLE, Some(options(r#"{"sentence": 2}"#)))
        .unwrap_err()
        .into();
    let msg = get(&err, "message").as_string().unwrap();
    assert!(msg.contains("sentence"), "{msg}");
    assert!(summarize(ARTICLE, Some(options(r#"{"sentences": 2, "words": 10}"#))).is_err());
}

#[wasm_bindgen_test]
fn all_sentences_for_a_score_map() {
    let r = summarize(ARTICLE, Some(options(r#"{"sentences": 2, "all": true}"#))).unwrap();
    let all = js_sys::Array::from(&get(&r, "all"));
    assert_eq!(all.length(), 5);
    let chosen = all
        .iter()
        .filter(|s| get(s, "chosen").as_bool().unwrap())
        .count();
    assert_eq!(chosen, 2);
    let plain = summarize(ARTICLE, None).unwrap();
    assert!(get(&plain, "all").is_undefined());
}

#[wasm_bindgen_test]
fn split_sentences_gives_utf16_spans() {
    // Characters of two, four and three UTF-8 bytes (one, two and one UTF-16 units).
    let text = "Ünïcödé 😀 first. Second 🎉 one! Third € 東京 time? Fourth";
    let parts = js_slices(text, &split_sentences(text, None).unwrap());
    assert_eq!(
        parts,
        [
            "Ünïcödé 😀 first.",
            "Second 🎉 one!",
            "Third € 東京 time?",
            "Fourth"
        ]
    );
}

#[wasm_bindgen_test]
fn version_and_no_panic_recorded() {
    assert_eq!(precis::wasm::version(), env!("CARGO_PKG_VERSION"));
    assert_eq!(precis::wasm::last_panic(), None);
}

#[wasm_bindgen_test]
fn cleaning_report_uses_utf16_offsets() {
    let mut page = String::from("Menü 😀\nShare\nSubscribe\nLog in\nHome\n\n");
    page.push_str("Héllo 😀 council news today\n\n");
    for i in 0..6 {
        page.push_str(&format!(
            "The council met on day {i} and it said that the new budget for the schools in the town was approved by all of the members.\n\n"
        ));
    }
    let r = summarize(&page, Some(options(r#"{"sentences": 2}"#))).unwrap();
    let cleaning = get(&r, "cleaning");
    assert_eq!(get(&cleaning, "enabled").as_bool(), Some(true));
    let dropped = js_slices(&page, &get(&cleaning, "dropped"));
    assert!(dropped.contains(&"Share".to_string()), "{dropped:?}");
    let off = summarize(&page, Some(options(r#"{"clean": false}"#))).unwrap();
    assert_eq!(
        get(&get(&off, "cleaning"), "enabled").as_bool(),
        Some(false)
    );
}

#[wasm_bindgen_test]
fn language_pack_stems_other_languages_once_set() {
    let text = include_str!("fixtures/orangesum-fr-apl.txt");
    let lang = |r: &JsValue| get(r, "language");
    assert!(precis::wasm::needs_language_pack("fr"));
    assert!(
        !precis::wasm::needs_language_pack("en"),
        "English is in the main module"
    );
    assert!(
        precis::wasm::needs_language_pack("kk"),
        "Kazakh has no stemmer, but its whole stop-word list is in the pack"
    );
    assert!(!precis::wasm::needs_language_pack("und"));
    let before = summarize(text, None).unwrap();
    assert_eq!(get(&lang(&before), "code").as_string().unwrap(), "fr");
    assert_eq!(get(&lang(&before), "stemmed").as_bool(), Some(false));

    // A stand-in for the pack: `stem` counts its calls and keeps the first five letters;
    // `stopwords` gives common French function words and, to tell its list from the built-in
    // one, "apl" (a topic word of the article).
    let calls = js_sys::Array::new();
    let pack = js_sys::Function::new_with_args(
        "calls",
        "const fr = 'le la les de des du un une et en à au aux que qui il elle sur par pour dans est \
                    plus ce ne pas se son sa ses a apl'.split(' ').join('\\n'); \
         return { stem: (code, word) => { calls.push(code); return word.slice(0, 5); }, \
                  stopwords: (name) => name === 'french' ? fr : undefined };",
    )
    .call1(&JsValue::NULL, &calls)
    .unwrap();
    assert!(!precis::Language::French.is_stopword("apl"));
    precis::wasm::set_language_pack(Some(pack.unchecked_into())).unwrap();
    assert!(
        precis::Language::French.is_stopword("apl"),
        "the pack's list"
    );
    let after = summarize(text, None).unwrap();
    precis::wasm::set_language_pack(None).unwrap();
    assert!(
        !precis::Language::French.is_stopword("apl"),
        "the built-in signature again"
    );
    assert_eq!(get(&lang(&after), "stemmed").as_bool(), Some(true));
    assert!(calls.length() > 50, "one call per distinct word");
    assert!(calls.iter().all(|c| c.as_string().as_deref() == Some("fr")));
    let keywords = js_sys::Array::from(&get(&after, "keywords"));
    assert!(keywords.length() > 0);
}

#[wasm_bindgen_test]
fn results_have_the_command_lines_json_shape() {
    // Text in ASCII, where UTF-16 offsets equal byte offsets: the JS result, stringified, equals
    // the library's summary through serde_json (field order, values, the optional `all`), for
    // each length unit and method and a page with dropped lines.
    use precis::{Language, Length, Method, Options, Summarizer};
    let mut page = String::from("Menu\nShare\nSubscribe\nLog in\nHome\n\nCouncil news today\n\n");
    for i in 0..6 {
        page.push_str(&format!(
            "The council met on day {i} and it said that the new budget for the schools in the town was approved by all of the members.\n\n"
        ));
    }
    page.push_str("Related stories\nCookie settings\n");
    let cases = [
        (ARTICLE, "{}", Options::default()),
        (
            ARTICLE,
            r#"{"sentences": 2, "all": true}"#,
            Options::default()
                .with_length(Length::Sentences(2))
                .with_all_sentences(true),
        ),
        (
            ARTICLE,
            r#"{"ratio": 0.5, "method": "textrank", "keywords": 3}"#,
            Options::default()
                .with_length(Length::Ratio(0.5))
                .with_method(Method::TextRank)
                .with_keywords(3),
        ),
        (
            ARTICLE,
            r#"{"words": 12, "method": "luhn", "lang": "en"}"#,
            Options::default()
                .with_length(Length::Words(12))
                .with_method(Method::Luhn)
                .with_language(Some(Language::English)),
        ),
        (
            ARTICLE,
            r#"{"chars": 90, "method": "lead", "clean": false}"#,
            Options::default()
                .with_length(Length::Chars(90))
                .with_method(Method::Lead)
                .with_clean(false),
        ),
        (
            &page,
            r#"{"sentences": 2, "all": true}"#,
            Options::default()
                .with_length(Length::Sentences(2))
                .with_all_sentences(true),
        ),
    ];
    for (text, js_options, rust_options) in cases {
        let from_js = summarize(text, Some(options(js_options))).unwrap();
        let summary = Summarizer::new(rust_options).summarize(text).unwrap();
        let from_rust = JSON::parse(&serde_json::to_string(&summary).unwrap()).unwrap();
        assert_eq!(
            JSON::stringify(&from_js).unwrap(),
            JSON::stringify(&from_rust).unwrap(),
            "{js_options}"
        );
    }
    let r = summarize(&page, Some(options(r#"{"sentences": 2}"#))).unwrap();
    let dropped = js_sys::Array::from(&get(&get(&r, "cleaning"), "dropped"));
    assert!(dropped.length() > 3, "the page's clutter was dropped");
}
