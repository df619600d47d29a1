//! Key phrases: the text's most frequent content terms, joined into the phrases they stand in.
//!
//! Single terms are ranked by how often they occur (stop words of the language never are terms).
//! Then the frequent terms are looked for side by side in the sentences: two or three of them in a
//! row with only spaces or a hyphen between ("Eiffel Tower", "Van De Ven", "Wi-Fi"), or, in Chinese and Japanese, the
//! overlapping character pairs of one run ("政府" + "府宣" + "宣布" is "政府宣布"). A run seen at least
//! twice is a phrase, ranked by its count times a bonus for its length; a chosen phrase hides the
//! shorter runs and single terms that mostly occur inside it, so a list reads "Eiffel Tower",
//! never "Eiffel, Tower", and never a pair of characters cut out of a word.

use crate::terms::{self, Link, SentenceTerms, Vocabulary};

/// The longest phrase, in terms: three words, or in unspaced scripts four character pairs (five
/// characters).
const MAX_WORDS: usize = 3;
const MAX_PAIRS: usize = 4;

/// How many of the top single terms may form phrases. (The same for any number of key phrases
/// asked for, so that a shorter list is the start of a longer one.)
const POOL: usize = 32;

/// One candidate: a single term or a phrase of terms in reading order.
struct Candidate {
    terms: Vec<u32>,
    count: u32,
    score: f64,
    /// Where it first appears (for ties).
    first: usize,
    surface: String,
}

/// The `n` key phrases of the sentences that `sentences` and `vocab` were made from, each term in
/// its most common written form.
pub(crate) fn key_phrases(
    sentences: &[SentenceTerms],
    vocab: &Vocabulary<'_>,
    n: usize,
) -> Vec<String> {
    if n == 0 {
        return Vec::new();
    }
    // Phrases take the place of up to all the pool's terms: enough single terms to fill n after.
    let (first_seen, top) = top_terms(sentences, vocab, n + POOL);
    let surfaces = vocab.surfaces(&top);
    let singles: Vec<Candidate> = top
        .iter()
        .zip(&surfaces)
        .filter(|&(&t, surface)| {
            let particle = surface.as_bytes().first().is_some_and(|&b| b >= 0xE0)
                && surface.chars().all(is_hiragana);
            !particle && (!unspaced(surface) || fits_unspaced(surface, vocab.counts[t as usize]))
        })
        .map(|(&t, surface)| Candidate {
            terms: vec![t],
            count: vocab.counts[t as usize],
            score: f64::from(vocab.counts[t as usize]),
            first: first_seen[t as usize],
            surface: (*surface).to_string(),
        })
        .collect();
    // The pool: the start of `top`, less the terms seen once, with their forms.
    let (pool, pool_forms): (Vec<u32>, Vec<&str>) = top
        .iter()
        .zip(&surfaces)
        .take(POOL)
        .filter(|&(&t, _)| vocab.counts[t as usize] >= 2)
        .map(|(&t, &f)| (t, f))
        .unzip();
    let phrases = phrases(sentences, vocab, &pool, &pool_forms, &first_seen);
    // Each single term is shown as the best phrase that holds most of its occurrences, if any, and
    // ranks where the better of the two does (so no term ranks below its own count: a longer
    // list only adds to a shorter one).
    let mut best: Vec<(u32, &Candidate)> = Vec::new(); // (term, its best phrase)
    for p in &phrases {
        for &t in &p.terms {
            match best.iter_mut().find(|b| b.0 == t) {
                Some(b) if rank(p, b.1).is_lt() => b.1 = p,
                Some(_) => {}
                None => best.push((t, p)),
            }
        }
    }
    let mut items: Vec<(f64, &Candidate)> = singles
        .iter()
        .map(|single| {
            let shown = best
                .iter()
                .find(|b| b.0 == single.terms[0])
                .map(|b| b.1)
                .filter(|p| 2 * p.count >= single.count)
                .unwrap_or(single);
            (shown.score.max(single.score), shown)
        })
        .collect();
    items.sort_by(|a, b| b.0.total_cmp(&a.0).then(rank(a.1, b.1)));
    let mut chosen: Vec<&Candidate> = Vec::with_capacity(n);
    for (_, c) in items {
        if chosen.len() == n {
            break;
        }
        // Once each, and no two phrases around the same word.
        if !chosen.iter().any(|k| {
            std::ptr::eq(*k, c)
                || (k.terms.len() > 1 && c.terms.iter().any(|t| k.terms.contains(t)))
        }) {
            chosen.push(c);
        }
    }
    chosen.iter().map(|c| c.surface.clone()).collect()
}

