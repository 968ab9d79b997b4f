//! Attributed quotes: verbatim words, who said them, when and where.

use article::Quotation;
use leptos::prelude::*;

use super::heading::Heading;
use super::{strings, ArticleContext};
use crate::i18n::dates::long_date;

/// The article's quotes with attribution; nothing when there are none.
#[component]
pub fn Quotes(
    /// The quotes, in display order.
    quotes: Vec<Quotation>,
) -> impl IntoView {
    (!quotes.is_empty()).then(|| {
        let items = quotes.into_iter().map(|quote| view! { <Quote quote=quote /> }).collect_view();
        view! {
            <section class="quotes" aria-labelledby="explainer-quotes-heading">
                <Heading depth=1 class="block-heading" id="explainer-quotes-heading">{strings().quotes()}</Heading>
                <div class="quotes__list">{items}</div>
            </section>
        }
    })
}

/// One quote as a figure: the words in a blockquote, the attribution in the caption.
#[component]
pub fn Quote(
    /// The quote to show.
    quote: Quotation,
) -> impl IntoView {
    let context = expect_context::<ArticleContext>();
    let actor = context.actor(&quote.creator).cloned();
    let name = actor
        .as_ref()
        .map_or_else(|| quote.creator.clone(), |a| a.name.clone());
    // The language's list separator ("، " in Arabic) stands where English has ", ".
    let separator = strings().list_separator();
    let role = actor
        .and_then(|a| a.role)
        .map(|role| view! { <span class="quote__role">{format!("{separator}{role}")}</span> });
    let when = quote.date_created.map(|iso| {
        let text = long_date(&iso, strings());
        view! { {separator}<time datetime=iso>{text}</time> }
    });
    let context_note = quote
        .context
        .map(|c| view! { <span class="quote__context">{c}</span> });
    view! {
        <figure class="quote" id=format!("quote-{}", quote.id)>
            <blockquote class="quote__text">
                <p>{quote.text}</p>
            </blockquote>
            <figcaption class="quote__caption">
                <cite class="quote__name">{name}</cite>
                {role}
                {when}
                {context_note}
            </figcaption>
        </figure>
    }
}
