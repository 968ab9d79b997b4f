//! What the publisher's tests share (tests/publish.rs, tests/history.rs): a built widget's page
//! to publish beside, the Paris article, and the publisher run as editors run it.

#![allow(dead_code)] // each test file uses its part

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A built widget's page as trunk writes it: hashed files under `./`, the no-script line.
pub const TEMPLATE: &str = r#"<!doctype html>
<html lang="en">
  <head>
    <title>News explainer</title>
    <script type="module" src="./explainer-0123.js" data-wasm="./explainer-4567_bg.wasm" integrity="sha384-x"></script>
    <link rel="stylesheet" href="./main-89ab.css"/>
    <link rel="preload" href="./explainer-4567_bg.wasm" as="fetch" type="application/wasm" crossorigin=""/>
  </head>
  <body>
    <noscript>
      <p>This explainer needs JavaScript to show its content.</p>
    </noscript>
  </body>
</html>
"#;

pub const PARIS: &str = include_str!("../../articles/paris-summit.json");
pub const BASE: &str = "https://news.example/explainers/";

/// A fresh folder holding `dist/index.html`, for one test.
pub fn workspace(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("explainer-publish-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("dist")).expect("temporary folder");
    std::fs::write(dir.join("dist/index.html"), TEMPLATE).expect("template");
    dir
}

/// The publisher run in `dir` with `args`.
pub fn publish(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_explainer-publish"))
        .current_dir(dir)
        .args(args)
        .output()
        .expect("the publisher runs")
}

/// A file's text, or the test fails naming it.
pub fn read(path: PathBuf) -> String {
    std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}
