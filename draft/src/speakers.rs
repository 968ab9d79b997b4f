//! Who said each quotation: a speech verb after it ("…,” she said) or before it (X warned:
//! “…”), "according to", the subject of a sentence ending in a colon before it, the same
//! speaker for the second half of a split quote and for a quote's next paragraph, the subject
//! of the sentence before for a quote that stands alone. Stretches in quotation marks that no
//! one says (scare quotes, titles, names) are left out.

use std::ops::Range;

use crate::calendar::Day;
use crate::dates::dates;
use crate::language::Language;
use crate::mention::{is_common, trim_articles, who, Side, Who};
use crate::naming;
use crate::people::People;
use crate::quotes::Quoted;
use crate::text::{longest_at, words, Word};

/// A quotation and who said it.
#[derive(Debug, Clone)]
pub struct Said {
    pub quote: Quoted,
    /// Index in `People::list`.
    pub speaker: usize,
    /// When it was said, where the sentence says.
    pub date: Option<Day>,
}

/// Each paragraph's sentences, as byte ranges.
pub type Sentences = Vec<Vec<Range<usize>>>;

/// The quotations of `quotes` that are speech, each with its speaker; `people` ends with
/// everyone the article names.
pub fn attribute(
    paragraphs: &[&str],
    sentences: &Sentences,
    quotes: &[Quoted],
    people: &mut People,
    published: Day,
    language: &Language,
) -> Vec<Said> {
    let mut said: Vec<Said> = Vec::new();
    // The subject of the latest sentence that named someone, and whether that sentence came
    // after the latest quote drafted: then a quote standing alone is the subject's.
    let mut subject: Option<usize> = None;
    let mut subject_is_newer = false;
    for (index, paragraph) in paragraphs.iter().enumerate() {
        let inside: Vec<&Quoted> = quotes.iter().filter(|q| q.paragraph == index).collect();
        // A word that starts inside a quotation is the quotation's, even with the comma after
        // its closing mark ("Tribüne“,").
        let outside = |w: &Word| {
            !inside
                .iter()
                .any(|q| q.outer.start <= w.start && w.start < q.outer.end)
        };
        for (number, sentence) in sentences[index].iter().enumerate() {
            let in_sentence: Vec<&&Quoted> = inside
                .iter()
                .filter(|q| sentence.start <= q.outer.start && q.outer.start < sentence.end)
                .collect();
            // Who the sentence names, noted before its quotes: a pronoun after "Claudia
            // Wernicke …, bevor sie begann:" stands for her.
            let named = naming::note_mentions(
                paragraph,
                sentence.clone(),
                &outside,
                people,
                index,
                language,
            );
            if let Some((person, at)) = named {
                people.note_subject(person, (index, at));
            }
            // The last quote of this sentence drafted as speech: where it ended, who said it.
            let mut drafted: Option<(usize, usize)> = None;
            for (n, quote) in in_sentence.iter().enumerate() {
                let at = (index, quote.outer.start);
                // What stands before a quote runs back to the last one said in the sentence
                // (a title in marks between does not cut it).
                let before_from = drafted.map_or(sentence.start, |(end, _)| end);
                let after_to = in_sentence
                    .get(n + 1)
                    .map_or(sentence.end, |next| next.outer.start);
                let before = words(paragraph, before_from, quote.outer.start);
                let after = words(paragraph, quote.outer.end.min(after_to), after_to);
                if is_named_not_said(paragraph, &before, quote, language) {
                    continue;
                }
                let next_sentence = || {
                    let next = sentences[index].get(number + 1)?;
                    let next_words = words(paragraph, next.start, next.end);
                    let has_quote = inside
                        .iter()
                        .any(|q| next.start <= q.outer.start && q.outer.start < next.end);
                    (!has_quote && next_words.len() <= 10)
                        .then(|| said_after(&next_words, language))
                        .flatten()
                };
                // "Des bulletins ont-ils disparu ? « Non. »": the answer to a question asked in the
                // sentence before is speech, however short.
                let answers = number > 0
                    && before.iter().all(|w| w.core.is_empty())
                    && paragraph[sentences[index][number - 1].clone()]
                        .trim_end()
                        .ends_with('?');
                let from_after = quote
                    .incise
                    .map(Who::Pronoun)
                    .or_else(|| said_after(&after, language));
                // "drehte sich um: „Niemals.“": a colon introduces what is said.
                let after_colon = before.last().is_some_and(|w| w.raw.ends_with(':'));
                if from_after.is_none()
                    && !after_colon
                    && !answers
                    && is_a_name(&paragraph[quote.inner.clone()], language)
                {
                    continue;
                }
                let found = from_after
                    .or_else(|| said_before(&before, language))
                    .or_else(|| {
                        if after.iter().all(|w| w.core.is_empty()) {
                            next_sentence()
                        } else {
                            None
                        }
                    });
                let starts_sentence = before.iter().all(|w| w.core.is_empty());
                let previous = said
                    .last()
                    .filter(|s| s.quote.paragraph == index)
                    .map(|s| s.speaker);
                // "Anke Tiedemann … vermisste aber ein Konzept: „…“": who the sentence is about,
                // named before the colon.
                let colon_subject = named
                    .filter(|&(_, named_at)| after_colon && named_at < quote.outer.start)
                    .map(|(person, _)| person);
                // "Sie ließ keinen Zweifel daran, dass auch das Klinikum …: „…“": a pronoun that
                // opens the sentence is its subject, before any name in a clause after it.
                let opening_pronoun = before
                    .iter()
                    .find(|w| !w.core.is_empty())
                    .and_then(|w| language.pronouns.get(&w.lower()))
                    .filter(|_| after_colon)
                    .map(|&gender| Who::Pronoun(gender));
                let speaker = if let Some(found) = &found {
                    Some(people.speaker(found, at, language))
                } else if let Some(pronoun) = &opening_pronoun {
                    Some(people.speaker(pronoun, at, language))
                } else if let Some(person) = colon_subject {
                    Some(person)
                } else if let Some(opening) = after_colon
                    .then(|| opening_subject(&before, language))
                    .flatten()
                {
                    Some(people.speaker(&opening, at, language))
                } else if quote.continued {
                    said.last()
                        .filter(|s| s.quote.continues && s.quote.paragraph + 1 == index)
                        .map(|s| s.speaker)
                } else if let Some((_, speaker)) = drafted {
                    // "“…,” she said, “…”": the second half of a split quote.
                    Some(speaker)
                } else if starts_sentence && subject_is_newer && subject.is_some() {
                    subject
                } else if starts_sentence && previous.is_some() {
                    previous
                } else if starts_sentence && (answers || word_count(paragraph, quote) >= 4) {
                    subject.or(said.last().map(|s| s.speaker))
                } else {
                    None
                };
                let Some(speaker) = speaker else { continue };
                people.list[speaker].speaks = true;
                people.note_subject(speaker, at);
                let date = [&after, &before]
                    .into_iter()
                    .find_map(|w| dates(w, published, language).first().map(|f| f.day))
                    .or_else(|| {
                        let whole: Vec<Word> = words(paragraph, sentence.start, sentence.end)
                            .into_iter()
                            .filter(outside)
                            .collect();
                        dates(&whole, published, language).first().map(|f| f.day)
                    });
                said.push(Said {
                    quote: (**quote).clone(),
                    speaker,
                    date,
                });
                drafted = Some((quote.outer.end, speaker));
            }
            if let Some((_, speaker)) = drafted {
                // A sentence that quotes someone is about them.
                subject = Some(speaker);
                subject_is_newer = false;
            } else if let Some((person, _)) = named {
                subject = Some(person);
                subject_is_newer = true;
            }
        }
    }
    said
}

