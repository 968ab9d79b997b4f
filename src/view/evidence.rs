//! Provenance on demand: the verbatim words of the source article behind a stated fact.

use article::Fact;
use leptos::prelude::*;

use super::strings;

/// A disclosure that reveals "From the article: …" as a quotation.
#[component]
pub fn Evidence(
    /// The verbatim source words.
    text: String,
) -> impl IntoView {
    let strings = strings();
    view! {
        <details class="evidence">
            <summary class="evidence__toggle">{strings.evidence}</summary>
            <p class="evidence__label">{strings.from_the_article}</p>
            <blockquote class="evidence__quote">{text}</blockquote>
        </details>
    }
}

/// A fact with its evidence beside it.
#[component]
pub fn FactItem(
    /// The fact to state.
    fact: Fact,
) -> impl IntoView {
    view! {
        <span class="fact__text">{fact.text}</span>
        <Evidence text=fact.evidence />
    }
}

/// A list of facts, each with its evidence.
#[component]
pub fn FactList(
    /// The facts, in order.
    facts: Vec<Fact>,
    /// A numbered list when order matters.
    #[prop(optional)]
    ordered: bool,
) -> impl IntoView {
    let items = facts
        .into_iter()
        .map(|fact| view! { <li class="fact"><FactItem fact=fact /></li> })
        .collect_view();
    if ordered {
        view! { <ol class="fact-list">{items}</ol> }.into_any()
    } else {
        view! { <ul class="fact-list">{items}</ul> }.into_any()
    }
}
