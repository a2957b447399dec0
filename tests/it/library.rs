//! The library's public interface on extreme but valid input: every
//! material renders, and every file starts as its format requires.

use ballot_access::definition::{load_from_texts, Loaded};
use ballot_access::render::RenderContext;
use crate::common::root;

fn base_election() -> String {
    std::fs::read_to_string(root().join("tests/corpus/base/election.yaml")).unwrap()
}

fn base_ballot() -> String {
    std::fs::read_to_string(root().join("tests/corpus/base/ballot.yaml")).unwrap()
}

fn loaded(election: &str, ballot: &str) -> Loaded {
    let loaded = load_from_texts(election, &[("b.yaml", ballot)]);
    assert!(!loaded.diagnostics.has_errors(), "{:?}", loaded.diagnostics);
    loaded
}

#[test]
fn renderers_never_fail_on_extreme_valid_input() {
    ballot_access::speech::worker::set_program(env!("CARGO_BIN_EXE_ballot-access").into());
    // 60 options on a tall sheet, a 300-letter unbroken name, a details line at the 2,000-character limit.
    let mut options = String::new();
    for i in 0..60 {
        let name = if i == 0 {
            "Ә".repeat(300)
        } else {
            format!("КАНДИДАТ {i} Ұлан")
        };
        options.push_str(&format!("    - name: {{ kk: {name}, ru: {name} }}\n"));
        if i == 0 {
            // The stencil needs a short label for a name this long.
            options.push_str("      label: { kk: Ә, ru: Ә }\n");
        }
        if i == 1 {
            let details = "өте ұзақ мәлімет ".repeat(117);
            options.push_str(&format!(
                "      details: {{ kk: {details}, ru: {details} }}\n"
            ));
        }
    }
    let ballot = base_ballot()
        .split("  options:\n")
        .next()
        .unwrap()
        .to_owned()
        + "  options:\n"
        + &options
        + "paper:\n  height_mm: 1200\n";
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
