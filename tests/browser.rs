//! Browser tests (wasm-bindgen-test in headless Chromium): components mounted into a real DOM.

#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use explainer::config::Config;
use explainer::i18n;
use explainer::i18n::dates::long_date;
use explainer::load::BUNDLED_ARTICLE;
use explainer::view::Explainer;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, KeyboardEvent, KeyboardEventInit};

wasm_bindgen_test_configure!(run_in_browser);

/// An explainer mounted for one test: unmounted and removed when the test ends, so no id of
/// one test's DOM is still in the document during the next.
struct Mounted {
    container: Element,
    /// The mount's `UnmountHandle`: dropping it unmounts the view and its reactive owner.
    handle: Option<Box<dyn std::any::Any>>,
}

impl std::ops::Deref for Mounted {
    type Target = Element;

    fn deref(&self) -> &Element {
        &self.container
    }
}

impl Drop for Mounted {
    fn drop(&mut self) {
        drop(self.handle.take());
        self.container.remove();
    }
}

/// Mounts an explainer for `json` into a fresh container.
fn mount(json: &str) -> Mounted {
    let article = Arc::new(article::parse_article(json).expect("test article is valid"));
    let document = document();
    let body = document.body().expect("body");
    assert_eq!(
        body.query_selector("[data-test-mount]").ok().flatten(),
        None,
        "the previous test's explainer is still mounted"
    );
    let container = document.create_element("div").expect("create div");
    container
        .set_attribute("data-test-mount", "")
        .expect("set attribute");
    body.append_child(&container).expect("append");
    let parent: HtmlElement = container.clone().unchecked_into();
    let handle = leptos::mount::mount_to(parent, move || view! { <Explainer article=article /> });
    Mounted {
        container,
        handle: Some(Box::new(handle)),
    }
}

/// Lets effects and microtasks run.
async fn tick() {
    let promise = js_sys::Promise::resolve(&wasm_bindgen::JsValue::NULL);
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

fn select(root: &Element, selector: &str) -> HtmlElement {
    root.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .unchecked_into()
}

fn select_all(root: &Element, selector: &str) -> Vec<HtmlElement> {
    let list = root.query_selector_all(selector).expect("valid selector");
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.unchecked_into())
        .collect()
}

fn press(target: &HtmlElement, key: &str) {
    let init = KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    target.dispatch_event(&event).expect("dispatch");
}

