//! The values the wasm shares with the browser scripts, the style sheet and the pages have one
//! home, src/contract.rs, and this test holds every hand-written file to it. Not a table of who
//! uses what: it scans all of them.
//! - A script that uses a shared value declares it once, `const NAME = value;` (`var` in the
//!   ES5 scripts) under the contract's name and with its value, and writes it nowhere else, not
//!   even inside a selector; a page (HTML) never writes one; Rust writes one only in contract.rs.
//! - The style sheets' attribute selectors name only attributes of the contract or of the HTML
//!   the views render, and the base paints the contract's backgrounds.
//! - The HTML the views render carries what the scripts select on.
//! - live.js's options are typed (src/types.d.ts) with the keys src/live/mod.rs sets.

#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use explainer::contract::{self, NAMES, NUMBERS};

fn repo() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &str) -> String {
    let full = repo().join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|err| panic!("{}: {err}", full.display()))
}

/// Every hand-written file of `folders` (searched through) ending in one of `extensions`, as
/// paths from the repository's root. Built files, packages and the tests' own fixtures are not
/// in these folders.
fn files(folders: &[&str], extensions: &[&str]) -> Vec<String> {
    fn walk(dir: &Path, extensions: &[&str], found: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, extensions, found);
            } else if extensions
                .iter()
                .any(|ext| path.extension().is_some_and(|e| e == *ext))
            {
                found.push(path);
            }
        }
    }
    let mut found = Vec::new();
    for folder in folders {
        let path = repo().join(folder);
        if path.is_file() {
            found.push(path);
        } else {
            walk(&path, extensions, &mut found);
        }
    }
    let mut found: Vec<String> = found
        .iter()
        .map(|path| {
            path.strip_prefix(repo())
                .unwrap_or(path)
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    found.sort();
    found
}

/// The browser scripts: every hand-written one that is served.
fn scripts() -> Vec<String> {
    files(&["src", "editor/page", "embed-code"], &["js"])
}

/// JavaScript without its comments (each replaced by spaces, so that lines stay where they
/// are); strings and the rest are kept.
fn without_comments(code: &str) -> String {
    let chars: Vec<char> = code.chars().collect();
    let mut out = String::with_capacity(code.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        if c == '/' && next == Some('/') {
            while i < chars.len() && chars[i] != '\n' {
                out.push(' ');
                i += 1;
            }
        } else if c == '/' && next == Some('*') {
            let start = i;
            i += 2;
            while i < chars.len() && !(chars[i] == '*' && chars.get(i + 1) == Some(&'/')) {
                i += 1;
            }
            i = (i + 2).min(chars.len());
            out.extend(
                chars[start..i]
                    .iter()
                    .map(|c| if *c == '\n' { '\n' } else { ' ' }),
            );
        } else if matches!(c, '\'' | '"' | '`') {
            out.push(c);
            i += 1;
            while i < chars.len() && chars[i] != c && chars[i] != '\n' {
                if chars[i] == '\\' {
                    out.push(chars[i]);
                    i += 1;
                }
                if let Some(inner) = chars.get(i) {
                    out.push(*inner);
                }
                i += 1;
            }
            if let Some(end) = chars.get(i) {
                out.push(*end);
                i += 1;
            }
        } else {
            out.push(c);
            i += 1;
        }
    }
    out
}

/// A declaration line of a script: `const NAME = value;` or `var NAME = value;`, as (name,
/// value as written).
fn declaration(line: &str) -> Option<(&str, &str)> {
    let line = line.trim();
    let rest = ["const ", "var "]
        .iter()
        .find_map(|keyword| line.strip_prefix(keyword))?;
    let (name, value) = rest.split_once('=')?;
    let name = name.trim();
    if name.is_empty() || !name.chars().all(|c| c.is_ascii_uppercase() || c == '_') {
        return None;
    }
    Some((name, value.trim().strip_suffix(';')?.trim()))
}

/// A declared value read as the scripts write them: a quoted string, or a product of whole
/// numbers (`2 * 1024 * 1024`, `10_000`).
#[derive(Debug, PartialEq)]
enum Value {
    Text(String),
    Number(i64),
}

fn value_of(written: &str) -> Option<Value> {
    for quote in ['\'', '"'] {
        if let Some(text) = written
            .strip_prefix(quote)
            .and_then(|rest| rest.strip_suffix(quote))
        {
            return Some(Value::Text(text.to_owned()));
        }
    }
    written
        .split('*')
        .map(|factor| factor.trim().replace('_', "").parse::<i64>().ok())
        .product::<Option<i64>>()
        .map(Value::Number)
}

/// What is wrong with the shared values in one script (its text, comments left in).
fn script_problems(path: &str, text: &str) -> Vec<String> {
    let code = without_comments(text);
    let mut problems = Vec::new();
    let mut declared = BTreeSet::new();
    for (number, line) in code.lines().enumerate() {
        let place = format!("{path}:{}", number + 1);
        let declared_here = declaration(line);
        // A contract name declared: with the contract's value, once.
        if let Some((name, written)) = declared_here {
            let expected = NAMES
                .iter()
                .find(|(known, _)| *known == name)
                .map(|(_, text)| Value::Text((*text).to_owned()))
                .or_else(|| {
                    NUMBERS
                        .iter()
                        .find(|(known, _)| *known == name)
                        .map(|(_, number)| Value::Number(*number))
                });
            if let Some(expected) = expected {
                if value_of(written).as_ref() != Some(&expected) {
                    problems.push(format!(
                        "{place}: {name} is {written}; src/contract.rs says {expected:?}"
                    ));
                }
                if !declared.insert(name) {
                    problems.push(format!("{place}: {name} is declared twice"));
                }
            }
        }
        // A shared text anywhere else on the line: a second home.
        for (name, text) in NAMES {
            if !line.contains(text) {
                continue;
            }
            let is_its_declaration = declared_here.is_some_and(|(declared, written)| {
                declared == *name && value_of(written) == Some(Value::Text((*text).to_owned()))
            });
            if !is_its_declaration {
                problems.push(format!(
                    "{place}: '{text}' is written here; declare `const {name} = '{text}';` once and use {name}"
                ));
            }
        }
        // A shared number written out (in any of its spellings) but in its declaration.
        for (name, number) in NUMBERS.iter().filter(|(_, number)| *number > 1) {
            let spellings = number_spellings(*number);
            let written_here = tokens(line).any(|token| spellings.contains(&token));
            if written_here && declared_here.is_none_or(|(declared, _)| declared != *name) {
                problems.push(format!(
                    "{place}: {number} is written here; declare `const {name} = …;` once and use {name}"
                ));
            }
        }
    }
    problems
}

/// The ways a script may write a number: `10000`, `10_000`, and a product of its factors
/// `2 * 1024 * 1024` seen as the token `1024` when it is a power of 1024.
fn number_spellings(number: i64) -> Vec<String> {
    let plain = number.to_string();
    let grouped = {
        let digits: Vec<char> = plain.chars().collect();
        let mut grouped = String::new();
        for (index, digit) in digits.iter().enumerate() {
            if index > 0 && (digits.len() - index) % 3 == 0 {
                grouped.push('_');
            }
            grouped.push(*digit);
        }
        grouped
    };
    let mut spellings = vec![plain, grouped];
    if number % (1024 * 1024) == 0 {
        spellings.push("1024".to_owned());
    }
    spellings
}

/// The number-like tokens of a line.
fn tokens(line: &str) -> impl Iterator<Item = String> + '_ {
    line.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .filter(|token| token.starts_with(|c: char| c.is_ascii_digit()))
        .map(str::to_owned)
}

