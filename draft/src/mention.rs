//! Who a mention names: "French President Emmanuel Macron" (a name and its role as written),
//! "the ministry" (a title only), "she" (a pronoun), "a senior diplomat, who asked not to be
//! named" (an anonymous source), "the Interior Ministry" (an organisation).

use crate::language::Language;
use crate::people::gender_of;
use crate::text::Word;

/// What a mention says of its speaker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Who {
    /// `m`, `f`, `p` (plural) or `o` (a thing).
    Pronoun(char),
    Named {
        name: String,
        role: Option<String>,
        organisation: bool,
        /// What an honorific says: "Ms. Reyes" is a woman.
        gender: Option<char>,
    },
    /// "the minister": the title word, the mention as written, and the gender its article or
    /// its ending says ("la ministre", "die Ärztin").
    Title {
        word: String,
        written: String,
        organisation: bool,
        gender: Option<char>,
    },
    Anonymous(String),
}

/// Which side of its speech verb a mention stands: the words next to the verb weigh most.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// "Anna Kovac, the minister, said": the part nearest the verb is the last.
    Before,
    /// "said Prof Helen Marchbank of the Solent Institute": the first.
    After,
}

/// The speaker `words` name, if they name one; `side` says where the speech verb is.
pub fn who(words: &[Word], side: Side, language: &Language) -> Option<Who> {
    // "l’élu", "l’USAM": an elided article at the start of the mention or of a part of it.
    let words: Vec<Word> = words
        .iter()
        .enumerate()
        .map(|(at, w)| {
            if at == 0 || words[at - 1].raw.ends_with(',') {
                w.without_elided_article()
            } else {
                *w
            }
        })
        .collect();
    let untrimmed = &words[..];
    let words = trim_articles(&words, language);
    if words.is_empty() {
        return None;
    }
    let lower: Vec<String> = words.iter().map(Word::lower).collect();
    let joined = lower.join(" ");
    if language
        .anonymous
        .iter()
        .any(|cue| joined.contains(&cue.to_lowercase()))
    {
        // The description without its clause: "a senior diplomat" (, who asked not to be
        // named), "a federal official familiar with the talks".
        let text = phrase(description(words, language));
        return (!text.is_empty()).then(|| Who::Anonymous(capitalize(&text)));
    }
    // "He later", "she then": a pronoun and small words.
    if words.len() <= 3 && words.iter().skip(1).all(|w| !w.capitalized()) {
        if let Some(&gender) = language.pronouns.get(&lower[0]) {
            return Some(Who::Pronoun(gender));
        }
    }
    if words.len() == 1 {
        // "der 54-Jährige", "the 54-year-old": the person the text is about.
        if lower[0].contains("-jährige") || lower[0].contains("-year-old") {
            return Some(Who::Pronoun('x'));
        }
    }
    // Parts that are asides ("speaking to reporters", "no relation", "qui a cosigné …", "die
    // die Debatte verfolgte") name no one.
    let parts: Vec<&[Word]> = split_parts(words)
        .into_iter()
        .filter(|part| !is_aside(part, language))
        .collect();
    let read: Vec<Part> = parts
        .iter()
        .map(|part| read_part(part, side, language))
        .collect();
    // "a spokeswoman for the university", "eine Sprecherin des Klubs", "une porte-parole de la
    // CFA": one not named speaks for the organisation, which is the speaker.
    let names_a_person = read.iter().any(|p| p.name.is_some() && !p.organisation);
    if let Some(spokes) = words
        .iter()
        .position(|w| Language::is(&language.spokespersons, w.core))
        .filter(|_| !names_a_person)
    {
        let rest = &words[spokes + 1..];
        let end = rest
            .iter()
            .position(|w| w.ends_clause())
            .map_or(rest.len(), |at| at + 1);
        let of = rest.first().is_some_and(|w| {
            Language::is(&language.prepositions, w.core)
                || Language::is(&language.articles, w.core)
                || Language::is(&language.particles, w.core)
        });
        let skip = rest[..end]
            .iter()
            .take_while(|w| {
                Language::is(&language.prepositions, w.core)
                    || Language::is(&language.particles, w.core)
            })
            .count();
        let organisation = who(&rest[skip..end], side, language).filter(|found| {
            matches!(
                found,
                Who::Named {
                    organisation: true,
                    ..
                } | Who::Title {
                    organisation: true,
                    ..
                }
            )
        });
        if let Some(organisation) = organisation.filter(|_| of) {
            return Some(organisation);
        }
    }
    // "a senior Whitehall source", "un diplomate européen": introduced, not named.
    let indefinite = untrimmed
        .first()
        .is_some_and(|w| Language::is(&language.indefinites, w.core));
    if indefinite && !read.iter().any(|p| p.name.is_some() && !p.organisation) {
        let text = phrase(description(words, language));
        return (!text.is_empty()).then(|| Who::Anonymous(capitalize(&text)));
    }
    // A person's name, closest to the verb last, one that starts with a particle ("Chef von
    // Hengrui") only when there is no other; its role from its own part or another's.
    let person = |p: &Part| p.name.is_some() && !p.organisation;
    let starts_small = |p: &Part| {
        p.name
            .as_deref()
            .is_some_and(|n| n.starts_with(|c: char| c.is_lowercase()))
    };
    let nearest = |fits: &dyn Fn(&Part) -> bool| match side {
        Side::Before => read.iter().rposition(fits),
        Side::After => read.iter().position(fits),
    };
    let chosen = nearest(&|p| person(p) && !(p.role.is_some() && starts_small(p)))
        .or_else(|| nearest(&person));
    if let Some(at) = chosen {
        let name = read[at].name.clone().unwrap_or_default();
        let role = read[at].role.clone().or_else(|| {
            read.iter()
                .enumerate()
                .find(|(n, p)| *n != at && p.title.is_some() && !p.organisation)
                .map(|(n, _)| phrase(trim_articles(parts[n], language)))
        });
        return Some(Who::Named {
            name,
            role,
            organisation: false,
            gender: read[at].gender,
        });
    }
    if let Some(part) = read.iter().rev().find(|p| p.name.is_some()) {
        return Some(Who::Named {
            name: part.name.clone().unwrap_or_default(),
            role: None,
            organisation: true,
            gender: None,
        });
    }
    let (at, part) = read
        .iter()
        .enumerate()
        .rev()
        .find(|(_, p)| p.title.is_some())?;
    let word = part.title.clone().unwrap_or_default();
    // "la Fédération des parents d’élèves du Vaucluse (FPEV)": the name without its short form.
    let written = trim_articles(parts[at], language);
    let written = &written[..written
        .iter()
        .position(|w| w.raw.starts_with('('))
        .unwrap_or(written.len())];
    // "“…,” the statement said": whoever the sentences were about.
    if Language::is(&language.documents, &word) {
        return Some(Who::Pronoun('a'));
    }
    Some(Who::Title {
        gender: gender_said(parts[at], language)
            .or_else(|| gender_said(untrimmed, language))
            .or_else(|| gender_of(Some(&word), language)),
        written: capitalize(&phrase(written)),
        organisation: part.organisation,
        word,
    })
}

