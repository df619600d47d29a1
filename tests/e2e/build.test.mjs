// What the trunk build ships besides the page: stable file names, TypeScript declarations, the npm
// package folder.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { ROOT } from "./helpers.mjs";

const DIST = join(ROOT, "dist");

test("dist/ has stable names: the widget, the JS API, the wasm, styles, embeds", async () => {
  const files = await readdir(DIST);
  for (const f of [
    "index.html", "precis-summary.js", "precis-summary.css", "precis-summary.d.ts", "precis.js",
    "precis.d.ts", "precis_bg.wasm", "embed.html", "embed.js", "embed-example.html",
  ]) {
    assert.ok(files.includes(f), `dist/${f}`);
  }
  assert.deepEqual(files.filter((f) => /-[0-9a-f]{16}\./.test(f)), [], "no hashed names");
});

test("TypeScript declarations of the JS API and of the element ship in dist/", async () => {
  const api = await readFile(join(DIST, "precis.d.ts"), "utf8");
  for (const decl of [
    "export function summarize(text: string, options: SummarizeOptions): SummaryResult",
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
