// The page: paste text, see the summary, change length and view, keyboard use, nothing runs from
// the text, nothing leaves the page. Screenshots go to tests/e2e/artifacts/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ROOT, ARTIFACTS, serve, launch, openPage, withUiHelper } from "./helpers.mjs";

let server;
let browser;
const fixture = (name) => readFile(join(ROOT, "tests", "fixtures", name), "utf8");
const items = (page) => page.$$eval(".precis-summary li", (lis) => lis.map((li) => li.textContent));

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test("the seed page gets a summary from the article; both views are shown", async () => {
  const { page, errors, requests } = await openPage(browser, server.url);
  const seed = await fixture("seed-nato-page.txt");
  await page.fill("#precis-input", seed);
  await page.waitForSelector(".precis-summary li");
  const chosen = await items(page);
  assert.equal(chosen.length, 3, "adaptive default: three sentences");
  const flat = seed.replace(/\s+/g, " ");
  for (const s of chosen) assert.ok(flat.includes(s), `sentence comes from the input: ${s}`);
  assert.ok(chosen.some((s) => s.includes("NATO")), "the summary is about the article");
  const keywords = await page.$$eval(".precis-keywords li", (l) => l.map((x) => x.textContent));
  assert.ok(keywords.includes("NATO") || keywords.includes("Russia"), `keywords: ${keywords}`);
  assert.match(await page.textContent(".precis-stats"), /words in/);
  const skipped = Number(/Skipped (\d+) lines of page clutter/.exec(await page.textContent(".precis-status"))[1]);
  // The skipped lines can be seen, each with its reason.
  await page.click(".precis-dropped summary");
  const dropped = await page.$$eval(".precis-dropped li", (l) => l.map((x) => x.textContent));
  assert.equal(dropped.length, skipped);
  assert.ok(dropped.some((l) => l.startsWith("Connect with us — ")), dropped.join("\n"));
  await page.screenshot({ path: join(ARTIFACTS, "page-summary.png"), fullPage: true });

  assert.equal(await page.isChecked("#precis-clean"), true, "the box shows that cleaning is on");
  await page.check("#precis-view-highlight");
  await page.waitForSelector(".precis-original:not([hidden]) mark");
  assert.equal(await page.$$eval(".precis-original mark", (m) => m.length), 3);
  assert.match(await page.textContent(".precis-status"), /Skipped \d+ lines/, "another control keeps it on");
  assert.equal(await page.isHidden(".precis-summary"), true);
  assert.equal(await page.textContent(".precis-original"), seed, "the original text is shown unchanged");
  await page.uncheck("#precis-clean");
  await page.waitForFunction(() => !/clutter/.test($ui().querySelector(".precis-status").textContent));
  await page.check("#precis-clean");
  await page.waitForFunction(() => /clutter/.test($ui().querySelector(".precis-status").textContent));
  await page.focus(".precis-original mark >> nth=0");
  assert.match(await page.textContent(".precis-why"), /^Chosen: score [0-9.]+: term frequency/);
  await page.screenshot({ path: join(ARTIFACTS, "page-highlight.png"), fullPage: true });

  assert.deepEqual(errors, []);
  const origin = new URL(server.url).origin;
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin)), [], "no request leaves the origin");
});

test("length controls: unit, amount and presets change the summary", async () => {
  const { page, errors } = await openPage(browser, server.url);
  await page.fill("#precis-input", await fixture("cnn-sailor.txt"));
  await page.waitForSelector(".precis-summary li");
  await page.selectOption("#precis-unit", "sentences");
  await page.fill("#precis-amount", "2");
  await page.waitForFunction(() => $ui().querySelectorAll(".precis-summary li").length === 2);
  await page.click("button[data-preset=long]");
  await page.waitForFunction(() => $ui().querySelectorAll(".precis-summary li").length === 7);
  await page.selectOption("#precis-unit", "words");
  await page.fill("#precis-amount", "60");
  await page.waitForFunction(() => /\b(\d+) words out/.exec($ui().querySelector(".precis-stats").textContent)?.[1] <= 60);
  const out = Number(/\b(\d+) words out/.exec(await page.textContent(".precis-stats"))[1]);
  assert.ok(out > 0 && out <= 60, `at most 60 words, got ${out}`);
  assert.ok((await items(page)).length >= 1);
  assert.deepEqual(errors, []);
});

