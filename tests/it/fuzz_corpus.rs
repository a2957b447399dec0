//! Replays the fuzz targets' seeds and the crashes the fuzzer found (now
//! fixed) through the same entry points, on the stable toolchain, so CI keeps
//! them passing without running the fuzzer. Fuzzing itself: `fuzz/README.md`.

use std::fs;

use ballot_access::dev::fuzzing;
use crate::common::root;

/// Runs `target` on every file of the given folders under `fuzz/`; returns how many.
fn replay(target: fn(&[u8]), folders: &[&str]) -> usize {
    let mut count = 0;
    for folder in folders {
        let dir = root().join("fuzz").join(folder);
        let mut files: Vec<_> = fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())).map(|e| e.unwrap().path()).collect();
        files.sort();
        for file in files.iter().filter(|f| f.is_file() && f.file_name().is_some_and(|n| !n.to_string_lossy().starts_with('.'))) {
            let data = fs::read(file).unwrap();
            if let Err(panic) = std::panic::catch_unwind(|| target(&data)) {
                let message = panic.downcast_ref::<String>().cloned().or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()));
                panic!("{} fails: {}", file.display(), message.unwrap_or_default());
            }
            count += 1;
        }
    }
    count
}

#[test]
fn definition_seeds_and_regressions_pass() {
    let count = replay(fuzzing::definition, &["seeds/definition", "regressions/definition"]);
    assert!(count >= 80, "only {count} definition inputs");
}

#[test]
fn braille_layout_seeds_and_regressions_pass() {
    let count = replay(fuzzing::braille_layout, &["seeds/braille_layout", "regressions/braille_layout"]);
    assert!(count >= 6, "only {count} braille inputs");
}

#[test]
fn example_seeds_are_accepted_and_corpus_seeds_rejected() {
    // The seeds must exercise both sides: examples validate (and so render), corpus cases do not.
    for entry in fs::read_dir(root().join("fuzz/seeds/definition")).unwrap() {
        let path = entry.unwrap().path();
        let data = fs::read(&path).unwrap();
        let at = data.windows(fuzzing::FILE_SEPARATOR.len()).position(|w| w == fuzzing::FILE_SEPARATOR).unwrap();
        let (election, ballot) = (&data[..at], &data[at + fuzzing::FILE_SEPARATOR.len()..]);
        let loaded = ballot_access::definition::load_from_bytes(election, &[("ballot.yaml", ballot)]);
        let name = path.file_name().unwrap().to_string_lossy();
        let expect_valid = name.starts_with("kz-") || name == "corpus-base.yaml";
        assert_eq!(loaded.elections.len() == 1, expect_valid, "{name}: {:?}", loaded.diagnostics.0.first().map(|d| &d.message));
    }
}
