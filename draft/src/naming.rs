//! Who a sentence names outside its quotations, noted in `People` in text order: a name with a
//! title before it or a role beside it, an organisation (with the acronym after it), a known
//! surname, a title alone, an anonymous source. A sentence's subject is the first one it names
//! that no preposition governs, before its speech verb ("In an interview with the Wire, Hollis
//! said": Hollis; "Claudia Wernicke saß neben Thomas Wernicke": Claudia).

use std::ops::Range;

use crate::language::Language;
use crate::mention::{
    capitalize, description, gender_said, honorific_gender, introduced_by_organisation, is_common,
    is_counted, is_name_word, name_phrase, phrase, run_end, run_kind, split_name, trim_articles,
    RunKind,
};
use crate::people::{gender_of, Named, People};
use crate::text::{words, Word};

/// Notes who the sentence `sentence` of paragraph `index` names; returns its subject and where
/// the sentence names them.
pub fn note_mentions(
    paragraph: &str,
    sentence: Range<usize>,
    outside: &impl Fn(&Word) -> bool,
    people: &mut People,
    index: usize,
    language: &Language,
) -> Option<(usize, usize)> {
    let written: Vec<Word> = words(paragraph, sentence.start, sentence.end)
        .into_iter()
        .filter(outside)
        .collect();
    // "l’USAM" names "USAM"; "de l’Estaque" keeps its article inside a name, and so does
    // "d’Aurive" after an organisation's words ("la Compagnie ferroviaire d’Aurive").
    let of_organisation = |at: usize| {
        starts_with_elided_de(&written[at])
            && written[at.saturating_sub(2)..at]
                .iter()
                .any(|w| language.is_organisation(w.core))
    };
    let all: Vec<Word> = written
        .iter()
        .enumerate()
        .map(|(at, w)| {
            if at > 0
                && (Language::is(&language.particles, written[at - 1].core) || of_organisation(at))
            {
                w.read_without_elision()
            } else {
                w.without_elision()
            }
        })
        .collect();
    note_acronyms(&all, people, index, language);
    // (word, person) for each one named.
    let mut named: Vec<(usize, usize)> = Vec::new();
    if let Some(found) = note_anonymous(&all, people, index, language) {
        named.push(found);
    }
    let mut at = 0;
    while at < all.len() {
        if let Some((holder, length)) = title_alone(&all, at, people, index, language) {
            named.push((at, holder));
            at += length;
            continue;
        }
        if !is_name_word(&all[at], language) {
            at += 1;
            continue;
        }
        let start = at;
        at = run_end(&all, start, language);
        if is_counted(&all, start) {
            continue;
        }
        let (found, end) = note_run(&all, start, at, people, index, language);
        at = end;
        // "Sarah Whitfield’s husband": a possessive names whose, not who.
        let possessive = all[end - 1].core.ends_with("’s") || all[end - 1].core.ends_with("'s");
        if let Some(person) = found.filter(|_| !possessive) {
            named.push((start, person));
        }
    }
    named.sort_unstable();
    // The subject: the first one named that no preposition governs ("with the Great Lakes
    // Wire", "neben Kreisbrandmeister Thomas Wernicke"), before the speech verb if there is one.
    let verb = all
        .iter()
        .position(|w| language.is_speech_verb(w.core))
        .unwrap_or(all.len());
    let governed = |word: usize, person: usize| {
        let name = people.list[person].name.to_lowercase();
        let mut back = word;
        while back > 0 && back + 3 > word {
            let before = &all[back - 1];
            // "Von Aschenbach": a preposition that begins the name is the name's.
            let own = name.contains(&format!("{} ", before.lower()));
            // "told the Western Counties Press": spoken to, as a preposition's object is.
            let governs = Language::is(&language.prepositions, before.core)
                || Language::is(&language.addressing, before.core);
            if governs && !own {
                return true;
            }
            let skippable = Language::is(&language.articles, before.core)
                || (!before.capitalized()
                    && (language.is_title(before.core) || language.is_organisation(before.core)));
            if !skippable || before.ends_clause() {
                return false;
            }
            back -= 1;
        }
        false
    };
    let before_verb = |&&(word, _): &&(usize, usize)| word < verb;
    let chosen = named
        .iter()
        .filter(before_verb)
        .find(|&&(word, person)| !governed(word, person))
        // "Pour Pierre-Yves Castagné, sociologue au CNRS, …": all governed, the first person.
        .or_else(|| {
            named
                .iter()
                .filter(before_verb)
                .find(|&&(_, person)| !people.list[person].organisation)
        })
        .or_else(|| named.iter().rfind(before_verb))
        .or(named.first())
        .map(|&(word, person)| (person, all[word].start))?;
    // The others the sentence names are what it is about too, after its subject: "A woman
    // leaving the Hartwell branch, retired nurse Brenda Lowther, said …" then "she said" is
    // Brenda Lowther, though the branch's bank is named first. (The caller notes the subject.)
    // Not one spoken to ("told the Western Counties Press") or a preposition's object ("in an
    // interview with the Wire"), unless it completes a role ("a spokesman for Wolds & Fen
    // Water", "the director of the Institute"): that one is what the sentence is about too.
    let aside = |word: usize, person: usize| {
        let mut before = all[..word]
            .iter()
            .rev()
            .skip_while(|w| Language::is(&language.articles, w.core));
        let (Some(governing), next) = (before.next(), before.next()) else {
            return false;
        };
        let completes_role = next.is_some_and(|w| {
            language.is_title(w.core) || Language::is(&language.spokespersons, w.core)
        });
        Language::is(&language.addressing, governing.core)
            || (governed(word, person) && !completes_role)
    };
    let others: Vec<(usize, usize)> = named
        .iter()
        .rev()
        .filter(|&&(word, person)| person != chosen.0 && !aside(word, person))
        .copied()
        .collect();
    for (word, person) in others {
        people.note_subject(person, (index, all[word].start));
    }
    Some(chosen)
}

