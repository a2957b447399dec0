//! The bundled fonts: Noto Sans with DejaVu Sans as fallback, compiled into
//! the binary so output never depends on the machine's fonts.
//!
//! Text is measured here with `skrifa`; the same faces are handed to krilla
//! for drawing, so measured and drawn widths agree.

use std::sync::OnceLock;

use serde::Serialize;
use skrifa::instance::{LocationRef, Size};
use skrifa::string::StringId;
use skrifa::{FontRef, MetadataProvider};

use crate::util::hash::sha256_hex;

/// A font weight used in the materials.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Weight {
    /// Body text.
    Regular,
    /// Headings and names.
    Bold,
}

/// One bundled font file.
pub struct Face {
    /// File name under `fonts/`.
    pub file: &'static str,
    /// The font file's bytes.
    pub data: &'static [u8],
    krilla: OnceLock<krilla::text::Font>,
    /// Parsed once: layouts ask which face has a character thousands of times.
    parsed: OnceLock<Parsed>,
}

/// A face's tables, parsed once: layouts measure text thousands of times.
struct Parsed {
    font: FontRef<'static>,
    charmap: skrifa::charmap::Charmap<'static>,
    /// Advances in font units.
    metrics: skrifa::metrics::GlyphMetrics<'static>,
    units_per_em: f32,
}

impl std::fmt::Debug for Face {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Face").field("file", &self.file).finish_non_exhaustive()
    }
}

impl Face {
    const fn new(file: &'static str, data: &'static [u8]) -> Face {
        Face {
            file,
            data,
            krilla: OnceLock::new(),
            parsed: OnceLock::new(),
        }
    }

    /// The face parsed by skrifa.
    pub fn font_ref(&self) -> FontRef<'static> {
        self.parsed().font.clone()
    }

    fn parsed(&self) -> &Parsed {
        self.parsed.get_or_init(|| {
            // The bundled files are known-good fonts; a test loads each one.
            let font = FontRef::new(self.data).expect("bundled font parses");
            let charmap = font.charmap();
            let metrics = font.glyph_metrics(Size::unscaled(), LocationRef::default());
            let units_per_em = f32::from(font.metrics(Size::unscaled(), LocationRef::default()).units_per_em.max(1));
            Parsed { font, charmap, metrics, units_per_em }
        })
    }

    /// Whether the face has a glyph for the character.
    pub fn has_glyph(&self, ch: char) -> bool {
        self.parsed().charmap.map(ch).is_some_and(|g| g.to_u32() != 0)
    }

    /// Advance width of a run of text in points at the given size.
    pub fn width(&self, text: &str, size_pt: f32) -> f32 {
        let parsed = self.parsed();
        let units: f32 = text.chars().filter_map(|c| parsed.charmap.map(c)).filter_map(|g| parsed.metrics.advance_width(g)).sum();
        units * size_pt / parsed.units_per_em
    }

    /// A run's glyphs for krilla, one per character at its advance (in ems),
    /// placed as [`Face::width`] measures them: no shaping, whose per-call
    /// plan made the print plan of a national election take seconds.
    pub fn krilla_glyphs(&self, text: &str) -> Vec<krilla::text::KrillaGlyph> {
        let Parsed { charmap, metrics, units_per_em, .. } = self.parsed();
        text.char_indices()
            .map(|(at, c)| {
                let glyph = charmap.map(c).unwrap_or_default();
                let advance = metrics.advance_width(glyph).unwrap_or(0.0) / units_per_em;
                krilla::text::KrillaGlyph::new(krilla::text::GlyphId::new(glyph.to_u32()), advance, 0.0, 0.0, 0.0, at..at + c.len_utf8(), None)
            })
            .collect()
    }

    /// The face as a krilla font, loaded once per process.
    pub fn krilla(&self) -> krilla::text::Font {
        self.krilla
            .get_or_init(|| {
                krilla::text::Font::new(self.data.into(), 0).expect("bundled font loads in krilla")
            })
            .clone()
    }

    fn name_string(&self, id: StringId) -> String {
        self.font_ref()
            .localized_strings(id)
            .english_or_first()
            .map(|s| s.chars().collect())
            .unwrap_or_default()
    }
}

static NOTO_REGULAR: Face = Face::new(
    "NotoSans-Regular.ttf",
    include_bytes!("../../fonts/NotoSans-Regular.ttf"),
);
static NOTO_BOLD: Face = Face::new(
    "NotoSans-Bold.ttf",
    include_bytes!("../../fonts/NotoSans-Bold.ttf"),
);
static DEJAVU_REGULAR: Face =
    Face::new("DejaVuSans.ttf", include_bytes!("../../fonts/DejaVuSans.ttf"));
