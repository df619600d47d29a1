//! Which Snowball algorithm stems which language (ISO 639-1 code). Shared by the core and by the
//! browser's language pack (`src/bin/precis-stem.rs`), which includes this file: the browser's main
//! module carries only the English stemmer, the pack the others (they are 36 KB of the download).

use rust_stemmers::Algorithm;

/// Every language with a Snowball stemmer.
pub const SNOWBALL: &[(&str, Algorithm)] = &[
    ("en", Algorithm::English),
    ("de", Algorithm::German),
    ("fr", Algorithm::French),
    ("es", Algorithm::Spanish),
    ("it", Algorithm::Italian),
    ("pt", Algorithm::Portuguese),
    ("nl", Algorithm::Dutch),
    ("sv", Algorithm::Swedish),
    ("da", Algorithm::Danish),
    ("no", Algorithm::Norwegian),
    ("fi", Algorithm::Finnish),
    ("hu", Algorithm::Hungarian),
    ("ro", Algorithm::Romanian),
    ("ru", Algorithm::Russian),
    ("tr", Algorithm::Turkish),
    ("el", Algorithm::Greek),
    ("ar", Algorithm::Arabic),
];

/// The Snowball algorithm of the language with this code.
// The browser's main module stems only English (the others are in the language pack).
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
pub fn algorithm(code: &str) -> Option<Algorithm> {
    SNOWBALL.iter().find(|(c, _)| *c == code).map(|&(_, a)| a)
}
