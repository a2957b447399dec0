//! QA sign-off from the command line: reviewers' exports imported into the
//! log (`,` and `;` files), `review status` for the current build, outdated
//! marks after a rebuild with changed audio, and `package` refusing what is
//! not signed off.

use std::fs;
use std::path::Path;

use serde_json::Value;

use crate::common::{copy_dir, root, run, stderr, stdout};

/// The SHA-256 of each track's transcript line by (ballot, language, track),
/// the whole ballot's (every line) under `ballot`, from the review data.
fn text_hashes(folder: &Path) -> std::collections::BTreeMap<(String, String, String), String> {
    use sha2::Digest as _;
    let sha = |text: &str| sha2::Sha256::digest(text.as_bytes()).iter().map(|b| format!("{b:02x}")).collect::<String>();
    let mut hashes = std::collections::BTreeMap::new();
    for entry in fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path().join("review.json");
        let Ok(bytes) = fs::read(&path) else { continue };
        let ballot = path.parent().unwrap().file_name().unwrap().to_string_lossy().into_owned();
        let review: Value = serde_json::from_slice(&bytes).unwrap();
        let mut whole: std::collections::BTreeMap<String, String> = std::collections::BTreeMap::new();
        for track in review["tracks"].as_array().unwrap() {
            let (lang, text) = (track["lang"].as_str().unwrap().to_owned(), track["text"].as_str().unwrap());
            hashes.insert((ballot.clone(), lang.clone(), track["number"].to_string()), sha(text));
            whole.entry(lang).or_default().push_str(&format!("{text}\n"));
        }
        for (lang, text) in whole {
            hashes.insert((ballot.clone(), lang, "ballot".to_owned()), sha(&text));
        }
    }
    hashes
}

/// A reviewer's export as the review page writes it: every track of the
/// build, marked `ok` (played to its end) unless `skip` names it (`ballot/lang/track`).
fn export(folder: &Path, reviewer: &str, skip: &[&str], separator: char, comment: &str) -> String {
    export_marked(folder, reviewer, skip, separator, comment, "ok", "2026-11-22T10:00:00Z")
}

/// An export giving `verdict` at `at` to every track but those `skip` names.
fn export_marked(folder: &Path, reviewer: &str, skip: &[&str], separator: char, comment: &str, verdict: &str, at: &str) -> String {
    let manifest: Value = serde_json::from_slice(&fs::read(folder.join("manifest.json")).unwrap()).unwrap();
    let proof: std::collections::BTreeMap<&str, &str> = manifest["ballots"].as_array().unwrap().iter().map(|b| (b["id"].as_str().unwrap(), b["proof_id"].as_str().unwrap())).collect();
    let texts = text_hashes(folder);
    let q = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    let sep = separator.to_string();
    let mut text = String::from("\u{feff}");
    text.push_str(&["election", "ballot", "proof_id", "language", "track", "file", "audio_sha256", "verdict", "reviewer", "marked_at", "comment", "played", "text_sha256"].map(q).join(&sep));
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
        let (verdict, who, at) = if marked { (verdict, reviewer, at) } else { ("", "", "") };
        let text_sha = texts[&(parts[0].to_owned(), parts[2].to_owned(), track.clone())].clone();
        let row = [manifest["election"].as_str().unwrap(), parts[0], proof[parts[0]], parts[2], &track, path, output["sha256"].as_str().unwrap(), verdict, who, at, comment, "yes", &text_sha];
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
    assert!(stderr(&imported).contains("1 unmarked track skipped"), "{}", stderr(&imported));
    // The same file again appends nothing.
    let log_before = fs::read_to_string(folder.join("review/signoff-log.jsonl")).unwrap();
    let again = run(dir.path(), &["review", "import", "out/kz-2022-referendum", "a.csv"]);
    assert!(stderr(&again).contains("0 marks applied, 9 already in the log"), "{}", stderr(&again));
    assert_eq!(fs::read_to_string(folder.join("review/signoff-log.jsonl")).unwrap(), log_before);
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
    assert!(imported.status.success() && stderr(&imported).contains("1 mark applied"), "{}", stderr(&imported));
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
    // Only what changed is heard again: the Russian introduction (its text) and
    // the Russian whole ballot; the other tracks keep their marks.
    assert!(stdout(&status).contains("7 OK, 0 problem, 0 unmarked, 1 outdated") && stdout(&status).contains("kk ok, ru outdated"), "{}", stdout(&status));
    let again = run(dir.path(), &["review", "import", "out/kz-2022-referendum", "a.csv"]);
    assert!(stderr(&again).contains("was marked for other audio or text (rebuilt since)"), "{}", stderr(&again));
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
    assert!(stderr(&imported).contains("bad.csv:2: verdict \"fine\" is not one of ok, problem, resolved"), "{}", stderr(&imported));
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
    assert!(stderr(&imported).contains("/dev/zero is not a file"), "{}", stderr(&imported));
    assert!(!folder.join("review/signoff-log.jsonl").exists());
}

