//! Checks, before any definition is read, that the braille tables and speech
//! voices are installed: without them every character of every text would be
//! reported as untranslatable, hiding the one real cause.

use std::path::PathBuf;

use crate::braille::tables;
use crate::i18n::{Explain, Message};
use crate::model::Lang;
use crate::msg;
use crate::speech::SpeechError;

/// What the machine lacks for a build; each says what to install.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::i18n::english(self))]
pub enum EnvironmentProblem {
    /// Braille tables missing from liblouis's folder, or not compiling.
    TablesMissing {
        /// liblouis's table folder.
        folder: PathBuf,
        /// Each missing or broken table list, with its language.
        tables: Vec<Message>,
    },
    /// The project's own braille table (Kazakh letters in Russian braille)
    /// cannot be written where liblouis reads it.
    OwnTableNotWritable {
        /// Where it was to be written.
        path: PathBuf,
        /// Why it could not be.
        cause: String,
    },
    /// espeak-ng does not start.
    SpeechCannotStart(SpeechError),
    /// Voices (or their dictionaries) missing from espeak-ng's data folder.
    VoicesMissing {
        /// espeak-ng's data folder.
        folder: PathBuf,
        /// Each missing voice, with what is missing of it.
        voices: Vec<Message>,
    },
}

impl Explain for EnvironmentProblem {
    fn message(&self) -> Message {
        match self {
            EnvironmentProblem::TablesMissing { folder, tables } => msg!("build-tables-missing", folder = folder, tables = crate::i18n::Arg::List(tables.clone())),
            EnvironmentProblem::OwnTableNotWritable { path, cause } => msg!("build-own-table-not-writable", path = path, cause = cause.as_str()),
            EnvironmentProblem::SpeechCannotStart(cause) => cause.message(),
            EnvironmentProblem::VoicesMissing { folder, voices } => msg!("build-voices-missing", folder = folder, voices = crate::i18n::Arg::List(voices.clone())),
        }
    }

    fn hint(&self) -> Option<Message> {
        Some(match self {
            EnvironmentProblem::TablesMissing { .. } => msg!("build-tables-missing-hint"),
            EnvironmentProblem::OwnTableNotWritable { .. } => msg!("build-own-table-not-writable-hint"),
            // The speech engine's own install hint: one text for both.
            EnvironmentProblem::SpeechCannotStart(_) | EnvironmentProblem::VoicesMissing { .. } => msg!("error-speech-install-hint"),
        })
    }
}

/// Problems with what the languages need, one per package at most, each
/// naming what is missing and how to install it; empty when everything is
/// there. Every supported language is checked: the same two packages provide
/// them all.
pub fn problems(speech: bool) -> Vec<EnvironmentProblem> {
    let mut problems = Vec::new();
    let mut missing_tables = Vec::new();
    for lang in Lang::ALL {
        let missing: Vec<String> = tables::table_files(lang).into_iter().filter(|(_, sha)| sha == "missing").map(|(file, _)| file).collect();
        if !missing.is_empty() {
            missing_tables.push(msg!("build-tables-of-lang", tables = missing.join(", "), lang = lang.code()));
        } else if !crate::braille::louis::check_table(tables::table_list(lang)) {
            missing_tables.push(msg!("build-table-does-not-compile", tables = tables::table_list(lang), lang = lang.code()));
        }
    }
    if !missing_tables.is_empty() {
        problems.push(EnvironmentProblem::TablesMissing { folder: tables::system_tables_dir(), tables: missing_tables });
    }
    if let Err(e) = tables::own_table() {
        problems.push(EnvironmentProblem::OwnTableNotWritable { path: e.path, cause: e.cause });
    }
    if speech {
        if let Some(problem) = voice_problem() {
            problems.push(problem);
        }
    }
    problems
}

/// Whether espeak-ng starts and has every language's voice and dictionary.
fn voice_problem() -> Option<EnvironmentProblem> {
    use crate::speech::espeak;
    let data = match espeak::version() {
        Ok((_, data)) => std::path::PathBuf::from(data),
        Err(e) => return Some(EnvironmentProblem::SpeechCannotStart(e)),
    };
    let missing: Vec<Message> = Lang::ALL
        .iter()
        .filter_map(|&lang| {
            let voice = crate::speech::voice(lang);
            // espeak-ng accepts a voice whose dictionary is missing and then says nothing.
            let dictionary = data.join(format!("{voice}_dict"));
            match espeak::load_voice(voice) {
                Err(e) => Some(msg!("build-voice-missing", voice = voice, cause = e.message())),
                Ok(()) if !dictionary.is_file() => Some(msg!("build-voice-missing", voice = voice, cause = dictionary.as_path())),
                Ok(()) => None,
            }
        })
        .collect();
    (!missing.is_empty()).then_some(EnvironmentProblem::VoicesMissing { folder: data, voices: missing })
}