#[wasm_bindgen_test]
async fn accordion_buttons_carry_aria_and_toggle_their_panel() {
    let root = mount(BUNDLED_ARTICLE);
    tick().await;
    let buttons = select_all(&root, ".accordion__heading > button.accordion__button");
    assert_eq!(buttons.len(), 6);
    for button in &buttons {
        assert_eq!(
            button.get_attribute("aria-expanded").as_deref(),
            Some("false")
        );
        let panel_id = button
            .get_attribute("aria-controls")
            .expect("aria-controls");
        let panel = select(&root, &format!("#{panel_id}"));
        assert_eq!(
            panel.get_attribute("hidden").as_deref(),
            Some("until-found")
        );
        assert_eq!(panel.get_attribute("aria-labelledby"), Some(button.id()));
    }
    buttons[2].click();
    tick().await;
    assert_eq!(
        buttons[2].get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    assert_eq!(
        select(&root, "#ceasefire-panel").get_attribute("hidden"),
        None
    );
    buttons[2].click();
    tick().await;
    assert_eq!(
        select(&root, "#ceasefire-panel")
            .get_attribute("hidden")
            .as_deref(),
        Some("until-found")
    );
}

#[wasm_bindgen_test]
async fn arrow_keys_home_and_end_move_focus_between_headers() {
    let root = mount(BUNDLED_ARTICLE);
    tick().await;
    let buttons = select_all(&root, ".accordion__button");
    let focused = || document().active_element().map(|e| e.id());
    buttons[0].focus().expect("focus");
    press(&buttons[0], "ArrowDown");
    assert_eq!(focused(), Some(buttons[1].id()));
    press(&buttons[1], "End");
    assert_eq!(focused(), Some(buttons[5].id()));
    press(&buttons[5], "ArrowDown");
    assert_eq!(focused(), Some(buttons[0].id()), "ArrowDown wraps around");
    press(&buttons[0], "ArrowUp");
    assert_eq!(focused(), Some(buttons[5].id()), "ArrowUp wraps around");
    press(&buttons[5], "Home");
    assert_eq!(focused(), Some(buttons[0].id()));
    press(&buttons[0], "a");
    assert_eq!(focused(), Some(buttons[0].id()), "other keys do nothing");
}

#[wasm_bindgen_test]
async fn show_all_and_hide_all_toggle_every_panel() {
    let root = mount(BUNDLED_ARTICLE);
    tick().await;
    let toggle = select(&root, ".accordion__toggle-all");
    assert_eq!(toggle.text_content().as_deref(), Some("Show all sections"));
    toggle.click();
    tick().await;
    assert!(select_all(&root, ".accordion__panel[hidden]").is_empty());
    assert_eq!(toggle.text_content().as_deref(), Some("Hide all sections"));
    assert_eq!(
        toggle.get_attribute("aria-expanded").as_deref(),
        Some("true")
    );
    toggle.click();
    tick().await;
    assert_eq!(select_all(&root, ".accordion__panel[hidden]").len(), 6);
}

#[wasm_bindgen_test]
async fn unknown_section_type_falls_back_to_title_and_summary() {
    let json = r#"{"schemaVersion": "1.4", "id": "a", "headline": "H", "datePublished": "2025-04-01",
        "sections": [{"type": "liveMap", "id": "map", "title": "Live map", "summary": "Troop positions.", "layers": [1]}]}"#;
    let root = mount(json);
    tick().await;
    assert_eq!(
        select(&root, "#map-button").text_content().as_deref(),
        Some("Live map")
    );
    let panel = select(&root, "#map-panel");
    assert_eq!(panel.text_content().as_deref(), Some("Troop positions."));
    assert_eq!(
        panel.child_element_count(),
        1,
        "only the summary is rendered"
    );
}

#[wasm_bindgen_test]
fn ceasefire_badges_state_both_axes_in_text() {
    let root = mount(BUNDLED_ARTICLE);
    let badges = select_all(&root, "#ceasefire-panel .card .badge");
    assert_eq!(badges.len(), 2, "one entry for the agreements, two badges");
    // The whole sentence, in the translation's order, then its evidence.
    let texts: Vec<String> = badges[..2]
        .iter()
        .map(|b| b.text_content().unwrap_or_default())
        .collect();
    assert!(
        texts[0].starts_with("Agreement: Agreed (as of "),
        "{}",
        texts[0]
    );
    assert!(
        texts[1].starts_with("Compliance: Mutual accusations (as of "),
        "{}",
        texts[1]
    );
    assert_eq!(
        select(&badges[0], ".badge__axis").text_content().as_deref(),
        Some("Agreement")
    );
    assert_eq!(
        select(&badges[0], ".badge__value")
            .text_content()
            .as_deref(),
        Some("Agreed")
    );
}

#[wasm_bindgen_test]
fn config_reads_src_and_ignores_the_rest() {
    assert_eq!(
        Config::from_query("?src=%2Fa.json&unknown=1")
            .src
            .as_deref(),
        Some("/a.json")
    );
    assert_eq!(Config::from_query("?src=").src, None);
    assert_eq!(Config::from_query("").src, None);
}

#[wasm_bindgen_test]
fn refresh_is_off_unless_asked_and_never_faster_than_ten_seconds() {
    let refresh = |query: &str| Config::from_query(query).refresh;
    assert_eq!(refresh(""), None);
    assert_eq!(refresh("?refresh=0"), None);
    assert_eq!(refresh("?refresh=60"), Some(60));
    assert_eq!(refresh("?refresh=3"), Some(10));
    assert_eq!(refresh("?refresh=999999"), Some(86_400));
    let wrong = Config::from_query("?refresh=soon");
    assert_eq!(wrong.refresh, None);
    assert_eq!(wrong.warnings.len(), 1);
}

