//! The page's UI, rendered with `web-sys` into any root element (wasm32 only).
//!
//! [`mount`] builds the whole interface (paste box, length and view controls, summary, highlighted
//! original, score map, keywords, stats, copy and clear) inside a root element and keeps it up to
//! date as the text or a control changes. All user text reaches the DOM through `textContent` or text
//! nodes, never as HTML. Settings (unit, amount, view) are remembered in `localStorage`; the text is
//! not.

mod dom;
mod html;
mod render;
mod settings;
mod worker;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};

use dom::{child, on};
use settings::{Settings, Unit, View};

/// Texts longer than this (in UTF-16 units, about 8,000 words) are re-summarized when typing pauses.
const LONG_TEXT_CHARS: u32 = 50_000;
/// The pause, in milliseconds.
const TYPING_PAUSE_MS: i32 = 150;

/// The elements the UI updates.
pub(crate) struct Elements {
    input: HtmlTextAreaElement,
    unit: HtmlSelectElement,
    amount: HtmlInputElement,
    lang: HtmlSelectElement,
    view_summary: HtmlInputElement,
    view_highlight: HtmlInputElement,
    clean: HtmlInputElement,
    status: Element,
    /// The lines that cleaning skipped, to look at (`<details>`; untick "Skip page clutter" to undo).
    dropped: Element,
    summary: Element,
    original: Element,
    map: Element,
    keywords: Element,
    stats: Element,
    copy_status: Element,
    why: Element,
    file: HtmlInputElement,
}

/// The mounted UI.
pub(crate) struct App {
    doc: Document,
    els: Elements,
    settings: RefCell<Settings>,
    /// The plain-text summary last rendered (for Copy).
    summary_text: RefCell<String>,
    /// A render is scheduled for the next animation frame.
    scheduled: Cell<bool>,
    /// The pending debounced render while typing in a long text.
    typing_timer: Cell<Option<i32>>,
    /// The full page (paste box, controls, remembered settings) rather than a read-only summary.
    editable: bool,
    /// Told about each new summary (see [`Precis::on_update`]).
    listener: RefCell<Option<js_sys::Function>>,
    /// `(text, settings) => Promise`: summarizes in a Web Worker (see `worker`), when the host
    /// gives one.
    background: Option<js_sys::Function>,
    /// Counts renders: a summary from the worker is shown only if no render began after its own.
    generation: Cell<u32>,
    /// The sentence to scroll to once the highlighted original is shown (see `jump_to`).
    jump: Cell<Option<usize>>,
}

/// Renders the precis UI into `root` (its previous content is replaced) and keeps it live.
///
/// `config` (optional): `{ editable?: boolean, background?: function }`. Editable (the default) is
/// the full page: paste box, controls, summary, remembered settings. Read-only shows the summary of
/// the text given with [`Precis::set_text`] (the widget's `for` and light-DOM modes) and remembers
/// nothing. `background(text, settings, progress)` runs `summarizeForUi` of this module in a Web
/// Worker, calls `progress` with the share done as the worker reports it, and resolves to its
/// answer; texts of 100,000 characters and more then never block the page, and show a progress bar
/// (the widget gives one: `www/precis-summary.js`).
#[wasm_bindgen(unchecked_return_type = "Precis")]
pub fn mount(
    root: Element,
    #[wasm_bindgen(
        unchecked_optional_param_type = "{ editable?: boolean, background?: (text: string, settings: string, progress: (share: number) => void) => Promise<unknown> }"
    )]
    config: Option<JsValue>,
) -> Result<Precis, JsError> {
    let get = |key: &str| config.as_ref().and_then(|c| crate::wasm::property(c, key));
    let editable = get("editable").and_then(|v| v.as_bool()).unwrap_or(true);
    let background = get("background").and_then(|v| v.dyn_into().ok());
    let doc = root
        .owner_document()
        .ok_or_else(|| JsError::new("the root element has no document"))?;
    let app = Rc::new(
        build(&doc, &root, editable, background)
            .map_err(|e| JsError::new(&format!("cannot build the UI: {}", dom::message(&e))))?,
    );
    wire(&app).map_err(|e| JsError::new(&format!("cannot wire the UI: {}", dom::message(&e))))?;
    app.apply_settings();
    app.render();
    root.set_attribute("data-ready", "true").ok();
    Ok(Precis { app })
}

