//! The library's own time per document on a batch, for `bench/speed.py`: what sumy's figure
//! measures too (its parser and summarizer called in a warm interpreter, nothing written out),
//! where the command line's `--jsonl` adds reading and writing JSON.
//!
//!     cargo run --release --example batch_speed -- DOCS.jsonl [SENTENCES]
//!
//! DOCS.jsonl: one `{"text": ...}` a line, read and parsed before any clock starts. Prints
//! `{"first_ms": ..., "warm_ms": ...}`, milliseconds per document, each the best of seven passes:
//! a first pass in a new thread (the stem cache is the thread's: it starts empty, and every new
//! word is stemmed once, as in a fresh process), and a warm pass in a thread that has summarized
//! the batch once already (every word cached). With the command line's allocator (mimalloc).

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use std::hint::black_box;
    use std::time::{Duration, Instant};

    use precis::{Length, Options, Summarizer};

    #[global_allocator]
    static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

    const PASSES: usize = 7;

    pub fn main() {
        let mut args = std::env::args().skip(1);
        let Some(path) = args.next() else {
            eprintln!("usage: batch_speed DOCS.jsonl [SENTENCES]");
            std::process::exit(2);
        };
        let sentences = args.next().and_then(|n| n.parse().ok()).unwrap_or(3);
        let input = std::fs::read_to_string(&path).unwrap_or_else(|e| {
            eprintln!("cannot read {path}: {e}");
            std::process::exit(1);
        });
        let docs: Vec<String> = input
            .lines()
            .filter_map(|line| serde_json::from_str::<serde_json::Value>(line).ok())
            .filter_map(|doc| doc.get("text")?.as_str().map(str::to_string))
            .collect();
        if docs.is_empty() {
            eprintln!("no documents with a \"text\" in {path}");
            std::process::exit(1);
        }
        let options = Options::default().with_length(Length::Sentences(sentences));
        let pass = |docs: &[String]| {
            let start = Instant::now();
            for text in docs {
                black_box(
                    Summarizer::new(options.clone())
                        .summarize(black_box(text))
                        .ok(),
                );
            }
            start.elapsed()
        };
        let (first, warm) = std::thread::scope(|s| {
            let first = (0..PASSES)
                .map(|_| s.spawn(|| pass(&docs)).join().unwrap_or(Duration::MAX))
                .min()
                .unwrap_or(Duration::MAX);
            let warm = s
                .spawn(|| {
                    pass(&docs);
                    (0..PASSES)
                        .map(|_| pass(&docs))
                        .min()
                        .unwrap_or(Duration::MAX)
                })
                .join()
                .unwrap_or(Duration::MAX);
            (first, warm)
        });
        let ms = |d: Duration| d.as_secs_f64() * 1000.0 / docs.len() as f64;
        println!(
            "{{\"first_ms\": {:.4}, \"warm_ms\": {:.4}}}",
            ms(first),
            ms(warm)
        );
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    native::main();
}

// (Nothing to time in the browser's target; `cargo clippy --all-targets` builds it there too.)
#[cfg(target_arch = "wasm32")]
fn main() {}
