//! Words of a text with their places, and the comparisons the drafter makes on them.

/// A word: its byte span in the text, and its core without the punctuation around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Word<'a> {
    pub start: usize,
    pub end: usize,
    pub raw: &'a str,
    pub core: &'a str,
}

/// Articles elided onto the next word.
const ELIDED: [&str; 8] = ["l’", "d’", "l'", "d'", "L’", "D’", "L'", "D'"];

/// `text` without an elided article before it: "Enseignement" of "l’Enseignement", "élu" of
/// "l’élu".
pub fn without_elided(text: &str) -> &str {
    ELIDED
        .iter()
        .find_map(|prefix| text.strip_prefix(prefix))
        .unwrap_or(text)
}

impl<'a> Word<'a> {
    /// The word without an elided article before a capital: "USAM" of "l’USAM", "Union" of
    /// "d’Union" (not "euros" of "d’euros").
    pub fn without_elision(self) -> Word<'a> {
        match self.without_elided_article() {
            word if word.core.starts_with(char::is_uppercase) => word,
            _ => self,
        }
    }

    /// The word read without its elided article but written with it: "de l’Estaque" is read as
    /// a capital inside a name and written as it stands.
    pub fn read_without_elision(self) -> Word<'a> {
        Word {
            core: self.without_elision().core,
            ..self
        }
    }

    /// The word as written without an elided article before a capital: "Association" of
    /// "l’Association", however it is read.
    pub fn written_without_elision(self) -> &'a str {
        let rest = without_elided(self.raw);
        if rest.starts_with(char::is_uppercase) {
            rest
        } else {
            self.raw
        }
    }

    /// The word after the article elided onto it ("élu" of "l’élu"), when it has one.
    pub fn after_elided_article(self) -> Option<Word<'a>> {
        let word = self.without_elided_article();
        (word.start != self.start).then_some(word)
    }

    /// The word without an elided article: "élu" of "l’élu".
    pub fn without_elided_article(self) -> Word<'a> {
        for prefix in ELIDED {
            if let (Some(raw), Some(core)) = (
                self.raw.strip_prefix(prefix),
                self.core.strip_prefix(prefix),
            ) {
                if !core.is_empty() {
                    return Word {
                        start: self.start + prefix.len(),
                        end: self.end,
                        raw,
                        core,
                    };
                }
            }
        }
        self
    }

    /// Whether the word starts with a capital letter.
    pub fn capitalized(&self) -> bool {
        self.core.chars().next().is_some_and(char::is_uppercase)
    }

    pub fn lower(&self) -> String {
        self.core.to_lowercase()
    }

    /// Whether the word ends in punctuation that closes a clause (`,` `;` `:`) or a sentence.
    pub fn ends_clause(&self) -> bool {
        self.raw
            .trim_end_matches(['”', '’', '"', '»', '“', '«', '‘', '›', '‹', ')'])
            .ends_with([',', ';', ':', '.', '!', '?'])
    }
}

/// White space as JavaScript trims it (and ArchieML with it): Unicode's, and U+FEFF.
pub fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{feff}'
}

/// `text` without white space (as [`is_space`] has it) at either end.
pub fn trimmed(text: &str) -> &str {
    text.trim_matches(is_space)
}

/// The words of `text[from..to]`, split at white space (no-break spaces included).
pub fn words(text: &str, from: usize, to: usize) -> Vec<Word<'_>> {
    let mut found = Vec::new();
    let mut start = None;
    let slice = text.get(from..to).unwrap_or_default();
    for (at, c) in slice
        .char_indices()
        .chain(std::iter::once((slice.len(), ' ')))
    {
        if is_space(c) {
            if let Some(begin) = start.take() {
                let raw = &slice[begin..at];
                found.push(Word {
                    start: from + begin,
                    end: from + at,
                    raw,
                    core: raw.trim_matches(|c: char| !c.is_alphanumeric()),
                });
            }
        } else if start.is_none() {
            start = Some(at);
        }
    }
    found
}

/// Whether `word` is `item` as written, or with a capital as at the start of a sentence.
pub fn same_cased(word: &str, item: &str) -> bool {
    if word == item {
        return true;
    }
    let mut chars = item.chars();
    chars.next().is_some_and(|first| {
        let mut capital: String = first.to_uppercase().collect();
        capital.push_str(chars.as_str());
        capital == word
    })
}

/// How many words from `at` spell `phrase` (each compared by `same`), if they do.
pub fn phrase_at(
    words: &[Word],
    at: usize,
    phrase: &str,
    same: impl Fn(&str, &str) -> bool,
) -> Option<usize> {
    let parts: Vec<&str> = phrase.split_whitespace().collect();
    let here = words.get(at..at + parts.len())?;
    let last = parts.len().checked_sub(1)?;
    here.iter()
        .zip(&parts)
        .enumerate()
        .all(|(n, (word, part))| {
            // A word's own punctuation counts for its last part only when the phrase has it.
            let core = if part.ends_with(['.', '%', '$', '€', '£'])
                || part.starts_with(['$', '€', '£'])
            {
                word.raw
                    .trim_matches(|c: char| ",;:!?()“”\"«»„‘’".contains(c))
            } else {
                word.core
            };
            same(core, part) && (n == last || !word.ends_clause())
        })
        .then_some(parts.len())
}

/// Case-insensitive equality.
pub fn same_any_case(word: &str, item: &str) -> bool {
    word.to_lowercase() == item.to_lowercase()
}

/// The longest phrase of `list` that starts at word `at`: its length in words.
pub fn longest_at(words: &[Word], at: usize, list: &[String], cased: bool) -> Option<usize> {
    list.iter()
        .filter_map(|item| {
            if cased {
                phrase_at(words, at, item, same_cased)
            } else {
                phrase_at(words, at, item, same_any_case)
            }
        })
        .max()
}

/// A slug for an id: lower-case ASCII letters and digits joined by hyphens, at most `max`
/// bytes; accented Latin letters lose their accents.
pub fn slug(text: &str, max: usize) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let plain = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ą' => 'a',
            'ç' | 'ć' | 'č' => 'c',
            'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ě' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' | 'ń' | 'ň' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
            'ù' | 'ú' | 'û' | 'ü' | 'ů' => 'u',
            'ý' | 'ÿ' => 'y',
            'ß' => 's',
            'ł' => 'l',
            'š' | 'ś' => 's',
            'ž' | 'ź' | 'ż' => 'z',
            'ř' => 'r',
            c if c.is_ascii_alphanumeric() => c,
            _ => '-',
        };
        if plain == '-' {
            if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        } else {
            out.push(plain);
        }
        if out.len() >= max {
            break;
        }
    }
    out.truncate(max);
    out.trim_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_keep_their_places_and_lose_their_punctuation() {
        let text = "“Europe knows,” Zelenskyy\u{a0}said.";
        let found = words(text, 0, text.len());
        let cores: Vec<&str> = found.iter().map(|w| w.core).collect();
        assert_eq!(cores, ["Europe", "knows", "Zelenskyy", "said"]);
        assert_eq!(&text[found[2].start..found[2].end], "Zelenskyy");
        assert!(found[1].ends_clause());
    }

    #[test]
    fn slugs_are_ids() {
        assert_eq!(
            slug("Grève des transports à Rennes", 64),
            "greve-des-transports-a-rennes"
        );
        assert_eq!(slug("  “Hello”, World! ", 64), "hello-world");
        assert_eq!(slug("Straße", 4), "stra");
        assert_eq!(slug("日本", 64), "");
    }
}
