//! The sections as an accessible accordion (WAI-ARIA Authoring Practices, GOV.UK Frontend).
//!
//! A button inside a heading toggles each panel; collapsed panels are `hidden="until-found"`
//! so find-in-page opens them; "Show all" toggles every panel; Up/Down/Home/End move between
//! headers; `#<section-id>` in the URL opens and scrolls to that section.

use article::Section;
use leptos::ev;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, ScrollIntoViewOptions};

use super::heading::Heading;
use super::sections::SectionBody;
use super::{strings, Announcer};
use crate::config::OpenSections;
use crate::contract::{OPEN_ATTRIBUTE, SECTION_BUTTON_SUFFIX};
use crate::live::KeptOpen;

/// All sections, with the Show all / Hide all control above them; nothing when there are none.
#[component]
pub fn Accordion(
    /// The sections, in display order.
    sections: Vec<Section>,
) -> impl IntoView {
    (!sections.is_empty()).then(|| view! { <SectionList sections=sections /> })
}

/// The non-empty list of sections behind [`Accordion`].
#[component]
fn SectionList(
    /// The sections, in display order.
    sections: Vec<Section>,
) -> impl IntoView {
    let strings = strings();
    let initially_open = use_context::<OpenSections>().unwrap_or_default();
    // After a live update, the sections the reader had open, instead of what the URL asks.
    let kept_open =
        use_context::<KeptOpen>().and_then(|kept| kept.0.try_update_value(Option::take).flatten());
    // Every section starts closed, as a published page is rendered; what the URL opens
    // (`open=`, the fragment) is opened once mounted, before the first paint.
    let open: Vec<RwSignal<bool>> = sections.iter().map(|_| RwSignal::new(false)).collect();
    let ids: Vec<String> = sections.iter().map(|s| s.id.clone()).collect();

    let all_open = {
        let open = open.clone();
        Memo::new(move |_| open.iter().all(|o| o.get()))
    };
    let announcer = use_context::<Announcer>();
    let toggle_all = {
        let open = open.clone();
        move |_| {
            let target = !all_open.get_untracked();
            for signal in &open {
                signal.set(target);
            }
            if let Some(announcer) = announcer {
                announcer.say(if target {
                    strings.all_opened()
                } else {
                    strings.all_closed()
                });
            }
        }
    };

    let restoring = kept_open.is_some();
    // Opened by the URL, kept open by a live update, or opened by a click before the wasm ran
    // (src/start/boot.js opens it at once on a published page and marks it `data-open`): adopted.
    let open_asked_for = {
        let open = open.clone();
        let ids = ids.clone();
        move || {
            for (signal, id) in open.iter().zip(&ids) {
                let asked = match &kept_open {
                    Some(kept) => kept.contains(id),
                    None => initially_open.includes(id) || opened_early(id),
                };
                if asked {
                    signal.set(true);
                }
            }
        }
    };
    // Deep link: open the section named by the URL fragment, now and when it changes.
    let open_from_hash = {
        let open = open.clone();
        move || {
            let Some(id) = crate::config::fragment() else {
                return;
            };
            if let Some(index) = ids.iter().position(|known| *known == id) {
                open[index].set(true);
                scroll_to(&id);
            }
        }
    };
    // In an effect: only in the browser, never while a page is prerendered.
    Effect::new(move |_| {
        let on_hash_change = open_from_hash.clone();
        let hash_listener = window_event_listener(ev::hashchange, move |_| on_hash_change());
        on_cleanup(move || hash_listener.remove());
        open_asked_for();
        // A live update keeps the reader where they are: no scrolling to the fragment again.
        if !restoring {
            open_from_hash();
        }
    });

    let container = NodeRef::<leptos::html::Div>::new();
    use_idle_layout(container);

    let items = sections
        .into_iter()
        .zip(open)
        .map(|(section, open)| view! { <AccordionSection section=section open=open /> })
        .collect_view();
    view! {
        <div class="accordion" node_ref=container on:keydown=move_focus_between_headers>
            <div class="accordion__controls">
                <button
                    type="button"
                    class="button button--secondary accordion__toggle-all"
                    aria-expanded=move || all_open.get().to_string()
                    on:click=toggle_all
                >
                    {move || if all_open.get() { strings.hide_all() } else { strings.show_all() }}
                </button>
            </div>
            {items}
        </div>
    }
}