/// The gender an article says of the words it starts ("la ministre", "der Minister").
pub fn gender_said(words: &[Word], language: &Language) -> Option<char> {
    let first = words.first()?.lower();
    if language.feminine_articles.contains(&first) {
        Some('f')
    } else if language.masculine_articles.contains(&first) {
        Some('m')
    } else {
        None
    }
}

/// One comma-separated part of a mention.
#[derive(Debug, Default)]
struct Part {
    name: Option<String>,
    role: Option<String>,
    /// The last title or organisation word of the part, lower-case.
    title: Option<String>,
    organisation: bool,
    /// What an honorific before the name says.
    gender: Option<char>,
}

/// A part that names no one: it starts with a small word that is no article, possessive, title
/// or particle ("speaking to reporters", "no relation", "qui a cosigné"), or, in German, it is
/// a relative clause ("die die Debatte verfolgte").
fn is_aside(part: &[Word], language: &Language) -> bool {
    let Some(first) = part.first() else {
        return true;
    };
    let leads = Language::is(&language.articles, first.core)
        || Language::is(&language.indefinites, first.core)
        || Language::is(&language.particles, first.core)
        || Language::is(&language.honorifics, first.core)
        || language.is_title(first.core)
        || language.is_organisation(first.core)
        || language.pronouns.contains_key(&first.lower())
        || Language::is(&language.possessives, first.core);
    // "the city’s mayor", "la société": a role or an organisation is no aside.
    let titled = part
        .iter()
        .take(4)
        .any(|w| language.is_title(w.core) || language.is_organisation(w.core));
    let small = !first.capitalized() && !leads && !titled;
    let relative = language.compounds
        && matches!(first.lower().as_str(), "der" | "die" | "das")
        && part.last().is_some_and(|w| !w.capitalized());
    // "Replying, the minister said", "Asked, she said": a participle alone before a comma.
    let participle = part.len() == 1
        && first.raw.ends_with(',')
        && (first.lower().ends_with("ing") || first.lower().ends_with("ed"));
    small || relative || participle
}

