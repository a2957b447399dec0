//! Helpers for the unit tests: the project's folders, the bundled examples
//! and golden files (`UPDATE_GOLDEN=1` rewrites them after an intended change).

use std::path::PathBuf;

use crate::model::{Ballot, ElectionInfo, Lang};

/// The project's root folder.
pub(crate) fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every ballot of the bundled examples with its election.
pub(crate) fn example_ballots() -> Vec<(ElectionInfo, Ballot)> {
    let loaded = crate::definition::load(&[root().join("ballots")]);
    assert!(!loaded.diagnostics.has_errors(), "{:?}", loaded.diagnostics);
    loaded.elections.into_iter().flat_map(|e| {
        let info = e.info;
        e.ballots.into_iter().map(move |b| (info.clone(), b))
    }).collect()
}

/// Every (election, ballot, language) of the bundled examples.
pub(crate) fn example_sheets() -> Vec<(ElectionInfo, Ballot, Lang)> {
    example_ballots()
        .into_iter()
        .flat_map(|(info, ballot)| info.languages.clone().into_iter().map(move |lang| (info.clone(), ballot.clone(), lang)))
        .collect()
}

/// Compares `actual` with the golden file `tests/golden/<dir>/<name>`, or rewrites
/// it when `UPDATE_GOLDEN` is set; returns a description of a mismatch.
pub(crate) fn golden(dir: &str, name: &str, actual: &str) -> Option<String> {
    let path = root().join("tests/golden").join(dir).join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return None;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    (expected != actual).then(|| format!("{} differs (UPDATE_GOLDEN=1 to accept):\n{actual}", path.display()))
}

/// The corpus's base election and ballot texts, loaded; panics on errors.
pub(crate) fn load_texts(election: &str, ballot: &str) -> crate::definition::Loaded {
    let loaded = crate::definition::load_from_texts(election, &[("b.yaml", ballot)]);
    assert!(!loaded.diagnostics.has_errors(), "{:?}", loaded.diagnostics);
    loaded
}

/// `tests/corpus/base/<name>` as text.
pub(crate) fn corpus_base(name: &str) -> String {
    std::fs::read_to_string(root().join("tests/corpus/base").join(name)).unwrap()
}
