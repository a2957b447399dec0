//! Library-level tests: fonts, dates, locations, wrapping, and renderers on
//! extreme but valid input.

mod common;

use ballot_access::definition::source::{SourceFile, SpanIndex};
use ballot_access::definition::validate::parse_date;
use ballot_access::definition::{load_from_texts, Loaded};
use ballot_access::diag::{closest, FieldPath, Position};
use ballot_access::fonts::{self, Weight};
use ballot_access::model::Lang;
use ballot_access::print::layout::{layout, wrap, Role};
use ballot_access::render::{all_renderers, RenderContext};
use common::root;

const KAZAKH_LETTERS: &str =
    "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯаәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";

#[test]
fn noto_sans_has_every_kazakh_letter_in_both_weights() {
    for weight in [Weight::Regular, Weight::Bold] {
        let noto = fonts::faces(weight)[0];
        assert!(noto.file.starts_with("NotoSans"));
        for ch in KAZAKH_LETTERS.chars().chain("«»№–—".chars()) {
            assert!(noto.has_glyph(ch), "{} lacks {ch:?}", noto.file);
        }
    }
    // Text in Kazakh is drawn in one run of the primary face: no fallback needed.
    let runs = fonts::runs(KAZAKH_LETTERS, Weight::Bold);
    assert_eq!(runs.len(), 1);
    assert!(!fonts::is_printable('漢'));
}

#[test]
fn fallback_face_draws_what_noto_lacks() {
    let ch = '⚖'; // U+2696, in DejaVu Sans but not in Noto Sans
    assert!(!fonts::faces(Weight::Regular)[0].has_glyph(ch));
    let runs = fonts::runs(&format!("Таразы {ch}"), Weight::Regular);
    assert_eq!(
        runs.iter().map(|(f, _)| f.file).collect::<Vec<_>>(),
        ["NotoSans-Regular.ttf", "DejaVuSans.ttf"]
    );
}

#[test]
fn bundled_font_files_match_the_fonts_folder() {
    for face in fonts::all_faces() {
        let on_disk = std::fs::read(root().join("fonts").join(face.file)).unwrap();
        assert_eq!(on_disk, face.data, "{}", face.file);
    }
    let licences = std::fs::read_dir(root().join("fonts"))
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with("LICENSE")
        })
        .count();
    assert_eq!(licences, 2);
}

#[test]
fn dates_must_exist() {
    assert_eq!(
        parse_date("2023-03-19").map(|d| d.to_string()),
        Some("2023-03-19".into())
    );
    assert!(parse_date("2024-02-29").is_some());
    for bad in [
        "2023-02-29",
        "2023-02-30",
        "2023-13-01",
        "2023-04-31",
        "2023-00-10",
        "19-03-2023",
        "2023-3-19",
        "",
        "1800-01-01",
    ] {
        assert!(parse_date(bad).is_none(), "{bad} accepted");
    }
}

#[test]
fn field_paths_print_and_parse() {
    let path = FieldPath::root()
        .key("contest")
        .key("options")
        .index(2)
        .key("name")
        .key("ru");
    assert_eq!(path.to_string(), "contest.options[2].name.ru");
    assert_eq!(FieldPath::parse("contest.options[2].name.ru"), path);
    assert_eq!(
        closest("titel", ["kind", "title", "options"]),
        Some("title")
    );
    assert_eq!(closest("de", ["kk", "ru"]), None);
}

#[test]
fn span_index_finds_block_and_flow_fields() {
    let text = "id: a\ncontest:\n  options:\n    - name: { kk: Бір, ru: Один }\n    - name:\n        kk: Екі\n";
    let spans = SpanIndex::build(text).unwrap();
    let options = FieldPath::root().key("contest").key("options");
    assert_eq!(
        spans.value(&options.index(0).key("name").key("ru")),
        Position {
            line: 4,
            column: 28
        }
    );
    assert_eq!(
        spans.value(&options.index(1).key("name").key("kk")),
        Position {
            line: 6,
            column: 13
        }
    );
    assert_eq!(
        spans.key(&options.index(1).key("name")),
        Position { line: 5, column: 7 }
    );
    // A missing field falls back to its nearest parent.
    assert_eq!(
        spans.value(&options.index(1).key("name").key("ru")),
        Position { line: 6, column: 9 }
    );
    let source = SourceFile::new("x.yaml".into(), text.into());
    assert_eq!(
        source.position_of(source.offset_of(Position {
            line: 4,
            column: 28
        })),
        Position {
            line: 4,
            column: 28
        }
    );
}

#[test]
fn wrapping_keeps_every_word_and_respects_the_width() {
    let text = "Народно-демократическая патриотическая партия «Ауыл» и очень длинное название";
    let lines = wrap(text, Weight::Bold, 20.0, 300.0);
    assert!(lines.len() > 1);
    assert_eq!(lines.join(" "), text);
    for line in &lines {
        assert!(
            fonts::text_width(line, Weight::Bold, 20.0) <= 300.0,
            "{line}"
        );
    }
    let long_word = "Ә".repeat(200);
    let broken = wrap(&long_word, Weight::Regular, 18.0, 200.0);
    assert_eq!(broken.concat(), long_word);
}

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
    for lang in [Lang::Kk, Lang::Ru] {
        let layout = layout(&election.info, ballot, lang);
        let mut numbers: Vec<usize> = layout
            .pages
            .iter()
            .flat_map(|p| p.blocks.iter())
            .filter_map(|b| {
                if let Role::Option(n) = b.role {
                    Some(n)
                } else {
                    None
                }
            })
            .collect();
        numbers.dedup();
        assert_eq!(numbers, (1..=60).collect::<Vec<_>>());
        for page in &layout.pages {
            for line in page.blocks.iter().flat_map(|b| b.lines.iter()) {
                assert!(
                    line.baseline > 0.0 && line.baseline < layout.size.1 - 30.0,
                    "{line:?}"
                );
            }
        }
    }
    for renderer in all_renderers() {
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
fn proof_id_changes_with_content_and_only_with_content() {
    let a = loaded(&base_election(), &base_ballot());
    let b = loaded(&base_election(), &base_ballot().replace("# ", "# comment "));
    let c = loaded(
        &base_election(),
        &base_ballot().replace("АЛИЕВ Гани", "АЛИЕВ Ганн"),
    );
    let id = |l: &Loaded| l.elections[0].ballots[0].proof_id.clone();
    assert_eq!(id(&a).len(), 8);
    assert_eq!(id(&a), id(&b));
    assert_ne!(id(&a), id(&c));
}
