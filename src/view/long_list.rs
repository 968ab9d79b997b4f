//! Lists that open fast however long they are: the first items show, the rest wait behind a
//! "Show all" button.
//!
//! Opening a section styles and lays out every item it shows: about 50 ms of main-thread work
//! at 1,000 items (`make bench`), three frames. Items past the first [`SHOWN_AT_FIRST`] stay in
//! the DOM under `hidden="until-found"`, where the browser skips them until they are shown,
//! and where find-in-page still reaches them (the browser reveals them and fires `beforematch`).

use leptos::html::Div;
use leptos::prelude::*;

use super::erased::{erase, ErasedView};
use super::strings;

/// How many items a list shows before its "Show all" button; more than any article needs.
pub const SHOWN_AT_FIRST: usize = 100;

/// A list whose items past [`SHOWN_AT_FIRST`] are shown on request or when found.
/// Items come erased, so that one copy of this code serves every kind of list.
pub fn long_list(mut items: Vec<ErasedView>, ordered: bool, class: &'static str) -> impl IntoView {
    let total = items.len();
    let rest = (total > SHOWN_AT_FIRST).then(|| erase(items.split_off(SHOWN_AT_FIRST)));
    view! { <ListParts first=erase(items) rest=rest total=total ordered=ordered class=class /> }
}

/// The list element for the items numbered `start` to `last`.
fn list_element(
    items: ErasedView,
    ordered: bool,
    class: &'static str,
    start: usize,
    last: usize,
) -> ErasedView {
    // `role="list"` keeps list semantics in Safari, which drops them under `list-style: none`.
    if ordered {
        // Numbers of three digits and more need a wider margin for their markers.
        let wide = last >= 100;
        erase(
            view! { <ol class=class class:long-list--wide=wide role="list" start=start>{items}</ol> },
        )
    } else {
        erase(view! { <ul class=class role="list">{items}</ul> })
    }
}

/// The first items as a list, then the rest with its button.
#[component]
fn ListParts(
    /// The first items, shown.
    first: ErasedView,
    /// The items past [`SHOWN_AT_FIRST`], if any.
    rest: Option<ErasedView>,
    /// How many items there are in all.
    total: usize,
    /// A numbered `<ol>` rather than a `<ul>`.
    ordered: bool,
    /// The class of the list elements.
    class: &'static str,
) -> impl IntoView {
    let rest = rest.map(|rest| {
        let items = list_element(rest, ordered, class, SHOWN_AT_FIRST + 1, total);
        view! { <HiddenRest items=items total=total /> }
    });
    view! {
        {list_element(first, ordered, class, 1, total.min(SHOWN_AT_FIRST))}
        {rest}
    }
}

/// The items past the first ones, and the button that shows them.
#[component]
fn HiddenRest(
    /// The rest of the list, already a list element.
    items: ErasedView,
    /// How many items the whole list has, for the button's label.
    total: usize,
) -> impl IntoView {
    let shown = RwSignal::new(false);
    let rest = NodeRef::<Div>::new();
    let show = move |_| {
        shown.set(true);
        // The button disappears; reading goes on from the items it revealed, once shown.
        request_animation_frame(move || {
            if let Some(rest) = rest.get_untracked() {
                let _ = rest.focus();
            }
        });
    };
    view! {
        <div
            class="long-list__rest"
            tabindex="-1"
            node_ref=rest
            hidden=move || (!shown.get()).then_some("until-found")
            on:beforematch=move |_: web_sys::Event| shown.set(true)
        >
            {items}
        </div>
        <button
            type="button"
            class="button button--secondary long-list__more"
            hidden=move || shown.get()
            on:click=show
        >
            {strings().show_all_items_button(total)}
        </button>
    }
}