/// The text a reader sees in an HTML fragment, with paragraph breaks. The fragment is parsed into an
/// inert document: nothing in it runs or loads.
#[wasm_bindgen(js_name = visibleText)]
pub fn visible_text(html: &str) -> String {
    html::visible_text(html).unwrap_or_default()
}

/// A mounted UI, for the widget and scripted use.
#[wasm_bindgen]
pub struct Precis {
    app: Rc<App>,
}

#[wasm_bindgen]
impl Precis {
    /// Replaces the text and renders its summary at once.
    #[wasm_bindgen(js_name = setText)]
    pub fn set_text(&self, text: &str) {
        self.app.els.input.set_value(text);
        self.app.render();
    }

    /// Summarizes the text again (after the language pack has loaded, for instance).
    pub fn refresh(&self) {
        self.app.render();
    }

    /// The current text.
    pub fn text(&self) -> String {
        self.app.els.input.value()
    }

    /// Sets length, view, language, keywords and cleaning, then renders. At most one of
    /// `sentences` (≥ 1), `ratio` (0 < r ≤ 1, in steps of 1 %) and `words` (≥ 1) counts; none or an
    /// invalid one means the adaptive length. `view`: "summary" or "highlight"; `lang`: an ISO 639-1
    /// code or "auto"; `keywords`: show the keyword chips; `clean`: skip page clutter (default true).
    /// Invalid values fall back to the defaults: this never throws.
    pub fn configure(
        &self,
        #[wasm_bindgen(unchecked_param_type = "PrecisConfig")] options: JsValue,
    ) {
        let get = |k: &str| crate::wasm::property(&options, k);
        let number = |k: &str| get(k).and_then(|v| v.as_f64()).filter(|x| x.is_finite());
        let whole = |k: &str| number(k).filter(|&x| x >= 1.0).map(|x| x.min(1e9) as u32);
        let (unit, amount) = if let Some(n) = whole("sentences") {
            (Unit::Sentences, n)
        } else if let Some(r) = number("ratio").filter(|&r| r > 0.0 && r <= 1.0) {
            (Unit::Percent, ((r * 100.0).round() as u32).max(1))
        } else if let Some(n) = whole("words") {
            (Unit::Words, n)
        } else {
            (Unit::Auto, Unit::Sentences.default_amount())
        };
        {
            let mut s = self.app.settings.borrow_mut();
            s.unit = unit;
            s.amount = amount.min(unit.max_amount());
            s.view = match get("view").and_then(|v| v.as_string()).as_deref() {
                Some("highlight") => View::Highlight,
                _ => View::Summary,
            };
            s.clean = get("clean").and_then(|v| v.as_bool()).unwrap_or(true);
            s.lang = get("lang")
                .and_then(|v| v.as_string())
                .and_then(|c| crate::Language::from_code(&c));
        }
        let keywords = get("keywords")
            .and_then(|v| v.as_bool())
            .unwrap_or(self.app.editable);
        self.app
            .els
            .keywords
            .toggle_attribute_with_force("hidden", !keywords)
            .ok();
        self.app.apply_settings();
        self.app.render();
    }

    /// Calls `listener(result, null)` after each summary, or `listener(null, message)` when the text
    /// has none (empty input or an error); `null` removes it.
    #[wasm_bindgen(js_name = onUpdate)]
    pub fn on_update(
        &self,
        #[wasm_bindgen(
            unchecked_param_type = "((result: SummaryResult | null, error: string | null) => void) | null"
        )]
        listener: Option<js_sys::Function>,
    ) {
        *self.app.listener.borrow_mut() = listener;
    }
}

