//! `ErasedView` (src/view/erased.rs) implements tachys's traits by hand; these tests run it
//! through Leptos as the widget does (build, replace, hydrate), so that a Leptos upgrade that
//! changes what it relies on fails here, loudly, and not in a reader's browser.

#![cfg(target_arch = "wasm32")]

use explainer::view::erased::erase;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh container in the document, removed by the caller.
fn container(html: &str) -> Element {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("document");
    let container = document.create_element("div").expect("div");
    container.set_inner_html(html);
    document
        .body()
        .expect("body")
        .append_child(&container)
        .expect("append");
    container
}

/// Lets effects and microtasks run.
async fn tick() {
    let promise = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

#[wasm_bindgen_test]
async fn an_erased_view_is_built_and_replaced_in_its_place() {
    let root = container("");
    let second = RwSignal::new(false);
    let handle = leptos::mount::mount_to(root.clone().unchecked_into::<HtmlElement>(), move || {
        view! {
            <div>
                <span>"before"</span>
                {move || {
                    if second.get() {
                        erase(view! { <b>"second"</b> })
                    } else {
                        erase(view! { <i>"first"</i> })
                    }
                }}
                <span>"after"</span>
            </div>
        }
    });
    assert_eq!(
        root.inner_html(),
        "<div><span>before</span><i>first</i><span>after</span></div>"
    );
    second.set(true);
    tick().await;
    assert_eq!(
        root.inner_html(),
        "<div><span>before</span><b>second</b><span>after</span></div>"
    );
    drop(handle);
    assert_eq!(root.inner_html(), "", "unmounted whole");
    root.remove();
}

#[wasm_bindgen_test]
async fn an_erased_view_hydrates_the_nodes_it_is_given() {
    // What the publisher renders for the view below (no markers: no text sits beside another).
    let root = container(r#"<p class="x"><button>go</button></p>"#);
    let paragraph = root.first_element_child().expect("p");
    let clicks = RwSignal::new(0);
    let handle =
        leptos::mount::hydrate_from(root.clone().unchecked_into::<HtmlElement>(), move || {
            erase(view! {
                <p class="x">
                    <button on:click=move |_| clicks.update(|n| *n += 1)>"go"</button>
                </p>
            })
        });
    let after = root.first_element_child().expect("p");
    assert!(after == paragraph, "the same node, not a rebuilt one");
    after
        .first_element_child()
        .expect("button")
        .unchecked_into::<HtmlElement>()
        .click();
    tick().await;
    assert_eq!(clicks.get_untracked(), 1, "the click handler was attached");
    drop(handle);
    root.remove();
}