/// Whether `word` starts with an elided "de" ("d’Aurive").
fn starts_with_elided_de(word: &Word) -> bool {
    word.raw.starts_with("d’") || word.raw.starts_with("d'")
}

/// "the mayor", "la ministre", "l’élu", "der Kreisbrandmeister" with no name after it: the
/// one named before who holds that title, and how many words the mention takes.
fn title_alone(
    all: &[Word],
    at: usize,
    people: &People,
    index: usize,
    language: &Language,
) -> Option<(usize, usize)> {
    let article = &all[at];
    // "l’élu": the article elided onto the title, one word.
    let (title, length) = if let Some(elided) = article.after_elided_article() {
        (elided, 1)
    } else {
        // "the mayor", "ihr Bruder", "sa fille".
        let possessive = Language::is(&language.possessives, article.core);
        if !(Language::is(&language.definite_articles, article.core) || possessive) {
            return None;
        }
        (*all.get(at + 1)?, 2)
    };
    let named_after = all
        .get(at + length)
        .is_some_and(|w| w.capitalized() && !is_common(w, language));
    if !language.is_title(title.core) || (length == 2 && article.ends_clause()) || named_after {
        return None;
    }
    let gender = gender_said(&all[at..], language);
    let holder = people.title_holder(
        &title.lower(),
        false,
        gender,
        (index, article.start),
        language,
    )?;
    Some((holder, length))
}

/// Whether the words after a particle go on with a name ("von der Leyen"), not into an
/// organisation's ("von der Universität Oldenburg").
pub fn name_continues(rest: &[Word], language: &Language) -> bool {
    let next_at = rest
        .iter()
        .position(|w| !Language::is(&language.particles, w.core));
    let next = next_at.map(|at| &rest[at]);
    // In German, where every noun has a capital, the name after particles is one word: "von
    // der Leyen", not "Feldern von Hubert Scholl".
    let one_word = !language.compounds
        || next_at.is_none_or(|at| {
            rest[at].ends_clause()
                || rest.get(at + 1).is_none_or(|after| {
                    !after.capitalized() || after.raw.starts_with('(') || is_common(after, language)
                })
        });
    let particles_then_capital = rest
        .first()
        .is_some_and(|n| n.capitalized() || Language::is(&language.particles, n.core));
    particles_then_capital
        && one_word
        && next.is_some_and(|n| {
            n.capitalized() && !language.is_organisation(n.core) && !language.is_title(n.core)
        })
}

