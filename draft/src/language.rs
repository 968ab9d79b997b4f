//! What the drafter knows of a language, read from its file in draft/languages/ (one per
//! language, as the interface languages are): quotation marks, speech verbs, titles, date words,
//! figure words, abbreviations.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

/// One language's words, as its file declares them.
#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Language {
    pub language: String,
    /// Opening and closing marks, the most used first.
    pub quotes: Vec<(String, String)>,
    pub speech_verbs: Vec<String>,
    /// Words between an inverted speaker and the verb ("a" déclaré, "hat" gesagt).
    pub auxiliaries: Vec<String>,
    pub according: Vec<String>,
    /// Pronoun → `m`, `f`, `p` (plural) or `o` (a thing: an organisation); the drafter also
    /// uses `x` (a person) and `a` (anyone).
    pub pronouns: HashMap<String, char>,
    /// Pronouns written onto a verb ("a-t-il"), by their ending.
    pub inverted_pronouns: HashMap<String, char>,
    pub titles: Vec<String>,
    pub organisations: Vec<String>,
    /// "the statement", "le communiqué": a text that speaks for whoever the sentences were
    /// about, person or organisation.
    pub documents: Vec<String>,
    /// "spokeswoman", "Sprecher", "porte-parole": one who speaks for an organisation, which is
    /// the speaker when they are not named.
    pub spokespersons: Vec<String>,
    pub anonymous: Vec<String>,
    pub articles: Vec<String>,
    /// "his", "sa", "ihr": before a title alone, like a definite article.
    pub possessives: Vec<String>,
    /// "the", "la", "der": before a title alone, it points at someone already named.
    pub definite_articles: Vec<String>,
    /// A name after one is not a sentence's subject ("with the Great Lakes Wire").
    pub prepositions: Vec<String>,
    /// Speech verbs whose object is who is spoken to ("told the Courier"): what follows them is
    /// an addressee, as a preposition's object is, never the speaker.
    pub addressing: Vec<String>,
    /// "a", "un", "ein": a speaker introduced so and not named is an anonymous source.
    pub indefinites: Vec<String>,
    /// "Mr", "M.", "Frau": before a name, neither name nor role.
    pub honorifics: Vec<String>,
    /// The gender an honorific says: "ms" → `f`.
    pub honorific_genders: HashMap<String, char>,
    /// Articles that say a role's holder is a woman ("la ministre") or a man ("der Minister").
    pub feminine_articles: Vec<String>,
    pub masculine_articles: Vec<String>,
    pub particles: Vec<String>,
    /// Particles that go on with a name only after another one: "der" of "von der Leyen", not
    /// of "Wiederherstellung der IT".
    pub inner_particles: Vec<String>,
    /// "and", "et", "und": joins two names, or goes on inside one ("Maritime and Transport
    /// Workers’ Union") or a title's complement ("MP for Swaledale and Skelthorpe").
    pub conjunctions: Vec<String>,
    /// Words just before an opening mark that make what follows a name or a title, not speech.
    pub not_speech: Vec<String>,
    /// Words that end a speaker's mention after a speech verb ("said Kovac on Monday").
    pub mention_ends: Vec<String>,
    pub future: Vec<String>,
    pub future_suffixes: Vec<String>,
    /// Monday first, as the text writes them.
    pub weekdays: Vec<String>,
    pub months: Vec<String>,
    /// "Feb." → 2, written without the full stop.
    pub month_abbreviations: Vec<(String, u32)>,
    /// What a weekday is written together with ("Mittwochabend").
    pub weekday_parts: Vec<String>,
    /// "yesterday" → -1.
    pub days: HashMap<String, i64>,
    /// ("last week", "week", -1).
    pub periods: Vec<(String, String, i64)>,
    pub qualifiers: Vec<String>,
    pub approximate: Vec<String>,
    pub scales: Vec<String>,
    pub percent: Vec<String>,
    pub currencies: Vec<String>,
    pub currency_words: Vec<String>,
    /// A scale written onto an amount: "€300m", "£1.2bn".
    pub scale_suffixes: Vec<String>,
    /// Endings of the nouns of nationality written with a capital before a name ("le
    /// Sud-Coréen Park Ji-hoon").
    pub nationality_suffixes: Vec<String>,
    pub label_skip: Vec<String>,
    pub label_stops: Vec<String>,
    pub abbreviations: Vec<String>,
    pub stopwords: Vec<String>,
    /// Nouns are written together ("Verkehrsministerin"): titles and organisations match as
    /// the end of a word.
    pub compounds: bool,
    pub glance_title: String,
    pub timeline_title: String,
}

