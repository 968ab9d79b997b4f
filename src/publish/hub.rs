//! The hub (feature `ssr`, native): one page listing every explainer published in an output
//! folder, with its language, its last change and where its ceasefires stand, and the feed of
//! every change. A plain page, read without JavaScript.

use std::path::Path;

use article::{Article, SectionKind};

use super::history::{
    day_of, Entry, Feed, FeedEntry, History, Words, ATOM_FEED_FILE, JSON_FEED_FILE,
};
use super::page::escape;
use crate::i18n::{self, dates::long_date, fill, LANGUAGE_LIST};

/// One published explainer, as the hub lists it.
pub struct Listed {
    pub article: Article,
    pub history: History,
}

/// Every explainer published in `out` (each folder with an `article.json`), newest change first.
pub fn published_in(out: &Path) -> Result<Vec<Listed>, String> {
    let folders =
        std::fs::read_dir(out).map_err(|err| format!("{}: cannot read: {err}", out.display()))?;
    let mut listed = Vec::new();
    for folder in folders.flatten().map(|entry| entry.path()) {
        let Ok(text) = std::fs::read_to_string(folder.join("article.json")) else {
            continue;
        };
        let article = article::parse_article(&text)
            .map_err(|err| format!("{}: {err}", folder.join("article.json").display()))?;
        listed.push(Listed {
            article,
            history: History::read(&folder)?,
        });
    }
    listed.sort_by_key(|item| std::cmp::Reverse(last_change(item)));
    Ok(listed)
}

/// When an explainer last changed, as its history says (else when it says it was).
fn last_change(listed: &Listed) -> String {
    listed.history.entries.first().map_or_else(
        || {
            let article = &listed.article;
            article
                .date_modified
                .clone()
                .unwrap_or_else(|| article.date_published.clone())
        },
        |entry| entry.date.clone(),
    )
}

/// A language's name in itself, from i18n/languages.json (the tag when it has none).
fn language_name(tag: &str) -> String {
    let list: serde_json::Value = serde_json::from_str(LANGUAGE_LIST).unwrap_or_default();
    let known = i18n::matching_tag(tag).unwrap_or(tag);
    list["languages"][known]
        .as_str()
        .map_or_else(|| tag.to_owned(), str::to_owned)
}

/// Where each agreement of an article's ceasefire sections stands: "name: In force, No reported
/// violations", in the hub's language.
fn ceasefires(article: &Article, strings: &'static i18n::Strings, words: &Words) -> Vec<String> {
    article
        .sections
        .iter()
        .filter(|section| section.kind() == SectionKind::CeasefireStatus)
        .flat_map(|section| &section.agreements)
        .map(|agreement| {
            let status = [
                strings.lifecycle_label(agreement.lifecycle.status),
                strings.compliance_label(agreement.compliance.status),
            ]
            .join(strings.list_separator());
            fill(
                &words.get("hub_status"),
                &[("name", &agreement.name), ("status", &status)],
            )
        })
        .collect()
}

/// The hub page, in `language`, with `stylesheet` (the widget's, relative to the hub).
pub fn hub_page(listed: &[Listed], language: &str, stylesheet: Option<&str>) -> String {
    let (strings, _) = i18n::for_content(language);
    let words = Words::of(language);
    let title = escape(&words.get("hub_title"));
    let items: String = listed
        .iter()
        .map(|item| {
            let article = &item.article;
            let changed = long_date(day_of(&last_change(item)), strings);
            let statuses: String = ceasefires(article, strings, &words)
                .iter()
                .map(|status| format!("\n        <p class=\"hub__status\">{}</p>", escape(status)))
                .collect();
            format!(
                // The headline and the language's own name in the article's language; the
                // rest in the hub's.
                "\n      <li class=\"hub__item\">\n        <h2 class=\"hub__headline\" lang=\"{lang}\"><a href=\"{id}/\">{headline}</a></h2>\n        <p class=\"hub__meta\"><span lang=\"{lang}\">{language}</span> · {changed}</p>{statuses}\n      </li>",
                lang = escape(&article.in_language),
                id = escape(&article.id),
                headline = escape(&article.headline),
                language = escape(&language_name(&article.in_language)),
                changed = escape(&fill(&words.get("hub_changed"), &[("date", &changed)])),
            )
        })
        .collect();
    let style = stylesheet.map_or_else(String::new, |href| {
        format!(
            "\n    <link rel=\"stylesheet\" href=\"{}\" />",
            escape(href)
        )
    });
    format!(
        r#"<!doctype html>
<html lang="{lang}" dir="{dir}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>{style}
    <link rel="alternate" type="application/feed+json" href="{JSON_FEED_FILE}" title="{title}" />
    <link rel="alternate" type="application/atom+xml" href="{ATOM_FEED_FILE}" title="{title}" />
  </head>
  <body>
    <main class="explainer hub">
      <h1 class="hub__title">{title}</h1>
      <p class="hub__feeds">{feeds} <a href="{JSON_FEED_FILE}">JSON Feed</a> · <a href="{ATOM_FEED_FILE}">Atom</a></p>
      <ul class="hub__list">{items}
      </ul>
    </main>
  </body>
</html>
"#,
        lang = escape(strings.lang()),
        dir = strings.dir(),
        feeds = escape(&words.get("hub_feeds")),
    )
}

/// The hub's feed: every explainer's changes, newest first, each titled with its headline.
pub fn hub_feed<'a>(
    listed: &'a [Listed],
    language: &str,
    base: Option<&str>,
    author: &str,
) -> Feed<'a> {
    let words = Words::of(language);
    let mut entries: Vec<(&Entry, &Article)> = listed
        .iter()
        .flat_map(|listed| {
            listed
                .history
                .entries
                .iter()
                .map(move |entry| (entry, &listed.article))
        })
        .collect();
    entries.sort_by(|(a, _), (b, _)| b.date.cmp(&a.date).then_with(|| b.id.cmp(&a.id)));
    Feed {
        id: "urn:news-explainer:hub".to_owned(),
        title: words.get("hub_title"),
        language: language.to_owned(),
        page: base.map(str::to_owned),
        address: base.map(str::to_owned),
        author: author.to_owned(),
        entries: entries
            .into_iter()
            .map(|(entry, article)| FeedEntry {
                entry,
                title: format!("{}: {}", article.headline, entry.title),
                page: base.map(|base| format!("{base}{}/", article.id)),
            })
            .collect(),
    }
}
