// Checks that two browser builds of precis give the same results: `summarize()` and
// `splitSentences()` of every text of ../shared/eval, and of texts that test the boundary (lone
// surrogates, right-to-left, ZWJ emoji, empty), with eight option sets; results compared with
// their keys in order, numbers exactly (-0 included), errors by message. Then, for SECONDS
// (default 0), random texts: words of several scripts, emoji, lone surrogates, any code point,
// under the same option sets (a fixed seed: the same texts each run). For changes meant to leave
// the output alone, such as the JS boundary's (DESIGN.md, "Speed, eleventh round").
//   node bench/wasm_same.mjs DIR_A DIR_B [SECONDS]
// Each DIR holds a build's `precis.js` and `precis_bg.wasm` (a copy of `dist/`). Exits 1 on a
// difference and prints the first five.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { evalDir, loadBuild } from "./wasm_build.mjs";
const [dirs, seconds] = [process.argv.slice(2, 4), Number(process.argv[4] ?? 0)];
if (dirs.length !== 2 || !(seconds >= 0)) {
  console.error("usage: node bench/wasm_same.mjs DIR_A DIR_B [SECONDS]");
  process.exit(2);
}
const builds = [];
for (const dir of dirs) builds.push(await loadBuild(dir));

/** A value as text: keys in their order, numbers exactly, types kept apart. */
const canon = (v) => {
  if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
  if (Array.isArray(v)) return `[${v.map(canon).join(",")}]`;
  if (v && typeof v === "object") {
    return `{${Object.keys(v).map((k) => `${JSON.stringify(k)}:${canon(v[k])}`).join(",")}}`;
  }
  return `${JSON.stringify(v)}:${typeof v}`;
};
const attempt = (f) => {
  try {
    return canon(f());
  } catch (e) {
    return `error: ${e.message}`;
  }
};
const outputs = (m, text, options) =>
  attempt(() => m.summarize(text, options)) + attempt(() => m.splitSentences(text, options));

const texts = [];
for (const name of [
  "cnndm-dev.jsonl", "bbc-dev.jsonl", "pasted-dev.jsonl", "pasted-other-langs-dev.jsonl",
  "orangesum-fr-dev.jsonl", "golden-rules-en.jsonl",
]) {
  for (const line of readFileSync(join(evalDir, name), "utf8").split("\n").filter(Boolean)) {
    const record = JSON.parse(line);
    texts.push(record.text ?? record.input ?? JSON.stringify(record));
  }
}
texts.push(
  readFileSync(join(evalDir, "seed-nato-page.txt"), "utf8"),
  "",
  "   ",
  "word",
  "Bad \uD800 half here. The council met. The \uDC00 budget.",
  "😀👨‍👩‍👧‍👦 ok. שלום לכולם. 中文句子。又一句。",
);
const optionSets = [
  undefined,
  { sentences: 3 },
  { all: true },
  { words: 40, clean: false },
  { ratio: 0.2, method: "textrank" },
  { chars: 300, method: "luhn", keywords: 0 },
  { method: "lead", lang: "fr", all: true },
  { sentences: 1, lang: "de" },
];
let calls = 0;
const differences = [];
const compare = (text, options) => {
  calls++;
  const [a, b] = builds.map((m) => outputs(m, text, options));
  if (a !== b) differences.push({ options, text: text.slice(0, 60), a: a.slice(0, 300), b: b.slice(0, 300) });
};
for (const text of texts) {
  for (const options of optionSets) compare(text, options);
}
console.log(`${texts.length} texts × ${optionSets.length} option sets: ${differences.length} of ${calls} differ`);

// Random texts, from a fixed seed.
let seed = 12345;
const below = (n) => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
};
const words = [
  "the", "council", "met", "Monday", "budget", "Le", "conseil", "a", "voté", "東京", "😀",
  "👨‍👩‍👧‍👦", "שלום", "مرحبا", "Dr.", "U.S.", "e.g.", "3.5", "Share", "Subscribe", "\u00ad", "\u200b",
  "ﬁ", "İstanbul", "ǅ", "ΣΟΦΙΑ",
];
const gaps = [" ", " ", " ", ". ", "! ", "? ", "\n", "\n\n", "。", "\t", ", ", "… ", "\u2028", "\r\n"];
const randomText = () => {
  let text = "";
  for (let i = below(400); i > 0; i--) {
    const kind = below(20);
    if (kind === 0) text += String.fromCharCode(0xd800 + below(0x800)); // a lone surrogate
    else if (kind === 1) text += String.fromCodePoint(below(0x110000)).replace(/[\ud800-\udfff]/g, "x");
    else if (kind === 2) text += String.fromCharCode(below(0x80));
    else text += words[below(words.length)];
    text += gaps[below(gaps.length)];
  }
  return text;
};
const before = calls;
const end = performance.now() + seconds * 1000;
while (performance.now() < end) compare(randomText(), optionSets[below(optionSets.length)]);
if (seconds > 0) console.log(`${calls - before} random texts: ${differences.length} calls differ in all`);
for (const d of differences.slice(0, 5)) console.log(JSON.stringify(d, null, 1));
process.exit(differences.length ? 1 : 0);
