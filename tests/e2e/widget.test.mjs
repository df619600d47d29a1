// The widget: <precis-summary> on host pages served from another origin (another port), in each
// mode; events; two copies of the script; hostile host CSS; inert text; no requests beyond its own
// files; a CSP header; the iframe embed; the npm package. Screenshots go to tests/e2e/artifacts/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, writeFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, ARTIFACTS, serve, launch } from "./helpers.mjs";

let widget; // dist/, served with CORS headers: the "CDN"
let host; // the host site, another origin
let browser;
let article; // paragraphs of a news article (tests/fixtures/cnn-sailor.txt)
let french; // paragraphs of a French one (tests/fixtures/orangesum-fr-apl.txt)

const WIDGET_FILES = ["precis-summary.js", "precis.js", "precis_bg.wasm", "precis-summary.css"];

const escape = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const paragraphs = (ps) => ps.map((p) => `<p>${escape(p)}</p>`).join("\n");

/** A host page: `body` is HTML; the widget script comes from the widget origin. */
function hostPage(body, { head = "", script } = {}) {
  const src = script ?? `${widget.url}precis-summary.js`;
  return `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<script type="module" src="${src}"></script>${head}</head><body>${body}</body></html>`;
}

/** Opens `path` on the host, recording console errors and requests. */
async function open(path, { context, init } = {}) {
  const page = await (context ?? browser).newPage();
  if (init) await page.addInitScript(init);
  const errors = [];
  const requests = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(host.url + path.replace(/^\//, ""));
  return { page, errors, requests };
}

/** The chosen sentences shown by the widget matched by `selector`. */
const shown = (page, selector = "precis-summary") =>
  page.$$eval(`${selector} >> css=.precis-summary li`, (lis) => lis.map((li) => li.textContent));

const pages = {};

before(async () => {
  const text = await readFile(join(ROOT, "tests", "fixtures", "cnn-sailor.txt"), "utf8");
  article = text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, " ").trim()).filter((p) => p.length > 60);
  const fr = await readFile(join(ROOT, "tests", "fixtures", "orangesum-fr-apl.txt"), "utf8");
  french = fr.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, " ").trim()).filter((p) => p.length > 1);
  widget = await serve(join(ROOT, "dist"), { headers: { "access-control-allow-origin": "*" } });
  const hostile = `<style>
    * { color: rgb(255, 0, 0) !important; font-size: 40px !important; text-transform: uppercase !important; }
    li, ol, p { display: none !important; }
    .precis-keywords { display: block; }
  </style>`;
  Object.assign(pages, {
    "/for.html": hostPage(`<h1>Story</h1>
      <precis-summary for="story" sentences="3" keywords></precis-summary>
      <div id="story">${paragraphs(article)}</div>
      <ul class="precis-keywords" id="outside"><li>host list</li></ul>`),
    "/french.html": hostPage(`<precis-summary sentences="3" keywords>${paragraphs(french)}</precis-summary>`),
    "/light.html": hostPage(`<precis-summary sentences="2">${paragraphs(article)}</precis-summary>`),
    "/twice.html": hostPage(
      `<precis-summary id="a" sentences="1">${paragraphs(article)}</precis-summary>
       <precis-summary id="b" ratio="0.2" view="highlight">${paragraphs(article.slice(0, 6))}</precis-summary>
       <script type="module" src="${"WIDGET"}precis-summary.js?copy=2"></script>`,
    ),
    "/hostile.html": hostPage(`<precis-summary sentences="2" keywords>${paragraphs(article)}</precis-summary>
      <div class="precis-keywords" id="outside">host element with the widget's class name</div>`, { head: hostile }),
    "/inert.html": hostPage(`<precis-summary id="w" sentences="2" view="highlight">
      <p>The council met on Monday to discuss ${escape('<script>window.__pwned = true</script>')} the school budget.</p>
      <p>It approved ${escape('<img src=x onerror="window.__pwned = true">')} the budget for schools after a long debate.</p>
      <p>The mayor welcomed the budget for schools and thanked the teachers.</p></precis-summary>`),
    // Over 100,000 characters: summarized in the Web Worker, started from this other origin.
    "/long.html": hostPage(`<precis-summary for="story" sentences="3"></precis-summary>
      <div id="story">${paragraphs(Array.from({ length: 50 }, (_, i) => [...article, `Part ${i}.`]).flat())}</div>`),
    "/iframe.html": `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"></head><body>
      <iframe id="f" src="${"WIDGET"}embed.html?sentences=2&keywords" style="width:100%;height:400px"></iframe></body></html>`,
  });
  for (const k of Object.keys(pages)) pages[k] = pages[k].replaceAll("WIDGET", widget.url);
  host = await serve(join(ROOT, "tests", "e2e", "no-such-dir"), { pages });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await host?.close();
  await widget?.close();
});

