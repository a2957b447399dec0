//! The interface language: every message the tool shows a person is a
//! [`Message`] (an id with arguments), rendered from a Project Fluent
//! catalogue per language (`locales/<lang>/*.ftl`) only when it is shown.
//!
//! Field paths, file names, codes and values quoted from the input stay as
//! they are; words, plurals and number forms follow the [`Locale`].

mod catalog;
mod locale;

pub use catalog::{catalog_ids, lookup, message_variables};
pub use locale::{Locale, LocaleError};

use std::path::Path;

/// A value given to a message.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Arg {
    /// Text shown as it is (a name, a path, a code).
    Text(String),
    /// A whole number: chooses plural forms and is grouped in thousands.
    Count(i64),
    /// A decimal already rounded, written with `.`: shown with the
    /// language's decimal separator (`12,5` in kk and ru).
    Decimal(String),
    /// Another message, rendered in the same language.
    Message(Box<Message>),
    /// Messages rendered in the same language, joined by `; `.
    List(Vec<Message>),
}

impl Arg {
    /// A decimal rounded to `places` digits after the point.
    pub fn decimal(value: f64, places: usize) -> Arg {
        Arg::Decimal(format!("{value:.places$}"))
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

impl From<char> for Arg {
    fn from(c: char) -> Self {
        Arg::Text(c.to_string())
    }
}

impl From<&Path> for Arg {
    fn from(path: &Path) -> Self {
        Arg::Text(path.display().to_string())
    }
}

impl From<&std::path::PathBuf> for Arg {
    fn from(path: &std::path::PathBuf) -> Self {
        Arg::Text(path.display().to_string())
    }
}

impl From<std::path::PathBuf> for Arg {
    fn from(path: std::path::PathBuf) -> Self {
        Arg::Text(path.display().to_string())
    }
}

impl From<Message> for Arg {
    fn from(message: Message) -> Self {
        Arg::Message(Box::new(message))
    }
}

macro_rules! count_from {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Count(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
count_from!(usize, u8, u16, u32, u64, i32, i64);

impl From<f64> for Arg {
    /// Two places after the point, trailing zeros dropped.
    fn from(value: f64) -> Self {
        let text = format!("{value:.2}");
        let text = text.trim_end_matches('0').trim_end_matches('.');
        Arg::Decimal(if text == "-0" { "0".to_owned() } else { text.to_owned() })
    }
}

/// A message: a catalogue id and its named arguments.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Message {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

impl Message {
    /// The message `id` with no arguments yet.
    pub fn new(id: &'static str) -> Self {
        Message { id, args: Vec::new() }
    }

    /// Adds the argument `name` (as written in the catalogue, without `$`).
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// Text that is not ours to translate (another program's words, such as
    /// an operating system's error), shown as it is in every language.
    pub fn untranslated(text: impl Into<String>) -> Self {
        Message::new("untranslated").arg("text", text.into())
    }

    /// The catalogue id.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The arguments, in the order given.
    pub fn args(&self) -> &[(&'static str, Arg)] {
        &self.args
    }

    /// The message in `locale`.
    pub fn render(&self, locale: Locale) -> String {
        catalog::render(self, locale)
    }
}

impl std::fmt::Display for Message {
    /// The message in English (the library's default; the command line
    /// renders in the user's language).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(Locale::En))
    }
}

/// An error the catalogue says in every interface language: what is wrong
/// and, kept apart from it, how to fix it. The error types of the library
/// implement it; their `Display` is [`english`].
pub trait Explain {
    /// What is wrong, in one sentence.
    fn message(&self) -> Message;

    /// How to fix it, when there is something useful to say.
    fn hint(&self) -> Option<Message> {
        None
    }
}

/// An explained error's message in English (the `Display` of the library's
/// error types; the command line shows it in the user's language).
pub fn english(error: &impl Explain) -> String {
    error.message().render(Locale::En)
}

/// `msg!("id", name = value, ...)`: a [`Message`] with its arguments.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Message::new($id)$(.arg(stringify!($name), $value))*
    };
}

/// A whole number in `locale`'s form: `12,345` in English, `12 345` (with a
/// no-break space) in Kazakh and Russian.
pub fn group_thousands(n: i64, locale: Locale) -> String {
    let digits = n.unsigned_abs().to_string();
    let separator = match locale {
        Locale::En => ",",
        Locale::Kk | Locale::Ru => "\u{a0}",
    };
    // Russian and Kazakh typesetting leaves four-digit numbers whole.
    let threshold = if locale == Locale::En { 4 } else { 5 };
    let mut out = String::new();
    if n < 0 {
        out.push('-');
    }
    if digits.len() < threshold {
        out.push_str(&digits);
        return out;
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separator);
        }
        out.push(c);
    }
    out
}

/// A decimal written with `.` in `locale`'s form (`,` before the fraction in kk and ru).
pub fn localise_decimal(text: &str, locale: Locale) -> String {
    let (whole, fraction) = text.split_once('.').map_or((text, None), |(w, f)| (w, Some(f)));
    let grouped = whole.parse::<i64>().map_or_else(|_| whole.to_owned(), |n| {
        let sign = if whole.starts_with('-') && n == 0 { "-" } else { "" };
        format!("{sign}{}", group_thousands(n, locale))
    });
    match fraction {
        None => grouped,
        Some(f) => match locale {
            Locale::En => format!("{grouped}.{f}"),
            Locale::Kk | Locale::Ru => format!("{grouped},{f}"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_take_the_languages_form() {
        assert_eq!(group_thousands(43734, Locale::En), "43,734");
        assert_eq!(group_thousands(43734, Locale::Ru), "43\u{a0}734");
        assert_eq!(group_thousands(1234, Locale::Kk), "1234");
        assert_eq!(group_thousands(1234567, Locale::Kk), "1\u{a0}234\u{a0}567");
        assert_eq!(localise_decimal("12.5", Locale::Ru), "12,5");
        assert_eq!(localise_decimal("-0.4", Locale::Ru), "-0,4");
        assert_eq!(localise_decimal("12.5", Locale::En), "12.5");
        assert_eq!(Arg::from(3.0), Arg::Decimal("3".into()));
        assert_eq!(Arg::from(0.126), Arg::Decimal("0.13".into()));
    }

    #[test]
    fn russian_counts_take_three_plural_forms() {
        let count = |n: i64| msg!("count-ballots", count = n).render(Locale::Ru);
        assert_eq!(count(1), "1 бюллетень");
        assert_eq!(count(2), "2 бюллетеня");
        assert_eq!(count(5), "5 бюллетеней");
        assert_eq!(count(21), "21 бюллетень");
        assert_eq!(count(11), "11 бюллетеней");
        assert_eq!(count(12_345), "12\u{a0}345 бюллетеней");
        assert_eq!(msg!("count-ballots", count = 2).render(Locale::En), "2 ballots");
        assert_eq!(msg!("count-ballots", count = 1).render(Locale::En), "1 ballot");
        assert_eq!(msg!("count-ballots", count = 5).render(Locale::Kk), "5 бюллетень");
    }
}
