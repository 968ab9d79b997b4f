//! `explainer-publish`: a published page for each article, prerendered by the widget's own
//! components, which the browser then takes over (hydration).
//!
//! Usage: `explainer-publish [--dist DIR] [--out DIR] [--base URL [--provider NAME]] FILE…`.
//! For each article it writes `OUT/<article id>/index.html` (the built widget's page from
//! `DIST/index.html`, its hashed files shared, with the explainer rendered in and the article
//! inline as a data block) and `OUT/<article id>/article.json`; given `--base`, the public
//! address of OUT, also `OUT/<article id>/oembed.json`, which the page links to for discovery.
//! A file is JSON, or ArchieML when its name ends in `.aml` (the page then carries the JSON it
//! reads as). Every file is checked first, with the validator's messages:
//! nothing is written unless all are valid. Exit code: 0 written, 1 an article breaks the
//! format, 2 a file is unusable or the arguments are wrong.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use article::{not_verbatim, read_article_file, Article};
use explainer::publish::history::{
    self, Feed, FeedEntry, History, ATOM_FEED_FILE, HISTORY_FILE, JSON_FEED_FILE,
};
use explainer::publish::{compact_json, data_block_text, hub, oembed, page, Site};

const USAGE: &str =
    "usage: explainer-publish [--dist DIR] [--out DIR] [--base URL [--provider NAME]] FILE…";
/// oEmbed's `provider_name` when `--provider` is not given.
const DEFAULT_PROVIDER: &str = "News explainer";
/// The hub's interface language.
const HUB_LANGUAGE: &str = "en";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (mut dist, mut out, mut files) = (PathBuf::from("dist"), None, Vec::new());
    let (mut base, mut provider) = (None, DEFAULT_PROVIDER.to_owned());
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--dist" => dist = args.next().map(PathBuf::from).unwrap_or_default(),
            "--out" => out = args.next().map(PathBuf::from),
            "--base" => base = Some(args.next().unwrap_or_default()),
            "--provider" => provider = args.next().unwrap_or_default(),
            "-h" | "--help" => return usage(),
            _ => files.push(arg),
        }
    }
    if files.is_empty() || dist.as_os_str().is_empty() {
        return usage();
    }
    let site = match base.map(|base| public_base(&base)) {
        None => None,
        Some(Ok(base)) => Some(Site {
            base,
            provider: provider.clone(),
        }),
        Some(Err(message)) => {
            eprintln!("explainer-publish: --base {message}");
            return ExitCode::from(2);
        }
    };
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
    // Every page made before any is written: a template trunk no longer writes as expected
    // stops the batch with nothing written.
    let mut pages = Vec::with_capacity(articles.len());
    for (path, text, article) in articles {
        match page(&template, site.as_ref(), &article, &text) {
            Ok(page) => pages.push((path, text, article, page)),
            Err(err) => {
                eprintln!("explainer-publish: {err}\nexplainer-publish: nothing written");
                return ExitCode::from(2);
            }
        }
    }
    // Each article's history, with what this version changed since the one already in OUT:
    // all compared before anything is written.
    let now = history::now();
    let mut published = Vec::with_capacity(pages.len());
    for (path, text, article, page) in pages {
        let folder = out.join(&article.id);
        // The data block's text, byte for byte: a live page's first check of it then finds the
        // same text, with no parse (src/live/mod.rs).
        let text = data_block_text(&compact_json(&text));
        let previous = std::fs::read_to_string(folder.join("article.json")).ok();
        let recorded = History::read(&folder).and_then(|mut history| {
            let added = history.record(&article, &text, previous.as_deref(), &now)?;
            Ok((history, added))
        });
        match recorded {
            Ok((history, added)) => published.push((path, text, article, page, history, added)),
            Err(err) => {
                eprintln!("{path}: {err}\nexplainer-publish: nothing written");
                return ExitCode::from(2);
            }
        }
    }
    for (path, text, article, page, history, added) in published {
        let folder = out.join(&article.id);
        let feed = article_feed(&article, &history, site.as_ref(), &provider);
        let written = std::fs::create_dir_all(&folder)
            .and_then(|()| std::fs::write(folder.join("article.json"), &text))
            .and_then(|()| std::fs::write(folder.join("index.html"), page))
            .and_then(|()| match &site {
                Some(site) => std::fs::write(folder.join("oembed.json"), oembed(site, &article)),
                None => Ok(()),
            })
            .and_then(|()| std::fs::write(folder.join(HISTORY_FILE), history.to_text()))
            .and_then(|()| std::fs::write(folder.join(JSON_FEED_FILE), feed.json()))
            .and_then(|()| std::fs::write(folder.join(ATOM_FEED_FILE), feed.atom()));
        if let Err(err) = written {
            eprintln!("{}: cannot write: {err}", folder.display());
            return ExitCode::from(2);
        }
        let change = if added { "" } else { " (nothing changed)" };
        println!("{path}: published in {}{change}", folder.display());
    }
    match write_hub(&out, &dist, &template, site.as_ref(), &provider) {
        Ok(hub) => {
            println!("hub: {}", hub.display());
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("explainer-publish: the hub: {err}");
            ExitCode::from(2)
        }
    }
}

