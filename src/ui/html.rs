//! The text a reader sees in an HTML document, with paragraph breaks (pasted web pages, dropped
//! .html files, the widget's `for` element), without the page furniture its markup names.
//!
//! The browser's `DOMParser` builds an inert document (no scripts run, nothing loads); a walk over
//! it keeps text, drops script, style and other non-content elements, and puts a blank line around
//! block elements and a line break at `<br>`, so the segmenter sees paragraphs, headings and list
//! items as units.

use wasm_bindgen::JsCast;
use web_sys::{DomParser, Element, Node, SupportedType};

const SKIP: &[&str] = &[
    "SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "IFRAME", "OBJECT", "HEAD",
];
const BLOCK: &[&str] = &[
    "P",
    "DIV",
    "H1",
    "H2",
    "H3",
    "H4",
    "H5",
    "H6",
    "LI",
    "UL",
    "OL",
    "DL",
    "DT",
    "DD",
    "TR",
    "TABLE",
    "SECTION",
    "ARTICLE",
    "HEADER",
    "FOOTER",
    "NAV",
    "ASIDE",
    "MAIN",
    "BLOCKQUOTE",
    "PRE",
    "FIGURE",
    "FIGCAPTION",
    "ADDRESS",
    "HR",
    "FORM",
    "FIELDSET",
    "DETAILS",
    "SUMMARY",
    "CAPTION",
    "TD",
    "TH",
];

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
            Node::TEXT_NODE => {
                let text = child.text_content().unwrap_or_default();
                for (k, part) in text.split_whitespace().enumerate() {
                    if k > 0 || text.starts_with(char::is_whitespace) {
                        out.push(' ');
                    }
                    out.push_str(part);
                }
                if text.ends_with(char::is_whitespace) && !text.trim().is_empty() {
                    out.push(' ');
                }
            }
            Node::ELEMENT_NODE => {
                let tag = child.node_name().to_uppercase();
                if SKIP.contains(&tag.as_str())
                    || child
                        .dyn_ref::<Element>()
                        .is_some_and(|e| is_furniture(e, &tag))
                {
                    continue;
                }
                if tag == "BR" {
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

/// Class and id words of page furniture (`class="site-nav"`, `id="cookie-banner"`).
const FURNITURE: &[&str] = &[
    "nav",
    "navbar",
    "navigation",
    "menu",
    "footer",
    "share",
    "sharing",
    "social",
    "related",
    "comments",
    "cookie",
    "cookies",
    "consent",
    "subscribe",
    "newsletter",
    "promo",
    "sidebar",
    "breadcrumb",
    "breadcrumbs",
    "advert",
    "ads",
    "sponsored",
];

/// Page furniture by its markup: navigation, footers, sidebars, sharing, comments, cookie and
/// subscription boxes (by tag, ARIA role, or a word of its class or id). What a pasted or dropped
/// page's HTML says about its structure, so that its menus never reach the summary.
fn is_furniture(e: &Element, tag: &str) -> bool {
    if matches!(tag, "NAV" | "FOOTER" | "ASIDE") {
        return true;
    }
    let role = e.get_attribute("role").unwrap_or_default();
    if matches!(
        role.as_str(),
        "navigation" | "banner" | "contentinfo" | "complementary" | "search"
    ) {
        return true;
    }
    let hints = e.get_attribute("class").unwrap_or_default() + " " + &e.id();
    hints
        .to_ascii_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .any(|w| FURNITURE.contains(&w))
}

/// Trims every line and keeps at most one blank line between paragraphs.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.lines().map(str::trim) {
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        out.push_str(line);
        blank = 0;
    }
    out
}
