//! Checks, before any definition is read, that the braille tables and speech
//! voices are installed: without them every character of every text would be
//! reported as untranslatable, hiding the one real cause.

use crate::braille::tables;
use crate::model::Lang;

/// How to install liblouis's tables.
pub const TABLES_HINT: &str = "install Debian's liblouis-data (`apt install liblouis-data`, or run scripts/setup), or set LOUIS_TABLEPATH to the folder that holds the tables";
/// How to install espeak-ng's voices.
pub const VOICES_HINT: &str = "install Debian's espeak-ng-data (`apt install espeak-ng-data`, or run scripts/setup), or set ESPEAK_DATA_PATH to espeak-ng's data folder";

/// Problems with what the languages need, one per package at most, each
/// naming what is missing and how to install it; empty when everything is
/// there. Every supported language is checked: the same two packages provide
/// them all.
pub fn problems(speech: bool) -> Vec<String> {
    let mut problems = Vec::new();
    let mut missing_tables = Vec::new();
    for lang in Lang::ALL {
        let missing: Vec<String> = tables::table_files(lang).into_iter().filter(|(_, sha)| sha == "missing").map(|(file, _)| file).collect();
        if !missing.is_empty() {
            missing_tables.push(format!("{} ({})", missing.join(", "), lang.code()));
        } else if !crate::braille::louis::check_table(tables::table_list(lang)) {
            missing_tables.push(format!("{} ({}, cannot be compiled)", tables::table_list(lang), lang.code()));
        }
    }
    if !missing_tables.is_empty() {
        problems.push(format!(
            "liblouis braille tables missing from {}: {}; {TABLES_HINT}",
            tables::system_tables_dir().display(),
            missing_tables.join("; ")
        ));
    }
    if speech {
        if let Some(problem) = voice_problem() {
            problems.push(problem);
        }
    }
    problems
}

/// Whether espeak-ng starts and has every language's voice and dictionary.
fn voice_problem() -> Option<String> {
    use crate::speech::espeak;
    let data = match espeak::version() {
        Ok((_, data)) => std::path::PathBuf::from(data),
        Err(e) => return Some(format!("espeak-ng cannot start ({e}); {VOICES_HINT}")),
    };
    let missing: Vec<String> = Lang::ALL
        .iter()
        .filter_map(|&lang| {
            let voice = crate::speech::voice(lang);
            // espeak-ng accepts a voice whose dictionary is missing and then says nothing.
            let dictionary = data.join(format!("{voice}_dict"));
            match espeak::load_voice(voice) {
                Err(e) => Some(format!("voice {voice} ({e})")),
                Ok(()) if !dictionary.is_file() => Some(format!("voice {voice} (no dictionary {})", dictionary.display())),
                Ok(()) => None,
            }
        })
        .collect();
    (!missing.is_empty()).then(|| format!("espeak-ng voices missing from {}: {}; {VOICES_HINT}", data.display(), missing.join(", ")))
}
