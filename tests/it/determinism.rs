//! Determinism: two builds of the same input into different folders give
//! byte-identical files (PDFs, MP3 tags, previews, manifests, review pages),
//! for every example election, with and without SOURCE_DATE_EPOCH, whatever
//! `--jobs`, and whether or not the clip cache was warm.

use std::path::Path;

use crate::common::{root, run_with_env, snapshot, stderr};

fn build(dir: &Path, election: &Path, out: &str, jobs: &str, epoch: Option<&str>, only: Option<&str>) {
    let mut args = vec!["build", election.to_str().unwrap(), "--out", out, "--quiet", "--jobs", jobs];
    if let Some(glob) = only {
        args.extend(["--only", glob]);
    }
    let env: Vec<(&str, &str)> = epoch.map(|e| ("SOURCE_DATE_EPOCH", e)).into_iter().collect();
    let output = run_with_env(dir, &args, &env);
    assert!(output.status.success(), "{}", stderr(&output));
}

fn files(dir: &Path) -> std::collections::BTreeMap<std::path::PathBuf, Vec<u8>> {
    snapshot(dir).into_iter().filter(|(p, _)| !p.starts_with(".cache")).collect()
}

#[test]
fn every_example_election_builds_byte_identically() {
    let elections: Vec<_> = std::fs::read_dir(root().join("ballots")).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()).collect();
    assert!(elections.len() >= 2);
    for election in elections {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        build(d, &election, "a", "1", Some("1700000000"), None);
        // Different folder, two jobs, the cache warmed by a partial build first.
        build(d, &election, "b", "2", Some("1700000000"), Some("*r*"));
        build(d, &election, "b", "2", Some("1700000000"), None);
        let (a, b) = (files(&d.join("a")), files(&d.join("b")));
        assert!(a.len() > 20, "{}", election.display());
        assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
        for (path, bytes) in &a {
            assert!(&b[path] == bytes, "{} differs between builds of {}", path.display(), election.display());
        }
        // Without SOURCE_DATE_EPOCH the files carry no date, and still agree.
        build(d, &election, "c", "2", None, None);
        build(d, &election, "e", "1", None, None);
        assert!(files(&d.join("c")) == files(&d.join("e")), "{} differs without SOURCE_DATE_EPOCH", election.display());
        let pdf = a.iter().find(|(p, _)| p.extension().is_some_and(|e| e == "pdf")).unwrap().1;
        assert!(String::from_utf8_lossy(pdf).contains("D:20231114"), "SOURCE_DATE_EPOCH not used");
    }
}