fn read_part(words: &[Word], side: Side, language: &Language) -> Part {
    let words = trim_articles(words, language);
    let mut part = Part::default();
    // The head is the last title before a complement: "der Bürgermeister der
    // Nachrichtenagentur", "the head of the Ministry", "Interior Ministry spokesman".
    let complement_at = words
        .iter()
        .enumerate()
        .skip(1)
        .find(|(_, w)| {
            Language::is(&language.articles, w.core) || Language::is(&language.prepositions, w.core)
        })
        .map_or(words.len(), |(at, _)| at);
    for word in &words[..complement_at] {
        if language.is_organisation(word.core) || Language::is(&language.documents, word.core) {
            part.title = Some(word.lower());
            part.organisation = true;
        } else if language.is_title(word.core) {
            part.title = Some(word.lower());
            part.organisation = false;
        }
        if Language::is(&language.honorifics, word.core) && part.title.is_none() {
            part.title = Some(word.lower());
        }
    }
    // Each run of capitalized words (particles inside it), from the side of the verb: the
    // nearest that names a person is the name ("said Prof Helen Marchbank of the Solent
    // Institute"); else the nearest that names an organisation.
    let mut organisation = None;
    let mut runs = runs(words, language);
    if side == Side::Before {
        runs.reverse();
    }
    for (start, end) in runs {
        // "Devant le conseil", "Interpellée à l’Assemblée": a single capitalized word that
        // starts a part followed by small words is a sentence's first word, not a name.
        let first_word = start == 0
            && end == 1
            && !language.compounds
            && words
                .get(1)
                .is_some_and(|w| !w.capitalized() && !Language::is(&language.particles, w.core));
        if first_word {
            continue;
        }
        let run = &words[start..end];
        // "the head of the Ministry of Health", "Präsidentin des Verbands …": a title's
        // complement, not a name.
        // "the Labour MP for Swaledale and Skelthorpe": "and" goes on with the complement; "le
        // président de l’Organisation de producteurs Cornouaille Atlantique": so does a
        // complement's own complement.
        let small = |w: &Word| {
            Language::is(&language.articles, w.core)
                || Language::is(&language.particles, w.core)
                || Language::is(&language.prepositions, w.core)
        };
        let title_at = words[..start]
            .iter()
            .position(|w| language.is_title(w.core));
        let complement = start > 0
            && title_at.is_some_and(|title| {
                small(&words[start - 1])
                    || Language::is(&language.conjunctions, words[start - 1].raw)
                    || (!language.compounds
                        && words[title + 1..start]
                            .iter()
                            .any(|w| small(w) || w.after_elided_article().is_some()))
            });
        if complement {
            continue;
        }
        // "auf LinkedIn", "an die Belegschaft", "of the Solent Institute": after a preposition or
        // an article, a capitalized word is no one's name.
        let governed = start > 0
            && (Language::is(&language.prepositions, words[start - 1].core)
                || Language::is(&language.articles, words[start - 1].core));
        // German writes every noun with a capital: one word alone inside a phrase ("In einer
        // schriftlichen Stellungnahme") is a noun; a surname stands first ("sagte Weselsky").
        let lone_noun = language.compounds && run.len() == 1 && start > 0;
        let introduced = introduced_by_organisation(words, start, language);
        match run_kind(run, language) {
            RunKind::Organisation(name) => {
                organisation.get_or_insert(name);
            }
            RunKind::Person { .. } if introduced => {
                organisation.get_or_insert(phrase(run));
            }
            RunKind::Person { .. } if governed || lone_noun => {}
            RunKind::Person { role_end, name } => {
                part.name = Some(name);
                part.organisation = false;
                part.gender = honorific_gender(&words[..end], language);
                // The words before the name are its role when they hold a title ("French
                // President"), not when they are the sentence's ("Am Montag hatte").
                let role = trim_articles(&words[..start + role_end], language);
                let titled = role.iter().any(|w| {
                    language.is_title(w.core) && !Language::is(&language.honorifics, w.core)
                }) || role
                    .iter()
                    .any(|w| w.core.ends_with("’s") || w.core.ends_with("'s"));
                if titled {
                    part.role = Some(phrase(role));
                }
                return part;
            }
            RunKind::Neither => {}
        }
    }
    if let Some(name) = organisation {
        part.name = Some(name);
        part.organisation = true;
    }
    part
}

