//! JavaScript bindings (wasm32 only): converts options and results, nothing else.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::{Language, Length, Method, Options, Summarizer};

/// Options as JavaScript passes them: `{sentences, ratio, words, chars, method, lang, keywords}`.
#[derive(Deserialize, Default)]
#[serde(default)]
struct JsOptions {
    sentences: Option<usize>,
    ratio: Option<f64>,
    words: Option<usize>,
    chars: Option<usize>,
    method: Option<String>,
    lang: Option<String>,
    keywords: Option<usize>,
}

fn js_error(msg: impl std::fmt::Display) -> JsError {
    JsError::new(&msg.to_string())
}

fn to_options(value: JsValue) -> Result<Options, JsError> {
    let js: JsOptions = if value.is_undefined() || value.is_null() {
        JsOptions::default()
    } else {
        serde_wasm_bindgen::from_value(value).map_err(js_error)?
    };
    let length = match (js.sentences, js.ratio, js.words, js.chars) {
        (Some(n), ..) => Length::Sentences(n),
        (_, Some(r), ..) => Length::Ratio(r),
        (_, _, Some(w), _) => Length::Words(w),
        (.., Some(c)) => Length::Chars(c),
        _ => Length::Auto,
    };
    let method = match js.method.as_deref() {
        None => Method::Precis,
        Some(m) => Method::from_name(m).ok_or_else(|| js_error(format!("unknown method {m:?}")))?,
    };
    let language = match js.lang.as_deref() {
        None | Some("auto") | Some("") => None,
        Some(code) => Some(
            Language::from_code(code)
                .ok_or_else(|| js_error(crate::Error::UnknownLanguage(code.into())))?,
        ),
    };
    Ok(Options::default()
        .with_length(length)
        .with_method(method)
        .with_language(language)
        .with_keywords(js.keywords.unwrap_or(8)))
}

/// UTF-16 offset of each byte offset we need, computed in one pass.
fn utf16_offset(text: &str, byte: usize) -> usize {
    text[..byte].chars().map(char::len_utf16).sum()
}

/// Summarizes `text`; `start`/`end` of each sentence are UTF-16 offsets (`text.slice(start, end)`).
#[wasm_bindgen]
pub fn summarize(text: &str, options: JsValue) -> Result<JsValue, JsError> {
    let opts = to_options(options)?;
    let mut summary = Summarizer::new(opts).summarize(text).map_err(js_error)?;
    for s in &mut summary.sentences {
        s.start = utf16_offset(text, s.start);
        s.end = utf16_offset(text, s.end);
    }
    summary
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(js_error)
}
