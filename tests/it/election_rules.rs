//! Mistakes that span files or runs: a file built alone that reuses another
//! ballot's id, files the tool would skip, an output folder that is an input
//! folder, `--strict` failing on warnings, and an invalid election.yaml that
//! must not hide its ballots. Each exits 1 and writes nothing (or leaves the
//! earlier output byte-identical).

use std::fs;
use std::path::Path;

use crate::common::{root, run, snapshot, stderr};

/// `dir/e/` with the corpus's base election and ballot (`district-1`).
fn election(dir: &Path) -> String {
    let base = root().join("tests/corpus/base");
    fs::create_dir_all(dir.join("e/districts")).unwrap();
    fs::copy(base.join("election.yaml"), dir.join("e/election.yaml")).unwrap();
    let ballot = fs::read_to_string(base.join("ballot.yaml")).unwrap();
    fs::write(dir.join("e/ballot.yaml"), &ballot).unwrap();
    ballot
}

#[test]
fn a_file_built_alone_cannot_take_another_ballots_id() {
    let dir = tempfile::tempdir().unwrap();
    let ballot = election(dir.path());
    let first = run(dir.path(), &["build", "e", "--out", "out", "--quiet"]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let before = snapshot(&dir.path().join("out"));
    // A copy of the ballot for another district, whose id was not changed.
    let copy = ballot.replace("АЛИЕВ Гани", "БЕКОВ Арман").replace("ӘЛИЕВ Ғани", "БЕКОВ Арман").replace("№ 1", "№ 2").replace("number: 1", "number: 2");
    fs::write(dir.path().join("e/districts/b.yaml"), copy).unwrap();
    for args in [&["check", "e/districts/b.yaml"][..], &["build", "e/districts/b.yaml", "--out", "out"], &["build", "e/districts", "--out", "out"]] {
        let output = run(dir.path(), args);
        let text = stderr(&output);
        assert_eq!(output.status.code(), Some(1), "{args:?}: {text}");
        assert!(text.contains("ballot id \"district-1\" is used twice in this election"), "{args:?}: {text}");
        assert!(text.contains("--> e/districts/b.yaml:1:5") && text.contains("it is also the id in e/ballot.yaml:1:5"), "{args:?}: {text}");
    }
    assert_eq!(snapshot(&dir.path().join("out")), before, "the other ballot's files changed");
}

#[test]
fn files_the_tool_would_skip_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    let ballot = election(dir.path());
    fs::write(dir.path().join("e/districts/two.YAML"), ballot.replace("district-1", "district-2")).unwrap();
    fs::write(dir.path().join("e/districts/three.yml"), ballot.replace("district-1", "district-3")).unwrap();
    fs::create_dir_all(dir.path().join("e/four.yaml")).unwrap();
    let output = run(dir.path(), &["check", "e"]);
    let text = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(text.contains("ballot files must end in `.yaml`, not `.YAML`") && text.contains("two.YAML"), "{text}");
    assert!(text.contains("ballot files must end in `.yaml`, not `.yml`") && text.contains("three.yml"), "{text}");
    assert!(text.contains("a folder is named like a ballot file") && text.contains("four.yaml"), "{text}");
    let build = run(dir.path(), &["build", "e", "--out", "out"]);
    assert_eq!(build.status.code(), Some(1));
    assert!(!dir.path().join("out").exists());
}

