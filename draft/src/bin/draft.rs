//! `explainer-draft SOURCE.txt [--published YYYY-MM-DD] [--language TAG] [--aml]`: prints the
//! draft explainer of a source article as JSON (or ArchieML). Exit 2 on unreadable, empty,
//! binary or oversized input and on bad options.

use std::process::ExitCode;

use draft::{draft, source_text, Day, Options, MAX_SOURCE_BYTES};

const USAGE: &str =
    "usage: explainer-draft SOURCE.txt [--published YYYY-MM-DD] [--language en|fr|de] [--aml]";

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("explainer-draft: {message}");
            ExitCode::from(2)
        }
    }
}

fn run(args: Vec<String>) -> Result<(), String> {
    let mut options = Options::default();
    let mut path = None;
    let mut aml = false;
    let mut args = args.into_iter();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--published" => {
                options.published = Some(
                    args.next()
                        .ok_or(format!("--published needs a date\n{USAGE}"))?,
                )
            }
            "--language" => {
                options.language = Some(
                    args.next()
                        .ok_or(format!("--language needs a tag\n{USAGE}"))?,
                )
            }
            "--aml" => aml = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return Ok(());
            }
            _ if arg.starts_with('-') && arg != "-" => {
                return Err(format!("unknown option {arg}\n{USAGE}"))
            }
            _ if path.is_none() => path = Some(arg),
            _ => return Err(format!("one source at a time\n{USAGE}")),
        }
    }
    let path = path.ok_or(USAGE.to_owned())?;
    let bytes = read_capped(&path)?;
    let text = source_text(&bytes).map_err(|err| format!("{path}: {err}"))?;
    if options.published.is_none() {
        options.today = Some(today().iso());
    }
    let drafted = draft(text, &options).map_err(|err| format!("{path}: {err}"))?;
    let out = if aml {
        drafted.archieml().map_err(|err| format!("{path}: {err}"))?
    } else {
        drafted.json()
    };
    print!("{out}");
    Ok(())
}

/// The file's bytes, reading no more than one byte past the cap.
fn read_capped(path: &str) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(|err| format!("cannot read {path}: {err}"))?;
    let mut bytes = Vec::new();
    file.take(MAX_SOURCE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|err| format!("cannot read {path}: {err}"))?;
    Ok(bytes)
}

/// Today in UTC, from the system clock.
fn today() -> Day {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Day::EPOCH.plus((seconds / 86_400) as i64)
}
