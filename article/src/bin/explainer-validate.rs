//! `explainer-validate`: checks article JSON files before publishing, with the widget's own rules.
//!
//! Usage: `explainer-validate [--source SOURCE.txt] FILE…` or `explainer-validate -` (stdin);
//! `--schema` prints the JSON Schema. With `--source`, every quote and evidence string must also
//! be in the source text word for word; each that is not is named with its path and the
//! nearest passage of the source.
//! Exit code: 0 every file is valid, 1 some file breaks the format or is not verbatim, 2 some
//! file is unusable (unreadable, empty or not JSON) or the arguments are wrong.

use std::io::Read;
use std::process::ExitCode;

use article::{not_verbatim, parse_article, verbatim_report};

const USAGE: &str =
    "usage: explainer-validate [--source SOURCE.txt] FILE… | -   (or --schema to print the JSON Schema)";

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
    match parse_article(&text) {
        Ok(article) => {
            let Some((source_name, source)) = source else {
                println!(
                    "{name}: valid ({} sections, schemaVersion {})",
                    article.sections.len(),
                    article.schema_version
                );
                return Verdict::Valid;
            };
            let found = not_verbatim(&article, source);
            if found.is_empty() {
                println!("{name}: valid, every quote and evidence verbatim in {source_name}");
                return Verdict::Valid;
            }
            eprintln!("{}", verbatim_report(name, source_name, &found));
            Verdict::Invalid
        }
        Err(err) => {
            eprintln!("{}", err.report(name));
            if err.exit_code() == 1 {
                Verdict::Invalid
            } else {
                Verdict::Unusable
            }
        }
    }
}
