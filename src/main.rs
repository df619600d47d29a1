//! `precis`: the command-line summarizer (a thin shell over the library).

use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;

use clap::error::ErrorKind;
use clap::{ArgGroup, Parser, ValueEnum};
use precis::{Language, Length, Method, Options, Summarizer, Weights};

/// mimalloc (its v2, which holds less memory than v3 for the same speed) rather than the system's
/// allocator: a summary makes many small allocations; 8 % off a news article's time, for 10 MB more
/// peak memory on 10 MB of text (README, "Speed").
#[cfg(not(target_arch = "wasm32"))]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Extractive summaries of articles: prints the sentences that matter, in their original order.
///
/// Input is read from FILE, or from standard input when FILE is absent or `-`. Bytes that are not
/// valid UTF-8 are replaced by U+FFFD (lossy decoding, with a warning on standard error); byte
/// offsets in JSON output then refer to the decoded text.
///
/// Exit status: 0 on success, 1 when the input holds no text (or cannot be read), 2 for bad flags.
#[derive(Parser, Debug)]
#[command(name = "precis", version, group(ArgGroup::new("length").args(["sentences", "ratio", "words", "chars"])))]
struct Cli {
    /// The text file to summarize (`-` or absent: standard input).
    file: Option<String>,

    /// Choose at most N sentences (default: adaptive, 3 for a news story, more for long texts).
    #[arg(short = 'n', long, value_name = "N", value_parser = clap::value_parser!(u64).range(1..))]
    sentences: Option<u64>,

    /// Choose up to this share of the input's words (0 < R <= 1).
    #[arg(long, value_name = "R", value_parser = parse_ratio)]
    ratio: Option<f64>,

    /// Choose at most W words in all (the best single sentence if none fits: see stats.over_budget).
    #[arg(long, value_name = "W", value_parser = clap::value_parser!(u64).range(1..))]
    words: Option<u64>,

    /// Choose at most C characters in all (same rule as --words).
    #[arg(long, value_name = "C", value_parser = clap::value_parser!(u64).range(1..))]
    chars: Option<u64>,

    /// Output format: sentences one per line, or the full result as JSON.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,

    /// Number of keywords (in JSON; with text output they follow the sentences after a blank line).
    #[arg(long, value_name = "K")]
    keywords: Option<usize>,

    /// Language: an ISO 639-1 code (en, de, fr, es, it, pt, nl, sv, da, no, fi, hu, ro, ru, tr,
    /// el, ar, az, kk, ne) or `auto` to detect it.
    #[arg(long, value_name = "CODE|auto", default_value = "auto")]
    lang: String,

    /// Scoring method: precis (default), luhn, textrank, or lead (the first sentences).
    #[arg(long, value_enum, default_value_t = MethodArg::Precis)]
    method: MethodArg,

    /// With --format json: also list every sentence's span, score and whether it was chosen ("all").
    #[arg(long)]
    all: bool,

    /// Do not look for the article in a pasted page: every line is a candidate.
    #[arg(long)]
    no_clean: bool,

    /// The input is an HTML page: summarize the text a reader sees, without what its markup names
    /// as page furniture (nav, footer, aside, ARIA navigation roles, class or id words such as
    /// menu, share, related, cookie); scripts and styles are ignored. Byte offsets in JSON output
    /// then refer to that text.
    #[arg(long, conflicts_with = "jsonl")]
    html: bool,

    /// Print every sentence the segmenter finds, one per line, and nothing else.
    #[arg(long)]
    split: bool,

    /// Read JSON lines ({"text": ..., optionally "sentences": N}) and write one JSON result a line
    /// (for benchmarks and batch jobs).
    #[arg(long)]
    jsonl: bool,

    /// Advanced: override weights of the default method, e.g. `tf=0.4,title=0.2` (see DESIGN.md).
    #[arg(long, value_name = "K=V,...")]
    weights: Option<String>,
}

#[derive(Clone, Copy, Debug, ValueEnum, PartialEq)]
enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum MethodArg {
    Precis,
    Luhn,
    Textrank,
    Lead,
}

fn parse_ratio(s: &str) -> Result<f64, String> {
    let r: f64 = s.parse().map_err(|_| format!("{s:?} is not a number"))?;
    if r > 0.0 && r <= 1.0 {
        Ok(r)
    } else {
        Err(format!("{r} is not in (0, 1]"))
    }
}

fn parse_weights(spec: &str) -> Result<Weights, String> {
    let mut value = serde_json::to_value(Weights::default()).map_err(|e| e.to_string())?;
    for pair in spec.split(',').filter(|p| !p.trim().is_empty()) {
        let (k, v) = pair
            .split_once('=')
            .ok_or_else(|| format!("{pair:?} is not KEY=VALUE"))?;
        let v: f64 = v
            .trim()
            .parse()
            .map_err(|_| format!("{v:?} is not a number"))?;
        let slot = value
            .get_mut(k.trim())
            .ok_or_else(|| format!("unknown weight {k:?}"))?;
        *slot = serde_json::json!(v);
    }
    serde_json::from_value(value).map_err(|e| e.to_string())
}

