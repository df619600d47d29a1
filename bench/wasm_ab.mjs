// Ranks browser builds of precis by speed, in node: each build's pass over the same 150 CNN/DM
// articles, interleaved with the others' twenty times in one process, so that a slow moment of the
// machine falls on every build alike. Separate node runs of one build differ by 3–5 %, as much as
// the changes being compared (DESIGN.md, "Speed, eighth round").
//   node bench/wasm_ab.mjs DIR [DIR ...]
// Each DIR holds a build's `precis.js` and `precis_bg.wasm` (as `dist/` after
// `bash scripts/trunk.sh build --release --offline`; copy it aside before building the other).
// Each build first summarizes the BBC articles twenty times over, so that V8 has compiled its hot
// functions with its optimizing compiler. Each round then times a warm pass (every word in the stem
// cache) and a first pass (the stem cache emptied before it). Prints, per build, the fastest and
// the median of each in ms per article.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { evalDir, loadBuild } from "./wasm_build.mjs";
const load = (name) =>
  readFileSync(join(evalDir, name), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l).text);
const docs = load("cnndm-dev.jsonl");
const warmup = load("bbc-dev.jsonl");

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error("usage: node bench/wasm_ab.mjs DIR [DIR ...]");
  process.exit(2);
}
const builds = [];
for (const dir of dirs) {
  const m = await loadBuild(dir);
  for (let r = 0; r < 20; r++) for (const d of warmup) m.summarize(d, { sentences: 3 });
  builds.push(m);
}
// A first pass: the stem cache emptied first. It is kept for one analysis key (language, stemmer,
// stop words), so one short German text (no stemmer in node, without the language pack) starts
// it afresh, and the pass over the articles stems every word anew.
const forget = (m) => m.summarize("Ein kurzer Satz.", { lang: "de" });
const warm = dirs.map(() => []);
const first = dirs.map(() => []);
for (let round = 0; round < 20; round++) {
  builds.forEach((m, i) => {
    let start = performance.now();
    for (const d of docs) m.summarize(d, { sentences: 3 });
    warm[i].push((performance.now() - start) / docs.length);
    forget(m);
    start = performance.now();
    for (const d of docs) m.summarize(d, { sentences: 3 });
    first[i].push((performance.now() - start) / docs.length);
  });
}
const show = (t) => `fastest ${t[0].toFixed(4)} ms, median ${t[t.length >> 1].toFixed(4)} ms`;
dirs.forEach((dir, i) => {
  const [w, f] = [warm[i], first[i]].map((t) => t.sort((a, b) => a - b));
  console.log(`${dir}: warm ${show(w)}; first pass ${show(f)} an article`);
});