fn build(
    doc: &Document,
    root: &Element,
    editable: bool,
    background: Option<js_sys::Function>,
) -> Result<App, JsValue> {
    root.set_text_content(None);
    root.class_list().add_1("precis")?;
    if !editable {
        root.class_list().add_1("precis-readonly")?;
    }
    let header = child(
        doc,
        root,
        "header",
        &[("class", "precis-header"), ("part", "note")],
    )?;
    child(doc, &header, "p", &[("class", "precis-note")])?.set_text_content(Some(
        "Summaries are made here, in your browser: the text you paste never leaves this page.",
    ));

    let input_label = child(
        doc,
        root,
        "label",
        &[("for", "precis-input"), ("part", "label")],
    )?;
    input_label.set_text_content(Some(
        "Article text (paste, type, or drop a .txt or .html file)",
    ));
    let input: HtmlTextAreaElement = child(
        doc,
        root,
        "textarea",
        &[
            ("id", "precis-input"),
            ("rows", "12"),
            ("spellcheck", "false"),
            ("placeholder", "Paste an article here"),
            // Not "auto": see `dom::direction`.
            ("dir", "ltr"),
            ("part", "input"),
        ],
    )?
    .dyn_into()?;
    let file_label = child(
        doc,
        root,
        "label",
        &[("class", "precis-file"), ("part", "file")],
    )?;
    file_label.set_text_content(Some("Open a file: "));
    let file: HtmlInputElement = child(
        doc,
        &file_label,
        "input",
        &[
            ("type", "file"),
            ("accept", ".txt,.text,.html,.htm,text/plain,text/html"),
        ],
    )?
    .dyn_into()?;

    let controls = child(
        doc,
        root,
        "div",
        &[("class", "precis-controls"), ("part", "controls")],
    )?;
    child(doc, &controls, "label", &[("for", "precis-unit")])?.set_text_content(Some("Length"));
    let unit: HtmlSelectElement =
        child(doc, &controls, "select", &[("id", "precis-unit")])?.dyn_into()?;
    for u in Unit::ALL {
        child(doc, &unit, "option", &[("value", u.key())])?.set_text_content(Some(u.label()));
    }
    let amount: HtmlInputElement = child(
        doc,
        &controls,
        "input",
        &[
            ("id", "precis-amount"),
            ("type", "number"),
            ("min", "1"),
            ("aria-label", "Amount"),
        ],
    )?
    .dyn_into()?;
    let presets = child(
        doc,
        &controls,
        "div",
        &[
            ("class", "precis-presets"),
            ("role", "group"),
            ("aria-label", "Presets"),
        ],
    )?;
    for (name, label) in [("short", "Short"), ("medium", "Medium"), ("long", "Long")] {
        child(
            doc,
            &presets,
            "button",
            &[("type", "button"), ("data-preset", name)],
        )?
        .set_text_content(Some(label));
    }

    let views = child(doc, &controls, "fieldset", &[("class", "precis-views")])?;
    child(doc, &views, "legend", &[])?.set_text_content(Some("View"));
    let mut radios = Vec::new();
    for (id, value, label) in [
        ("precis-view-summary", "summary", "Summary"),
        ("precis-view-highlight", "highlight", "Highlight in text"),
    ] {
        let r: HtmlInputElement = child(
            doc,
            &views,
            "input",
            &[
                ("type", "radio"),
                ("name", "precis-view"),
                ("id", id),
                ("value", value),
            ],
        )?
        .dyn_into()?;
        child(doc, &views, "label", &[("for", id)])?.set_text_content(Some(label));
        radios.push(r);
    }
    child(doc, &controls, "label", &[("for", "precis-lang")])?.set_text_content(Some("Language"));
    let lang: HtmlSelectElement =
        child(doc, &controls, "select", &[("id", "precis-lang")])?.dyn_into()?;
    child(doc, &lang, "option", &[("value", "auto")])?.set_text_content(Some("Detect"));
    for l in crate::Language::ALL {
        if *l != crate::Language::Unknown {
            child(doc, &lang, "option", &[("value", l.code())])?.set_text_content(Some(l.name()));
        }
    }
    let clean_label = child(doc, &controls, "label", &[("class", "precis-clean")])?;
    let clean: HtmlInputElement = child(
        doc,
        &clean_label,
        "input",
        &[("type", "checkbox"), ("id", "precis-clean")],
    )?
    .dyn_into()?;
    clean_label
        .append_child(&doc.create_text_node(" Skip page clutter (menus, teasers, credits)"))?;

    let status = child(
        doc,
        root,
        "p",
        &[
            ("class", "precis-status"),
            ("role", "status"),
            ("part", "status"),
        ],
    )?;
    let dropped = child(
        doc,
        root,
        "details",
        &[
            ("class", "precis-dropped"),
            ("part", "dropped"),
            ("hidden", ""),
        ],
    )?;
    let stats = child(
        doc,
        root,
        "p",
        &[("class", "precis-stats"), ("part", "stats")],
    )?;
    let keywords = child(
        doc,
        root,
        "ul",
        &[
            ("class", "precis-keywords"),
            ("aria-label", "Keywords"),
            ("part", "keywords"),
        ],
    )?;
    let map = child(
        doc,
        root,
        "div",
        &[
            ("class", "precis-map"),
            ("part", "map"),
            ("role", "group"),
            ("aria-label", "Score of each sentence"),
        ],
    )?;
    let why = child(
        doc,
        root,
        "p",
        &[
            ("class", "precis-why"),
            ("aria-live", "polite"),
            ("part", "why"),
        ],
    )?;

    let actions = child(
        doc,
        root,
        "div",
        &[("class", "precis-actions"), ("part", "actions")],
    )?;
    child(
        doc,
        &actions,
        "button",
        &[("type", "button"), ("data-action", "copy")],
    )?
    .set_text_content(Some("Copy summary"));
    child(
        doc,
        &actions,
        "button",
        &[("type", "button"), ("data-action", "clear")],
    )?
    .set_text_content(Some("Clear"));
    let copy_status = child(
        doc,
        &actions,
        "span",
        &[("class", "precis-copy-status"), ("role", "status")],
    )?;

    let out = child(
        doc,
        root,
        "section",
        &[
            ("class", "precis-output"),
            ("aria-live", "polite"),
            ("aria-label", "Summary"),
        ],
    )?;
    let summary = child(
        doc,
        &out,
        "ol",
        &[
            ("class", "precis-summary"),
            ("dir", "auto"),
            ("part", "summary"),
        ],
    )?;
    let original = child(
        doc,
        &out,
        "div",
        &[
            ("class", "precis-original"),
            ("part", "original"),
            ("hidden", ""),
        ],
    )?;

    if !editable {
        // The host gives the text: no paste box, controls, actions, map or explanation line.
        for e in [
            &header,
            &input_label,
            input.as_ref(),
            file_label.as_ref(),
            &controls,
            &map,
            &why,
            &actions,
            &stats,
            &keywords,
        ] {
            e.set_attribute("hidden", "")?;
        }
    }
    let view_highlight = radios.pop().ok_or("radio")?;
    let view_summary = radios.pop().ok_or("radio")?;
    Ok(App {
        doc: doc.clone(),
        els: Elements {
            input,
            unit,
            amount,
            lang,
            view_summary,
            view_highlight,
            clean,
            status,
            dropped,
            summary,
            original,
            map,
            keywords,
            stats,
            copy_status,
            why,
            file,
        },
        settings: RefCell::new(if editable {
            Settings::load()
        } else {
            Settings::default()
        }),
        editable,
        listener: RefCell::new(None),
        summary_text: RefCell::new(String::new()),
        scheduled: Cell::new(false),
        typing_timer: Cell::new(None),
        background,
        generation: Cell::new(0),
        jump: Cell::new(None),
    })
}