/// Notes the run of capitalized words `all[start..end]`; returns whom it names and where the
/// words it took end.
fn note_run(
    all: &[Word],
    start: usize,
    mut end: usize,
    people: &mut People,
    index: usize,
    language: &Language,
) -> (Option<usize>, usize) {
    let place = (index, all[start].start);
    let run = &all[start..end];
    let organisation = Named {
        organisation: true,
        ..Named::default()
    };
    let kind = run_kind(run, language);
    if matches!(kind, RunKind::Person { .. }) && introduced_by_organisation(all, start, language) {
        return (people.mention(&phrase(run), organisation, place), end);
    }
    let (role_end, name) = match kind {
        RunKind::Organisation(name) => {
            // "AI features": an acronym alone names only an organisation already known by it.
            let acronym_alone = run.len() == 1 && run[0].core.chars().all(|c| !c.is_lowercase());
            let named = Named {
                known_only: acronym_alone,
                ..organisation
            };
            return (people.mention(&name, named, place), end);
        }
        RunKind::Neither => {
            if let Some(stop) = organisation_name_end(all, start, end, language) {
                let name = phrase(&all[start..stop]);
                return (people.mention(&name, organisation, place), stop);
            }
            // "Dann übernahm der Kreisbrandmeister.": the one who holds the title.
            let title = run.iter().rev().find(|w| language.is_title(w.core));
            let holder = title.and_then(|title| {
                let gender = start
                    .checked_sub(1)
                    .and_then(|before| gender_said(&all[before..], language));
                people.title_holder(&title.lower(), false, gender, place, language)
            });
            return (holder, end);
        }
        // "Ihr Mann Manfred Kaiser", "Die Stadtplanerin Miriam Aksoy": after a possessive or an
        // article, German's first noun before a name is a relation or a trade, the role.
        RunKind::Person { role_end: 0, .. }
            if language.compounds
                && run.len() == 3
                && run.iter().all(Word::capitalized)
                && start > 0
                && (Language::is(&language.possessives, all[start - 1].core)
                    || Language::is(&language.articles, all[start - 1].core)) =>
        {
            (1, name_phrase(&run[1..]))
        }
        RunKind::Person { role_end, name } => (role_end, name),
    };
    // The name starts after its role, however the run split.
    let name_start = split_name(run, language).1.max(role_end);
    let honorifics = name_start - role_end;
    let mut role_words: Option<&[Word]> = (role_end > 0).then(|| &run[..role_end]);
    let mut gender = None;
    // A role before the run: "the union's president Maria Lopez", "The director-general of the
    // Council, Rafael Olmedo,", "La ministre de la Santé, Nathalie Ferrand,". Not across a
    // preposition that governs the run: in "sagte Oberbürgermeisterin Renate Albrecht-Kühn zu
    // Beginn der Sitzung" the title is hers, not the meeting's.
    let governed_run = start > 0 && Language::is(&language.prepositions, all[start - 1].core);
    if role_words.is_none() && start > 0 && !governed_run {
        let from = all[..start - 1]
            .iter()
            .rposition(|w| w.ends_clause())
            .map_or(0, |e| e + 1)
            .max(start.saturating_sub(8));
        let before = &all[from..start];
        if before
            .iter()
            .any(|w| language.is_title(w.core) && !Language::is(&language.honorifics, w.core))
        {
            gender = gender_said(before, language);
            role_words = Some(trim_articles(before, language));
        }
    }
    // An apposition after a comma: "Anna Kovac, the interior minister,".
    if role_words.is_none() && run.last().is_some_and(|w| w.raw.ends_with(',')) {
        let rest = &all[end..];
        let stop = rest
            .iter()
            .position(|w| w.ends_clause())
            .map_or(rest.len(), |e| e + 1)
            .min(6);
        if rest[..stop].iter().any(|w| language.is_title(w.core)) {
            gender = gender_said(&rest[..stop], language);
            role_words = Some(trim_articles(&rest[..stop], language));
        }
    }
    let role = role_words.map(phrase).filter(|r| !r.is_empty());
    // In German every noun has a capital: a run is a name with a role or an honorific beside it,
    // or when a verb follows it ("Miriam Okafor leitet").
    let honorific =
        honorifics > 0 || start > 0 && Language::is(&language.honorifics, all[start - 1].core);
    let verb_follows = all.get(end).is_some_and(|w| {
        language.is_speech_verb(w.core)
            || (!w.capitalized() && (w.core.ends_with('t') || w.core.ends_with("te")))
    });
    let name_words = run.len() - name_start;
    // "Lea Sander, neben ihm auf dem Podium, …", "Konstantin von Wedel (FDP), dessen Fraktion
    // …": a name that opens a sentence with a comma, after its party's short form if it has one.
    let before_comma = if acronym(all.get(end)).is_some() {
        all.get(end)
    } else {
        run.last()
    };
    let opens_with_apposition =
        start == 0 && run.len() <= 3 && before_comma.is_some_and(|w| w.raw.ends_with(','));
    // "Für Tobias Hennecke, der am Institut … untersucht", "Manfred Kaiser, ein pensionierter
    // Busfahrer,": a relative clause or an apposition about the name introduces a person,
    // governed or not.
    let described = run.len() >= 2
        && run.last().is_some_and(|w| w.raw.ends_with(','))
        && all.get(end).is_some_and(|w| {
            matches!(
                w.lower().as_str(),
                "der" | "die" | "who" | "qui" | "dont" | "whose"
            ) || Language::is(&language.indefinites, w.core)
        });
    // "auf den Feldern von Hubert Scholl": a given name and a family name after "von" (no
    // particle there, or the run would have taken it) are someone's.
    let whose = language.compounds && name_words == 2 && start > 0 && all[start - 1].core == "von";
    let proper = role.is_some()
        || whose
        || !language.compounds
        || honorific
        || verb_follows
        || opens_with_apposition
        || described;
    if !(proper || name_words == 1) {
        return (None, end);
    }
    // "the Ryeford Echo": a name after an article, with no title or honorific, is a thing's (a
    // newspaper, a ship) or an organisation's, not a person's.
    let after_article = start > 0 && Language::is(&language.articles, all[start - 1].core);
    if after_article && name_words >= 2 && !language.compounds && role.is_none() && !honorific {
        return (people.mention(&name, organisation, place), end);
    }
    let gender = gender
        .or_else(|| honorific_gender(&all[start.saturating_sub(1)..end], language))
        .or_else(|| gender_of(role.as_deref(), language));
    // "auf LinkedIn", "an die Belegschaft": after a preposition or an article, a capitalized
    // word names someone only if they are known.
    let governed = start > 0
        && (Language::is(&language.prepositions, all[start - 1].core)
            || Language::is(&language.articles, all[start - 1].core))
        && role.is_none()
        && !honorific
        && !described
        && !whose;
    let named = Named {
        role,
        gender,
        known_only: governed,
        ..Named::default()
    };
    // "(SPD)" after a person's name: their party, not another name of theirs; passed over.
    let found = people.mention(&name, named, place);
    if acronym(all.get(end)).is_some() {
        end += 1;
    }
    (found, end)
}

