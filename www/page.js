// Mounts the Rust UI (src/ui) into #app once trunk's loader has started the wasm module.
function start(api) {
  const root = document.getElementById("app");
  try {
    api.mount(root);
    document.body.dataset.ready = "true";
  } catch (e) {
    root.textContent = `The summarizer could not start: ${e.message}`;
  }
}

if (window.wasmBindings) start(window.wasmBindings);
else addEventListener("TrunkApplicationStarted", () => start(window.wasmBindings));