test("for mode: summarizes the named element and follows its edits; events carry the result", async () => {
  const { page, errors, requests } = await open("/for.html");
  await page.evaluate(() => {
    window.__events = [];
    document.addEventListener("precis-summary-updated", (e) => window.__events.push(e.detail));
  });
  await page.waitForSelector("precis-summary[data-ready]");
  await page.waitForFunction(() => window.__events.length > 0 || document.querySelector("precis-summary").result);
  const first = await shown(page);
  assert.equal(first.length, 3);
  const flat = article.join(" ");
  for (const s of first) assert.ok(flat.includes(s), `from the article: ${s}`);
  const result = await page.evaluate(() => document.querySelector("precis-summary").result);
  assert.deepEqual(result.sentences.map((s) => s.text.replace(/\s+/g, " ")), first);
  assert.ok(result.keywords.length > 0);
  assert.ok((await page.$$eval("precis-summary >> css=.precis-keywords li", (l) => l.length)) > 0, "keywords shown");

  // An edit of the article: a new lead paragraph about something else entirely.
  const before = await page.evaluate(() => window.__events.length);
  await page.evaluate(() => {
    const p = document.createElement("p");
    p.textContent = "Volcanic ash closed three airports in Iceland on Friday. The ash cloud from the volcano grounded flights across the north. Airlines said the volcano ash could delay flights for days.";
    document.getElementById("story").replaceChildren(p);
  });
  await page.waitForFunction((n) => window.__events.length > n, before);
  const after = await shown(page);
  assert.ok(after.every((s) => /ash|volcano|Volcanic/.test(s)), `follows the edit: ${after}`);
  const last = await page.evaluate(() => window.__events.at(-1));
  assert.deepEqual(last.sentences.map((s) => s.text), after);
  // Moved elsewhere in the page, it still follows its source.
  const moved = await page.evaluate(() => window.__events.length);
  await page.evaluate(() => {
    document.body.append(document.querySelector("precis-summary"));
    document.querySelector("#story p").textContent = "Heavy snow closed every school in the valley on Monday. Snow ploughs worked through the night. The snow is expected to melt by Thursday.";
  });
  await page.waitForFunction((n) => window.__events.length > n && /snow/i.test(window.__events.at(-1).sentences[0].text), moved);
  await page.screenshot({ path: join(ARTIFACTS, "widget-for.png"), fullPage: true });

  // Its styles do not leak: a host element with the widget's class name keeps the host's look.
  assert.notEqual(await page.$eval("#outside", (e) => getComputedStyle(e).display), "flex");
  assert.deepEqual(errors, []);
  const allowed = new Set([`${host.url}for.html`, ...WIDGET_FILES.map((f) => widget.url + f)]);
  assert.deepEqual(requests.filter((u) => !allowed.has(u)), [], "only the widget's own files load");
});

