//! The official ArchieML 1.0 conformance suite (`tests/official-1.0/`, Apache-2.0, kept with its
//! licence): every file reads as its `result:` line says, once its `test:` and `result:` keys are
//! set aside.

use std::path::PathBuf;

fn suite() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/official-1.0")
}

#[test]
fn every_file_of_the_official_suite_reads_as_its_result() {
    let mut files: Vec<PathBuf> = std::fs::read_dir(suite())
        .expect("archieml/tests/official-1.0 (the suite, in the repository)")
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "aml"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 181, "the suite has 181 files");
    let mut failed = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("readable");
        let read = match archieml::parse(&text) {
            Ok(value) => value.to_json(),
            Err(err) => {
                failed.push(format!("{}: {err}", file.display()));
                continue;
            }
        };
        let mut read = read.as_object().cloned().expect("an object");
        let expected = read
            .remove("result")
            .and_then(|r| r.as_str().map(str::to_owned));
        read.remove("test");
        let expected: serde_json::Value =
            serde_json::from_str(&expected.expect("a result: line")).expect("the result is JSON");
        if serde_json::Value::Object(read.clone()) != expected {
            failed.push(format!(
                "{}:\n  read     {}\n  expected {expected}",
                file.file_name().unwrap_or_default().to_string_lossy(),
                serde_json::Value::Object(read)
            ));
        }
    }
    assert!(
        failed.is_empty(),
        "{} of {} failed:\n{}",
        failed.len(),
        files.len(),
        failed.join("\n")
    );
}
