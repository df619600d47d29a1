// The Web Worker that summarizes long texts for <precis-summary> (src/ui/worker.rs), so that a
// large paste never freezes the page. It runs the same wasm module, loaded from next to this file.
import init, { setLanguagePack, summarizeForUi } from "./precis.js";

const here = (name) => new URL(name, import.meta.url);
const ready = init({ module_or_path: here("precis_bg.wasm") });
let pack;

onmessage = async ({ data }) => {
  try {
    await ready;
    // The page loaded the language pack for this text's language: so does the worker.
    if (data.pack) {
      pack ??= import("./precis-stem.js").then(async (p) => {
        await p.default({ module_or_path: here("precis-stem_bg.wasm") });
        setLanguagePack(p);
      });
      await pack;
    }
    const answer = summarizeForUi(data.text, data.settings, (progress) => postMessage({ progress }));
    postMessage({ answer }, [answer[0].buffer]);
  } catch (e) {
    postMessage({ error: String(e?.message ?? e) });
  }
};
