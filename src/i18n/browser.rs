//! How the browser comes by its interface language: English is in the wasm; any other was
//! fetched by `src/start/boot.js` beside the wasm, or is in a published page's data block.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::{english, Strings};
use crate::browser_json::Parsed;
use crate::contract::LANGUAGE_GLOBAL;

/// The promise of the language file `src/start/boot.js` is fetching, if it is fetching one.
pub fn requested() -> Option<js_sys::Promise> {
    let window = web_sys::window()?;
    let choice = js_sys::Reflect::get(&window, &LANGUAGE_GLOBAL.into()).ok()?;
    js_sys::Reflect::get(&choice, &"table".into())
        .ok()?
        .dyn_into()
        .ok()
}

/// The strings of the language file `src/start/boot.js` fetched; English, with a console warning,
/// when it could not be had or read.
pub async fn fetched(table: js_sys::Promise) -> &'static Strings {
    let read = JsFuture::from(table)
        .await
        .map_err(|err| err.as_string().unwrap_or_else(|| "not fetched".to_owned()))
        .and_then(|value| Strings::read(&Parsed(value)));
    kept(read)
}

/// The strings of a language file's text (a published page's data block).
pub fn from_text(text: &str) -> &'static Strings {
    kept(super::parse(text))
}

/// Strings read once, kept for the page's life; English, with a warning, when unreadable.
fn kept(read: Result<Strings, String>) -> &'static Strings {
    match read {
        Ok(strings) => Box::leak(Box::new(strings)),
        Err(problem) => {
            let warning =
                format!("news explainer: interface language not read ({problem}); using English");
            web_sys::console::warn_1(&JsValue::from(warning));
            english()
        }
    }
}
