//! The widget's modules depend on each other in one direction: no import circle among the
//! top-level modules of src/ (`crate::a` in a file of `b` is an edge b → a), so each can be read
//! with only what is below it in mind (docs/architecture.md draws the order).

#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The top-level modules each top-level module of src/ names (`crate::name`), comments aside.
fn edges() -> BTreeMap<String, BTreeSet<String>> {
    fn walk(dir: &Path, module: Option<&str>, edges: &mut BTreeMap<String, BTreeSet<String>>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = path
                .file_stem()
                .and_then(|stem| stem.to_str())
                .unwrap_or_default()
                .to_owned();
            let owner = module.map(str::to_owned).unwrap_or(name.clone());
            if path.is_dir() {
                if name != "bin" {
                    walk(&path, Some(&owner), edges);
                }
                continue;
            }
            if path.extension().is_none_or(|ext| ext != "rs")
                || ["lib", "main"].contains(&owner.as_str())
            {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            for line in text
                .lines()
                .filter(|line| !line.trim_start().starts_with("//"))
            {
                for used in line.split("crate::").skip(1) {
                    let target: String = used
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect();
                    if !target.is_empty() && target != owner {
                        edges.entry(owner.clone()).or_default().insert(target);
                    }
                }
            }
        }
    }
    let mut edges = BTreeMap::new();
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        None,
        &mut edges,
    );
    edges
}

/// A circle in `edges`, if there is one, as the modules along it.
fn circle(edges: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        module: &str,
        edges: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|seen| seen == module) {
            let mut found = path[at..].to_vec();
            found.push(module.to_owned());
            return Some(found);
        }
        if !done.insert(module.to_owned()) {
            return None;
        }
        path.push(module.to_owned());
        for next in edges.get(module).into_iter().flatten() {
            if let Some(found) = visit(next, edges, path, done) {
                return Some(found);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    edges
        .keys()
        .find_map(|module| visit(module, edges, &mut Vec::new(), &mut done))
}

#[test]
fn no_module_of_the_widget_imports_one_that_imports_it() {
    let edges = edges();
    assert!(edges.len() >= 6, "the modules read: {edges:?}");
    if let Some(found) = circle(&edges) {
        panic!("an import circle: {}", found.join(" → "));
    }
}

#[test]
fn a_circle_is_found() {
    let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    edges.entry("a".into()).or_default().insert("b".into());
    edges.entry("b".into()).or_default().insert("c".into());
    assert_eq!(circle(&edges), None);
    edges.entry("c".into()).or_default().insert("a".into());
    assert_eq!(circle(&edges).map(|found| found.len()), Some(4));
}
