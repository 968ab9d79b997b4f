//! A first draft of an explainer from its source article: every direct quotation with its
//! speaker, the key figures, the dated sentences as a timeline, and an "At a glance" of the most
//! central sentences, each item a span of the source, so that the editor chooses and writes
//! instead of copying. English, French and German, each language's words as data
//! (draft/languages/). Used by `explainer-draft` and, in the editor's wasm, by "Draft from the
//! source".

mod calendar;
mod dates;
mod figures;
mod glance;
mod language;
mod mention;
mod naming;
mod people;
mod quotes;
mod sentences;
mod source;
mod speakers;
mod text;

use std::collections::HashSet;
use std::fmt;

use archieml::{Place, Value};

pub use calendar::Day;
pub use language::{detect, LANGUAGES};

use crate::language::{language, Language};
use crate::people::People;
use crate::text::{slug, words, Word};

/// The largest source the drafter reads, as the widget and the editor cap what they load.
pub const MAX_SOURCE_BYTES: usize = 2 * 1024 * 1024;

/// What the draft is made with besides the source.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// `YYYY-MM-DD`; otherwise the dateline's date, otherwise `today`.
    pub published: Option<String>,
    /// A language tag; otherwise the language the text is written in.
    pub language: Option<String>,
    /// `YYYY-MM-DD`: the day the draft is made.
    pub today: Option<String>,
}

/// Why no draft was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DraftError {
    Empty,
    TooLarge(usize),
    NotText,
    /// An invisible control character, which the content model refuses (it can disguise text).
    Control(char),
    BadDate(String),
    UnknownLanguage(String),
    NoDate,
}

impl fmt::Display for DraftError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DraftError::Empty => write!(f, "the source text is empty: paste the article, one paragraph per line"),
            DraftError::TooLarge(_) => write!(
                f,
                "the source text is over 2 MB; at most {MAX_SOURCE_BYTES} bytes are read"
            ),
            DraftError::NotText => write!(f, "the source is not text (it holds NUL or other control bytes, or is not UTF-8)"),
            DraftError::Control(c) => write!(
                f,
                "the source holds the invisible control character U+{:04X}, which can disguise text; remove it",
                u32::from(*c)
            ),
            DraftError::BadDate(date) => write!(f, "{date:?} is not a date: write it as YYYY-MM-DD, e.g. 2025-03-27"),
            DraftError::UnknownLanguage(tag) => {
                let known: Vec<&str> = LANGUAGES.iter().map(|(tag, _)| *tag).collect();
                write!(f, "no drafting words for the language {tag:?}; known: {}", known.join(", "))
            }
            DraftError::NoDate => write!(f, "the source gives no publication date and none was given: give one as YYYY-MM-DD"),
        }
    }
}

impl std::error::Error for DraftError {}

/// The source as text, if it is: UTF-8, no NUL or other control bytes, at most
/// [`MAX_SOURCE_BYTES`], not empty.
pub fn source_text(bytes: &[u8]) -> Result<&str, DraftError> {
    if bytes.len() > MAX_SOURCE_BYTES {
        return Err(DraftError::TooLarge(bytes.len()));
    }
    let text = std::str::from_utf8(bytes).map_err(|_| DraftError::NotText)?;
    // NUL is what binary files hold; a text file does not.
    if text.contains('\0') {
        return Err(DraftError::NotText);
    }
    checked(text)
}

/// `text` unless it is empty or holds a control character the content model refuses.
fn checked(text: &str) -> Result<&str, DraftError> {
    if let Some(c) = text.chars().find(|&c| {
        (c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    }) {
        return Err(DraftError::Control(c));
    }
    if text.trim().is_empty() {
        return Err(DraftError::Empty);
    }
    Ok(text)
}

/// A draft article, as the content model's JSON shape (keys in the order an editor reads
/// them): write it with [`Draft::json`] or [`Draft::archieml`].
#[derive(Debug, Clone, PartialEq)]
pub struct Draft(Value);

impl Draft {
    pub fn json(&self) -> String {
        let mut text = self.0.to_json_text();
        text.push('\n');
        text
    }

    /// The draft as ArchieML; every value it holds is text, so this does not fail in practice.
    pub fn archieml(&self) -> Result<String, String> {
        archieml::write(&self.0)
    }
}

/// The sentences the drafter reads in `source` (its body, in order), for measuring the
/// segmenter against others.
pub fn sentences_of(source: &str, tag: &str) -> Vec<String> {
    let Some(language) = language(tag) else {
        return Vec::new();
    };
    let read = source::read(source);
    let drafter = Drafter::new(&read, Day::EPOCH, language);
    drafter
        .all_sentences()
        .into_iter()
        .map(|s| s.text.to_owned())
        .collect()
}

/// Drafts the explainer of the source article `source`.
pub fn draft(source: &str, options: &Options) -> Result<Draft, DraftError> {
    if source.len() > MAX_SOURCE_BYTES {
        return Err(DraftError::TooLarge(source.len()));
    }
    let source = checked(source.strip_prefix('\u{feff}').unwrap_or(source))?;
    let read = source::read(source);
    let day = |text: &String| Day::parse_iso(text).ok_or_else(|| DraftError::BadDate(text.clone()));
    let published = match (&options.published, read.dated, &options.today) {
        (Some(given), _, _) => day(given)?,
        (None, Some(dated), _) => dated,
        (None, None, Some(today)) => day(today)?,
        (None, None, None) => return Err(DraftError::NoDate),
    };
    let tag = match &options.language {
        Some(tag) => tag.clone(),
        None => detect(source).to_owned(),
    };
    let language = language(&tag).ok_or_else(|| DraftError::UnknownLanguage(tag.clone()))?;
    Ok(Draft(
        Drafter::new(&read, published, language).article(&tag),
    ))
}

/// The work of one draft.
struct Drafter<'a> {
    source: &'a source::Source<'a>,
    published: Day,
    language: &'static Language,
    quotes: Vec<quotes::Quoted>,
    sentences: speakers::Sentences,
}

