//! Selection under a length budget, with redundancy control.

use crate::score::count_shared;

/// The unit and size of a summary.
#[derive(Debug, Clone, Copy, PartialEq, Default, serde::Serialize, serde::Deserialize)]
#[serde(tag = "unit", content = "value", rename_all = "lowercase")]
pub enum Length {
    /// Grows with the text: 3 sentences for a news story, up to 15 for a book chapter.
    #[default]
    Auto,
    /// At most this many sentences.
    Sentences(usize),
    /// A share (0 < r ≤ 1) of the input's words, as a word budget rounded up.
    Ratio(f64),
    /// At most this many words.
    Words(usize),
    /// At most this many characters (Unicode scalar values of the printed sentences, line breaks
    /// between sentences not counted).
    Chars(usize),
}

impl Length {
    /// The length from at most one of the four units, as the CLI and the JS API receive them
    /// (`Auto` when none is given).
    ///
    /// # Errors
    /// [`crate::Error::InvalidOption`] when more than one is given.
    ///
    /// # Examples
    /// ```
    /// use precis::Length;
    /// assert_eq!(Length::from_units(None, None, Some(60), None), Ok(Length::Words(60)));
    /// assert_eq!(Length::from_units(None, None, None, None), Ok(Length::Auto));
    /// assert!(Length::from_units(Some(3), None, Some(60), None).is_err());
    /// ```
    pub fn from_units(
        sentences: Option<usize>,
        ratio: Option<f64>,
        words: Option<usize>,
        chars: Option<usize>,
    ) -> Result<Length, crate::Error> {
        let given = [
            sentences.is_some(),
            ratio.is_some(),
            words.is_some(),
            chars.is_some(),
        ];
        if given.iter().filter(|&&g| g).count() > 1 {
            return Err(crate::Error::InvalidOption(
                "give at most one of sentences, ratio, words, chars".into(),
            ));
        }
        Ok(match (sentences, ratio, words, chars) {
            (Some(n), ..) => Length::Sentences(n),
            (_, Some(r), ..) => Length::Ratio(r),
            (_, _, Some(w), _) => Length::Words(w),
            (.., Some(c)) => Length::Chars(c),
            _ => Length::Auto,
        })
    }
}

/// The adaptive number of sentences for a text of `n` sentences: round(√(n/4)) within 3..=15.
pub(crate) fn auto_sentences(n: usize) -> usize {
    (((n as f64) / 4.0).sqrt().round() as usize).clamp(3, 15)
}

/// Under a word or character budget, sentences of fewer words than this are fragments (a caption's
/// crumb such as "(left)", an exclamation such as "Nailed it!"): they cost almost nothing, so the
/// budget's leftovers would fill up with them. They are candidates only when no sentence of the text
/// is longer. Under a sentence budget the score's length factor already ranks them last, and only a
/// one-word sentence is left out (again unless the text has nothing longer).
pub(crate) const FRAGMENT_WORDS: usize = 4;

/// A sentence as selection sees it.
pub(crate) struct Candidate<'a> {
    pub score: f64,
    pub words: usize,
    pub chars: usize,
    /// Distinct content terms, sorted.
    pub terms: &'a [u32],
}

/// What was chosen.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Selection {
    /// Indices of the chosen sentences in input order.
    pub chosen: Vec<usize>,
    /// The redundancy deduction each chosen sentence took (same order as `chosen`).
    pub redundancy: Vec<f64>,
    /// True when no sentence fitted the word or character budget and the best one was taken anyway.
    pub over_budget: bool,
}

/// Budget in the unit that selection counts.
#[derive(Debug, Clone, Copy)]
enum Budget {
    Sentences(usize),
    Words(usize),
    Chars(usize),
}

