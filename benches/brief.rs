//! Brief export performance (issue targets in brackets), for a design with
//! 20 similar models: the self-contained HTML with its embedded PNG figures
//! (≤ 200 ms) and the PDF (≤ 1 s), each from the design to the finished bytes.
//!
//! `cargo bench --bench brief`

use criterion::{Criterion, criterion_group, criterion_main};
use peermap::corpus::bundled_models;
use peermap::design;
use peermap::export::{BriefFormat, BriefRequest, render};
use peermap::similarity::SimilarityIndex;
use std::hint::black_box;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

fn request() -> BriefRequest {
    let example =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/examples/hospital-navigation.peermap.json");
    let design = design::load(&example).expect("the example loads");
    BriefRequest::new(design, Arc::new(SimilarityIndex::new(bundled_models().to_vec())), Default::default())
}

fn brief_export(c: &mut Criterion) {
    let request = request();
    assert_eq!(request.brief().similar.len(), 20, "the benchmark needs 20 similar models");
    let mut group = c.benchmark_group("brief");
    group.sample_size(10).measurement_time(Duration::from_secs(10));
    for (name, format, file) in
        [("html_with_figures", BriefFormat::Html, "b.html"), ("pdf", BriefFormat::Pdf, "b.pdf")]
    {
        group.bench_function(name, |b| {
            b.iter(|| black_box(render(&request, format, Path::new(file)).expect("renders")))
        });
    }
    group.finish();
}

criterion_group!(benches, brief_export);
criterion_main!(benches);
