//! The bad-input corpus: every broken definition is rejected with exit code 1,
//! a message naming the file, line, column and field, no panic, and no output.

use std::fs;
use std::path::Path;

use crate::common::{root, run, snapshot, stderr};

/// Sets up `dir/e/` with the case (and the base file it does not replace).
/// Returns the case file's path as the tool shows it.
pub(crate) fn place_case(dir: &Path, case: &Path) -> String {
    let base = root().join("tests/corpus/base");
    let e = dir.join("e");
    fs::create_dir_all(&e).unwrap();
    let name = case.file_name().unwrap().to_string_lossy().into_owned();
    if name.starts_with("election-") {
        fs::copy(case, e.join("election.yaml")).unwrap();
        fs::copy(base.join("ballot.yaml"), e.join("ballot.yaml")).unwrap();
        "e/election.yaml".into()
    } else {
        fs::copy(base.join("election.yaml"), e.join("election.yaml")).unwrap();
        fs::copy(case, e.join(&name)).unwrap();
        format!("e/{name}")
    }
}

/// Checks one prepared input folder: `check` fails with every expected line,
/// and `build` fails and writes nothing.
fn assert_rejected(
    dir: &Path,
    target: &str,
    expected: &[String],
    label: &str,
) -> Result<(), String> {
    let output = run(dir, &["check", target]);
    let text = stderr(&output);
    let mut problems = Vec::new();
    if output.status.code() != Some(1) {
        problems.push(format!("exit code {:?}, expected 1", output.status.code()));
    }
    if text.contains("panicked") {
        problems.push("panicked".into());
    }
    for line in expected {
        if !text.contains(line.as_str()) {
            problems.push(format!("missing {line:?}"));
        }
    }
    if expected.is_empty() {
        problems.push("case has no `# expect:` lines".into());
    }
    let build = run(dir, &["build", target, "--out", "out"]);
    if build.status.code() != Some(1) {
        problems.push(format!(
            "build exit code {:?}, expected 1",
            build.status.code()
        ));
    }
    if dir.join("out").exists() {
        problems.push("build wrote output".into());
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{label}: {}\n--- stderr ---\n{text}",
            problems.join("; ")
        ))
    }
}

