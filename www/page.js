// The minimal page (the full page is the next issue): paste, see the summary.
// Text is only ever put into the DOM with textContent, never parsed as HTML.
const input = document.getElementById("input");
const count = document.getElementById("count");
const list = document.getElementById("summary");
const status = document.getElementById("status");

function render(api) {
  list.replaceChildren();
  const text = input.value;
  if (!text.trim()) {
    status.textContent = "Paste at least two sentences to see a summary.";
    return;
  }
  const n = parseInt(count.value, 10);
  try {
    const result = api.summarize(text, Number.isFinite(n) && n > 0 ? { sentences: n } : {});
    for (const s of result.sentences) {
      const li = document.createElement("li");
      li.textContent = text.slice(s.start, s.end);
      list.append(li);
    }
    status.textContent = `${result.stats.sentences_out} of ${result.stats.sentences_in} sentences, ` +
      `${result.stats.words_out} of ${result.stats.words_in} words (${result.language.name}).`;
  } catch (e) {
    status.textContent = `Could not summarize: ${e.message}`;
  }
}

function start(api) {
  input.addEventListener("input", () => render(api));
  count.addEventListener("input", () => render(api));
  document.body.dataset.ready = "true";
  render(api);
}

if (window.wasmBindings) start(window.wasmBindings);
else addEventListener("TrunkApplicationStarted", () => start(window.wasmBindings));
