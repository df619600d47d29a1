//! Small DOM helpers.

use wasm_bindgen::prelude::*;
use web_sys::{Document, Element, EventTarget};

/// Creates `<tag>` with attributes.
pub(crate) fn el(doc: &Document, tag: &str, attrs: &[(&str, &str)]) -> Result<Element, JsValue> {
    let e = doc.create_element(tag)?;
    for (k, v) in attrs {
        e.set_attribute(k, v)?;
    }
    Ok(e)
}

/// Creates `<tag>` with attributes as the last child of `parent`.
pub(crate) fn child(
    doc: &Document,
    parent: &Element,
    tag: &str,
    attrs: &[(&str, &str)],
) -> Result<Element, JsValue> {
    let e = el(doc, tag, attrs)?;
    parent.append_child(&e)?;
    Ok(e)
}

/// Adds an event listener that lives as long as the page.
pub(crate) fn on(
    target: &EventTarget,
    event: &str,
    f: impl FnMut(web_sys::Event) + 'static,
) -> Result<(), JsValue> {
    let cb = Closure::<dyn FnMut(web_sys::Event)>::new(f);
    target.add_event_listener_with_callback(event, cb.as_ref().unchecked_ref())?;
    cb.forget();
    Ok(())
}

/// The message of a thrown JS value: an `Error`'s message, or the value as a string. (The
/// release build has no `Debug` formatting: `scripts/trunk.sh`.)
pub(crate) fn message(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

/// `"rtl"` when the first letter of `text` is of a right-to-left script (Hebrew, Arabic, Syriac,
/// Thaana, N'Ko and the rest of U+0590..U+08FF, their presentation forms, and the RTL planes),
/// else `"ltr"`: what `dir="auto"` decides from the first strong character. The UI sets it itself
/// on the paste box and the highlighted original because Chromium's `dir="auto"` is slow on long
/// text: it made setting a 1 MB textarea's value take 680 ms instead of 12.
pub(crate) fn direction(text: &str) -> &'static str {
    let rtl = text.chars().find(|c| c.is_alphabetic()).is_some_and(|c| {
        matches!(u32::from(c), 0x0590..=0x08FF | 0xFB1D..=0xFDFF | 0xFE70..=0xFEFF | 0x1_0800..=0x1_0FFF | 0x1_E800..=0x1_EFFF)
    });
    if rtl { "rtl" } else { "ltr" }
}
