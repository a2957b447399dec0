//! QA sign-off from the command line: reviewers' exports imported into the
//! log (`,` and `;` files), `review status` for the current build, outdated
//! marks after a rebuild with changed audio, and `package` refusing what is
//! not signed off.

use std::fs;
use std::path::Path;

use serde_json::Value;

use crate::common::{copy_dir, root, run, stderr, stdout};

/// A reviewer's export as the review page writes it: every track of the
/// build, marked `ok` unless `skip` names it (`ballot/lang/track`).
fn export(folder: &Path, reviewer: &str, skip: &[&str], separator: char, comment: &str) -> String {
    let manifest: Value = serde_json::from_slice(&fs::read(folder.join("manifest.json")).unwrap()).unwrap();
    let proof: std::collections::BTreeMap<&str, &str> = manifest["ballots"].as_array().unwrap().iter().map(|b| (b["id"].as_str().unwrap(), b["proof_id"].as_str().unwrap())).collect();
    let q = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    let sep = separator.to_string();
    let mut text = String::from("\u{feff}");
    text.push_str(&["election", "ballot", "proof_id", "language", "track", "file", "audio_sha256", "verdict", "reviewer", "marked_at", "comment"].map(q).join(&sep));
    text.push_str("\r\n");
    for output in manifest["outputs"].as_array().unwrap() {
        let path = output["path"].as_str().unwrap();
        let parts: Vec<&str> = path.split('/').collect();
        if parts.len() != 4 || parts[1] != "audio" || !path.ends_with(".mp3") {
            continue;
        }
        let stem = parts[3].trim_end_matches(".mp3");
        let track = if stem == "ballot" { "ballot".to_owned() } else { stem.split('-').next().unwrap().parse::<u32>().unwrap().to_string() };
        let marked = !skip.contains(&format!("{}/{}/{track}", parts[0], parts[2]).as_str());
        let (verdict, who, at) = if marked { ("ok", reviewer, "2026-11-22T10:00:00Z") } else { ("", "", "") };
        let row = [manifest["election"].as_str().unwrap(), parts[0], proof[parts[0]], parts[2], &track, path, output["sha256"].as_str().unwrap(), verdict, who, at, comment];
        text.push_str(&row.map(q).join(&sep));
        text.push_str("\r\n");
    }
    text
}

#[test]
fn imported_marks_sign_off_a_ballot_and_a_rebuild_with_changed_audio_outdates_them() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("ballots/kz-2022-referendum"), &dir.path().join("e"));
    let built = run(dir.path(), &["build", "e", "--out", "out", "--quiet"]);
    assert!(built.status.success(), "{}", stderr(&built));
    let folder = dir.path().join("out/kz-2022-referendum");

    // Reviewer A marks everything but one track; the comment would be a formula in a spreadsheet.
    fs::write(dir.path().join("a.csv"), export(&folder, "Айгүл", &["referendum/ru/1"], ',', "ok;'=1+1;")).unwrap();
    let imported = run(dir.path(), &["review", "import", "out/kz-2022-referendum", "a.csv"]);
    assert!(imported.status.success(), "{}", stderr(&imported));
    assert!(stderr(&imported).contains("1 unmarked track(s) skipped"), "{}", stderr(&imported));
    let status = run(dir.path(), &["review", "status", "out/kz-2022-referendum"]);
    assert_eq!(status.status.code(), Some(1), "{}", stdout(&status));
    assert!(stdout(&status).contains("1 unmarked") && stdout(&status).contains("NOT signed off"), "{}", stdout(&status));
    let refused = run(dir.path(), &["package", "out/kz-2022-referendum", "--to", "zips"]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(stderr(&refused).contains("not signed off by QA: referendum"), "{}", stderr(&refused));
    assert!(!dir.path().join("zips").exists());

    // Reviewer B, in a spreadsheet that saved with `;`, marks the last one.
    let b = export(&folder, "Дмитрий", &[], ';', "");
    let only_missing: Vec<&str> = b.split("\r\n").enumerate().filter(|(i, l)| *i == 0 || l.contains("\"referendum\";") && l.contains(";\"ru\";\"1\";")).map(|(_, l)| l).collect();
    fs::write(dir.path().join("b.csv"), only_missing.join("\r\n") + "\r\n").unwrap();
    let imported = run(dir.path(), &["review", "import", "out/kz-2022-referendum", "b.csv"]);
    assert!(imported.status.success() && stderr(&imported).contains("1 mark(s) applied"), "{}", stderr(&imported));
    let status = run(dir.path(), &["review", "status", "out/kz-2022-referendum"]);
    assert_eq!(status.status.code(), Some(0), "{}", stdout(&status));
    assert!(stdout(&status).contains("whole ballot: kk ok, ru ok — signed off"), "{}", stdout(&status));
    let log = fs::read_to_string(folder.join("review/signoff-log.jsonl")).unwrap();
    assert!(log.contains("\"comment\":\"ok;=1+1;\"") && log.contains("\"imported_from\":\"a.csv\"") && log.contains("Дмитрий"), "{log}");
    // The page shows the merged marks.
    let page = fs::read_to_string(folder.join("review/index.html")).unwrap();
    assert!(page.contains("Дмитрий") && page.contains("Айгүл"), "the review page does not show the imported marks");
    let packaged = run(dir.path(), &["package", "out/kz-2022-referendum", "--to", "zips"]);
    assert!(packaged.status.success(), "{}", stderr(&packaged));

    // A rebuilt track with changed audio loses its OK; an old export is outdated.
    let ballot = dir.path().join("e/referendum.yaml");
    fs::write(&ballot, fs::read_to_string(&ballot).unwrap().replace("Принимаете ли Вы", "Принимаете ли вы")).unwrap();
    let rebuilt = run(dir.path(), &["build", "e", "--out", "out", "--quiet"]);
    assert!(rebuilt.status.success(), "{}", stderr(&rebuilt));
    let status = run(dir.path(), &["review", "status", "out/kz-2022-referendum"]);
    assert_eq!(status.status.code(), Some(1), "{}", stdout(&status));
    // A changed ballot is reviewed again whole: every mark is for its earlier version.
    assert!(stdout(&status).contains("0 OK, 0 problem, 0 unmarked, 8 outdated") && stdout(&status).contains("kk outdated, ru outdated"), "{}", stdout(&status));
    let again = run(dir.path(), &["review", "import", "out/kz-2022-referendum", "a.csv"]);
    assert!(stderr(&again).contains("was marked for other audio or an earlier version of the ballot"), "{}", stderr(&again));
    let refused = run(dir.path(), &["package", "out/kz-2022-referendum", "--to", "zips2"]);
    assert_eq!(refused.status.code(), Some(1));
    let unsigned = run(dir.path(), &["package", "out/kz-2022-referendum", "--to", "zips3", "--unsigned"]);
    assert!(unsigned.status.success(), "{}", stderr(&unsigned));
}

