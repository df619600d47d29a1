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

let lastError = null;
widget.addEventListener("precis-summary-error", (e) => (lastError = e.detail.message));
widget.addEventListener("precis-summary-updated", () => (lastError = null));

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

addEventListener("message", async (event) => {
  const data = event.data;
  if (!data || data.type !== "precis:summarize" || event.source !== parent) return;
  const reply = (msg) => event.source.postMessage({ id: data.id, ...msg }, event.origin);
  if (typeof data.text !== "string") {
    reply({ type: "precis:error", message: "text must be a string" });
    return;
  }
  await started;
  // Length attributes replace each other: a request states its whole length.
  for (const name of ["sentences", "ratio", "words"]) widget.removeAttribute(name);
  apply(data.options && typeof data.options === "object" ? data.options : {});
  lastError = null;
  widget.text = data.text; // renders at once: result and lastError are current afterwards
  if (widget.result && needsLanguagePack(widget.result.language.code)) {
    // The text wants a stemmer of the language pack: load it and summarize again.
    try {
      await loadLanguagePack();
      widget.text = data.text;
    } catch {
      // Unstemmed is still a summary.
    }
  }
  if (widget.result && lastError === null) reply({ type: "precis:result", result: widget.result });
  else reply({ type: "precis:error", message: lastError ?? "no summary" });
});

started.then(() => {
  if (parent !== window) parent.postMessage({ type: "precis:ready" }, "*");
});
