//! Long texts are summarized in a Web Worker, so that a large paste never freezes the page: in the
//! page's wasm, summarizing a 1 MB paste takes about 190 ms (`node bench/long_tasks.mjs`).
//!
//! The worker (`www/precis-worker.js`) runs this same wasm module and calls [`summarize_for_ui`].
//! The summary comes back as numbers (byte offsets, scores, counts: one `Float64Array`, copied
//! without serializing), the keywords, and the JS API's result for the UI's listener. The main
//! thread still has the text, so `transfer::decode` slices each sentence from it again.

use wasm_bindgen::prelude::*;

use super::settings::Settings;
use crate::transfer::encode;
use crate::{Options, Summarizer};

/// Texts from this many UTF-16 units (about 17,000 words; 20 ms of summarizing) go to the worker.
pub(crate) const WORKER_CHARS: u32 = 100_000;

/// The options the UI summarizes with.
pub(crate) fn options(s: &Settings) -> Options {
    Options::default()
        .with_length(s.unit.length(s.amount))
        .with_keywords(8)
        .with_all_sentences(true)
        .with_language(s.lang)
        .with_clean(s.clean)
}

/// Summarizes `text` for the page's UI, in its Web Worker: `[numbers, keywords, result]` (see the
/// module docs). `settings`: the UI's, as it remembers them (`Settings::serialize`); `progress`,
/// if given, is called with the share done (0 to 1) along the way. Not part of the public API.
#[wasm_bindgen(js_name = summarizeForUi, skip_typescript)]
pub fn summarize_for_ui(
    text: JsValue,
    settings: &str,
    progress: Option<js_sys::Function>,
) -> Result<js_sys::Array, JsError> {
    let text = crate::wasm::text_of(&text)?;
    let mut report = |f: f64| {
        if let Some(p) = &progress {
            // A listener that throws must not stop the summary.
            let _ = p.call1(&JsValue::NULL, &f.into());
        }
    };
    let summary = Summarizer::new(options(&Settings::parse(settings)))
        .summarize_with_progress(&text, &mut report)
        .map_err(|e| JsError::new(&e.to_string()))?;
    let numbers = js_sys::Float64Array::from(&encode(&summary)[..]);
    let keywords = JsValue::from_str(&summary.keywords.join("\n"));
    let result = crate::wasm::to_js(&text, summary);
    Ok([numbers.into(), keywords, result].iter().collect())
}