#[test]
fn a_bad_export_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("out");
    copy_dir(&crate::common::examples_out().join("kz-2022-referendum"), &folder);
    let good = export(&folder, "Айгүл", &[], ',', "");
    let bad = good.replacen("\"ok\"", "\"fine\"", 1);
    fs::write(dir.path().join("bad.csv"), bad).unwrap();
    let imported = run(dir.path(), &["review", "import", "out", "bad.csv"]);
    assert_eq!(imported.status.code(), Some(1));
    assert!(stderr(&imported).contains("bad.csv:2: verdict `fine` is neither `ok` nor `problem`"), "{}", stderr(&imported));
    assert!(!folder.join("review/signoff-log.jsonl").exists() || fs::read_to_string(folder.join("review/signoff-log.jsonl")).unwrap().is_empty());
}

#[test]
fn import_never_appends_through_a_link_nor_reads_a_device() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("out");
    copy_dir(&crate::common::examples_out().join("kz-2022-referendum"), &folder);
    fs::write(dir.path().join("good.csv"), export(&folder, "Айгүл", &[], ',', "")).unwrap();
    // The log linked to a file outside the build: refused, the file untouched.
    let outside = dir.path().join("outside.txt");
    fs::write(&outside, "keep\n").unwrap();
    fs::create_dir_all(folder.join("review")).unwrap();
    let _ = fs::remove_file(folder.join("review/signoff-log.jsonl"));
    std::os::unix::fs::symlink(&outside, folder.join("review/signoff-log.jsonl")).unwrap();
    let imported = run(dir.path(), &["review", "import", "out", "good.csv"]);
    assert_eq!(imported.status.code(), Some(1), "{}", stderr(&imported));
    assert!(stderr(&imported).contains("signoff-log.jsonl is a symbolic link"), "{}", stderr(&imported));
    assert_eq!(fs::read_to_string(&outside).unwrap(), "keep\n");
    // A device as the export: refused at once, not read until memory runs out.
    fs::remove_file(folder.join("review/signoff-log.jsonl")).unwrap();
    let imported = run(dir.path(), &["review", "import", "out", "/dev/zero"]);
    assert_eq!(imported.status.code(), Some(1), "{}", stderr(&imported));
    assert!(stderr(&imported).contains("/dev/zero is not a regular file"), "{}", stderr(&imported));
    assert!(!folder.join("review/signoff-log.jsonl").exists());
}
