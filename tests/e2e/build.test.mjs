// What the trunk build ships besides the page: TypeScript declarations for the JS API.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { ROOT } from "./helpers.mjs";

test("TypeScript declarations of the JS API ship in dist/", async () => {
  const dist = join(ROOT, "dist");
  const dts = (await readdir(dist)).filter((f) => f.endsWith(".d.ts") && !f.includes("_bg"));
  assert.equal(dts.length, 1, `one declaration file: ${dts}`);
  const text = await readFile(join(dist, dts[0]), "utf8");
  for (const decl of [
    "export function summarize(text: string, options: SummarizeOptions): SummaryResult",
    "export function splitSentences(",
    "export interface SummaryResult",
    "export interface SummarizeOptions",
  ]) {
    assert.ok(text.includes(decl), `declares ${decl}`);
  }
});
