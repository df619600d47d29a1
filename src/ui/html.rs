//! The text a reader sees in an HTML document, with paragraph breaks (pasted web pages, dropped
//! .html files, the widget's `for` element), without the page furniture its markup names.
//!
//! The browser's `DOMParser` builds an inert document (no scripts run, nothing loads); a walk over
//! it keeps text, drops script, style and other non-content elements, and puts a blank line around
//! block elements and a line break at `<br>`, so the segmenter sees paragraphs, headings and list
//! items as units.

use wasm_bindgen::JsCast;
use web_sys::{DomParser, Element, Node, SupportedType};

use crate::markup::{BLOCK, SKIP, is_furniture, push_text, tidy};

/// The visible text of `html`, or `None` when the browser cannot parse it.
pub(crate) fn visible_text(html: &str) -> Option<String> {
    let doc = DomParser::new()
        .ok()?
        .parse_from_string(html, SupportedType::TextHtml)
        .ok()?;
    let body = doc.body()?;
    let mut out = String::new();
    walk(body.unchecked_ref(), &mut out);
    Some(tidy(&out))
}

fn walk(node: &Node, out: &mut String) {
    let children = node.child_nodes();
    for i in 0..children.length() {
        let Some(child) = children.get(i) else {
            continue;
        };
        match child.node_type() {
            Node::TEXT_NODE => push_text(out, &child.text_content().unwrap_or_default()),
            Node::ELEMENT_NODE => {
                let tag = child.node_name().to_lowercase();
                let furniture = child.dyn_ref::<Element>().is_some_and(|e| {
                    let hints = e.get_attribute("class").unwrap_or_default() + " " + &e.id();
                    is_furniture(&tag, &e.get_attribute("role").unwrap_or_default(), &hints)
                });
                if SKIP.contains(&tag.as_str()) || furniture {
                    continue;
                }
                if tag == "br" {
                    out.push('\n');
                    continue;
                }
                let block = BLOCK.contains(&tag.as_str());
                if block {
                    out.push_str("\n\n");
                }
                walk(&child, out);
                if block {
                    out.push_str("\n\n");
                }
            }
            _ => {}
        }
    }
}
