// Checks that two browser builds of precis give the same results: `summarize()` and
// `splitSentences()` of every text of ../shared/eval, and of texts that test the boundary (lone
// surrogates, right-to-left, ZWJ emoji, empty), with eight option sets; results compared with
// their keys in order, numbers exactly (-0 included), errors by message. For changes meant to
// leave the output alone, such as the JS boundary's (DESIGN.md, "Speed, eleventh round").
//   node bench/wasm_same.mjs DIR_A DIR_B
// Each DIR holds a build's `precis.js` and `precis_bg.wasm` (a copy of `dist/`). Exits 1 on a
// difference and prints the first five.
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const evalDir = join(here, "..", "..", "shared", "eval");
const dirs = process.argv.slice(2);
if (dirs.length !== 2) {
  console.error("usage: node bench/wasm_same.mjs DIR_A DIR_B");
  process.exit(2);
}
const builds = [];
for (const dir of dirs) {
  const m = await import(pathToFileURL(resolve(dir, "precis.js")).href);
  m.initSync({ module: readFileSync(resolve(dir, "precis_bg.wasm")) });
  builds.push(m);
}

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
for (const text of texts) {
  for (const options of optionSets) {
    calls++;
    const [a, b] = builds.map((m) => outputs(m, text, options));
    if (a !== b) differences.push({ options, text: text.slice(0, 60), a: a.slice(0, 300), b: b.slice(0, 300) });
  }
}
for (const d of differences.slice(0, 5)) console.log(JSON.stringify(d, null, 1));
console.log(`${texts.length} texts × ${optionSets.length} option sets: ${differences.length} of ${calls} differ`);
process.exit(differences.length ? 1 : 0);
