//! Rendering one summary into the mounted UI.

use wasm_bindgen::prelude::*;
use web_sys::Element;

use std::rc::Rc;

use super::App;
use super::dom::{child, el};
use super::settings::Unit;
use super::worker;
use crate::{Options, Summarizer, Summary};

/// At most this many bars in the score map.
const MAP_BARS: usize = 240;

/// Words a minute of an average adult reader, for "reading time saved".
const READING_WPM: f64 = 238.0;

impl App {
    /// Summarizes the current text with the current settings and updates every part of the UI.
    /// Long texts are summarized in the Web Worker when the host gave one (see `worker`): the
    /// status says so until the summary arrives, and a newer render makes it stale.
    pub(crate) fn render(self: &Rc<Self>) {
        let generation = self.generation.get().wrapping_add(1);
        self.generation.set(generation);
        if let Err(e) = self.try_render(generation) {
            self.failed(&e);
        }
    }

    fn failed(&self, e: &JsValue) {
        self.els.status.set_text_content(Some(&format!(
            "Something went wrong while showing the summary: {}",
            super::dom::message(e)
        )));
    }

    fn try_render(self: &Rc<Self>, generation: u32) -> Result<(), JsValue> {
        let text = self.els.input.value();
        let dir = super::dom::direction(&text);
        if self.els.input.get_attribute("dir").as_deref() != Some(dir) {
            self.els.input.set_attribute("dir", dir)?;
        }
        for e in [
            &self.els.dropped,
            &self.els.summary,
            &self.els.original,
            &self.els.map,
            &self.els.keywords,
            &self.els.stats,
        ] {
            e.set_text_content(None);
        }
        self.els.dropped.set_attribute("hidden", "")?;
        self.els.copy_status.set_text_content(None);
        self.els.why.set_text_content(None);
        self.summary_text.borrow_mut().clear();
        if text.trim().is_empty() {
            let msg = if self.editable {
                "Paste an article (at least two sentences) to see its summary."
            } else {
                "There is no text to summarize."
            };
            return self.show_error(msg);
        }
        let settings = self.settings.borrow().clone();
        let options = worker::options(&settings);
        let Some(run) = self
            .background
            .as_ref()
            .filter(|_| self.els.input.text_length() >= worker::WORKER_CHARS)
        else {
            return self.summarize_here(&text, &options);
        };
        // A progress bar the worker's reports move (outside the status' words, so that a screen
        // reader announces the job once, not every step).
        let bar = el(
            &self.doc,
            "progress",
            &[
                ("class", "precis-progress"),
                ("part", "progress"),
                ("max", "100"),
                ("value", "0"),
                ("aria-label", "Summary progress"),
            ],
        )?;
        let on_progress = {
            let bar = bar.clone();
            Closure::<dyn FnMut(f64)>::new(move |share: f64| {
                let percent = (share * 100.0).clamp(0.0, 100.0).round();
                let _ = bar.set_attribute("value", &percent.to_string());
            })
        };
        let (js_text, js_settings) = (JsValue::from(&text), settings.serialize().into());
        let Ok(promise) = run.call3(&JsValue::NULL, &js_text, &js_settings, on_progress.as_ref())
        else {
            return self.summarize_here(&text, &options);
        };
        self.els.status.set_text_content(Some(&format!(
            "Summarizing {} words in the background… ",
            text.split_whitespace().count()
        )));
        self.els.status.append_child(&bar)?;
        self.els.status.remove_attribute("hidden")?;
        let a = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let answer = wasm_bindgen_futures::JsFuture::from(js_sys::Promise::from(promise)).await;
            drop(on_progress); // the job is over: no more reports
            if a.generation.get() != generation {
                return; // a newer render has begun
            }
            let decoded = answer.ok().and_then(|v| {
                let parts = v.dyn_into::<js_sys::Array>().ok()?;
                let numbers = parts.get(0).dyn_into::<js_sys::Float64Array>().ok()?;
                let keywords = parts.get(1).as_string()?;
                let summary =
                    crate::transfer::decode(&text, &options, &numbers.to_vec(), &keywords)?;
                Some((summary, parts.get(2)))
            });
            // No answer (no worker allowed here, or it failed): summarize on this thread after all.
            let shown = match decoded {
                Some((summary, result)) => a.show(&text, summary, Some(result)),
                None => a.summarize_here(&text, &options),
            };
            if let Err(e) = shown {
                a.failed(&e);
            }
        });
        Ok(())
    }

    fn summarize_here(&self, text: &str, options: &Options) -> Result<(), JsValue> {
        match Summarizer::new(options.clone()).summarize(text) {
            Ok(summary) => self.show(text, summary, None),
            Err(e) => self.show_error(&format!("No summary: {e}.")),
        }
    }

    fn show_error(&self, msg: &str) -> Result<(), JsValue> {
        self.els.status.set_text_content(Some(msg));
        self.els.status.remove_attribute("hidden")?;
        self.notify(JsValue::NULL, msg.into());
        Ok(())
    }

    /// Shows `summary` of `text`; `result` is its JS API shape when already made (by the worker).
    fn show(&self, text: &str, summary: Summary, result: Option<JsValue>) -> Result<(), JsValue> {
        let settings = self.settings.borrow().clone();
        let clutter = match summary.cleaning.dropped.len() {
            0 => String::new(),
            1 => " Skipped 1 line of page clutter.".to_string(),
            n => format!(" Skipped {n} lines of page clutter."),
        };
        let status = if summary.stats.sentences_in < 2 {
            "Only one sentence found: paste at least two sentences for a summary.".to_string()
        } else if summary.stats.over_budget {
            "No sentence fits that length: showing the best single sentence.".to_string()
        } else {
            format!(
                "{} of {} sentences.{clutter}",
                summary.stats.sentences_out, summary.stats.sentences_in
            )
        };
        self.els.status.set_text_content(Some(&status));
        // A read-only widget shows its counts only when something is unusual.
        let usual = summary.stats.sentences_in >= 2 && !summary.stats.over_budget;
        self.els
            .status
            .toggle_attribute_with_force("hidden", !self.editable && usual)?;
        self.render_dropped(text, &summary)?;
        self.render_summary(&summary)?;
        // The highlighted original is the costly part (a node per sentence): built only when shown.
        if settings.view == super::settings::View::Highlight {
            self.render_original(text, &summary)?;
        }
        self.render_map(&summary)?;
        self.render_keywords(&summary)?;
        self.render_stats(&summary, settings.unit)?;
        if let Some(index) = self.jump.take() {
            self.reveal(index);
        }
        if self.listener.borrow().is_some() {
            let result = result.unwrap_or_else(|| crate::wasm::to_js(text, summary));
            self.notify(result, JsValue::NULL);
        }
        Ok(())
    }

    /// Calls the listener (if any) with a result or an error message; a throwing listener is the
    /// host's problem and must not break rendering.
    fn notify(&self, result: JsValue, error: JsValue) {
        if let Some(f) = self.listener.borrow().clone() {
            let _ = f.call2(&JsValue::NULL, &result, &error);
        }
    }

    /// "Show the N skipped lines": each line cleaning dropped, with the reason (full page only).
    fn render_dropped(&self, text: &str, summary: &Summary) -> Result<(), JsValue> {
        let dropped = &summary.cleaning.dropped;
        let list = &self.els.dropped;
        list.set_text_content(None);
        list.toggle_attribute_with_force("hidden", !self.editable || dropped.is_empty())?;
        if !self.editable || dropped.is_empty() {
            return Ok(());
        }
        child(&self.doc, list, "summary", &[])?.set_text_content(Some(&format!(
            "Show the skipped lines ({}); untick “Skip page clutter” to keep them",
            dropped.len()
        )));
        let ul = child(&self.doc, list, "ul", &[])?;
        for d in dropped {
            let li = child(&self.doc, &ul, "li", &[("dir", "auto")])?;
            let line: String = text[d.start..d.end].chars().take(140).collect();
            let why = match d.reason {
                crate::DropReason::Cue => "menu, sharing or credit wording",
                crate::DropReason::Links => "links or tags",
                crate::DropReason::Repeated => "repeated on the page",
                crate::DropReason::NotProse => "not prose",
                crate::DropReason::OutsideArticle => "outside the article",
            };
            li.set_text_content(Some(&format!("{line} — {why}")));
        }
        Ok(())
    }

    fn render_summary(&self, summary: &Summary) -> Result<(), JsValue> {
        let mut plain = Vec::new();
        for s in &summary.sentences {
            let li = child(&self.doc, &self.els.summary, "li", &[("dir", "auto")])?;
            let folded = s.folded();
            li.set_text_content(Some(&folded));
            li.set_attribute("title", &why(&s.signals, s.score))?;
            plain.push(folded);
        }
        *self.summary_text.borrow_mut() = plain.join("\n");
        Ok(())
    }

    /// The original text with every sentence in a span; chosen ones marked, shaded by score.
    fn render_original(&self, text: &str, summary: &Summary) -> Result<(), JsValue> {
        let max = summary
            .all
            .iter()
            .map(|s| s.score)
            .fold(f64::MIN_POSITIVE, f64::max);
        let signals = |i: usize| summary.sentences.iter().find(|s| s.index == i);
        self.els
            .original
            .set_attribute("dir", super::dom::direction(text))?;
        let mut pos = 0;
        for s in &summary.all {
            if s.start > pos {
                self.els
                    .original
                    .append_child(&self.doc.create_text_node(&text[pos..s.start]))?;
            }
            let tag = if s.chosen { "mark" } else { "span" };
            let node = el(
                &self.doc,
                tag,
                &[("data-index", &s.index.to_string()), ("tabindex", "-1")],
            )?;
            node.set_text_content(Some(&text[s.start..s.end]));
            if let Some(chosen) = signals(s.index) {
                node.set_attribute("tabindex", "0")?;
                node.set_attribute("title", &why(&chosen.signals, chosen.score))?;
                set_strength(&node, s.score / max)?;
            }
            self.els.original.append_child(&node)?;
            pos = s.end;
        }
        if pos < text.len() {
            self.els
                .original
                .append_child(&self.doc.create_text_node(&text[pos..]))?;
        }
        Ok(())
    }

    /// One bar per sentence, height = score; chosen ones marked; a click jumps to the sentence.
    /// One bar per sentence (or, past [`MAP_BARS`] sentences, per run of neighbouring sentences,
    /// showing the best of them); height = score, chosen ones marked; a click jumps to the sentence.
    /// Only bars holding a chosen sentence are in the tab order.
    fn render_map(&self, summary: &Summary) -> Result<(), JsValue> {
        let max = summary
            .all
            .iter()
            .map(|s| s.score)
            .fold(f64::MIN_POSITIVE, f64::max);
        let per_bar = summary.all.len().div_ceil(MAP_BARS).max(1);
        for group in summary.all.chunks(per_bar) {
            // The chosen sentence of the group if any, else its best.
            let Some(best) = group
                .iter()
                .max_by(|a, b| a.chosen.cmp(&b.chosen).then(a.score.total_cmp(&b.score)))
            else {
                continue;
            };
            let first = group[0].index + 1;
            let last = group[group.len() - 1].index + 1;
            let which = if first == last {
                format!("Sentence {first}")
            } else {
                format!("Sentences {first}–{last}")
            };
            let label = format!(
                "{which}: score {}{}",
                two_decimals(best.score),
                if best.chosen { ", in the summary" } else { "" }
            );
            let bar = el(
                &self.doc,
                "button",
                &[
                    ("type", "button"),
                    ("class", if best.chosen { "bar chosen" } else { "bar" }),
                    ("data-sentence", &best.index.to_string()),
                    ("aria-label", &label),
                    ("title", &label),
                    ("tabindex", if best.chosen { "0" } else { "-1" }),
                ],
            )?;
            set_strength(&bar, best.score / max)?;
            self.els.map.append_child(&bar)?;
        }
        Ok(())
    }

    fn render_keywords(&self, summary: &Summary) -> Result<(), JsValue> {
        for k in &summary.keywords {
            child(&self.doc, &self.els.keywords, "li", &[("dir", "auto")])?
                .set_text_content(Some(k));
        }
        Ok(())
    }

    fn render_stats(&self, summary: &Summary, _unit: Unit) -> Result<(), JsValue> {
        let st = &summary.stats;
        let saved = (st.words_in.saturating_sub(st.words_out)) as f64 / READING_WPM;
        let saved = if saved < 1.0 {
            "under a minute".to_string()
        } else {
            format!("{:.0} min", saved.round())
        };
        let lang = if !summary.language.reliable {
            format!("{} (unsure: choose one above)", summary.language.name)
        } else if summary.language.detected {
            format!("{} (detected)", summary.language.name)
        } else {
            summary.language.name.to_string()
        };
        self.els.stats.set_text_content(Some(&format!(
            "{} words in, {} words out · reading time saved: {saved} · language: {lang}",
            st.words_in, st.words_out
        )));
        Ok(())
    }
}

/// `x` with two decimals.
fn two_decimals(x: f64) -> String {
    format!("{x:.2}")
}

/// Why a sentence was chosen, for hover and focus.
fn why(s: &crate::Signals, score: f64) -> String {
    format!(
        "score {score:.2}: term frequency {:.2}, position {:.2}, title {:.2}; multipliers: length {:.2}, heading {:.2}, credit {:.2}, question {:.2}",
        s.tf, s.position, s.title, s.length, s.heading, s.credit, s.question
    )
}

/// Sets `--strength` (0..1) on an element: the CSS derives colour and height from it.
fn set_strength(e: &Element, v: f64) -> Result<(), JsValue> {
    let v = if v.is_finite() {
        v.clamp(0.0, 1.0)
    } else {
        0.0
    };
    e.unchecked_ref::<web_sys::HtmlElement>()
        .style()
        .set_property("--strength", &format!("{v:.3}"))
}
