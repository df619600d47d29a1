// The JS side of the wasm's API (src/wasm.rs). It builds results from numbers and one string that
// the wasm writes (`to_js`, `split_sentences`): one call across the boundary for a whole summary,
// where setting each field of each object from the wasm took one call a field (8 % of a summary's
// time). And it writes texts into the wasm's memory (`text_of`). The build inlines this module
// into precis.js (scripts/package.sh), so it costs no request; that step drops lines that are
// comments and every line's indentation, so comments stay on lines of their own here and no
// string spans lines.
//
// `n` is a Float64Array: the summary as `transfer::encode` writes it for the worker (offsets here
// in UTF-16 units), then the length's unit and value, the method, and the lengths of the
// keywords, language code and name in `s`, which holds the sentences' texts, keywords, code and
// name one after another. The result's keys are in the order of the Rust structs' serde derives:
// `JSON.stringify` of a result equals the command line's JSON apart from offsets in UTF-16 units
// (tests/web.rs checks it).

const UNITS = ["auto", "sentences", "ratio", "words", "chars"];
const METHODS = ["precis", "luhn", "textrank", "lead"];
const REASONS = ["cue", "links", "repeated", "not_prose", "outside_article"];

export function buildSummary(n, s) {
  let i = 0;
  let at = 0;
  const num = () => n[i++];
  const flag = () => n[i++] !== 0;
  const str = (length) => s.slice(at, (at += length));
  const list = (item) => {
    const out = [];
    for (let k = num(); k > 0; k--) out.push(item());
    return out;
  };
  // Object literals and argument lists evaluate in the order written: the order of the numbers.
  // What comes first in the numbers but later in the result is kept aside.
  const sentencesIn = num();
  const wordsIn = num();
  const charsIn = num();
  const sentencesOut = num();
  const wordsOut = num();
  const charsOut = num();
  const overBudget = flag();
  // The language's index: its code and name come as strings.
  i++;
  const confidence = num();
  const detected = flag();
  const reliable = flag();
  const stemmed = flag();
  const enabled = flag();
  const article = span(num(), num());
  const dropped = list(() => ({ start: num(), end: num(), reason: REASONS[num()] }));
  const sentences = list(() => {
    const index = num();
    const start = num();
    const end = num();
    const score = num();
    return {
      text: str(end - start),
      index,
      start,
      end,
      score,
      signals: {
        tf: num(), position: num(), title: num(), centrality: num(),
        length: num(), heading: num(), credit: num(), question: num(),
      },
    };
  });
  const all = list(() => ({ index: num(), start: num(), end: num(), score: num(), chosen: flag() }));
  const length = unitOf(UNITS[num()], num());
  const method = METHODS[num()];
  const keywords = list(() => str(num()));
  const result = {
    sentences,
    keywords,
    language: { code: str(num()), name: str(num()), confidence, detected, reliable, stemmed },
    stats: {
      sentences_in: sentencesIn, words_in: wordsIn, chars_in: charsIn,
      sentences_out: sentencesOut, words_out: wordsOut, chars_out: charsOut,
      length, method, over_budget: overBudget,
    },
    cleaning: { enabled, article, dropped },
  };
  if (all.length > 0) result.all = all;
  return result;
}

const unitOf = (unit, value) => (unit === "auto" ? { unit } : { unit, value });
const span = (start, end) => (start < 0 ? null : { start, end });

/** `[start, end, start, end, ...]` as `{ start, end }` objects. */
export function buildSpans(n) {
  const out = new Array(n.length >> 1);
  for (let k = 0; k < out.length; k++) out[k] = { start: n[2 * k], end: n[2 * k + 1] };
  return out;
}

const encoder = new TextEncoder();

/** Writes `text` as UTF-8 into `into` (a view of the wasm's memory); the bytes written. */
export function encodeText(text, into) {
  return encoder.encodeInto(text, into).written;
}
