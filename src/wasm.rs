//! JavaScript bindings (wasm32 only): converts options and results, nothing else.
//!
//! `summarize(text, options)` returns the CLI's JSON shape with `start`/`end` in UTF-16 code units,
//! so `text.slice(s.start, s.end) === s.text` in JavaScript. Every export returns a `Result` that
//! becomes a thrown `Error` with a message; nothing here unwraps. A panic (none is known) aborts the
//! call with a `WebAssembly.RuntimeError`; debug builds keep its message for `lastPanic()`, the
//! release build (panics as immediate aborts, for size: `scripts/trunk.sh`) has none to keep.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;

use crate::terms::{masked_run_len, swar};
use crate::{Language, Length, Method, Options, Summarizer};

#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = r#"
/**
 * Options of `summarize`; give at most one of sentences, ratio, words, chars (default: adaptive).
 * Its own enumerable properties are read, as `JSON.stringify` would; null or undefined means not given.
 */
export interface SummarizeOptions {
  sentences?: number;
  /** A share of the input's words, 0 < ratio <= 1. */
  ratio?: number;
  words?: number;
  chars?: number;
  method?: "precis" | "luhn" | "textrank" | "lead";
  /** An ISO 639-1 code or "auto" (default). */
  lang?: string;
  /** How many keywords (default 8). */
  keywords?: number;
  /** Also return every sentence's span and score in `all`. */
  all?: boolean;
  /** Look for the article in a pasted page (default true). */
  clean?: boolean;
}
export interface Signals {
  tf: number; position: number; title: number; centrality: number;
  length: number; heading: number; credit: number; question: number;
}
export interface SummarySentence {
  /** The sentence exactly as in the input: text.slice(start, end). */
  text: string;
  index: number;
  /** UTF-16 offsets into the input. */
  start: number;
  end: number;
  score: number;
  signals: Signals;
}
export interface ScoredSpan { index: number; start: number; end: number; score: number; chosen: boolean; }
export interface LanguageReport {
  code: string; name: string; confidence: number; detected: boolean;
  /** False when detected from too little text to be sure (confidence < 0.3), or `und`. */
  reliable: boolean;
  /** Words were reduced to stems (false: no stemmer for this language, or the language pack is not loaded). */
  stemmed: boolean;
}
export interface SummaryStats {
  sentences_in: number; words_in: number; chars_in: number;
  sentences_out: number; words_out: number; chars_out: number;
  length: { unit: "auto" | "sentences" | "ratio" | "words" | "chars"; value?: number };
  method: "precis" | "luhn" | "textrank" | "lead";
  /** True when no sentence fitted a word or character budget and the best one was returned. */
  over_budget: boolean;
}
export interface SummaryResult {
  sentences: SummarySentence[];
  keywords: string[];
  language: LanguageReport;
  stats: SummaryStats;
  /** Present when `all: true` was asked for. */
  all?: ScoredSpan[];
  cleaning: Cleaning;
}
/** What cleaning kept (`article`, UTF-16 offsets) and dropped, line by line with a reason. */
export interface Cleaning {
  enabled: boolean;
  article: { start: number; end: number } | null;
  dropped: { start: number; end: number; reason: "cue" | "links" | "repeated" | "not_prose" | "outside_article" }[];
}
export interface SentenceSpan { start: number; end: number; }
/** The language pack module (precis-stem.js), initialized. */
export interface LanguagePack {
  stem(code: string, word: string): string | undefined;
  stopwords(name: string): string | undefined;
}
/** What `Precis.configure` takes (the widget's attributes). */
export interface PrecisConfig {
  sentences?: number | null;
  ratio?: number | null;
  words?: number | null;
  lang?: string | null;
  view?: "summary" | "highlight" | null;
  keywords?: boolean | null;
  clean?: boolean | null;
}
"#;

thread_local! {
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
    /// The language pack's `stem(code, word)` and `stopwords(name)`, once loaded (see
    /// `setLanguagePack`).
    static PACK: RefCell<Option<(js_sys::Function, js_sys::Function)>> = const { RefCell::new(None) };
    /// Whole stop-word lists from the pack, by language (kept for the page's life: a few KB each).
    static PACK_LISTS: RefCell<Vec<(Language, &'static [&'static str])>> = const { RefCell::new(Vec::new()) };
}