/// Best first: the higher score, then the longer, then the earlier.
fn rank(a: &Candidate, b: &Candidate) -> std::cmp::Ordering {
    b.score
        .total_cmp(&a.score)
        .then(b.terms.len().cmp(&a.terms.len()))
        .then(a.first.cmp(&b.first))
}

/// The ids of the `m` most frequent terms (ties: the earlier first appearance), and each term's
/// first appearance.
fn top_terms(
    sentences: &[SentenceTerms],
    vocab: &Vocabulary<'_>,
    m: usize,
) -> (Vec<usize>, Vec<u32>) {
    let mut first_seen = vec![usize::MAX; vocab.counts.len()];
    let mut order = 0;
    for t in sentences.iter().flat_map(|s| &s.terms) {
        if first_seen[*t as usize] == usize::MAX {
            first_seen[*t as usize] = order;
            order += 1;
        }
    }
    // Count, then first appearance: a total order (no two terms appear first at one place).
    let rank = |a: &u32, b: &u32| {
        vocab.counts[*b as usize]
            .cmp(&vocab.counts[*a as usize])
            .then(first_seen[*a as usize].cmp(&first_seen[*b as usize]))
    };
    // The top m, without sorting every term: a few are kept in order as the terms go by; many
    // are selected, then sorted.
    let terms = 0..vocab.counts.len() as u32;
    let ids = if m <= 64 {
        let mut top: Vec<u32> = Vec::with_capacity(m + 1);
        for t in terms {
            if top.len() == m && top.last().is_none_or(|last| rank(&t, last).is_ge()) {
                continue;
            }
            let at = top.partition_point(|x| rank(x, &t).is_lt());
            top.insert(at, t);
            top.truncate(m);
        }
        top
    } else {
        let mut ids: Vec<u32> = terms.collect();
        if ids.len() > m {
            ids.select_nth_unstable_by(m - 1, rank);
        }
        ids.truncate(m);
        ids.sort_unstable_by(rank);
        ids
    };
    (first_seen, ids)
}

/// The runs of pool terms side by side that occur at least twice, as candidates, each written
/// with its terms' most common forms (`forms`, indexed like `pool`).
fn phrases(
    sentences: &[SentenceTerms],
    vocab: &Vocabulary<'_>,
    pool: &[u32],
    forms: &[&str],
    first_seen: &[usize],
) -> Vec<Candidate> {
    let mut slot = vec![usize::MAX; vocab.counts.len()];
    for (k, &t) in pool.iter().enumerate() {
        slot[t as usize] = k;
    }
    // Every run of two or more pool terms: its terms (padded to four) and their links.
    let mut runs: Vec<([u32; MAX_PAIRS], [Link; MAX_PAIRS])> = Vec::new();
    let mut chain: Vec<(u32, Link)> = Vec::with_capacity(MAX_PAIRS + 1);
    let mut links = vocab.links.iter();
    for st in sentences {
        chain.clear();
        for (&t, &link) in st.terms.iter().zip(&mut links) {
            if slot[t as usize] == usize::MAX || link == Link::None {
                chain.clear();
                if slot[t as usize] == usize::MAX {
                    continue;
                }
            }
            if chain.len() == MAX_PAIRS {
                chain.remove(0);
            }
            chain.push((t, link));
            if chain.len() < 2 {
                continue;
            }
            let longest = if link == Link::Overlap {
                MAX_PAIRS
            } else {
                MAX_WORDS
            };
            for len in 2..=chain.len().min(longest) {
                let run = &chain[chain.len() - len..];
                let mut key = ([u32::MAX; MAX_PAIRS], [Link::None; MAX_PAIRS]);
                for (k, &(t, l)) in run.iter().enumerate() {
                    key.0[k] = t;
                    // (The first term's own link is to what came before the run.)
                    key.1[k] = if k == 0 { Link::None } else { l };
                }
                runs.push(key);
            }
        }
    }
    runs.sort_unstable();
    let mut out = Vec::new();
    for group in runs.chunk_by(|a, b| a == b) {
        let count = group.len() as u32;
        if count < 2 {
            continue;
        }
        let (ids, joins) = group[0];
        let len = ids.iter().take_while(|&&t| t != u32::MAX).count();
        let mut surface = String::new();
        for k in 0..len {
            let form = forms[slot[ids[k] as usize]];
            match joins[k] {
                Link::Space => surface.push(' '),
                Link::Hyphen => surface.push('-'),
                // The pair shares its first character with the pair before.
                Link::Overlap => {
                    surface.extend(form.chars().skip(1));
                    continue;
                }
                Link::None => {}
            }
            surface.push_str(form);
        }
        if name_after_lowercase(&surface) || (unspaced(&surface) && !fits_unspaced(&surface, count))
        {
            continue;
        }
        out.push(Candidate {
            first: first_seen[ids[0] as usize],
            score: f64::from(count) * (1.0 + 0.5 * (len - 1) as f64),
            count,
            surface,
            terms: ids[..len].to_vec(),
        });
    }
    out
}