/// Chooses sentences by score with MMR-style redundancy control, within `length`.
///
/// A candidate's gain is its score minus `redundancy` × (the best score) × its largest overlap
/// with an already chosen sentence (shared terms / the smaller term set). Near-duplicates (overlap
/// ≥ 0.8) are never both chosen, nor is a fragment (see [`FRAGMENT_WORDS`]) while the text has a
/// longer sentence. Non-empty input always yields at least one sentence.
pub(crate) fn select(
    cands: &[Candidate<'_>],
    length: Length,
    total_words: usize,
    redundancy: f64,
) -> Selection {
    let n = cands.len();
    let budget = match length {
        Length::Auto => Budget::Sentences(auto_sentences(n)),
        Length::Sentences(k) => Budget::Sentences(k.max(1)),
        Length::Ratio(r) => Budget::Words(((r * total_words as f64).ceil() as usize).max(1)),
        Length::Words(w) => Budget::Words(w.max(1)),
        Length::Chars(c) => Budget::Chars(c.max(1)),
    };
    // Fragments are candidates only when the text has nothing longer.
    let wanted = match budget {
        Budget::Sentences(_) => 2,
        _ => FRAGMENT_WORDS,
    };
    let floor = [wanted, 2]
        .into_iter()
        .find(|&f| cands.iter().any(|c| c.words >= f))
        .unwrap_or(0);
    let eligible = |i: &usize| cands[*i].words >= floor;
    let mut order: Vec<usize> = (0..n).filter(eligible).collect();
    let max_k = match budget {
        Budget::Sentences(k) => k.min(order.len()),
        _ => order.len(),
    };
    // Only the best few hundred can matter; this bounds the cost on huge inputs.
    order.sort_by(|&a, &b| cands[b].score.total_cmp(&cands[a].score).then(a.cmp(&b)));
    order.truncate((max_k.min(64) * 8).max(200));
    let top = order
        .first()
        .map_or(0.0, |&i| cands[i].score)
        .max(f64::MIN_POSITIVE);

    let mut chosen: Vec<usize> = Vec::new();
    let mut deductions: Vec<f64> = Vec::new();
    let (mut used_words, mut used_chars) = (0usize, 0usize);
    let mut open: Vec<usize> = order;
    // Each candidate's greatest overlap with the chosen so far, brought up to date with each
    // sentence chosen (once for each pair, not once a round).
    let mut max_overlap = vec![0.0f64; n];
    while chosen.len() < max_k && !open.is_empty() {
        let mut best: Option<(usize, f64, f64)> = None; // (position in open, gain, deduction)
        for (pos, &i) in open.iter().enumerate() {
            let fits = match budget {
                Budget::Sentences(_) => true,
                Budget::Words(w) => used_words + cands[i].words <= w,
                Budget::Chars(c) => used_chars + cands[i].chars <= c,
            };
            if !fits {
                continue;
            }
            let overlap = max_overlap[i];
            if overlap >= 0.8 {
                continue;
            }
            let deduction = redundancy * top * overlap;
            let gain = cands[i].score - deduction;
            if best.is_none_or(|b| gain > b.1) {
                best = Some((pos, gain, deduction));
            }
        }
        let Some((pos, _, deduction)) = best else {
            break;
        };
        let i = open.swap_remove(pos);
        if chosen.len() + 1 < max_k {
            for &o in &open {
                max_overlap[o] = max_overlap[o].max(overlap(cands[o].terms, cands[i].terms));
            }
        }
        used_words += cands[i].words;
        used_chars += cands[i].chars;
        chosen.push(i);
        deductions.push(deduction);
    }
    let mut over_budget = false;
    if chosen.is_empty() && n > 0 {
        // Nothing fits: the single best sentence, flagged.
        let best = (0..n)
            .filter(eligible)
            .max_by(|&a, &b| cands[a].score.total_cmp(&cands[b].score).then(b.cmp(&a)))
            .unwrap_or(0);
        chosen.push(best);
        deductions.push(0.0);
        over_budget = true;
    }
    let mut pairs: Vec<(usize, f64)> = chosen.into_iter().zip(deductions).collect();
    pairs.sort_by_key(|p| p.0);
    Selection {
        chosen: pairs.iter().map(|p| p.0).collect(),
        redundancy: pairs.iter().map(|p| p.1).collect(),
        over_budget,
    }
}

/// Shared terms over the smaller term set (0 when either is empty).
fn overlap(a: &[u32], b: &[u32]) -> f64 {
    let small = a.len().min(b.len());
    if small == 0 {
        return 0.0;
    }
    count_shared(a, b) as f64 / small as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(score: f64, words: usize, terms: &[u32]) -> Candidate<'_> {
        Candidate {
            score,
            words,
            chars: words * 5,
            terms,
        }
    }

    #[test]
    fn picks_top_in_input_order() {
        let c = [
            cand(0.1, 5, &[1]),
            cand(0.9, 5, &[2]),
            cand(0.5, 5, &[3]),
            cand(0.7, 5, &[4]),
        ];
        assert_eq!(select(&c, Length::Sentences(2), 20, 0.5).chosen, vec![1, 3]);
    }

    #[test]
    fn near_duplicates_are_not_both_chosen() {
        let c = [
            cand(0.9, 5, &[1, 2, 3]),
            cand(0.89, 5, &[1, 2, 3]),
            cand(0.2, 5, &[7, 8]),
        ];
        assert_eq!(select(&c, Length::Sentences(2), 15, 0.5).chosen, vec![0, 2]);
    }

    #[test]
    fn word_budget_is_never_exceeded() {
        let c = [cand(0.9, 8, &[1]), cand(0.8, 5, &[2]), cand(0.7, 4, &[3])];
        assert_eq!(select(&c, Length::Words(10), 17, 0.0).chosen, vec![0]);
        assert_eq!(select(&c, Length::Words(9), 17, 0.0).chosen, vec![0]);
        let s = select(&c, Length::Words(7), 17, 0.0);
        assert_eq!(s.chosen, vec![1]);
        assert!(!s.over_budget);
    }

    #[test]
    fn too_small_budget_takes_best_and_says_so() {
        let c = [cand(0.2, 8, &[1]), cand(0.8, 9, &[2])];
        let s = select(&c, Length::Words(3), 17, 0.0);
        assert_eq!(s.chosen, vec![1]);
        assert!(s.over_budget);
    }

    #[test]
    fn fragments_never_fill_a_budget() {
        let c = [
            cand(0.9, 20, &[1]),
            cand(0.8, 1, &[2]),
            cand(0.7, 3, &[3]),
            cand(0.1, 6, &[4]),
        ];
        // Twenty words left after the first: the fragments would fit, the six-word one is chosen.
        assert_eq!(select(&c, Length::Words(40), 30, 0.0).chosen, vec![0, 3]);
        assert_eq!(
            select(&c, Length::Sentences(3), 30, 0.0).chosen,
            vec![0, 2, 3]
        );
        // Nothing fits but a fragment: the best sentence, over the budget.
        let s = select(&c, Length::Words(2), 30, 0.0);
        assert_eq!((s.chosen, s.over_budget), (vec![0], true));
    }

    #[test]
    fn a_text_of_fragments_is_summarized() {
        let c = [cand(0.9, 1, &[1]), cand(0.2, 2, &[2])];
        assert_eq!(select(&c, Length::Sentences(2), 3, 0.0).chosen, vec![1]);
        assert_eq!(select(&c, Length::Words(9), 3, 0.0).chosen, vec![1]);
        let one = [cand(0.2, 1, &[1]), cand(0.9, 1, &[2])];
        assert_eq!(select(&one, Length::Words(9), 2, 0.0).chosen, vec![0, 1]);
    }

    #[test]
    fn auto_length_grows_with_text() {
        assert_eq!(auto_sentences(30), 3);
        assert_eq!(auto_sentences(100), 5);
        assert_eq!(auto_sentences(10_000), 15);
    }
}