/// A built referendum in `dir/out`, its election folder.
fn built(dir: &Path) -> std::path::PathBuf {
    let folder = dir.join("out");
    copy_dir(&crate::common::examples_out().join("kz-2022-referendum"), &folder);
    folder
}

fn import(dir: &Path, name: &str, text: &str) -> std::process::Output {
    fs::write(dir.join(name), text).unwrap();
    run(dir, &["review", "import", "out", name])
}

#[test]
fn a_problem_stands_until_resolved_whatever_the_order_of_imports() {
    let dir = tempfile::tempdir().unwrap();
    let folder = built(dir.path());
    // A reports a problem with one track; B's OK for everything comes later.
    let all_ok = export(&folder, "Дмитрий", &[], ',', "");
    let problem: String = export_marked(&folder, "Айгүл", &[], ',', "the name is cut off", "problem", "2026-11-22T09:00:00Z")
        .split("\r\n")
        .enumerate()
        .filter(|(i, l)| *i == 0 || (l.contains("\"referendum\",") && l.contains(",\"ru\",\"1\",")))
        .map(|(_, l)| l.to_owned())
        .collect::<Vec<_>>()
        .join("\r\n")
        + "\r\n";
    for (first, second) in [(("p.csv", &problem), ("ok.csv", &all_ok)), (("ok.csv", &all_ok), ("p.csv", &problem))] {
        let _ = fs::remove_file(folder.join("review/signoff-log.jsonl"));
        assert!(import(dir.path(), first.0, first.1).status.success());
        assert!(import(dir.path(), second.0, second.1).status.success());
        let status = run(dir.path(), &["review", "status", "out"]);
        assert_eq!(status.status.code(), Some(1), "{}", stdout(&status));
        assert!(stdout(&status).contains("1 problem") && stdout(&status).contains("problem: ru track 1: \"the name is cut off\" (Айгүл, 2026-11-22T09:00:00Z)"), "{}", stdout(&status));
    }
    // `resolved` needs a comment, then closes it; B's OK counts again.
    let resolved = problem.replace("\"problem\"", "\"resolved\"").replace("Айгүл", "Ерлан").replace("the name is cut off", "");
    let refused = import(dir.path(), "r.csv", &resolved);
    assert_eq!(refused.status.code(), Some(1));
    assert!(stderr(&refused).contains("a `resolved` mark needs a comment"), "{}", stderr(&refused));
    let resolved = problem.replace("\"problem\"", "\"resolved\"").replace("Айгүл", "Ерлан").replace("the name is cut off", "heard it again: the name is whole");
    assert!(import(dir.path(), "r.csv", &resolved).status.success());
    // Settled, the track still needs an OK given after the report: B's earlier one does not count.
    let status = run(dir.path(), &["review", "status", "out"]);
    assert_eq!(status.status.code(), Some(1), "{}", stdout(&status));
    assert!(stdout(&status).contains("7 OK, 0 problem, 1 unmarked"), "{}", stdout(&status));
    let again = export_marked(&folder, "Дмитрий", &[], ',', "", "ok", "2026-11-22T11:00:00Z");
    assert!(import(dir.path(), "ok2.csv", &again).status.success());
    let status = run(dir.path(), &["review", "status", "out"]);
    assert_eq!(status.status.code(), Some(0), "{}", stdout(&status));
    // Signed off: the package says who signed off each ballot and when.
    let packaged = run(dir.path(), &["package", "out", "--to", "zips", "--signed-only"]);
    assert!(packaged.status.success(), "{}", stderr(&packaged));
    let zip = dir.path().join("zips/kz-2022-referendum.zip");
    let listing = crate::common::tool("unzip", &["-p", zip.to_str().unwrap(), "signoff.csv"]);
    assert!(listing.contains("referendum;yes;Дмитрий;2026-11-22T11:00:00Z"), "{listing}");
}

