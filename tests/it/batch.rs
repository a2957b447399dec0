//! Batch building: unchanged ballots are skipped, changed ones rebuilt,
//! `--only` selects, one failing ballot does not stop the others.

use std::fs;
use std::path::Path;

use ballot_access::definition::filter::glob_match;
use ballot_access::output::manifest::Manifest;
use crate::common::{root, run, snapshot, stderr};

/// The base ballot as constituency `n` with id `id`.
fn numbered(ballot: &str, id: &str, n: usize) -> String {
    ballot.replace("district-1", id).replace("number: 1", &format!("number: {n}")).replace("№ 1", &format!("№ {n}"))
}

/// An election of three small ballots in `dir/e`.
fn election(dir: &Path) {
    let base = root().join("tests/corpus/base");
    fs::create_dir_all(dir.join("e/north")).unwrap();
    fs::copy(base.join("election.yaml"), dir.join("e/election.yaml")).unwrap();
    let ballot = fs::read_to_string(base.join("ballot.yaml")).unwrap();
    for (n, (file, id)) in [("a.yaml", "district-1"), ("b.yaml", "district-2"), ("north/c.yaml", "north-3")].into_iter().enumerate() {
        fs::write(dir.join("e").join(file), numbered(&ballot, id, n + 1)).unwrap();
    }
}

fn build(dir: &Path, extra: &[&str]) -> String {
    let mut args = vec!["build", "e", "--out", "out"];
    args.extend(extra);
    let output = run(dir, &args);
    assert!(output.status.success(), "{}", stderr(&output));
    stderr(&output)
}

