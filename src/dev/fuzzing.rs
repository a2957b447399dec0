//! Entry points of the fuzz targets in `fuzz/`, kept in the library so that
//! `tests/fuzz_corpus.rs` replays their corpus on the stable toolchain.
//!
//! Each takes arbitrary bytes and panics only when a promise is broken: a
//! definition is either rejected with located diagnostics or accepted and then
//! rendered by every non-audio renderer without error; braille wrapping never
//! loses, reorders or overflows cells.

use crate::braille::{self, BLANK};
use crate::materials::embosser::emboss;
use crate::model::Lang;
use crate::render::RenderContext;

/// Separates `election.yaml` from the ballot file in a definition input.
pub const FILE_SEPARATOR: &[u8] = b"\n=====\n";

/// The election a ballot-only input is checked against.
pub const EXAMPLE_ELECTION: &str = include_str!("../../ballots/kz-2023-mazhilis/election.yaml");

/// Loads `data` as a definition (`election.yaml`, [`FILE_SEPARATOR`], ballot;
/// or a ballot alone, under [`EXAMPLE_ELECTION`]) and renders what validates.
pub fn definition(data: &[u8]) {
    let (election, ballot) = match find(data, FILE_SEPARATOR) {
        Some(at) => (&data[..at], &data[at + FILE_SEPARATOR.len()..]),
        None => (EXAMPLE_ELECTION.as_bytes(), data),
    };
    let loaded = crate::definition::load_from_bytes(election, &[("ballot.yaml", ballot)]);
    if loaded.diagnostics.has_errors() {
        assert!(loaded.elections.is_empty(), "rejected input still produced an election");
        for d in &loaded.diagnostics.0 {
            assert!(!d.message.to_string().is_empty(), "diagnostic without a message");
            assert!(d.file.is_some(), "diagnostic without a file: {}", d.message);
        }
        return;
    }
    render_without_audio(&loaded.elections);
}

/// Renders every material but audio (which needs the speech worker program)
/// and fails on any renderer error: accepted input must always render.
pub fn render_without_audio(elections: &[crate::model::Election]) {
    let context = RenderContext::default();
    for election in elections {
        for ballot in &election.ballots {
            for renderer in crate::materials::all().iter().filter(|r| r.name() != "audio") {
                let rendered = renderer
                    .render(&context, &election.info, ballot)
                    .unwrap_or_else(|e| panic!("{} failed on an accepted ballot: {e}", renderer.name()));
                assert!(!rendered.files.is_empty(), "{} produced no files", renderer.name());
            }
            // The speech script is text only; the audio renderer's synthesis is not run here.
            for &lang in &election.info.languages {
                let script = crate::materials::audio::script::script(&election.info, ballot, lang);
                assert!(!script.is_empty(), "empty speech script");
            }
        }
    }
}

/// Translates text to braille (first byte: language and line width) and wraps
/// it as the embosser layout does, then puts it into a ballot as a candidate's
/// name and runs [`definition`] on that.
pub fn braille_layout(data: &[u8]) {
    let Some((&first, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    if text.chars().count() > 2000 {
        return;
    }
    let lang = if first & 1 == 0 { Lang::Kk } else { Lang::Ru };
    let width = 10 + usize::from(first >> 1) % 51; // the braille page's 10..=60 cells
    let indent = usize::from(first >> 6);
    if let Ok(cells) = braille::translate(text, lang) {
        let lines = emboss::wrap(&cells, width, indent, indent);
        for line in &lines {
            assert!(line.chars().count() <= width, "line of {} cells is wider than {width}", line.chars().count());
        }
        let words = |s: &str| s.chars().filter(|&c| c != BLANK && c != emboss::HYPHEN).collect::<String>();
        let original: String = words(&cells);
        let wrapped: String = lines.iter().map(|l| words(l)).collect();
        assert_eq!(original, wrapped, "wrapping lost or reordered cells");
        let _ = braille::check_round_trip(text, lang);
    }
    let name = serde_json::to_string(text).unwrap_or_default();
    let ballot = format!(
        "id: fuzz\nconstituency:\n  name: {{ kk: Сынақ, ru: Тест }}\ncontest:\n  kind: candidates\n  title: {{ kk: Кандидаттар, ru: Кандидаты }}\n  instructions: {{ kk: Белгі қойыңыз, ru: Поставьте отметку }}\n  options:\n    - name: {{ kk: {name}, ru: {name} }}\n    - name: {{ kk: Асқар Мұратұлы, ru: Аскар Муратович }}\n"
    );
    definition(ballot.as_bytes());
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}
