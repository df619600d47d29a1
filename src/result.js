// The JS side of the wasm's API (src/wasm.rs). It builds results from numbers and one string that
// the wasm writes (`to_js`, `split_sentences`): one call across the boundary for a whole summary,
// where setting each field of each object from the wasm took one call a field (8 % of a summary's
// time). And it writes texts into the wasm's memory (`text_of`). The build inlines this module
// into precis.js (scripts/package.sh), so it costs no request; that step drops lines that are
// comments and every line's indentation, so comments stay on lines of their own here and no
// string spans lines.
//
// `n` is a Float64Array in the order `to_js` writes it; `s` holds the strings (sentence texts,
// keywords, language code and name), one after another, each `n` giving its length in UTF-16 units.
// Keys are in the order of the Rust structs' serde derives: `JSON.stringify` of a result equals
// the command line's JSON apart from offsets in UTF-16 units (tests/web.rs checks it).

const UNITS = ["auto", "sentences", "ratio", "words", "chars"];
const METHODS = ["precis", "luhn", "textrank", "lead"];
const REASONS = ["cue", "links", "repeated", "not_prose", "outside_article"];

export function buildSummary(n, s) {
  let i = 0;
  let at = 0;
  const num = () => n[i++];
  const flag = () => n[i++] !== 0;
  const str = () => s.slice(at, (at += n[i++]));
  const list = (item) => {
    const out = [];
    for (let k = num(); k > 0; k--) out.push(item());
    return out;
  };
  // Object literals evaluate their fields in the order written: the order of the numbers.
  const result = {
    sentences: list(() => ({
      text: str(),
      index: num(),
      start: num(),
      end: num(),
      score: num(),
      signals: {
        tf: num(), position: num(), title: num(), centrality: num(),
        length: num(), heading: num(), credit: num(), question: num(),
      },
    })),
    keywords: list(str),
    language: {
      code: str(), name: str(), confidence: num(), detected: flag(), reliable: flag(), stemmed: flag(),
    },
    stats: {
      sentences_in: num(), words_in: num(), chars_in: num(),
      sentences_out: num(), words_out: num(), chars_out: num(),
      length: length(UNITS[num()], num()),
      method: METHODS[num()],
      over_budget: flag(),
    },
    cleaning: {
      enabled: flag(),
      article: span(num(), num()),
      dropped: list(() => ({ start: num(), end: num(), reason: REASONS[num()] })),
    },
  };
  const all = list(() => ({ index: num(), start: num(), end: num(), score: num(), chosen: flag() }));
  if (all.length > 0) result.all = all;
  return result;
}

const length = (unit, value) => (unit === "auto" ? { unit } : { unit, value });
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
