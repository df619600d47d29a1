//! # precis
//!
//! An extractive summarizer: it repairs pasted text, splits it into sentences, scores each sentence
//! by term frequency and position (with title overlap and penalties for fragments, headings and
//! credits), and picks the best within a length budget while avoiding repetition. The core is plain
//! Rust with no I/O; the CLI (`src/main.rs`) and the browser bindings (`src/wasm.rs`) are thin shells.
//!
//! ```
//! use precis::{Options, summarize};
//! let text = "The council approved the new budget on Tuesday. \
//!             The budget raises school funding by ten percent. \
//!             Critics said the budget ignores transport. \
//!             The weather was mild.";
//! let summary = summarize(text, &Options::default().with_max_sentences(2))?;
//! assert_eq!(summary.sentences.len(), 2);
//! for s in &summary.sentences {
//!     assert_eq!(&text[s.start..s.end], s.text); // offsets slice back into the input
//! }
//! # Ok::<(), precis::Error>(())
//! ```
#![deny(missing_docs)]
// The browser build is compiled for size (opt-level "z"), which leaves even `Chars::next` a call
// per character; the dozen functions that walk every word or character of the text are compiled for
// speed there (`#[cfg_attr(precis_speed, optimize(speed))]`): the summary is 1.3× faster for
// 1.9 KB of gzipped wasm (DESIGN.md, "Speed"). scripts/trunk.sh sets `--cfg precis_speed`; that
// build already uses unstable options through RUSTC_BOOTSTRAP. Native builds ignore the attribute.
#![cfg_attr(precis_speed, feature(optimize_attribute))]

/// The browser build's allocator: talc, smaller than Rust's default dlmalloc in wasm.
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

mod boilerplate;
mod clean;
mod error;
mod keyphrases;
mod lang;
pub mod markup;
mod phrases;
mod porter2;
mod score;
mod segment;
mod select;
mod snowball;
#[cfg(target_arch = "wasm32")]
#[rustfmt::skip]
mod stopword_data;
#[cfg(not(target_arch = "wasm32"))]
mod stopword_lists;
mod summary;
mod terms;
#[cfg(any(test, target_arch = "wasm32"))]
mod transfer;
#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod wasm;

pub use boilerplate::DropReason;
pub use error::Error;
pub use lang::Language;
pub use score::{Method, Signals, Weights};
pub use select::Length;
pub use summary::{
    Cleaning, DroppedLine, LanguageReport, Options, RELIABLE_CONFIDENCE, ScoredSpan, Sentence,
    Stats, Summarizer, Summary, fold_line_breaks, summarize,
};
