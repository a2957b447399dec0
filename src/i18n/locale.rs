//! Which language the interface speaks, and how it is chosen.

/// A language of the interface (messages, help, the job sheet).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Locale {
    /// English (the default when nothing else is asked for).
    #[default]
    En,
    /// Kazakh.
    Kk,
    /// Russian.
    Ru,
}

/// A language asked for that the interface does not speak.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", super::english(self))]
pub struct LocaleError {
    /// Where it was asked for: `--lang` or the variable's name.
    pub setting: &'static str,
    /// What was given.
    pub value: String,
}

impl super::Explain for LocaleError {
    fn message(&self) -> super::Message {
        crate::msg!("cli-unknown-interface-language", source = self.setting, value = format!("{:?}", self.value))
    }

    fn hint(&self) -> Option<super::Message> {
        Some(crate::msg!("cli-unknown-interface-language-hint"))
    }
}

impl Locale {
    /// Every interface language.
    pub const ALL: [Locale; 3] = [Locale::En, Locale::Kk, Locale::Ru];

    /// `en`, `kk` or `ru`.
    pub fn code(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Kk => "kk",
            Locale::Ru => "ru",
        }
    }

    /// The language of a code (`kk`, `RU`), if the interface speaks it.
    pub fn from_code(code: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The language of a POSIX locale value (`ru_RU.UTF-8`, `kk_KZ`, `en_GB`);
    /// `None` for `C`, `POSIX`, empty and other languages.
    pub fn from_posix(value: &str) -> Option<Locale> {
        let language = value.split(['_', '.', '@', '-']).next().unwrap_or("");
        match language.to_ascii_lowercase().as_str() {
            "kk" => Some(Locale::Kk),
            "ru" => Some(Locale::Ru),
            "en" => Some(Locale::En),
            _ => None,
        }
    }

    /// The interface language: `flag` (`--lang`), else `BALLOT_ACCESS_LANG`,
    /// else the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set (POSIX
    /// precedence), else English. A flag or `BALLOT_ACCESS_LANG` naming a
    /// language the tool does not speak is an error, not silently English.
    pub fn choose(flag: Option<&str>, var: impl Fn(&str) -> Option<String>) -> Result<Locale, LocaleError> {
        if let Some(code) = flag {
            return Locale::from_code(code).ok_or(LocaleError { setting: "--lang", value: code.to_owned() });
        }
        if let Some(code) = var("BALLOT_ACCESS_LANG").filter(|c| !c.trim().is_empty()) {
            return Locale::from_code(&code).ok_or(LocaleError { setting: "BALLOT_ACCESS_LANG", value: code });
        }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Some(value) = var(name).filter(|v| !v.is_empty()) {
                // The first one set decides, as for every POSIX program.
                return Ok(Locale::from_posix(&value).unwrap_or(Locale::En));
            }
        }
        Ok(Locale::En)
    }

    /// [`Locale::choose`] from this process's environment.
    pub fn from_env(flag: Option<&str>) -> Result<Locale, LocaleError> {
        Locale::choose(flag, |name| std::env::var(name).ok())
    }
}

#[cfg(test)]
mod tests {
    use super::Locale;

    fn env<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| (*v).to_owned())
    }

    #[test]
    fn the_flag_then_the_variable_then_the_locale_decide() {
        assert_eq!(Locale::choose(Some("ru"), env(&[("BALLOT_ACCESS_LANG", "kk")])), Ok(Locale::Ru));
        assert_eq!(Locale::choose(None, env(&[("BALLOT_ACCESS_LANG", "kk"), ("LANG", "ru_RU.UTF-8")])), Ok(Locale::Kk));
        assert_eq!(Locale::choose(None, env(&[("LANG", "ru_RU.UTF-8")])), Ok(Locale::Ru));
        assert_eq!(Locale::choose(None, env(&[("LC_MESSAGES", "kk_KZ.UTF-8"), ("LANG", "ru_RU.UTF-8")])), Ok(Locale::Kk));
        assert_eq!(Locale::choose(None, env(&[("LC_ALL", "C"), ("LANG", "ru_RU.UTF-8")])), Ok(Locale::En));
        assert_eq!(Locale::choose(None, env(&[("LANG", "de_DE.UTF-8")])), Ok(Locale::En));
        assert_eq!(Locale::choose(None, env(&[])), Ok(Locale::En));
        assert!(Locale::choose(Some("de"), env(&[])).is_err());
        assert!(Locale::choose(None, env(&[("BALLOT_ACCESS_LANG", "qq")])).is_err());
    }
}
