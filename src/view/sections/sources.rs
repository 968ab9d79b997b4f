//! The sources section: citations, linked only when they carry an http(s) address.

use article::{is_http_url, Citation};
use leptos::prelude::*;

use crate::view::erased::erase;
use crate::view::long_list::long_list;

/// The sources the explainer rests on.
#[component]
pub fn Sources(
    /// The citations, in order.
    citations: Vec<Citation>,
) -> impl IntoView {
    let items = citations
        .into_iter()
        .map(|citation| {
            // Validation already refuses other schemes; checking again keeps the view safe on its own.
            let name = match citation.url.filter(|url| is_http_url(url)) {
                Some(url) => erase(view! {
                    <a class="source__name" href=url target="_blank" rel="noopener noreferrer">{citation.name}</a>
                }),
                None => erase(view! { <span class="source__name">{citation.name}</span> }),
            };
            let description = citation
                .description
                .map(|d| view! { <span class="source__description">{d}</span> });
            erase(view! { <li class="source" id=format!("source-{}", citation.id)>{name} {description}</li> })
        })
        .collect::<Vec<_>>();
    long_list(items, false, "sources")
}