fn options(cli: &Cli) -> Result<Options, String> {
    let length = Length::from_units(
        cli.sentences.map(|n| n as usize),
        cli.ratio,
        cli.words.map(|n| n as usize),
        cli.chars.map(|n| n as usize),
    )
    .map_err(|e| e.to_string())?;
    let language = match cli.lang.as_str() {
        "auto" => None,
        code => Some(
            Language::from_code(code)
                .ok_or_else(|| precis::Error::UnknownLanguage(code.into()).to_string())?,
        ),
    };
    let method = match cli.method {
        MethodArg::Precis => Method::Precis,
        MethodArg::Luhn => Method::Luhn,
        MethodArg::Textrank => Method::TextRank,
        MethodArg::Lead => Method::Lead,
    };
    let weights = match &cli.weights {
        Some(spec) => parse_weights(spec)?,
        None => Weights::default(),
    };
    Ok(Options::default()
        .with_length(length)
        .with_language(language)
        .with_method(method)
        .with_keywords(cli.keywords.unwrap_or(8))
        .with_all_sentences(cli.all)
        .with_clean(!cli.no_clean)
        .with_weights(weights))
}

fn read_input(file: Option<&str>) -> io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    match file {
        None | Some("-") => {
            io::stdin().lock().read_to_end(&mut bytes)?;
        }
        Some(path) => bytes = std::fs::read(path)?,
    }
    Ok(bytes)
}

fn decode(bytes: Vec<u8>) -> String {
    match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            eprintln!(
                "precis: warning: the input is not valid UTF-8; invalid bytes were replaced by U+FFFD"
            );
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    }
}

fn run(cli: &Cli, out: &mut impl Write) -> Result<(), Failure> {
    let opts = options(cli).map_err(Failure::Usage)?;
    if cli.jsonl {
        return run_jsonl(cli, &opts, out);
    }
    let bytes = read_input(cli.file.as_deref()).map_err(|e| {
        Failure::Input(format!(
            "cannot read {}: {e}",
            cli.file.as_deref().unwrap_or("standard input")
        ))
    })?;
    let text = decode(bytes);
    let text = if cli.html { html_text(&text) } else { text };
    let summarizer = Summarizer::new(opts);
    if cli.split {
        let ranges = summarizer
            .split(&text)
            .map_err(|e| Failure::Input(e.to_string()))?;
        for r in ranges {
            writeln!(out, "{}", precis::fold_line_breaks(&text[r]))?;
        }
        return Ok(());
    }
    let summary = summarizer.summarize(&text).map_err(|e| match e {
        precis::Error::EmptyInput => Failure::Input(e.to_string()),
        other => Failure::Usage(other.to_string()),
    })?;
    let lang = &summary.language;
    if !lang.reliable && cli.format == Format::Text {
        if lang.code == "und" {
            eprintln!("precis: note: no known language found; use --lang to choose one");
        } else {
            eprintln!(
                "precis: note: the text looks {} but is too short to be sure; use --lang to choose",
                lang.name
            );
        }
    }
    match cli.format {
        Format::Json => writeln!(
            out,
            "{}",
            serde_json::to_string(&summary).map_err(io::Error::other)?
        )?,
        Format::Text => {
            for s in &summary.sentences {
                writeln!(out, "{}", s.folded())?;
            }
            if cli.keywords.is_some() && !summary.keywords.is_empty() {
                writeln!(out, "\nkeywords: {}", summary.keywords.join(", "))?;
            }
        }
    }
    Ok(())
}

fn run_jsonl(cli: &Cli, opts: &Options, out: &mut impl Write) -> Result<(), Failure> {
    let reader: Box<dyn BufRead> = match cli.file.as_deref() {
        None | Some("-") => Box::new(io::stdin().lock()),
        Some(path) => Box::new(io::BufReader::new(
            std::fs::File::open(path)
                .map_err(|e| Failure::Input(format!("cannot read {path}: {e}")))?,
        )),
    };
    for line in reader.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let result = serde_json::from_str::<serde_json::Value>(&line)
            .map_err(|e| e.to_string())
            .and_then(|mut doc| {
                let mut o = opts.clone();
                if let Some(n) = doc.get("sentences").and_then(|n| n.as_u64()) {
                    o.length = Length::Sentences(n as usize);
                }
                // (Taken out of the document, not copied.)
                let Some(serde_json::Value::String(text)) =
                    doc.get_mut("text").map(serde_json::Value::take)
                else {
                    return Err("no \"text\" field".to_string());
                };
                Summarizer::new(o)
                    .summarize(&text)
                    .map_err(|e| e.to_string())
            });
        match result {
            Ok(summary) => serde_json::to_writer(&mut *out, &summary).map_err(io::Error::other)?,
            Err(msg) => serde_json::to_writer(&mut *out, &serde_json::json!({ "error": msg }))
                .map_err(io::Error::other)?,
        }
        writeln!(out)?;
    }
    Ok(())
}