test("light-DOM mode: summarizes its own text, which shows until then and as fallback", async () => {
  const { page, errors } = await open("/light.html");
  await page.waitForSelector("precis-summary[data-ready]");
  assert.equal((await shown(page)).length, 2);
  assert.equal(await page.isVisible("precis-summary > p >> nth=0"), false, "the light DOM is replaced");
  // Attributes mirror properties and re-render; bad values fall back to the default.
  await page.evaluate(() => { document.querySelector("precis-summary").sentences = 4; });
  await page.waitForFunction(() => document.querySelector("precis-summary").result?.sentences.length === 4);
  assert.equal(await page.getAttribute("precis-summary", "sentences"), "4");
  await page.evaluate(() => document.querySelector("precis-summary").setAttribute("sentences", "lots"));
  await page.waitForFunction(() => document.querySelector("precis-summary").result?.stats.length.unit === "auto");
  // Themes: light by default here (the browser prefers light), dark on request.
  const background = () => page.$eval("precis-summary", (w) => getComputedStyle(w).backgroundColor);
  assert.equal(await background(), "rgb(253, 253, 252)");
  await page.evaluate(() => { document.querySelector("precis-summary").theme = "dark"; });
  assert.equal(await background(), "rgb(23, 23, 27)");
  await page.evaluate(() => { document.querySelector("precis-summary").view = "highlight"; });
  await page.waitForSelector("precis-summary >> css=.precis-original:not([hidden]) mark");
  // summarize(text) for scripts: a Promise of the result; the display stays as it is.
  const r = await page.evaluate(async () => {
    const w = document.querySelector("precis-summary");
    w.sentences = 1;
    return w.summarize("Rain fell on the city all night. The river rose by a metre. Schools stayed closed on Monday.");
  });
  assert.equal(r.sentences.length, 1);
  assert.equal(typeof r.sentences[0].start, "number");
  // Bad values fall back, for scripts too: an unknown language is detected, 0.4 sentences is 1.
  const fallback = await page.evaluate(async () => {
    const w = document.querySelector("precis-summary");
    w.setAttribute("lang", "zz");
    w.setAttribute("sentences", "0.4");
    const r = await w.summarize("Rain fell on the city all night. The river rose by a metre.");
    return [r.language.code, r.sentences.length];
  });
  assert.deepEqual(fallback, ["en", 1]);
  assert.deepEqual(errors, []);
});

test("a French article: shown at once, then again with French stems once the language pack loads", async () => {
  // Every update is heard from the start (the pack can load before a listener added later).
  const init = () => {
    window.__events = [];
    document.addEventListener("precis-summary-updated", (e) => window.__events.push(e.detail.language));
  };
  const { page, errors, requests } = await open("/french.html", { init });
  await page.waitForFunction(() => document.querySelector("precis-summary").result?.language.stemmed === true);
  const result = await page.evaluate(() => document.querySelector("precis-summary").result);
  assert.equal(result.language.code, "fr");
  assert.equal(result.sentences.length, 3);
  assert.ok(requests.includes(`${widget.url}precis-stem_bg.wasm`), "the pack came from the widget's folder");
  const events = await page.evaluate(() => window.__events);
  assert.equal(events[0].stemmed, false, "first shown without French stems");
  assert.equal(events.at(-1).stemmed, true);
  assert.deepEqual(errors, []);
});

test("the script loaded twice and two widgets on one page: one definition, both work", async () => {
  const { page, errors, requests } = await open("/twice.html");
  await page.waitForSelector("#a[data-ready]");
  await page.waitForSelector("#b[data-ready]");
  assert.equal((await shown(page, "#a")).length, 1);
  assert.ok(await page.isVisible("#b >> css=.precis-original mark"), "the second one highlights");
  assert.equal(requests.filter((u) => u.endsWith("precis_bg.wasm")).length, 1, "one wasm download");
  assert.deepEqual(errors, []);
});

test("hostile host CSS neither breaks the widget nor is broken by it", async () => {
  const { page, errors } = await open("/hostile.html");
  await page.waitForSelector("precis-summary[data-ready]");
  const style = await page.$eval("precis-summary >> css=.precis-summary li", (li) => {
    const s = getComputedStyle(li);
    return { display: s.display, color: s.color, transform: s.textTransform, size: s.fontSize };
  });
  assert.notEqual(style.size, "40px");
  assert.equal(style.display, "list-item");
  assert.equal(style.transform, "none");
  assert.notEqual(style.color, "rgb(255, 0, 0)");
  assert.equal(await page.$eval("#outside", (e) => getComputedStyle(e).display), "block");
  await page.screenshot({ path: join(ARTIFACTS, "widget-hostile-css.png"), fullPage: true });
  assert.deepEqual(errors, []);
});

