//! Which liblouis tables each language uses, and their files for the manifest.
//!
//! Kazakh uses `kk.utb`, English `en-ueb-g1.ctb`. Russian uses `ru-litbrl.ctb`
//! preceded by `tables/kazakh-letters.uti`, the Kazakh letter rules of
//! `kk.utb`, because Russian ballot text in Kazakhstan carries Kazakh proper
//! names (Казахстанская партия зеленых «Байтақ») that `ru-litbrl.ctb` alone
//! turns into escapes.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;


use crate::util::hash::sha256_hex;
use crate::model::Lang;

/// The project's table of Kazakh letters for Russian text.
pub const KAZAKH_LETTERS: &str = include_str!("../../tables/kazakh-letters.uti");
/// Its file name.
pub const KAZAKH_LETTERS_FILE: &str = "kazakh-letters.uti";

/// The liblouis tables folder found at build time (overridden by `LOUIS_TABLEPATH`).
pub fn system_tables_dir() -> PathBuf {
    match std::env::var_os("LOUIS_TABLEPATH") {
        Some(path) => std::env::split_paths(&path).next().unwrap_or_default(),
        None => PathBuf::from(env!("LIBLOUIS_TABLES_DIR")),
    }
}

/// The project's own table (the Kazakh letters Russian braille lacks) could
/// not be written where liblouis reads it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OwnTableError {
    /// Where it was to be written.
    pub path: PathBuf,
    /// Why it could not be.
    pub cause: String,
}

/// Whether the project's own table is in place; else why not.
pub fn own_table() -> Result<(), OwnTableError> {
    own_table_path().as_ref().map(|_| ()).map_err(Clone::clone)
}

/// Where the project's own table is written for liblouis to read: a folder
/// named by the table's hash, so versions never mix.
fn own_table_path() -> &'static Result<PathBuf, OwnTableError> {
    static PATH: OnceLock<Result<PathBuf, OwnTableError>> = OnceLock::new();
    PATH.get_or_init(|| {
        let hash = &sha256_hex(KAZAKH_LETTERS.as_bytes())[..16];
        let base = std::env::var_os("XDG_CACHE_HOME")
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
            .unwrap_or_else(std::env::temp_dir);
        let folder = base.join("ballot-access").join(format!("tables-{hash}"));
        let path = folder.join(KAZAKH_LETTERS_FILE);
        if std::fs::read(&path).ok().as_deref() != Some(KAZAKH_LETTERS.as_bytes()) {
            crate::util::write::write_atomic(&path, KAZAKH_LETTERS.as_bytes())
                .map_err(|e| OwnTableError { path: path.clone(), cause: e.to_string() })?;
        }
        Ok(path)
    })
}

/// The liblouis table list for a language.
pub fn table_list(lang: Lang) -> &'static str {
    static RU: OnceLock<String> = OnceLock::new();
    match lang {
        Lang::Kk => "kk.utb",
        Lang::En => "en-ueb-g1.ctb",
        Lang::Ru => RU.get_or_init(|| match own_table_path() {
            Ok(path) => format!("{},ru-litbrl.ctb", path.display()),
            // Without the addition Russian still works, Kazakh letters in it
            // fail validation, and the environment check says why (`own_table`).
            Err(_) => "ru-litbrl.ctb".to_owned(),
        }),
    }
}

/// Every table file a language's table list reads (following `include`), with
/// its SHA-256, in reading order.
pub fn table_files(lang: Lang) -> Vec<(String, String)> {
    let mut files = Vec::new();
    for entry in table_list(lang).split(',') {
        let path = if Path::new(entry).is_absolute() { PathBuf::from(entry) } else { system_tables_dir().join(entry) };
        collect(&path, &mut files);
    }
    files
}

fn collect(path: &Path, files: &mut Vec<(String, String)>) {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    if files.iter().any(|(n, _)| *n == name) {
        return;
    }
    let Ok(bytes) = std::fs::read(path) else {
        files.push((name, "missing".into()));
        return;
    };
    files.push((name, sha256_hex(&bytes)));
    let text = String::from_utf8_lossy(&bytes);
    for line in text.lines() {
        let mut words = line.split_whitespace();
        if words.next() == Some("include") {
            if let Some(included) = words.next() {
                collect(&system_tables_dir().join(included), files);
            }
        }
    }
}