/// The pronoun or title alone that opens a sentence ending in a colon, its subject: "L’élu a
/// ensuite interpellé la majorité : « … »", "She turned to the room: “…”".
fn opening_subject(before: &[Word], language: &Language) -> Option<Who> {
    // German puts its verb second: "Den Vorwurf wies der Club zurück:", the subject after it.
    if language.compounds {
        let after_verb = (1..before.len().saturating_sub(1)).find(|&at| {
            let verb = &before[at - 1];
            matches!(before[at].lower().as_str(), "der" | "die" | "das")
                && !verb.capitalized()
                && !Language::is(&language.prepositions, verb.core)
                && !Language::is(&language.articles, verb.core)
                && (language.is_title(before[at + 1].core)
                    || language.is_organisation(before[at + 1].core))
        });
        if let Some(at) = after_verb {
            return who(&before[at..at + 2], Side::Before, language);
        }
    }
    // "When her turn came, she spoke to the gallery:": a pronoun that opens a clause.
    let clause_pronoun = before.iter().enumerate().skip(1).find(|(at, w)| {
        before[at - 1].raw.ends_with(',') && language.pronouns.contains_key(&w.lower())
    });
    if let Some((at, _)) = clause_pronoun {
        if before[at + 1..]
            .iter()
            .all(|w| !w.ends_clause() || w.raw.ends_with(':'))
        {
            return who(&before[at..at + 1], Side::Before, language);
        }
    }
    let first = before.first()?;
    let elided_title = first
        .after_elided_article()
        .is_some_and(|w| language.is_title(w.core));
    let length = if language.pronouns.contains_key(&first.lower()) || elided_title {
        1
    } else if Language::is(&language.definite_articles, first.core)
        || Language::is(&language.possessives, first.core)
    {
        let title = before.get(1)?;
        if !(language.is_title(title.core) || language.is_organisation(title.core)) {
            return None;
        }
        2
    } else {
        return None;
    };
    // A name after the title makes it a role ("the mayor Paul Girard"), read elsewhere.
    let named_after = before
        .get(length)
        .is_some_and(|w| w.capitalized() && !is_common(w, language));
    if named_after || before[..length].iter().any(Word::ends_clause) {
        return None;
    }
    who(&before[..length], Side::Before, language)
}

