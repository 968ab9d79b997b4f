//! What changed between versions of an article. The comparison and everything a reader sees of
//! it are scripts beside this file, so the wasm carries none of it (changes.js, since.js, seen.js;
//! the publisher runs changes.js in Node for its feeds): the wasm only hands over the text it read.

use wasm_bindgen::{JsCast, JsValue};

use crate::contract::SHOWN_GLOBAL;
use crate::load::Shown;

/// Hands src/start/boot.js the text of the article shown, when the widget read one (a published
/// page's is in its data block; the bundled one has no versions), for it to remember.
pub(crate) fn hand_over(shown: &Shown) {
    // Natively (the publisher) there is no text, and no window to ask for.
    let Some(text) = &shown.text else { return };
    let remember = web_sys::window()
        .and_then(|window| js_sys::Reflect::get(&window, &SHOWN_GLOBAL.into()).ok())
        .and_then(|remember| remember.dyn_into::<js_sys::Function>().ok());
    if let Some(remember) = remember {
        let _ = remember.call1(&JsValue::NULL, &JsValue::from_str(text));
    }
}
