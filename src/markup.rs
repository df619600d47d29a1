//! What a page's markup says about its text, shared by the browser (`DOMParser`, `src/ui/html.rs`)
//! and the command line (`precis --html`, parsed with `tl`): elements that hold no text a reader
//! sees, block elements (a paragraph break around each), and page furniture (navigation, footers,
//! sidebars, sharing, comments, cookie and subscription boxes) by tag, ARIA role, or a word of the
//! class or id. The text left is then cleaned like any pasted page.

/// Elements whose content a reader never sees as text (lowercase tag names).
pub const SKIP: &[&str] = &[
    "script", "style", "noscript", "template", "svg", "iframe", "object", "head",
];

/// Block elements: their text is a paragraph of its own.
pub const BLOCK: &[&str] = &[
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "main",
    "blockquote",
    "pre",
    "figure",
    "figcaption",
    "address",
    "hr",
    "form",
    "fieldset",
    "details",
    "summary",
    "caption",
    "td",
    "th",
];

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

/// Whether an element is page furniture: `tag` (lowercase), its `role` attribute, and its class
/// and id together (`"site-nav main-menu"`).
///
/// ```
/// use precis::markup::is_furniture;
/// assert!(is_furniture("div", "", "post-share-buttons"));
/// assert!(is_furniture("div", "navigation", ""));
/// assert!(!is_furniture("div", "", "article-body"));
/// ```
pub fn is_furniture(tag: &str, role: &str, class_and_id: &str) -> bool {
    matches!(tag, "nav" | "footer" | "aside")
        || matches!(
            role,
            "navigation" | "banner" | "contentinfo" | "complementary" | "search"
        )
        || class_and_id
            .to_ascii_lowercase()
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|w| FURNITURE.contains(&w))
}

/// Appends a text node's text to `out` as a browser shows it: runs of white space become one space.
pub fn push_text(out: &mut String, text: &str) {
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

/// Trims every line and keeps at most one blank line between paragraphs.
///
/// ```
/// assert_eq!(precis::markup::tidy("  a \n\n\n\n b\nc "), "a\n\nb\nc");
/// ```
pub fn tidy(text: &str) -> String {
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