/// Gives precis the language pack (`precis-stem.js`: the Snowball stemmers and the whole stop-word
/// lists of languages other than English), an object with `stem(code, word)` and
/// `stopwords(name)`; `null` removes it. Without it, such languages are summarized with the few
/// stop words built in and no stemming, and the result says `language.stemmed: false`. Set it
/// once: the stop-word lists read from a pack are kept for the page's life, even if another pack
/// replaces it.
#[wasm_bindgen(js_name = setLanguagePack)]
pub fn set_language_pack(
    #[wasm_bindgen(unchecked_param_type = "LanguagePack | null")] pack: Option<js_sys::Object>,
) -> Result<(), JsError> {
    let functions = match pack {
        None => None,
        Some(pack) => {
            let get = |name: &str| {
                property(&pack, name)
                    .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
                    .ok_or_else(|| js_error(format!("the language pack has no function {name}")))
            };
            Some((get("stem")?, get("stopwords")?))
        }
    };
    PACK.with(|p| *p.borrow_mut() = functions);
    Ok(())
}

/// Whether text in the language `code` would be summarized better with the language pack (its
/// stemmer, its whole stop-word list), which is not loaded yet.
#[wasm_bindgen(js_name = needsLanguagePack)]
pub fn needs_language_pack(code: &str) -> bool {
    Language::from_code(code).is_some_and(|l| !matches!(l, Language::English | Language::Unknown))
        && !has_language_pack()
}

pub(crate) fn has_language_pack() -> bool {
    PACK.with(|p| p.borrow().is_some())
}

/// The whole stop-word list of `language` from the language pack, if it is loaded.
pub(crate) fn pack_stopwords(language: Language) -> Option<&'static [&'static str]> {
    if let Some(list) = PACK_LISTS.with(|l| {
        l.borrow()
            .iter()
            .find(|(lang, _)| *lang == language)
            .map(|(_, list)| *list)
    }) {
        return Some(list);
    }
    let text = PACK.with(|p| {
        let p = p.borrow();
        p.as_ref()?
            .1
            .call1(
                &JsValue::NULL,
                &JsValue::from_str(&language.name().to_lowercase()),
            )
            .ok()?
            .as_string()
    })?;
    // Leaked on purpose: one list per language for the page's life, like a static.
    let text: &'static str = Box::leak(text.into_boxed_str());
    let list: &'static [&'static str] =
        Box::leak(text.lines().collect::<Vec<_>>().into_boxed_slice());
    PACK_LISTS.with(|l| l.borrow_mut().push((language, list)));
    Some(list)
}

/// The language pack's stem of `word`, if the pack is loaded and answers with a string.
pub(crate) fn pack_stem(code: &str, word: &str) -> Option<String> {
    PACK.with(|p| {
        let f = p.borrow();
        f.as_ref()?
            .0
            .call2(
                &JsValue::NULL,
                &JsValue::from_str(code),
                &JsValue::from_str(word),
            )
            .ok()?
            .as_string()
    })
}

/// Keeps the message of a panic for `lastPanic()` (the module's start function installs it).
/// (Not in the release build, whose panics abort at once with no message: scripts/trunk.sh.)
#[cfg(not(panic = "immediate-abort"))]
#[wasm_bindgen(start)]
fn start() {
    std::panic::set_hook(Box::new(|info| {
        let msg = info.to_string();
        LAST_PANIC.with(|p| *p.borrow_mut() = Some(msg));
    }));
}

/// The message of the last panic inside precis, if any (for reporting a `RuntimeError`).
#[wasm_bindgen(js_name = lastPanic)]
pub fn last_panic() -> Option<String> {
    LAST_PANIC.with(|p| p.borrow().clone())
}

/// The version of precis.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}