#[test]
fn every_corpus_case_is_rejected_with_its_message_and_location() {
    let mut cases: Vec<_> = fs::read_dir(root().join("tests/corpus/cases"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 40, "the corpus has {} cases", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let dir = tempfile::tempdir().unwrap();
        let shown = place_case(dir.path(), case);
        let text = fs::read_to_string(case).unwrap();
        let expected: Vec<String> = text
            .lines()
            .filter_map(|l| l.strip_prefix("# expect: "))
            .map(|l| l.replace("{file}", &shown))
            .collect();
        if let Err(e) = assert_rejected(dir.path(), "e", &expected, &case.display().to_string()) {
            failures.push(e);
        }
    }
    assert!(
        failures.is_empty(),
        "{} case(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A valid election in `dir/e` to break in one way.
fn valid_election(dir: &Path) {
    let base = root().join("tests/corpus/base");
    fs::create_dir_all(dir.join("e")).unwrap();
    fs::copy(base.join("election.yaml"), dir.join("e/election.yaml")).unwrap();
    fs::copy(base.join("ballot.yaml"), dir.join("e/ballot.yaml")).unwrap();
}

fn expect(lines: &[&str]) -> Vec<String> {
    lines.iter().map(|s| s.to_string()).collect()
}

#[test]
fn the_base_election_is_valid() {
    let dir = tempfile::tempdir().unwrap();
    valid_election(dir.path());
    let output = run(dir.path(), &["check", "e"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
}

#[test]
fn a_file_that_is_not_utf8_is_rejected_at_the_bad_byte() {
    let dir = tempfile::tempdir().unwrap();
    valid_election(dir.path());
    // "Округ" in Windows-1251 on line 4.
    let mut bytes = fs::read(dir.path().join("e/ballot.yaml")).unwrap();
    let text = String::from_utf8(bytes.clone()).unwrap();
    let at = text.find("Округ").unwrap();
    bytes.splice(at..at + "Округ".len(), [0xCE, 0xEA, 0xF0, 0xF3, 0xE3]);
    fs::write(dir.path().join("e/ballot.yaml"), bytes).unwrap();
    let expected = expect(&[
        "error: file is not valid UTF-8 (byte 0xCE)",
        "--> e/ballot.yaml:4:",
        "hint: save the file as UTF-8",
    ]);
    assert_rejected(dir.path(), "e", &expected, "not UTF-8").unwrap();
}

#[test]
fn a_byte_order_mark_is_accepted_and_positions_ignore_it() {
    let dir = tempfile::tempdir().unwrap();
    valid_election(dir.path());
    for file in ["e/ballot.yaml", "e/election.yaml"] {
        let mut bytes = vec![0xEF, 0xBB, 0xBF];
        bytes.extend(fs::read(dir.path().join(file)).unwrap());
        fs::write(dir.path().join(file), bytes).unwrap();
    }
    let output = run(dir.path(), &["check", "e"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    // An error on line 1 is still at the column an editor shows.
    let text = fs::read_to_string(dir.path().join("e/ballot.yaml")).unwrap();
    fs::write(dir.path().join("e/ballot.yaml"), text.replace("id: district-1", "id: District-1")).unwrap();
    let expected = expect(&["error: ballot id \"District-1\" is not allowed", "--> e/ballot.yaml:1:5"]);
    assert_rejected(dir.path(), "e", &expected, "BOM and bad id").unwrap();
}

#[test]
fn utf16_nul_and_control_characters_are_named_and_located_and_never_echoed() {
    let dir = tempfile::tempdir().unwrap();
    valid_election(dir.path());
    let text = fs::read_to_string(dir.path().join("e/ballot.yaml")).unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    fs::write(dir.path().join("e/ballot.yaml"), utf16).unwrap();
    let expected = expect(&["error: file is UTF-16, not UTF-8", "--> e/ballot.yaml:1:1", "hint: save the file as UTF-8"]);
    assert_rejected(dir.path(), "e", &expected, "UTF-16").unwrap();

    fs::write(dir.path().join("e/ballot.yaml"), text.replace("АЛИЕВ Гани", "АЛИЕВ\0Гани")).unwrap();
    let expected = expect(&["error: file contains an invisible null character (NUL)", "--> e/ballot.yaml:10:40"]);
    assert_rejected(dir.path(), "e", &expected, "NUL").unwrap();

    // A right-to-left override would reverse the terminal line: shown escaped, never raw.
    fs::write(dir.path().join("e/ballot.yaml"), text.replace("ru: АЛИЕВ Гани", "ru: АЛИЕВ \u{202E}Гани")).unwrap();
    let output = run(dir.path(), &["check", "e"]);
    let shown = stderr(&output);
    assert_eq!(output.status.code(), Some(1));
    assert!(!shown.contains('\u{202E}') && shown.contains("\\u{202e}"), "{shown}");
    assert!(shown.contains("--> e/ballot.yaml:10:41"), "{shown}");
}

#[test]
fn an_empty_election_file_gets_a_hint_about_election_fields() {
    let dir = tempfile::tempdir().unwrap();
    valid_election(dir.path());
    fs::write(dir.path().join("e/election.yaml"), "").unwrap();
    let expected = expect(&["error: file is empty", "--> e/election.yaml", "hint: an election.yaml needs `schema`, `id`, `date`, `languages`, `title` and `paper`"]);
    assert_rejected(dir.path(), "e", &expected, "empty election.yaml").unwrap();
}

#[test]
fn an_empty_file_is_rejected() {
    let dir = tempfile::tempdir().unwrap();
    valid_election(dir.path());
    fs::write(dir.path().join("e/empty.yaml"), "").unwrap();
    assert_rejected(
        dir.path(),
        "e",
        &expect(&["error: file is empty", "--> e/empty.yaml"]),
        "empty",
    )
    .unwrap();
}

#[test]
fn a_50_megabyte_file_is_refused_without_reading_it_all() {
    let dir = tempfile::tempdir().unwrap();
    valid_election(dir.path());
    let mut text = fs::read_to_string(dir.path().join("e/ballot.yaml"))
        .unwrap()
        .replace("district-1", "big");
    let filler = format!("# {}\n", "x".repeat(1000));
    while text.len() < 50 * 1024 * 1024 {
        text.push_str(&filler);
    }
    fs::write(dir.path().join("e/big.yaml"), text).unwrap();
    let expected = expect(&["error: file is larger than 1024 KiB", "--> e/big.yaml"]);
    assert_rejected(dir.path(), "e", &expected, "50 MB").unwrap();
}

#[test]
fn a_yaml_alias_bomb_is_rejected_quickly() {
    let dir = tempfile::tempdir().unwrap();
    valid_election(dir.path());
    let mut bomb = String::from("id: bomb\nconstituency:\n  number: 1\n  name:\n    kk: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..10 {
        let p = i - 1;
        bomb.push_str(&format!("    l{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n"));
    }
    bomb.push_str("    ru: *a9\n");
    fs::write(dir.path().join("e/bomb.yaml"), bomb).unwrap();
    let expected = expect(&["--> e/bomb.yaml:5:", "field: constituency.name.kk"]);
    assert_rejected(dir.path(), "e", &expected, "alias bomb").unwrap();
}

#[test]
fn deeply_nested_yaml_is_rejected() {
    let dir = tempfile::tempdir().unwrap();
    valid_election(dir.path());
    let deep = format!(
        "id: deep\nconstituency:\n  name: {}{}\n",
        "[".repeat(100_000),
        "]".repeat(100_000)
    );
    fs::write(dir.path().join("e/deep.yaml"), deep).unwrap();
    let expected = expect(&[
        "error: brackets nested more than 64 deep",
        "--> e/deep.yaml:3:73",
    ]);
    assert_rejected(dir.path(), "e", &expected, "deep nesting").unwrap();
}

#[test]
fn a_missing_election_file_is_rejected() {
    let dir = tempfile::tempdir().unwrap();
    valid_election(dir.path());
    fs::remove_file(dir.path().join("e/election.yaml")).unwrap();
    let expected = expect(&[
        "error: ballot file has no election.yaml in its folder or any folder above it",
        "--> e/ballot.yaml",
    ]);
    assert_rejected(dir.path(), "e", &expected, "no election.yaml").unwrap();
}

#[test]
fn a_path_that_does_not_exist_is_rejected() {
    let dir = tempfile::tempdir().unwrap();
    assert_rejected(
        dir.path(),
        "nowhere",
        &expect(&["error: no such file or folder", "--> nowhere"]),
        "missing path",
    )
    .unwrap();
}

#[test]
fn a_folder_without_definitions_is_rejected() {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir_all(dir.path().join("e")).unwrap();
    assert_rejected(
        dir.path(),
        "e",
        &expect(&["error: no election.yaml or ballot files found here"]),
        "empty folder",
    )
    .unwrap();
}

#[test]
fn duplicate_ballot_ids_name_both_files() {
    let dir = tempfile::tempdir().unwrap();
    valid_election(dir.path());
    fs::create_dir_all(dir.path().join("e/more")).unwrap();
    fs::copy(
        dir.path().join("e/ballot.yaml"),
        dir.path().join("e/more/copy.yaml"),
    )
    .unwrap();
    let expected = expect(&[
        "error: ballot id \"district-1\" is used twice in this election",
        "--> e/more/copy.yaml:1:5",
        "it is also the id in e/ballot.yaml:1:5",
    ]);
    assert_rejected(dir.path(), "e", &expected, "duplicate ids").unwrap();
}

#[test]
fn duplicate_election_ids_are_rejected() {
    let dir = tempfile::tempdir().unwrap();
    valid_election(dir.path());
    crate::common::copy_dir(&dir.path().join("e"), &dir.path().join("f"));
    let output = run(dir.path(), &["check", "e", "f"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr(&output).contains("election id \"test-election\" is used by two elections"),
        "{}",
        stderr(&output)
    );
}

#[test]
fn a_yml_file_is_not_silently_skipped() {
    let dir = tempfile::tempdir().unwrap();
    valid_election(dir.path());
    fs::copy(
        dir.path().join("e/ballot.yaml"),
        dir.path().join("e/other.yml"),
    )
    .unwrap();
    assert_rejected(
        dir.path(),
        "e",
        &expect(&["must end in `.yaml`, not `.yml`", "--> e/other.yml"]),
        ".yml",
    )
    .unwrap();
}

#[cfg(unix)]
#[test]
fn a_symlink_out_of_the_input_folder_is_rejected() {
    let dir = tempfile::tempdir().unwrap();
    valid_election(dir.path());
    let outside = dir.path().join("outside.yaml");
    fs::copy(dir.path().join("e/ballot.yaml"), &outside).unwrap();
    std::os::unix::fs::symlink(&outside, dir.path().join("e/linked.yaml")).unwrap();
    let expected = expect(&[
        "error: symbolic link points outside the input folder",
        "--> e/linked.yaml",
    ]);
    assert_rejected(dir.path(), "e", &expected, "symlink").unwrap();
}

#[test]
fn errors_in_several_files_are_all_reported_in_one_run() {
    let dir = tempfile::tempdir().unwrap();
    valid_election(dir.path());
    let ballot = fs::read_to_string(dir.path().join("e/ballot.yaml")).unwrap();
    fs::write(
        dir.path().join("e/a.yaml"),
        ballot
            .replace("district-1", "a")
            .replace("kind: candidates", "kind: candidatez"),
    )
    .unwrap();
    fs::write(
        dir.path().join("e/b.yaml"),
        ballot
            .replace("district-1", "b")
            .replace(", ru: АЛИЕВ Гани", ""),
    )
    .unwrap();
    fs::write(
        dir.path().join("e/c.yaml"),
        ballot
            .replace("district-1", "c")
            .replace("contest:", "contest:\n  colour: red"),
    )
    .unwrap();
    let expected = expect(&[
        "--> e/a.yaml:6:9",
        "unknown contest kind \"candidatez\"",
        "--> e/b.yaml:10:13",
        "text has no `ru` version",
        "--> e/c.yaml:6:3",
        "unknown field `colour`",
        "3 errors; the definitions are not valid",
    ]);
    assert_rejected(dir.path(), "e", &expected, "several files").unwrap();
}

#[test]
fn several_errors_in_one_file_are_all_reported() {
    let dir = tempfile::tempdir().unwrap();
    valid_election(dir.path());
    let ballot = fs::read_to_string(dir.path().join("e/ballot.yaml"))
        .unwrap()
        .replace("id: district-1", "id: District 1")
        .replace("kind: candidates", "kind: parties2")
        .replace(", ru: АЛИЕВ Гани", "");
    fs::write(dir.path().join("e/ballot.yaml"), ballot).unwrap();
    let expected = expect(&[
        "--> e/ballot.yaml:1:5",
        "--> e/ballot.yaml:6:9",
        "--> e/ballot.yaml:10:13",
        "3 errors; the definitions are not valid",
    ]);
    assert_rejected(dir.path(), "e", &expected, "one file, three errors").unwrap();
}

#[test]
fn a_failed_build_leaves_existing_output_untouched() {
    let dir = tempfile::tempdir().unwrap();
    valid_election(dir.path());
    let first = run(dir.path(), &["build", "e", "--out", "out"]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let before = snapshot(&dir.path().join("out"));
    assert!(before.len() >= 3, "first build wrote {:?}", before.keys());
    // Break the definition and change the name: nothing may change on disk.
    let ballot = fs::read_to_string(dir.path().join("e/ballot.yaml")).unwrap();
    fs::write(
        dir.path().join("e/ballot.yaml"),
        ballot
            .replace("АЛИЕВ Гани", "НОВЫЙ")
            .replace("id: district-1", "id: ../district-1"),
    )
    .unwrap();
    let second = run(dir.path(), &["build", "e", "--out", "out"]);
    assert_eq!(second.status.code(), Some(1));
    assert!(
        stderr(&second).contains("nothing was built"),
        "{}",
        stderr(&second)
    );
    assert_eq!(snapshot(&dir.path().join("out")), before);
}

#[test]
fn usage_errors_exit_with_2() {
    let dir = tempfile::tempdir().unwrap();
    for args in [
        &["check"][..],
        &["build", "e"],
        &["frobnicate"],
        &["build", "e", "--out", "o", "--jobs", "0"],
    ] {
        let output = run(dir.path(), args);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            stderr(&output)
        );
    }
    assert!(!dir.path().join("o").exists());
}