/// A short stretch in title case ("Resilient Rivers", "Coalition of the Willing."): a name
/// or a title, not speech, unless a speech verb follows it.
fn is_a_name(quoted: &str, language: &Language) -> bool {
    let words: Vec<&str> = quoted.split_whitespace().collect();
    words.len() <= 5
        && words.iter().all(|w| {
            let core = w.trim_matches(|c: char| !c.is_alphanumeric());
            core.is_empty()
                || core.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                || Language::is(&language.particles, core)
                || Language::is(&language.articles, core)
        })
}

fn word_count(paragraph: &str, quote: &Quoted) -> usize {
    paragraph[quote.inner.clone()].split_whitespace().count()
}

/// Whether the words just before an opening mark make it a name or a title ("the so-called",
/// "a report titled"), with nothing but space between.
fn is_named_not_said(
    paragraph: &str,
    before: &[Word],
    quote: &Quoted,
    language: &Language,
) -> bool {
    let open = quote.outer.start;
    let Some(last) = before.last() else {
        return false;
    };
    if last.end != open && !paragraph[last.end..open].chars().all(char::is_whitespace) {
        return false;
    }
    if last.raw != last.core && !last.raw.ends_with(last.core) {
        return false;
    }
    // "président du groupe « Castelmont d'abord »": a name an organisation word introduces,
    // short and capitalized (not "leaving the company “running on fumes”", said of it).
    let quoted = &paragraph[quote.inner.clone()];
    let name_like =
        quoted.starts_with(char::is_uppercase) && quoted.split_whitespace().count() <= 5;
    if !last.capitalized() && language.is_organisation(last.core) && name_like {
        return true;
    }
    // "Der „Lindenauer Zeitung“ sagte sie", "a “dial-a-ride” minibus": right after an article,
    // a name in title case, or a label the next word is the noun of.
    let after_article = Language::is(&language.articles, last.core)
        || Language::is(&language.indefinites, last.core);
    let labels_a_noun = paragraph[quote.outer.end..]
        .strip_prefix(' ')
        .is_some_and(|rest| rest.starts_with(char::is_lowercase));
    if after_article
        && quoted.split_whitespace().count() <= 3
        && (labels_a_noun || is_a_name(quoted, language))
    {
        return true;
    }
    let mut lower: Vec<String> = before.iter().map(|w| w.raw.to_lowercase()).collect();
    // "what scientists call a ‘flash drought’": an article between the cue and the mark, and
    // "ce que ses adversaires appellent déjà le « troisième tour »": an adverb of time before it.
    if lower.last().is_some_and(|w| {
        Language::is(&language.articles, w) || Language::is(&language.indefinites, w)
    }) {
        lower.pop();
    }
    if lower.last().is_some_and(|w| {
        matches!(
            w.as_str(),
            "already" | "now" | "déjà" | "désormais" | "schon" | "bereits" | "nun"
        )
    }) {
        lower.pop();
    }
    language.not_speech.iter().any(|cue| {
        let cue = cue.to_lowercase();
        let parts: Vec<&str> = cue.split_whitespace().collect();
        lower.len() >= parts.len()
            && lower[lower.len() - parts.len()..]
                .iter()
                .zip(&parts)
                .all(|(w, p)| w == p)
    })
}

