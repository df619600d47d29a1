//! The JS API in a real browser (headless Chromium through chromedriver): `summarize(text, options)`.
#![cfg(target_arch = "wasm32")]

use js_sys::{JSON, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &JsValue::from_str(key)).unwrap()
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
    let r = precis::wasm::summarize(ARTICLE, options(r#"{"sentences": 2}"#)).unwrap();
    let sentences = js_sys::Array::from(&get(&r, "sentences"));
    assert_eq!(sentences.length(), 2);
}

#[wasm_bindgen_test]
fn offsets_are_utf16_and_slice_back_with_emoji() {
    let text = "😀 Emoji lead the way here. 🎉🎉 Parties were held in every town. The towns cheered the parties.";
    let r = precis::wasm::summarize(text, options(r#"{"sentences": 3}"#)).unwrap();
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
    let err = precis::wasm::summarize("   ", JsValue::UNDEFINED).unwrap_err();
    let err: JsValue = err.into();
    let msg = get(&err, "message").as_string().unwrap();
    assert!(msg.contains("no text"), "{msg}");
}

#[wasm_bindgen_test]
fn bad_options_are_errors_not_panics() {
    assert!(precis::wasm::summarize(ARTICLE, options(r#"{"ratio": 2}"#)).is_err());
    assert!(precis::wasm::summarize(ARTICLE, options(r#"{"method": "magic"}"#)).is_err());
    assert!(precis::wasm::summarize(ARTICLE, options(r#"{"lang": "xx"}"#)).is_err());
    assert!(precis::wasm::summarize(ARTICLE, options(r#"{"sentences": "three"}"#)).is_err());
}

#[wasm_bindgen_test]
fn language_is_reported() {
    let r = precis::wasm::summarize(ARTICLE, JsValue::UNDEFINED).unwrap();
    assert_eq!(get(&get(&r, "language"), "code").as_string().unwrap(), "en");
}
