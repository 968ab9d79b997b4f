//! The explainer's header: headline, dek, dates, byline and source link.

use std::sync::Arc;

use article::Article;
use leptos::prelude::*;

use super::heading::Heading;
use super::strings;
use crate::i18n::dates::long_date;
use crate::i18n::fill;

/// Headline, dek, published/updated dates and, when the JSON has one, a link to the source.
#[component]
pub fn Header(
    /// The article whose header this is.
    article: Arc<Article>,
) -> impl IntoView {
    let strings = strings();
    let kicker = article.about.as_ref().map(|event| {
        let place = event
            .location
            .clone()
            .map(|l| format!(" · {l}"))
            .unwrap_or_default();
        view! { <p class="header__kicker">{event.name.clone()}{place}</p> }
    });
    // "Published {date}": the translation places the date and joins it (Hebrew "פורסם ב־{date}").
    // Its one placeholder is `{date}` (tests/i18n.rs), cut at its braces: a char search is
    // already in the wasm, a text search would add 100 B.
    let date = |template: &'static str, iso: &str| {
        let text = long_date(iso, strings);
        let (before, rest) = template.split_once('{').unwrap_or((template, ""));
        let after = rest.split_once('}').map_or("", |(_, after)| after);
        view! {
            <span class="header__date">
                {before} <time datetime=iso.to_owned()>{text}</time> {after}
            </span>
        }
    };
    let published = date(strings.published(), &article.date_published);
    let updated = article
        .date_modified
        .as_deref()
        .map(|iso| date(strings.updated(), iso));
    let names: Vec<String> = article
        .author
        .iter()
        .chain(&article.publisher)
        .map(|party| party.name.clone())
        .collect();
    let byline = (!names.is_empty()).then(
        || view! { <span class="header__byline">{names.join(strings.list_separator())}</span> },
    );
    let link = article.url.clone().map(|url| {
        view! {
            <a class="header__source" href=url target="_blank" rel="noopener noreferrer">
                {strings.source_link()}
            </a>
        }
    });
    // The editors' notes, newest first as the article lists them: "Updated {date}: {text}", a
    // line each in one paragraph (a list of elements cost the wasm 500 B more).
    let notes = (!article.updates.is_empty()).then(|| {
        let notes: Vec<String> = article
            .updates
            .iter()
            .map(|update| {
                let date = long_date(&update.date, strings);
                fill(
                    strings.update_note(),
                    &[("date", &date), ("text", &update.text)],
                )
            })
            .collect();
        view! { <p class="header__meta header__updates">{notes.join("\n")}</p> }
    });
    let headline = article.headline.clone();
    let dek = (!article.description.is_empty())
        .then(|| view! { <p class="header__dek">{article.description.clone()}</p> });
    view! {
        <header class="header">
            {kicker}
            <Heading depth=0 class="header__headline">{headline}</Heading>
            {dek}
            <p class="header__meta">{published} {updated} {byline} {link}</p>
            {notes}
        </header>
    }
}