/// Whether the run at `start` follows an organisation word: "the restructuring firm Rusk
/// Hallam", "le fonds Hanbit Partners" name an organisation, not a person; but after a title
/// the name is the title holder's ("la directrice du festival Hélène Marchetti").
pub fn introduced_by_organisation(words: &[Word], start: usize, language: &Language) -> bool {
    start > 0
        && !words[start - 1].capitalized()
        && language.is_organisation(words[start - 1].core)
        && !words[..start - 1]
            .iter()
            .rev()
            .take_while(|w| !w.ends_clause())
            .any(|w| language.is_title(w.core))
}

/// Whether `word` can be part of a name: a capital, not a common word, not "(".
pub fn is_name_word(word: &Word, language: &Language) -> bool {
    word.capitalized() && !is_common(word, language) && !word.raw.starts_with('(')
}

/// A capitalized common word that can stand inside a name: not a day, a month, a pronoun or a
/// speech verb, nor "(".
fn is_inside_name_word(word: &Word, language: &Language) -> bool {
    let lower = word.lower();
    !word.raw.starts_with('(')
        && !language.weekdays.iter().any(|d| d.to_lowercase() == lower)
        && !language.months.iter().any(|m| m.to_lowercase() == lower)
        && !language.pronouns.contains_key(&lower)
        && !language.is_speech_verb(&lower)
}

/// Whether the capital at `start` follows a number, so that it is what the number counts ("200
/// Meter von der Tribüne"), not a name.
pub fn is_counted(words: &[Word], start: usize) -> bool {
    start
        .checked_sub(1)
        .is_some_and(|before| words[before].core.starts_with(|c: char| c.is_ascii_digit()))
}

/// Where the run of capitalized words that starts at `start` ends: over particles that go on
/// with a name ("Ursula von der Leyen"), up to a clause's end.
pub fn run_end(words: &[Word], start: usize, language: &Language) -> usize {
    let mut at = start;
    while at < words.len() {
        let word = &words[at];
        // A particle goes on with a given name ("Bertrand de Saint-Rémy", "Ursula von der
        // Leyen") or an organisation's name ("Bank of England"), not after a full name
        // ("Professor Tan Mei Ling of Northfield University").
        let so_far = &words[start..at];
        let names_before = so_far
            .iter()
            .filter(|w| !language.is_title(w.core) && !Language::is(&language.honorifics, w.core))
            .count();
        let person_of_organisation = names_before >= 2
            && !so_far.iter().any(|w| language.is_organisation(w.core))
            && ends_in_organisation(words, at + 1, language);
        let particle = at > start
            && Language::is(&language.particles, word.core)
            && (!Language::is(&language.inner_particles, word.core)
                || Language::is(&language.particles, words[at - 1].core))
            && crate::naming::name_continues(&words[at + 1..], language)
            && !person_of_organisation;
        // Inside a name a capital holds even on a common word ("Homes for All Alliance").
        let inside = at > start && word.capitalized() && is_inside_name_word(word, language);
        // "Wolds & Fen Water", "Procter & Gamble": an ampersand between capitals joins a name;
        // so does "and" after one word when an organisation's name follows ("Maritime and
        // Transport Workers’ Union"), not between two people ("Macron and Starmer").
        let ampersand = at > start
            && words.get(at + 1).is_some_and(|w| w.capitalized())
            && (word.raw == "&"
                || (at == start + 1
                    && Language::is(&language.conjunctions, word.raw)
                    && ends_in_organisation(words, at + 1, language)));
        if !(is_name_word(word, language) || particle || inside || ampersand) {
            break;
        }
        at += 1;
        if language.closes(word) {
            break;
        }
    }
    at
}