/// `obj[key]`, or `None` when it is missing, `undefined` or `null`, or `obj` is no object.
pub(crate) fn property(obj: &JsValue, key: &str) -> Option<JsValue> {
    js_sys::Reflect::get(obj, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

fn js_error(msg: impl std::fmt::Display) -> JsError {
    JsError::new(&msg.to_string())
}

/// The options object as `summarize` takes it: its own enumerable properties (`Object.keys`), each
/// read once by its key. (Reading each of the nine known names with `Reflect.get`, each name a new
/// JS string, took 4 % of an article's summary.) Not through serde-wasm-bindgen's deserializer,
/// which cost 2 KB of the gzipped download. `null` and `undefined` mean "not given", an unknown
/// name is an error listing the known ones, and a value of the wrong type is an error naming the
/// option.
fn to_options(value: Option<JsValue>) -> Result<Options, JsError> {
    const KNOWN: [&str; 9] = [
        "sentences",
        "ratio",
        "words",
        "chars",
        "method",
        "lang",
        "keywords",
        "all",
        "clean",
    ];
    let given = |v: JsValue| (!v.is_undefined() && !v.is_null()).then_some(v);
    let object = match value.and_then(given) {
        None => None,
        Some(v) if v.is_object() && !js_sys::Array::is_array(&v) => Some(js_sys::Object::from(v)),
        Some(_) => return Err(js_error("invalid options: expected an object")),
    };
    let mut values: [Option<JsValue>; KNOWN.len()] = Default::default();
    if let Some(object) = &object {
        for key in js_sys::Object::keys(object).iter() {
            let name = key.as_string().unwrap_or_default();
            let Some(slot) = KNOWN.iter().position(|k| *k == name) else {
                return Err(js_error(format!(
                    "unknown option \"{name}\"; known: {}",
                    KNOWN.join(", ")
                )));
            };
            values[slot] = js_sys::Reflect::get(object, &key).ok().and_then(given);
        }
    }
    let get = |key: &str| {
        KNOWN
            .iter()
            .position(|k| *k == key)
            .and_then(|slot| values[slot].clone())
    };
    let bad = |key: &str, what: &str| js_error(format!("invalid options: {key} must be {what}"));
    let number = |key: &str| {
        get(key)
            .map(|v| v.as_f64().ok_or_else(|| bad(key, "a number")))
            .transpose()
    };
    let whole = |key: &str| {
        number(key)?
            .map(|x| {
                (x >= 0.0 && x.fract() == 0.0 && x <= 9_007_199_254_740_991.0)
                    .then_some(x as usize)
                    .ok_or_else(|| bad(key, "a whole number"))
            })
            .transpose()
    };
    let string = |key: &str| {
        get(key)
            .map(|v| v.as_string().ok_or_else(|| bad(key, "a string")))
            .transpose()
    };
    let flag = |key: &str| {
        get(key)
            .map(|v| v.as_bool().ok_or_else(|| bad(key, "true or false")))
            .transpose()
    };
    let length = Length::from_units(
        whole("sentences")?,
        number("ratio")?,
        whole("words")?,
        whole("chars")?,
    )
    .map_err(js_error)?;
    let method = match string("method")?.as_deref() {
        None => Method::Precis,
        Some(m) => {
            Method::from_name(m).ok_or_else(|| js_error(format!("unknown method \"{m}\"")))?
        }
    };
    let language = match string("lang")?.as_deref() {
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
        .with_keywords(whole("keywords")?.unwrap_or(8))
        .with_all_sentences(flag("all")?.unwrap_or(false))
        .with_clean(flag("clean")?.unwrap_or(true)))
}

/// Converts byte offsets into UTF-16 offsets in one pass over `text`.
struct Utf16Offsets {
    /// (byte offset, UTF-16 offset) just after every non-ASCII character: between two of these
    /// the text is ASCII and both offsets move in step. Empty for ASCII text.
    table: Vec<(usize, usize)>,
}

impl Utf16Offsets {
    fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut table = Vec::new();
        let mut delta = 0; // bytes - UTF-16 units so far
        let mut i = 0;
        while i < bytes.len() {
            // ASCII runs eight bytes at a time: most of a text in languages written in Latin.
            i += masked_run_len::<swar::Ascii>(&bytes[i..]);
            let Some(&b) = bytes.get(i) else { break };
            // The lead byte of a character of 2, 3 or 4 bytes (1 or 2 UTF-16 units).
            let len = match b {
                0xF0.. => 4,
                0xE0.. => 3,
                _ => 2,
            };
            delta += len - if len == 4 { 2 } else { 1 };
            table.push((i + len, i + len - delta));
            i += len;
        }
        Utf16Offsets { table }
    }

    /// The UTF-16 offset of the character boundary at `byte`.
    fn get(&self, byte: usize) -> usize {
        match self.table.partition_point(|&(b, _)| b <= byte) {
            0 => byte,
            i => {
                let (b, u) = self.table[i - 1];
                u + (byte - b)
            }
        }
    }
}

/// Summarizes `text` (see the module docs and `SummarizeOptions`).
#[wasm_bindgen(unchecked_return_type = "SummaryResult")]
pub fn summarize(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "SummarizeOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    let text = text_of(&text)?;
    let opts = to_options(options)?;
    let summary = Summarizer::new(opts).summarize(&text).map_err(js_error)?;
    Ok(to_js(&text, summary))
}

// The JS side of the API (src/result.js): results built from numbers, one call each, and texts
// written into the wasm's memory.
#[wasm_bindgen(module = "/src/result.js")]
extern "C" {
    #[wasm_bindgen(js_name = buildSummary)]
    fn build_summary(numbers: &[f64], strings: &str) -> JsValue;
    #[wasm_bindgen(js_name = buildSpans)]
    fn build_spans(numbers: &[u32]) -> JsValue;
    #[wasm_bindgen(js_name = encodeText)]
    fn encode_text(text: &js_sys::JsString, into: &mut [u8]) -> usize;
}

/// A JS string as UTF-8 (a lone surrogate becomes U+FFFD, one UTF-16 unit as it was, so offsets
/// still slice the original), written by the engine's `TextEncoder` straight into the wasm's
/// memory. (wasm-bindgen's own conversion of a `&str` argument copies the leading ASCII in a JS
/// loop, a character at a time: 2 % of an article's summary; 21 to 25 ms instead of 5.5 for
/// 10 MB of ASCII in node.)
pub(crate) fn text_of(text: &JsValue) -> Result<String, JsError> {
    let text = text
        .dyn_ref::<js_sys::JsString>()
        .ok_or_else(|| js_error("the text must be a string"))?;
    // A UTF-16 unit becomes at most three bytes (a surrogate pair, two units, four).
    let mut bytes = vec![0; text.length() as usize * 3];
    let written = encode_text(text, &mut bytes);
    bytes.truncate(written);
    // The spare capacity goes back at once: kept through the summary of 10 M words (59 MB of
    // text, 176 MB of buffer), it made that summary 2.7 s instead of 2.1 in node.
    bytes.shrink_to_fit();
    String::from_utf8(bytes).map_err(|_| js_error("the text is not valid UTF-8 after encoding"))
}

/// A summary of `text` in the JS API's shape: UTF-16 offsets, JSON-compatible values, fields in
/// the order of the structs' serde derives. Its offsets made UTF-16 units, it is written as the
/// worker writes it (`transfer::encode`), followed by what that leaves to the options (the length
/// and method) and the lengths of the keywords, language code and name; the strings go in one
/// string (the sentences' texts, keywords, code and name). `buildSummary` (src/result.js) reads
/// both.
pub(crate) fn to_js(text: &str, mut summary: crate::Summary) -> JsValue {
    use crate::{Length, Method};
    let offsets = Utf16Offsets::new(text);
    for x in &mut summary.sentences {
        (x.start, x.end) = (offsets.get(x.start), offsets.get(x.end));
    }
    for x in &mut summary.all {
        (x.start, x.end) = (offsets.get(x.start), offsets.get(x.end));
    }
    if let Some(a) = &mut summary.cleaning.article {
        *a = offsets.get(a.start)..offsets.get(a.end);
    }
    for x in &mut summary.cleaning.dropped {
        (x.start, x.end) = (offsets.get(x.start), offsets.get(x.end));
    }
    let mut n = crate::transfer::encode(&summary);
    // Indexes into src/result.js's UNITS and METHODS.
    let (unit, value) = match summary.stats.length {
        Length::Auto => (0, 0.0),
        Length::Sentences(k) => (1, k as f64),
        Length::Ratio(r) => (2, r),
        Length::Words(k) => (3, k as f64),
        Length::Chars(k) => (4, k as f64),
    };
    let method = match summary.stats.method {
        Method::Precis => 0,
        Method::Luhn => 1,
        Method::TextRank => 2,
        Method::Lead => 3,
    };
    n.extend([f64::from(unit), value, f64::from(method)]);
    let (code, name) = (summary.language.code, summary.language.name);
    let mut s: String = summary.sentences.iter().map(|x| x.text.as_str()).collect();
    n.push(summary.keywords.len() as f64);
    for k in summary
        .keywords
        .iter()
        .map(String::as_str)
        .chain([code, name])
    {
        s.push_str(k);
        n.push(k.encode_utf16().count() as f64);
    }
    build_summary(&n, &s)
}

/// The sentences of `text` as UTF-16 spans (segmentation only).
#[wasm_bindgen(js_name = splitSentences, unchecked_return_type = "SentenceSpan[]")]
pub fn split_sentences(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "SummarizeOptions")] options: Option<JsValue>,
) -> Result<JsValue, JsError> {
    let text = text_of(&text)?;
    let opts = to_options(options)?;
    let ranges = Summarizer::new(opts).split(&text).map_err(js_error)?;
    let offsets = Utf16Offsets::new(&text);
    // wasm32: a usize is a u32.
    let spans: Vec<u32> = ranges
        .into_iter()
        .flat_map(|r| [offsets.get(r.start), offsets.get(r.end)])
        .map(|x| x as u32)
        .collect();
    Ok(build_spans(&spans))
}
