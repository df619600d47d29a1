// The minimal page: paste text, see a summary, nothing runs from the text, nothing leaves the page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { ROOT, ARTIFACTS, serve, launch, openPage } from "./helpers.mjs";

let server;
let browser;

before(async () => {
  server = await serve();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test("the seed page gets a summary from the article", async () => {
  const { page, errors, requests } = await openPage(browser, server.url);
  const seed = await readFile(join(ROOT, "tests", "fixtures", "seed-nato-page.txt"), "utf8");
  await page.fill("#input", seed);
  await page.waitForSelector("#summary li");
  const items = await page.$$eval("#summary li", (lis) => lis.map((li) => li.textContent));
  assert.ok(items.length >= 1, "at least one sentence");
  for (const s of items) assert.ok(seed.includes(s), `sentence comes from the input: ${s}`);
  assert.ok(items.some((s) => s.includes("NATO")), "the summary is about the article");
  await page.screenshot({ path: join(ARTIFACTS, "page-seed.png"), fullPage: true });
  assert.deepEqual(errors, []);
  const origin = new URL(server.url).origin;
  assert.deepEqual(requests.filter((u) => !u.startsWith(origin)), [], "no request leaves the origin");
});

test("pasted HTML and script stay inert text", async () => {
  const { page, errors } = await openPage(browser, server.url);
  await page.evaluate(() => { window.__pwned = false; });
  const hostile = 'The <script>window.__pwned = true</script> council met on Monday. ' +
    'It approved <img src=x onerror="window.__pwned = true"> the budget for schools. ' +
    'The mayor welcomed the budget for schools.';
  await page.fill("#input", hostile);
  await page.waitForSelector("#summary li");
  assert.equal(await page.evaluate(() => window.__pwned), false);
  assert.equal(await page.$$eval("#summary img, #summary script", (n) => n.length), 0);
  const text = await page.textContent("#summary");
  assert.ok(text.includes("<img") || text.includes("<script>"), "markup is shown as text");
  assert.deepEqual(errors, []);
});

test("empty input shows a clear message", async () => {
  const { page } = await openPage(browser, server.url);
  await page.fill("#input", "   ");
  const status = await page.textContent("#status");
  assert.match(status, /Paste at least two sentences/);
});
