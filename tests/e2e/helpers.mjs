// Shared helpers for the end-to-end tests: a static server for dist/ and a Chromium launcher.
import { createServer } from "node:http";
import { readFile, mkdir } from "node:fs/promises";
import { extname, join, normalize, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const ARTIFACTS = join(ROOT, "tests", "e2e", "artifacts");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".mjs": "text/javascript",
  ".css": "text/css",
  ".wasm": "application/wasm",
  ".json": "application/json",
};

/**
 * Serves `dir` on 127.0.0.1 at a free port; resolves to { url, origin, close }.
 * `headers`: added to every response (CORS, CSP); `pages`: extra paths answered with given HTML.
 */
export async function serve(dir = join(ROOT, "dist"), { headers = {}, pages = {} } = {}) {
  const server = createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (pathname in pages) {
      res.writeHead(200, { "content-type": TYPES[".html"], ...headers });
      res.end(pages[pathname]);
      return;
    }
    const path = normalize(pathname).replace(/^(\.\.[/\\])+/, "");
    const file = join(dir, path.endsWith("/") ? path + "index.html" : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream", ...headers });
      res.end(body);
    } catch {
      res.writeHead(404, headers);
      res.end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return { url: `${origin}/`, origin, close: () => new Promise((ok) => server.close(ok)) };
}

export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export async function launch() {
  await mkdir(ARTIFACTS, { recursive: true });
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS, headless: true });
}

/**
 * Gives the page's scripts `$ui()`: the shadow root of the page's `<precis-summary id="app">` (the
 * whole UI lives there). Playwright's own selectors pierce open shadow roots; `document` does not.
 */
export async function withUiHelper(page) {
  await page.addInitScript(() => {
    window.$ui = () => document.getElementById("app")?.shadowRoot ?? document;
  });
  return page;
}

/** A page that records console errors and every request URL. */
export async function openPage(browser, url) {
  const page = await withUiHelper(await browser.newPage());
  const errors = [];
  const requests = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(url);
  await page.waitForSelector("#app[data-ready=true]", { timeout: 30000 });
  return { page, errors, requests };
}
