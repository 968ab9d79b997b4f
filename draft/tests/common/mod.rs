//! The annotated test articles: each set is a folder of tests/ holding `NAME.txt` (the source)
//! beside `NAME.gold.json` (its quotes, speakers, figures, dates and sentences).

// Each test file that includes this module uses part of it.
#![allow(dead_code)]

use std::path::PathBuf;

/// The sets, in the order they were written: the one the rules were tuned on, then the sets
/// written by other hands after (docs/drafting.md).
pub const SETS: &[&str] = &[
    "articles", "held-out", "blind", "unseen", "fresh", "last", "next", "later", "recent",
    "newest", "latest", "current",
];

/// The folder of `set` and its articles' names, sorted.
pub fn articles(set: &str) -> (PathBuf, Vec<String>) {
    let folder = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(set);
    let mut names: Vec<String> = std::fs::read_dir(&folder)
        .unwrap_or_else(|err| panic!("{}: {err}", folder.display()))
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|n| n.strip_suffix(".gold.json").map(str::to_owned))
        .collect();
    names.sort();
    (folder, names)
}
