// Time from paste to rendered summary in headless Chromium, for an 800-word and a 20,000-word
// article (news text from ../shared/eval/cnndm-dev.jsonl, and French from orangesum-fr-dev.jsonl,
// timed once the language pack has loaded), and what one keystroke at the end costs:
// how long its handler blocks, and when the summary is re-rendered (long texts wait for a 150 ms
// pause in typing).
//   bash scripts/trunk.sh build --release --offline && node bench/page_speed.mjs
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ROOT, serve, launch } from "../tests/e2e/helpers.mjs";

const load = async (file) => (await readFile(join(ROOT, "..", "shared", "eval", file), "utf8"))
  .split("\n").filter(Boolean).map((l) => JSON.parse(l).text);
const corpora = { English: await load("cnndm-dev.jsonl"), French: await load("orangesum-fr-dev.jsonl") };

function articleOf(rows, words) {
  const out = [];
  let n = 0;
  for (let i = 0; n < words; i++) {
    const t = rows[i % rows.length];
    out.push(t);
    n += t.split(/\s+/).length;
  }
  return out.join("\n\n").split(/(?<=\s)/).reduce((acc, w) => (acc.count < words ? { text: acc.text + w, count: acc.count + (/\S/.test(w) ? 1 : 0) } : acc), { text: "", count: 0 }).text;
}

const server = await serve();
const browser = await launch();
const page = await browser.newPage();
await page.goto(server.url);
await page.waitForSelector("#app[data-ready=true]");
console.log("| article | paste → summary rendered (ms, median of 5) | keystroke: handler blocks (ms) | keystroke → re-rendered (ms) |");
console.log("|---|---|---|---|");
// Load the language pack first (a French paste asks for it), so that French runs are warm.
await page.fill("#precis-input", articleOf(corpora.French, 200));
await page.waitForFunction(() => /French/.test(document.getElementById("app").shadowRoot.querySelector(".precis-stats").textContent));
await page.waitForTimeout(500);
for (const [lang, words] of [["English", 800], ["English", 20000], ["French", 800], ["French", 20000]]) {
  const text = articleOf(corpora[lang], words);
  const times = [];
  let key = 0;
  for (let run = 0; run < 5; run++) {
    await page.fill("#precis-input", "");
    await page.waitForFunction(() => /Paste an article/.test(document.getElementById("app").shadowRoot.querySelector(".precis-status").textContent));
    times.push(await page.evaluate(async (t) => {
      const input = document.getElementById("app").shadowRoot.getElementById("precis-input");
      const status = document.getElementById("app").shadowRoot.querySelector(".precis-status");
      status.textContent = "";
      const start = performance.now();
      input.value = t;
      input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
      await new Promise((ok) => {
        const check = () => (/ of \d+ sentences/.test(status.textContent) ? ok() : requestAnimationFrame(check));
        check();
      });
      return performance.now() - start;
    }, text));
    key = await page.evaluate(async () => {
      const input = document.getElementById("app").shadowRoot.getElementById("precis-input");
      const status = document.getElementById("app").shadowRoot.querySelector(".precis-status");
      status.textContent = "";
      input.setSelectionRange(input.value.length, input.value.length);
      const start = performance.now();
      input.setRangeText(" x", input.value.length, input.value.length, "end");
      input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertText", data: " x" }));
      const blocked = performance.now() - start;
      await new Promise((ok) => {
        const check = () => (/ of \d+ sentences/.test(status.textContent) ? ok() : requestAnimationFrame(check));
        check();
      });
      return [blocked, performance.now() - start];
    });
  }
  times.sort((a, b) => a - b);
  console.log(`| ${lang}, ${words.toLocaleString("en")} words | ${times[2].toFixed(1)} | ${key[0].toFixed(1)} | ${key[1].toFixed(1)} |`);
}
await browser.close();
await server.close();
