//! The explainer widget: URL config → article load → Leptos view.

pub mod auto_height;
pub mod browser_json;
pub mod changes;
pub mod config;
pub mod contract;
pub mod i18n;
pub mod live;
pub mod load;
pub mod publish;
#[cfg(feature = "test-hooks")]
pub mod test_hooks;
pub mod theme;
pub mod view;

pub use load::Source;
pub use view::App;

/// Starts the widget in the browser. A published page (`make publish`) carries its article and
/// its rendered HTML: the app takes that HTML over (hydration) instead of building it again. Any
/// other page is rendered here, from `src` or from the bundled article.
#[cfg(feature = "hydrate")]
pub fn mount() {
    use leptos::prelude::*;

    #[cfg(feature = "test-hooks")]
    test_hooks::arm_crash();
    let config = config::Config::from_page();
    for warning in &config.warnings {
        web_sys::console::warn_1(&warning.into());
    }
    theme::apply(&config);
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    match publish::InPage::find(&document) {
        Some(page) => {
            // What shaped the published HTML is fixed there; the parameters that change only
            // state (`open`, the fragment, theme and accent) still apply.
            let strings = page.strings;
            let config = config::Config {
                src: None,
                lang: None,
                heading_level: config::Config::default().heading_level,
                ..config
            };
            let source = Source::Known(page.article.map_err(Into::into));
            // The page's own article.json, beside it, is where a newer version appears.
            let live = config.refresh.map(|every| live::Live {
                url: "article.json".into(),
                every,
            });
            // The wasm's start (compiling, instantiating, reading the article) is one task;
            // hydrating is the next, so that neither blocks input for long (Lighthouse's TBT
            // counts what a task lasts past 50 ms, at 4x CPU).
            wasm_bindgen_futures::spawn_local(async move {
                next_task().await;
                let root = page.root.clone();
                let handle = leptos::mount::hydrate_from(page.root, move || {
                    view! { <App config=config strings=strings source=source live=live /> }
                });
                // Taken over: src/start/boot.js replays early clicks after this, and the tests and
                // `make bench` wait for it.
                let _ = root.set_attribute(contract::HYDRATED_ATTRIBUTE, "");
                keep(Box::new(handle));
            });
        }
        None => {
            let Some(body) = document.body() else {
                return;
            };
            let source = match config.src.clone() {
                Some(src) => Source::Address(src),
                None => Source::Known(load::bundled_article()),
            };
            // The bundled article has no address to check again.
            let live = config
                .src
                .clone()
                .zip(config.refresh)
                .map(|(url, every)| live::Live { url, every });
            // A language other than English was fetched by src/start/boot.js beside the wasm: it has
            // had the same time to arrive, so waiting for it costs little or nothing.
            let language = i18n::browser::requested();
            wasm_bindgen_futures::spawn_local(async move {
                let strings = match language {
                    Some(table) => i18n::browser::fetched(table).await,
                    None => i18n::english(),
                };
                keep(Box::new(leptos::mount::mount_to(body, move || {
                    view! { <App config=config strings=strings source=source live=live /> }
                })));
            });
        }
    }
}

/// Keeps the mounted app for the page's lifetime (in test builds, until a test unmounts it).
#[cfg(feature = "hydrate")]
fn keep(handle: Box<dyn std::any::Any>) {
    #[cfg(feature = "test-hooks")]
    test_hooks::keep_for_unmount(handle);
    #[cfg(not(feature = "test-hooks"))]
    std::mem::forget(handle);
}

/// Resolves in a task of its own, after the browser has had the chance to handle input.
#[cfg(feature = "hydrate")]
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