/// "Groupement hospitalier de territoire Odet-Aven": a generic organisation word, small words,
/// then the name that makes it one (not in German, whose nouns all have capitals); where its
/// name ends.
fn organisation_name_end(
    all: &[Word],
    start: usize,
    end: usize,
    language: &Language,
) -> Option<usize> {
    let [word] = &all[start..end] else {
        return None;
    };
    if language.compounds || !language.is_organisation(word.core) || word.ends_clause() {
        return None;
    }
    let name_word =
        |w: &Word| w.capitalized() && !is_common(w, language) && !w.raw.starts_with('(');
    let name_at =
        (end..(end + 6).min(all.len())).find(|&i| name_word(&all[i]) || all[i].ends_clause())?;
    if !name_word(&all[name_at]) {
        return None;
    }
    // "… de la Côte de Valmorey": particles between capitals go on with the name.
    let particles_then_name = |at: usize| {
        let next = all[at..]
            .iter()
            .position(|w| !Language::is(&language.particles, w.core))
            .map(|n| at + n);
        next.is_some_and(|n| n > at && name_word(&all[n]) && !all[n - 1].ends_clause())
    };
    let mut stop = name_at + 1;
    while stop < all.len() && !all[stop - 1].ends_clause() {
        if name_word(&all[stop]) {
            stop += 1;
        } else if particles_then_name(stop) {
            while Language::is(&language.particles, all[stop].core) {
                stop += 1;
            }
        } else {
            break;
        }
    }
    Some(stop)
}

/// The acronym a word gives in parentheses: "DSV" of "(DSV),".
fn acronym<'a>(word: Option<&Word<'a>>) -> Option<&'a str> {
    let short = word?.raw.trim_end_matches([',', '.', ';', ':']);
    let inner = short.strip_prefix('(')?.strip_suffix(')')?;
    // "(DSV)", "(Sdis)": a short form with a capital, letters and digits only.
    let count = inner.chars().count();
    ((2..=8).contains(&count)
        && inner.starts_with(char::is_uppercase)
        && inner.chars().all(char::is_alphanumeric))
    .then_some(inner)
}

