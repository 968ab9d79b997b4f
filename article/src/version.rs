//! Schema versions: `MAJOR.MINOR`, read the same way by parsing (which refuses a newer major)
//! and validation (which names a malformed one).

/// `"1.2"` → `Some(1)`; anything not `MAJOR.MINOR` in digits → `None`.
pub fn major_version(version: &str) -> Option<u64> {
    let (major, minor) = version.split_once('.')?;
    let digits = |s: &str| !s.is_empty() && s.len() <= 9 && s.bytes().all(|b| b.is_ascii_digit());
    if digits(major) && digits(minor) {
        major.parse().ok()
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::major_version;

    #[test]
    fn only_major_dot_minor_in_digits_is_a_version() {
        assert_eq!(major_version("1.0"), Some(1));
        assert_eq!(major_version("12.345"), Some(12));
        for bad in [
            "1",
            "1.",
            ".1",
            "1.0a",
            "a.0",
            "1.0.0",
            "1234567890.0",
            "1.1234567890",
            "",
        ] {
            assert_eq!(major_version(bad), None, "{bad}");
        }
    }
}
