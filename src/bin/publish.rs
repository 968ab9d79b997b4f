//! `explainer-publish`: a published page for each article, prerendered by the widget's own
//! components, which the browser then takes over (hydration).
//!
//! Usage: `explainer-publish [--dist DIR] [--out DIR] FILE…`. For each article it writes
//! `OUT/<article id>/index.html` (the built widget's page from `DIST/index.html`, its hashed
//! files shared, with the explainer rendered in and the article inline as a data block) and
//! `OUT/<article id>/article.json`. Every file is checked first, with the validator's messages:
//! nothing is written unless all are valid. Exit code: 0 written, 1 an article breaks the
//! format, 2 a file is unusable or the arguments are wrong.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use article::{parse_article, Article, ArticleError};
use explainer::publish::{data_block_text, prerender, DATA_ID, ROOT_ID};

const USAGE: &str = "usage: explainer-publish [--dist DIR] [--out DIR] FILE…";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (mut dist, mut out, mut files) = (PathBuf::from("dist"), None, Vec::new());
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--dist" => dist = args.next().map(PathBuf::from).unwrap_or_default(),
            "--out" => out = args.next().map(PathBuf::from),
            "-h" | "--help" => return usage(),
            _ => files.push(arg),
        }
    }
    if files.is_empty() || dist.as_os_str().is_empty() {
        return usage();
    }
    let out = out.unwrap_or_else(|| dist.clone());
    let template = match std::fs::read_to_string(dist.join("index.html")) {
        Ok(template) => template,
        Err(err) => {
            eprintln!(
                "{}: cannot read the built widget's page: {err} (run `make build` first)",
                dist.join("index.html").display()
            );
            return ExitCode::from(2);
        }
    };

    // Every article is read and checked before anything is written.
    let mut articles = Vec::new();
    let mut worst = 0u8;
    for path in &files {
        match read(path) {
            Ok(read) => articles.push(read),
            Err(code) => worst = worst.max(code),
        }
    }
    if worst > 0 {
        eprintln!("explainer-publish: nothing written");
        return ExitCode::from(worst);
    }
    for (path, text, article) in articles {
        let folder = out.join(&article.id);
        let page = page(&template, &article, &text);
        let written = std::fs::create_dir_all(&folder)
            .and_then(|()| std::fs::write(folder.join("article.json"), &text))
            .and_then(|()| std::fs::write(folder.join("index.html"), page));
        if let Err(err) = written {
            eprintln!("{}: cannot write: {err}", folder.display());
            return ExitCode::from(2);
        }
        println!("{path}: published in {}", folder.display());
    }
    ExitCode::SUCCESS
}

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
}

/// The file's text and article, or the exit code its problem calls for (the message printed).
fn read(path: &str) -> Result<(String, String, Article), u8> {
    let text = std::fs::read_to_string(Path::new(path)).map_err(|err| {
        eprintln!("{path}: cannot read: {err}");
        2
    })?;
    match parse_article(&text) {
        Ok(article) => Ok((path.to_owned(), text, article)),
        Err(err) => {
            eprintln!("{path}: {err}");
            Err(match err {
                ArticleError::Invalid(_)
                | ArticleError::Shape { .. }
                | ArticleError::UnsupportedVersion { .. } => 1,
                _ => 2,
            })
        }
    }
}

/// The built widget's page, made the article's own: its language, title and description, its
/// files one folder up, the explainer rendered in, the article as a data block, and a
/// stylesheet that opens every section when no script runs.
fn page(template: &str, article: &Article, json: &str) -> String {
    let title = escape(&article.headline);
    let description = escape(&article.description);
    let mut head = format!(
        "<meta name=\"description\" content=\"{description}\" />\n    \
         <meta property=\"og:type\" content=\"article\" />\n    \
         <meta property=\"og:title\" content=\"{title}\" />\n    \
         <meta property=\"og:description\" content=\"{description}\" />\n    \
         <noscript><link rel=\"stylesheet\" href=\"../nojs.css\" /></noscript>\n  "
    );
    if let Some(url) = &article.url {
        head.insert_str(
            0,
            &format!("<link rel=\"canonical\" href=\"{}\" />\n    ", escape(url)),
        );
    }
    let body = format!(
        "<div id=\"{ROOT_ID}\">{}</div>\n    <script type=\"application/json\" id=\"{DATA_ID}\">{}</script>",
        prerender(article.clone()),
        data_block_text(json)
    );
    let mut page = template
        .replacen(
            "<html lang=\"en\">",
            &format!("<html lang=\"{}\">", escape(&article.in_language)),
            1,
        )
        .replacen(
            "<title>News explainer</title>",
            &format!("<title>{title}</title>"),
            1,
        )
        .replace("=\"./", "=\"../")
        .replacen("</head>", &format!("{head}</head>"), 1);
    // The page needs no script to be read: the "needs JavaScript" line gives way to the explainer.
    match (page.find("<noscript>\n"), page.rfind("</noscript>")) {
        (Some(start), Some(end)) if start < end => {
            page.replace_range(start..end + "</noscript>".len(), &body)
        }
        _ => page = page.replacen("</body>", &format!("{body}\n  </body>"), 1),
    }
    page
}

/// Text for an attribute value or an element: `&`, `<`, `>` and `"` escaped.
fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