/// Attaches the event handlers (they live as long as the page).
fn wire(app: &Rc<App>) -> Result<(), JsValue> {
    let a = app.clone();
    on(&app.els.input, "input", move |e| {
        // A paste or a drop is summarized at once; typing may wait for a pause (see `typed`).
        let kind = crate::wasm::property(&e, "inputType")
            .and_then(|v| v.as_string())
            .unwrap_or_default();
        if kind.starts_with("insertFrom") || kind == "deleteByCut" {
            a.schedule();
        } else {
            a.typed();
        }
    })?;
    let a = app.clone();
    on(&app.els.unit, "change", move |_| a.settings_changed())?;
    let a = app.clone();
    on(&app.els.amount, "input", move |_| a.settings_changed())?;
    let a = app.clone();
    on(&app.els.lang, "change", move |_| a.settings_changed())?;
    for r in [
        &app.els.view_summary,
        &app.els.view_highlight,
        &app.els.clean,
    ] {
        let a = app.clone();
        on(r, "change", move |_| a.settings_changed())?;
    }
    let root = app.els.input.parent_element().ok_or("no root")?;
    let a = app.clone();
    on(&root, "click", move |e| a.clicked(&e))?;
    let a = app.clone();
    on(&app.els.input, "drop", move |e| a.dropped(e))?;
    let a = app.clone();
    on(&app.els.input, "paste", move |e| a.pasted(e))?;
    let a = app.clone();
    on(&app.els.file, "change", move |_| a.picked())?;
    for event in ["focusin", "mouseover"] {
        let a = app.clone();
        on(&app.els.original, event, move |e| a.explain(&e))?;
    }
    Ok(())
}

