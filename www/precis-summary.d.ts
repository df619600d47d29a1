// Types of <precis-summary> (www/precis-summary.js). The JS API's types are in precis.d.ts.
import type { SummaryResult } from "./precis.js";

export type { SummaryResult, SummarizeOptions, SummarySentence } from "./precis.js";

export interface PrecisSummaryErrorDetail {
  message: string;
}

export declare class PrecisSummary extends HTMLElement {
  /** Id of the element whose text is summarized (followed as it changes). */
  for: string | null;
  /** Length in sentences (wins over ratio and words). */
  sentences: number | null;
  /** Length as a share of the words, 0 < ratio <= 1. */
  ratio: number | null;
  /** Length in words. */
  words: number | null;
  /** ISO 639-1 code, or "auto" (default). */
  lang: string;
  view: "summary" | "highlight";
  /** Show keyword chips (default: only in editable mode). */
  keywords: boolean;
  /** Skip page clutter (default true). */
  clean: boolean;
  theme: "light" | "dark" | "auto";
  /** The full paste box instead of a read-only summary. */
  editable: boolean;
  /** The text summarized; set it to summarize a text from script. */
  text: string;
  /** The summary shown now, or null. */
  readonly result: SummaryResult | null;
  /** Summarizes `text` with this element's options (the display does not change). */
  summarize(text: string): Promise<SummaryResult>;
}

/** Resolves once the shared wasm module has started. */
export declare function ready(): Promise<unknown>;
/** Loads the stemmers of languages other than English (once); widgets do this by themselves. */
export declare function loadLanguagePack(): Promise<void>;

declare global {
  interface HTMLElementTagNameMap {
    "precis-summary": PrecisSummary;
  }
  interface HTMLElementEventMap {
    "precis-summary-updated": CustomEvent<SummaryResult>;
    "precis-summary-error": CustomEvent<PrecisSummaryErrorDetail>;
  }
}