#[test]
fn marks_that_cannot_be_trusted_are_refused_whole() {
    let dir = tempfile::tempdir().unwrap();
    let folder = built(dir.path());
    let good = export(&folder, "Айгүл", &[], ',', "");
    let refuse = |name: &str, text: &str, expected: &str| {
        let output = import(dir.path(), name, text);
        assert_eq!(output.status.code(), Some(1), "{name}: {}", stderr(&output));
        assert!(stderr(&output).contains(expected), "{name}: {}", stderr(&output));
        assert!(!stderr(&output).contains('\0'), "a NUL is never echoed");
        assert!(!folder.join("review/signoff-log.jsonl").exists(), "{name} appended marks");
    };
    refuse("time.csv", &good.replacen("2026-11-22T10:00:00Z", "2026-13-45T25:61:61Z", 1), "is not written as the review page writes it");
    refuse("future.csv", &good.replacen("2026-11-22T10:00:00Z", "2099-01-01T00:00:00Z", 1), "is later than this computer's clock");
    refuse("name.csv", &good.replacen("Айгүл", "\u{200B}\u{2060}", 1), "has no letter");
    refuse("dash.csv", &good.replacen("Айгүл", "'-", 1), "has no letter");
    refuse("played.csv", &good.replacen("\"yes\"", "\"maybe\"", 1), "the `played` cell says \"maybe\", neither `yes` nor `no`");
    // Two rows of one file disagreeing about one track: a conflict, named.
    let lines: Vec<&str> = good.split("\r\n").collect();
    let conflict = format!("{}\r\n{}\r\n", good.trim_end(), lines[1].replace("\"ok\"", "\"problem\""));
    refuse("conflict.csv", &conflict, &format!("conflict.csv: rows 2 and {} disagree about", lines.len()));
    // Encodings: named with the fix, never echoed.
    let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain(good.encode_utf16().flat_map(u16::to_le_bytes)).collect();
    fs::write(dir.path().join("u16.csv"), utf16).unwrap();
    let output = run(dir.path(), &["review", "import", "out", "u16.csv"]);
    assert!(stderr(&output).contains("u16.csv is UTF-16"), "{}", stderr(&output));
    fs::write(dir.path().join("cp1251.csv"), good.replace("Айгүл", "\u{0}").replace('\u{0}', "Ivan").into_bytes().into_iter().chain([0xC0, 0xE9]).collect::<Vec<u8>>()).unwrap();
    let output = run(dir.path(), &["review", "import", "out", "cp1251.csv"]);
    assert!(stderr(&output).contains("is not UTF-8") && stderr(&output).contains("Windows-1251"), "{}", stderr(&output));
    refuse("nul.csv", &good.replacen("Айгүл", "Ай\u{0}гүл", 1), "is damaged or is not a review export");
    assert!(!folder.join("review/signoff-log.jsonl").exists());
    // Excel's trailing empty rows are not rows.
    let trailing = format!("{good};;;;;;;;;;;;\r\n;;;;;;;;;;;;\r\n").replace(",", ";");
    let output = import(dir.path(), "trailing.csv", &trailing);
    assert!(output.status.success(), "{}", stderr(&output));
}

