//! The peacekeeping section: per proposal, who leads, where forces would go, what they would and would not do.

use article::Proposal;
use leptos::prelude::*;

use crate::view::erased::erase;
use crate::view::evidence::{actors_entry, fact_entry, list_entry};
use crate::view::heading::Heading;
use crate::view::long_list::long_list;
use crate::view::{strings, ArticleContext};

/// Every proposal of the section as a card.
#[component]
pub fn PeacekeepingProposals(
    /// The proposals, in order.
    proposals: Vec<Proposal>,
) -> impl IntoView {
    proposals
        .into_iter()
        .map(|proposal| view! { <ProposalCard proposal=proposal /> })
        .collect_view()
}

/// One proposal as a description list of its parts; absent parts are left out.
#[component]
fn ProposalCard(
    /// The proposal to show.
    proposal: Proposal,
) -> impl IntoView {
    let strings = strings();
    let context = expect_context::<ArticleContext>();
    let quotes: Vec<_> = proposal
        .quotes
        .iter()
        .filter_map(|id| context.0.quotes.iter().find(|q| q.id == *id).cloned())
        .collect();
    // The quotes themselves are shown once, above; here they are linked, not repeated.
    let positions = (!quotes.is_empty()).then(|| {
        let items = quotes
            .into_iter()
            .map(|quote| {
                let name = context.actor_name(&quote.creator);
                erase(view! {
                    <li>
                        <span class="claim__actor">{name}</span> ": "
                        <a href=format!("#quote-{}", quote.id)>{opening_words(&quote.text, 8)}</a>
                    </li>
                })
            })
            .collect();
        view! { <dt>{strings.positions()}</dt> <dd>{long_list(items, false, "fact-list")}</dd> }
    });
    view! {
        <div class="card">
            <Heading depth=2 class="card__title">{proposal.name}</Heading>
            <dl class="card__details">
                {actors_entry(strings.lead_nations(), proposal.lead_nations)}
                {fact_entry(strings.aim(), proposal.aim)}
                {list_entry(strings.deployment(), proposal.deployment)}
                {list_entry(strings.if_attacked(), proposal.if_attacked)}
                {list_entry(strings.would_not(), proposal.would_not)}
                {fact_entry(strings.status(), proposal.status)}
                {positions}
            </dl>
        </div>
    }
}

/// The first `count` words of a quote in quotation marks, with an ellipsis when cut.
fn opening_words(text: &str, count: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= count {
        format!("“{text}”")
    } else {
        format!("“{}…”", words[..count].join(" "))
    }
}