test("markup in the hosted text is shown as text and runs nothing", async () => {
  const { page, errors } = await open("/inert.html");
  await page.evaluate(() => { window.__pwned = false; });
  await page.waitForSelector("#w[data-ready]");
  await page.waitForSelector("#w >> css=.precis-original mark");
  const shadow = await page.$eval("#w", (w) => ({
    text: w.shadowRoot.querySelector(".precis-original").textContent,
    elements: w.shadowRoot.querySelectorAll("img, script").length,
  }));
  assert.ok(shadow.text.includes("<img src=x onerror="), shadow.text);
  assert.equal(shadow.elements, 0);
  assert.equal(await page.evaluate(() => window.__pwned), false);
  assert.deepEqual(errors, []);
});

test("CSP: works under script-src 'self' 'wasm-unsafe-eval'; without wasm the light DOM stays", async () => {
  const strict = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'";
  const noWasm = "default-src 'self'; script-src 'self'; style-src 'self'";
  const body = `<precis-summary sentences="2">${paragraphs(article)}</precis-summary>`;
  const page = hostPage(body, { script: "/precis-summary.js" });
  // Same origin as the widget's files, as 'self' requires: dist/ served with the page added.
  for (const [csp, works] of [[strict, true], [noWasm, false]]) {
    const site = await serve(join(ROOT, "dist"), {
      headers: { "content-security-policy": csp },
      pages: { "/article.html": page },
    });
    const p = await browser.newPage();
    await p.addInitScript(() => {
      window.__failures = [];
      document.addEventListener("precis-summary-error", (e) => window.__failures.push(e.detail.message));
    });
    await p.goto(`${site.url}article.html`);
    if (works) {
      await p.waitForSelector("precis-summary[data-ready]");
      assert.equal((await shown(p)).length, 2);
      assert.deepEqual(await p.evaluate(() => window.__failures), []);
    } else {
      await p.waitForFunction(() => window.__failures.length > 0);
      assert.match(await p.evaluate(() => window.__failures[0]), /could not start/);
      assert.equal(await p.isVisible("precis-summary > p >> nth=0"), true, "the article stays readable");
    }
    await p.close();
    await site.close();
  }
});

test("a long text is summarized in the Web Worker from another origin, or here when CSP forbids workers", async () => {
  const { page, errors, requests } = await open("/long.html");
  await page.waitForFunction(() => /Summarizing \d+ words/.test(document.querySelector("precis-summary").shadowRoot.querySelector(".precis-status")?.textContent));
  await page.waitForFunction(() => document.querySelector("precis-summary").result);
  assert.equal((await shown(page)).length, 3);
  assert.ok(requests.includes(`${widget.url}precis-worker.js`), "the worker script came from the widget's origin");
  assert.deepEqual(errors, []);
  // Under a CSP without workers, the same text is summarized on the main thread, without error.
  const csp = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; worker-src 'none'";
  const long = Array.from({ length: 50 }, () => article).flat();
  const site = await serve(join(ROOT, "dist"), {
    headers: { "content-security-policy": csp },
    pages: { "/article.html": hostPage(`<precis-summary sentences="2">${paragraphs(long)}</precis-summary>`, { script: "/precis-summary.js" }) },
  });
  const p = await browser.newPage();
  try {
    const failures = [];
    p.on("pageerror", (e) => failures.push(String(e)));
    await p.addInitScript(() => {
      window.__failures = [];
      window.__blocked = [];
      document.addEventListener("precis-summary-error", (e) => window.__failures.push(e.detail.message));
      document.addEventListener("securitypolicyviolation", (e) => window.__blocked.push(e.effectiveDirective));
    });
    await p.goto(`${site.url}article.html`);
    await p.waitForFunction(() => document.querySelector("precis-summary").result);
    assert.equal((await shown(p)).length, 2);
    const blocked = await p.evaluate(() => window.__blocked);
    assert.ok(blocked.includes("worker-src"), `the worker was tried and refused: ${blocked}`);
    assert.deepEqual(await p.evaluate(() => window.__failures), []);
    assert.deepEqual(failures, []);
  } finally {
    await p.close();
    await site.close();
  }
});

