//! `explainer-validate`: checks article JSON files before publishing, with the widget's own rules.
//!
//! Usage: `explainer-validate FILE…` or `explainer-validate -` (stdin); `--schema` prints the JSON Schema.
//! Exit code: 0 every file is valid, 1 some file breaks the format, 2 some file is unusable
//! (unreadable, empty or not JSON) or the arguments are wrong.

use std::io::Read;
use std::process::ExitCode;

use article::parse_article;

const USAGE: &str = "usage: explainer-validate FILE… | -   (or --schema to print the JSON Schema)";

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
    let worst = args
        .iter()
        .map(|path| check(path))
        .max()
        .unwrap_or(Verdict::Valid);
    ExitCode::from(worst as u8)
}

/// Validates one file (or stdin for `-`) and prints what it found.
fn check(path: &str) -> Verdict {
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
            println!(
                "{name}: valid ({} sections, schemaVersion {})",
                article.sections.len(),
                article.schema_version
            );
            Verdict::Valid
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
