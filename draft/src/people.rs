//! The people and organisations an article names, in the order it names them, so that a
//! pronoun, a title or a surname finds who it stands for: the subject of the latest sentence
//! that fits, else the most recent one named that fits.

use crate::language::Language;
use crate::mention::{capitalize, Who};
use crate::text::without_elided;

/// A place in the article: paragraph, then byte.
pub type At = (usize, usize);

#[derive(Debug, Clone)]
pub struct Person {
    pub name: String,
    pub role: Option<String>,
    pub organisation: bool,
    pub anonymous: bool,
    /// Short forms the article gives: "DSV" for "Deutsche Schienenverkehrs AG (DSV)".
    pub aliases: Vec<String>,
    /// `m` or `f`, once a pronoun, a role or an article has said.
    pub gender: Option<char>,
    /// Where the article last named them.
    pub seen: At,
    /// Whether they are quoted (only those become the draft's actors).
    pub speaks: bool,
}

#[derive(Debug, Default)]
pub struct People {
    pub list: Vec<Person>,
    /// The subject of each sentence that has one, and each quote's speaker, in text order.
    subjects: Vec<(At, usize)>,
}

/// What a text mention says of someone besides their name.
#[derive(Debug, Clone, Default)]
pub struct Named {
    pub role: Option<String>,
    pub organisation: bool,
    pub anonymous: bool,
    pub gender: Option<char>,
    /// Only someone already named: "auf LinkedIn", "AI features" name no one new.
    pub known_only: bool,
}

impl People {
    /// Notes a mention of a name at `at` (not a quote's speaker): the person it names, known
    /// or new.
    pub fn mention(&mut self, name: &str, named: Named, at: At) -> Option<usize> {
        // A name must say something: punctuation alone names no one.
        if !name.chars().any(char::is_alphanumeric) {
            return None;
        }
        let named = Named {
            role: named
                .role
                .filter(|role| role.chars().any(char::is_alphanumeric)),
            ..named
        };
        if let Some(index) = self.find_name(name, named.organisation, named.gender, at) {
            let person = &mut self.list[index];
            person.seen = person.seen.max(at);
            if person.role.is_none() {
                person.role = named.role;
            }
            if person.gender.is_none() {
                person.gender = named.gender;
            }
            return Some(index);
        }
        // A single word that names no one known is not taken for a person.
        if named.known_only || (!named.organisation && !named.anonymous && !name.contains(' ')) {
            return None;
        }
        self.list.push(Person {
            name: name.to_owned(),
            gender: named.gender,
            role: named.role,
            organisation: named.organisation,
            anonymous: named.anonymous,
            aliases: Vec::new(),
            seen: at,
            speaks: false,
        });
        Some(self.list.len() - 1)
    }

    /// Notes that `person` is what the sentence at `at` is about.
    pub fn note_subject(&mut self, person: usize, at: At) {
        self.subjects.push((at, person));
    }

    /// The person a quote's speaker `who` stands for at `at`, added when new; marked as
    /// speaking.
    pub fn speaker(&mut self, who: &Who, at: At, language: &Language) -> usize {
        let index = match who {
            Who::Pronoun(gender) => {
                let fits = |p: &Person| match gender {
                    'o' => p.organisation,
                    'p' | 'a' => true,
                    'x' => !p.organisation,
                    g => !p.organisation && p.gender.is_none_or(|known| known == *g),
                };
                self.subject(at, fits).or_else(|| self.recent(at, fits))
            }
            Who::Title {
                word,
                written,
                organisation,
                gender,
            } => self.holder(word, written, *organisation, *gender, at, language),
            Who::Named {
                name,
                organisation,
                gender,
                ..
            } => self.find_name(name, *organisation, *gender, at),
            Who::Anonymous(description) => self
                .list
                .iter()
                .position(|p| p.anonymous && p.name.eq_ignore_ascii_case(description)),
        };
        let index = index.unwrap_or_else(|| {
            let (name, role, organisation, gender) = match who {
                Who::Named {
                    name,
                    role,
                    organisation,
                    gender,
                } => (name.clone(), role.clone(), *organisation, *gender),
                Who::Title {
                    written,
                    organisation,
                    gender,
                    ..
                } => (capitalize(written), None, *organisation, *gender),
                Who::Anonymous(description) => (description.clone(), None, false, None),
                // A pronoun with no one before it: the draft names the gap for the editor.
                Who::Pronoun(_) => ("Unknown speaker".to_owned(), None, false, None),
            };
            // A mention that says nothing a name can hold: the draft names the gap.
            let name = if name.chars().any(char::is_alphanumeric) {
                name
            } else {
                "Unknown speaker".to_owned()
            };
            let role = role.filter(|role| role.chars().any(char::is_alphanumeric));
            self.list.push(Person {
                gender: gender.or_else(|| gender_of(role.as_deref(), language)),
                name,
                role,
                organisation,
                anonymous: matches!(who, Who::Anonymous(_)),
                aliases: Vec::new(),
                seen: at,
                speaks: false,
            });
            self.list.len() - 1
        });
        let person = &mut self.list[index];
        person.speaks = true;
        person.seen = person.seen.max(at);
        if let (
            Who::Named {
                role: Some(role), ..
            },
            None,
        ) = (who, &person.role)
        {
            person.role = Some(role.clone());
            if person.gender.is_none() {
                person.gender = gender_of(Some(role), language);
            }
        }
        if let Who::Pronoun(gender @ ('m' | 'f')) = who {
            person.gender.get_or_insert(*gender);
        }
        index
    }

