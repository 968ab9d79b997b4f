//! Writing a published page (feature `ssr`, native): the explainer prerendered by the widget's
//! own components into the built widget's page, its data block, and its oEmbed answer.

use article::Article;

use super::history::{ATOM_FEED_FILE, JSON_FEED_FILE};
use super::{data_block_text, DATA_ID, ROOT_ID, STRINGS_ID};
use crate::contract::EMBED_ATTRIBUTE;
use crate::i18n::{self, Strings};

/// The explainer rendered to HTML by the same components the browser runs, with the markers
/// hydration walks by, in the interface language `strings`.
pub fn prerender(article: Article, strings: &'static Strings) -> String {
    use crate::config::Config;
    use crate::load::{Shown, Source};
    use crate::view::App;
    use leptos::prelude::*;
    use leptos::tachys::view::RenderHtml;

    let owner = Owner::new();
    owner.with(move || {
        view! { <App config=Config::default() strings=strings source=Source::Known(Ok(Shown::new(article))) /> }
            .to_html()
    })
}

/// Where a published page lives: the public address of the output folder (`--base`), ending in
/// `/`, under which each article has its folder.
#[derive(Debug, Clone)]
pub struct Site {
    /// e.g. `https://news.example/explainers/`.
    pub base: String,
    /// Who publishes the explainers, for oEmbed's `provider_name`.
    pub provider: String,
}

impl Site {
    /// The address of the article's published page.
    pub fn page_url(&self, article: &Article) -> String {
        format!("{}{}/", self.base, article.id)
    }
}

/// The size a frame starts at, before the widget posts its height (the embed-code page's
/// snippet starts at the same height).
pub const FRAME_WIDTH: u32 = 640;
pub const FRAME_HEIGHT: u32 = 800;
/// How long an oEmbed consumer may keep the answer, in seconds: the embed code never changes,
/// only the page it points to.
pub const OEMBED_CACHE_AGE: u32 = 86_400;

/// The embed code for a published page: the embed-code page's snippet (embed-code/embed-code.js,
/// compared in e2e/specs/published.spec.mjs), with the recommended sandbox.
pub fn embed_code(site: &Site, article: &Article) -> String {
    format!(
        "<iframe {EMBED_ATTRIBUTE} id=\"{id}\" src=\"{src}\" width=\"{FRAME_WIDTH}\" height=\"{FRAME_HEIGHT}\" \
         title=\"{title}\" loading=\"lazy\" allow=\"clipboard-write\" \
         sandbox=\"allow-scripts allow-popups allow-popups-to-escape-sandbox\" \
         style=\"width:100%;height:{FRAME_HEIGHT}px;border:0\"></iframe>",
        id = frame_id(&article.id),
        src = escape(&site.page_url(article)),
        title = escape(&frame_title(article)),
    )
}

/// The frame's `id`, unique per article, that links to its sections name
/// (`#explainer-<article id>/<section id>`, src/links): as the embed-code page writes it.
fn frame_id(article_id: &str) -> String {
    let id: String = article_id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .take(70)
        .collect();
    format!("explainer-{id}")
}

/// The frame's accessible name, as the embed-code page writes it.
fn frame_title(article: &Article) -> String {
    format!("Explainer: {}", article.headline)
}

/// The oEmbed answer for a published page (a `rich` embed), as `oembed.json` beside it.
pub fn oembed(site: &Site, article: &Article) -> String {
    let answer = serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "title": article.headline,
        "provider_name": site.provider,
        "provider_url": site.base,
        "cache_age": OEMBED_CACHE_AGE,
        "width": FRAME_WIDTH,
        "height": FRAME_HEIGHT,
        "html": embed_code(site, article),
    });
    let mut text = serde_json::to_string_pretty(&answer).unwrap_or_default();
    text.push('\n');
    text
}

/// `text` with its one `pattern` replaced by `with`: an error naming the pattern when trunk's
/// page does not have it exactly once, so that a change in trunk's output fails the build
/// rather than publishing a page that silently lacks a part.
fn replaced_once(text: &str, pattern: &str, with: &str) -> Result<String, String> {
    match text.matches(pattern).count() {
        1 => Ok(text.replacen(pattern, with, 1)),
        found => Err(format!(
            "the widget's index.html has {found} of {pattern:?} where the publisher expects one: has trunk's output changed?"
        )),
    }
}