/// The speaker named after a quotation: "she said", "said Emmanuel Macron, France's
/// president", "a-t-il ajouté", "sagte Weselsky", "according to a senior diplomat".
pub fn said_after(all: &[Word], language: &Language) -> Option<Who> {
    let start = all.iter().position(|w| !w.core.is_empty())?;
    let words = &all[start..];
    if let Some(length) = longest_at(words, 0, &language.according, false) {
        return named_after_cue(&words[length..], language);
    }
    for word in words.iter().take(3) {
        let lower = word.lower();
        for (ending, gender) in &language.inverted_pronouns {
            if lower.len() > ending.len() && lower.ends_with(ending.as_str()) {
                return Some(Who::Pronoun(*gender));
            }
        }
    }
    let auxiliaries = words
        .iter()
        .take_while(|w| Language::is(&language.auxiliaries, w.core))
        .count();
    // "said X", "a déclaré X", and "a tempéré X": after an auxiliary, any verb the list lacks.
    let verb_follows = words.get(auxiliaries).is_some_and(|w| {
        language.is_speech_verb(w.core)
            || (auxiliaries > 0 && !w.capitalized() && !Language::is(&language.articles, w.core))
    });
    if verb_follows {
        let verb_end = auxiliaries + 1;
        return who(
            &mention_from(&words[verb_end..], language),
            Side::After,
            language,
        );
    }
    // "“…,” she quipped.": a short attribution ending in a verb the list lacks.
    if let [.., verb] = words {
        let short = words.len() <= 5 && verb.raw.ends_with('.') && verb.core.ends_with("ed");
        if short && !verb.capitalized() && words.len() >= 2 {
            return who(&words[..words.len() - 1], Side::Before, language);
        }
    }
    // "“a body blow” for small firms on both banks, according to Priya Natarajan": the cue
    // after a comma, further on.
    let according_later = (1..words.len()).find_map(|at| {
        let length = longest_at(words, at, &language.according, false)?;
        (length > 1 && words[at - 1].raw.ends_with(',')).then_some(at + length)
    });
    if let Some(from) = according_later {
        return named_after_cue(&words[from..], language);
    }
    // "“…,” Nguyen Thi Lan, who rented a flat on the first floor with her husband and two sons,
    // told the jury": past a relative clause about the name, however long, the verb follows.
    let past_relative = || {
        let comma = words.iter().take(5).position(|w| w.raw.ends_with(','))?;
        let relative = words.get(comma + 1)?;
        if !matches!(
            relative.lower().as_str(),
            "who" | "whose" | "qui" | "dont" | "der" | "die"
        ) {
            return None;
        }
        let closes = comma
            + 2
            + words[comma + 2..]
                .iter()
                .take(30)
                .position(|w| w.raw.ends_with(','))?;
        let verb = words[closes + 1..]
            .iter()
            .take(3)
            .position(|w| language.is_speech_verb(w.core))?;
        Some(closes + 1 + verb)
    };
    let verb = words
        .iter()
        .take(14)
        .position(|w| language.is_speech_verb(w.core))
        .or_else(past_relative)?;
    if verb == 0 {
        return None;
    }
    let mention = strip_auxiliaries(&words[..verb], language);
    let mention: Vec<Word> = mention
        .iter()
        .copied()
        .skip_while(|w| matches!(w.lower().as_str(), "as" | "wie" | "comme" | "so"))
        .collect();
    // A mention does not end a sentence inside itself.
    if mention.iter().any(|w| language.ends_sentence(w.raw)) {
        return None;
    }
    who(&mention, Side::Before, language)
}