    /// Who "the minister", "the company" (`word`, as `written`) stands for at `at`: the latest
    /// holder of that title whose role has the title's other words too ("the race director"
    /// of a race director and a medical director), else the latest holder of that title, else
    /// for an organisation word ("the company", "der Konzern") the organisation the latest
    /// sentences were about, else the last named; for a person's title ("the doctor",
    /// "l’élu"), the person the latest sentences were about.
    fn holder(
        &self,
        word: &str,
        written: &str,
        organisation: bool,
        gender: Option<char>,
        at: At,
        language: &Language,
    ) -> Option<usize> {
        let qualifiers: Vec<String> = written
            .split_whitespace()
            .map(|w| w.to_lowercase())
            .filter(|w| {
                w != word
                    && !Language::is(&language.articles, w)
                    && !Language::is(&language.possessives, w)
            })
            .collect();
        (!qualifiers.is_empty())
            .then(|| {
                self.recent(at, |p| {
                    self.holds(p, word, organisation, language)
                        && qualifiers.iter().all(|q| role_words(p).any(|w| w == *q))
                })
            })
            .flatten()
            .or_else(|| self.title_holder(word, organisation, gender, at, language))
            .or_else(|| {
                // "le ministère de l’Enseignement supérieur": a name after the word is an
                // organisation's own, not the one the sentences were about.
                let named = written
                    .split_whitespace()
                    .skip(1)
                    .any(|w| without_elided(w).starts_with(char::is_uppercase));
                if organisation && named {
                    None
                } else if organisation {
                    let fits = |p: &Person| p.organisation && !p.anonymous;
                    self.subject(at, fits).or_else(|| self.recent(at, fits))
                } else {
                    self.subject(at, |p| {
                        !p.organisation
                            && gender.is_none_or(|g| p.gender.is_none_or(|known| known == g))
                    })
                }
            })
    }

    /// The latest one named before `at` whose role (or, for an organisation, name) has the
    /// title `word`: one whose gender is known to be `gender` first ("la ministre" of two
    /// ministers), then one whose gender is not known.
    pub fn title_holder(
        &self,
        word: &str,
        organisation: bool,
        gender: Option<char>,
        at: At,
        language: &Language,
    ) -> Option<usize> {
        let named_so = |p: &Person| self.holds(p, word, organisation, language);
        let same_gender = |p: &Person| gender.is_some() && p.gender == gender;
        let fits_gender =
            |p: &Person| gender.is_none_or(|g| p.gender.is_none_or(|known| known == g));
        self.recent(at, |p| named_so(p) && same_gender(p))
            .or_else(|| self.recent(at, |p| named_so(p) && fits_gender(p)))
    }

    /// Whether `p`'s role (or, for an organisation or an anonymous source, name) has the title
    /// `word`.
    fn holds(&self, p: &Person, word: &str, organisation: bool, language: &Language) -> bool {
        p.organisation == organisation
            && role_words(p).any(|w| {
                w == word
                    || (language.compounds && (w.ends_with(word) || word.ends_with(w.as_str())))
            })
    }

