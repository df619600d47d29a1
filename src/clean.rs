//! Repairs pasted text without losing track of where each character came from.
//!
//! [`normalize`] maps line-break variants to `\n`, odd spaces (no-break, tabs, control characters)
//! to a plain space, drops invisible characters (soft hyphen, zero-width space, word joiner, BOM),
//! and re-joins hard-wrapped lines inside a paragraph. The result keeps blank lines as paragraph
//! breaks and every other remaining line break as the end of a unit (a headline, a list item, a
//! caption). [`Normalized::to_original`] maps a byte offset of the normalized text back to the input.

use crate::terms::{line_ranges, masked_run_len, swar};

/// Normalized text plus the map back to the original offsets.
#[derive(Debug, Clone)]
pub(crate) struct Normalized {
    /// The repaired text: only `\n` and ` ` as white space.
    pub text: String,
    /// `(normalized offset, original offset)` at every point where the distance between the two
    /// changes; offsets in between move in step.
    checkpoints: Vec<(usize, usize)>,
}

impl Normalized {
    /// The original byte offset of the character that starts at `offset` in the normalized text.
    pub fn to_original(&self, offset: usize) -> usize {
        let i = self.checkpoints.partition_point(|&(n, _)| n <= offset);
        match i {
            0 => offset,
            _ => {
                let (n, o) = self.checkpoints[i - 1];
                o + (offset - n)
            }
        }
    }

    /// Maps a normalized span `[start, end)` that starts and ends on non-space characters to the
    /// original text; the end follows the last character in full.
    pub fn span_to_original(&self, original: &str, start: usize, end: usize) -> (usize, usize) {
        let o_start = self.to_original(start);
        let last = self.text[..end]
            .char_indices()
            .next_back()
            .map_or(start, |(i, _)| i);
        let o_last = self.to_original(last);
        let len = original[o_last..].chars().next().map_or(0, char::len_utf8);
        (o_start, o_last + len)
    }
}

/// Characters dropped from the text: they carry no letters and break words apart.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}' | '\u{200B}' | '\u{2060}' | '\u{FEFF}' | '\u{180E}'
    )
}

/// Repairs `input` (see the module docs).
pub(crate) fn normalize(input: &str) -> Normalized {
    let mut text = String::with_capacity(input.len());
    let mut checkpoints = Vec::new();
    let mut delta: isize = 0; // original - normalized
    let bytes = input.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let here = i as isize - text.len() as isize;
        // Printable ASCII, most of most texts, is copied a run at a time.
        let run = masked_run_len::<swar::Printable>(&bytes[i..]);
        if run > 0 {
            if here != delta {
                checkpoints.push((text.len(), i));
                delta = here;
            }
            text.push_str(&input[i..i + run]);
            i += run;
            continue;
        }
        let Some(c) = input[i..].chars().next() else {
            break;
        };
        i += c.len_utf8();
        if is_invisible(c) {
            continue;
        }
        if here != delta {
            checkpoints.push((text.len(), i - c.len_utf8()));
            delta = here;
        }
        match c {
            '\r' => {
                text.push('\n');
                if bytes.get(i) == Some(&b'\n') {
                    // The next character sits one byte further in the original.
                    i += 1;
                }
            }
            '\n' | '\u{2028}' | '\u{2029}' | '\u{0B}' | '\u{0C}' | '\u{85}' => text.push('\n'),
            c if c.is_whitespace() || c.is_control() => text.push(' '),
            c => text.push(c),
        }
    }
    join_wrapped_lines(&mut text);
    Normalized { text, checkpoints }
}