/// Whether `surface` is written without spaces in Chinese or Japanese (a character pair or a run).
fn unspaced(surface: &str) -> bool {
    // (Every such character takes three bytes or four in UTF-8.)
    surface.as_bytes().first().is_some_and(|&b| b >= 0xE0)
        && surface.chars().count() >= 2
        && surface.chars().all(terms::is_ideographic)
}

/// Whether an unspaced `surface` seen `count` times can be a key phrase: a pair seen once is as
/// likely to straddle two words as to be one, and Hiragana is the script of particles and
/// inflections: a run with it ("した", "都は", "通信を暗号") straddles words.
fn fits_unspaced(surface: &str, count: u32) -> bool {
    count >= 2 && !surface.chars().any(is_hiragana)
}

/// Hiragana: in Japanese the script of particles and inflections.
fn is_hiragana(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{309F}')
}

/// Whether a lowercase word is followed by a capitalised one ("urge Russia", "told Reuters"): a
/// verb or a preposition before a name, not a phrase of its own.
fn name_after_lowercase(surface: &str) -> bool {
    let initials: Vec<char> = surface
        .split(' ')
        .filter_map(|w| w.chars().next())
        .collect();
    initials
        .windows(2)
        .any(|p| p[0].is_lowercase() && p[1].is_uppercase())
}

#[cfg(test)]
mod tests {
    use crate::{Language, Options, summarize};

    fn keywords(text: &str, n: usize) -> Vec<String> {
        summarize(text, &Options::default().with_keywords(n))
            .unwrap()
            .keywords
    }

    fn keywords_in(text: &str, language: Language, n: usize) -> Vec<String> {
        let options = Options::default()
            .with_keywords(n)
            .with_language(Some(language));
        summarize(text, &options).unwrap().keywords
    }

    #[test]
    fn words_side_by_side_are_one_phrase() {
        let text = "Tourists pose beside the Eiffel Tower every day. One visitor asked for help with \
                    his Eiffel Tower photo. The tower is 330 metres tall. Van De Ven posted the photo. \
                    Van De Ven said the Eiffel Tower pictures were a joke. The photo of Van De Ven went \
                    viral online.";
        let k = keywords(text, 4);
        assert!(k.contains(&"Van De Ven".to_string()), "{k:?}");
        assert!(k.contains(&"Eiffel Tower".to_string()), "{k:?}");
        for part in ["Van", "De", "Ven", "Eiffel"] {
            assert!(!k.contains(&part.to_string()), "{k:?}");
        }
    }

    #[test]
    fn a_name_after_a_verb_is_no_phrase() {
        let text = "Leaders urge Russia to talk. They urge Russia again. Russia refused. Russia said \
                    no. Russia left the meeting.";
        let k = keywords(text, 3);
        assert_eq!(k[0], "Russia");
        assert!(!k.iter().any(|w| w.contains(' ')), "{k:?}");
    }

    #[test]
    fn hyphenated_words_stay_whole() {
        let text = "Free Wi-Fi is risky. Public Wi-Fi leaks data. Use a VPN on Wi-Fi networks.";
        assert_eq!(keywords_in(text, Language::English, 1), ["Wi-Fi"]);
    }

    #[test]
    fn no_stop_word_or_contraction() {
        let french = "Les ministres ont annoncé les mesures. Les aides au logement baissent. \
                      Les locataires protestent contre les mesures du gouvernement.";
        let k = keywords_in(french, Language::French, 8);
        assert!(!k.iter().any(|w| w.eq_ignore_ascii_case("les")), "{k:?}");
        let english = "I'm so happy. I'm feeling great today, I'm telling you. We won the game and \
                       I'm proud. They're pleased. The game was hard. The team played well.";
        let k = keywords_in(english, Language::English, 8);
        assert!(
            !k.iter().any(|w| w.contains('\'') || w.contains('\u{2019}')),
            "{k:?}"
        );
        assert_eq!(k[0], "game");
    }

    #[test]
    fn chinese_and_japanese_give_words_not_cut_pairs() {
        let zh = "政府宣布新的经济政策。政府宣布将提高税收。专家认为政府宣布的政策有助于经济增长。经济增长是今年的重点。";
        assert_eq!(keywords(zh, 3), ["政府宣布", "经济增长", "政策"]);
        let ja = "東京都は新しい政策を発表した。東京都の知事は記者会見で説明した。新しい政策は来月から始まる。東京都の住民は政策を歓迎している。";
        assert_eq!(keywords(ja, 3), ["東京都", "政策"]);
    }
}