/// Whether the run of capitalized words that starts at `start` ends in an organisation word.
fn ends_in_organisation(words: &[Word], start: usize, language: &Language) -> bool {
    let end = words[start..]
        .iter()
        .position(|w| !w.capitalized() || w.ends_clause())
        .map_or(words.len(), |at| {
            start + at + usize::from(words[start + at].capitalized())
        });
    words[start..end]
        .last()
        .is_some_and(|w| language.is_organisation(w.core))
}

/// The runs of capitalized words of `words` (particles inside them), as (start, end).
fn runs(words: &[Word], language: &Language) -> Vec<(usize, usize)> {
    let mut found = Vec::new();
    let mut at = 0;
    while at < words.len() {
        if !is_name_word(&words[at], language) {
            at += 1;
            continue;
        }
        let start = at;
        at = run_end(words, start, language);
        if is_counted(words, start) {
            continue;
        }
        // Particles that open the part belong to the run: "de la Cruz said", "van Dongen".
        let mut first = start;
        while first > 0
            && Language::is(&language.particles, words[first - 1].core)
            && !words[first - 1].ends_clause()
        {
            first -= 1;
        }
        found.push((if first == 0 { first } else { start }, at));
    }
    found
}

/// The gender the last honorific of `words` says ("Ms. Reyes", "Herr Marquardt").
pub fn honorific_gender(words: &[Word], language: &Language) -> Option<char> {
    words
        .iter()
        .rev()
        .find_map(|w| language.honorific_genders.get(&w.lower()).copied())
}

/// What a run of capitalized words names.
pub enum RunKind {
    Organisation(String),
    /// A person: where its role ends in the run, and the name.
    Person {
        role_end: usize,
        name: String,
    },
    Neither,
}

/// What the run names: "USAM", "Interior Ministry" and "Stadtwerke Ebersfeld" an organisation;
/// "Council Member Ana Torres", "Stadtwerke-Sprecher Sebastian Roloff" and "Mayor Denise
/// Albright’s" a person with a role; "Ministerium" alone nothing.
pub fn run_kind(run: &[Word], language: &Language) -> RunKind {
    // "USAM", "DSV": an acronym names an organisation.
    if let [word] = run {
        if word.core.chars().count() >= 2
            && word
                .core
                .chars()
                .all(|c| c.is_uppercase() || c.is_ascii_digit())
        {
            return RunKind::Organisation(word.core.to_owned());
        }
    }
    // "SC Rotweiß Brenndorf", "FC Viktoria Wendelsbach": a name led by a short form of
    // capitals is a club's or a company's; a person's initials come with one name ("JD Vance").
    if run.len() >= 3
        && (2..=4).contains(&run[0].core.chars().count())
        && run[0].core.chars().all(|c| c.is_uppercase())
    {
        return RunKind::Organisation(phrase(run));
    }
    // The last title or organisation word decides: "Council Member" is a member.
    let last_head = run
        .iter()
        .rev()
        .find(|w| language.is_title(w.core) || language.is_organisation(w.core));
    let is_organisation =
        last_head.is_some_and(|w| language.is_organisation(w.core) && !language.is_title(w.core));
    if is_organisation {
        let specific = run.iter().any(|w| {
            (!language.is_organisation(w.core) && !language.is_title(w.core))
                || (language.is_organisation(w.core) && !language.is_generic(w.core))
        });
        // "Fußball-Drittligisten FC Viktoria Wendelsbach": a club's name starts at its
        // capitalised short form, whatever describes it before.
        let short_form = run.iter().enumerate().skip(1).position(|(at, w)| {
            at + 1 < run.len()
                && w.core.chars().count() >= 2
                && w.core.chars().all(char::is_uppercase)
                && language.is_organisation(w.core)
        });
        return if specific {
            RunKind::Organisation(phrase(&run[short_form.map_or(0, |at| at + 1)..]))
        } else {
            RunKind::Neither
        };
    }
    let (role_end, name_start) = split_name(run, language);
    let name = &run[name_start..];
    if name.is_empty() {
        return RunKind::Neither;
    }
    RunKind::Person {
        role_end,
        name: name_phrase(name),
    }
}