/// Replaces the line breaks of hard-wrapped paragraphs by spaces (same length, so offsets hold).
///
/// A block of consecutive non-blank lines looks hard-wrapped when its longest line is between 55
/// and 110 characters (typical wrap widths of e-mail, plain-text files and terminals), a line
/// fills at least three quarters of that width, and the next line's first word would not have fit
/// on it; the next line must not start a list item. Short
/// lines (menus, headlines) and long ones (web paragraphs, one line each) are never joined.
fn join_wrapped_lines(text: &mut String) {
    let mut joins = Vec::new();
    let mut block: Vec<(usize, usize)> = Vec::new(); // (line start, line end) of non-blank lines
    let flush = |block: &mut Vec<(usize, usize)>, joins: &mut Vec<usize>, text: &str| {
        if block.len() >= 2 {
            let lines: Vec<&str> = block.iter().map(|&(s, e)| text[s..e].trim()).collect();
            let widths: Vec<usize> = lines.iter().map(|l| l.chars().count()).collect();
            let max = widths.iter().copied().max().unwrap_or(0);
            let wrap_width = (55..=110).contains(&max);
            for k in 0..block.len() - 1 {
                let next = lines[k + 1];
                if starts_list_item(next) {
                    continue;
                }
                let lowercase_next = next.chars().next().is_some_and(char::is_lowercase);
                // Wrapping moves a word down only when it does not fit: the next line's first word
                // would have made this line longer than the block's widest.
                let next_word = next
                    .split_whitespace()
                    .next()
                    .map_or(0, |w| w.chars().count());
                let wide =
                    wrap_width && widths[k] * 4 >= max * 3 && widths[k] + 1 + next_word > max;
                // A line that stops mid-sentence (a word or a comma, at least four words) before a
                // lowercase line is a wrap whatever the widths.
                let mid_sentence = lowercase_next
                    && lines[k].split_whitespace().count() >= 4
                    && lines[k]
                        .chars()
                        .next_back()
                        .is_some_and(|c| c.is_alphanumeric() || c == ',');
                // A sentence that ends at the line's end before a capital is not joined to it: on a
                // web page that is a headline's deck before a byline, not a wrapped paragraph
                // (where the sentences split the same either way).
                let sentence_ends = !lowercase_next
                    && matches!(
                        lines[k]
                            .chars()
                            .rev()
                            .find(|c| !matches!(c, '"' | '\'' | '”' | '’' | ')')),
                        Some('.' | '!' | '?')
                    );
                if (wide && !sentence_ends && (block.len() >= 3 || lowercase_next)) || mid_sentence
                {
                    joins.push(block[k].1);
                }
            }
        }
        block.clear();
    };
    for line in line_ranges(text) {
        if crate::terms::is_blank(&text[line.clone()]) {
            flush(&mut block, &mut joins, text);
        } else {
            block.push((line.start, line.end));
        }
    }
    flush(&mut block, &mut joins, text);
    // SAFETY of the byte edit: each join is the index of an ASCII '\n', replaced by ASCII ' '.
    let mut owned = std::mem::take(text).into_bytes();
    for j in joins {
        if owned.get(j) == Some(&b'\n') {
            owned[j] = b' ';
        }
    }
    *text = String::from_utf8(owned).unwrap_or_default();
}

