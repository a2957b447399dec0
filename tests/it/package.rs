//! Delivery packages: unpacked with `unzip` and checked with `sha256sum -c`
//! (not our code); byte-identical across runs; never the clip cache, the
//! previews or a file changed since the build.

use std::fs;
use std::path::Path;

use crate::common::{copy_dir, examples_out, run, stderr, tool};

/// Unzips `zip` into a new folder and returns it.
fn unpack(zip: &Path) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    tool("unzip", &["-q", zip.to_str().unwrap(), "-d", dir.path().to_str().unwrap()]);
    dir
}

fn zips(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut found: Vec<_> = fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    found.sort();
    found
}

#[test]
fn packages_are_identical_across_runs_and_check_with_sha256sum() {
    let election = examples_out().join("kz-2023-mazhilis");
    let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
    for dir in [&a, &b] {
        let output = run(dir.path(), &["package", election.to_str().unwrap(), "--to", "zips", "--by-region", "--unsigned"]);
        assert!(output.status.success(), "{}", stderr(&output));
    }
    let (first, second) = (zips(&a.path().join("zips")), zips(&b.path().join("zips")));
    // Three regions: Almaty, Zhambyl, and the party list without one.
    assert_eq!(first.len(), 3, "{first:?}");
    for (x, y) in first.iter().zip(&second) {
        assert_eq!(fs::read(x).unwrap(), fs::read(y).unwrap(), "{} differs between runs", x.display());
        let unpacked = unpack(x);
        let check = std::process::Command::new("sha256sum").args(["-c", "--strict", "SHA256SUMS"]).current_dir(unpacked.path()).output().unwrap();
        assert!(check.status.success(), "sha256sum -c in {}: {}", x.display(), String::from_utf8_lossy(&check.stdout));
        let sums = fs::read_to_string(unpacked.path().join("SHA256SUMS")).unwrap();
        assert!(sums.contains("manifest.json") && sums.contains("print-plan.csv") && sums.contains("print-plan.pdf"), "{sums}");
        // Nothing is signed off yet: the package and its plan say so.
        assert!(sums.contains("NOT-SIGNED-OFF.txt"), "{sums}");
        assert!(!sums.contains(".cache") && !sums.contains("preview/") && !sums.contains("review.json"), "{sums}");
        // The manifest and the plan hold only this zip's ballots.
        let manifest: serde_json::Value = serde_json::from_slice(&fs::read(unpacked.path().join("manifest.json")).unwrap()).unwrap();
        let ids: Vec<&str> = manifest["ballots"].as_array().unwrap().iter().map(|b| b["id"].as_str().unwrap()).collect();
        assert_eq!(ids.len(), 1);
        let plan = fs::read_to_string(unpacked.path().join("print-plan.csv")).unwrap();
        assert!(plan.lines().skip(1).all(|l| l.contains(&format!(";{};", ids[0])) && l.ends_with(";NO")), "{plan}");
        assert!(plan.lines().next().unwrap().ends_with(";signed_off"), "{plan}");
        assert!(sums.contains(&format!("{}/stencil-ru.pdf", ids[0])) && sums.contains(&format!("{}/audio/kk/ballot.mp3", ids[0])), "{sums}");
    }
}

