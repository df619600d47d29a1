// <precis-summary>: the precis summarizer as a custom element, for any site (README, "Widget").
//
// One script tag and one element. The wasm module and the stylesheet load from next to this file
// (import.meta.url), so the whole dist/ folder can live on any static host. Every widget on a page
// shares one wasm instance; loading this file twice defines the element once. Text reaches the
// shadow DOM only as text nodes (the Rust UI never sets innerHTML), and nothing is sent anywhere.
import init, {
  mount,
  needsLanguagePack,
  setLanguagePack,
  summarize as summarizeText,
  visibleText,
} from "./precis.js";

const TAG = "precis-summary";
const UPDATED = "precis-summary-updated";
const FAILED = "precis-summary-error";
/** Attributes that change the summary (each mirrored by a property). */
const OPTION_ATTRIBUTES = ["sentences", "ratio", "words", "lang", "view", "keywords", "clean"];

let wasmReady;
/** Starts the wasm module once for the whole page. */
function ready() {
  wasmReady ??= init({ module_or_path: new URL("precis_bg.wasm", import.meta.url) });
  return wasmReady;
}

let packReady;
let packLoaded = false;
/**
 * Loads the language pack (precis-stem.js: the stemmers and whole stop-word lists of languages
 * other than English)
 * once for the page; resolves when precis uses it. Widgets load it by themselves when a text needs
 * it; scripts calling the JS API directly may call this first.
 */
function loadLanguagePack() {
  packReady ??= ready()
    .then(() => import("./precis-stem.js"))
    .then(async (pack) => {
      await pack.default({ module_or_path: new URL("precis-stem_bg.wasm", import.meta.url) });
      setLanguagePack(pack);
      packLoaded = true;
    });
  return packReady;
}

let worker; // the page's one Web Worker for long texts (a stub that refuses every job once it failed)
let running = null; // the job the worker is on
let waiting = null; // the next job (a newer one replaces it)

/**
 * Summarizes a long text for the UI in the Web Worker (src/ui/worker.rs); rejects when there can
 * be no worker here (a host CSP, say), and the UI then summarizes on the main thread. A job
 * replaced before it started resolves to null (the UI has moved on). `progress` hears the share
 * done (0 to 1) while the worker runs.
 */
function background(text, settings, progress) {
  return new Promise((resolve, reject) => {
    waiting?.resolve(null);
    waiting = { text, settings, progress, resolve, reject };
    next();
  });
}

function next() {
  if (running || !waiting) return;
  running = waiting;
  waiting = null;
  try {
    worker ??= startWorker();
    worker.postMessage({ text: running.text, settings: running.settings, pack: packLoaded });
  } catch (e) {
    workerFailed(e);
  }
}

function startWorker() {
  const url = new URL("precis-worker.js", import.meta.url);
  let w;
  try {
    w = new Worker(url, { type: "module" });
  } catch {
    // A worker script must be same-origin with the page: from a widget on another origin, start
    // it through a module that imports the real one (CORS, like the widget's own script).
    const source = new Blob([`import ${JSON.stringify(url.href)};`], { type: "text/javascript" });
    w = new Worker(URL.createObjectURL(source), { type: "module" });
  }
  w.onmessage = ({ data }) => {
    if (data.progress !== undefined) {
      running?.progress?.(data.progress);
      return;
    }
    const job = running;
    running = null;
    if (data.error) job?.reject(new Error(data.error));
    else job?.resolve(data.answer);
    next();
  };
  w.onerror = (e) => {
    e.preventDefault?.();
    workerFailed(new Error("the worker could not start"));
  };
  return w;
}

/** No worker from now on: the jobs are refused, and every later one at once. */
function workerFailed(error) {
  worker?.terminate();
  worker = { postMessage() { throw error; }, terminate() {} };
  for (const job of [running, waiting]) job?.reject(error);
  running = waiting = null;
}

/** A positive number from an attribute, or null (bad values fall back to the default). */
function positive(value, max = Infinity) {
  if (value === null || value.trim() === "") return null;
  const n = Number(value);
  return Number.isFinite(n) && n > 0 && n <= max ? n : null;
}

/** A boolean attribute that may also be written `="false"`. */
function flag(value, otherwise) {
  if (value === null) return otherwise;
  return !/^(false|off|no|0)$/i.test(value.trim());
}