impl App {
    /// Saves the settings of the full page (a read-only widget follows its host's attributes).
    fn remember(&self, s: &Settings) {
        if self.editable {
            s.save();
        }
    }

    /// Coalesces renders into one per animation frame.
    fn schedule(self: &Rc<Self>) {
        if self.scheduled.replace(true) {
            return;
        }
        let a = self.clone();
        let cb = Closure::once_into_js(move || {
            a.scheduled.set(false);
            a.render();
        });
        let ok = web_sys::window().and_then(|w| w.request_animation_frame(cb.unchecked_ref()).ok());
        if ok.is_none() {
            self.scheduled.set(false);
            self.render();
        }
    }

    /// After a keystroke: the next frame for ordinary texts; for long ones, once typing pauses for
    /// [`TYPING_PAUSE_MS`], so that typing never waits for a summary.
    fn typed(self: &Rc<Self>) {
        let Some(window) = web_sys::window() else {
            return self.schedule();
        };
        if let Some(t) = self.typing_timer.take() {
            window.clear_timeout_with_handle(t);
        }
        if self.els.input.text_length() < LONG_TEXT_CHARS {
            return self.schedule();
        }
        let a = self.clone();
        let cb = Closure::once_into_js(move || {
            a.typing_timer.set(None);
            a.schedule();
        });
        match window.set_timeout_with_callback_and_timeout_and_arguments_0(
            cb.unchecked_ref(),
            TYPING_PAUSE_MS,
        ) {
            Ok(t) => self.typing_timer.set(Some(t)),
            Err(_) => self.schedule(),
        }
    }

    fn settings_changed(self: &Rc<Self>) {
        let unit = Unit::from_key(&self.els.unit.value());
        let amount = self
            .els
            .amount
            .value()
            .parse::<u32>()
            .ok()
            .filter(|&n| n > 0);
        let view = if self.els.view_highlight.checked() {
            View::Highlight
        } else {
            View::Summary
        };
        {
            let mut s = self.settings.borrow_mut();
            if s.unit != unit {
                s.unit = unit;
                s.amount = unit.default_amount();
            } else if let Some(a) = amount {
                s.amount = a;
            }
            s.view = view;
            s.clean = self.els.clean.checked();
            s.lang = crate::Language::from_code(&self.els.lang.value());
            self.remember(&s);
        }
        self.apply_settings();
        self.schedule();
    }

    /// Shows the settings in the controls.
    fn apply_settings(&self) {
        let s = self.settings.borrow();
        self.els.unit.set_value(s.unit.key());
        self.els.amount.set_disabled(s.unit == Unit::Auto);
        self.els.amount.set_value(&if s.unit == Unit::Auto {
            String::new()
        } else {
            s.amount.to_string()
        });
        self.els.amount.set_max(&s.unit.max_amount().to_string());
        self.els.lang.set_value(s.lang.map_or("auto", |l| l.code()));
        self.els.clean.set_checked(s.clean);
        self.els.view_summary.set_checked(s.view == View::Summary);
        self.els
            .view_highlight
            .set_checked(s.view == View::Highlight);
        self.els
            .summary
            .toggle_attribute_with_force("hidden", s.view != View::Summary)
            .ok();
        self.els
            .original
            .toggle_attribute_with_force("hidden", s.view != View::Highlight)
            .ok();
    }

    fn clicked(self: &Rc<Self>, e: &web_sys::Event) {
        let Some(target) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        let Some(button) = target.closest("button").ok().flatten() else {
            return;
        };
        if let Some(preset) = button.get_attribute("data-preset") {
            {
                let mut s = self.settings.borrow_mut();
                if s.unit == Unit::Auto {
                    s.unit = Unit::Sentences;
                }
                s.amount = s.unit.preset(&preset);
                self.remember(&s);
            }
            self.apply_settings();
            self.schedule();
        } else if let Some(action) = button.get_attribute("data-action") {
            match action.as_str() {
                "copy" => self.copy(),
                "clear" => {
                    self.els.input.set_value("");
                    self.render();
                    self.els.input.focus().ok();
                }
                _ => {}
            }
        } else if let Some(index) = button.get_attribute("data-sentence") {
            self.jump_to(&index);
        }
    }

