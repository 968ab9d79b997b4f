//! The segmenter chosen by measurement: on every test article's sentences (split by hand in their
//! gold files), the drafter's sentences (UAX #29 from unicode-segmentation, joined after the
//! language file's abbreviations and inside quotations) against Wikimedia's sentencex, which is
//! too large for the editor's wasm (253 KB brotli on its own). Prints each one's boundary F1
//! (`-- --nocapture`) and fails if the drafter's falls below sentencex's by more than 0.02.

mod common;

use std::collections::BTreeSet;

/// Where sentences end in `paragraph`, as byte offsets, for sentences found in it in order.
fn ends<'a>(paragraph: &str, sentences: impl Iterator<Item = &'a str>) -> BTreeSet<usize> {
    let mut from = 0;
    let mut found = BTreeSet::new();
    for sentence in sentences {
        let sentence = sentence.trim();
        if let Some(at) = paragraph[from..].find(sentence) {
            from += at + sentence.len();
            found.insert(from);
        }
    }
    found
}

fn f1(found: &BTreeSet<usize>, gold: &BTreeSet<usize>) -> (usize, usize, usize) {
    (found.intersection(gold).count(), found.len(), gold.len())
}

#[test]
fn the_drafter_s_sentences_are_as_good_as_sentencex_s() {
    let mut totals = [(0, 0, 0), (0, 0, 0)];
    let all = common::SETS.iter().flat_map(|set| {
        let (folder, names) = common::articles(set);
        names.into_iter().map(move |name| (folder.clone(), name))
    });
    for (folder, name) in all {
        let gold: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(folder.join(format!("{name}.gold.json"))).expect("gold"),
        )
        .expect("json");
        let language = gold["language"].as_str().unwrap_or("en");
        let source = std::fs::read_to_string(folder.join(format!("{name}.txt"))).expect("source");
        let gold_sentences: Vec<&str> = gold["sentences"]
            .as_array()
            .expect("sentences")
            .iter()
            .filter_map(|s| s.as_str())
            .collect();
        let ours = draft::sentences_of(&source, language);
        for paragraph in source.lines().map(str::trim).filter(|p| !p.is_empty()) {
            let in_paragraph = |s: &&str| paragraph.contains(s.trim());
            let gold_ends = ends(
                paragraph,
                gold_sentences.iter().copied().filter(in_paragraph),
            );
            if gold_ends.is_empty() {
                continue; // the headline or the dateline
            }
            let our_ends = ends(
                paragraph,
                ours.iter().map(String::as_str).filter(in_paragraph),
            );
            let theirs: Vec<String> = sentencex::segment(language, paragraph)
                .into_iter()
                .map(str::to_owned)
                .collect();
            let their_ends = ends(paragraph, theirs.iter().map(String::as_str));
            for (total, found) in totals.iter_mut().zip([our_ends, their_ends]) {
                let (hit, n, g) = f1(&found, &gold_ends);
                *total = (total.0 + hit, total.1 + n, total.2 + g);
            }
        }
    }
    let score = |(hit, n, g): (usize, usize, usize)| {
        let (p, r) = (hit as f64 / n as f64, hit as f64 / g as f64);
        2.0 * p * r / (p + r)
    };
    let (ours, theirs) = (score(totals[0]), score(totals[1]));
    println!("sentence boundaries, F1 against the gold: drafter (UAX #29 + abbreviations + quotations) {ours:.3} {:?}, sentencex {theirs:.3} {:?}", totals[0], totals[1]);
    assert!(
        ours >= theirs - 0.02,
        "the drafter's sentences {ours:.3} against sentencex's {theirs:.3}"
    );
}
