//! The library's public interface on extreme but valid input: every
//! material renders, and every file starts as its format requires.

use ballot_access::definition::{load_from_texts, Loaded};
use ballot_access::render::RenderContext;
use crate::common::root;

fn base_election() -> String {
    std::fs::read_to_string(root().join("tests/corpus/base/election.yaml")).unwrap()
}

fn loaded(election: &str, ballot: &str) -> Loaded {
    let loaded = load_from_texts(election, &[("b.yaml", ballot)]);
    assert!(!loaded.diagnostics.has_errors(), "{:?}", loaded.diagnostics);
    loaded
}

#[test]
fn renderers_never_fail_on_extreme_valid_input() {
    ballot_access::speech::worker::set_program(env!("CARGO_BIN_EXE_ballot-access").into());
    let ballot = std::fs::read_to_string(root().join("tests/corpus/extreme/ballot.yaml")).unwrap();
    let loaded = loaded(&base_election(), &ballot);
    let election = &loaded.elections[0];
    let ballot = &election.ballots[0];
    for renderer in ballot_access::materials::all() {
        let files = renderer
            .render(&RenderContext::default(), &election.info, ballot)
            .expect("renders");
        let magic: [(&str, &[u8]); 7] = [
            (".pdf", b"%PDF"),
            (".pef", b"<?xml"),
            (".svg", b"<?xml"),
            (".mp3", b"ID3"),
            (".m3u8", b"#EXTM3U"),
            (".txt", b"00 ["),
            (".png", b"\x89PNG"),
        ];
        for file in &files.files {
            let expected = magic.iter().find(|(ext, _)| file.name.ends_with(ext)).map(|(_, m)| *m);
            match expected {
                Some(m) => assert!(file.bytes.starts_with(m), "{}", file.name),
                None => assert!(file.name.ends_with(".brf") && !file.bytes.is_empty(), "{}", file.name),
            }
        }
        assert!(!files.files.is_empty());
    }
}

#[test]
fn an_election_builds_through_the_library_with_the_example_program() {
    // `cargo test` builds the examples beside the binary.
    let bin = std::path::Path::new(env!("CARGO_BIN_EXE_ballot-access"));
    let example = bin.parent().unwrap().join("examples").join("build_election");
    assert!(example.is_file(), "{} is missing: run `cargo test`, which builds the examples", example.display());
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("e")).unwrap();
    for file in ["election.yaml", "ballot.yaml"] {
        std::fs::copy(root().join("tests/corpus/base").join(file), dir.path().join("e").join(file)).unwrap();
    }
    let output = std::process::Command::new(&example).args(["e", "out"]).current_dir(dir.path()).env_remove("SOURCE_DATE_EPOCH").output().unwrap();
    let (stdout, stderr) = (String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    assert!(output.status.success(), "{stdout}\n{stderr}");
    // Its own progress receiver heard the ballot; its speech workers were itself.
    assert!(stdout.contains("1: test-election/district-1"), "{stdout}");
    assert!(stdout.contains("built 1, skipped 0, failed 0"), "{stdout}");
    let manifest = ballot_access::output::manifest::Manifest::read(&dir.path().join("out/test-election/manifest.json")).expect("a manifest");
    assert!(manifest.outputs.iter().any(|o| o.path.ends_with("audio/kk/ballot.mp3")), "the audio was built");
    // The command line builds the same bytes.
    let cli = crate::common::run(dir.path(), &["build", "e", "--out", "cli", "--quiet"]);
    assert!(cli.status.success());
    assert_eq!(crate::common::snapshot(&dir.path().join("out/test-election")), crate::common::snapshot(&dir.path().join("cli/test-election")));
    // Invalid input: the errors, located, and nothing written.
    std::fs::write(dir.path().join("e/ballot.yaml"), "id: [").unwrap();
    let output = std::process::Command::new(&example).args(["e", "bad"]).current_dir(dir.path()).output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("ballot.yaml:1:"), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(!dir.path().join("bad").exists());
}