#[test]
fn the_output_folder_cannot_be_an_input_folder() {
    let dir = tempfile::tempdir().unwrap();
    election(dir.path());
    let before = snapshot(&dir.path().join("e"));
    for out in ["e", "e/", "./e"] {
        let output = run(dir.path(), &["build", "e", "--out", out]);
        let text = stderr(&output);
        assert_eq!(output.status.code(), Some(1), "{out}: {text}");
        assert!(text.contains("is the input folder"), "{out}: {text}");
    }
    let output = run(&dir.path().join("e"), &["build", ".", "--out", "."]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert_eq!(snapshot(&dir.path().join("e")), before);
    // The election's own output folder would be the input folder: `--out` its parent.
    fs::rename(dir.path().join("e"), dir.path().join("test-election")).unwrap();
    let output = run(dir.path(), &["build", "test-election", "--out", "."]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(stderr(&output).contains("is the input folder"), "{}", stderr(&output));
    assert_eq!(snapshot(&dir.path().join("test-election")), before);
}

#[test]
fn strict_builds_that_fail_on_warnings_write_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let ballot = election(dir.path());
    // Russian braille ends the Latin sign at a hyphen: `e-mail` reads back as
    // `e-маил`, a back-translation warning.
    let warned = ballot.replace("ru: АЛИЕВ Гани }", "ru: АЛИЕВ Гани }\n      details: { kk: e-mail, ru: e-mail }");
    fs::write(dir.path().join("e/ballot.yaml"), &warned).unwrap();
    let strict = run(dir.path(), &["build", "e", "--out", "out", "--strict"]);
    let text = stderr(&strict);
    assert_eq!(strict.status.code(), Some(1), "{text}");
    assert!(text.contains("warning") && text.contains("--strict"), "{text}");
    // Only the hidden clip cache and build lock may exist: no output.
    let hidden = |k: &std::path::PathBuf| k.starts_with(".cache") || k.starts_with(".locks");
    assert!(snapshot(&dir.path().join("out")).keys().all(hidden), "a failed strict build wrote {:?}", snapshot(&dir.path().join("out")).keys().collect::<Vec<_>>());
    // Built without --strict, then changed and rebuilt with it: the old files stay.
    let plain = run(dir.path(), &["build", "e", "--out", "out"]);
    assert_eq!(plain.status.code(), Some(0), "{}", stderr(&plain));
    let before: Vec<_> = snapshot(&dir.path().join("out")).into_iter().filter(|(k, _)| !hidden(k)).collect();
    fs::write(dir.path().join("e/ballot.yaml"), warned.replace("АЛИЕВ Гани", "АЛИЕВ Ганн")).unwrap();
    let again = run(dir.path(), &["build", "e", "--out", "out", "--strict"]);
    assert_eq!(again.status.code(), Some(1), "{}", stderr(&again));
    let after: Vec<_> = snapshot(&dir.path().join("out")).into_iter().filter(|(k, _)| !hidden(k)).collect();
    assert!(before == after, "a failed strict build changed the outputs");
}

#[test]
fn an_invalid_election_says_its_ballots_were_not_checked() {
    let dir = tempfile::tempdir().unwrap();
    let ballot = election(dir.path());
    fs::write(dir.path().join("e/districts/b.yaml"), ballot.replace("district-1", "district-2")).unwrap();
    let text = fs::read_to_string(dir.path().join("e/election.yaml")).unwrap();
    fs::write(dir.path().join("e/election.yaml"), text.replace("date: 2024-05-01", "date: 2024-02-30")).unwrap();
    let output = run(dir.path(), &["check", "e"]);
    let text = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(text.contains("2 ballot files were not checked beyond their syntax and ids: election.yaml has errors"), "{text}");
}

#[test]
fn two_ballots_for_one_constituency_are_an_error_but_one_name_in_two_regions_is_not() {
    let dir = tempfile::tempdir().unwrap();
    let ballot = election(dir.path());
    let copy = ballot.replace("district-1", "district-2").replace("АЛИЕВ Гани", "БЕКОВ Арман").replace("ӘЛИЕВ Ғани", "БЕКОВ Арман");
    fs::write(dir.path().join("e/districts/b.yaml"), &copy).unwrap();
    let output = run(dir.path(), &["check", "e"]);
    let text = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(text.contains("another ballot of this election has the same constituency (name and region)"), "{text}");
    assert!(text.contains("--> e/districts/b.yaml:4:9") && text.contains("it is the constituency of e/ballot.yaml:4:9"), "{text}");
    // Aktogay districts exist in two regions: the same name with different regions is fine.
    let region = |r: &str| format!("  region: {{ kk: {r}, ru: {r} }}\ncontest:");
    fs::write(dir.path().join("e/ballot.yaml"), ballot.replace("contest:", &region("Абай облысы"))).unwrap();
    fs::write(dir.path().join("e/districts/b.yaml"), copy.replace("contest:", &region("Қарағанды облысы"))).unwrap();
    let output = run(dir.path(), &["check", "e"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

#[test]
fn a_typo_in_one_district_does_not_stop_another_districts_build() {
    let dir = tempfile::tempdir().unwrap();
    let ballot = election(dir.path());
    let broken = ballot.replace("district-1", "district-2").replace("№ 1", "№ 2").replace("number: 1", "number: 2").replace("АЛИЕВ Гани", "БЕКОВ Aрман");
    fs::write(dir.path().join("e/districts/b.yaml"), broken).unwrap();
    // Without --only, the typo blocks everything.
    let all = run(dir.path(), &["build", "e", "--out", "out"]);
    assert_eq!(all.status.code(), Some(1), "{}", stderr(&all));
    assert!(!dir.path().join("out").exists());
    // With --only, the selected ballot is built and the other reported as not built.
    let one = run(dir.path(), &["build", "e", "--out", "out", "--only", "district-1"]);
    let text = stderr(&one);
    assert_eq!(one.status.code(), Some(0), "{text}");
    assert!(text.contains("e/districts/b.yaml has 1 error and was not built"), "{text}");
    assert!(dir.path().join("out/test-election/district-1/large-print-kk.pdf").is_file());
    assert!(!dir.path().join("out/test-election/district-2").exists());
    // Selecting the broken one shows its error and builds nothing more.
    let before = snapshot(&dir.path().join("out"));
    let two = run(dir.path(), &["build", "e", "--out", "out", "--only", "districts/*"]);
    let text = stderr(&two);
    assert_eq!(two.status.code(), Some(1), "{text}");
    assert!(text.contains("Latin 'A' (U+0041) inside the Cyrillic word \"Aрман\""), "{text}");
    assert_eq!(snapshot(&dir.path().join("out")), before);
}

#[test]
fn a_second_build_into_the_same_folder_waits_for_the_first() {
    let dir = tempfile::tempdir().unwrap();
    election(dir.path());
    // Stand in for a first build: hold the election's lock as a build does.
    let locks = dir.path().join("out/.locks");
    fs::create_dir_all(&locks).unwrap();
    let held = fs::OpenOptions::new().create(true).truncate(false).write(true).open(locks.join("test-election.lock")).unwrap();
    held.lock().unwrap();
    let child = std::process::Command::new(env!("CARGO_BIN_EXE_ballot-access"))
        .args(["build", "e", "--out", "out", "--quiet"])
        .current_dir(dir.path())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_secs(2));
    assert!(!dir.path().join("out/test-election").exists(), "the second build wrote while the first held the lock");
    held.unlock().unwrap();
    let output = child.wait_with_output().unwrap();
    let text = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(0), "{text}");
    assert!(text.contains("waiting for another build of test-election into out to finish"), "{text}");
    assert!(dir.path().join("out/test-election/manifest.json").is_file());
}

#[test]
fn a_lexicon_entry_that_matches_nothing_is_a_located_warning() {
    let dir = tempfile::tempdir().unwrap();
    election(dir.path());
    let text = fs::read_to_string(dir.path().join("e/election.yaml")).unwrap();
    fs::write(dir.path().join("e/election.yaml"), text + "speech:\n  lexicon:\n    ru: { АЛИЕВ: Алиев, ТАРАЗ: Тараз }\n").unwrap();
    let output = run(dir.path(), &["check", "e"]);
    let text = stderr(&output);
    assert_eq!(output.status.code(), Some(0), "{text}");
    assert!(text.contains("warning: lexicon entry \"ТАРАЗ\" matches no word of the election's `ru` audio"), "{text}");
    assert!(text.contains("--> e/election.yaml:16:25") && text.contains("field: speech.lexicon.ru.ТАРАЗ"), "{text}");
    assert!(!text.contains("\"АЛИЕВ\" matches no word"), "{text}");
    // With --strict a warning in the definitions stops the build before anything is written.
    let strict = run(dir.path(), &["build", "e", "--out", "out", "--strict"]);
    assert_eq!(strict.status.code(), Some(1), "{}", stderr(&strict));
    assert!(!dir.path().join("out").exists());
}

#[test]
fn namesakes_with_their_own_details_and_two_column_ballots_are_valid() {
    let dir = tempfile::tempdir().unwrap();
    let ballot = election(dir.path());
    let two = ballot.replace(
        "    - name: { kk: ӘЛИЕВ Ғани, ru: АЛИЕВ Гани }\n",
        "    - name: { kk: ӘЛИЕВ Ғани, ru: АЛИЕВ Гани }\n      details: { kk: 1965 жылы туған, ru: 1965 года рождения }\n      box: { x_mm: 10, y_mm: 62 }\n    - name: { kk: ӘЛИЕВ Ғани, ru: АЛИЕВ Гани }\n      details: { kk: 1978 жылы туған, ru: 1978 года рождения }\n      box: { x_mm: 10, y_mm: 100 }\n",
    ).replace("      against_all: true", "      against_all: true\n      box: { x_mm: 124, y_mm: 140 }");
    fs::write(dir.path().join("e/ballot.yaml"), &two).unwrap();
    let output = run(dir.path(), &["check", "e"]);
    assert_eq!(output.status.code(), Some(0), "{}\n{two}", stderr(&output));
}

#[test]
fn an_output_folder_inside_the_input_folder_is_never_read_as_input() {
    let dir = tempfile::tempdir().unwrap();
    election(dir.path());
    let first = run(dir.path(), &["build", "e", "--out", "e/out", "--quiet"]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    // A stray definition copied into the output folder is not a ballot of the election.
    fs::copy(dir.path().join("e/ballot.yaml"), dir.path().join("e/out/test-election/copy.yaml")).unwrap();
    let check = run(dir.path(), &["check", "e"]);
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
    assert!(String::from_utf8_lossy(&check.stdout).contains("1 ballot valid"));
}

#[test]
fn a_build_never_replaces_outputs_made_from_another_definition_file() {
    let dir = tempfile::tempdir().unwrap();
    let ballot = election(dir.path());
    let first = run(dir.path(), &["build", "e", "--out", "out", "--quiet"]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let before = snapshot(&dir.path().join("out"));
    // The first file now fails to parse (so its id cannot be read), and another
    // file with its id is built alone: only the manifest knows the clash.
    fs::write(dir.path().join("e/ballot.yaml"), format!("{ballot}\n  broken: [")).unwrap();
    let copy = ballot.replace("АЛИЕВ Гани", "БЕКОВ Арман").replace("ӘЛИЕВ Ғани", "БЕКОВ Арман").replace("№ 1", "№ 2").replace("number: 1", "number: 2");
    fs::write(dir.path().join("e/districts/b.yaml"), copy).unwrap();
    let output = run(dir.path(), &["build", "e/districts/b.yaml", "--out", "out"]);
    let text = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(text.contains("its outputs were built from ballot.yaml, and districts/b.yaml now has the same id"), "{text}");
    let after = snapshot(&dir.path().join("out"));
    let outputs = |s: &std::collections::BTreeMap<std::path::PathBuf, Vec<u8>>| s.iter().filter(|(k, _)| k.starts_with("test-election")).map(|(k, v)| (k.clone(), v.clone())).collect::<Vec<_>>();
    assert!(outputs(&before) == outputs(&after), "the other ballot's files changed");
    // Once the first file gives its ballot another id, the id is free to move.
    fs::write(dir.path().join("e/ballot.yaml"), ballot.replace("district-1", "district-9")).unwrap();
    let moved = run(dir.path(), &["build", "e", "--out", "out", "--quiet"]);
    assert_eq!(moved.status.code(), Some(0), "{}", stderr(&moved));
}

#[test]
fn a_text_in_the_wrong_language_is_a_warning_on_the_review_page() {
    let dir = tempfile::tempdir().unwrap();
    let ballot = election(dir.path());
    let wrong = ballot.replace("kk: Барлығына қарсы", "kk: Против всех");
    assert_ne!(wrong, ballot);
    fs::write(dir.path().join("e/ballot.yaml"), &wrong).unwrap();
    let check = run(dir.path(), &["check", "e"]);
    assert_eq!(check.status.code(), Some(0), "{}", stderr(&check));
    let message = "the `kk` and `ru` texts are the same (\"Против всех\"): is one of them in the wrong language?";
    assert!(stderr(&check).contains(&format!("warning: {message}")) && stderr(&check).contains("field: contest.options[1].name.kk"), "{}", stderr(&check));
    let build = run(dir.path(), &["build", "e", "--out", "out"]);
    assert_eq!(build.status.code(), Some(0), "{}", stderr(&build));
    let page = fs::read_to_string(dir.path().join("out/test-election/review/index.html")).unwrap();
    assert!(page.contains("is one of them in the wrong language?"), "the review page does not show the warning");
    let strict = run(dir.path(), &["build", "e", "--out", "out2", "--strict"]);
    assert_eq!(strict.status.code(), Some(1), "{}", stderr(&strict));
}
