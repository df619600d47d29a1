// What the node benchmarks of browser builds share (bench/wasm_ab.mjs, bench/wasm_same.mjs).
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** ../shared/eval, beside the repository. */
export const evalDir = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "shared", "eval");

/** The JS API of the browser build in `dir` (a copy of `dist/`: `precis.js`, `precis_bg.wasm`),
 * initialized; each directory is a module of its own, with its own memory. */
export async function loadBuild(dir) {
  const m = await import(pathToFileURL(resolve(dir, "precis.js")).href);
  m.initSync({ module: readFileSync(resolve(dir, "precis_bg.wasm")) });
  return m;
}