#[test]
fn the_clip_cache_can_live_outside_the_output_folder() {
    let dir = tempfile::tempdir().unwrap();
    election(dir.path());
    let log = build(dir.path(), &["--cache", "speech-cache"]);
    assert!(log.contains("built 3 ballots"), "{log}");
    assert!(!dir.path().join("out/.cache").exists(), "the cache went into the output folder");
    assert!(dir.path().join("speech-cache/clips").is_dir());
    // Another output folder, the same cache: nothing is synthesised again.
    let output = run(dir.path(), &["build", "e", "--out", "out2", "--cache", "speech-cache"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stderr(&output).contains("audio clips: 0 synthesised"), "{}", stderr(&output));
    // What comes from the cache is what was built: the same bytes.
    assert_eq!(snapshot(&dir.path().join("out/test-election")), snapshot(&dir.path().join("out2/test-election")));
    // The cache keeps encoded clips with their facts (one file each), never raw PCM.
    let mut kinds = std::collections::BTreeSet::new();
    let mut stack = vec![dir.path().join("speech-cache")];
    while let Some(folder) = stack.pop() {
        for entry in fs::read_dir(folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() { stack.push(path); } else { kinds.insert(path.extension().unwrap().to_string_lossy().into_owned()); }
        }
    }
    assert_eq!(kinds, ["clip".to_owned()].into(), "cache files: {kinds:?}");
}

#[test]
fn unchanged_ballots_are_skipped_and_changed_ones_rebuilt() {
    let dir = tempfile::tempdir().unwrap();
    election(dir.path());
    assert!(build(dir.path(), &[]).contains("built 3 ballots, skipped 0 unchanged"));
    let first = snapshot(&dir.path().join("out/test-election"));
    assert!(build(dir.path(), &[]).contains("built 0 ballots, skipped 3 unchanged"));
    assert_eq!(snapshot(&dir.path().join("out/test-election")), first);

    let b = dir.path().join("e/b.yaml");
    let sheet = dir.path().join("out/test-election/print-plan.pdf");
    let sheet_file = || std::os::unix::fs::MetadataExt::ino(&fs::metadata(&sheet).unwrap());
    let sheet_before = sheet_file();
    fs::write(&b, fs::read_to_string(&b).unwrap().replace("АЛИЕВ Гани", "АЛИЕВ Ганиұлы")).unwrap();
    let log = build(dir.path(), &[]);
    assert!(log.contains("built 1 ballot, skipped 2 unchanged"), "{log}");
    // A new name changes the proof id, which the job sheet does not show: not drawn again.
    assert_eq!(sheet_file(), sheet_before, "the job sheet was written again");
    let after = snapshot(&dir.path().join("out/test-election"));
    for (path, bytes) in &after {
        let changed = first.get(path) != Some(bytes);
        let expected = path.starts_with("district-2") || path.ends_with("manifest.json") || path.ends_with("print-plan.csv") || path.starts_with("review");
        assert!(!changed || expected, "{} changed", path.display());
    }
    assert_ne!(first.get(Path::new("district-2/large-print-ru.pdf")), after.get(Path::new("district-2/large-print-ru.pdf")));

    // A deleted output makes its ballot current no longer.
    fs::remove_file(dir.path().join("out/test-election/north-3/stencil-kk.svg")).unwrap();
    assert!(build(dir.path(), &[]).contains("built 1 ballot, skipped 2 unchanged"));
    assert!(dir.path().join("out/test-election/north-3/stencil-kk.svg").exists());
    assert!(build(dir.path(), &["--force"]).contains("built 3 ballots, skipped 0 unchanged"));
}

#[test]
fn only_selects_by_id_or_file_and_keeps_the_others_in_the_manifest() {
    let dir = tempfile::tempdir().unwrap();
    election(dir.path());
    assert!(build(dir.path(), &["--only", "north/*"]).contains("built 1 ballot,"));
    assert!(dir.path().join("out/test-election/north-3").exists());
    assert!(!dir.path().join("out/test-election/district-1").exists());
    assert!(build(dir.path(), &["--only", "district-?"]).contains("built 2 ballots"));
    let manifest = Manifest::read(&dir.path().join("out/test-election/manifest.json")).unwrap();
    assert_eq!(manifest.ballot_ids(), ["district-1", "district-2", "north-3"]);
    let none = run(dir.path(), &["build", "e", "--out", "out", "--only", "south-*"]);
    assert_eq!(none.status.code(), Some(1));
    assert!(stderr(&none).contains("no ballot id or file matches"));
}

#[test]
fn one_failing_ballot_does_not_stop_the_others() {
    let dir = tempfile::tempdir().unwrap();
    election(dir.path());
    // A file where district-2's output folder should be: its writes fail.
    fs::create_dir_all(dir.path().join("out/test-election")).unwrap();
    fs::write(dir.path().join("out/test-election/district-2"), "in the way").unwrap();
    let output = run(dir.path(), &["build", "e", "--out", "out"]);
    assert_eq!(output.status.code(), Some(1));
    let log = stderr(&output);
    assert!(log.contains("ballot test-election/district-2 failed in write"), "{log}");
    assert!(log.contains("built 2 ballots") && log.contains("1 failed"), "{log}");
    let manifest = Manifest::read(&dir.path().join("out/test-election/manifest.json")).unwrap();
    assert_eq!(manifest.ballot_ids(), ["district-1", "north-3"]);
    for output in &manifest.outputs {
        assert!(dir.path().join("out/test-election").join(&output.path).is_file(), "{}", output.path);
    }
}

#[test]
fn jobs_1_and_jobs_2_give_identical_output() {
    let dir = tempfile::tempdir().unwrap();
    election(dir.path());
    for (jobs, out) in [("1", "one"), ("2", "two")] {
        let output = run(dir.path(), &["build", "e", "--out", out, "--jobs", jobs, "--quiet"]);
        assert!(output.status.success(), "{}", stderr(&output));
    }
    let one = snapshot(&dir.path().join("one/test-election"));
    assert!(one.len() > 20);
    assert_eq!(one, snapshot(&dir.path().join("two/test-election")));
}

#[test]
fn globs() {
    assert!(glob_match("zhambyl-*", "zhambyl-15"));
    assert!(glob_match("*-1?", "almaty-12"));
    assert!(!glob_match("*-1?", "almaty-1"));
    assert!(glob_match("districts/*.yaml", "districts/a.yaml"));
    assert!(glob_match("*", ""));
    assert!(!glob_match("a*b", "ac"));
}

#[test]
fn review_pages_of_unchanged_ballots_are_not_rewritten_and_removed_ballots_lose_theirs() {
    // More ballots than fit on one review page: one page per ballot.
    let dir = tempfile::tempdir().unwrap();
    let base = root().join("tests/corpus/base");
    fs::create_dir_all(dir.path().join("e")).unwrap();
    fs::copy(base.join("election.yaml"), dir.path().join("e/election.yaml")).unwrap();
    let ballot = fs::read_to_string(base.join("ballot.yaml")).unwrap();
    let count = ballot_access::review::ONE_PAGE_MAX_BALLOTS + 2;
    for n in 1..=count {
        fs::write(dir.path().join(format!("e/d{n}.yaml")), numbered(&ballot, &format!("d-{n}"), n)).unwrap();
    }
    build(dir.path(), &["--quiet"]);
    let folder = dir.path().join("out/test-election");
    let review = folder.join("review");
    let modified = |name: &str| fs::metadata(review.join(name)).unwrap().modified().unwrap();
    let pages: Vec<_> = (1..=count).map(|n| format!("d-{n}.html")).collect();
    let before: Vec<_> = pages.iter().map(|p| modified(p)).collect();
    let index = fs::read_to_string(review.join("index.html")).unwrap();
    assert!(pages.iter().all(|p| index.contains(&format!("href=\"{p}\""))));
    // Each ballot's review data is an output with its hash, and the page shows its tracks.
    let manifest = Manifest::read(&folder.join("manifest.json")).unwrap();
    assert!(manifest.outputs.iter().any(|o| o.path == "d-1/review.json"));
    let data = ballot_access::review::BallotReview::read(&folder, "d-1");
    assert!(!data.tracks.is_empty() && !data.braille_checks.is_empty());
    assert_eq!(manifest.ballots[0].tracks.values().sum::<usize>(), data.tracks.len());
    let page = fs::read_to_string(review.join("d-1.html")).unwrap();
    assert_eq!(page.matches("<tr data-ballot=").count(), data.tracks.len());

    std::thread::sleep(std::time::Duration::from_millis(20));
    let d2 = dir.path().join("e/d2.yaml");
    fs::write(&d2, fs::read_to_string(&d2).unwrap().replace("АЛИЕВ Гани", "АЛИЕВ Ганиұлы")).unwrap();
    fs::remove_file(dir.path().join("e/d3.yaml")).unwrap();
    build(dir.path(), &["--quiet"]);
    for (n, page) in pages.iter().enumerate().map(|(i, p)| (i + 1, p)) {
        match n {
            2 => assert_ne!(modified(page), before[1], "{page} not rewritten"),
            3 => assert!(!review.join(page).exists(), "{page} of a removed ballot remains"),
            _ => assert_eq!(modified(page), before[n - 1], "{page} rewritten"),
        }
    }
    assert!(fs::read_to_string(review.join("d-2.html")).unwrap().contains("АЛИЕВ Ганиұлы"));
    assert!(!fs::read_to_string(review.join("index.html")).unwrap().contains("d-3.html"));
}
