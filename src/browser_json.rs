//! The browser's `JSON.parse` as the JSON reader ([`article::JsonValue`]) of articles and of
//! language files (`crate::i18n` reads them through it): no JSON parser or derived decoders in
//! the wasm. And the other way, the plain objects handed to JavaScript (`js_object`).

use article::{parse_article_with, syntax_error_in, Article, ArticleError, JsonValue, Kind};
use js_sys::{Array, Function, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};

/// A value `JSON.parse` returned.
pub struct Parsed(pub JsValue);

impl JsonValue for Parsed {
    fn kind(&self) -> Kind {
        let value = &self.0;
        if value.is_null() {
            Kind::Null
        } else if let Some(b) = value.as_bool() {
            Kind::Bool(b)
        } else if value.as_f64().is_some() {
            let number: &js_sys::Number = value.unchecked_ref();
            Kind::Number(
                number
                    .to_string_with_radix(10)
                    .map(String::from)
                    .unwrap_or_default(),
            )
        } else if value.is_string() {
            Kind::String
        } else if Array::is_array(value) {
            Kind::Array
        } else {
            Kind::Object
        }
    }

    fn string(&self) -> Option<String> {
        self.0.as_string()
    }

    fn field(&self, key: &str) -> Option<Self> {
        if !self.0.is_object() || Array::is_array(&self.0) {
            return None;
        }
        let value = Reflect::get(&self.0, &JsValue::from_str(key)).ok()?;
        // JSON has no undefined and no functions: either means the key is not the object's
        // own (a missing key, or one Object.prototype has, such as `constructor`).
        (!value.is_undefined() && !value.is_instance_of::<Function>()).then_some(Parsed(value))
    }

    fn elements(&self) -> Vec<Self> {
        self.0
            .dyn_ref::<Array>()
            .map(|array| array.iter().map(Parsed).collect())
            .unwrap_or_default()
    }
}

/// Parses and validates an article with the browser's JSON parser; a syntax error is
/// described (and placed) as the validator would. Never inlined: the first load and live
/// updates share one copy (inlined into both, it cost the wasm about 1 KB of brotli).
#[inline(never)]
pub fn parse_article(text: &str) -> Result<Article, ArticleError> {
    parse_article_with(text, |text| {
        JSON::parse(text)
            .map(Parsed)
            .map_err(|_| syntax_error_in(text))
    })
}

/// `text` read by `JSON.parse`, for a decoder over [`JsonValue`] (a language file's).
pub fn parse(text: &str) -> Result<Parsed, String> {
    JSON::parse(text)
        .map(Parsed)
        .map_err(|_| "not JSON".to_owned())
}

/// A plain JS object from key/value pairs.
pub(crate) fn js_object(pairs: &[(&str, JsValue)]) -> JsValue {
    let object = js_sys::Object::new();
    for (key, value) in pairs {
        // Setting a property on a fresh plain object cannot fail.
        let _ = Reflect::set(&object, &(*key).into(), value);
    }
    object.into()
}
