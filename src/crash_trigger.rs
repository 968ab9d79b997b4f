//! Panics on demand, in test builds only (feature `crash-trigger`), so the end-to-end tests can
//! check that a real trap never leaves a frozen widget (host/boot.js handles it).
//!
//! `?crashTest=start` panics before the first render; `?crashTest=click` panics in the first
//! click handler after it. The parameter is read here rather than in `config.rs` so that nothing
//! of it exists in a release build.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub fn arm() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let query = window.location().search().unwrap_or_default();
    let when = web_sys::UrlSearchParams::new_with_str(&query)
        .ok()
        .and_then(|params| params.get("crashTest"));
    match when.as_deref() {
        Some("start") => panic!("crash test: before the first render"),
        Some("click") => {
            let on_click = Closure::<dyn Fn()>::new(|| panic!("crash test: in a click handler"));
            let _ =
                window.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref());
            on_click.forget();
        }
        _ => {}
    }
}
