//! The people and organisations an article names, in the order it names them, so that a
//! pronoun, a title or a surname finds who it stands for: the most recent one that fits.

use crate::language::Language;
use crate::mention::{capitalize, Who};

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
    /// `m` or `f`, once a pronoun or a role has said.
    pub gender: Option<char>,
    /// Where the article last named them.
    pub seen: At,
    /// Whether they are quoted (only those become the draft's actors).
    pub speaks: bool,
}

#[derive(Debug, Default)]
pub struct People {
    pub list: Vec<Person>,
}

impl People {
    /// Notes a mention of a name at `at` (not a quote's speaker): the person it names, known
    /// or new.
    pub fn mention(
        &mut self,
        name: &str,
        role: Option<String>,
        organisation: bool,
        at: At,
        language: &Language,
    ) -> Option<usize> {
        if let Some(index) = self.find_name(name, organisation, at) {
            let person = &mut self.list[index];
            person.seen = person.seen.max(at);
            if person.role.is_none() {
                person.role = role;
            }
            return Some(index);
        }
        // A single word that names no one known is not taken for a person.
        if !organisation && !name.contains(' ') {
            return None;
        }
        self.list.push(Person {
            name: name.to_owned(),
            gender: gender_of(role.as_deref(), language),
            role,
            organisation,
            anonymous: false,
            aliases: Vec::new(),
            seen: at,
            speaks: false,
        });
        Some(self.list.len() - 1)
    }

    /// The person a quote's speaker `who` stands for at `at`, added when new; marked as
    /// speaking.
    pub fn speaker(&mut self, who: &Who, at: At, language: &Language) -> usize {
        let index = match who {
            Who::Pronoun(gender) => self.recent(at, |p| match gender {
                'o' => p.organisation,
                'p' => true,
                g => !p.organisation && p.gender.is_none_or(|known| known == *g),
            }),
            Who::Title {
                word, organisation, ..
            } => self.recent(at, |p| {
                p.organisation == *organisation && {
                    let said = if p.organisation {
                        Some(&p.name)
                    } else {
                        p.role.as_ref()
                    };
                    said.is_some_and(|said| {
                        said.split_whitespace().any(|w| {
                            let w = w.to_lowercase();
                            w == *word
                                || (language.compounds
                                    && (w.ends_with(word.as_str()) || word.ends_with(w.as_str())))
                        })
                    })
                }
            }),
            Who::Named {
                name, organisation, ..
            } => self.find_name(name, *organisation, at),
            Who::Anonymous(description) => self
                .list
                .iter()
                .position(|p| p.anonymous && p.name.eq_ignore_ascii_case(description)),
        };
        let index = index.unwrap_or_else(|| {
            let (name, role, organisation) = match who {
                Who::Named {
                    name,
                    role,
                    organisation,
                } => (name.clone(), role.clone(), *organisation),
                Who::Title {
                    written,
                    organisation,
                    ..
                } => (capitalize(written), None, *organisation),
                Who::Anonymous(description) => (description.clone(), None, false),
                // A pronoun with no one before it: the draft names the gap for the editor.
                Who::Pronoun(_) => ("Unknown speaker".to_owned(), None, false),
            };
            self.list.push(Person {
                gender: gender_of(role.as_deref(), language),
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
        }
        if let Who::Pronoun(gender @ ('m' | 'f')) = who {
            person.gender.get_or_insert(*gender);
        }
        index
    }

    /// The person `name` names: the same name, or a known person with that family name (the
    /// last word, or the first for names written family name first).
    fn find_name(&self, name: &str, organisation: bool, at: At) -> Option<usize> {
        if let Some(index) = self.list.iter().position(|p| {
            p.name.to_lowercase() == name.to_lowercase() && p.organisation == organisation
                || p.aliases.iter().any(|a| a == name)
        }) {
            return Some(index);
        }
        let wanted = name.to_lowercase();
        let best = self
            .list
            .iter()
            .enumerate()
            .filter(|(_, p)| p.organisation == organisation && !p.anonymous)
            .filter(|(_, p)| {
                let known = p.name.to_lowercase();
                if organisation {
                    return known.ends_with(&format!(" {wanted}"))
                        || wanted.ends_with(&format!(" {known}"));
                }
                let words: Vec<&str> = known.split_whitespace().collect();
                // "Kovac" for "Anna Kovac", "von der Leyen" for "Ursula von der Leyen", "Li" for
                // "Li Wenhua".
                known.ends_with(&format!(" {wanted}"))
                    || (!wanted.contains(' ') && words.len() >= 2 && words[0] == wanted)
                    || wanted.ends_with(&format!(" {known}"))
            })
            .max_by_key(|(_, p)| if p.seen <= at { p.seen } else { (0, 0) })?;
        Some(best.0)
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

/// A gender a role says outright ("spokeswoman", "Ministerin", "la ministre").
fn gender_of(role: Option<&str>, language: &Language) -> Option<char> {
    let role = role?.to_lowercase();
    let last = role.split_whitespace().next_back()?;
    if role.contains("woman")
        || (language.compounds && last.ends_with("in") && language.is_title(last))
    {
        Some('f')
    } else if role.contains("spokesman") || role.contains("chairman") {
        Some('m')
    } else {
        None
    }
}