    /// Shows why the sentence under the pointer or focus was chosen (its signals).
    fn explain(&self, e: &web_sys::Event) {
        let Some(target) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
            return;
        };
        if let Some(why) = target
            .closest("mark")
            .ok()
            .flatten()
            .and_then(|m| m.get_attribute("title"))
        {
            self.els
                .why
                .set_text_content(Some(&format!("Chosen: {why}")));
        }
    }

    /// Shows sentence `index` in the highlighted original and focuses it (once it is rendered).
    fn jump_to(self: &Rc<Self>, index: &str) {
        {
            let mut s = self.settings.borrow_mut();
            s.view = View::Highlight;
            self.remember(&s);
        }
        self.apply_settings();
        self.jump.set(Some(index.parse().unwrap_or(0)));
        self.render();
    }

    /// Scrolls sentence `index` of the highlighted original into view and focuses it.
    fn reveal(&self, index: usize) {
        let selector = format!("[data-index=\"{index}\"]");
        if let Ok(Some(target)) = self.els.original.query_selector(&selector) {
            let opts = web_sys::ScrollIntoViewOptions::new();
            opts.set_block(web_sys::ScrollLogicalPosition::Center);
            target.scroll_into_view_with_scroll_into_view_options(&opts);
            if let Ok(h) = target.dyn_into::<web_sys::HtmlElement>() {
                h.focus().ok();
            }
        }
    }

    fn copy(self: &Rc<Self>) {
        let text = self.summary_text.borrow().clone();
        let status = self.els.copy_status.clone();
        if text.is_empty() {
            status.set_text_content(Some("Nothing to copy yet."));
            return;
        }
        let Some(window) = web_sys::window() else {
            return;
        };
        let promise = window.navigator().clipboard().write_text(&text);
        wasm_bindgen_futures::spawn_local(async move {
            let msg = match wasm_bindgen_futures::JsFuture::from(promise).await {
                Ok(_) => "Copied.",
                Err(_) => "Copy failed: the browser did not allow it.",
            };
            status.set_text_content(Some(msg));
        });
    }

    /// A paste that carries HTML (a copied web page) goes in as the text a reader sees, without the
    /// page furniture its markup names (see `html`). It is inserted as typing, so undo takes it
    /// back; plain text pastes as is.
    fn pasted(self: &Rc<Self>, e: web_sys::Event) {
        let Some(text) = e
            .dyn_ref::<web_sys::ClipboardEvent>()
            .and_then(|c| c.clipboard_data())
            .and_then(|d| d.get_data("text/html").ok())
            .and_then(|h| html::visible_text(&h))
            .filter(|t| !t.trim().is_empty())
        else {
            return;
        };
        let inserted = self
            .doc
            .dyn_ref::<web_sys::HtmlDocument>()
            .and_then(|d| {
                d.exec_command_with_show_ui_and_value("insertText", false, &text)
                    .ok()
            })
            .unwrap_or(false);
        if inserted {
            e.prevent_default();
            self.schedule();
        }
    }

    /// Reads a dropped .txt or .html file into the paste box.
    fn dropped(self: &Rc<Self>, e: web_sys::Event) {
        let Ok(drag) = e.dyn_into::<web_sys::DragEvent>() else {
            return;
        };
        let Some(file) = drag
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|f| f.get(0))
        else {
            return;
        };
        drag.prevent_default();
        self.load_file(file);
    }

    /// Reads the file chosen with "Open a file".
    fn picked(self: &Rc<Self>) {
        if let Some(file) = self.els.file.files().and_then(|f| f.get(0)) {
            self.load_file(file);
        }
        self.els.file.set_value("");
    }

    /// Puts a file's text into the paste box: plain text as it is, HTML as the text a reader sees
    /// (see `html::visible_text`). Nothing in the file is run or loaded.
    fn load_file(self: &Rc<Self>, file: web_sys::File) {
        let name = file.name().to_lowercase();
        let is_html =
            file.type_() == "text/html" || name.ends_with(".html") || name.ends_with(".htm");
        let a = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            match wasm_bindgen_futures::JsFuture::from(file.text()).await {
                Ok(text) => {
                    let text = text.as_string().unwrap_or_default();
                    let text = if is_html {
                        html::visible_text(&text).unwrap_or(text)
                    } else {
                        text
                    };
                    a.els.input.set_value(&text);
                    a.render();
                }
                Err(_) => a
                    .els
                    .status
                    .set_text_content(Some("Could not read that file.")),
            }
        });
    }
}