#[test]
fn only_selects_ballots_and_a_changed_file_stops_the_package() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&examples_out().join("kz-2023-mazhilis"), &dir.path().join("out"));
    let output = run(dir.path(), &["package", "out", "--to", "zips", "--only", "zhambyl-*", "--unsigned"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let written = zips(&dir.path().join("zips"));
    assert_eq!(written.len(), 1);
    let sums = fs::read_to_string(unpack(&written[0]).path().join("SHA256SUMS")).unwrap();
    assert!(sums.contains("zhambyl-15/") && !sums.contains("almaty-3/"), "{sums}");

    fs::write(dir.path().join("out/zhambyl-15/stencil-kk.svg"), "tampered").unwrap();
    let output = run(dir.path(), &["package", "out", "--to", "zips2", "--unsigned"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("stencil-kk.svg has changed since it was built"), "{}", stderr(&output));
    assert!(!dir.path().join("zips2").exists(), "nothing is written");
    let output = run(dir.path(), &["package", "out", "--to", "zips3", "--only", "nothing-*", "--unsigned"]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("no ballot of kz-2023-mazhilis matches --only nothing-*"), "{}", stderr(&output));
}

/// A fresh copy of the built Mazhilis example in `dir/out`.
fn built_copy(dir: &Path) {
    copy_dir(&examples_out().join("kz-2023-mazhilis"), &dir.join("out"));
}

/// Packages `dir/out` into `dir/zips`: the failure's message, after checking
/// that it failed with exit code 1 and wrote nothing.
fn refused(dir: &Path) -> String {
    let output = run(dir, &["package", "out", "--to", "zips", "--by-region", "--unsigned"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(!dir.join("zips").exists(), "nothing is written");
    stderr(&output)
}

#[test]
fn an_edited_swapped_or_deleted_print_plan_stops_the_package() {
    // Edited: one copy more in a cell of the CSV.
    let dir = tempfile::tempdir().unwrap();
    built_copy(dir.path());
    let csv = dir.path().join("out/print-plan.csv");
    let text = fs::read_to_string(&csv).unwrap();
    let edited = text.replacen(";1;", ";2;", 1);
    assert_ne!(edited, text);
    fs::write(&csv, edited).unwrap();
    assert!(refused(dir.path()).contains("print-plan.csv has changed since it was built"));
    // Swapped: another election's job sheet.
    let dir = tempfile::tempdir().unwrap();
    built_copy(dir.path());
    fs::copy(examples_out().join("kz-2022-referendum/print-plan.pdf"), dir.path().join("out/print-plan.pdf")).unwrap();
    assert!(refused(dir.path()).contains("print-plan.pdf has changed since it was built"));
    // Deleted: never left out in silence.
    let dir = tempfile::tempdir().unwrap();
    built_copy(dir.path());
    fs::remove_file(dir.path().join("out/print-plan.pdf")).unwrap();
    assert!(refused(dir.path()).contains("cannot read"));
}

#[test]
fn a_hand_edited_manifest_cannot_name_entries_outside_the_build() {
    for (from, to) in [("\"zhambyl-15/stencil-kk.svg\"", "\"zhambyl-15/../../../etc/passwd\""), ("\"zhambyl-15/stencil-kk.svg\"", "\"/etc/passwd\""), ("\"id\": \"zhambyl-15\"", "\"id\": \"..\""), ("\"zhambyl-15", "\"con")] {
        let dir = tempfile::tempdir().unwrap();
        built_copy(dir.path());
        let path = dir.path().join("out/manifest.json");
        let text = fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{from}");
        fs::write(&path, text.replace(from, to)).unwrap();
        let message = refused(dir.path());
        assert!(message.contains("which is not a file inside one of its ballots' folders"), "{to}: {message}");
    }
}

#[test]
fn a_region_name_too_long_for_a_file_name_still_packages() {
    // A 247-letter region passes `check`; its zip's name is cut to fit, with a hash of the whole.
    let dir = tempfile::tempdir().unwrap();
    built_copy(dir.path());
    let path = dir.path().join("out/manifest.json");
    let text = fs::read_to_string(&path).unwrap();
    let long = "Ж".repeat(247);
    let edited = text.replace("\"Жамбыл облысы\"", &format!("\"{long}\""));
    assert_ne!(edited, text);
    fs::write(&path, edited).unwrap();
    let output = run(dir.path(), &["package", "out", "--to", "zips", "--by-region", "--unsigned"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let names: Vec<String> = zips(&dir.path().join("zips")).iter().map(|p| p.file_name().unwrap().to_string_lossy().into_owned()).collect();
    assert_eq!(names.len(), 3, "{names:?}");
    assert!(names.iter().all(|n| n.len() <= 255) && names.iter().any(|n| n.starts_with("kz-2023-mazhilis-жжж")), "{names:?}");
}
