//! The `precis` command: input sources, formats, budgets, exit codes and messages.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

const ARTICLE: &str = include_str!("fixtures/cnn-sailor.txt");

fn precis(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_precis"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn precis");
    // The program may exit before reading (bad flags): a broken pipe is fine.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).unwrap()
}

#[test]
fn reads_stdin_file_and_dash_alike() {
    let from_stdin = precis(&["-n", "3"], ARTICLE.as_bytes());
    let from_dash = precis(&["-n", "3", "-"], ARTICLE.as_bytes());
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/cnn-sailor.txt");
    let from_file = precis(&["-n", "3", path], b"");
    assert!(from_stdin.status.success());
    assert_eq!(stdout(&from_stdin).lines().count(), 3);
    assert_eq!(stdout(&from_stdin), stdout(&from_dash));
    assert_eq!(stdout(&from_stdin), stdout(&from_file));
}

#[test]
fn text_output_is_verbatim_sentences_in_order_with_lines_folded() {
    let input = "Storm hits the coast\n\nThe storm hit the coast on Monday, and it\nflooded homes. Officials said the storm was the worst in years. The storm flooded roads too.";
    let out = stdout(&precis(&["-n", "2"], input.as_bytes()));
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2);
    let mut pos = 0;
    for l in &lines {
        let found = input
            .replace('\n', " ")
            .find(l)
            .expect("each line is a sentence of the input");
        assert!(found >= pos, "original order");
        pos = found;
    }
    assert!(
        out.contains("it flooded homes."),
        "inner line break folded: {out}"
    );
}

#[test]
fn json_offsets_slice_the_input() {
    let input = "Café owners rejoiced. 😀 The café reopened after the flood. Rain fell again on Tuesday.\r\nThe café stayed open.";
    let out = precis(
        &["--format", "json", "-n", "2", "--keywords", "3"],
        input.as_bytes(),
    );
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    for s in v["sentences"].as_array().unwrap() {
        let (a, b) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(&input[a..b], s["text"].as_str().unwrap());
        assert!(s["signals"]["tf"].is_number() && s["signals"]["position"].is_number());
    }
    assert_eq!(v["keywords"].as_array().unwrap().len(), 3);
    assert_eq!(v["language"]["code"], "en");
    assert_eq!(v["stats"]["sentences_out"], 2);
}

#[test]
fn empty_input_is_exit_1_with_one_line() {
    for input in [&b""[..], b"   \n\t \n"] {
        let out = precis(&[], input);
        assert_eq!(out.status.code(), Some(1));
        assert!(stdout(&out).is_empty());
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        assert!(err.contains("no text"), "{err}");
    }
}