    /// The person `name` names: the same name or short form, or a known person with that
    /// family name (the last word, or the first for names written family name first), or an
    /// organisation whose name it starts or ends ("Kessler Polymer" for "Kessler Polymer
    /// Corp."). One of the kind asked for first.
    fn find_name(
        &self,
        name: &str,
        organisation: bool,
        gender: Option<char>,
        at: At,
    ) -> Option<usize> {
        let wanted = name.to_lowercase();
        if let Some(index) = self.list.iter().position(|p| {
            (p.name.to_lowercase() == wanted && p.organisation == organisation)
                || p.aliases.iter().any(|a| a == name)
        }) {
            return Some(index);
        }
        // "l’OP" after "l’Organisation de producteurs Cornouaille Atlantique": an acronym never
        // given is the organisation whose words' initials it starts.
        let acronym =
            (2..=6).contains(&name.chars().count()) && name.chars().all(|c| c.is_uppercase());
        if acronym {
            let initials = |p: &Person| -> String {
                p.name
                    .split_whitespace()
                    .filter(|w| w.chars().count() > 3 || w.starts_with(char::is_uppercase))
                    .filter_map(|w| w.chars().next())
                    .flat_map(char::to_uppercase)
                    .collect()
            };
            if let Some(index) = self
                .list
                .iter()
                .enumerate()
                .filter(|(_, p)| p.organisation && p.seen <= at && initials(p).starts_with(name))
                .max_by_key(|(_, p)| p.seen)
                .map(|(index, _)| index)
            {
                return Some(index);
            }
        }
        let matches = |p: &Person| {
            let known = p.name.to_lowercase();
            if p.anonymous {
                return false;
            }
            if p.organisation {
                // A person's name names an organisation only as its beginning ("Kessler
                // Polymer" for "Kessler Polymer Corp."); never "Martin Pryce" for "Pryce".
                // A longer name that ends with a known one is the same when little stands before
                // it ("Clydeway Bank" of "the Clydeway Bank"), not a name of its own built on it
                // ("Union des vignerons de la Côte de Valmorey").
                let short_prefix = wanted
                    .strip_suffix(&format!(" {known}"))
                    .is_some_and(|prefix| prefix.split_whitespace().count() <= 2);
                return known.starts_with(&format!("{wanted} "))
                    || known == wanted
                    || (organisation && (known.ends_with(&format!(" {wanted}")) || short_prefix));
            }
            if organisation {
                return false;
            }
            let words: Vec<&str> = known.split_whitespace().collect();
            // "Kovac" for "Anna Kovac", "von der Leyen" for "Ursula von der Leyen", "Li" for
            // "Li Wenhua".
            known.ends_with(&format!(" {wanted}"))
                || (!wanted.contains(' ') && words.len() >= 2 && words[0] == wanted)
                || wanted.ends_with(&format!(" {known}"))
        };
        // Of two with the name ("Mr. Reyes", "Ms. Reyes"), the one of the gender asked for.
        let best = |kind: bool, strict: bool| {
            self.list
                .iter()
                .enumerate()
                .filter(|(_, p)| p.organisation == kind && matches(p))
                .filter(|(_, p)| {
                    !strict || gender.is_some_and(|g| p.gender.is_none_or(|known| known == g))
                })
                .max_by_key(|(_, p)| if p.seen <= at { p.seen } else { (0, 0) })
                .map(|(index, _)| index)
        };
        best(organisation, true)
            .or_else(|| best(organisation, false))
            .or_else(|| best(!organisation, false))
    }

    /// The subject of the latest sentence before `at` that `fits`.
    fn subject(&self, at: At, fits: impl Fn(&Person) -> bool) -> Option<usize> {
        self.subjects
            .iter()
            .rev()
            .filter(|(seen, _)| *seen <= at)
            .map(|(_, person)| *person)
            .find(|&person| fits(&self.list[person]))
    }

    /// The most recently named person before `at` that `fits`.
    fn recent(&self, at: At, fits: impl Fn(&Person) -> bool) -> Option<usize> {
        self.list
            .iter()
            .enumerate()
            .filter(|(_, p)| p.seen <= at && fits(p))
            .max_by_key(|(_, p)| p.seen)
            .map(|(index, _)| index)
    }
}

/// A gender a role says outright ("spokeswoman", "Ministerin").
pub fn gender_of(role: Option<&str>, language: &Language) -> Option<char> {
    let role = role?.to_lowercase();
    let titles: Vec<&str> = role
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| language.is_title(w))
        .collect();
    // German marks a woman's title ("Ministerin", "Ratsfrau"); its other titles are a man's,
    // but for those that are both ("Vorsitzende").
    let feminine = |w: &str| w.ends_with("in") || w.ends_with("frau");
    // "Ihr Mann", "Feuerwehrmann", "Ehefrau": German says it in any word of the role.
    let words = || role.split(|c: char| c.is_whitespace() || c == '-');
    if role.contains("woman")
        || (language.compounds
            && (titles.iter().any(|w| feminine(w)) || words().any(|w| w.ends_with("frau"))))
    {
        Some('f')
    } else if role.contains("spokesman")
        || role.contains("chairman")
        || (language.compounds && words().any(|w| w.ends_with("mann")))
        || (language.compounds && titles.last().is_some_and(|w| !w.ends_with('e')))
    {
        Some('m')
    } else {
        None
    }
}

/// The words `p` is known by as a title holder, lower-case, without an elided article ("l’institutrice"):
/// its role, or for an organisation or an anonymous source ("the person said") its name.
fn role_words(p: &Person) -> impl Iterator<Item = String> + '_ {
    let said = if p.organisation || p.anonymous {
        Some(&p.name)
    } else {
        p.role.as_ref()
    };
    said.into_iter().flat_map(|said| {
        said.split_whitespace()
            .map(|w| without_elided(&w.to_lowercase()).to_owned())
    })
}