#[test]
fn every_script_declares_each_shared_value_once_and_writes_it_nowhere_else() {
    let scripts = scripts();
    assert!(
        scripts.len() >= 9,
        "the scan found too few scripts: {scripts:?}"
    );
    let problems: Vec<String> = scripts
        .iter()
        .flat_map(|path| script_problems(path, &read(path)))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn no_page_writes_a_shared_value() {
    let pages = files(&["index.html", "editor/page", "embed-code"], &["html"]);
    assert!(pages.len() >= 4, "the scan found too few pages: {pages:?}");
    let mut problems = Vec::new();
    for path in &pages {
        let text = read(path);
        for (name, value) in NAMES {
            if text.contains(value) {
                problems.push(format!(
                    "{path}: writes '{value}' ({name}); set it from a script that declares it"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Rust writes a shared value as text only in src/contract.rs; the views' attribute names (not
/// text) are held to the contract by the rendered HTML below.
#[test]
fn no_rust_file_but_the_contract_writes_a_shared_value_as_text() {
    let sources = files(&["src", "editor/src"], &["rs"]);
    let mut problems = Vec::new();
    for path in sources.iter().filter(|path| *path != "src/contract.rs") {
        for (number, line) in read(path).lines().enumerate() {
            if line.trim_start().starts_with("//") {
                continue;
            }
            let quoted: Vec<&str> = line.split('"').skip(1).step_by(2).collect();
            for (name, value) in NAMES {
                if quoted.iter().any(|text| text.contains(value)) {
                    problems.push(format!(
                        "{path}:{}: writes \"{value}\"; use contract::{name}",
                        number + 1
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_scan_finds_a_second_home_a_renamed_value_and_a_number_written_out() {
    let good = "const STATE_ATTRIBUTE = 'data-state';\n// data-state in a comment\nx.getAttribute(STATE_ATTRIBUTE);\n";
    assert_eq!(script_problems("good.js", good), Vec::<String>::new());
    let renamed = "const STATE_ATTRIBUTE = 'data-status';\n";
    assert_eq!(script_problems("renamed.js", renamed).len(), 1);
    let selector = "var SELECTOR = 'iframe[data-news-explainer]';\n";
    assert_eq!(script_problems("selector.js", selector).len(), 1);
    let twice = "const ROOT_ID = 'explainer-root';\nconst ROOT_ID = 'explainer-root';\n";
    assert_eq!(script_problems("twice.js", twice).len(), 1);
    let number = "const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;\nif (n > 2 * 1024 * 1024) {}\nsetTimeout(f, 10_000);\n";
    assert_eq!(script_problems("number.js", number).len(), 2);
    let wrong_number = "const FETCH_TIMEOUT_MS = 5_000;\n";
    assert_eq!(script_problems("wrong.js", wrong_number).len(), 1);
    let in_template = "const x = `main[data-state=\"ready\"]`; /* data-open */\n";
    assert_eq!(script_problems("template.js", in_template).len(), 1);
}

/// The bundled Paris article as the views render it (the publisher's prerender, in English).
fn rendered_paris() -> String {
    let json = read("articles/paris-summit.json");
    let article = article::parse_article(&json).unwrap_or_else(|err| panic!("{err}"));
    explainer::publish::prerender(article, explainer::i18n::english())
}

/// The elements of `html` as (tag, its attributes' text), roughly: enough to read classes and
/// attributes of the prerender, which writes every attribute in double quotes.
fn elements(html: &str) -> impl Iterator<Item = (&str, &str)> {
    html.split('<').skip(1).filter_map(|rest| {
        let tag_end = rest.find(['>', ' '])?;
        let attributes_end = rest.find('>')?;
        let tag = &rest[..tag_end];
        (!tag.starts_with('/')).then(|| (tag, &rest[tag_end..attributes_end]))
    })
}

fn classes(attributes: &str) -> Vec<&str> {
    attributes
        .split("class=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .map(|classes| classes.split_whitespace().collect())
        .unwrap_or_default()
}

/// What the scripts select on is in the HTML the views render, under the contract's names.
#[test]
fn the_views_render_what_the_scripts_select_on() {
    let html = rendered_paris();
    let (root_tag, root_class) = contract::ROOT_SELECTOR
        .split_once('.')
        .unwrap_or_else(|| panic!("ROOT_SELECTOR is tag.class"));
    let root = elements(&html)
        .find(|(tag, attributes)| *tag == root_tag && classes(attributes).contains(&root_class));
    let (_, root_attributes) =
        root.unwrap_or_else(|| panic!("no <{root_tag} class=\"{root_class}\"> rendered"));
    assert!(
        root_attributes.contains(&format!("{}=\"ready\"", contract::STATE_ATTRIBUTE)),
        "the root says its state in {}: {root_attributes}",
        contract::STATE_ATTRIBUTE
    );
    for (tag, attributes) in elements(&html) {
        if attributes.contains("aria-controls=\"") && tag == "button" {
            let id = attributes
                .split(" id=\"")
                .nth(1)
                .and_then(|rest| rest.split('"').next())
                .unwrap_or_default();
            assert!(
                id.ends_with(contract::SECTION_BUTTON_SUFFIX),
                "a section's button id {id:?} does not end in SECTION_BUTTON_SUFFIX"
            );
        }
    }
    // Every agreement's card and every key figure carries its id as its key.
    let json = read("articles/paris-summit.json");
    let article = article::parse_article(&json).unwrap_or_else(|err| panic!("{err}"));
    let ids: Vec<&str> = article
        .key_figures
        .iter()
        .map(|figure| figure.id.as_str())
        .chain(
            article
                .sections
                .iter()
                .flat_map(|section| &section.agreements)
                .map(|agreement| agreement.id.as_str()),
        )
        .collect();
    assert!(
        ids.len() >= 4,
        "the Paris article has figures and agreements"
    );
    for id in ids {
        let key = format!(" {}=\"{id}\"", contract::KEY_ATTRIBUTE);
        assert!(html.contains(&key), "nothing rendered with{key}");
    }
}

/// Every attribute the style sheets select on is one of the contract's or one the views render:
/// a rename on either side fails here rather than in a reader's browser.
#[test]
fn the_style_sheets_select_on_attributes_of_the_contract_or_the_views() {
    let html = rendered_paris();
    let shared: BTreeSet<&str> = NAMES.iter().map(|(_, value)| *value).collect();
    let mut problems = Vec::new();
    let mut seen = 0;
    for path in files(&["style", "src"], &["css"]) {
        let css = read(&path);
        for part in css.split(['[', '(']).skip(1) {
            let name: String = part
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect();
            if !name.starts_with("data-") {
                continue;
            }
            seen += 1;
            if !shared.contains(name.as_str()) && !html.contains(&format!(" {name}=\"")) {
                problems.push(format!(
                    "{path}: [{name}] is neither in src/contract.rs nor rendered by the views"
                ));
            }
        }
    }
    assert!(seen >= 3, "the style sheets select on data attributes");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_style_sheet_paints_the_backgrounds_the_theme_reckons_with() {
    let css = read("style/base.css");
    let declared = format!(
        "--ex-background: light-dark({}, {});",
        contract::LIGHT_BACKGROUND,
        contract::DARK_BACKGROUND
    );
    assert!(
        css.contains(&declared),
        "style/base.css must declare `{declared}` (src/contract.rs)"
    );
}

/// The property names of `interface` in src/types.d.ts.
fn interface_keys(types: &str, interface: &str) -> BTreeSet<String> {
    let start = types
        .find(&format!("export interface {interface} {{"))
        .unwrap_or_else(|| panic!("src/types.d.ts has no interface {interface}"));
    let body = &types[start..];
    let body = &body[body.find('{').unwrap_or(0) + 1..body.find("\n}").unwrap_or(body.len())];
    without_comments(body)
        .lines()
        .filter_map(|line| {
            let line = line.trim();
            let name: String = line
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            (!name.is_empty() && line[name.len()..].starts_with(['?', ':', '('])).then_some(name)
        })
        .collect()
}

#[test]
fn live_js_options_are_typed_with_the_keys_the_wasm_sets() {
    let types = read("src/types.d.ts");
    let as_set = |keys: &[&str]| keys.iter().map(|key| (*key).to_owned()).collect();
    assert_eq!(
        interface_keys(&types, "LiveOptions"),
        as_set(&contract::live::OPTIONS)
    );
}

/// Every class the scripts that mark what changed select on is one the views render: a class
/// renamed for styling fails here, not in a reader's update. src/changes/changes.js keeps them in
/// `SELECTORS`, and neither it, since.js nor live.js selects on a literal elsewhere.
#[test]
fn every_class_the_changes_are_found_by_is_rendered() {
    let html = rendered_paris();
    let rendered: BTreeSet<&str> = elements(&html)
        .flat_map(|(_, attributes)| classes(attributes))
        .collect();
    let script = read("src/changes/changes.js");
    let start = script
        .find("const SELECTORS = ")
        .unwrap_or_else(|| panic!("changes.js has no SELECTORS"));
    let end = start
        + script[start..]
            .find("\n};")
            .unwrap_or_else(|| panic!("changes.js's SELECTORS has no end"));
    // The quoted selectors only: the comments beside them name files (`contract.rs`).
    let quoted: String = script[start..end]
        .split('\'')
        .skip(1)
        .step_by(2)
        .collect::<Vec<_>>()
        .join(" ");
    let selected = classes_in(&quoted);
    assert!(
        selected.len() >= 5,
        "the classes changes.js selects on: {selected:?}"
    );
    let missing: Vec<&String> = selected
        .iter()
        .filter(|class| !rendered.contains(class.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "changes.js selects on classes the views do not render: {missing:?}"
    );
    for file in [
        "src/changes/changes.js",
        "src/changes/since.js",
        "src/live/live.js",
    ] {
        let script = read(file);
        for call in [
            "querySelector('",
            "querySelectorAll('",
            "matches('",
            "closest('",
        ] {
            assert!(
                !script.contains(call),
                "{file} selects with a literal ({call}…); name it in changes.js's SELECTORS"
            );
        }
    }
}

/// The class names (`.name`) in a piece of script.
fn classes_in(text: &str) -> BTreeSet<String> {
    text.split('.')
        .skip(1)
        .map(|rest| {
            rest.chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect::<String>()
        })
        .filter(|name| name.starts_with(|c: char| c.is_ascii_lowercase()))
        .collect()
}

/// src/changes/changes.js names an agreement's statuses by position in the language files'
/// `lifecycle` and `compliance` lists, as the wasm does (`Strings::lifecycle_label`): its
/// `LIFECYCLE` and `COMPLIANCE` are the content model's values, in the enums' order.
#[test]
fn the_changes_name_statuses_in_the_content_models_order() {
    let script = read("src/changes/changes.js");
    let list = |name: &str| -> Vec<String> {
        let start = script
            .find(&format!("export const {name} = ["))
            .unwrap_or_else(|| panic!("changes.js has no {name}"));
        let end = start + script[start..].find(']').expect("its end");
        script[start..end]
            .split('\'')
            .skip(1)
            .step_by(2)
            .map(str::to_owned)
            .collect()
    };
    // Each of the script's list, as long as the language file's, each value the content model's
    // at its own position (`position`: where the enum puts a value, if it is one).
    let in_order = |name: &str, labels: usize, position: &dyn Fn(&str) -> Option<usize>| {
        let values = list(name);
        assert_eq!(values.len(), labels, "{name}");
        for (index, value) in values.iter().enumerate() {
            assert_eq!(position(value), Some(index), "{name}: {value}");
        }
    };
    let english = explainer::i18n::english();
    in_order("LIFECYCLE", english.lifecycle().len(), &|value| {
        serde_json::from_value::<article::Lifecycle>(value.into())
            .ok()
            .map(|status| status as usize)
    });
    in_order("COMPLIANCE", english.compliance().len(), &|value| {
        serde_json::from_value::<article::Compliance>(value.into())
            .ok()
            .map(|status| status as usize)
    });
}
