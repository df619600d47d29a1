//! The browser's language pack: the Snowball stemmers of every language but English, as a small
//! wasm module of its own that the page and the widget load only when a text needs one (English
//! stemming is in the main module). Built by trunk (index.html, `data-type="worker"`); natively it
//! is an empty program.

#[cfg(target_arch = "wasm32")]
#[path = "../snowball.rs"]
mod snowball;

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

fn main() {}