/// What the browser's own `Intl` says for a calendar date, in the Gregorian calendar articles
/// are dated in: the oracle for every language file's months, date pattern and digits.
fn intl_long_date(iso: &str, lang: &str) -> String {
    let options = js_sys::Object::new();
    for (key, value) in [
        ("day", "numeric"),
        ("month", "long"),
        ("year", "numeric"),
        ("timeZone", "UTC"),
        ("calendar", "gregory"),
    ] {
        js_sys::Reflect::set(&options, &key.into(), &value.into()).expect("set option");
    }
    let locales = js_sys::Array::of1(&lang.into());
    let formatter = js_sys::Intl::DateTimeFormat::new(&locales, &options);
    let date = js_sys::Date::new(&iso.into());
    formatter
        .format()
        .call1(&formatter, &date)
        .expect("format")
        .as_string()
        .expect("a string")
}

/// Every language file, read as the widget reads one (the browser's `JSON.parse`).
fn every_language() -> Vec<i18n::Strings> {
    i18n::LANGUAGE_FILES
        .iter()
        .map(|(tag, text)| i18n::parse(text).unwrap_or_else(|err| panic!("i18n/{tag}.json: {err}")))
        .collect()
}

fn language(tag: &str) -> i18n::Strings {
    let (_, text) = i18n::LANGUAGE_FILES
        .iter()
        .find(|(known, _)| *known == tag)
        .expect("a language file");
    i18n::parse(text).expect("readable")
}

#[wasm_bindgen_test]
fn dates_read_as_intl_writes_them_in_every_language_and_month() {
    let languages = every_language();
    assert!(languages.len() > 30, "{} languages", languages.len());
    for strings in &languages {
        for month in 1..=12 {
            let iso = format!("2025-{month:02}-01");
            assert_eq!(
                long_date(&iso, strings),
                intl_long_date(&iso, strings.lang()),
                "{iso} in {}",
                strings.lang()
            );
        }
        // A calendar day is never shifted by the reader's time zone.
        assert_eq!(
            long_date("2025-03-27", strings),
            intl_long_date("2025-03-27", strings.lang())
        );
        assert_eq!(long_date("not a date", strings), "not a date");
    }
}

#[wasm_bindgen_test]
fn the_publisher_chooses_the_plural_forms_the_browser_chooses() {
    // The publisher prerenders with CLDR's rules in Rust (ICU4X); the browser then uses
    // Intl.PluralRules. Where the two disagree on a category (ICU4X gives Vietnamese a "one"
    // the browser does not), the form chosen must still be the same.
    let mut compared = 0;
    for strings in every_language() {
        for plural in [strings.show_all_items(), strings.err_timeout()] {
            for count in (0..=1_200).chain([10_000, 100_001, 1_000_000]) {
                assert_eq!(
                    plural.form(i18n::cldr_plural_category(strings.lang(), count)),
                    plural.form(&i18n::plural_category(strings.lang(), count)),
                    "{count} in {}",
                    strings.lang()
                );
                compared += 1;
            }
        }
    }
    assert!(compared > 80_000);
}

#[wasm_bindgen_test]
fn a_long_lists_button_takes_the_plural_form_of_its_count() {
    let polish = language("pl");
    assert_eq!(
        polish.show_all_items_button(102),
        "Pokaż wszystkie 102 elementy"
    );
    assert_eq!(
        polish.show_all_items_button(105),
        "Pokaż wszystkie 105 elementów"
    );
    let russian = language("ru");
    assert_eq!(
        russian.show_all_items_button(101),
        "Показать все 101 элемент"
    );
    assert_eq!(
        russian.show_all_items_button(103),
        "Показать все 103 элемента"
    );
    assert_eq!(
        russian.show_all_items_button(111),
        "Показать все 111 элементов"
    );
    let arabic = language("ar");
    assert_eq!(arabic.show_all_items_button(103), "إظهار 103 عناصر");
    assert_eq!(arabic.show_all_items_button(111), "إظهار 111 عنصرًا");
    assert_eq!(arabic.show_all_items_button(200), "إظهار 200 عنصر");
    assert_eq!(
        i18n::english().show_all_items_button(150),
        "Show all 150 items"
    );
    // Persian writes its own digits.
    assert_eq!(
        language("fa").show_all_items_button(120),
        "نمایش همهٔ ۱۲۰ مورد"
    );
}