/// The feed of one article's changes.
fn article_feed<'a>(
    article: &Article,
    history: &'a History,
    site: Option<&Site>,
    provider: &str,
) -> Feed<'a> {
    let page = site.map(|site| site.page_url(article));
    Feed {
        id: format!("urn:news-explainer:{}", article.id),
        title: article.headline.clone(),
        language: article.in_language.clone(),
        address: page.clone(),
        author: article
            .publisher
            .as_ref()
            .map_or_else(|| provider.to_owned(), |party| party.name.clone()),
        entries: history
            .entries
            .iter()
            .map(|entry| FeedEntry {
                entry,
                title: entry.title.clone(),
                page: page.clone(),
            })
            .collect(),
        page,
    }
}

/// The hub of every explainer in `out`, with its feeds: `OUT/index.html`, or `OUT/hub.html`
/// where `OUT/index.html` is the built widget's own page (publishing into DIST).
fn write_hub(
    out: &Path,
    dist: &Path,
    template: &str,
    site: Option<&Site>,
    provider: &str,
) -> Result<PathBuf, String> {
    let listed = hub::published_in(out)?;
    // The widget's stylesheet, which the build put beside the pages' folders.
    let stylesheet = template
        .split("href=\"./")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .find(|href| href.ends_with(".css") && href.starts_with("main"))
        .map(|href| format!("./{href}"));
    let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    };
    let name = if same(out, dist) {
        "hub.html"
    } else {
        "index.html"
    };
    let hub_path = out.join(name);
    let base = site.map(|site| site.base.as_str());
    let feed = hub::hub_feed(&listed, HUB_LANGUAGE, base, provider);
    let write = |path: PathBuf, text: String| {
        std::fs::write(&path, text)
            .map_err(|err| format!("{}: cannot write: {err}", path.display()))
    };
    write(
        hub_path.clone(),
        hub::hub_page(&listed, HUB_LANGUAGE, stylesheet.as_deref()),
    )?;
    write(out.join(JSON_FEED_FILE), feed.json())?;
    write(out.join(ATOM_FEED_FILE), feed.atom())?;
    Ok(hub_path)
}

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
}

/// The file's article and its JSON (an .aml file's reading), or the exit code its problem calls
/// for (the message printed).
fn read(path: &str) -> Result<(String, String, Article), u8> {
    let text = std::fs::read_to_string(Path::new(path)).map_err(|err| {
        eprintln!("{path}: cannot read: {err}");
        2
    })?;
    let file = read_article_file(path, &text).map_err(|(report, code)| {
        eprintln!("{report}");
        code
    })?;
    // An article's source text beside it (`paris-summit.json`, `paris-summit.source.txt`)
    // holds its quotes and evidence word for word, or nothing is published.
    let source_path = Path::new(path).with_extension("source.txt");
    if let Ok(source) = std::fs::read_to_string(&source_path) {
        let found = not_verbatim(&file.article, &source);
        if !found.is_empty() {
            let source_name = source_path.display().to_string();
            eprintln!("{}", file.verbatim_report(path, &source_name, &found));
            return Err(1);
        }
    }
    Ok((path.to_owned(), file.json, file.article))
}

/// The public address of the output folder, as pages and oEmbed name it: absolute http(s),
/// ending in `/`.
fn public_base(base: &str) -> Result<String, String> {
    let scheme_ok = base.starts_with("https://") || base.starts_with("http://");
    let host_ok = base
        .split_once("//")
        .is_some_and(|(_, rest)| !rest.is_empty() && !rest.starts_with('/'));
    if !scheme_ok || !host_ok {
        return Err(format!(
            "must be an absolute http(s) address, such as https://news.example/explainers/ (got {base:?})"
        ));
    }
    let mut base = base.to_owned();
    if !base.ends_with('/') {
        base.push('/');
    }
    Ok(base)
}
