//! The explainer widget: URL config → article load → Leptos view.

pub mod config;
pub mod embed;
pub mod format;
pub mod i18n;
pub mod json;
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
    use std::sync::Arc;

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
    let published = publish::InPage::find(&document);
    let handle: Box<dyn std::any::Any> = match published {
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
            let source = Source::Known(page.article.map(Arc::new).map_err(Into::into));
            let root = page.root.clone();
            let handle = leptos::mount::hydrate_from(page.root, move || {
                view! { <App config=config strings=strings source=source /> }
            });
            // Taken over: a mark for the tests and `make bench` to wait for.
            let _ = root.set_attribute("data-hydrated", "");
            Box::new(handle)
        }
        None => {
            let Some(body) = document.body() else {
                return;
            };
            let strings = i18n::strings_for(config.lang.as_deref());
            let source = match config.src.clone() {
                Some(src) => Source::Address(src),
                None => Source::Known(load::bundled_article().map(Arc::new)),
            };
            Box::new(leptos::mount::mount_to(body, move || {
                view! { <App config=config strings=strings source=source /> }
            }))
        }
    };
    #[cfg(feature = "test-hooks")]
    test_hooks::keep_for_unmount(handle);
    #[cfg(not(feature = "test-hooks"))]
    std::mem::forget(handle);
}