#[wasm_bindgen_test]
fn date_times_show_the_time_on_each_languages_clock_with_its_offset() {
    let (english, french, ukrainian) = (i18n::english(), &language("fr"), &language("uk"));
    let (korean, persian, arabic, finnish) = (
        &language("ko"),
        &language("fa"),
        &language("ar"),
        &language("fi"),
    );
    // Shown as written, whatever the browser's time zone: the offset says which midnight.
    let cases = [
        (english, "2025-03-27T21:05", "March 27, 2025 at 9:05 PM"),
        (english, "2025-01-01T00:30", "January 1, 2025 at 12:30 AM"),
        (english, "2025-01-01T12:00", "January 1, 2025 at 12:00 PM"),
        (
            english,
            "2025-06-12T00:00:00+02:00",
            "June 12, 2025 at 12:00 AM UTC+02:00",
        ),
        (
            english,
            "2025-06-12T23:59:59.250-05:30",
            "June 12, 2025 at 11:59 PM UTC-05:30",
        ),
        (
            english,
            "2025-03-27T09:30:00Z",
            "March 27, 2025 at 9:30 AM UTC",
        ),
        (french, "2025-03-27T09:05", "27 mars 2025 à 09:05"),
        (
            french,
            "2025-06-12T00:00+02:00",
            "12 juin 2025 à 00:00 UTC+02:00",
        ),
        (ukrainian, "2025-03-27T21:05", "27 березня 2025 р. о 21:05"),
        (
            ukrainian,
            "2025-03-27T21:05Z",
            "27 березня 2025 р. о 21:05 UTC",
        ),
        (korean, "2025-03-27T21:05", "2025년 3월 27일 오후 9:05"),
        (finnish, "2025-03-27T09:05", "27. maaliskuuta 2025 klo 9.05"),
        (arabic, "2025-03-27T09:05", "27 مارس 2025 في 9:05 ص"),
        (persian, "2025-03-27T21:05", "۲۷ مارس ۲۰۲۵ ساعت ۲۱:۰۵"),
    ];
    for (strings, iso, expected) in cases {
        assert_eq!(
            long_date(iso, strings),
            expected,
            "{iso} in {}",
            strings.lang()
        );
    }
}

#[wasm_bindgen_test]
fn accent_colours_are_normalized_and_kept_readable() {
    use explainer::config::normalize_hex_colour;
    use explainer::theme::{contrast, readable_accent, Rgb};
    assert_eq!(normalize_hex_colour("0B5CAD").as_deref(), Some("#0b5cad"));
    assert_eq!(normalize_hex_colour("#abc").as_deref(), Some("#aabbcc"));
    assert_eq!(normalize_hex_colour("red"), None);
    assert_eq!(normalize_hex_colour("#12345"), None);
    let white = Rgb(255, 255, 255);
    let dark = Rgb(0x12, 0x14, 0x17);
    let navy = Rgb(0, 0, 0x80);
    assert_eq!(
        readable_accent(navy, white),
        navy,
        "a readable accent is kept as it is"
    );
    for accent in [Rgb(255, 255, 0), navy, Rgb(0x80, 0x80, 0x80)] {
        assert!(contrast(readable_accent(accent, white), white) >= 4.5);
        assert!(contrast(readable_accent(accent, dark), dark) >= 4.5);
    }
}

