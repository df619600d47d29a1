//! Lists of lowercase phrases searched for in one pass over a text, case-insensitively.
//!
//! `str::contains` builds a two-way searcher for every phrase and scans the text once per phrase;
//! for a list of twenty phrases and a sentence of a hundred bytes, a single pass that tries only the
//! phrases starting with the byte at hand is several times faster, and needs no lowercased copy of
//! an ASCII text.

/// A list of up to 64 lowercase phrases of two bytes or more, indexed by their first two bytes.
pub(crate) struct Phrases {
    list: &'static [&'static str],
    /// For each byte value, the phrases (bits) whose first byte it is, in either case (a text is
    /// scanned without folding its bytes).
    first: [u64; 256],
    /// For each byte value, the phrases whose second byte it is, in either case.
    second: [u64; 256],
    /// For each byte value, the phrases whose third byte it is, in either case, and those of two
    /// bytes (any third byte will do).
    third: [u64; 256],
    /// The phrases of two bytes.
    two: u64,
}

impl Phrases {
    /// The phrases of `list` (lowercase, two bytes or more, at most 64 of them).
    pub(crate) const fn new(list: &'static [&'static str]) -> Phrases {
        assert!(list.len() <= 64, "at most 64 phrases");
        let (mut first, mut second, mut third) = ([0u64; 256], [0u64; 256], [0u64; 256]);
        let mut two = 0;
        let mut i = 0;
        while i < list.len() {
            let p = list[i].as_bytes();
            assert!(p.len() >= 2, "phrases of two bytes or more");
            first[p[0] as usize] |= 1 << i;
            first[p[0].to_ascii_uppercase() as usize] |= 1 << i;
            second[p[1] as usize] |= 1 << i;
            second[p[1].to_ascii_uppercase() as usize] |= 1 << i;
            if p.len() == 2 {
                two |= 1 << i;
            } else {
                third[p[2] as usize] |= 1 << i;
                third[p[2].to_ascii_uppercase() as usize] |= 1 << i;
            }
            i += 1;
        }
        let mut b = 0;
        while b < 256 {
            third[b] |= two;
            b += 1;
        }
        Phrases {
            list,
            first,
            second,
            third,
            two,
        }
    }

    /// Whether `text`, lowercased, contains one of the phrases.
    ///
    /// The phrases' letters are ASCII, and only two other characters lowercase to ASCII letters:
    /// the Kelvin sign (to `k`) and `İ` (to `i` and a combining dot). Without them, folding the
    /// ASCII bytes alone finds what lowercasing the whole text would, without a lowercased copy.
    pub(crate) fn in_text(&self, text: &str) -> bool {
        // Their UTF-8 (E2 84 AA, C4 B0), by their last two bytes (looked for only if a last byte
        // is there, by `memchr`): a rare false alarm only costs the copy.
        let folds_to_ascii = |b: &[u8]| {
            (b.contains(&0xAA) || b.contains(&0xB0))
                && b.windows(2)
                    .any(|w| matches!(w, [0x84, 0xAA] | [0xC4, 0xB0]))
        };
        if text.is_ascii() || !folds_to_ascii(text.as_bytes()) {
            self.in_bytes(text.as_bytes(), true)
        } else {
            self.in_bytes(crate::terms::lowercase(text).as_bytes(), false)
        }
    }

    #[cfg_attr(precis_speed, optimize(speed))]
    fn in_bytes(&self, hay: &[u8], fold: bool) -> bool {
        // Whether one of the phrases `m` (bits) starts at byte `i`.
        let at = |i: usize, mut m: u64| {
            while m != 0 {
                let p = self.list[m.trailing_zeros() as usize].as_bytes();
                let found = hay.get(i..i + p.len()).is_some_and(|h| {
                    if fold {
                        h.eq_ignore_ascii_case(p)
                    } else {
                        h == p
                    }
                });
                if found {
                    return true;
                }
                m &= m - 1;
            }
            false
        };
        self.places(hay, at)
    }

    /// Calls `try_at(i, m)` for each place `i` of `hay` where some of the phrases `m` (bits) may
    /// start, in order, until it returns true; whether it did.
    #[inline(always)]
    fn places(&self, hay: &[u8], mut try_at: impl FnMut(usize, u64) -> bool) -> bool {
        // Three bytes rule out all but a few places (two, for one in twenty bytes of English).
        let found = hay.windows(3).enumerate().any(|(i, w)| {
            let m = self.first[usize::from(w[0])]
                & self.second[usize::from(w[1])]
                & self.third[usize::from(w[2])];
            m != 0 && try_at(i, m)
        });
        // The last two bytes, where only a phrase of two fits.
        found
            || matches!(*hay, [.., a, b] if {
                let m = self.first[usize::from(a)] & self.second[usize::from(b)] & self.two;
                m != 0 && try_at(hay.len() - 2, m)
            })
    }

    /// Calls `found(k, i)` for every place `i` of `hay` where phrase `k` starts, byte for byte
    /// (not folded: for a text already lowercased), in order of `i`.
    #[cfg_attr(precis_speed, optimize(speed))]
    pub(crate) fn each_in(&self, hay: &[u8], mut found: impl FnMut(usize, usize)) {
        self.places(hay, |i, mut m| {
            while m != 0 {
                let k = m.trailing_zeros() as usize;
                if hay[i..].starts_with(self.list[k].as_bytes()) {
                    found(k, i);
                }
                m &= m - 1;
            }
            false
        });
    }
}

/// Whether `hay` contains one of two 4-byte `needles`, compared as numbers at each byte: for short
/// texts (a word, a line) cheaper than setting up `str::contains`' searcher, and without a
/// `memcmp` call per position.
pub(crate) fn contains4(hay: &str, needles: [&[u8; 4]; 2]) -> bool {
    let [a, b] = needles.map(|n| u32::from_le_bytes(*n));
    hay.as_bytes().windows(4).any(|w| {
        let x = u32::from_le_bytes([w[0], w[1], w[2], w[3]]);
        x == a || x == b
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIST: Phrases = Phrases::new(&["photo:", "all rights reserved", "©", "read more"]);

    #[test]
    fn finds_phrases_in_any_case_and_script() {
        assert!(LIST.in_text("PHOTO: Jane Doe"));
        assert!(LIST.in_text("Text. All Rights Reserved."));
        assert!(LIST.in_text("© 2024 Example"));
        assert!(LIST.in_text("Ünïcödé text. READ MORE"));
        assert!(LIST.in_text("\u{2018}Read more\u{2019}"));
        assert!(LIST.in_text("Ünïcödé © text"));
        assert!(!LIST.in_text("Ünïcödé PHOTO text"));
        // Characters that lowercase to ASCII letters.
        const CLICK: Phrases = Phrases::new(&["click here"]);
        assert!(CLICK.in_text("“CLIC\u{212A} HERE”"));
        assert!(!LIST.in_text("ALL R\u{0130}GHTS RESERVED"));
        assert!(!LIST.in_text("A photograph: of a read-more button"));
        assert!(!LIST.in_text(""));
        assert!(!LIST.in_text("phot"));
        // At the very end, and the whole text.
        assert!(LIST.in_text("Text ©") && LIST.in_text("©") && LIST.in_text("Text. Read more"));
        assert!(!LIST.in_text("Text \u{00C2}") && !LIST.in_text("c"));
    }

    #[test]
    fn four_byte_contains() {
        let links = [b"http", b"www."];
        assert!(contains4("https://x", links));
        assert!(contains4("see:www.", links));
        assert!(!contains4("ww", links));
        assert!(!contains4("wxw.htt", links));
    }
}