/// A name as written, without a possessive ending ("Albright" of "Albright’s").
pub fn name_phrase(words: &[Word]) -> String {
    let name = phrase(words);
    name.strip_suffix("’s")
        .or_else(|| name.strip_suffix("'s"))
        .unwrap_or(&name)
        .to_owned()
}

/// Where a run of capitalized words ("French President Emmanuel Macron", "M. Park",
/// "le Sud-Coréen Park Ji-hoon") stops being a role and where its name starts, past the
/// honorifics between: (end of the role, start of the name).
pub fn split_name(run: &[Word], language: &Language) -> (usize, usize) {
    let last = run.len().saturating_sub(1);
    let after_title = run
        .iter()
        .enumerate()
        .rposition(|(at, w)| {
            (language.is_title(w.core) && !Language::is(&language.honorifics, w.core))
                || (at < last && (w.core.ends_with("’s") || w.core.ends_with("'s")))
        })
        .map_or(0, |at| at + 1);
    // "des Schulrechtlers Prof. Martin Seiler": whatever stands before honorifics is a role,
    // known title or not.
    let honorific = |w: &Word| Language::is(&language.honorifics, w.core);
    if let Some(last_honorific) = run[..last].iter().rposition(honorific) {
        let first_honorific = run[..last_honorific]
            .iter()
            .rposition(|w| !honorific(w))
            .map_or(0, |at| at + 1);
        if first_honorific > after_title {
            return (first_honorific, last_honorific + 1);
        }
    }
    // A noun of nationality before a name is its role; not a given name with a particle after
    // it ("Bertrand de Saint-Rémy" ends like "Allemand").
    let nationality = usize::from(
        run.len().saturating_sub(after_title) >= 3
            && !Language::is(&language.particles, run[after_title + 1].core)
            && language
                .nationality_suffixes
                .iter()
                .any(|ending| run[after_title].lower().ends_with(ending.as_str())),
    );
    let after_title = after_title + nationality;
    let honorifics = run[after_title..]
        .iter()
        .take_while(|w| Language::is(&language.honorifics, w.core))
        .count();
    (after_title, after_title + honorifics)
}

/// An anonymous source's description: up to its first comma (a relative clause follows it),
/// and before "who", "qui", "sous couvert", "speaking on condition".
pub fn description<'w, 'a>(words: &'w [Word<'a>], language: &Language) -> &'w [Word<'a>] {
    let words = trim_articles(words, language);
    let indefinite = words
        .iter()
        .take_while(|w| Language::is(&language.indefinites, w.core))
        .count();
    let words = &words[indefinite..];
    let end = words
        .iter()
        .position(|w| matches!(w.lower().as_str(), "who" | "qui" | "sous" | "speaking"))
        .unwrap_or(words.len());
    let end = words[..end]
        .iter()
        .position(|w| w.raw.ends_with(','))
        .map_or(end, |comma| comma + 1);
    &words[..end]
}

