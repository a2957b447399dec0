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
