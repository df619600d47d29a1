// What the trunk build ships besides the page: stable file names, TypeScript declarations, the npm
// package folder.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ROOT } from "./helpers.mjs";

const DIST = join(ROOT, "dist");

test("dist/ has stable names: the widget, the JS API, the wasm, styles, embeds", async () => {
  const files = await readdir(DIST);
  for (const f of [
    "index.html", "precis-summary.js", "precis-summary.css", "precis-summary.d.ts", "precis.js",
    "precis.d.ts", "precis_bg.wasm", "precis-worker.js", "embed.html", "embed.js", "embed-example.html",
  ]) {
    assert.ok(files.includes(f), `dist/${f}`);
  }
  assert.deepEqual(files.filter((f) => /-[0-9a-f]{16}\./.test(f)), [], "no hashed names");
  // wasm-bindgen's JS snippets (src/result.js) are inlined into precis.js (scripts/package.sh): a
  // module that precis.js imported would delay the wasm's download by a round trip.
  assert.ok(!files.includes("snippets"), "no snippets folder");
  const api = await readFile(join(DIST, "precis.js"), "utf8");
  assert.doesNotMatch(api, /snippets\//);
  assert.match(api, /buildSummary/);
});

test("TypeScript declarations of the JS API and of the element ship in dist/", async () => {
  const api = await readFile(join(DIST, "precis.d.ts"), "utf8");
  for (const decl of [
    "export function summarize(text: string, options?: SummarizeOptions): SummaryResult",
    "export function splitSentences(",
    "export interface SummaryResult",
    "export interface SummarizeOptions",
    "export function mount(",
  ]) {
    assert.ok(api.includes(decl), `declares ${decl}`);
  }
  const element = await readFile(join(DIST, "precis-summary.d.ts"), "utf8");
  assert.match(element, /interface HTMLElementTagNameMap \{\s*"precis-summary": PrecisSummary;/);
  assert.match(element, /"precis-summary-updated": CustomEvent<SummaryResult>/);
});

test("download budget: the widget's wasm + JS + CSS stay within 120 KB gzipped", async () => {
  // The worker script loads only for long texts; it is counted all the same.
  const files = ["precis_bg.wasm", "precis.js", "precis-summary.js", "precis-summary.css", "precis-worker.js"];
  const sizes = {};
  for (const f of files) sizes[f] = gzipSync(await readFile(join(DIST, f)), { level: 9 }).length;
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  console.log(`widget download, gzip -9 bytes: ${JSON.stringify(sizes)}, total ${total}`);
  assert.ok(total <= 120_000, `${total} bytes > 120 KB: ${JSON.stringify(sizes)}`);
});