/// "l’Union syndicale des agents de la mobilité (USAM)", "the Port Authority of Calvaire
/// (PAC)": the organisation named before an acronym in parentheses, known by both from then on.
fn note_acronyms(all: &[Word], people: &mut People, index: usize, language: &Language) {
    for (at, word) in all.iter().enumerate() {
        // "(DSV)", or "(Sdis 33)" with the number of its département.
        let numbered = word.raw.strip_prefix('(').filter(|_| {
            all.get(at + 1).is_some_and(|next| {
                let number = next.raw.trim_end_matches([',', '.', ';', ':']);
                number
                    .strip_suffix(')')
                    .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
            })
        });
        let short = match numbered {
            Some(short)
                if short.starts_with(char::is_uppercase)
                    && short.chars().all(char::is_alphanumeric) =>
            {
                short
            }
            _ => match acronym(Some(word)) {
                Some(short) => short,
                None => continue,
            },
        };
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
        let named = Named {
            organisation: true,
            ..Named::default()
        };
        if let Some(found) =
            people.mention(&phrase(&all[start..at]), named, (index, all[start].start))
        {
            let aliases = &mut people.list[found].aliases;
            if !aliases.iter().any(|a| a == short) {
                aliases.push(short.to_owned());
            }
        }
    }
}

/// "One juror, a woman who spoke on condition of anonymity," "Un médecin urgentiste, qui a
/// requis l’anonymat,": an anonymous source the sentence is about, noted with the gender its
/// words give.
fn note_anonymous(
    all: &[Word],
    people: &mut People,
    index: usize,
    language: &Language,
) -> Option<(usize, usize)> {
    let lower: Vec<String> = all.iter().map(Word::lower).collect();
    let cue_at = (0..all.len()).find(|&i| {
        let rest = lower[i..].join(" ");
        language
            .anonymous
            .iter()
            .any(|cue| rest.starts_with(&cue.to_lowercase()))
    });
    // "Ein hochrangiger Beamter des Kultusministeriums räumte ein": a sentence that starts with
    // someone unnamed who speaks.
    let cue_at = cue_at.or_else(|| {
        let starts_unnamed = all
            .first()
            .is_some_and(|w| Language::is(&language.indefinites, w.core));
        let verb = all.iter().position(|w| language.is_speech_verb(w.core))?;
        (starts_unnamed && verb <= 8).then_some(verb)
    })?;
    let mut from = all[..cue_at]
        .iter()
        .rposition(|w| language.ends_sentence(w.raw) || w.raw.ends_with([';', ':']))
        .map_or(0, |e| e + 1);
    // "„…“, sagte ein Ratsmitglied, das …": the verb after a quotation is not the description's.
    while from < cue_at && language.is_speech_verb(all[from].core) {
        from += 1;
    }
    // "a person familiar with the negotiations,": a cue that describes, not a relative clause
    // or an aside ("who asked not to be named", "speaking on condition"), is part of the
    // description, up to its comma.
    let describes = !matches!(
        lower[cue_at].as_str(),
        "who" | "which" | "speaking" | "qui" | "sous" | "der" | "die" | "das"
    );
    let end = if describes {
        all[cue_at..]
            .iter()
            .position(|w| w.raw.ends_with(',') || language.is_speech_verb(w.core))
            .map_or(all.len(), |at| {
                cue_at + at + usize::from(all[cue_at + at].raw.ends_with(','))
            })
    } else {
        cue_at
    };
    let clause = &all[from..end];
    let description = description(clause, language);
    // Only a description: a name here is a named source (German writes its nouns with
    // capitals).
    let capitals = description.iter().filter(|w| w.capitalized()).count();
    if description.is_empty() || (!language.compounds && capitals > 1) {
        return None;
    }
    let text = capitalize(&phrase(description));
    let gender = if lower[from..cue_at]
        .iter()
        .any(|w| matches!(w.as_str(), "woman" | "femme" | "frau"))
    {
        Some('f')
    } else if lower[from..cue_at]
        .iter()
        .any(|w| matches!(w.as_str(), "man" | "homme" | "mann"))
    {
        Some('m')
    } else {
        gender_said(clause, language)
    };
    let named = Named {
        anonymous: true,
        gender,
        role: Some(text.clone()),
        ..Named::default()
    };
    let found = people.mention(&text, named, (index, all[from].start))?;
    Some((from, found))
}
