//! The browser's language pack: the Snowball stemmers and the whole stop-word lists of every
//! language but English, as a wasm module of its own that the page and the widget load only when a
//! text needs it (English is whole in the main module, the others' stop words only in part). Built by trunk (index.html, `data-type="worker"`); natively it
//! is an empty program.

#[cfg(target_arch = "wasm32")]
#[path = "../snowball.rs"]
mod snowball;

#[cfg(target_arch = "wasm32")]
#[path = "../stopword_lists.rs"]
mod stopword_lists;

/// Stems one lowercased `word` of the language `code`; `undefined` for a language without a
/// Snowball stemmer.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn stem(code: &str, word: &str) -> Option<String> {
    let algorithm = snowball::algorithm(code)?;
    Some(
        rust_stemmers::Stemmer::create(algorithm)
            .stem(word)
            .into_owned(),
    )
}

/// The whole stop-word list of the language named `name` ("french"), one per line
/// (`stopword_lists::whole_list`, as natively).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn stopwords(name: &str) -> Option<String> {
    let language: stopwords::Language = name.parse().ok()?;
    let words = stopword_lists::whole_list(language);
    (!words.is_empty()).then(|| words.join("\n"))
}

fn main() {}
