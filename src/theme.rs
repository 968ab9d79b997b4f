//! Theme, accent colour and transparency applied to the document, with accent contrast kept readable.

use crate::config::Config;
use crate::contract;

/// Page background of the light and dark themes, from their one home (style/base.css paints
/// them; tests/contract.rs holds it to the same). A malformed one fails the build.
const LIGHT_BACKGROUND: Rgb = Rgb::known(contract::LIGHT_BACKGROUND);
const DARK_BACKGROUND: Rgb = Rgb::known(contract::DARK_BACKGROUND);
/// WCAG AA contrast for normal text.
const MIN_CONTRAST: f64 = 4.5;

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Parses `#rrggbb` (as `config::normalize_hex_colour` writes it, and as the contract's
    /// backgrounds are written).
    pub const fn from_hex(hex: &str) -> Option<Rgb> {
        const fn digit(c: u8) -> Option<u8> {
            match c {
                b'0'..=b'9' => Some(c - b'0'),
                b'a'..=b'f' => Some(c - b'a' + 10),
                b'A'..=b'F' => Some(c - b'A' + 10),
                _ => None,
            }
        }
        const fn channel(bytes: &[u8], at: usize) -> Option<u8> {
            match (digit(bytes[at]), digit(bytes[at + 1])) {
                (Some(high), Some(low)) => Some(high * 16 + low),
                _ => None,
            }
        }
        let bytes = hex.as_bytes();
        if bytes.len() != 7 || bytes[0] != b'#' {
            return None;
        }
        match (channel(bytes, 1), channel(bytes, 3), channel(bytes, 5)) {
            (Some(red), Some(green), Some(blue)) => Some(Rgb(red, green, blue)),
            _ => None,
        }
    }

    /// A colour known when compiling: one that does not parse fails the build.
    const fn known(hex: &str) -> Rgb {
        match Rgb::from_hex(hex) {
            Some(colour) => colour,
            None => panic!("a colour is #rrggbb"),
        }
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

#[cfg(test)]
mod tests {
    use super::{Rgb, DARK_BACKGROUND, LIGHT_BACKGROUND};

    #[test]
    fn a_colour_is_read_from_rrggbb_and_nothing_else() {
        assert_eq!(Rgb::from_hex("#0b5cad"), Some(Rgb(0x0b, 0x5c, 0xad)));
        assert_eq!(Rgb::from_hex("#0B5CAD"), Some(Rgb(0x0b, 0x5c, 0xad)));
        for refused in [
            "0b5cad", "#0b5ca", "#0b5cad0", "#0g5cad", "#+b5cad", "", "#",
        ] {
            assert_eq!(Rgb::from_hex(refused), None, "{refused}");
        }
        assert_eq!(LIGHT_BACKGROUND, Rgb(0xff, 0xff, 0xff));
        assert_eq!(DARK_BACKGROUND, Rgb(0x12, 0x14, 0x17));
    }
}