class PrecisSummary extends HTMLElement {
  static observedAttributes = ["for", "editable", "theme", ...OPTION_ATTRIBUTES];

  #root; // the element the Rust UI renders into
  #slot; // the light DOM, shown until the summary is there (and if it never comes)
  #ui = null; // the mounted Precis handle
  #source = null; // the element named by `for`, observed
  #observer = null;
  #pending = false;
  #text = null; // text given by script (property `text`)
  #result = null;
  #mounting = null;

  constructor() {
    super();
    const shadow = this.attachShadow({ mode: "open" });
    const style = document.createElement("link");
    style.rel = "stylesheet";
    style.href = new URL("precis-summary.css", import.meta.url).href;
    this.#root = document.createElement("div");
    this.#root.setAttribute("part", "root");
    this.#slot = document.createElement("slot");
    shadow.append(style, this.#root, this.#slot);
  }

  connectedCallback() {
    this.#mounting ??= this.#start();
    // Moved in the page (disconnected, then connected again): follow the source again.
    if (this.#ui && !this.editable) this.#follow();
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#observer = null;
    this.#source = null;
  }

  attributeChangedCallback(name, before, after) {
    if (before === after || !this.#ui) return;
    if (name === "for") this.#follow();
    else if (OPTION_ATTRIBUTES.includes(name)) this.#configure();
  }

  async #start() {
    try {
      await ready();
      const editable = this.editable;
      this.#ui = mount(this.#root, { editable, background });
      this.#slot.hidden = true;
      // Options first and the listener after, so that the first event carries the real summary.
      if (!editable || this.#hasOptionAttributes()) this.#configure();
      this.#ui.onUpdate((result, error) => this.#updated(result, error));
      // The editable box starts empty (its light DOM is only the loading fallback) unless script
      // gave a text; the read-only modes follow `for` or the light DOM.
      if (!editable) this.#follow();
      else if (this.#text !== null) this.#ui.setText(this.#text);
      this.setAttribute("data-ready", "true");
    } catch (e) {
      // The light DOM stays visible: the page still reads, just without a summary.
      this.#slot.hidden = false;
      this.#fail(`precis could not start: ${e?.message ?? e}`);
    }
  }

  #hasOptionAttributes() {
    return OPTION_ATTRIBUTES.some((a) => this.hasAttribute(a));
  }

  /** The options of this element, as `summarize` takes them (invalid values left out). */
  #options() {
    const o = {};
    const sentences = positive(this.getAttribute("sentences"));
    const ratio = positive(this.getAttribute("ratio"), 1);
    const words = positive(this.getAttribute("words"));
    if (sentences) o.sentences = Math.max(1, Math.round(sentences));
    else if (ratio) o.ratio = ratio;
    else if (words) o.words = Math.max(1, Math.round(words));
    const lang = this.getAttribute("lang");
    if (lang && /^[a-z]{2,3}$|^auto$/i.test(lang.trim())) o.lang = lang.trim();
    o.clean = flag(this.getAttribute("clean"), true);
    return o;
  }

  #configure() {
    this.#guard(() =>
      this.#ui?.configure({
        ...this.#options(),
        view: this.view,
        keywords: flag(this.getAttribute("keywords"), this.editable),
      }),
    );
  }

  /**
   * Runs a call into the wasm module; should it trap (a panic: none is known), the host page gets
   * an error event instead of an exception, and the light DOM shows again.
   */
  #guard(call) {
    try {
      return call();
    } catch (e) {
      this.#slot.hidden = false;
      this.#fail(`precis failed: ${e?.message ?? e}`);
      return undefined;
    }
  }

  /** Summarizes the text named by `for`, or the light DOM, or what script gave; follows changes. */
  #follow() {
    this.#observer?.disconnect();
    const id = this.getAttribute("for");
    const root = this.getRootNode();
    this.#source = id ? (root.getElementById?.(id) ?? document.getElementById(id)) : null;
    if (id && !this.#source) {
      this.#guard(() => this.#ui.setText(""));
      this.#fail(`no element with id "${id}" to summarize`);
      return;
    }
    const watched = this.#source ?? this;
    this.#observer = new MutationObserver(() => this.#schedule());
    this.#observer.observe(watched, { subtree: true, childList: true, characterData: true });
    this.#refresh();
  }

  #schedule() {
    if (this.#pending) return;
    this.#pending = true;
    requestAnimationFrame(() => {
      this.#pending = false;
      this.#refresh();
    });
  }

  #refresh() {
    if (!this.#ui || this.editable) return;
    const text = this.#text ?? (this.#source ? textOf(this.#source) : this.#lightText());
    if (text !== this.#ui.text()) this.#guard(() => this.#ui.setText(text));
  }

  #lightText() {
    return textOf(this);
  }

  #updated(result, error) {
    this.#result = result;
    if (result && needsLanguagePack(result.language.code)) {
      // Shown now unstemmed; summarized again (a second event) once the stemmer has arrived.
      loadLanguagePack().then(
        () => this.#guard(() => this.#ui?.refresh()),
        (e) => this.#fail(`the language pack could not load: ${e?.message ?? e}`),
      );
    }
    if (result) {
      this.dispatchEvent(new CustomEvent(UPDATED, { bubbles: true, composed: true, detail: result }));
    } else if (error && this.#ui.text().trim()) {
      // An empty source is shown as such, not reported: it is not an error of the host's page.
      this.#fail(error);
    }
  }

  #fail(message) {
    this.dispatchEvent(new CustomEvent(FAILED, { bubbles: true, composed: true, detail: { message } }));
  }

  /** Summarizes `text` with this element's options; the display does not change. */
  async summarize(text) {
    await ready();
    const input = String(text ?? "");
    const options = this.#options();
    const run = () => {
      try {
        return summarizeText(input, options);
      } catch (e) {
        // A `lang` that precis does not know falls back to detection, as on screen.
        if (!options.lang) throw e;
        delete options.lang;
        return summarizeText(input, options);
      }
    };
    const result = run();
    if (!needsLanguagePack(result.language.code)) return result;
    await loadLanguagePack();
    return run();
  }

  /** The result shown now (null before the first summary or when there is none). */
  get result() {
    return this.#result;
  }

  /** The text summarized: settable from script (in place of `for` or the light DOM). */
  get text() {
    return this.#ui ? this.#ui.text() : (this.#text ?? "");
  }
  set text(value) {
    this.#text = value === null || value === undefined ? null : String(value);
    if (!this.#ui) return;
    if (this.#text === null) this.#refresh();
    else this.#guard(() => this.#ui.setText(this.#text)); // again even when unchanged: asked for
  }

  get for() {
    return this.getAttribute("for");
  }
  set for(v) {
    this.#reflect("for", v);
  }
  get sentences() {
    return positive(this.getAttribute("sentences"));
  }
  set sentences(v) {
    this.#reflect("sentences", v);
  }
  get ratio() {
    return positive(this.getAttribute("ratio"), 1);
  }
  set ratio(v) {
    this.#reflect("ratio", v);
  }
  get words() {
    return positive(this.getAttribute("words"));
  }
  set words(v) {
    this.#reflect("words", v);
  }
  get lang() {
    return this.getAttribute("lang") ?? "auto";
  }
  set lang(v) {
    this.#reflect("lang", v);
  }
  get view() {
    return this.getAttribute("view") === "highlight" ? "highlight" : "summary";
  }
  set view(v) {
    this.#reflect("view", v);
  }
  get keywords() {
    return flag(this.getAttribute("keywords"), this.editable);
  }
  set keywords(v) {
    this.#reflect("keywords", v === true ? "" : v === false ? "false" : v);
  }
  get clean() {
    return flag(this.getAttribute("clean"), true);
  }
  set clean(v) {
    this.#reflect("clean", v === false ? "false" : v === true ? "" : v);
  }
  get theme() {
    const t = this.getAttribute("theme");
    return t === "light" || t === "dark" ? t : "auto";
  }
  set theme(v) {
    this.#reflect("theme", v);
  }
  get editable() {
    return this.hasAttribute("editable") && flag(this.getAttribute("editable"), true);
  }
  set editable(v) {
    this.toggleAttribute("editable", Boolean(v));
  }

  #reflect(name, value) {
    if (value === null || value === undefined) this.removeAttribute(name);
    else this.setAttribute(name, String(value));
  }
}

/** The text a reader sees in `element`, with paragraph breaks (an inert copy: nothing runs). */
function textOf(element) {
  return visibleText(element.innerHTML);
}

if (!customElements.get(TAG)) customElements.define(TAG, PrecisSummary);

export { PrecisSummary, ready, loadLanguagePack };