/// One section: a heading with a toggle button, and a panel hidden until opened or found.
#[component]
fn AccordionSection(
    /// The section to show.
    section: Section,
    /// Whether the panel is open.
    open: RwSignal<bool>,
) -> impl IntoView {
    let id = section.id.clone();
    let title = section.title.clone();
    let button_id = format!("{id}{SECTION_BUTTON_SUFFIX}");
    let panel_id = format!("{id}-panel");
    let controls = panel_id.clone();
    let labelled_by = button_id.clone();
    let summary = (!section.summary.is_empty())
        .then(|| view! { <p class="accordion__summary">{section.summary.clone()}</p> });
    view! {
        <section class="accordion__section" id=id>
            <Heading depth=1 class="accordion__heading">
                // The title as plain text, shown instead of the button when a published page is
                // read without JavaScript (style/nojs.css), where the button would do nothing.
                <span class="accordion__static-title">{title.clone()}</span>
                <button
                    type="button"
                    class="accordion__button"
                    id=button_id
                    aria-expanded=move || open.get().to_string()
                    aria-controls=controls
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    <span class="accordion__title">{title}</span>
                    <span class="accordion__icon" aria-hidden="true"></span>
                </button>
            </Heading>
            <div
                class="accordion__panel"
                id=panel_id
                role="region"
                aria-labelledby=labelled_by
                hidden=move || (!open.get()).then_some("until-found")
                on:beforematch=move |_: web_sys::Event| open.set(true)
            >
                {summary}
                <SectionBody section=section />
            </div>
        </section>
    }
}

/// Whether src/start/boot.js opened section `id` on an early click: taken once.
fn opened_early(id: &str) -> bool {
    let Some(section) = document().get_element_by_id(id) else {
        return false;
    };
    let opened = section.has_attribute(OPEN_ATTRIBUTE);
    let _ = section.remove_attribute(OPEN_ATTRIBUTE);
    opened
}

/// Lays out the closed panels in `container` one by one while the browser is idle, once it is
/// mounted, so that the first click on a section costs what later ones do (about half, at any
/// size: `make bench`). A closed panel is `content-visibility: hidden`, skipped by style and
/// layout until something asks for a layout inside it; asking (`getBoundingClientRect`) does the
/// work once, ahead of time. The chain stops when the accordion leaves the page (unmounted, or
/// replaced by a live update): tied to its panels, it needs no stored flag.
fn use_idle_layout(container: NodeRef<leptos::html::Div>) {
    Effect::new(move |_| {
        let Some(container) = container.get() else {
            return;
        };
        let Ok(list) = container.query_selector_all(".accordion__panel[hidden]") else {
            return;
        };
        let panels: Vec<web_sys::Element> = (0..list.length())
            .filter_map(|i| list.item(i)?.dyn_into().ok())
            .collect();
        lay_out_next(panels);
    });
}

/// One panel per idle period, so none of them delays a reader's input; none once the panels
/// have left the page.
fn lay_out_next(mut panels: Vec<web_sys::Element>) {
    let Some(panel) = panels.pop() else { return };
    let pending = std::cell::Cell::new(Some((panel, panels)));
    let step = std::rc::Rc::new(move || {
        let Some((panel, rest)) = pending.take() else {
            return;
        };
        if !panel.is_connected() {
            return;
        }
        if panel.has_attribute("hidden") {
            if let Some(first) = panel.first_element_child() {
                first.get_bounding_client_rect();
            }
        }
        lay_out_next(rest);
    });
    let when_idle = step.clone();
    // Safari has no requestIdleCallback; a short timeout is the usual stand-in.
    if request_idle_callback_with_handle(move || when_idle()).is_err() {
        set_timeout(move || step(), std::time::Duration::from_millis(50));
    }
}

/// Scrolls the section into view once the browser has laid it out.
fn scroll_to(id: &str) {
    let id = id.to_owned();
    request_animation_frame(move || {
        let Some(element) = document().get_element_by_id(&id) else {
            return;
        };
        let options = ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Start);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    });
}

/// Up/Down/Home/End move focus between section header buttons (APG accordion pattern).
fn move_focus_between_headers(event: ev::KeyboardEvent) {
    let key = event.key();
    if !matches!(key.as_str(), "ArrowDown" | "ArrowUp" | "Home" | "End") {
        return;
    }
    let Some(target) = event
        .target()
        .and_then(|t| t.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    if !target.class_list().contains("accordion__button") {
        return;
    }
    let Some(container) = event
        .current_target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
    else {
        return;
    };
    let Ok(list) = container.query_selector_all(".accordion__button") else {
        return;
    };
    let buttons: Vec<HtmlElement> = (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok())
        .collect();
    let Some(current) = buttons.iter().position(|b| *b == target) else {
        return;
    };
    let last = buttons.len() - 1;
    let next = match key.as_str() {
        "ArrowDown" => {
            if current == last {
                0
            } else {
                current + 1
            }
        }
        "ArrowUp" => {
            if current == 0 {
                last
            } else {
                current - 1
            }
        }
        "Home" => 0,
        _ => last,
    };
    event.prevent_default();
    let _ = buttons[next].focus();
}