#[test]
fn an_ok_for_a_track_never_played_to_its_end_does_not_count() {
    let dir = tempfile::tempdir().unwrap();
    let folder = built(dir.path());
    let unplayed = export(&folder, "Айгүл", &[], ',', "").replacen("\"yes\"", "\"no\"", 1);
    assert!(import(dir.path(), "a.csv", &unplayed).status.success());
    let status = run(dir.path(), &["review", "status", "out"]);
    assert_eq!(status.status.code(), Some(1), "{}", stdout(&status));
    assert!(stdout(&status).contains("(1 marked OK but never played to the end)"), "{}", stdout(&status));
    // The page counts it as the sign-off does: its log mark is "not played".
    let page = fs::read_to_string(folder.join("review/index.html")).unwrap();
    let data = page.split("id=\"signoff-data\">").nth(1).unwrap().split("</script>").next().unwrap();
    let data: Value = serde_json::from_str(data).unwrap();
    let states: Vec<&str> = data["marks"].as_array().unwrap().iter().map(|m| m["state"].as_str().unwrap()).collect();
    assert_eq!(states.iter().filter(|s| **s == "not-played").count(), 1, "{states:?}");
    // --signed-only then ships nothing, and says which ballots were left out.
    let packaged = run(dir.path(), &["package", "out", "--to", "zips", "--signed-only"]);
    assert_eq!(packaged.status.code(), Some(1));
    assert!(stderr(&packaged).contains("not signed off: referendum"), "{}", stderr(&packaged));
}

