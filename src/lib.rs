//! The explainer widget: URL config → article load → Leptos view.

pub mod config;
pub mod embed;
pub mod format;
pub mod i18n;
pub mod json;
pub mod load;
#[cfg(feature = "test-hooks")]
pub mod test_hooks;
pub mod theme;
pub mod view;

pub use view::App;

/// Mounts the widget into the document body.
pub fn mount() {
    #[cfg(feature = "test-hooks")]
    test_hooks::arm_crash();
    let Some(body) = web_sys::window()
        .and_then(|window| window.document())
        .and_then(|document| document.body())
    else {
        return;
    };
    let handle = leptos::mount::mount_to(body, App);
    #[cfg(feature = "test-hooks")]
    test_hooks::keep_for_unmount(handle);
    #[cfg(not(feature = "test-hooks"))]
    handle.forget();
}