#[test]
fn bad_flags_are_exit_2_with_usage() {
    for args in [
        &["--bogus"][..],
        &["--ratio", "0"],
        &["--ratio", "1.5"],
        &["--ratio", "abc"],
        &["-n", "0"],
        &["-n", "2", "--words", "10"],
        &["--format", "xml"],
        &["--lang", "xx"],
        &["--method", "magic"],
        &["--weights", "nonsense=1"],
    ] {
        let out = precis(args, ARTICLE.as_bytes());
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            stderr(&out).to_lowercase().contains("usage"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
}

#[test]
fn missing_file_is_exit_1() {
    let out = precis(&["/no/such/file.txt"], b"");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("cannot read"));
}

#[test]
fn invalid_utf8_is_decoded_lossily_with_a_warning() {
    let mut input =
        b"The river rose overnight. The town \xff\xfe flooded by morning. Residents left.".to_vec();
    input.push(b'\n');
    let out = precis(&["--split"], &input);
    assert!(out.status.success());
    assert!(stderr(&out).contains("not valid UTF-8"));
    assert!(stdout(&out).contains('\u{FFFD}'));
}

#[test]
fn split_prints_every_sentence() {
    let out = stdout(&precis(
        &["--split"],
        b"Mr. Smith left. He came back!\nMenu item\n\nA new paragraph.",
    ));
    assert_eq!(
        out.lines().collect::<Vec<_>>(),
        [
            "Mr. Smith left.",
            "He came back!",
            "Menu item",
            "A new paragraph."
        ]
    );
}

#[test]
fn word_and_char_budgets_are_honoured() {
    for (flag, unit) in [("--words", "words_out"), ("--chars", "chars_out")] {
        for budget in [15u64, 60, 200] {
            let out = precis(
                &[flag, &budget.to_string(), "--format", "json"],
                ARTICLE.as_bytes(),
            );
            let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
            let used = v["stats"][unit].as_u64().unwrap();
            let over = v["stats"]["over_budget"].as_bool().unwrap();
            assert!(
                used <= budget || (over && v["stats"]["sentences_out"] == 1),
                "{flag} {budget}: {used}"
            );
        }
    }
}

#[test]
fn ratio_and_default_lengths() {
    let out = precis(&["--ratio", "0.2", "--format", "json"], ARTICLE.as_bytes());
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let words_in = v["stats"]["words_in"].as_f64().unwrap();
    assert!(v["stats"]["words_out"].as_f64().unwrap() <= (0.2 * words_in).ceil());
    let default = stdout(&precis(&[], ARTICLE.as_bytes()));
    assert_eq!(
        default.lines().count(),
        3,
        "a news story gets three sentences"
    );
}

#[test]
fn methods_and_languages() {
    for method in ["precis", "luhn", "textrank", "lead"] {
        let out = precis(&["--method", method, "-n", "2"], ARTICLE.as_bytes());
        assert!(out.status.success(), "{method}");
        assert_eq!(stdout(&out).lines().count(), 2, "{method}");
    }
    let lead = stdout(&precis(
        &["--method", "lead", "-n", "1"],
        ARTICLE.as_bytes(),
    ));
    assert!(lead.starts_with("(CNN)The last time Frank Jordan spoke"));
    let german = "Der Bundestag hat am Donnerstag das neue Gesetz beschlossen. Die Opposition kritisierte das Gesetz scharf. Das Gesetz tritt im Januar in Kraft.";
    let out = precis(&["--format", "json"], german.as_bytes());
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["language"]["code"], "de");
    let out = precis(&["--format", "json", "--lang", "fr"], german.as_bytes());
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["language"]["code"], "fr");
    assert_eq!(v["language"]["detected"], false);
    assert_eq!(
        v["language"]["reliable"], true,
        "a given language is not in doubt"
    );
}

#[test]
fn an_unsure_language_is_reported_and_noted() {
    let article = precis(&["--format", "json"], ARTICLE.as_bytes());
    let v: serde_json::Value = serde_json::from_str(&stdout(&article)).unwrap();
    assert_eq!(v["language"]["reliable"], true);
    assert_eq!(stderr(&article), "");

    // Six words and one stop word: a guess, said so.
    let short = "Tokyo Osaka and Kyoto. Hiroshima Nagoya.";
    let out = precis(&["--format", "json"], short.as_bytes());
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(v["language"]["reliable"], false, "{v}");
    let out = precis(&[], short.as_bytes());
    assert!(out.status.success());
    assert!(stderr(&out).contains("use --lang"), "{}", stderr(&out));
    let out = precis(&["--lang", "en"], short.as_bytes());
    assert_eq!(stderr(&out), "", "no note once the language is given");
}

#[test]
fn keywords_follow_text_output_when_asked() {
    let out = stdout(&precis(&["--keywords", "4", "-n", "1"], ARTICLE.as_bytes()));
    let last = out.lines().last().unwrap();
    assert!(last.starts_with("keywords: "), "{out}");
    assert_eq!(last.trim_start_matches("keywords: ").split(", ").count(), 4);
}

#[test]
fn jsonl_batch_mode() {
    let input = format!(
        "{}\n{}\n{}\n",
        serde_json::json!({"text": ARTICLE, "sentences": 2}),
        serde_json::json!({"text": "  "}),
        serde_json::json!({"nope": 1})
    );
    let out = stdout(&precis(&["--jsonl"], input.as_bytes()));
    let rows: Vec<serde_json::Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0]["sentences"].as_array().unwrap().len(), 2);
    assert!(rows[1]["error"].as_str().unwrap().contains("no text"));
    assert!(rows[2]["error"].is_string());
}

