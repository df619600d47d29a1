//! Shared by the fuzz targets: options from the first bytes of the input, text from the rest.

use precis::{Language, Length, Method, Options};

/// Options chosen by the first two bytes (length, language, method, cleaning), and the text.
pub fn options_and_text(data: &[u8]) -> (Options, String) {
    let (a, b) = (
        data.first().copied().unwrap_or(0),
        data.get(1).copied().unwrap_or(0),
    );
    let amount = usize::from(a >> 3) + 1;
    let length = match a & 7 {
        0 => Length::Auto,
        1 | 2 => Length::Sentences(amount),
        3 => Length::Words(amount * 7),
        4 => Length::Chars(amount * 40),
        5 => Length::Ratio(f64::from(a >> 3) / 31.0 + 0.01),
        _ => Length::Sentences(1),
    };
    let languages = Language::ALL;
    let language = match usize::from(b & 31) {
        k if k < languages.len() => Some(languages[k]),
        _ => None,
    };
    let method = match b >> 5 {
        1 => Method::Luhn,
        2 => Method::TextRank,
        3 => Method::Lead,
        _ => Method::Precis,
    };
    let options = Options::default()
        .with_length(length)
        .with_language(language)
        .with_method(method)
        .with_clean(b & 0x80 == 0)
        .with_keywords(usize::from(a & 15));
    let text = String::from_utf8_lossy(data.get(2..).unwrap_or_default()).into_owned();
    (options, text)
}