test("iframe embed: postMessage in, result out", async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.__messages = [];
    addEventListener("message", (e) => window.__messages.push({ origin: e.origin, data: e.data }));
  });
  const { page, errors } = await open("/iframe.html", { context });
  await page.waitForFunction(() => window.__messages.some((m) => m.data?.type === "precis:ready"));
  const ready = await page.evaluate(() => window.__messages.find((m) => m.data?.type === "precis:ready"));
  assert.equal(ready.origin, widget.origin);
  await page.evaluate((origin) => {
    document.getElementById("f").contentWindow.postMessage(
      {
        type: "precis:summarize", id: 7, options: { sentences: 2 },
        text: "Rain fell on the city all night. The river rose by a metre. Schools stayed closed on Monday. The mayor asked people to stay home.",
      },
      origin,
    );
  }, widget.origin);
  await page.waitForFunction(() => window.__messages.some((m) => m.data?.id === 7));
  const answer = await page.evaluate(() => window.__messages.find((m) => m.data?.id === 7).data);
  assert.equal(answer.type, "precis:result");
  assert.equal(answer.result.sentences.length, 2);
  await page.frameLocator("#f").locator(".precis-summary li >> nth=1").waitFor();
  await page.screenshot({ path: join(ARTIFACTS, "widget-iframe.png") });
  // A long text (summarized in the frame's worker) and an empty one get answers too.
  const long = Array.from({ length: 50 }, (_, i) => [...article, `Part ${i}.`]).flat().join("\n\n");
  await page.evaluate(([origin, text]) => {
    const frame = document.getElementById("f").contentWindow;
    frame.postMessage({ type: "precis:summarize", id: 8, options: { sentences: 3 }, text }, origin);
    frame.postMessage({ type: "precis:summarize", id: 9, text: " " }, origin);
  }, [widget.origin, long]);
  await page.waitForFunction(() => [8, 9].every((id) => window.__messages.some((m) => m.data?.id === id)));
  const [longAnswer, emptyAnswer] = await page.evaluate(() => [8, 9].map((id) => window.__messages.find((m) => m.data?.id === id).data));
  assert.equal(longAnswer.type, "precis:result");
  assert.equal(longAnswer.result.sentences.length, 3);
  assert.ok(longAnswer.result.stats.chars_in > 100_000);
  assert.equal(emptyAnswer.type, "precis:error");
  assert.deepEqual(errors, []);
  await context.close();
});

test("the npm package installs from its tarball and imports", async () => {
  const scratch = await mkdtemp(join(tmpdir(), "precis-npm-"));
  try {
    const quiet = { cwd: scratch, stdio: ["ignore", "pipe", "pipe"] };
    const tgz = execFileSync("npm", ["pack", join(ROOT, "dist", "npm"), "--pack-destination", scratch], quiet)
      .toString().trim().split("\n").at(-1);
    await writeFile(join(scratch, "package.json"), JSON.stringify({ name: "scratch", private: true, type: "module" }));
    execFileSync("npm", ["install", "--offline", "--no-audit", "--no-fund", `./${tgz}`], quiet);
    await writeFile(join(scratch, "use.mjs"), `
      import { readFileSync } from "node:fs";
      import { fileURLToPath } from "node:url";
      import { initSync, summarize } from "precis-summary/api";
      const wasm = fileURLToPath(import.meta.resolve("precis-summary/precis_bg.wasm"));
      initSync({ module: readFileSync(wasm) });
      const r = summarize("Rain fell on the city all night. The river rose by a metre. Schools stayed closed on Monday.", { sentences: 1 });
      console.log(JSON.stringify({ n: r.sentences.length, element: import.meta.resolve("precis-summary") }));
    `);
    const out = JSON.parse(execFileSync("node", ["use.mjs"], quiet).toString());
    assert.equal(out.n, 1);
    assert.ok(out.element.endsWith("/node_modules/precis-summary/precis-summary.js"), out.element);
    const dts = await readFile(join(scratch, "node_modules", "precis-summary", "precis-summary.d.ts"), "utf8");
    assert.match(dts, /HTMLElementTagNameMap/);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
});
