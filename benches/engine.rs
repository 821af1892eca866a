//! Content load and validation (the built-in catalogue and one 20 times larger) and rule
//! evaluation (one household, and 10,000 households), with criterion.

#![allow(clippy::unwrap_used, clippy::expect_used)] // a benchmark may stop at the first surprise
#![allow(clippy::cast_possible_truncation, clippy::cast_precision_loss)] // figures for people

use std::hint::black_box;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use rechtenwijzer::builtin;
use rechtenwijzer_core::check;
use rechtenwijzer_core::content::source::SourceTree;
use rechtenwijzer_core::content::{self, Content, FactKind};
use rechtenwijzer_core::model::answers::{Answer, Answers, Value};
use rechtenwijzer_core::model::date::Date;
use rechtenwijzer_core::rules;

/// The built-in catalogue with every right copied `times` times under new ids.
fn larger(times: usize) -> SourceTree {
    let base = builtin::content_sources();
    let mut tree = base.clone();
    let rights: Vec<_> = base.files.iter().filter(|f| f.relative.starts_with("rights/")).cloned().collect();
    let ids: Vec<String> =
        rights.iter().map(|f| f.relative.trim_start_matches("rights/").trim_end_matches(".toml").to_string()).collect();
    for copy in 1..times {
        for file in &rights {
            let mut text = file.text.to_string();
            // Rename the right and every right it consults, so each copy is a whole catalogue.
            for id in &ids {
                text = text
                    .replace(&format!("\"{id}\""), &format!("\"{id}-copy{copy}\""))
                    .replace(&format!("status({id})"), &format!("status({id}-copy{copy})"));
            }
            let name = file.relative.replace(".toml", &format!("-copy{copy}.toml"));
            tree.insert(&name, text);
        }
    }
    tree
}

fn households(content: &Content, count: usize) -> Vec<Answers> {
    // A simple deterministic generator: every fact known, values spread over their range.
    let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    (0..count)
        .map(|_| {
            let mut answers = Answers::new(content.facts.len());
            for (index, fact) in content.facts.iter().enumerate() {
                let r = next();
                let value = match &fact.kind {
                    FactKind::Integer { min, max } => {
                        let low = min.unwrap_or(0);
                        let high = max.unwrap_or(60_000).min(60_000).max(low);
                        Value::Integer(low + (r % (high - low + 1) as u64) as i64)
                    }
                    FactKind::YesNo => Value::YesNo(r % 2 == 0),
                    FactKind::Choice(values) => Value::Choice((r % values.len() as u64) as u8),
                    FactKind::Set(values) => Value::Set(r & ((1u64 << values.len()) - 1)),
                };
                if r % 7 != 0 {
                    answers.set(index, Answer::Known(value));
                }
            }
            answers
        })
        .collect()
}

fn benches(c: &mut Criterion) {
    let day = Date::new(2026, 11, 28).unwrap_or(Date { year: 2026, month: 11, day: 28 });
    let built_in = builtin::content_sources();
    let twenty = larger(20);
    let locales = builtin::locale_sources();
    c.bench_function("decode the compiled content (after the first frame)", |b| {
        b.iter(|| black_box(builtin::decode_content().rights.len()))
    });
    c.bench_function("decode the languages' manifest (start-up)", |b| {
        b.iter(|| black_box(builtin::load().map(|b| b.locales.locales.len())))
    });
    c.bench_function("load content (built in)", |b| b.iter(|| black_box(content::load(black_box(&built_in)))));
    c.bench_function("load content (20x larger)", |b| b.iter(|| black_box(content::load(black_box(&twenty)))));
    c.bench_function("check content and 8 locales (built in)", |b| {
        b.iter(|| black_box(check::run(&built_in, &locales, Vec::new())))
    });
    let loaded = content::load(&built_in);
    let content = &loaded.content;
    let one = households(content, 1).remove(0);
    c.bench_function("evaluate every right, one household", |b| {
        b.iter(|| black_box(rules::evaluate(content, black_box(&one), day)))
    });
    let many = households(content, 10_000);
    let mut group = c.benchmark_group("evaluate every right, 10,000 households");
    group.sample_size(10);
    group.bench_function("all", |b| {
        b.iter_batched(
            || (),
            |()| many.iter().map(|answers| rules::evaluate(content, answers, day).outcomes.len()).sum::<usize>(),
            BatchSize::SmallInput,
        )
    });
    group.finish();
}

criterion_group!(engine, benches);
criterion_main!(engine);
