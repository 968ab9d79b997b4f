//! Test builds only (feature `test-hooks`, `make build-test`): ways in for the end-to-end tests
//! where the widget has none of its own. Never in the release: `e2e/specs/stopped.spec.mjs`
//! checks that the served wasm has none of the names below.
//!
//! - `?crashTest=start` panics before the first render, `?crashTest=click` in the first click
//!   handler after it, so the tests can watch a real trap (src/start/boot.js handles it).
//! - `window.__explainerTest.reload()` starts a new load, superseding the one in flight, and
//!   `window.__explainerTest.unmount()` takes the widget away: the tests check that both abort
//!   the requests they leave behind.
//!
//! Its parameter is read here rather than in `config.rs` so that nothing of it exists in a
//! release build.

use std::cell::RefCell;

use js_sys::{Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

thread_local! {
    /// The mounted app, dropped (unmounted) by `unmount()`.
    static MOUNTED: RefCell<Option<Box<dyn std::any::Any>>> = const { RefCell::new(None) };
}

/// Panics now or on the first click, as `?crashTest=` asks.
pub fn arm_crash() {
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

/// The hooks object, `window.__explainerTest`, created on first use.
fn hooks() -> Option<Object> {
    let window = web_sys::window()?;
    let key = JsValue::from_str("__explainerTest");
    let existing = Reflect::get(&window, &key).ok().filter(|v| v.is_object());
    let object = existing.map_or_else(Object::new, JsCast::unchecked_into);
    Reflect::set(&window, &key, &object).ok()?;
    Some(object)
}

fn expose(name: &str, action: impl Fn() + 'static) {
    if let Some(hooks) = hooks() {
        let closure = Closure::<dyn Fn()>::new(action);
        let _ = Reflect::set(&hooks, &JsValue::from_str(name), closure.as_ref());
        closure.forget();
    }
}

/// `reload()`: a new load of the article, as a newer request would start one.
pub fn expose_reload(load: impl Fn() + 'static) {
    expose("reload", load);
}

/// `unmount()`: the widget goes away, as it would when a host removes it.
pub fn keep_for_unmount(handle: impl std::any::Any) {
    MOUNTED.with(|mounted| *mounted.borrow_mut() = Some(Box::new(handle)));
    expose("unmount", || {
        let handle = MOUNTED.with(|mounted| mounted.borrow_mut().take());
        drop(handle);
    });
}
