// The iframe embed's side of the postMessage API (README, "Widget: iframe").
//
// The parent posts { type: "precis:summarize", id, text, options? } and gets back
// { type: "precis:result", id, result } or { type: "precis:error", id, message }, sent only to the
// origin that asked. Once ready, the frame posts { type: "precis:ready" } to its parent. Options are
// the widget's attributes (sentences, ratio, words, lang, view, keywords, clean, theme); the query
// string gives the starting ones.
import { loadLanguagePack } from "./precis-summary.js";
import { needsLanguagePack } from "./precis.js";

const widget = document.getElementById("summary");
const ATTRIBUTES = ["sentences", "ratio", "words", "lang", "view", "keywords", "clean", "theme"];

function apply(options) {
  for (const name of ATTRIBUTES) {
    if (!(name in options)) continue;
    const v = options[name];
    if (v === null || v === undefined || v === false) widget.removeAttribute(name);
    else widget.setAttribute(name, v === true ? "" : String(v));
  }
}

apply(Object.fromEntries(new URLSearchParams(location.search)));

/** The widget's next summary or error: an `updated` or `error` event. */
function nextOutcome() {
  return new Promise((resolve) => {
    const done = (event) => {
      widget.removeEventListener("precis-summary-updated", done);
      widget.removeEventListener("precis-summary-error", done);
      resolve(event);
    };
    widget.addEventListener("precis-summary-updated", done);
    widget.addEventListener("precis-summary-error", done);
  });
}

/** Summarizes `text` with the widget (at once, or in its worker for a long text): the event. */
function summarizeWith(text) {
  const outcome = nextOutcome();
  widget.text = text;
  return outcome;
}

/** Resolves once the widget has mounted. */
const started = customElements.whenDefined("precis-summary").then(
  () =>
    new Promise((resolve) => {
      if (widget.hasAttribute("data-ready")) return resolve();
      new MutationObserver((_, o) => {
        if (!widget.hasAttribute("data-ready")) return;
        o.disconnect();
        resolve();
      }).observe(widget, { attributes: true, attributeFilter: ["data-ready"] });
    }),
);

// One request at a time: the widget shows one text, and a long one is summarized asynchronously.
let queue = Promise.resolve();
addEventListener("message", (event) => {
  queue = queue.then(() => answer(event));
});

async function answer(event) {
  const data = event.data;
  if (!data || data.type !== "precis:summarize" || event.source !== parent) return;
  const reply = (msg) => event.source.postMessage({ id: data.id, ...msg }, event.origin);
  if (typeof data.text !== "string") {
    reply({ type: "precis:error", message: "text must be a string" });
    return;
  }
  if (!data.text.trim()) {
    reply({ type: "precis:error", message: "there is no text to summarize" });
    return;
  }
  await started;
  // Length attributes replace each other: a request states its whole length.
  for (const name of ["sentences", "ratio", "words"]) widget.removeAttribute(name);
  apply(data.options && typeof data.options === "object" ? data.options : {});
  let outcome = await summarizeWith(data.text);
  if (outcome.type === "precis-summary-updated" && needsLanguagePack(outcome.detail.language.code)) {
    // The text wants a stemmer of the language pack: load it and summarize again.
    try {
      await loadLanguagePack();
      outcome = await summarizeWith(data.text);
    } catch {
      // Unstemmed is still a summary.
    }
  }
  if (outcome.type === "precis-summary-updated") reply({ type: "precis:result", result: outcome.detail });
  else reply({ type: "precis:error", message: outcome.detail.message });
}

started.then(() => {
  if (parent !== window) parent.postMessage({ type: "precis:ready" }, "*");
});