#[wasm_bindgen_test]
fn article_addresses_are_checked_against_the_allow_list_before_any_request() {
    use explainer::load::{checked_url, LoadError};
    let page = "https://widgets.example.org/explainer/?src=x";
    assert_eq!(
        checked_url("articles/a.json", page, "").as_deref(),
        Ok("https://widgets.example.org/explainer/articles/a.json")
    );
    assert_eq!(
        checked_url(
            "https://data.example.net/a.json",
            page,
            "https://cdn.example.com, https://data.example.net"
        )
        .as_deref(),
        Ok("https://data.example.net/a.json")
    );
    assert_eq!(
        checked_url(
            "https://evil.example/a.json",
            page,
            "https://data.example.net"
        ),
        Err(LoadError::NotAllowed {
            origin: "https://evil.example".into()
        })
    );
    assert_eq!(
        checked_url("http://widgets.example.org/a.json", page, ""),
        Err(LoadError::NotAllowed {
            origin: "http://widgets.example.org".into()
        }),
        "another scheme is another origin"
    );
    for bad in [
        "javascript:alert(1)",
        "data:application/json,{}",
        "file:///etc/passwd",
        "http://[::1",
    ] {
        assert_eq!(
            checked_url(bad, page, ""),
            Err(LoadError::BadAddress { src: bad.into() })
        );
    }
}

#[wasm_bindgen_test]
async fn an_article_without_sections_shows_no_show_all_control() {
    let json = r#"{"schemaVersion": "1.0", "id": "a", "headline": "Only a headline", "datePublished": "2025-04-01"}"#;
    let root = mount(json);
    tick().await;
    assert_eq!(
        select(&root, ".header__headline").text_content().as_deref(),
        Some("Only a headline")
    );
    assert!(select_all(&root, ".accordion, .accordion__toggle-all").is_empty());
}

/// The shape error of a document read through the browser's `JSON.parse`.
fn browser_error(text: &str) -> String {
    match explainer::browser_json::parse_article(text) {
        Err(err) => err.to_string(),
        Ok(article) => format!("accepted: {}", article.headline),
    }
}

#[wasm_bindgen_test]
fn json_parse_errors_read_as_the_validators() {
    // Syntax: placed and worded as serde_json does natively, whatever the browser says.
    assert_eq!(
        browser_error("{\n  \"headline\": \"Par"),
        "The article is not valid JSON: EOF while parsing a string at line 2, column 18."
    );
    // Types: numbers as the browser writes them.
    let head = r#"{"schemaVersion": "1.0", "id": "a", "datePublished": "2025-04-01", "headline": "#;
    assert_eq!(
        browser_error(&format!("{head}42}}")),
        "The article does not match the format at headline: invalid type: integer `42`, expected a string (line 1, column 80)."
    );
    assert_eq!(
        browser_error(&format!("{head}1.5}}")),
        "The article does not match the format at headline: invalid type: floating point `1.5`, expected a string (line 1, column 80)."
    );
}

#[wasm_bindgen_test]
fn json_parse_reads_any_depth_and_never_inherited_keys() {
    let deep = format!(
        r#"{{"schemaVersion": "1.0", "id": "a", "headline": "H", "datePublished": "2025-04-01", "futureField": {}{}, "sections": {}{}}}"#,
        "[".repeat(100_000),
        "]".repeat(100_000),
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    assert!(
        browser_error(&deep).starts_with(
            "The article does not match the format at sections[0]: invalid type: sequence, expected a section object"
        ),
        "{}",
        browser_error(&deep)
    );
    // `constructor` and `toString` are on every object's prototype, never in the document.
    let article = explainer::browser_json::parse_article(
        r#"{"schemaVersion": "1.0", "id": "a", "headline": "H", "datePublished": "2025-04-01"}"#,
    )
    .expect("a minimal article");
    assert_eq!(article.description, "");
    assert_eq!(
        browser_error(
            r#"{"schemaVersion": "1.0", "id": "a", "datePublished": "2025-04-01", "constructor": "x"}"#
        ),
        "The article does not match the format at .: missing field `headline` (line 1, column 1)."
    );
}