/// Whether a line starts like a list item: a bullet, a dash, or `1.`, `2)`, `a.` before a space.
pub(crate) fn starts_list_item(line: &str) -> bool {
    let mut chars = line.chars();
    match chars.next() {
        Some(c) if crate::segment::is_bullet(c) || c == '-' || c == '*' => true,
        Some(c) if c.is_ascii_digit() || c.is_ascii_lowercase() => {
            let rest: String = line
                .chars()
                .skip_while(char::is_ascii_alphanumeric)
                .take(3)
                .collect();
            let marker_len = line.chars().take_while(char::is_ascii_alphanumeric).count();
            marker_len <= 2
                && (rest.starts_with(". ") || rest.starts_with(") ") || rest.starts_with(".) "))
                && (c.is_ascii_digit() || marker_len == 1)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn roundtrip(input: &str) {
        let n = normalize(input);
        for (i, c) in n.text.char_indices() {
            if c != ' ' && c != '\n' {
                let o = n.to_original(i);
                assert_eq!(input[o..].chars().next(), Some(c), "at {i} in {input:?}");
            }
        }
    }

    #[test]
    fn crlf_becomes_lf_and_offsets_follow() {
        let input = "One.\r\nTwo.\r\n\r\nThree.";
        let n = normalize(input);
        assert_eq!(n.text, "One.\nTwo.\n\nThree.");
        roundtrip(input);
        let three = n.text.find("Three").unwrap();
        assert_eq!(&input[n.to_original(three)..], "Three.");
    }

    #[test]
    fn invisible_characters_are_dropped() {
        let input = "inter\u{00AD}national\u{200B} news\u{FEFF}";
        let n = normalize(input);
        assert_eq!(n.text, "international news");
        roundtrip(input);
        let (s, e) = n.span_to_original(input, 0, n.text.len());
        assert_eq!(&input[s..e], "inter\u{00AD}national\u{200B} news");
    }

    #[test]
    fn odd_spaces_become_plain_spaces() {
        let input = "a\u{00A0}b\tc\u{202F}d\u{0007}e";
        let n = normalize(input);
        assert_eq!(n.text, "a b c d e");
        roundtrip(input);
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// Later stages rely on it: tokens of a line are split at ' ' alone, and a sentence (which
        /// ends at '\n') holds no line break.
        #[test]
        fn only_space_and_line_feed_are_left_as_white_space(input in
            "([a-z\t\n\r\u{0B}\u{0C}\u{85}\u{A0}\u{2028}\u{2029}\u{3000}\u{200B}\u{0}-\u{1F}]|\\PC){0,60}") {
            let n = normalize(&input);
            proptest::prop_assert!(
                n.text.chars().all(|c| c == ' ' || c == '\n' || !(c.is_whitespace() || c.is_control())),
                "{:?}", n.text
            );
        }
    }

    #[test]
    fn hard_wrapped_paragraph_is_joined() {
        let input = "The committee met on Tuesday to discuss the budget for the\n\
                     coming year, and after a long debate it agreed to raise the\n\
                     grant for schools.\n\nNext paragraph.";
        let n = normalize(input);
        assert!(n.text.starts_with(
            "The committee met on Tuesday to discuss the budget for the coming year, and after"
        ));
        assert!(n.text.contains("schools.\n\nNext"));
    }

    #[test]
    fn a_sentence_ending_at_the_line_end_is_not_joined_to_a_capital() {
        // A web page's deck and byline, about as wide as each other.
        let input = "How to watch the greatest movies of the year, from Lady Bird and Dunkirk to Get Out.\n\
                     By Alissa Wilkinson, updated Jul 24, 2018, 2:15pm EDT, with the films to stream\n\
                     Share this story on the social networks and by email";
        assert!(normalize(input).text.contains("Get Out.\nBy Alissa"));
    }

    #[test]
    fn lines_whose_next_word_would_have_fit_are_not_wrapped() {
        // Web page lines of similar width: "34" would have fit after "top", so this is no wrap.
        let input = "Click to email this to a friend (Opens in new window)\n\
                     Permalink 34 Comments Feed for comments Back to top\n\
                     34 responses to “Anthony Lynn: “We needed to win this game””\n\
                     thelastchargersfan says:";
        assert!(normalize(input).text.contains("Back to top\n34 responses"));
    }

    #[test]
    fn line_broken_mid_sentence_is_joined() {
        let n = normalize("Storm hits\n\nThe storm hit the coast and it\nflooded homes.");
        assert_eq!(
            n.text,
            "Storm hits\n\nThe storm hit the coast and it flooded homes."
        );
    }

    #[test]
    fn short_lines_stay_apart() {
        let input = "Home\nWorld news\nSport\nConnect with us";
        assert_eq!(normalize(input).text, input);
    }

    #[test]
    fn list_items_are_recognised() {
        assert!(starts_list_item("1. First"));
        assert!(starts_list_item("a) First"));
        assert!(starts_list_item("• First"));
        assert!(!starts_list_item("In 2024. The"));
        assert!(!starts_list_item("The end"));
    }
}
