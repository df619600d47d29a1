// Time from paste to rendered summary in headless Chromium, for an 800-word and a 20,000-word
// article (news text from ../shared/eval/cnndm-dev.jsonl), and what one keystroke at the end costs:
// how long its handler blocks, and when the summary is re-rendered (long texts wait for a 150 ms
// pause in typing).
//   PATH="$PWD/node_modules/.bin:$PATH" trunk build --release --offline && node bench/page_speed.mjs
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ROOT, serve, launch } from "../tests/e2e/helpers.mjs";

const rows = (await readFile(join(ROOT, "..", "shared", "eval", "cnndm-dev.jsonl"), "utf8"))
  .split("\n").filter(Boolean).map((l) => JSON.parse(l).text);

function articleOf(words) {
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
for (const words of [800, 20000]) {
  const text = articleOf(words);
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
  console.log(`| ${words.toLocaleString("en")} words | ${times[2].toFixed(1)} | ${key[0].toFixed(1)} | ${key[1].toFixed(1)} |`);
}
await browser.close();
await server.close();