impl<'a> Drafter<'a> {
    fn new(source: &'a source::Source<'a>, published: Day, language: &'static Language) -> Self {
        let quotes = quotes::quotations(&source.paragraphs, language);
        let sentences = source
            .paragraphs
            .iter()
            .enumerate()
            .map(|(index, paragraph)| {
                let quoted: Vec<_> = quotes
                    .iter()
                    .filter(|q| q.paragraph == index)
                    .map(|q| q.outer.clone())
                    .collect();
                sentences::sentences(paragraph, language, &quoted)
            })
            .collect();
        Drafter {
            source,
            published,
            language,
            quotes,
            sentences,
        }
    }

    /// Every sentence, with its words outside quotations read once for the figures and dates.
    fn all_sentences(&self) -> Vec<Sentence<'a>> {
        let mut all = Vec::new();
        for (index, ranges) in self.sentences.iter().enumerate() {
            let paragraph = self.source.paragraphs[index];
            for range in ranges {
                let outside = words(paragraph, range.start, range.end)
                    .into_iter()
                    .filter(|w| {
                        !self.quotes.iter().any(|q| {
                            q.paragraph == index && q.outer.start <= w.start && w.end <= q.outer.end
                        })
                    })
                    .collect();
                all.push(Sentence {
                    paragraph: index,
                    range: range.clone(),
                    text: &paragraph[range.clone()],
                    outside,
                });
            }
        }
        all
    }

    fn article(&self, tag: &str) -> Value {
        let paragraphs = &self.source.paragraphs;
        let mut people = People::default();
        let said = speakers::attribute(
            paragraphs,
            &self.sentences,
            &self.quotes,
            &mut people,
            self.published,
            self.language,
        );
        let sentences = self.all_sentences();
        let lead = sentences.first().map(|s| s.text).unwrap_or_default();
        let headline = self.source.headline.unwrap_or(lead);
        let mut ids = Ids::default();

        let mut fields = vec![
            field("schemaVersion", text("1.0")),
            field("id", text(&ids.new_id(&slug(headline, 48), "draft"))),
            field("inLanguage", text(tag)),
            field("headline", text(headline)),
            field("description", text(lead)),
            field("datePublished", text(&self.published.iso())),
        ];

        // Actors: those quoted, in the order they first speak.
        let mut speaking: Vec<usize> = Vec::new();
        for s in &said {
            if !speaking.contains(&s.speaker) {
                speaking.push(s.speaker);
            }
        }
        let actor_ids: Vec<String> = speaking
            .iter()
            .map(|&p| ids.new_id(&slug(&people.list[p].name, 40), "speaker"))
            .collect();
        let actors: Vec<Value> = speaking
            .iter()
            .zip(&actor_ids)
            .map(|(&p, id)| {
                let person = &people.list[p];
                let mut entries = vec![field("id", text(id)), field("name", text(&person.name))];
                if let Some(role) = &person.role {
                    entries.push(field("role", text(role)));
                }
                object(entries)
            })
            .collect();

        // Key figures, each once.
        let mut figures = Vec::new();
        let mut seen = HashSet::new();
        for sentence in &sentences {
            for figure in figures::figures(
                paragraphs[sentence.paragraph],
                &sentence.outside,
                self.language,
            ) {
                if !seen.insert((figure.value.clone(), figure.label.clone())) {
                    continue;
                }
                let id = ids.new_id(
                    &slug(&format!("{} {}", figure.value, figure.label), 40),
                    "figure",
                );
                let mut entries = vec![field("id", text(&id))];
                if let Some(qualifier) = &figure.qualifier {
                    entries.push(field("qualifier", text(qualifier)));
                }
                entries.push(field("value", text(&figure.value)));
                entries.push(field("label", text(&figure.label)));
                entries.push(field("evidence", text(sentence.text)));
                figures.push(object(entries));
            }
        }

        let mut counts = vec![0usize; actor_ids.len()];
        let quotes: Vec<Value> = said
            .iter()
            .map(|s| {
                let actor = speaking.iter().position(|&p| p == s.speaker).unwrap_or(0);
                counts[actor] += 1;
                let creator = &actor_ids[actor];
                let id = ids.new_id(&format!("{creator}-{}", counts[actor]), "quote");
                let quoted = &paragraphs[s.quote.paragraph][s.quote.inner.clone()];
                let mut entries = vec![
                    field("id", text(&id)),
                    field("text", text(quoted)),
                    field("creator", text(creator)),
                ];
                if let Some(date) = s.date {
                    entries.push(field("dateCreated", text(&date.iso())));
                }
                object(entries)
            })
            .collect();

        // At a glance: the central sentences that quote no one.
        let texts: Vec<&str> = sentences.iter().map(|s| s.text).collect();
        let eligible: Vec<bool> = sentences
            .iter()
            .map(|sentence| {
                let quotes_someone = said.iter().any(|s| {
                    s.quote.paragraph == sentence.paragraph
                        && sentence.range.start <= s.quote.outer.start
                        && s.quote.outer.start < sentence.range.end
                });
                let length = sentence.text.split_whitespace().count();
                !quotes_someone && (6..=60).contains(&length)
            })
            .collect();
        let count = (texts.len() / 6).clamp(3, 5);
        let glance: Vec<Value> = glance::central(&texts, &eligible, count, self.language)
            .into_iter()
            .map(|i| {
                object(vec![
                    field("text", text(texts[i])),
                    field("evidence", text(texts[i])),
                ])
            })
            .collect();

        // The timeline: each dated sentence, once per day it gives, in the order of days.
        let mut events: Vec<(Day, &str)> = Vec::new();
        for sentence in &sentences {
            for found in dates::dates(&sentence.outside, self.published, self.language) {
                if !events.contains(&(found.day, sentence.text)) {
                    events.push((found.day, sentence.text));
                }
            }
        }
        events.sort_by_key(|(day, _)| *day);
        let events: Vec<Value> = events
            .into_iter()
            .map(|(day, sentence)| {
                object(vec![
                    field("date", text(&day.iso())),
                    field("text", text(sentence)),
                    field("evidence", text(sentence)),
                ])
            })
            .collect();

        if !actors.is_empty() {
            fields.push(field("actors", list(actors)));
        }
        if !figures.is_empty() {
            fields.push(field("keyFigures", list(figures)));
        }
        if !quotes.is_empty() {
            fields.push(field("quotes", list(quotes)));
        }
        let mut sections = Vec::new();
        if !glance.is_empty() {
            sections.push(object(vec![
                field("type", text("facts")),
                field("id", text(&ids.new_id("at-a-glance", "section"))),
                field("title", text(&self.language.glance_title)),
                field("facts", list(glance)),
            ]));
        }
        if !events.is_empty() {
            sections.push(object(vec![
                field("type", text("timeline")),
                field("id", text(&ids.new_id("timeline", "section"))),
                field("title", text(&self.language.timeline_title)),
                field("events", list(events)),
            ]));
        }
        if !sections.is_empty() {
            fields.push(field("sections", list(sections)));
        }
        object(fields)
    }
}

/// A sentence of the body: its paragraph, its place there, its text, and its words outside
/// quotations.
struct Sentence<'a> {
    paragraph: usize,
    range: std::ops::Range<usize>,
    text: &'a str,
    outside: Vec<Word<'a>>,
}

/// Ids unique in the article, as the validator requires.
#[derive(Default)]
struct Ids(HashSet<String>);

impl Ids {
    fn new_id(&mut self, wanted: &str, fallback: &str) -> String {
        let base = if wanted.is_empty() { fallback } else { wanted };
        let base = base.trim_matches('-');
        let mut id = base.to_owned();
        let mut n = 2;
        while !self.0.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        id
    }
}

const NOWHERE: Place = Place { line: 0, column: 0 };

fn text(value: &str) -> Value {
    Value::Text(value.to_owned(), NOWHERE)
}

fn list(items: Vec<Value>) -> Value {
    Value::List(items, NOWHERE)
}

fn object(entries: Vec<(String, Value)>) -> Value {
    Value::Object(entries, NOWHERE)
}

fn field(key: &str, value: Value) -> (String, Value) {
    (key.to_owned(), value)
}
