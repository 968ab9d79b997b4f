//! The timeline section: dated entries in order, each with its evidence.

use article::TimelineEvent;
use leptos::prelude::*;

use crate::i18n::dates::long_date;
use crate::view::erased::erase;
use crate::view::evidence::Evidence;
use crate::view::long_list::long_list;
use crate::view::strings;

/// Dated events as an ordered list.
#[component]
pub fn Timeline(
    /// The events, in the article's order.
    events: Vec<TimelineEvent>,
) -> impl IntoView {
    let strings = strings();
    let items = events
        .into_iter()
        .map(|event| {
            let date = long_date(&event.date, strings);
            erase(view! {
                <li class="timeline__event">
                    <time class="timeline__date" datetime=event.date>{date}</time>
                    <span class="fact__text">{event.text}</span>
                    <Evidence text=event.evidence />
                </li>
            })
        })
        .collect::<Vec<_>>();
    long_list(items, true, "timeline")
}