/// Capitalized words that are not names: a language's common words, days, months, pronouns
/// and speech verbs.
pub fn is_common(word: &Word, language: &Language) -> bool {
    let lower = word.lower();
    Language::is(&language.stopwords, &lower)
        || Language::is(&language.articles, &lower)
        || Language::is(&language.prepositions, &lower)
        || language.weekdays.iter().any(|d| d.to_lowercase() == lower)
        || language.months.iter().any(|m| m.to_lowercase() == lower)
        || language.pronouns.contains_key(&lower)
        || language.is_speech_verb(&lower)
}

/// `words` without leading articles and possessives.
pub fn trim_articles<'w, 'a>(words: &'w [Word<'a>], language: &Language) -> &'w [Word<'a>] {
    let skip = words
        .iter()
        .take_while(|w| {
            Language::is(&language.articles, w.core) || Language::is(&language.possessives, w.core)
        })
        .count();
    &words[skip..]
}

fn split_parts<'w, 'a>(words: &'w [Word<'a>]) -> Vec<&'w [Word<'a>]> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (at, word) in words.iter().enumerate() {
        if word.raw.ends_with(',') {
            parts.push(&words[start..=at]);
            start = at + 1;
        }
    }
    if start < words.len() {
        parts.push(&words[start..]);
    }
    parts
}

/// The words as written, joined by single spaces, without the punctuation around the phrase.
pub fn phrase(words: &[Word]) -> String {
    // "l’Association pour la qualité de l’air de l’Estaque": a name without the article elided
    // onto its first word, with those inside it.
    let joined: Vec<&str> = words
        .iter()
        .enumerate()
        .map(|(at, w)| {
            if at == 0 {
                w.written_without_elision()
            } else {
                w.raw
            }
        })
        .collect();
    joined
        .join(" ")
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_owned()
}

pub fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::language;
    use crate::text::words;

    fn read(text: &str, tag: &str) -> Option<Who> {
        who(
            &words(text, 0, text.len()),
            Side::Before,
            language(tag).expect("a language"),
        )
    }

    fn named(name: &str, role: Option<&str>) -> Option<Who> {
        Some(Who::Named {
            name: name.into(),
            role: role.map(Into::into),
            organisation: false,
            gender: None,
        })
    }

    #[test]
    fn names_and_their_roles_are_read_as_written() {
        assert_eq!(
            read("French President Emmanuel Macron", "en"),
            named("Emmanuel Macron", Some("French President"))
        );
        assert_eq!(
            read("Ukraine’s President Volodymyr Zelenskyy", "en"),
            named("Volodymyr Zelenskyy", Some("Ukraine’s President"))
        );
        assert_eq!(
            read("the city’s mayor, Paul Girard,", "en"),
            named("Paul Girard", Some("city’s mayor"))
        );
        assert_eq!(
            read("Anna Kovac, the interior minister,", "en"),
            named("Anna Kovac", Some("interior minister"))
        );
        assert_eq!(
            read("Ursula von der Leyen", "en"),
            named("Ursula von der Leyen", None)
        );
        assert_eq!(
            read("Verkehrsministerin Anna Becker", "de"),
            named("Anna Becker", Some("Verkehrsministerin"))
        );
        assert_eq!(
            read("la ministre des Transports, Claire Dubois,", "fr"),
            named("Claire Dubois", Some("ministre des Transports"))
        );
        assert_eq!(read("On Monday, Kovac", "en"), named("Kovac", None));
    }

    #[test]
    fn titles_pronouns_organisations_and_anonymous_sources() {
        assert_eq!(read("she", "en"), Some(Who::Pronoun('f')));
        assert_eq!(read("er", "de"), Some(Who::Pronoun('m')));
        assert!(matches!(
            read("the minister", "en"),
            Some(Who::Title {
                organisation: false,
                ..
            })
        ));
        assert!(matches!(
            read("das Ministerium", "de"),
            Some(Who::Title {
                organisation: true,
                ..
            })
        ));
        assert_eq!(
            read("the Interior Ministry", "en"),
            Some(Who::Named {
                name: "Interior Ministry".into(),
                role: None,
                organisation: true,
                gender: None,
            })
        );
        assert_eq!(
            read("a senior diplomat, who asked not to be named", "en"),
            Some(Who::Anonymous("Senior diplomat".into()))
        );
    }
}