/// The speaker named before a quotation: "X said:", "X warned that", "According to X,",
/// "Dazu sagte Weselsky:", "a déclaré le ministre :".
pub fn said_before(words: &[Word], language: &Language) -> Option<Who> {
    if words.is_empty() {
        return None;
    }
    if let Some(length) = longest_at(words, 0, &language.according, false) {
        let rest = &words[length..];
        // "According to a letter sent to licence holders, the agency regards it as “…”",
        // "Laut einem Bericht des Dienstleisters Certa Security, …": a document speaks for the
        // one it names, else for the subject of the clause after it.
        let clause_end = rest
            .iter()
            .position(|w| w.raw.ends_with(','))
            .map_or(rest.len(), |at| at + 1);
        if let Some(document) = rest[..clause_end.min(4)]
            .iter()
            .position(|w| Language::is(&language.documents, w.core))
        {
            let author = who(&rest[document + 1..clause_end], Side::After, language)
                .filter(|found| matches!(found, Who::Named { .. }));
            return author.or_else(|| who(&rest[clause_end..], Side::Before, language));
        }
        return who(&name_led(rest, language), Side::After, language);
    }
    let Some(verb) = words.iter().rposition(|w| language.is_speech_verb(w.core)) else {
        return according_inside(words, language);
    };
    // A partial quote deep in reported speech is still the verb's ("She said the group would …,
    // and that there would be no redundancies “for the foreseeable future”").
    if words.len() - verb > 40 {
        return None;
    }
    let clause_start = words[..verb]
        .iter()
        .rposition(|w| language.ends_sentence(w.raw) || w.raw.ends_with(':'))
        .map_or(0, |at| at + 1);
    let before_verb = strip_auxiliaries(&words[clause_start..verb], language);
    // "A spokeswoman … said staff would be redeployed and insisted that “…”": verbs joined
    // together share the subject before the first.
    let joined = before_verb
        .last()
        .is_some_and(|w| Language::is(&language.conjunctions, w.raw));
    let before_verb = match before_verb
        .iter()
        .position(|w| language.is_speech_verb(w.core))
    {
        Some(first) if first > 0 && joined => &before_verb[..first],
        _ => before_verb,
    };
    let after_verb = &words[verb + 1..];
    // "Hollis said of the ponds, which people called “…”": a relative clause between the verb
    // and the quote has a subject of its own.
    let relative = after_verb.windows(2).any(|pair| {
        pair[0].raw.ends_with(',')
            && matches!(
                pair[1].lower().as_str(),
                "which"
                    | "who"
                    | "whom"
                    | "where"
                    | "qui"
                    | "où"
                    | "dont"
                    | "wo"
                    | "welche"
                    | "welcher"
            )
    });
    if relative {
        return None;
    }
    // The subject before the verb ("Kovac warned:"), else after it ("Dazu sagte Weselsky:",
    // "a déclaré le ministre :").
    // "Pressed on whether it was enough, he said:": else the part after the last comma.
    let mention_first = || {
        // "strings attached that she described as “…”": a pronoun just before the verb is its
        // subject, whatever the clause names before it.
        if let Some(&gender) = before_verb
            .last()
            .and_then(|w| language.pronouns.get(&w.lower()))
        {
            return Some(Who::Pronoun(gender));
        }
        let last_part = before_verb[..before_verb.len().saturating_sub(1)]
            .iter()
            .rposition(|w| w.raw.ends_with(','))
            .map_or(before_verb, |comma| &before_verb[comma + 1..]);
        // "a figure the union describes as “…”": a title that ends the clause, after its own
        // definite article, is the verb's subject.
        let title_tail = before_verb
            .iter()
            .rposition(|w| Language::is(&language.definite_articles, w.core))
            .filter(|&at| {
                before_verb.len() == at + 2
                    && at > 0
                    && !before_verb[at - 1].ends_clause()
                    // not a complement: "ein Beamter des Ministeriums"
                    && !before_verb[at - 1].capitalized()
                    && !language.is_title(before_verb[at - 1].core)
                    && (language.is_title(before_verb[at + 1].core)
                        || language.is_organisation(before_verb[at + 1].core))
            })
            .map_or(&before_verb[..0], |at| &before_verb[at..]);
        [title_tail, before_verb, last_part]
            .into_iter()
            .filter(|words| !words.is_empty())
            .find_map(|words| who(words, Side::Before, language))
    };
    let verb_first = || {
        let mention = mention_from(after_verb, language);
        let mention = trim_articles(&mention, language);
        (!mention.is_empty())
            .then(|| who(mention, Side::After, language))
            .flatten()
    };
    // "Dörfer verlören Familien, warnte er, der Verbund sei „…“": a verb after a comma has
    // its subject after it.
    // A pronoun is the verb's subject when it ends the clause ("warnte er,"), not when a clause
    // of its own goes on ("said he was “…”").
    // "A Treasury official, speaking …, told Meridian News the department …": who is told is
    // not the subject.
    let addressing = Language::is(&language.addressing, words[verb].core);
    let subject_follows = !addressing
        && after_verb.first().is_some_and(|w| {
            let pronoun_ends = language.pronouns.contains_key(&w.lower())
                && (w.ends_clause() || after_verb.len() == 1);
            pronoun_ends || (w.capitalized() && !is_common(w, language))
        });
    if before_verb.last().is_some_and(|w| w.raw.ends_with(',')) && subject_follows {
        verb_first().or_else(mention_first)
    } else {
        mention_first().or_else(verb_first)
    }
}