static DEJAVU_BOLD: Face = Face::new(
    "DejaVuSans-Bold.ttf",
    include_bytes!("../../fonts/DejaVuSans-Bold.ttf"),
);

/// Every bundled face.
pub fn all_faces() -> [&'static Face; 4] {
    [&NOTO_REGULAR, &NOTO_BOLD, &DEJAVU_REGULAR, &DEJAVU_BOLD]
}

/// The faces for a weight: primary first, then fallback.
pub fn faces(weight: Weight) -> [&'static Face; 2] {
    match weight {
        Weight::Regular => [&NOTO_REGULAR, &DEJAVU_REGULAR],
        Weight::Bold => [&NOTO_BOLD, &DEJAVU_BOLD],
    }
}

/// Whether a character can be printed in both weights by some bundled face.
pub fn is_printable(ch: char) -> bool {
    [Weight::Regular, Weight::Bold]
        .into_iter()
        .all(|w| ch == ' ' || faces(w).iter().any(|f| f.has_glyph(ch)))
}

/// Splits text into runs that one face can draw, preferring the primary face.
pub fn runs(text: &str, weight: Weight) -> Vec<(&'static Face, String)> {
    let [primary, fallback] = faces(weight);
    let mut runs: Vec<(&'static Face, String)> = Vec::new();
    for ch in text.chars() {
        let face = if primary.has_glyph(ch) || !fallback.has_glyph(ch) {
            primary
        } else {
            fallback
        };
        match runs.last_mut() {
            Some((f, run)) if std::ptr::eq(*f, face) => run.push(ch),
            _ => runs.push((face, ch.to_string())),
        }
    }
    runs
}

/// Width of text in points, with fallback faces where they are used.
pub fn text_width(text: &str, weight: Weight, size_pt: f32) -> f32 {
    runs(text, weight)
        .iter()
        .map(|(face, run)| face.width(run, size_pt))
        .sum()
}

/// A bundled font as listed in the manifest.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct FontInfo {
    /// File name under `fonts/`.
    pub file: String,
    /// Family name from the font.
    pub family: String,
    /// Version string from the font.
    pub version: String,
    /// SHA-256 of the file.
    pub sha256: String,
}

/// Name, version and hash of every bundled font.
/// Hashing 2.5 MB of fonts is done once per process, not once per manifest.
pub fn font_info() -> Vec<FontInfo> {
    static INFO: OnceLock<Vec<FontInfo>> = OnceLock::new();
    INFO.get_or_init(|| {
        all_faces()
            .iter()
            .map(|face| FontInfo {
                file: face.file.to_owned(),
                family: face.name_string(StringId::FAMILY_NAME),
                version: face.name_string(StringId::VERSION_STRING),
                sha256: sha256_hex(face.data),
            })
            .collect()
    })
    .clone()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dev::testing::root;

    const KAZAKH_LETTERS: &str =
        "АӘБВГҒДЕЁЖЗИЙКҚЛМНҢОӨПРСТУҰҮФХҺЦЧШЩЪЫІЬЭЮЯаәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя";


    #[test]
    fn noto_sans_has_every_kazakh_letter_in_both_weights() {
        for weight in [Weight::Regular, Weight::Bold] {
            let noto = faces(weight)[0];
            assert!(noto.file.starts_with("NotoSans"));
            for ch in KAZAKH_LETTERS.chars().chain("«»№–—".chars()) {
                assert!(noto.has_glyph(ch), "{} lacks {ch:?}", noto.file);
            }
        }
        // Text in Kazakh is drawn in one run of the primary face: no fallback needed.
        let runs = runs(KAZAKH_LETTERS, Weight::Bold);
        assert_eq!(runs.len(), 1);
        assert!(!is_printable('漢'));
    }

    #[test]
    fn fallback_face_draws_what_noto_lacks() {
        let ch = '⚖'; // U+2696, in DejaVu Sans but not in Noto Sans
        assert!(!faces(Weight::Regular)[0].has_glyph(ch));
        let runs = runs(&format!("Таразы {ch}"), Weight::Regular);
        assert_eq!(
            runs.iter().map(|(f, _)| f.file).collect::<Vec<_>>(),
            ["NotoSans-Regular.ttf", "DejaVuSans.ttf"]
        );
    }

    #[test]
    fn bundled_font_files_match_the_fonts_folder() {
        for face in all_faces() {
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
}