/// The built widget's page (`template`, trunk's `dist/index.html`), made the article's own: its
/// language, title and description, Open Graph, canonical and oEmbed links, its files one
/// folder up, the explainer rendered in, the article as a data block, and a stylesheet that
/// opens every section when no script runs. An error when `template` is not shaped as trunk
/// writes the widget's page.
pub fn page(
    template: &str,
    site: Option<&Site>,
    article: &Article,
    json: &str,
) -> Result<String, String> {
    let title = escape(&article.headline);
    let description = escape(&article.description);
    let mut head = String::new();
    let mut line = |tag: String| {
        head.push_str(&tag);
        head.push_str("\n    ");
    };
    line(format!(
        "<meta name=\"description\" content=\"{description}\" />"
    ));
    line("<meta property=\"og:type\" content=\"article\" />".to_owned());
    line(format!(
        "<meta property=\"og:title\" content=\"{title}\" />"
    ));
    line(format!(
        "<meta property=\"og:description\" content=\"{description}\" />"
    ));
    if let Some(url) = &article.url {
        line(format!(
            "<link rel=\"canonical\" href=\"{}\" />",
            escape(url)
        ));
    }
    if let Some(site) = site {
        let address = site.page_url(article);
        line(format!(
            "<meta property=\"og:url\" content=\"{}\" />",
            escape(&address)
        ));
        line(format!(
            "<link rel=\"alternate\" type=\"application/json+oembed\" href=\"{}oembed.json\" title=\"{title}\" />",
            escape(&address)
        ));
    }
    // The feeds of its changes (src/publish/history.rs), beside the page.
    for (kind, file) in [
        ("application/feed+json", JSON_FEED_FILE),
        ("application/atom+xml", ATOM_FEED_FILE),
    ] {
        line(format!(
            "<link rel=\"alternate\" type=\"{kind}\" href=\"{file}\" title=\"{title}\" />"
        ));
    }
    line(format!(
        "<script type=\"application/ld+json\">{}</script>",
        data_block_text(&json_ld(site, article).to_string())
    ));
    line("<noscript><link rel=\"stylesheet\" href=\"../nojs.css\" /></noscript>".to_owned());
    // The interface speaks the article's language when the widget does (else English), and
    // carries that language's file, so the wasm needs no request for it.
    let (strings, language_file) = i18n::for_content(&article.in_language);
    let mut body = format!(
        "<div id=\"{ROOT_ID}\">{}</div>\n    <script type=\"application/json\" id=\"{DATA_ID}\">{}</script>",
        prerender(article.clone(), strings),
        data_block_text(&compact_json(json))
    );
    if let Some(file) = language_file {
        body.push_str(&format!(
            "\n    <script type=\"application/json\" id=\"{STRINGS_ID}\">{}</script>",
            data_block_text(&compact_json(file))
        ));
    }
    let language = format!(
        "<html lang=\"{}\" dir=\"{}\">",
        escape(&article.in_language),
        i18n::direction(&article.in_language)
    );
    let mut page = replaced_once(template, "<html lang=\"en\">", &language)?;
    page = replaced_once(
        &page,
        "<title>News explainer</title>",
        &format!("<title>{title}</title>"),
    )?;
    if !page.contains("=\"./") {
        return Err(
            "the widget's index.html names no file as \"./…\": has trunk's output changed?".into(),
        );
    }
    page = page.replace("=\"./", "=\"../");
    page = replaced_once(&page, "</head>", &format!("{}</head>", head.trim_end()))?;
    // Trunk preloads the wasm, which a page that is read before it runs does not want: on a slow
    // connection the 95 KB would share the first round trips with the HTML and the stylesheet,
    // and Lighthouse's model would count it before the first paint. boot.js asks for it once
    // the page has painted.
    let preload = page
        .find("<link rel=\"preload\"")
        .and_then(|start| Some(start..=start + page[start..].find('>')?))
        .ok_or("the widget's index.html has no <link rel=\"preload\"> of the wasm to remove")?;
    page.replace_range(preload, "");
    // The page needs no script to be read: the "needs JavaScript" line gives way to the explainer.
    match (page.find("<noscript>\n"), page.rfind("</noscript>")) {
        (Some(start), Some(end)) if start < end => {
            page.replace_range(start..end + "</noscript>".len(), &body)
        }
        _ => {
            return Err(
                "the widget's index.html has no <noscript> block for the explainer to replace"
                    .into(),
            )
        }
    }
    Ok(page)
}

/// The page's structured data for search engines: schema.org `NewsArticle`, with the article's
/// own headline, description, dates, authors, publisher, language and address (its `url`, the
/// source the page names as canonical, else the page's own address).
pub fn json_ld(site: Option<&Site>, article: &Article) -> serde_json::Value {
    let party = |kind: &str, party: &article::Party| {
        let mut value = serde_json::json!({ "@type": kind, "name": party.name });
        if let Some(url) = &party.url {
            value["url"] = url.clone().into();
        }
        value
    };
    let mut data = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.headline,
        "description": article.description,
        "datePublished": article.date_published,
        "inLanguage": article.in_language,
    });
    if !article.author.is_empty() {
        data["author"] = article
            .author
            .iter()
            .map(|author| party("Person", author))
            .collect();
    }
    if let Some(modified) = &article.date_modified {
        data["dateModified"] = modified.clone().into();
    }
    if let Some(publisher) = &article.publisher {
        data["publisher"] = party("Organization", publisher);
    }
    if let Some(url) = article
        .url
        .clone()
        .or_else(|| site.map(|site| site.page_url(article)))
    {
        data["url"] = url.into();
    }
    // The page itself, when its `url` names the source.
    if let (Some(site), Some(_)) = (site, &article.url) {
        data["mainEntityOfPage"] = site.page_url(article).into();
    }
    data
}

/// A JSON text without its layout, its members in their order: a language file and an article
/// are written for people to read, and a published page carries them (its article 160 B of
/// brotli lighter for the Paris one). Whitespace inside strings is kept.
pub fn compact_json(text: &str) -> String {
    let mut compact = String::with_capacity(text.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in text.chars() {
        if in_string {
            compact.push(c);
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
        } else if !c.is_whitespace() {
            in_string = c == '"';
            compact.push(c);
        }
    }
    compact
}

/// Text for an attribute value or an element: `&`, `<`, `>` and `"` escaped.
pub fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}