/// Who an "according to" after a quotation names: the mention that starts `words`, up to its
/// name.
fn named_after_cue(words: &[Word], language: &Language) -> Option<Who> {
    who(
        &name_led(&mention_from(words, language), language),
        Side::After,
        language,
    )
}

/// "brauche es nach Ansicht der Wissenschaftlerin „…“", "a été touché, selon la préfète, …":
/// the last cue of "according to" inside a sentence with no speech verb, and who follows it. A
/// one-word cue counts only before a name or a title ("pour les exploitations" names no one).
fn according_inside(words: &[Word], language: &Language) -> Option<Who> {
    let (at, length) = (1..words.len()).rev().find_map(|at| {
        let length = longest_at(words, at, &language.according, false)?;
        let next = words.get(at + length)?;
        let titled = || {
            words
                .get(at + length + 1)
                .is_some_and(|w| language.is_title(w.core) || language.is_organisation(w.core))
        };
        let named = length > 1
            || (next.capitalized() && !is_common(next, language))
            || (Language::is(&language.articles, next.core) && titled());
        named.then_some((at, length))
    })?;
    let mention = mention_from(&words[at + length..], language);
    who(trim_articles(&mention, language), Side::After, language)
}

/// The words of a mention that starts `words`: up to a word the language ends mentions with,
/// or the end of a clause.
fn mention_from<'a>(words: &[Word<'a>], language: &Language) -> Vec<Word<'a>> {
    let mut mention = Vec::new();
    for (at, word) in words.iter().enumerate() {
        let lower = word.lower();
        let particle_in_name = Language::is(&language.particles, &lower)
            && words.get(at + 1).is_some_and(|next| {
                next.capitalized() || Language::is(&language.particles, next.core)
            })
            && mention.last().is_some_and(|w: &Word| {
                w.capitalized() || Language::is(&language.particles, w.core)
            });
        // "an official familiar with the talks": the words of an anonymous source's
        // description go on through "with".
        let describing = at > 0 && {
            let rest: Vec<String> = words[at - 1..].iter().take(6).map(Word::lower).collect();
            let rest = rest.join(" ");
            language
                .anonymous
                .iter()
                .any(|cue| rest.starts_with(&cue.to_lowercase()))
        };
        // "a product manager in the Denver office who": an unnamed source's description goes
        // on to its relative clause.
        let unnamed = mention
            .first()
            .is_some_and(|w: &Word| Language::is(&language.indefinites, w.core));
        // After a comma: "aus der Lackiererei" is an article, ", der anonym bleiben wollte" a
        // relative clause.
        let relative = matches!(lower.as_str(), "who" | "which" | "that" | "qui" | "que")
            || (matches!(lower.as_str(), "der" | "die" | "das")
                && at > 0
                && words[at - 1].raw.ends_with(','));
        let ends = Language::is(&language.mention_ends, &lower)
            && !particle_in_name
            && !describing
            && (!unnamed || relative);
        if mention.is_empty() {
            // "a assuré mardi soir la commissaire": time words before the speaker are
            // skipped; a mention cannot start with a word that ends one ("schrieb auf X").
            if is_time_word(word, language) {
                continue;
            }
            if ends && !Language::is(&language.articles, &lower) {
                // "a expliqué à Cinéscope Hebdo sa directrice générale, Sandrine Vauquelin":
                // past an indirect object to the article or possessive that starts the speaker.
                // (a possessive, or an article before a title).
                let restart = words[at + 1..]
                    .iter()
                    .take(5)
                    .enumerate()
                    .position(|(n, w)| {
                        let possessive = Language::is(&language.possessives, w.core);
                        // "a réagi dans un communiqué la Fédération des parents": an article
                        // before a title or an organisation.
                        let titled = Language::is(&language.articles, w.core)
                            && words.get(at + 2 + n).is_some_and(|next| {
                                language.is_title(next.core) || language.is_organisation(next.core)
                            });
                        possessive || titled
                    });
                return match restart {
                    Some(offset) if !words[at..at + 1 + offset].iter().any(Word::ends_clause) => {
                        mention_from(&words[at + 1 + offset..], language)
                    }
                    _ => mention,
                };
            }
        }
        // "la commissaire européenne au Climat, Ingrid van der Berg,": a role's complement
        // runs on to the name after it.
        let name_follows = || {
            words[at..]
                .iter()
                .take(5)
                .position(|w| w.raw.ends_with(','))
                .is_some_and(|comma| {
                    words
                        .get(at + comma + 1)
                        .is_some_and(|n| n.capitalized() && !is_common(n, language))
                })
        };
        if !mention.is_empty() && ends && !name_follows() {
            break;
        }
        if word.raw.starts_with(['“', '«', '„', '"', '‘', '»']) {
            break;
        }
        mention.push(*word);
        let pronoun = mention.len() == 1 && language.pronouns.contains_key(&lower);
        if pronoun || language.ends_sentence(word.raw) || word.raw.ends_with(':') {
            break;
        }
    }
    mention
}

