//! The explainer widget: URL config → article load → Leptos view.

pub mod config;
pub mod embed;
pub mod format;
pub mod i18n;
pub mod json;
pub mod load;
pub mod theme;
pub mod view;

pub use view::App;

/// Mounts the widget into the document body.
pub fn mount() {
    leptos::mount::mount_to_body(App);
}
