//! The embed parameters of a query string (`?src=a.json&theme=dark`), each read and checked by
//! a reader of its own; a value that is not what the parameter takes is ignored with a warning.

use article::is_language_tag;
use web_sys::UrlSearchParams;

use super::{
    normalize_hex_colour, Config, OpenSections, Theme, MAX_REFRESH_SECONDS, MIN_REFRESH_SECONDS,
};

impl Config {
    /// Reads the configuration from a query string such as `?src=a.json&theme=dark`.
    pub fn from_query(query: &str) -> Config {
        let Ok(params) = UrlSearchParams::new_with_str(query) else {
            return Config::default();
        };
        let mut query = Query {
            params,
            warnings: Vec::new(),
        };
        Config {
            src: query.get("src").filter(|s| !s.is_empty()),
            theme: query.theme(),
            accent: query.accent(),
            open: query.open(),
            transparent: query.transparent(),
            lang: query.lang(),
            heading_level: query.heading_level(),
            child_id: query.child_id(),
            wordpress_secret: None,
            refresh: query.refresh(),
            warnings: query.warnings,
        }
    }
}

/// A query's parameters, and the warnings about those ignored.
struct Query {
    params: UrlSearchParams,
    warnings: Vec<String>,
}

impl Query {
    fn get(&self, name: &str) -> Option<String> {
        self.params.get(name).map(|v| v.trim().to_owned())
    }

    fn warn(&mut self, name: &str, value: &str, expected: &str) {
        self.warnings.push(format!(
            "news explainer: ignoring {name}={}; expected {expected}",
            article::quoted(value)
        ));
    }

    /// `theme`: light (the default), dark or auto.
    fn theme(&mut self) -> Theme {
        match self.get("theme").as_deref() {
            None | Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            Some("auto") => Theme::Auto,
            Some(other) => {
                self.warn("theme", other, "light, dark or auto");
                Theme::Light
            }
        }
    }

    /// `accent`: a hex colour, with or without `#`.
    fn accent(&mut self) -> Option<String> {
        let value = self.get("accent")?;
        let normalized = normalize_hex_colour(&value);
        if normalized.is_none() {
            self.warn("accent", &value, "a hex colour such as 0b5cad or #0b5cad");
        }
        normalized
    }

    /// `open`: none (the default), all, or section ids separated by commas.
    fn open(&self) -> OpenSections {
        match self.get("open").as_deref() {
            None | Some("none") | Some("") => OpenSections::None,
            Some("all") => OpenSections::All,
            Some(list) => OpenSections::Ids(
                list.split(',')
                    .map(str::trim)
                    .filter(|id| !id.is_empty())
                    .map(str::to_owned)
                    .collect(),
            ),
        }
    }

    /// `transparent`: 1 or 0 (the default).
    fn transparent(&mut self) -> bool {
        match self.get("transparent").as_deref() {
            None | Some("0") | Some("false") => false,
            Some("1") | Some("true") | Some("") => true,
            Some(other) => {
                self.warn("transparent", other, "1 or 0");
                false
            }
        }
    }

    /// `lang`: a BCP 47 tag.
    fn lang(&mut self) -> Option<String> {
        let tag = self.get("lang")?;
        let ok = is_language_tag(&tag);
        if !ok {
            self.warn("lang", &tag, "a BCP 47 language tag such as en, fr or uk");
        }
        ok.then_some(tag)
    }

    /// `headingLevel`: 1 to 6, 2 by default.
    fn heading_level(&mut self) -> u8 {
        let Some(value) = self.get("headingLevel") else {
            return 2;
        };
        match value.parse::<u8>() {
            Ok(level @ 1..=6) => level,
            _ => {
                self.warn("headingLevel", &value, "a number from 1 to 6");
                2
            }
        }
    }

    /// `childId`: the id Pym.js gives its child frame.
    fn child_id(&mut self) -> Option<String> {
        let id = self.get("childId")?;
        let ok = !id.is_empty() && id.len() <= 128 && !id.contains("xPYMx");
        if !ok {
            self.warn("childId", &id, "a Pym.js child id");
        }
        ok.then_some(id)
    }

    /// `refresh`: seconds between checks for a newer article, at least 10; 0 (off) by default.
    fn refresh(&mut self) -> Option<u32> {
        let value = self.get("refresh")?;
        match value.parse::<u32>() {
            Ok(0) => None,
            Ok(seconds) if seconds < MIN_REFRESH_SECONDS => {
                self.warn(
                    "refresh",
                    &value,
                    "0 (off) or at least 10 seconds; using 10",
                );
                Some(MIN_REFRESH_SECONDS)
            }
            Ok(seconds) => Some(seconds.min(MAX_REFRESH_SECONDS)),
            Err(_) => {
                self.warn(
                    "refresh",
                    &value,
                    "a number of seconds, at least 10, or 0 (off)",
                );
                None
            }
        }
    }
}