/// A weekday or a word of the time of day ("soir", "Abend").
fn is_time_word(word: &Word, language: &Language) -> bool {
    language
        .weekdays
        .iter()
        .any(|d| d.to_lowercase() == word.lower())
        || language.days.contains_key(&word.lower())
        || matches!(
            word.lower().as_str(),
            "soir"
                | "matin"
                | "midi"
                | "morning"
                | "evening"
                | "night"
                | "abend"
                | "früh"
                | "mittag"
        )
}

/// A mention led by a name ends with it: "von Ahlefeld" of "von Ahlefeld liegt dieses
/// Angebot".
fn name_led<'a>(words: &[Word<'a>], language: &Language) -> Vec<Word<'a>> {
    let mut taken = Vec::new();
    let mut named = false;
    for (at, word) in words.iter().enumerate() {
        let particle = Language::is(&language.particles, word.core)
            && words
                .get(at + 1)
                .is_some_and(|n| n.capitalized() || Language::is(&language.particles, n.core));
        if named && !word.capitalized() && !particle {
            break;
        }
        named |= word.capitalized();
        taken.push(*word);
        if word.raw.ends_with(',') {
            break;
        }
    }
    taken
}

fn strip_auxiliaries<'w, 'a>(words: &'w [Word<'a>], language: &Language) -> &'w [Word<'a>] {
    let mut end = words.len();
    while end > 0
        && (Language::is(&language.auxiliaries, words[end - 1].core)
            || matches!(words[end - 1].lower().as_str(), "has" | "had" | "have"))
    {
        end -= 1;
    }
    &words[..end]
}
