//! The browser's language pack: the Snowball stemmers and the whole stop-word lists of every
//! language but English, as a wasm module of its own that the page and the widget load only when a
//! text needs it (English is whole in the main module, the others' stop words only in part). Built by trunk (index.html, `data-type="worker"`); natively it
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

/// The whole stop-word list of the language named `name` ("french"), one per line: NLTK's, then
/// the words Spark's list adds (as `lang::whole_list` makes it natively).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen::prelude::wasm_bindgen]
pub fn stopwords(name: &str) -> Option<String> {
    use stopwords::Stopwords;
    let language: stopwords::Language = name.parse().ok()?;
    let mut words = stopwords::NLTK::stopwords(language)?.to_vec();
    for w in stopwords::Spark::stopwords(language).unwrap_or_default() {
        if !words.contains(w) {
            words.push(w);
        }
    }
    Some(words.join("\n"))
}

fn main() {}
