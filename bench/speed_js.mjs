// Times JavaScript summarizers and precis' wasm (dist/precis_bg.wasm, the shipped browser build, in
// node) on the same documents, for bench/speed.py, which prints them beside native precis and sumy.
//   node bench/speed_js.mjs DOCS.jsonl WARMUP.jsonl [SCALE.txt ...]
// DOCS.jsonl: one {"text"} per line; WARMUP.jsonl: other documents the wasm summarizes first, 30
// times over, so that the engine has compiled the module's hot functions with its optimizing
// compiler (V8 starts wasm on a baseline compiler and tiers up functions as they run: after a
// single warm-up pass the first pass below was 0.2 ms a document slower, compiling, not
// summarizing); precis' stem cache then holds the warm-up's words, not these;
// each SCALE file is summarized whole by the wasm (scaling curve).
// Prints JSON: { perDoc: { system: ms per document }, scale: [{ words, seconds }] }. precis' wasm
// has two figures: "first pass" (each document once, after the warm-up; the best of three
// instances) and the best of five more passes ("warm": the stem cache knows every word, as when
// the page re-summarizes as you type).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, "package.json"));
const { SummarizerManager } = require("node-summarizer");
const textSummarization = require("text-summarization");
// Three instances of the module (each import with its own query is a module of its own, with its own
// memory and stem cache): the first pass is the best of three fresh ones, as native precis' is the
// best of several fresh processes.
const wasmBytes = readFileSync(join(here, "..", "dist", "precis_bg.wasm"));
const instances = [];
for (let k = 0; k < 3; k++) {
  const m = await import(`${pathToFileURL(join(here, "..", "dist", "precis.js")).href}?instance=${k}`);
  m.initSync({ module: wasmBytes });
  instances.push(m);
}
const precis = instances[0];

const [docsPath, warmupPath, ...scaleFiles] = process.argv.slice(2);
const load = (path) => readFileSync(path, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).text);
const docs = load(docsPath);

/** Milliseconds per document, the best of `runs` passes over all documents. */
async function perDoc(runs, summarize) {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    for (const d of docs) await summarize(d);
    best = Math.min(best, performance.now() - t);
  }
  return best / docs.length;
}

const perDocMs = {};
const warmup = load(warmupPath);
let first = Infinity;
for (const m of instances) {
  for (let r = 0; r < 30; r++) for (const d of warmup) m.summarize(d, { sentences: 3 });
  first = Math.min(first, await perDoc(1, (d) => m.summarize(d, { sentences: 3 })));
}
perDocMs["precis wasm (node), first pass"] = first;
perDocMs["precis wasm (node), warm"] = await perDoc(5, (d) => precis.summarize(d, { sentences: 3 }));
perDocMs["node-summarizer frequency"] = await perDoc(2, (d) => new SummarizerManager(d, 3).getSummaryByFrequency().summary);
perDocMs["node-summarizer TextRank"] = await perDoc(1, (d) => new SummarizerManager(d, 3).getSummaryByRank());
perDocMs["text-summarization"] = await perDoc(1, (d) => textSummarization({ text: d, numSentences: 3 }));

const scale = [];
for (const file of scaleFiles) {
  const text = readFileSync(file, "utf8");
  const runs = text.length > 20_000_000 ? 1 : 3;
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t = performance.now();
    precis.summarize(text);
    best = Math.min(best, performance.now() - t);
  }
  scale.push({ words: text.split(/\s+/).filter(Boolean).length, seconds: best / 1000 });
}
console.log(JSON.stringify({ perDoc: perDocMs, scale }));
