//! Who said each quotation: a speech verb after it ("…,” she said) or before it (X warned:
//! “…”), "according to", the same speaker for the second half of a split quote and for a
//! quote's next paragraph, the subject of the sentence before for a quote that stands alone.
//! Stretches in quotation marks that no one says (scare quotes, titles, names) are left out.

use std::ops::Range;

use crate::calendar::Day;
use crate::dates::dates;
use crate::language::Language;
use crate::mention::{is_common, phrase, trim_articles, who, Who};
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
    // Who each sentence names first (its subject), for quotes that follow it unattributed.
    let mut last_subject: Option<usize> = None;
    for (index, paragraph) in paragraphs.iter().enumerate() {
        let inside: Vec<&Quoted> = quotes.iter().filter(|q| q.paragraph == index).collect();
        let outside = |w: &Word| {
            !inside
                .iter()
                .any(|q| q.outer.start <= w.start && w.end <= q.outer.end)
        };
        let mut subject_before = last_subject;
        for (number, sentence) in sentences[index].iter().enumerate() {
            let in_sentence: Vec<&&Quoted> = inside
                .iter()
                .filter(|q| sentence.start <= q.outer.start && q.outer.start < sentence.end)
                .collect();
            for (n, quote) in in_sentence.iter().enumerate() {
                let at = (index, quote.outer.start);
                let before_from = if n > 0 {
                    in_sentence[n - 1].outer.end
                } else {
                    sentence.start
                };
                let after_to = in_sentence
                    .get(n + 1)
                    .map_or(sentence.end, |next| next.outer.start);
                let before = words(paragraph, before_from, quote.outer.start);
                let after = words(paragraph, quote.outer.end.min(after_to), after_to);
                if is_named_not_said(paragraph, &before, quote.outer.start, language) {
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
                let from_after = said_after(&after, language);
                if from_after.is_none() && is_a_name(&paragraph[quote.inner.clone()], language) {
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
                let speaker = if let Some(found) = &found {
                    Some(people.speaker(found, at, language))
                } else if quote.continued {
                    said.last()
                        .filter(|s| s.quote.continues && s.quote.paragraph + 1 == index)
                        .map(|s| s.speaker)
                } else if starts_sentence && previous.is_some() {
                    previous
                } else if starts_sentence && word_count(paragraph, quote) >= 4 {
                    subject_before.or(said.last().map(|s| s.speaker))
                } else {
                    None
                };
                let Some(speaker) = speaker else { continue };
                people.list[speaker].speaks = true;
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
            }
            let subject = note_mentions(
                paragraph,
                sentence.clone(),
                &outside,
                people,
                index,
                language,
            );
            if subject.is_some() {
                subject_before = subject;
                last_subject = subject;
            }
            if let Some(last) = said.last().filter(|s| s.quote.paragraph == index) {
                // A sentence that quotes someone makes them the one the next one follows.
                if sentence.contains(&last.quote.outer.start) {
                    subject_before = Some(last.speaker);
                    last_subject = Some(last.speaker);
                }
            }
        }
    }
    said
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
fn is_named_not_said(paragraph: &str, before: &[Word], open: usize, language: &Language) -> bool {
    let Some(last) = before.last() else {
        return false;
    };
    if last.end != open && !paragraph[last.end..open].chars().all(char::is_whitespace) {
        return false;
    }
    if last.raw != last.core && !last.raw.ends_with(last.core) {
        return false;
    }
    let lower: Vec<String> = before.iter().map(|w| w.raw.to_lowercase()).collect();
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
        return who(
            &name_led(&mention_from(&words[length..], language), language),
            language,
        );
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
    if words
        .get(auxiliaries)
        .is_some_and(|w| language.is_speech_verb(w.core))
    {
        let verb_end = auxiliaries + 1;
        return who(&mention_from(&words[verb_end..], language), language);
    }
    let verb = words
        .iter()
        .take(14)
        .position(|w| language.is_speech_verb(w.core))?;
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
    who(&mention, language)
}

/// The speaker named before a quotation: "X said:", "X warned that", "According to X,",
/// "Dazu sagte Weselsky:", "a déclaré le ministre :".
pub fn said_before(words: &[Word], language: &Language) -> Option<Who> {
    if words.is_empty() {
        return None;
    }
    if let Some(length) = longest_at(words, 0, &language.according, false) {
        return who(&name_led(&words[length..], language), language);
    }
    let Some(verb) = words.iter().rposition(|w| language.is_speech_verb(w.core)) else {
        // "Sylvie Kervella s’est adressée aux grévistes :" — the subject of a clause that
        // ends in a colon.
        if !words.last().is_some_and(|w| w.raw.ends_with(':')) {
            return None;
        }
        let clause = words
            .iter()
            .rposition(|w| w.raw.ends_with(','))
            .map_or(0, |c| c + 1);
        let named = name_led(&words[clause..], language);
        return who(&named, language).filter(|w| matches!(w, Who::Named { .. }));
    };
    if words.len() - verb > 20 {
        return None;
    }
    let clause_start = words[..verb]
        .iter()
        .rposition(|w| language.ends_sentence(w.raw) || w.raw.ends_with(':'))
        .map_or(0, |at| at + 1);
    let before_verb = strip_auxiliaries(&words[clause_start..verb], language);
    let after_verb = &words[verb + 1..];
    let verb_first = || {
        let mention = mention_from(after_verb, language);
        let mention = trim_articles(&mention, language);
        (!mention.is_empty()).then(|| who(mention, language)).flatten().filter(|w| !matches!(w, Who::Title { organisation: false, written, .. } if written.is_empty()))
    };
    let mention_first = || {
        (!before_verb.is_empty())
            .then(|| who(before_verb, language))
            .flatten()
    };
    if language.compounds || before_verb.is_empty() {
        verb_first().or_else(mention_first)
    } else {
        mention_first().or_else(|| {
            // "a déclaré le ministre :" — only a mention that names someone.
            verb_first().filter(|w| !matches!(w, Who::Pronoun(_)))
        })
    }
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
            && mention.last().is_some_and(|w: &Word| w.capitalized());
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
        let ends = Language::is(&language.mention_ends, &lower) && !particle_in_name && !describing;
        if mention.is_empty() {
            // "a assuré mardi soir la commissaire": time words before the speaker are
            // skipped; a mention cannot start with a word that ends one ("schrieb auf X").
            if is_time_word(word, language) {
                continue;
            }
            if ends && !Language::is(&language.articles, &lower) {
                break;
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

/// Notes who the sentence names (outside quotations): a title before a name, a name with its
/// role after a comma, an organisation, a known surname. Returns the first one, the subject.
fn note_mentions(
    paragraph: &str,
    sentence: Range<usize>,
    outside: &impl Fn(&Word) -> bool,
    people: &mut People,
    index: usize,
    language: &Language,
) -> Option<usize> {
    let all: Vec<Word> = words(paragraph, sentence.start, sentence.end)
        .into_iter()
        .filter(outside)
        .map(Word::without_elision)
        .collect();
    note_acronyms(&all, people, index, language);
    let mut subject = None;
    let mut at = 0;
    while at < all.len() {
        let is_name_word = |w: &Word| w.capitalized() && !is_common(w, language);
        if !is_name_word(&all[at]) {
            at += 1;
            continue;
        }
        let start = at;
        while at < all.len() {
            let word = &all[at];
            let particle = Language::is(&language.particles, word.core)
                && all
                    .get(at + 1)
                    .is_some_and(|n| n.capitalized() || Language::is(&language.particles, n.core))
                && at > start;
            if !(is_name_word(word) || particle) {
                break;
            }
            at += 1;
            if word.ends_clause() {
                break;
            }
        }
        let run = &all[start..at];
        let place = (index, run[0].start);
        let organisation = run.iter().any(|w| language.is_organisation(w.core))
            && run.iter().any(|w| {
                !language.is_generic(w.core) && !language.is_title(w.core)
                    || language.is_organisation(w.core) && !language.is_generic(w.core)
            });
        // "(DSV)" after a name: its short form.
        let alias = all
            .get(at)
            .map(|w| w.raw.trim_end_matches([',', '.', ';']))
            .filter(|w| {
                w.starts_with('(')
                    && w.ends_with(')')
                    && w.len() > 3
                    && w[1..w.len() - 1]
                        .chars()
                        .all(|c| c.is_uppercase() || c.is_ascii_digit())
            });
        let found = if organisation {
            let found = people.mention(&phrase(run), None, true, place, language);
            if let (Some(index), Some(alias)) = (found, alias) {
                people.list[index]
                    .aliases
                    .push(alias[1..alias.len() - 1].to_owned());
            }
            found
        } else {
            let after_title = run
                .iter()
                .rposition(|w| {
                    language.is_title(w.core) || w.core.ends_with("’s") || w.core.ends_with("'s")
                })
                .map_or(0, |t| t + 1);
            let name = &run[after_title..];
            if name.is_empty() {
                None
            } else {
                let mut role = (after_title > 0).then(|| phrase(&run[..after_title]));
                // A role just before the run: "the union's president Maria Lopez", "The
                // director-general of the Council, Rafael Olmedo,".
                if role.is_none() && start > 0 {
                    let from = all[..start - 1]
                        .iter()
                        .rposition(|w| w.ends_clause())
                        .map_or(0, |e| e + 1)
                        .max(start.saturating_sub(8));
                    let before = trim_articles(&all[from..start], language);
                    if before.iter().any(|w| {
                        language.is_title(w.core) && !Language::is(&language.honorifics, w.core)
                    }) {
                        role = Some(phrase(before));
                    }
                }
                // An apposition after a comma: "Anna Kovac, the interior minister,".
                if role.is_none() && run.last().is_some_and(|w| w.raw.ends_with(',')) {
                    let rest = &all[at..];
                    let end = rest
                        .iter()
                        .position(|w| w.ends_clause())
                        .map_or(rest.len(), |e| e + 1)
                        .min(6);
                    let apposition = trim_articles(&rest[..end], language);
                    if apposition.iter().any(|w| language.is_title(w.core)) {
                        role = Some(phrase(apposition));
                    }
                }
                let proper = role.is_some()
                    || !language.compounds
                    || all.get(at).is_some_and(|w| language.is_speech_verb(w.core));
                if proper || name.len() == 1 {
                    people.mention(&phrase(name), role, false, place, language)
                } else {
                    None
                }
            }
        };
        if subject.is_none() {
            subject = found;
        }
    }
    subject
}

/// "l’Union syndicale des agents de la mobilité (USAM)", "the Port Authority of Calvaire
/// (PAC)": the organisation named before an acronym in parentheses, known by both from then on.
fn note_acronyms(all: &[Word], people: &mut People, index: usize, language: &Language) {
    for (at, word) in all.iter().enumerate() {
        let short = word.raw.trim_end_matches([',', '.', ';', ':']);
        let Some(acronym) = short.strip_prefix('(').and_then(|s| s.strip_suffix(')')) else {
            continue;
        };
        if acronym.chars().count() < 2
            || !acronym
                .chars()
                .all(|c| c.is_uppercase() || c.is_ascii_digit())
        {
            continue;
        }
        // The nearest capitalized word before it whose words up to the acronym name an
        // organisation, then the capitalized words just before that one.
        let from = at.saturating_sub(10);
        let Some(mut start) = (from..at).rev().find(|&s| {
            all[s].capitalized() && all[s..at].iter().any(|w| language.is_organisation(w.core))
        }) else {
            continue;
        };
        while start > from
            && all[start - 1].capitalized()
            && !is_common(&all[start - 1], language)
            && !all[start - 1].ends_clause()
        {
            start -= 1;
        }
        if all[start..at].iter().any(Word::ends_clause) {
            continue;
        }
        let name = phrase(&all[start..at]);
        if let Some(found) = people.mention(&name, None, true, (index, all[start].start), language)
        {
            let aliases = &mut people.list[found].aliases;
            if !aliases.iter().any(|a| a == acronym) {
                aliases.push(acronym.to_owned());
            }
        }
    }
}