/// The text a reader sees in an HTML page, walked with the browser's rules (`precis::markup`).
/// Parsed with `tl` (chosen over html5ever's `scraper`: 30 KB against 900 KB more binary, 1.1
/// against 3.1 ms for a 576 KB page); entities decoded by `html-escape`. The walk keeps its own
/// stack, so deeply nested markup cannot overflow the thread's.
fn html_text(html: &str) -> String {
    use precis::markup::{BLOCK, SKIP, is_furniture, push_text, tidy};
    enum Step {
        Node(tl::NodeHandle),
        EndBlock,
    }
    let html = without_raw_text(html);
    let Ok(dom) = tl::parse(&html, tl::ParserOptions::default()) else {
        return html;
    };
    let parser = dom.parser();
    let mut out = String::new();
    let mut stack: Vec<Step> = dom
        .children()
        .iter()
        .rev()
        .map(|&h| Step::Node(h))
        .collect();
    while let Some(step) = stack.pop() {
        let Step::Node(handle) = step else {
            out.push_str("\n\n");
            continue;
        };
        match handle.get(parser) {
            Some(tl::Node::Raw(text)) => push_text(
                &mut out,
                &html_escape::decode_html_entities(&text.as_utf8_str()),
            ),
            Some(tl::Node::Tag(tag)) => {
                let name = tag.name().as_utf8_str().to_ascii_lowercase();
                let attrs = tag.attributes();
                let attr = |key: &str| {
                    attrs
                        .get(key)
                        .flatten()
                        .map_or_else(String::new, |v| v.as_utf8_str().into_owned())
                };
                let hints = attr("class") + " " + &attr("id");
                if SKIP.contains(&name.as_str()) || is_furniture(&name, &attr("role"), &hints) {
                    continue;
                }
                if name == "br" {
                    out.push('\n');
                    continue;
                }
                if BLOCK.contains(&name.as_str()) {
                    out.push_str("\n\n");
                    stack.push(Step::EndBlock);
                }
                stack.extend(
                    tag.children()
                        .top()
                        .as_slice()
                        .iter()
                        .rev()
                        .map(|&h| Step::Node(h)),
                );
            }
            _ => {}
        }
    }
    tidy(&out)
}

/// `html` without its script and style elements, whose content HTML reads as raw text up to the
/// closing tag: `tl` would parse the `<` of `if (a < b)` as a tag and lose the rest of the page.
fn without_raw_text(html: &str) -> String {
    let lower = html.to_ascii_lowercase();
    let mut out = String::with_capacity(html.len());
    let mut pos = 0;
    while let Some((start, tag)) = ["<script", "<style"]
        .iter()
        .filter_map(|t| lower[pos..].find(t).map(|i| (pos + i, *t)))
        .min()
    {
        out.push_str(&html[pos..start]);
        let close = format!("</{}", &tag[1..]);
        pos = match lower[start..].find(&close) {
            Some(i) => lower[start + i..]
                .find('>')
                .map_or(html.len(), |j| start + i + j + 1),
            None => html.len(),
        };
    }
    out.push_str(&html[pos..]);
    out
}

enum Failure {
    Usage(String),
    Input(String),
    Io(io::Error),
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Self {
        Failure::Io(e)
    }
}

const USAGE: &str = "Usage: precis [OPTIONS] [FILE]\nFor more information, try '--help'.";

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayVersion) => {
            let _ = e.print();
            return ExitCode::SUCCESS;
        }
        Err(e) => {
            let msg = e.render().to_string();
            eprint!("{msg}");
            if !msg.contains("Usage:") {
                eprintln!("\n{USAGE}");
            }
            return ExitCode::from(2);
        }
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let result = run(&cli, &mut out).and_then(|()| out.flush().map_err(Failure::Io));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure::Usage(msg)) => {
            eprintln!("precis: {msg}\n\n{USAGE}");
            ExitCode::from(2)
        }
        Err(Failure::Input(msg)) => {
            eprintln!("precis: {msg}");
            ExitCode::from(1)
        }
        Err(Failure::Io(e)) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
        Err(Failure::Io(e)) => {
            eprintln!("precis: {e}");
            ExitCode::from(1)
        }
    }
}
