//! The validator's traversal: every declared type walks its fields (`#[derive(Format)]`), calling
//! the rule each field names; [`Rules`] is what a rule can check, implemented by the validator.

/// Where a value is, written out only when a problem is reported: `parent.field`, or `field`
/// alone at the top.
#[derive(Clone, Copy)]
pub struct At<'p>(pub &'p str, pub &'p str);

impl At<'_> {
    pub fn render(self) -> String {
        match self {
            At("", field) => field.to_owned(),
            At(parent, field) => format!("{parent}.{field}"),
        }
    }
}

/// The checks a field's rule can make, each reporting at `at` (the validator, `validate.rs`).
pub trait Rules<'a> {
    /// Reports a problem that no rule below words.
    fn problem(&mut self, path: String, message: String);
    /// A text that must not be empty and must be safe to show.
    fn text(&mut self, at: At, value: &str);
    /// A text that may be empty, and is safe to show.
    fn maybe_empty_text(&mut self, at: At, value: &str);
    fn date(&mut self, at: At, value: &str);
    /// An http(s) address.
    fn link(&mut self, at: At, value: &str);
    /// An id, unique in the whole article.
    fn id(&mut self, at: At, value: &'a str);
    /// The id of an entry in `actors`.
    fn actor_ref(&mut self, at: At, value: &str);
    /// The id of an entry in `quotes`.
    fn quote_ref(&mut self, at: At, value: &str);
    /// `MAJOR.MINOR`.
    fn version(&mut self, at: At, value: &str);
    /// A quote's words, which the source must hold verbatim: a text, for validation.
    fn quotation(&mut self, at: At, value: &str) {
        self.text(at, value);
    }
    /// The source's words behind a fact, which it must hold verbatim: a text, for validation.
    fn evidence(&mut self, at: At, value: &str) {
        self.text(at, value);
    }
    /// A BCP 47 language tag.
    fn language(&mut self, at: At, value: &str);
}

/// A declared type, checked field by field at `path`.
pub trait Walk<'a> {
    fn walk<R: Rules<'a>>(&'a self, rules: &mut R, path: &str);
}

impl<'a, T: Walk<'a>> Walk<'a> for Option<T> {
    fn walk<R: Rules<'a>>(&'a self, rules: &mut R, path: &str) {
        if let Some(value) = self {
            value.walk(rules, path);
        }
    }
}

impl<'a, T: Walk<'a>> Walk<'a> for Vec<T> {
    fn walk<R: Rules<'a>>(&'a self, rules: &mut R, path: &str) {
        for (index, item) in self.iter().enumerate() {
            item.walk(rules, &format!("{path}[{index}]"));
        }
    }
}

/// What a text rule reads: one text, one that may be absent, or a list of them (checked each
/// at `field[index]`).
pub trait Texts {
    fn each<'a, R>(&'a self, rules: &mut R, at: At, check: fn(&mut R, At, &'a str));
}

impl Texts for String {
    fn each<'a, R>(&'a self, rules: &mut R, at: At, check: fn(&mut R, At, &'a str)) {
        check(rules, at, self);
    }
}

impl Texts for Option<String> {
    fn each<'a, R>(&'a self, rules: &mut R, at: At, check: fn(&mut R, At, &'a str)) {
        if let Some(value) = self {
            check(rules, at, value);
        }
    }
}

impl Texts for Vec<String> {
    fn each<'a, R>(&'a self, rules: &mut R, at: At, check: fn(&mut R, At, &'a str)) {
        for (index, value) in self.iter().enumerate() {
            let path = format!("{}[{index}]", at.render());
            check(rules, At("", &path), value);
        }
    }
}

/// The rules a field names by a bare word in `#[check(...)]`.
pub mod rule {
    use super::{At, Rules, Texts, Walk};

    /// A declared type (or an optional one, or a list): its own fields' rules.
    pub fn walk<'a, R: Rules<'a>, T: Walk<'a>>(rules: &mut R, value: &'a T, at: At) {
        value.walk(rules, &at.render());
    }

    pub fn text<'a, R: Rules<'a>>(rules: &mut R, value: &'a impl Texts, at: At) {
        value.each(rules, at, |rules, at, value| rules.text(at, value));
    }

    pub fn maybe_empty_text<'a, R: Rules<'a>>(rules: &mut R, value: &'a impl Texts, at: At) {
        value.each(rules, at, |rules, at, value| {
            rules.maybe_empty_text(at, value)
        });
    }

    pub fn date<'a, R: Rules<'a>>(rules: &mut R, value: &'a impl Texts, at: At) {
        value.each(rules, at, |rules, at, value| rules.date(at, value));
    }

    pub fn link<'a, R: Rules<'a>>(rules: &mut R, value: &'a impl Texts, at: At) {
        value.each(rules, at, |rules, at, value| rules.link(at, value));
    }

    pub fn id<'a, R: Rules<'a>>(rules: &mut R, value: &'a impl Texts, at: At) {
        value.each(rules, at, |rules, at, value| rules.id(at, value));
    }

    pub fn actor_ref<'a, R: Rules<'a>>(rules: &mut R, value: &'a impl Texts, at: At) {
        value.each(rules, at, |rules, at, value| rules.actor_ref(at, value));
    }

    pub fn quote_ref<'a, R: Rules<'a>>(rules: &mut R, value: &'a impl Texts, at: At) {
        value.each(rules, at, |rules, at, value| rules.quote_ref(at, value));
    }

    pub fn quotation<'a, R: Rules<'a>>(rules: &mut R, value: &'a impl Texts, at: At) {
        value.each(rules, at, |rules, at, value| rules.quotation(at, value));
    }

    pub fn evidence<'a, R: Rules<'a>>(rules: &mut R, value: &'a impl Texts, at: At) {
        value.each(rules, at, |rules, at, value| rules.evidence(at, value));
    }

    pub fn version<'a, R: Rules<'a>>(rules: &mut R, value: &'a impl Texts, at: At) {
        value.each(rules, at, |rules, at, value| rules.version(at, value));
    }

    pub fn language<'a, R: Rules<'a>>(rules: &mut R, value: &'a impl Texts, at: At) {
        value.each(rules, at, |rules, at, value| rules.language(at, value));
    }
}
