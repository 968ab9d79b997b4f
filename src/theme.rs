//! Theme, accent colour and transparency applied to the document, with accent contrast kept readable.

use crate::config::Config;
use crate::contract;

/// Page background of the light and dark themes, from their one home (style/base.css paints
/// them; tests/contract.rs holds it to the same).
const LIGHT_BACKGROUND: Rgb = Rgb::hex(contract::LIGHT_BACKGROUND);
const DARK_BACKGROUND: Rgb = Rgb::hex(contract::DARK_BACKGROUND);
/// WCAG AA contrast for normal text.
const MIN_CONTRAST: f64 = 4.5;

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// A `#rrggbb` colour known when compiling (a malformed one fails the build).
    const fn hex(hex: &str) -> Rgb {
        const fn digit(c: u8) -> u8 {
            match c {
                b'0'..=b'9' => c - b'0',
                b'a'..=b'f' => c - b'a' + 10,
                _ => panic!("a colour is #rrggbb, in lowercase"),
            }
        }
        let b = hex.as_bytes();
        assert!(b.len() == 7 && b[0] == b'#', "a colour is #rrggbb");
        Rgb(
            digit(b[1]) * 16 + digit(b[2]),
            digit(b[3]) * 16 + digit(b[4]),
            digit(b[5]) * 16 + digit(b[6]),
        )
    }

    /// Parses `#rrggbb` (as produced by `config::normalize_hex_colour`).
    pub fn from_hex(hex: &str) -> Option<Rgb> {
        let hex = hex.strip_prefix('#')?;
        let channel = |at: usize| u8::from_str_radix(hex.get(at..at + 2)?, 16).ok();
        Some(Rgb(channel(0)?, channel(2)?, channel(4)?))
    }

    pub fn to_hex(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.0, self.1, self.2)
    }

    /// WCAG relative luminance.
    fn luminance(self) -> f64 {
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                // The browser's pow: Rust's `powf` brings 1.4 KB of libm into the wasm.
                js_sys::Math::pow((c + 0.055) / 1.055, 2.4)
            }
        };
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }

    /// Moves each channel `amount` (0..=1) of the way towards `target`.
    fn mix(self, target: Rgb, amount: f64) -> Rgb {
        let mix =
            |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * amount).round() as u8;
        Rgb(
            mix(self.0, target.0),
            mix(self.1, target.1),
            mix(self.2, target.2),
        )
    }
}

/// WCAG contrast ratio between two colours (1 to 21).
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The accent itself when it reads well on `background`; else the accent darkened (on a light
/// background) or lightened (on a dark one) just enough to reach 4.5:1.
pub fn readable_accent(accent: Rgb, background: Rgb) -> Rgb {
    let towards = if background.luminance() > 0.5 {
        Rgb(0, 0, 0)
    } else {
        Rgb(0xff, 0xff, 0xff)
    };
    (0..=20)
        .map(|step| accent.mix(towards, f64::from(step) * 0.05))
        .find(|candidate| contrast(*candidate, background) >= MIN_CONTRAST)
        .unwrap_or(towards)
}

/// Applies theme, accent and transparency to `<html>`: classes and CSS custom properties
/// only, set through the CSSOM so a strict `style-src` allows them.
pub fn apply(config: &Config) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let classes = root.class_list();
    let _ = classes.add_1(&format!("theme-{}", config.theme.as_str()));
    if config.transparent {
        let _ = classes.add_1("transparent");
    }
    if let Some(accent) = config.accent.as_deref().and_then(Rgb::from_hex) {
        if let Some(element) = wasm_bindgen::JsCast::dyn_ref::<web_sys::HtmlElement>(&root) {
            let style = element.style();
            let light = readable_accent(accent, LIGHT_BACKGROUND).to_hex();
            let dark = readable_accent(accent, DARK_BACKGROUND).to_hex();
            let _ = style.set_property("--ex-accent-light", &light);
            let _ = style.set_property("--ex-accent-dark", &dark);
        }
    }
}
