//! The whole stop-word list of a language: NLTK's, then the words that Spark's list adds to it
//! (French "les", English contractions such as "i'm" and "they're"), which no keyword should be.
//! Shared by the native build (`lang`), the generated built-in English list
//! (`src/stopword_data.rs`) and the browser's language pack (`src/bin/precis-stem.rs`).

use stopwords::{Language, NLTK, Spark, Stopwords};

/// NLTK's list for `language`, then the words Spark's list adds, in their order.
pub(crate) fn whole_list(language: Language) -> Vec<&'static str> {
    let mut words = NLTK::stopwords(language).unwrap_or_default().to_vec();
    for w in Spark::stopwords(language).unwrap_or_default() {
        if !words.contains(w) {
            words.push(w);
        }
    }
    words
}