#[test]
fn import_refuses_a_pipe_at_once() {
    let dir = tempfile::tempdir().unwrap();
    built(dir.path());
    let fifo = dir.path().join("f.csv");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    let output = run(dir.path(), &["review", "import", "out", "f.csv"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(stderr(&output).contains("f.csv is not a file"), "{}", stderr(&output));
}

#[test]
fn the_whole_ballot_recorded_as_its_tracks_joined_needs_no_second_full_listening() {
    let dir = tempfile::tempdir().unwrap();
    let folder = built(dir.path());
    // The manifest records ballot.mp3 as every track of its language, in order.
    let manifest: Value = serde_json::from_slice(&fs::read(folder.join("manifest.json")).unwrap()).unwrap();
    let joins = &manifest["ballots"][0]["joins"]["audio/ru/ballot.mp3"];
    assert_eq!(joins, &serde_json::json!(["audio/ru/00-introduction.mp3", "audio/ru/01-option-1.mp3", "audio/ru/02-option-2.mp3", "audio/ru/03-closing.mp3"]), "{joins}");
    // Every track played to its end; the whole ballots marked OK without being played through.
    let text: String = export(&folder, "Айгүл", &[], ',', "")
        .split("\r\n")
        .map(|l| if l.contains(",\"ballot\",\"referendum/audio/") { l.replace(",\"yes\",", ",\"no\",") } else { l.to_owned() })
        .collect::<Vec<_>>()
        .join("\r\n");
    assert!(text.contains(",\"no\","), "{text}");
    assert!(import(dir.path(), "a.csv", &text).status.success());
    let status = run(dir.path(), &["review", "status", "out"]);
    assert_eq!(status.status.code(), Some(0), "{}", stdout(&status));
}

/// The rows of every page of phrases, as the page gives them to the browser:
/// (language, track, file, audio SHA-256, text SHA-256).
fn phrase_rows(folder: &Path) -> Vec<[String; 5]> {
    let mut pages: Vec<_> = fs::read_dir(folder.join("review")).unwrap().map(|e| e.unwrap().path()).filter(|p| p.file_name().unwrap().to_string_lossy().starts_with("_phrases-")).collect();
    pages.sort();
    let attr = |row: &str, name: &str| row.split(&format!(" data-{name}=\"")).nth(1).unwrap().split('"').next().unwrap().to_owned();
    pages
        .iter()
        .flat_map(|page| fs::read_to_string(page).unwrap().split("<tr data-ballot=\"\"").skip(1).map(|row| ["lang", "track", "file", "sha", "text"].map(|name| attr(row, name))).collect::<Vec<_>>())
        .collect()
}

/// An export of phrase marks and whole-ballot marks (not played through).
fn phrase_export(folder: &Path, phrases: &[[String; 5]], verdict_of: &dyn Fn(&str) -> Option<(&'static str, &'static str)>, at: &str) -> String {
    let mut text = export(folder, "Айгүл", &[], ',', "")
        .split("\r\n")
        .filter(|l| l.starts_with("\u{feff}") || l.contains(",\"ballot\",\"") && l.contains("/audio/"))
        .map(|l| l.replace(",\"yes\",", ",\"no\","))
        .collect::<Vec<_>>()
        .join("\r\n");
    text.push_str("\r\n");
    for [lang, track, file, sha, text_sha] in phrases {
        let Some((verdict, comment)) = verdict_of(track) else { continue };
        let row = ["kz-2023-mazhilis", "", "", lang, track, file, sha, verdict, "Дмитрий", at, comment, "yes", text_sha];
        text.push_str(&row.map(|s| format!("\"{s}\"")).join(","));
        text.push_str("\r\n");
    }
    text
}

#[test]
fn each_phrase_reviewed_once_signs_off_every_track_joined_from_it() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&root().join("ballots/kz-2023-mazhilis"), &dir.path().join("e"));
    let built = run(dir.path(), &["build", "e", "--out", "out", "--quiet"]);
    assert!(built.status.success(), "{}", stderr(&built));
    let folder = dir.path().join("out/kz-2023-mazhilis");

    // Each phrase's audio is where the build says in every track joined from
    // it, byte for byte, and its page plays exactly those bytes.
    use sha2::Digest as _;
    let sha = |bytes: &[u8]| sha2::Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect::<String>();
    let (mut uses, mut track_ms, mut phrase_ms) = (std::collections::BTreeMap::new(), 0u64, std::collections::BTreeMap::new());
    for entry in fs::read_dir(&folder).unwrap() {
        let ballot = entry.unwrap().path();
        let Ok(bytes) = fs::read(ballot.join("review.json")) else { continue };
        let review: Value = serde_json::from_slice(&bytes).unwrap();
        for track in review["tracks"].as_array().unwrap() {
            let file = fs::read(ballot.join(track["file"].as_str().unwrap())).unwrap();
            track_ms += track["milliseconds"].as_u64().unwrap();
            for phrase in track["phrases"].as_array().unwrap() {
                let (at, len) = (phrase["offset"].as_u64().unwrap() as usize, phrase["bytes"].as_u64().unwrap() as usize);
                let digest = phrase["sha256"].as_str().unwrap();
                assert_eq!(sha(&file[at..at + len]), digest, "{} {}", ballot.display(), track["file"]);
                assert_eq!(fs::read(folder.join(format!("review/phrases/{digest}.mp3"))).unwrap(), &file[at..at + len]);
                phrase_ms.insert((digest.to_owned(), phrase["text"].as_str().unwrap().to_owned()), phrase["milliseconds"].as_u64().unwrap());
                let used: &mut (usize, std::collections::BTreeSet<String>) = uses.entry(digest.to_owned()).or_default();
                used.0 += 1;
                used.1.insert(ballot.file_name().unwrap().to_string_lossy().into_owned());
            }
        }
    }
    let phrases = phrase_rows(&folder);
    assert_eq!(phrases.len(), phrase_ms.len(), "one row per distinct phrase");
    let used: usize = uses.values().map(|u| u.0).sum();
    assert!(phrases.len() * 3 < used * 2, "phrases are shared: {} distinct of {used}", phrases.len());
    let listening: u64 = phrase_ms.values().sum();
    // Four ballots share little beyond the introduction (65%); a region shares far more.
    assert!(listening * 4 < track_ms * 3, "phrases once ({listening} ms) against every track ({track_ms} ms)");

    // Every phrase OK and every whole ballot confirmed: every ballot is signed off.
    let all_ok = phrase_export(&folder, &phrases, &|_| Some(("ok", "")), "2026-11-22T10:00:00Z");
    let imported = import_into(dir.path(), "out/kz-2023-mazhilis", "ok.csv", &all_ok);
    assert!(imported.status.success(), "{}", stderr(&imported));
    let status = run(dir.path(), &["review", "status", "out/kz-2023-mazhilis"]);
    assert_eq!(status.status.code(), Some(0), "{}", stdout(&status));
    assert!(stdout(&status).contains("by their phrases") && stdout(&status).contains(&format!("phrases: {0} of {0} reviewed (0 problem)", phrases.len())), "{}", stdout(&status));

    // A problem on the phrase most ballots share stands on every track joined from it.
    let shared = phrases.iter().max_by_key(|p| (uses[&p[3]].1.len(), uses[&p[3]].0)).unwrap();
    let (tracks, ballots) = &uses[&shared[3]];
    let problem_track = shared[1].clone();
    let problem = phrase_export(&folder, &phrases, &|t| (t == problem_track).then_some(("problem", "ударение не там")), "2026-11-22T11:00:00Z");
    assert!(import_into(dir.path(), "out/kz-2023-mazhilis", "p.csv", &problem).status.success());
    let status = run(dir.path(), &["review", "status", "out/kz-2023-mazhilis"]);
    assert_eq!(status.status.code(), Some(1), "{}", stdout(&status));
    let out = stdout(&status);
    assert!(out.contains(&format!(", {problem_track}): \"ударение не там\" (Дмитрий, 2026-11-22T11:00:00Z)")) && out.contains("(its phrase \""), "{out}");
    assert!(ballots.len() > 1, "{ballots:?}");
    for ballot in ballots {
        assert!(out.lines().any(|l| l.starts_with(&format!("{ballot}: ")) && l.ends_with("NOT signed off")), "{ballot}: {out}");
    }
    assert_eq!(out.lines().filter(|l| l.contains(&problem_track)).count(), *tracks, "every track joined from it: {out}");
    assert!(out.contains("(1 problem)"), "{out}");

    // Resolved, and heard again: signed off again.
    let resolved = phrase_export(&folder, &phrases, &|t| (t == problem_track).then_some(("resolved", "прослушано снова: верно")), "2026-11-22T12:00:00Z");
    assert!(import_into(dir.path(), "out/kz-2023-mazhilis", "r.csv", &resolved).status.success());
    let again = phrase_export(&folder, &phrases, &|t| (t == problem_track).then_some(("ok", "")), "2026-11-22T12:30:00Z");
    assert!(import_into(dir.path(), "out/kz-2023-mazhilis", "again.csv", &again).status.success());
    let status = run(dir.path(), &["review", "status", "out/kz-2023-mazhilis"]);
    assert_eq!(status.status.code(), Some(0), "{}", stdout(&status));

    // Review data edited by hand (here only re-indented) is not what the build
    // recorded: it vouches for nothing, and its ballot is not signed off.
    let data = folder.join("almaty-3/review.json");
    let original = fs::read(&data).unwrap();
    fs::write(&data, [&original[..], b" "].concat()).unwrap();
    let status = run(dir.path(), &["review", "status", "out/kz-2023-mazhilis"]);
    assert!(stdout(&status).lines().any(|l| l.starts_with("almaty-3: 0 OK") && l.ends_with("NOT signed off")), "{}", stdout(&status));
    fs::write(&data, &original).unwrap();

    // One name fixed and rebuilt: only its new phrases are to hear again.
    let ballot = dir.path().join("e/districts/zhambyl-15.yaml");
    let text = fs::read_to_string(&ballot).unwrap();
    assert!(text.contains("Нурлан Кайратович"));
    fs::write(&ballot, text.replace("Нурлан Кайратович", "Нурлан Каиратович")).unwrap();
    let rebuilt = run(dir.path(), &["build", "e", "--out", "out", "--quiet"]);
    assert!(rebuilt.status.success(), "{}", stderr(&rebuilt));
    let status = run(dir.path(), &["review", "status", "out/kz-2023-mazhilis"]);
    let out = stdout(&status);
    let line = out.lines().find(|l| l.starts_with("phrases: ")).unwrap();
    let total = phrase_rows(&folder).len();
    assert!(line.starts_with(&format!("phrases: {} of {total} reviewed", total - 1)), "one new phrase, the rest still reviewed: {out}");
    // The rebuilt ballot's other tracks keep their OK; the phrase files of old audio are gone.
    assert!(out.lines().any(|l| l.starts_with("zhambyl-15:") && l.contains("1 unmarked")), "{out}");
    assert_eq!(fs::read_dir(folder.join("review/phrases")).unwrap().count(), total);

    // Hashes once checked are remembered by the files' stamps (once over a
    // second old), not trusted by size: a phrase's audio or review data
    // rewritten since, at the same length, is hashed again.
    std::thread::sleep(std::time::Duration::from_millis(1100));
    assert!(run(dir.path(), &["build", "e", "--out", "out", "--quiet"]).status.success());
    let records = dir.path().join("out/.locks");
    let ballots = fs::read_dir(&folder).unwrap().filter(|e| e.as_ref().unwrap().path().join("review.json").is_file()).count();
    for (record, files) in [("kz-2023-mazhilis.phrase-audio.verified", total), ("kz-2023-mazhilis.review-data.verified", ballots)] {
        let text = fs::read_to_string(records.join(record)).unwrap_or_default();
        assert_eq!(text.lines().count(), files, "{record}: {text:?}");
    }
    let phrase = fs::read_dir(folder.join("review/phrases")).unwrap().next().unwrap().unwrap().path();
    let good = fs::read(&phrase).unwrap();
    let mut bad = good.clone();
    bad[good.len() / 2] ^= 0xff;
    // Damaged in place, its modification time set back: only the change time tells.
    let modified = fs::metadata(&phrase).unwrap().modified().unwrap();
    fs::write(&phrase, &bad).unwrap();
    fs::File::options().write(true).open(&phrase).unwrap().set_modified(modified).unwrap();
    let data = folder.join("almaty-3/review.json");
    let status = run(dir.path(), &["review", "status", "out/kz-2023-mazhilis"]);
    assert!(stdout(&status).lines().any(|l| l.starts_with("almaty-3:") && l.ends_with(" signed off") && !l.ends_with("NOT signed off")), "{}", stdout(&status));
    let original = fs::read_to_string(&data).unwrap();
    let edited = original.replacen("\"milliseconds\": 1", "\"milliseconds\": 2", 1);
    assert!(edited != original && edited.len() == original.len());
    let modified = fs::metadata(&data).unwrap().modified().unwrap();
    fs::write(&data, edited).unwrap();
    fs::File::options().write(true).open(&data).unwrap().set_modified(modified).unwrap();
    let status = run(dir.path(), &["review", "status", "out/kz-2023-mazhilis"]);
    assert!(stdout(&status).lines().any(|l| l.starts_with("almaty-3: 0 OK") && l.ends_with("NOT signed off")), "{}", stdout(&status));
    fs::write(&data, original).unwrap();
    assert!(run(dir.path(), &["build", "e", "--out", "out", "--quiet"]).status.success());
    assert_eq!(fs::read(&phrase).unwrap(), good, "cut again from its track");
    // Read where no build keeps its records (a copy, as a package is): nothing is written beside it.
    copy_dir(&folder, &dir.path().join("copy/kz-2023-mazhilis"));
    assert!(run(dir.path(), &["review", "status", "copy/kz-2023-mazhilis"]).status.code().is_some());
    assert!(!dir.path().join("copy/.locks").exists());
}

fn import_into(dir: &Path, folder: &str, name: &str, text: &str) -> std::process::Output {
    fs::write(dir.join(name), text).unwrap();
    run(dir, &["review", "import", folder, name])
}