/// The languages the drafter reads, by tag.
pub const LANGUAGES: &[(&str, &str)] = &[
    ("en", include_str!("../languages/en.json")),
    ("fr", include_str!("../languages/fr.json")),
    ("de", include_str!("../languages/de.json")),
];

/// The language of `tag` ("fr-CH" reads as "fr"), if the drafter knows it.
pub fn language(tag: &str) -> Option<&'static Language> {
    static READ: OnceLock<Vec<Language>> = OnceLock::new();
    let read = READ.get_or_init(|| {
        LANGUAGES
            .iter()
            // The files are the crate's own, held to this shape by a test; one that does not
            // read is left out rather than stopping the drafter.
            .filter_map(|(_, text)| serde_json::from_str(text).ok())
            .collect()
    });
    let primary = tag
        .split(['-', '_'])
        .next()
        .unwrap_or(tag)
        .to_ascii_lowercase();
    read.iter().find(|language| language.language == primary)
}

/// The known language whose common words `text` uses most: English when none is clear.
pub fn detect(text: &str) -> &'static str {
    let words: Vec<String> = text
        .split_whitespace()
        .take(2000)
        .map(|word| {
            word.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let mut best = ("en", 0);
    for (tag, _) in LANGUAGES {
        let Some(language) = language(tag) else {
            continue;
        };
        let score = words
            .iter()
            .filter(|word| language.stopwords.iter().any(|stop| stop == *word))
            .count();
        if score > best.1 {
            best = (tag, score);
        }
    }
    best.0
}

impl Language {
    /// Whether `word` (any case) is one of `list`.
    pub fn is(list: &[String], word: &str) -> bool {
        let lower = word.to_lowercase();
        list.contains(&lower)
    }

    /// Whether `word` names a role: a title, or in a compounding language a word ending in one.
    pub fn is_title(&self, word: &str) -> bool {
        self.matches_noun(&self.titles, word)
    }

    /// Whether `word` names an organisation.
    pub fn is_organisation(&self, word: &str) -> bool {
        self.matches_noun(&self.organisations, word)
    }

    /// Whether `word` is exactly one of the title or organisation words: a generic noun
    /// ("Ministerium"), not a name built on one ("Bundeswirtschaftsministerium").
    pub fn is_generic(&self, word: &str) -> bool {
        let lower = word.to_lowercase();
        let known = |w: &str| {
            self.titles.iter().any(|t| t == w) || self.organisations.iter().any(|o| o == w)
        };
        // Inflected in a compounding language: "des Klubs", "des Vereins".
        known(&lower)
            || (self.compounds
                && ["s", "es", "en", "n"]
                    .iter()
                    .any(|ending| lower.strip_suffix(ending).is_some_and(known)))
    }

    fn matches_noun(&self, list: &[String], word: &str) -> bool {
        let lower = word.to_lowercase();
        let lower = lower
            .trim_end_matches("’s")
            .trim_end_matches("'s")
            .trim_end_matches(['’', '\'']);
        // "GDL-Chef", "Stadtwerke-Sprecher": a hyphenated word is what its last part is; in a
        // compounding language, a word is what it ends with, inflected or not ("des Verbands",
        // "dem Gesundheitsökonomen").
        let endings: &[&str] = if self.compounds {
            &["", "s", "es", "en", "n"]
        } else {
            &[""]
        };
        std::iter::once(lower)
            .chain(lower.rsplit('-').next())
            .any(|part| {
                endings.iter().any(|ending| {
                    let Some(stem) = part.strip_suffix(ending) else {
                        return false;
                    };
                    list.iter().any(|item| {
                        item == stem
                            || (self.compounds
                                && item.chars().count() >= 4
                                && stem.ends_with(item.as_str()))
                    })
                })
            })
    }

    /// Whether `word` ends a sentence with its full stop: not an abbreviation, an honorific or
    /// an initial ("Dr.", "M.", "J.").
    pub fn ends_sentence(&self, word: &str) -> bool {
        let stem = word.trim_end_matches(['”', '’', '"', '»', '“', '«']);
        if !stem.ends_with(['.', '!', '?', ';']) {
            return false;
        }
        let core = stem
            .trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase();
        !(core.chars().count() == 1
            || Self::is(&self.abbreviations, &core)
            || Self::is(&self.honorifics, &core))
    }

    /// Whether `word` closes a clause: its punctuation does, unless it is an abbreviation's
    /// full stop ("M. du Plessis-Vigier", "Dr. Ruiz").
    pub fn closes(&self, word: &crate::text::Word) -> bool {
        word.ends_clause() && (!word.raw.ends_with('.') || self.ends_sentence(word.raw))
    }

    pub fn is_speech_verb(&self, word: &str) -> bool {
        Self::is(&self.speech_verbs, word)
    }
}
