//! `explainer-validate`: checks article files before publishing, with the widget's own rules.
//! A file is JSON, or ArchieML when its name ends in `.aml`, its problems then placed in it.
//!
//! Usage: `explainer-validate [--source SOURCE.txt] FILE…` or `explainer-validate -` (stdin,
//! JSON); `--schema` prints the JSON Schema; `--json FILE.aml` prints the article JSON an .aml
//! file reads as; `--archieml FILE` prints how any file reads as plain ArchieML (without the
//! article's rules), as JSON; `--to-archieml FILE.json` writes a JSON article as ArchieML that
//! reads back as the same JSON. With `--source`, every quote and evidence string must also be in
//! the source text word for word; each that is not is named with its path and the nearest
//! passage of the source.
//! Exit code: 0 every file is valid, 1 some file breaks the format or is not verbatim, 2 some
//! file is unusable (unreadable, empty, not JSON or ArchieML) or the arguments are wrong.

use std::io::Read;
use std::process::ExitCode;

use article::{not_verbatim, read_aml, read_article_file};

const USAGE: &str = "usage: explainer-validate [--source SOURCE.txt] FILE… | -
       explainer-validate --json FILE.aml | --archieml FILE | --to-archieml FILE.json | --schema";

/// How bad one file is; the worst decides the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Verdict {
    Valid = 0,
    Invalid = 1,
    Unusable = 2,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.is_empty() || args.iter().any(|a| a == "-h" || a == "--help") {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    if args.iter().any(|a| a == "--schema") {
        #[cfg(feature = "schema")]
        {
            print!("{}", article::schema::json_schema());
            return ExitCode::SUCCESS;
        }
        #[cfg(not(feature = "schema"))]
        {
            eprintln!("explainer-validate: built without the `schema` feature");
            return ExitCode::from(2);
        }
    }
    if let Some(at) = args.iter().position(|a| a == "--to-archieml") {
        let Some(path) = args.get(at + 1) else {
            eprintln!("explainer-validate: --to-archieml needs a file\n{USAGE}");
            return ExitCode::from(2);
        };
        return print_as_archieml(path);
    }
    for (flag, article_rules) in [("--archieml", false), ("--json", true)] {
        if let Some(at) = args.iter().position(|a| a == flag) {
            let files = [&args[..at], &args[at + 1..]].concat();
            if files.is_empty() {
                eprintln!("explainer-validate: {flag} needs a file\n{USAGE}");
                return ExitCode::from(2);
            }
            let worst = files
                .iter()
                .map(|path| print_reading(path, article_rules))
                .max();
            return ExitCode::from(worst.unwrap_or(0));
        }
    }
    let (source, files) = match args.iter().position(|a| a == "--source") {
        Some(at) => match args.get(at + 1) {
            Some(path) => (Some(path.clone()), [&args[..at], &args[at + 2..]].concat()),
            None => {
                eprintln!("explainer-validate: --source needs a file\n{USAGE}");
                return ExitCode::from(2);
            }
        },
        None => (None, args),
    };
    let source = match source.map(|path| std::fs::read_to_string(&path).map(|text| (path, text))) {
        Some(Ok(source)) => Some(source),
        Some(Err(err)) => {
            eprintln!("explainer-validate: cannot read the source text: {err}");
            return ExitCode::from(2);
        }
        None => None,
    };
    if files.is_empty() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let worst = files
        .iter()
        .map(|path| check(path, source.as_ref()))
        .max()
        .unwrap_or(Verdict::Valid);
    ExitCode::from(worst as u8)
}

/// Validates one file (or stdin for `-`), and holds it to the source text when there is one;
/// prints what it found.
fn check(path: &str, source: Option<&(String, String)>) -> Verdict {
    let name = if path == "-" { "<stdin>" } else { path };
    let text = if path == "-" {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text).map(|_| text)
    } else {
        std::fs::read_to_string(path)
    };
    let text = match text {
        Ok(text) => text,
        Err(err) => {
            eprintln!("{name}: cannot read: {err}");
            return Verdict::Unusable;
        }
    };
    match read_article_file(name, &text) {
        Ok(file) => {
            let article = &file.article;
            let Some((source_name, source)) = source else {
                println!(
                    "{name}: valid ({} sections, schemaVersion {})",
                    article.sections.len(),
                    article.schema_version
                );
                return Verdict::Valid;
            };
            let found = not_verbatim(article, source);
            if found.is_empty() {
                println!("{name}: valid, every quote and evidence verbatim in {source_name}");
                return Verdict::Valid;
            }
            eprintln!("{}", file.verbatim_report(name, source_name, &found));
            Verdict::Invalid
        }
        Err((report, code)) => {
            eprintln!("{report}");
            if code == 1 {
                Verdict::Invalid
            } else {
                Verdict::Unusable
            }
        }
    }
}

/// Prints how a file reads as ArchieML, as JSON: plainly (the official suite's form), or as the
/// article JSON an .aml article stands for, placed problems and all (`article_rules`). Returns
/// the exit code.
fn print_reading(path: &str, article_rules: bool) -> u8 {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(err) => {
            eprintln!("{path}: cannot read: {err}");
            return 2;
        }
    };
    let aml = match read_aml(&text) {
        Ok(aml) => aml,
        Err(err) => {
            let archieml::Place { line, column } = err.place;
            eprintln!("{path}:{line}:{column}: not ArchieML: {}", err.message);
            return 2;
        }
    };
    print!("{}", aml.json());
    if article_rules {
        if let Err(err) = aml.article() {
            eprintln!("{}", aml.report(path, &err));
            return err.exit_code();
        }
    }
    0
}
/// Prints a JSON file as ArchieML that reads back as the same JSON, or names what ArchieML
/// cannot hold.
fn print_as_archieml(path: &str) -> ExitCode {
    let written = std::fs::read_to_string(path)
        .map_err(|err| format!("cannot read: {err}"))
        .and_then(|text| archieml::from_json_text(&text).map_err(|err| format!("not JSON: {err}")))
        .and_then(|value| archieml::write(&value));
    match written {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(problem) => {
            eprintln!("{path}: {problem}");
            ExitCode::from(2)
        }
    }
}
