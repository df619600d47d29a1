//! The one error type of the crate.

use std::fmt;

/// What can go wrong when summarizing.
///
/// # Examples
/// ```
/// let err = precis::summarize("   ", &precis::Options::default()).unwrap_err();
/// assert_eq!(err, precis::Error::EmptyInput);
/// assert_eq!(err.to_string(), "the input has no text to summarize");
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The input is empty or holds only white space and invisible characters.
    EmptyInput,
    /// An option is out of its range; the message names the option and the range.
    InvalidOption(String),
    /// A language code that the summarizer does not know.
    UnknownLanguage(String),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::EmptyInput => f.write_str("the input has no text to summarize"),
            Error::InvalidOption(msg) => write!(f, "invalid option: {msg}"),
            Error::UnknownLanguage(code) => write!(
                f,
                "unknown language \"{code}\": use 'auto' or a code such as en, de, fr, es (see --help)"
            ),
        }
    }
}

impl std::error::Error for Error {}
