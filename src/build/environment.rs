//! Checks, before any definition is read, that the braille tables and speech
//! voices are installed: without them every character of every text would be
//! reported as untranslatable, hiding the one real cause.

use crate::braille::tables;
use crate::i18n::Message;
use crate::model::Lang;
use crate::msg;

/// Problems with what the languages need, one per package at most, each
/// naming what is missing and how to install it; empty when everything is
/// there. Every supported language is checked: the same two packages provide
/// them all.
pub fn problems(speech: bool) -> Vec<Message> {
    let mut problems = Vec::new();
    let mut missing_tables = Vec::new();
    for lang in Lang::ALL {
        let missing: Vec<String> = tables::table_files(lang).into_iter().filter(|(_, sha)| sha == "missing").map(|(file, _)| file).collect();
        if !missing.is_empty() {
            missing_tables.push(format!("{} ({})", missing.join(", "), lang.code()));
        } else if !crate::braille::louis::check_table(tables::table_list(lang)) {
            missing_tables.push(msg!("build-table-does-not-compile", tables = tables::table_list(lang), lang = lang.code()).to_string());
        }
    }
    if !missing_tables.is_empty() {
        problems.push(msg!("build-tables-missing", folder = tables::system_tables_dir().as_path(), tables = missing_tables.join("; ")));
    }
    if speech {
        if let Some(problem) = voice_problem() {
            problems.push(problem);
        }
    }
    problems
}

/// Whether espeak-ng starts and has every language's voice and dictionary.
fn voice_problem() -> Option<Message> {
    use crate::speech::espeak;
    let data = match espeak::version() {
        Ok((_, data)) => std::path::PathBuf::from(data),
        Err(e) => return Some(msg!("build-espeak-cannot-start", cause = e.to_string())),
    };
    let missing: Vec<String> = Lang::ALL
        .iter()
        .filter_map(|&lang| {
            let voice = crate::speech::voice(lang);
            // espeak-ng accepts a voice whose dictionary is missing and then says nothing.
            let dictionary = data.join(format!("{voice}_dict"));
            match espeak::load_voice(voice) {
                Err(e) => Some(format!("{voice} ({e})")),
                Ok(()) if !dictionary.is_file() => Some(format!("{voice} ({})", dictionary.display())),
                Ok(()) => None,
            }
        })
        .collect();
    (!missing.is_empty()).then(|| msg!("build-voices-missing", folder = data.as_path(), voices = missing.join(", ")))
}