test("the score map has a bar per sentence and jumps to it", async () => {
  const { page } = await openPage(browser, server.url);
  await page.fill("#precis-input", await fixture("cnn-sailor.txt"));
  await page.waitForSelector(".precis-map .bar");
  const bars = await page.$$eval(".precis-map .bar", (b) => b.length);
  const status = await page.textContent(".precis-status");
  assert.ok(status.includes(`of ${bars} sentences.`), `${status} / ${bars} bars`);
  await page.click(".precis-map .bar.chosen >> nth=1");
  await page.waitForSelector(".precis-original:not([hidden])");
  const focused = await page.evaluate(() => $ui().activeElement.tagName);
  assert.equal(focused, "MARK");
});

test("keyboard only: type, choose a length, switch view", async () => {
  const { page, errors } = await openPage(browser, server.url);
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => $ui().activeElement.id), "precis-input");
  await page.keyboard.type("The river rose in the night. Homes along the river flooded. The mayor opened a shelter for families. Rain is expected to stop on Friday.");
  await page.waitForSelector(".precis-summary li");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => $ui().activeElement.type), "file", "Open a file comes next");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => $ui().activeElement.id), "precis-unit");
  await page.keyboard.press("ArrowDown"); // Automatic -> Sentences
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => $ui().activeElement.id), "precis-amount");
  await page.keyboard.press("Control+a");
  await page.keyboard.type("1");
  await page.waitForFunction(() => $ui().querySelectorAll(".precis-summary li").length === 1);
  await page.focus("#precis-view-summary");
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.isChecked("#precis-view-highlight"), true);
  await page.waitForSelector(".precis-original:not([hidden]) mark");
  assert.deepEqual(errors, []);
});

test("pasted HTML and script stay inert text", async () => {
  const { page, errors } = await openPage(browser, server.url);
  await page.evaluate(() => { window.__pwned = false; });
  const hostile = 'The <script>window.__pwned = true</script> council met on Monday. ' +
    'It approved <img src=x onerror="window.__pwned = true"> the budget for schools. ' +
    'The mayor welcomed the budget for schools.';
  await page.fill("#precis-input", hostile);
  await page.waitForSelector(".precis-summary li");
  await page.check("#precis-view-highlight");
  assert.equal(await page.evaluate(() => window.__pwned), false);
  assert.equal(await page.$$eval(".precis img, .precis script", (n) => n.length), 0);
  assert.ok((await page.textContent(".precis-original")).includes("<img src=x"), "markup is shown as text");
  assert.deepEqual(errors, []);
});

test("empty input and one word show clear messages", async () => {
  const { page } = await openPage(browser, server.url);
  await page.fill("#precis-input", "   ");
  assert.match(await page.textContent(".precis-status"), /Paste an article/);
  await page.fill("#precis-input", "Hello");
  await page.waitForFunction(() => /Only one sentence/.test($ui().querySelector(".precis-status").textContent));
});

test("settings are remembered, the text is not", async () => {
  const { page } = await openPage(browser, server.url);
  await page.fill("#precis-input", "Secret draft text about the merger. It must not be stored anywhere.");
  await page.selectOption("#precis-unit", "words");
  await page.check("#precis-view-highlight");
  await page.reload();
  await page.waitForSelector("#app[data-ready=true]");
  assert.equal(await page.inputValue("#precis-unit"), "words");
  assert.equal(await page.isChecked("#precis-view-highlight"), true);
  assert.equal(await page.inputValue("#precis-input"), "");
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  assert.ok(!stored.includes("Secret"), stored);
});

test("copy puts the summary on the clipboard", async () => {
  const context = await browser.newContext({ permissions: ["clipboard-read", "clipboard-write"] });
  const page = await withUiHelper(await context.newPage());
  await page.goto(server.url);
  await page.waitForSelector("#app[data-ready=true]");
  await page.fill("#precis-input", await fixture("cnn-sailor.txt"));
  await page.waitForSelector(".precis-summary li");
  await page.click("button[data-action=copy]");
  await page.waitForFunction(() => $ui().querySelector(".precis-copy-status").textContent === "Copied.");
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(clip, (await items(page)).join("\n"));
  await page.click("button[data-action=clear]");
  assert.equal(await page.inputValue("#precis-input"), "");
  await context.close();
});

