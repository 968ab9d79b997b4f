//! Headings whose level fits the host page: the widget's top level is configurable, the rest follow.

use leptos::prelude::*;

use super::erased::ErasedView;

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
    children: ErasedView,
) -> impl IntoView {
    const TAGS: [&str; 6] = ["h1", "h2", "h3", "h4", "h5", "h6"];
    let base = use_context::<HeadingBase>().map_or(2, |b| b.0);
    let level = base.saturating_add(depth).clamp(1, 6);
    // One element type whatever the level: six typed branches were six copies of the build.
    leptos::html::custom(TAGS[usize::from(level - 1)])
        .class(class)
        .id(id)
        .child(children)
}