#[test]
fn hostile_inputs_never_crash() {
    let mut junk: Vec<u8> = (0..=255u8).cycle().take(20_000).collect();
    junk.extend_from_slice(
        "\u{202E}عربي עברית 中文。😀\u{200D}👩‍👩‍👧<script>alert(1)</script>".as_bytes(),
    );
    let one_line = "word ".repeat(50_000);
    for input in [
        junk,
        one_line.into_bytes(),
        b"Hello".to_vec(),
        "。。。!!!???...".as_bytes().to_vec(),
    ] {
        let out = precis(&["--format", "json"], &input);
        assert!(
            matches!(out.status.code(), Some(0) | Some(1)),
            "{:?}",
            stderr(&out)
        );
        assert!(!stderr(&out).contains("panicked"));
    }
}

#[test]
fn pasted_page_is_cleaned_and_the_report_says_what_was_dropped() {
    let page = include_str!("fixtures/seed-nato-page.txt");
    let out = precis(&["--format", "json", "-n", "3"], page.as_bytes());
    let v: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let cleaning = &v["cleaning"];
    assert_eq!(cleaning["enabled"], true);
    let article = &cleaning["article"];
    let (a, b) = (
        article["start"].as_u64().unwrap() as usize,
        article["end"].as_u64().unwrap() as usize,
    );
    assert!(
        page[a..b].starts_with("NATO allies urge Russia"),
        "{}",
        &page[a..b.min(a + 60)]
    );
    let dropped: Vec<&str> = cleaning["dropped"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| &page[d["start"].as_u64().unwrap() as usize..d["end"].as_u64().unwrap() as usize])
        .collect();
    assert!(dropped.contains(&"Connect with us"));
    assert!(dropped.contains(&"You May Also Like"));
    let off = precis(&["--format", "json", "--no-clean"], page.as_bytes());
    let v: serde_json::Value = serde_json::from_str(&stdout(&off)).unwrap();
    assert_eq!(v["cleaning"]["enabled"], false);
    assert!(v["cleaning"]["dropped"].as_array().unwrap().is_empty());
}

#[test]
fn html_pages_are_read_without_their_furniture() {
    let page = include_str!("fixtures/bridge-page.html");
    let out = precis(&["--html", "--split"], page.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.starts_with("Old bridge to close for a year\n"),
        "{text}"
    );
    assert!(
        text.contains("at once & for good."),
        "entities decoded: {text}"
    );
    for furniture in [
        "Home",
        "cookies",
        "Share on Facebook",
        "Bus fares",
        "Contact us",
        "Injected",
        "color: red",
        "Ignored",
    ] {
        assert!(!text.contains(furniture), "{furniture} in {text}");
    }
    let summary = precis(&["--html", "-n", "2"], page.as_bytes());
    assert_eq!(stdout(&summary).lines().count(), 2);
    // Without --html the markup is text: tags show up in the sentences.
    assert!(stdout(&precis(&["--split"], page.as_bytes())).contains("<p>"));
}

#[test]
fn html_that_is_deeply_nested_or_unclosed_is_no_crash() {
    let deep = "<div>".repeat(200_000)
        + "The council met on Monday. It voted to close the bridge for a year.";
    let out = precis(&["--html", "-n", "1"], deep.as_bytes());
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out).lines().count(), 1);
    let unclosed = "<p>The council met on Monday.<script>if (a < b) { x(); }";
    let out = precis(&["--html", "--split"], unclosed.as_bytes());
    assert_eq!(stdout(&out), "The council met on Monday.\n");
    let nothing = precis(
        &["--html"],
        b"<html><nav>Home</nav><script>x()</script></html>",
    );
    assert_eq!(nothing.status.code(), Some(1), "no text: exit 1");
    assert_eq!(precis(&["--html", "--jsonl"], b"").status.code(), Some(2));
}
