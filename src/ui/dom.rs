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
