//! Headings whose level fits the host page: the widget's top level is configurable, the rest follow.

use leptos::prelude::*;

use super::replaced::erase;

/// The heading level of the widget's top heading (2 = `<h2>`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct HeadingBase(pub u8);

/// A heading `depth` levels below the widget's top level, capped at `<h6>`.
#[component]
pub fn Heading(
    /// 0 for the widget's top heading, 1 for its parts, 2 below them.
    depth: u8,
    /// CSS class of the heading element.
    #[prop(optional)]
    class: &'static str,
    /// Element id, for `aria-labelledby`.
    #[prop(optional, into)]
    id: Option<String>,
    children: Children,
) -> impl IntoView {
    let base = use_context::<HeadingBase>().map_or(2, |b| b.0);
    let children = children();
    match base.saturating_add(depth).clamp(1, 6) {
        1 => erase(view! { <h1 class=class id=id>{children}</h1> }),
        2 => erase(view! { <h2 class=class id=id>{children}</h2> }),
        3 => erase(view! { <h3 class=class id=id>{children}</h3> }),
        4 => erase(view! { <h4 class=class id=id>{children}</h4> }),
        5 => erase(view! { <h5 class=class id=id>{children}</h5> }),
        _ => erase(view! { <h6 class=class id=id>{children}</h6> }),
    }
}
