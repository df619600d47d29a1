//! Criterion speed benchmarks: an 800-word article, and the scaling curve (10 K / 100 K / 1 M words).
//!
//! `cargo bench --bench speed` (reports in target/criterion).

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use criterion::{BenchmarkId, Criterion, Throughput};
    use precis::{Options, Summarizer};

    const ARTICLE: &str = include_str!("../tests/fixtures/cnn-sailor.txt");

    /// About `words` words of real news text: the fixture repeated with numbered paragraphs.
    pub fn text_of(words: usize) -> String {
        let per = ARTICLE.split_whitespace().count();
        let mut out = String::new();
        for i in 0..words.div_ceil(per) {
            out.push_str(&format!("Part {i}.\n\n"));
            out.push_str(ARTICLE);
            out.push_str("\n\n");
        }
        out
    }

    pub fn benches(c: &mut Criterion) {
        let summarizer = Summarizer::new(Options::default().with_max_sentences(3));
        let article = text_of(800);
        let article: String = article.split_inclusive(' ').take(800).collect();
        c.bench_function("summarize 800 words", |b| {
            b.iter(|| {
                summarizer
                    .summarize(std::hint::black_box(&article))
                    .unwrap()
            })
        });
        let mut group = c.benchmark_group("scaling");
        group.sample_size(10);
        for words in [10_000, 100_000, 1_000_000] {
            let text = text_of(words);
            group.throughput(Throughput::Elements(words as u64));
            group.bench_with_input(BenchmarkId::from_parameter(words), &text, |b, t| {
                b.iter(|| summarizer.summarize(t).unwrap())
            });
        }
        group.finish();
    }
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_group!(speed, native::benches);
#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(speed);

#[cfg(target_arch = "wasm32")]
fn main() {}
