// Main-thread blocking when a large text is pasted into the page, in headless Chromium (Long
// Tasks API: tasks over 50 ms). For each size: how long summarize() alone takes on the main thread
// (what the page would block for without its Web Worker), the long tasks from the paste until the
// summary shows, the same paste into a bare <textarea> on an empty page (the browser's own layout
// of the text, which no page avoids), and how long a keystroke's handler blocks while the worker
// is busy. Text: CNN/DM articles from ../shared/eval, repeated to size.
//   bash scripts/trunk.sh build --release --offline && node bench/long_tasks.mjs
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ROOT, serve, launch } from "../tests/e2e/helpers.mjs";

const rows = (await readFile(join(ROOT, "..", "shared", "eval", "cnndm-dev.jsonl"), "utf8"))
  .split("\n").filter(Boolean).map((l) => JSON.parse(l).text);
function textOf(bytes) {
  let out = "";
  for (let i = 0; out.length < bytes; i++) out += rows[i % rows.length] + "\n\n";
  return out.slice(0, bytes);
}

/** Runs `paste` (in the page) and returns the durations of the long tasks that began after it. */
const LONG_TASKS = `
  window.longTasks = async (paste) => {
    const tasks = [];
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries()));
    observer.observe({ type: "longtask" });
    const start = performance.now();
    const extra = await paste();
    await new Promise((ok) => setTimeout(ok, 300));
    observer.disconnect();
    const long = tasks.filter((e) => e.startTime >= start - 1).map((e) => e.duration.toFixed(0));
    return { long: long.join(" + ") || "none", ...extra };
  };`;

const server = await serve();
const browser = await launch();
const page = await browser.newPage();
await page.addInitScript(LONG_TASKS);
await page.goto(server.url);
await page.waitForSelector("#app[data-ready=true]");
const bare = await browser.newPage();
await bare.setContent("<textarea rows=12></textarea>");
await bare.evaluate(LONG_TASKS);
console.log("| paste | summarize() alone on the main thread (ms) | page: long tasks, paste → summary (ms) | paste → summary shown (ms) | bare textarea: long tasks (ms) | keystroke while summarizing: handler (ms) |");
console.log("|---|---|---|---|---|---|");
for (const kb of [100, 1000]) {
  const text = textOf(kb * 1000);
  const r = await page.evaluate(async (t) => {
    const { summarize } = await import("./precis.js");
    summarize(t, { all: true }); // warm
    const t0 = performance.now();
    summarize(t, { all: true });
    const alone = performance.now() - t0;
    const ui = document.getElementById("app").shadowRoot;
    const input = ui.getElementById("precis-input");
    const status = ui.querySelector(".precis-status");
    const until = (re) => new Promise((ok) => {
      const check = () => (re.test(status.textContent) ? ok() : requestAnimationFrame(check));
      check();
    });
    input.value = "";
    input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "deleteContentBackward" }));
    await until(/Paste an article/);
    await new Promise((ok) => setTimeout(ok, 300));
    const tasks = await window.longTasks(async () => {
      const start = performance.now();
      input.value = t;
      input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
      await until(/ of \d+ sentences/);
      return { shown: performance.now() - start };
    });
    // A keystroke while the worker summarizes (long texts re-summarize after a pause in typing).
    input.value = t + " ";
    input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
    await until(/Summarizing|of \d+ sentences/);
    const k0 = performance.now();
    input.setRangeText("x", input.value.length, input.value.length, "end");
    input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText", data: "x" }));
    const key = performance.now() - k0;
    await until(/ of \d+ sentences/);
    return { alone, key, ...tasks };
  }, text);
  const b = await bare.evaluate(async (t) => window.longTasks(async () => {
    const input = document.querySelector("textarea");
    input.value = "";
    await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 100)));
    input.value = t;
    await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    return {};
  }), text);
  console.log(`| ${kb.toLocaleString("en")} KB | ${r.alone.toFixed(0)} | ${r.long} | ${r.shown.toFixed(0)} | ${b.long} | ${r.key.toFixed(1)} |`);
}
await browser.close();
await server.close();