test("phone width in dark mode: no sideways scrolling", async () => {
  const context = await browser.newContext({ viewport: { width: 375, height: 800 }, colorScheme: "dark" });
  const page = await withUiHelper(await context.newPage());
  await page.goto(server.url);
  await page.waitForSelector("#app[data-ready=true]");
  await page.fill("#precis-input", await fixture("bbc-blair.txt"));
  await page.waitForSelector(".precis-summary li");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page wider than the screen by ${overflow}px`);
  const bg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  assert.notEqual(bg, "rgb(253, 253, 252)", "dark background in dark mode");
  await page.screenshot({ path: join(ARTIFACTS, "page-phone-dark.png"), fullPage: true });
  await context.close();
});

test("a dropped .html file becomes its visible text; a picked .txt file is read as is", async () => {
  const { page, errors } = await openPage(browser, server.url);
  await page.evaluate(() => { window.__pwned = false; });
  const html = `<html><head><title>T</title><style>p{color:red}</style><script>window.__pwned = true</script></head>
    <body><h1>Council passes the school budget</h1><p>The council approved the budget on Monday.
    It raises school funding by ten percent.</p><p>Critics said the budget ignores transport.<br>The mayor disagreed.</p>
    <img src="x" onerror="window.__pwned = true"><script>window.__pwned = true</script></body></html>`;
  await page.evaluate((content) => {
    const dt = new DataTransfer();
    dt.items.add(new File([content], "story.html", { type: "text/html" }));
    $ui().getElementById("precis-input").dispatchEvent(new DragEvent("drop", { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, html);
  await page.waitForFunction(() => $ui().getElementById("precis-input").value.length > 0);
  const text = await page.inputValue("#precis-input");
  assert.equal(text, "Council passes the school budget\n\nThe council approved the budget on Monday. It raises school funding by ten percent.\n\nCritics said the budget ignores transport.\nThe mayor disagreed.");
  await page.waitForSelector(".precis-summary li");
  assert.equal(await page.evaluate(() => window.__pwned), false);

  await page.setInputFiles(".precis-file input", { name: "note.txt", mimeType: "text/plain", buffer: Buffer.from("First line here. Second <b>line</b> here.") });
  await page.waitForFunction(() => $ui().getElementById("precis-input").value.startsWith("First line"));
  assert.equal(await page.inputValue("#precis-input"), "First line here. Second <b>line</b> here.");
  // The file's inline style and handler never run (the parsed copy is inert); the page's CSP also
  // reports them as blocked. Nothing else may reach the console.
  const blocked = /violates the following Content Security Policy directive/;
  assert.deepEqual(errors.filter((e) => !blocked.test(e)), []);
});

test("a long article: typing waits for a pause, then the summary follows", async () => {
  const { page, errors } = await openPage(browser, server.url);
  const long = (await fixture("cnn-sailor.txt")).repeat(20); // about 90,000 characters
  await page.fill("#precis-input", long);
  await page.waitForSelector(".precis-summary li");
  await page.evaluate(() => { $ui().querySelector(".precis-status").textContent = ""; });
  await page.focus("#precis-input");
  await page.keyboard.press("End");
  await page.keyboard.type(" More.");
  await page.waitForFunction(() => / of \d+ sentences/.test($ui().querySelector(".precis-status").textContent));
  assert.ok((await page.inputValue("#precis-input")).endsWith(" More."));
  assert.deepEqual(errors, []);
});

test("a 1 MB paste is summarized in the Web Worker with a progress bar, and the result is the JS API's", async () => {
  const { page, errors, requests } = await openPage(browser, server.url);
  const parts = await Promise.all(["cnn-sailor.txt", "bbc-blair.txt", "seed-nato-page.txt"].map(fixture));
  let big = "";
  for (let i = 0; big.length < 1_000_000; i++) big += `${parts[i % 3]}\n\nPart ${i} of the file.\n\n`;
  await page.selectOption("#precis-unit", "sentences");
  await page.fill("#precis-amount", "5");
  const { seen, progress, barLeft } = await page.evaluate(async (t) => {
    const input = $ui().getElementById("precis-input");
    const status = $ui().querySelector(".precis-status");
    const statuses = [];
    const values = [];
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === "attributes") values.push(Number(r.target.getAttribute("value")));
        else statuses.push(status.textContent);
      }
    }).observe(status, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ["value"] });
    input.value = t;
    input.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
    await new Promise((ok) => {
      const check = () => (/ of \d+ sentences/.test(status.textContent) ? ok() : requestAnimationFrame(check));
      check();
    });
    return { seen: statuses, progress: values, barLeft: status.querySelector("progress") !== null };
  }, big);
  assert.match(seen[0], /^Summarizing \d+ words in the background… $/, seen.join(" | "));
  // The worker's reports moved the progress bar forward, to the end, and the bar went with the job.
  assert.ok(progress.length >= 5, `progress steps: ${progress}`);
  assert.ok(progress.every((v, i) => i === 0 || v >= progress[i - 1]), `never backwards: ${progress}`);
  assert.equal(progress.at(-1), 100, `${progress}`);
  assert.equal(barLeft, false, "no progress bar once the summary shows");
  assert.ok(requests.some((u) => u.endsWith("/precis-worker.js")), "the worker was started");
  // What the worker sent is what the main thread computes: sentences, counts, keywords, offsets.
  const expected = await page.evaluate(async (t) => {
    const { summarize } = await import("./precis.js");
    const r = summarize(t, { sentences: 5, all: true });
    return {
      sentences: r.sentences.map((s) => s.text.replace(/\s*[\n\r]\s*/g, " ")),
      status: `${r.stats.sentences_out} of ${r.stats.sentences_in} sentences. Skipped ${r.cleaning.dropped.length} lines of page clutter.`,
      stats: `${r.stats.words_in} words in, ${r.stats.words_out} words out`,
      keywords: r.keywords,
      marks: r.sentences.map((s) => t.slice(s.start, s.end)),
    };
  }, big);
  assert.deepEqual(await items(page), expected.sentences);
  assert.equal(await page.textContent(".precis-status"), expected.status);
  assert.ok((await page.textContent(".precis-stats")).startsWith(expected.stats));
  assert.deepEqual(await page.$$eval(".precis-keywords li", (l) => l.map((x) => x.textContent)), expected.keywords);
  await page.click(".precis-map .bar.chosen >> nth=0");
  await page.waitForFunction(() => $ui().activeElement?.tagName === "MARK");
  assert.deepEqual(await page.$$eval(".precis-original mark", (m) => m.map((x) => x.textContent)), expected.marks);
  assert.equal(await page.evaluate(() => $ui().activeElement.textContent), expected.marks[0], "the bar jumped to its sentence");
  assert.deepEqual(errors, []);
});

test("language: detected, unsure for a scrap of text, and chosen by the reader (remembered)", async () => {
  const { page, errors } = await openPage(browser, server.url);
  await page.fill("#precis-input", await fixture("cnn-sailor.txt"));
  await page.waitForSelector(".precis-summary li");
  assert.match(await page.textContent(".precis-stats"), /language: English \(detected\)/);
  await page.fill("#precis-input", "Tokyo Osaka and Kyoto. Hiroshima Nagoya.");
  await page.waitForFunction(() => /unsure/.test($ui().querySelector(".precis-stats").textContent));
  await page.selectOption("#precis-lang", "fr");
  await page.waitForFunction(() => /language: French$/.test($ui().querySelector(".precis-stats").textContent));
  await page.reload();
  await page.waitForSelector("#app[data-ready=true]");
  assert.equal(await page.inputValue("#precis-lang"), "fr");
  await page.selectOption("#precis-lang", "auto");
  assert.deepEqual(errors, []);
});

test("JS API at the boundary: lone surrogates, right-to-left text, ZWJ emoji keep their offsets", async () => {
  const { page, errors } = await openPage(browser, server.url);
  const out = await page.evaluate(async () => {
    const api = await import("/precis.js");
    await api.default();
    const texts = [
      // A lone high and a lone low surrogate: the boundary turns each into U+FFFD (one unit too).
      "Bad \uD800 half here. The council met on Monday. The council approved the \uDC00 budget.",
      "ذهب الرجل إلى السوق صباحا. اشترى الرجل خبزا وحليبا من السوق. عاد إلى البيت في المساء.",
      "שלום לכולם. זהו משפט שני בעברית. והנה משפט שלישי.",
      "Family 👨‍👩‍👧‍👦 trip today. The family went to the sea 🏖️ together. Everyone swam.",
    ];
    const errors = [{ nope: 1 }, { lang: "xx" }, { method: "magic" }, { sentences: 0 }].map((o) => {
      try {
        api.summarize("One sentence here. Another one there.", o);
        return "no error";
      } catch (e) {
        return `${e instanceof Error} ${e.message}`;
      }
    });
    return {
      errors,
      pairs: texts.map((t) => {
        const r = api.summarize(t, { sentences: 2 });
        return r.sentences.map((s) => [t.slice(s.start, s.end), s.text]);
      }),
    };
  });
  // The release build formats no Debug output (for size): messages must still name the culprit.
  assert.match(out.errors[0], /^true unknown option "nope"/);
  assert.match(out.errors[1], /^true unknown language "xx"/);
  assert.match(out.errors[2], /^true unknown method "magic"/);
  assert.match(out.errors[3], /^true invalid option: sentences must be at least 1/);
  for (const pairs of out.pairs) {
    assert.equal(pairs.length, 2);
    for (const [slice, text] of pairs) {
      // Equal, except that a lone surrogate comes back as U+FFFD at the same offset.
      assert.equal(slice.toWellFormed(), text);
    }
  }
  assert.deepEqual(errors, []);
});

test("the page runs under its strict Content-Security-Policy, which blocks inline script", async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await withUiHelper(await context.newPage());
  await page.goto(server.url);
  await page.waitForSelector("#app[data-ready=true]");
  await page.fill("#precis-input", await fixture("orangesum-fr-apl.txt")); // loads the language pack too
  await page.waitForFunction(() => /French/.test($ui().querySelector(".precis-stats").textContent));
  assert.deepEqual(await page.evaluate(() => window.__violations), [], "the page itself violates nothing");
  const csp = await page.getAttribute("meta[http-equiv=Content-Security-Policy]", "content");
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'/);
  await page.evaluate(() => {
    const s = document.createElement("script");
    s.textContent = "window.__inline = true";
    document.head.append(s);
  });
  assert.equal(await page.evaluate(() => window.__inline), undefined, "inline script is blocked");
  await page.waitForFunction(() => window.__violations.length > 0);
  await context.close();
});

test("a pasted web page (text/html on the clipboard) comes in without the furniture its markup names", async () => {
  const { page, errors } = await openPage(browser, server.url);
  await page.evaluate(() => { window.__pwned = false; });
  const html = `<html><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <div role="banner">The Daily Example</div>
    <div id="cookie-banner">We use cookies. Accept all?</div>
    <article><h1>Council passes the school budget</h1>
      <p>The council approved the budget on Monday. It raises school funding by ten percent.</p>
      <div class="share-tools">Share on Facebook Share on X</div>
      <p>Critics said the budget ignores transport. The mayor disagreed.</p>
      <img src="x" onerror="window.__pwned = true"></article>
    <aside><h2>Related stories</h2><p>Mayor opens new park.</p></aside>
    <footer>© 2026 The Daily Example. All rights reserved.</footer></body></html>`;
  await page.focus("#precis-input");
  await page.evaluate((content) => {
    const dt = new DataTransfer();
    dt.setData("text/html", content);
    dt.setData("text/plain", "plain text of the whole page");
    $ui().getElementById("precis-input").dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
  }, html);
  await page.waitForSelector(".precis-summary li");
  assert.equal(await page.inputValue("#precis-input"),
    "Council passes the school budget\n\nThe council approved the budget on Monday. It raises school funding by ten percent.\n\nCritics said the budget ignores transport. The mayor disagreed.");
  assert.equal(await page.evaluate(() => window.__pwned), false);
  // Undo gives the box back as it was before the paste.
  await page.keyboard.press("Control+z");
  assert.equal(await page.inputValue("#precis-input"), "");
  const blocked = /violates the following Content Security Policy directive/;
  assert.deepEqual(errors.filter((e) => !blocked.test(e)), []);
});
