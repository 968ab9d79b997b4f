//! The explainer widget: URL config → article load → Leptos view.

pub mod config;
#[cfg(feature = "crash-trigger")]
mod crash_trigger;
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
    #[cfg(feature = "crash-trigger")]
    crash_trigger::arm();
    leptos::mount::mount_to_body(App);
}
