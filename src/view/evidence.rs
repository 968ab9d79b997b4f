//! Provenance on demand: the verbatim words of the source article behind a stated fact, and
//! the building blocks that show a fact (or a group of actors) with its evidence.

use article::{ActorGroup, Fact};
use leptos::prelude::*;

use super::erased::erase;
use super::long_list::long_list;
use super::{strings, ArticleContext};

/// A disclosure that reveals "From the article: …" as a quotation.
#[component]
pub fn Evidence(
    /// The verbatim source words.
    text: String,
) -> impl IntoView {
    let strings = strings();
    view! {
        <details class="evidence">
            <summary class="evidence__toggle">{strings.evidence()}</summary>
            <p class="evidence__label">{strings.from_the_article()}</p>
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
        .map(|fact| erase(view! { <li class="fact"><FactItem fact=fact /></li> }))
        .collect::<Vec<_>>();
    long_list(items, ordered, "fact-list")
}

/// A `<dt>`/`<dd>` pair for one optional fact.
pub(crate) fn fact_entry(label: &'static str, fact: Option<Fact>) -> Option<impl IntoView> {
    fact.map(|fact| view! { <dt>{label}</dt> <dd><FactItem fact=fact /></dd> })
}

/// A `<dt>`/`<dd>` pair for a list of facts, left out when empty.
pub(crate) fn list_entry(label: &'static str, facts: Vec<Fact>) -> Option<impl IntoView> {
    (!facts.is_empty()).then(|| view! { <dt>{label}</dt> <dd><FactList facts=facts /></dd> })
}

/// A `<dt>`/`<dd>` pair naming an optional group of actors.
pub(crate) fn actors_entry(
    label: &'static str,
    group: Option<ActorGroup>,
) -> Option<impl IntoView> {
    group.map(|group| view! { <dt>{label}</dt> <dd><ActorNames group=group /></dd> })
}

/// Actor names joined by commas, with the evidence that names them.
#[component]
fn ActorNames(
    /// The actors and the words that name them.
    group: ActorGroup,
) -> impl IntoView {
    let context = expect_context::<ArticleContext>();
    let names: Vec<String> = group
        .actors
        .iter()
        .map(|id| context.actor_name(id))
        .collect();
    view! {
        <span class="fact__text">{names.join(strings().list_separator())}</span>
        <Evidence text=group.evidence />
    }
}
