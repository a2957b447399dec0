//! The rules of `ballot-definition.md`: raw structs in, validated model out.
//!
//! Every broken rule becomes a located diagnostic; checking goes on after an
//! error so that one run reports everything wrong with a file.

use std::collections::BTreeMap;

use crate::diag::{closest, Diagnostic, Diagnostics, FieldPath, Position};
use crate::fonts;
use crate::geometry::option_box;
use crate::model::{
    BallotOption, BoxGrid, BraillePage, StencilRules, Constituency, Contest, ContestKind, Date, DotPreset, ElectionInfo, Lang,
    Paper, Speech, Text,
};

use super::raw::{
    RawBallot, RawBoxes, RawElection, RawOption, RawPaper, RawPaperOverride, RawText,
};
use super::source::{SourceFile, SpanIndex};

/// Default speaking rate (words per minute).
pub const DEFAULT_RATE_WPM: u32 = 140;
/// Most options a contest may have.
pub const MAX_OPTIONS: usize = 100;
/// Most characters in one language's version of a text.
pub const MAX_TEXT_CHARS: usize = 2_000;
/// Sensible bounds for sizes on paper: anything outside is a typo (0 mm, 10 m).
const PAPER_RANGE_MM: (f64, f64) = (50.0, 2000.0);
const BOX_SIZE_RANGE_MM: (f64, f64) = (3.0, 50.0);
const RATE_RANGE_WPM: (u32, u32) = (60, 400);
/// Names Windows reserves for devices; a folder named so cannot be created there.
const WINDOWS_RESERVED: [&str; 22] = [
    "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8",
    "com9", "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9",
];

/// Checks one file's fields, recording diagnostics against its positions.
pub struct Checker<'a> {
    source: &'a SourceFile,
    spans: &'a SpanIndex,
    diagnostics: &'a mut Diagnostics,
    /// How many errors this checker has recorded.
    pub errors: usize,
}

impl<'a> Checker<'a> {
    /// A checker for one parsed file.
    pub fn new(
        source: &'a SourceFile,
        spans: &'a SpanIndex,
        diagnostics: &'a mut Diagnostics,
    ) -> Self {
        Checker {
            source,
            spans,
            diagnostics,
            errors: 0,
        }
    }

    fn push(&mut self, diagnostic: Diagnostic) {
        if diagnostic.is_error() {
            self.errors += 1;
        }
        self.diagnostics.push(diagnostic);
    }

    fn diag_at(&self, position: Position, path: &FieldPath, message: String) -> Diagnostic {
        self.source.error_at(position, message).field(path.clone())
    }

    /// An error at a field's value.
    fn error(&mut self, path: &FieldPath, message: impl Into<String>, hint: Option<String>) {
        let mut d = self.diag_at(self.spans.value(path), path, message.into());
        d.hint = hint;
        self.push(d);
    }

    /// An error at the first occurrence of a character in a field's value, when
    /// it is written literally (not as an escape); else at the value.
    fn error_at_char(&mut self, path: &FieldPath, ch: char, message: String, hint: Option<String>) {
        let start = self.spans.value(path);
        let from = self.source.offset_of(start);
        let window = self.source.text[from..].lines().next().unwrap_or("");
        let position = match window.find(ch) {
            Some(i) => self.source.position_of(from + i),
            None => start,
        };
        let mut d = self.diag_at(position, path, message);
        d.hint = hint;
        self.push(d);
    }

    /// An error at a field's key (for misplaced keys).
    fn error_at_key(&mut self, path: &FieldPath, message: impl Into<String>, hint: Option<String>) {
        let mut d = self.diag_at(self.spans.key(path), path, message.into());
        d.hint = hint;
        self.push(d);
    }

    fn warning(&mut self, path: &FieldPath, message: impl Into<String>, hint: Option<String>) {
        let mut d = self.diag_at(self.spans.value(path), path, message.into());
        d.severity = crate::diag::Severity::Warning;
        d.hint = hint;
        self.push(d);
    }

    /// An id: `[a-z0-9][a-z0-9-]{0,63}`, never a path or a reserved device name.
    pub fn id(&mut self, path: &FieldPath, id: &str, what: &str) -> bool {
        let well_formed = !id.is_empty()
            && id.len() <= 64
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !id.starts_with('-');
        if !well_formed {
            let escapes = id.contains(['/', '\\', '\0']) || id.contains("..") || id.contains(':');
            let message = if escapes {
                format!("{what} id {id:?} could escape the output folder")
            } else {
                format!("{what} id {id:?} is not allowed")
            };
            self.error(
                path,
                message,
                Some("ids use lower-case Latin letters, digits and `-`, start with a letter or digit, and are at most 64 characters, e.g. `zhambyl-15`".into()),
            );
            return false;
        }
        if WINDOWS_RESERVED.contains(&id) {
            self.error(
                path,
                format!("{what} id {id:?} is a reserved device name on Windows"),
                Some(
                    "choose another id; a folder of that name cannot be created on Windows".into(),
                ),
            );
            return false;
        }
        true
    }

    /// A text in every language, each non-empty, one line, printable.
    pub fn text(&mut self, path: &FieldPath, raw: &RawText, languages: &[Lang]) -> Option<Text> {
        let mut ok = true;
        let codes: Vec<&str> = languages.iter().map(|l| l.code()).collect();
        for key in raw.keys() {
            if !codes.contains(&key.as_str()) {
                ok = false;
                let hint = match Lang::from_code(key) {
                    Some(_) => format!("the election's languages are {}; add `{key}` to `languages` in election.yaml or remove this text", codes.join(", ")),
                    None if !key.is_ascii() || key.contains(' ') => format!("a comma inside `{{ ... }}` starts a new entry: put a text that contains a comma in quotes; the election's languages are {}", codes.join(", ")),
                    None => match closest(key, codes.iter().copied()) {
                        Some(s) => format!("did you mean `{s}`? the election's languages are {}", codes.join(", ")),
                        None => format!("the election's languages are {}", codes.join(", ")),
                    },
                };
                self.error_at_key(
                    &path.key(key),
                    format!("text in `{key}`, which is not a language of this election"),
                    Some(hint),
                );
            }
        }
        let mut texts = Vec::new();
        for &lang in languages {
            let field = path.key(lang.code());
            let Some(value) = raw.get(lang.code()) else {
                ok = false;
                self.error(
                    path,
                    format!("text has no `{lang}` version"),
                    Some(format!(
                        "every text needs each of the election's languages: {}",
                        codes.join(", ")
                    )),
                );
                continue;
            };
            let value = value.trim();
            if value.is_empty() {
                ok = false;
                self.error(
                    &field,
                    format!("`{lang}` text is empty"),
                    Some("write the text, or check the quoting".into()),
                );
                continue;
            }
            let length = value.chars().count();
            if length > MAX_TEXT_CHARS {
                ok = false;
                self.error(
                    &field,
                    format!("`{lang}` text has {length} characters; at most {MAX_TEXT_CHARS} are allowed"),
                    Some("ballot texts are short: shorten it, or check for a missing closing quote".into()),
                );
                continue;
            }
            ok &= self.characters(&field, value) && self.braille(&field, value, lang) && self.speakable(&field, value, lang);
            texts.push((lang, value.to_owned()));
        }
        ok.then_some(Text(texts))
    }

    /// Rejects control characters and characters no bundled font can print.
    fn characters(&mut self, path: &FieldPath, value: &str) -> bool {
        for ch in value.chars() {
            if ch.is_control() {
                let hint = if ch == '\n' {
                    "write the text on one line (a `>` folded block joins lines with spaces)"
                } else {
                    "remove the control character"
                };
                self.error(
                    path,
                    format!("text contains the control character U+{:04X}", ch as u32),
                    Some(hint.into()),
                );
                return false;
            }
            if !fonts::is_printable(ch) {
                self.error_at_char(
                    path,
                    ch,
                    format!(
                        "character {ch:?} (U+{:04X}) cannot be printed: no bundled font has it",
                        ch as u32
                    ),
                    Some("replace it with an ordinary letter or punctuation mark".into()),
                );
                return false;
            }
        }
        true
    }

    /// Every character must be translatable by the language's braille table.
    fn braille(&mut self, path: &FieldPath, value: &str, lang: Lang) -> bool {
        let table = crate::braille::table_list(lang).rsplit(',').next().unwrap_or_default();
        self.reject_chars(
            path,
            &crate::braille::untranslatable(value, lang),
            &format!("cannot be translated to braille by the `{lang}` table ({table})"),
            "a blind voter would read an escape code here; replace it with a letter or punctuation mark the language has",
        )
    }

    /// Every character must be speakable by the language's voice.
    fn speakable(&mut self, path: &FieldPath, value: &str, lang: Lang) -> bool {
        self.reject_chars(
            path,
            &crate::speech::unspeakable(value, lang),
            &format!("cannot be spoken by the `{lang}` voice of espeak-ng"),
            "the audio ballot would skip it; write it out in words, or replace it",
        )
    }

    /// An error at each rejected character, naming it and its code point; true when there are none.
    fn reject_chars(&mut self, path: &FieldPath, rejected: &[char], why: &str, hint: &str) -> bool {
        for &ch in rejected {
            self.error_at_char(path, ch, format!("character {ch:?} (U+{:04X}) {why}", ch as u32), Some(hint.to_owned()));
        }
        rejected.is_empty()
    }

    /// A length in millimetres within a range.
    fn length(&mut self, path: &FieldPath, value: f64, (min, max): (f64, f64), what: &str) -> bool {
        if value.is_finite() && value >= min && value <= max {
            return true;
        }
        self.error(
            path,
            format!("{what} of {value} mm is out of range"),
            Some(format!("{what} must be between {min} and {max} mm")),
        );
        false
    }

    /// A position in millimetres: finite and not negative (the box checks do the rest).
    fn coordinate(&mut self, path: &FieldPath, value: f64) -> bool {
        if value.is_finite() && value >= 0.0 {
            return true;
        }
        self.error(
            path,
            format!("position {value} mm is negative or not a number"),
            Some(
                "positions are measured from the sheet's top-left corner and are 0 or more".into(),
            ),
        );
        false
    }

    fn paper(&mut self, path: &FieldPath, paper: &Paper) -> bool {
        let boxes = path.key("boxes");
        let results = [
            self.length(
                &path.key("width_mm"),
                paper.width_mm,
                PAPER_RANGE_MM,
                "paper width",
            ),
            self.length(
                &path.key("height_mm"),
                paper.height_mm,
                PAPER_RANGE_MM,
                "paper height",
            ),
            self.length(
                &boxes.key("size_mm"),
                paper.boxes.size_mm,
                BOX_SIZE_RANGE_MM,
                "box size",
            ),
            self.coordinate(&boxes.key("x_mm"), paper.boxes.x_mm),
            self.coordinate(&boxes.key("first_y_mm"), paper.boxes.first_y_mm),
        ];
        let mut ok = results.iter().all(|r| *r);
        let pitch = paper.boxes.pitch_mm;
        if !(pitch.is_finite() && pitch > 0.0 && pitch <= PAPER_RANGE_MM.1) {
            ok = false;
            self.error(&boxes.key("pitch_mm"), format!("box pitch of {pitch} mm is out of range"), Some("the pitch is the distance from one box's top edge to the next one's, more than 0".into()));
        } else if ok && pitch < paper.boxes.size_mm {
            ok = false;
            self.error(
                &boxes.key("pitch_mm"),
                format!("box pitch of {pitch} mm is less than the box size of {} mm: the boxes would overlap", paper.boxes.size_mm),
                Some("the pitch is the distance from one box's top edge to the next one's".into()),
            );
        }
        ok
    }
}

/// Parses an ISO date (`2023-03-19`) and checks that the day exists.
pub fn parse_date(text: &str) -> Option<Date> {
    let parts: Vec<&str> = text.split('-').collect();
    let [y, m, d] = parts.as_slice() else {
        return None;
    };
    if y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    let (year, month, day): (u16, u8, u8) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return None,
    };
    (year >= 1900 && (1..=days).contains(&day)).then_some(Date { year, month, day })
}

/// Validates `election.yaml`.
pub fn election(check: &mut Checker, raw: &RawElection) -> Option<ElectionInfo> {
    let root = FieldPath::root();
    let before = check.errors;
    if raw.schema != 1 {
        check.error(
            &root.key("schema"),
            format!("unsupported schema version {}", raw.schema),
            Some("this version of ballot-access reads schema 1".into()),
        );
        // Other fields may mean something else in another schema: stop here.
        return None;
    }
    check.id(&root.key("id"), &raw.id, "election");
    let date = parse_date(&raw.date);
    if date.is_none() {
        check.error(
            &root.key("date"),
            format!("{:?} is not a valid date", raw.date),
            Some("write the election day as YYYY-MM-DD, e.g. 2023-03-19".into()),
        );
    }
    let languages = languages(check, &root.key("languages"), &raw.languages);
    let title = languages
        .as_ref()
        .and_then(|l| check.text(&root.key("title"), &raw.title, l));
    let paper = paper_from(&raw.paper);
    check.paper(&root.key("paper"), &paper);
    let dots = match raw.braille.as_ref().and_then(|b| b.dots.as_deref()) {
        None => Some(DotPreset::MarburgMedium),
        Some(name) => {
            let preset = DotPreset::ALL.into_iter().find(|p| p.name() == name);
            if preset.is_none() {
                let names: Vec<&str> = DotPreset::ALL.iter().map(|p| p.name()).collect();
                check.error(
                    &root.key("braille").key("dots"),
                    format!("unknown braille dot preset {name:?}"),
                    Some(format!("use one of: {}", names.join(", "))),
                );
            }
            preset
        }
    };
    let braille_page = braille_page(check, raw);
    let stencil = languages.as_ref().and_then(|l| stencil_rules(check, raw, l, dots));
    let speech = languages.as_ref().and_then(|l| speech(check, raw, l));
    if check.errors > before {
        return None;
    }
    Some(ElectionInfo {
        id: raw.id.clone(),
        date: date?,
        languages: languages?,
        title: title?,
        paper,
        dots: dots?,
        braille_page: braille_page?,
        stencil: stencil?,
        speech: speech?,
    })
}

/// Embosser page bounds: real embossers take 10 to 60 cells and lines.
const BRAILLE_PAGE_RANGE: (u32, u32) = (10, 60);

fn braille_page(check: &mut Checker, raw: &RawElection) -> Option<BraillePage> {
    let default = BraillePage::default();
    let Some(page) = raw.braille.as_ref().and_then(|b| b.page.as_ref()) else {
        return Some(default);
    };
    let path = FieldPath::root().key("braille").key("page");
    let result = BraillePage { cols: page.cols.unwrap_or(default.cols), rows: page.rows.unwrap_or(default.rows) };
    let mut ok = true;
    for (name, value) in [("cols", result.cols), ("rows", result.rows)] {
        if !(BRAILLE_PAGE_RANGE.0..=BRAILLE_PAGE_RANGE.1).contains(&value) {
            ok = false;
            check.error(&path.key(name), format!("braille page {name} of {value} is out of range"), Some(format!("use {} to {}; the default page is 30 cells by 27 lines", BRAILLE_PAGE_RANGE.0, BRAILLE_PAGE_RANGE.1)));
        }
    }
    ok.then_some(result)
}

fn stencil_rules(check: &mut Checker, raw: &RawElection, languages: &[Lang], dots: Option<DotPreset>) -> Option<StencilRules> {
    let first = *languages.first()?;
    let defaults = StencilRules::defaults(first);
    let Some(rules) = raw.braille.as_ref().and_then(|b| b.stencil.as_ref()) else {
        return Some(defaults);
    };
    let path = FieldPath::root().key("braille").key("stencil");
    let spacing = dots.unwrap_or(DotPreset::MarburgMedium).geometry().in_cell;
    let mut ok = true;
    let mut length = |check: &mut Checker, name: &str, value: Option<f64>, default: f64, range: (f64, f64)| -> f64 {
        let value = value.unwrap_or(default);
        ok &= check.length(&path.key(name), value, range, name);
        value
    };
    let mut result = StencilRules {
        window_margin_mm: length(check, "window_margin_mm", rules.window_margin_mm, defaults.window_margin_mm, (0.5, 5.0)),
        corner_radius_mm: length(check, "corner_radius_mm", rules.corner_radius_mm, defaults.corner_radius_mm, (0.0, 5.0)),
        corner_cut_mm: length(check, "corner_cut_mm", rules.corner_cut_mm, defaults.corner_cut_mm, (5.0, 30.0)),
        // Dots never closer to a cut line than the preset's dot spacing.
        label_gap_mm: length(check, "label_gap_mm", rules.label_gap_mm, defaults.label_gap_mm, (spacing, 20.0)),
        sheet_margin_mm: length(check, "sheet_margin_mm", rules.sheet_margin_mm, defaults.sheet_margin_mm, (spacing, 30.0)),
        tactile_gap_mm: length(check, "tactile_gap_mm", rules.tactile_gap_mm, defaults.tactile_gap_mm, (spacing, 20.0)),
        language: first,
    };
    if let Some(code) = &rules.language {
        match Lang::from_code(code).filter(|l| languages.contains(l)) {
            Some(lang) => result.language = lang,
            None => {
                ok = false;
                check.error(&path.key("language"), format!("stencil language `{code}` is not a language of this election"), Some(format!("use one of: {}", languages.iter().map(|l| l.code()).collect::<Vec<_>>().join(", "))));
            }
        }
    }
    ok.then_some(result)
}

fn languages(check: &mut Checker, path: &FieldPath, raw: &[String]) -> Option<Vec<Lang>> {
    if raw.is_empty() {
        check.error(
            path,
            "no languages given",
            Some("list at least one of: kk, ru, en".into()),
        );
        return None;
    }
    let mut languages = Vec::new();
    let mut ok = true;
    for (i, code) in raw.iter().enumerate() {
        match Lang::from_code(code) {
            Some(lang) if languages.contains(&lang) => {
                ok = false;
                check.error(
                    &path.index(i),
                    format!("language `{code}` is listed twice"),
                    None,
                );
            }
            Some(lang) => languages.push(lang),
            None => {
                ok = false;
                check.error(
                    &path.index(i),
                    format!("unsupported language `{code}`"),
                    Some(
                        "supported languages are kk (Kazakh), ru (Russian) and en (English)".into(),
                    ),
                );
            }
        }
    }
    ok.then_some(languages)
}

fn speech(check: &mut Checker, raw: &RawElection, languages: &[Lang]) -> Option<Speech> {
    let path = FieldPath::root().key("speech");
    let Some(speech) = &raw.speech else {
        return Some(Speech {
            rate_wpm: DEFAULT_RATE_WPM,
            lexicon: BTreeMap::new(),
        });
    };
    let mut ok = true;
    let rate = speech.rate_wpm.unwrap_or(DEFAULT_RATE_WPM);
    if !(RATE_RANGE_WPM.0..=RATE_RANGE_WPM.1).contains(&rate) {
        ok = false;
        check.error(
            &path.key("rate_wpm"),
            format!("speaking rate {rate} words per minute is out of range"),
            Some(format!(
                "use {} to {}; {DEFAULT_RATE_WPM} is the default",
                RATE_RANGE_WPM.0, RATE_RANGE_WPM.1
            )),
        );
    }
    let mut lexicon = BTreeMap::new();
    for (code, words) in &speech.lexicon {
        let lang_path = path.key("lexicon").key(code);
        let Some(lang) = Lang::from_code(code).filter(|l| languages.contains(l)) else {
            ok = false;
            check.error_at_key(
                &lang_path,
                format!("lexicon for `{code}`, which is not a language of this election"),
                None,
            );
            continue;
        };
        for (written, spoken) in words {
            let field = lang_path.key(written);
            if written.trim().is_empty() || spoken.trim().is_empty() {
                ok = false;
                check.error(
                    &field,
                    "lexicon entries need a written and a spoken form, neither empty",
                    None,
                );
            } else if written.trim().contains(char::is_whitespace) {
                ok = false;
                check.error_at_key(
                    &field,
                    format!("lexicon entry {written:?} is not a single word"),
                    Some("the lexicon replaces whole words; list each word separately".into()),
                );
            }
        }
        lexicon.insert(lang, words.clone());
    }
    ok.then_some(Speech {
        rate_wpm: rate,
        lexicon,
    })
}

fn paper_from(raw: &RawPaper) -> Paper {
    Paper {
        width_mm: raw.width_mm,
        height_mm: raw.height_mm,
        boxes: boxes_from(&raw.boxes),
    }
}

fn boxes_from(raw: &RawBoxes) -> BoxGrid {
    BoxGrid {
        size_mm: raw.size_mm,
        x_mm: raw.x_mm,
        first_y_mm: raw.first_y_mm,
        pitch_mm: raw.pitch_mm,
    }
}

fn apply_override(base: Paper, raw: &RawPaperOverride) -> Paper {
    let b = raw.boxes.as_ref();
    Paper {
        width_mm: raw.width_mm.unwrap_or(base.width_mm),
        height_mm: raw.height_mm.unwrap_or(base.height_mm),
        boxes: BoxGrid {
            size_mm: b.and_then(|b| b.size_mm).unwrap_or(base.boxes.size_mm),
            x_mm: b.and_then(|b| b.x_mm).unwrap_or(base.boxes.x_mm),
            first_y_mm: b
                .and_then(|b| b.first_y_mm)
                .unwrap_or(base.boxes.first_y_mm),
            pitch_mm: b.and_then(|b| b.pitch_mm).unwrap_or(base.boxes.pitch_mm),
        },
    }
}

/// The validated parts of one ballot file.
pub struct BallotParts {
    /// The constituency.
    pub constituency: Constituency,
    /// The contest.
    pub contest: Contest,
    /// The resolved paper.
    pub paper: Paper,
}

/// Validates one ballot file against its election.
pub fn ballot(
    check: &mut Checker,
    raw: &RawBallot,
    election: &ElectionInfo,
) -> Option<BallotParts> {
    let root = FieldPath::root();
    let before = check.errors;
    let langs = &election.languages;
    check.id(&root.key("id"), &raw.id, "ballot");

    let c = root.key("constituency");
    if raw.constituency.number == Some(0) {
        check.error(
            &c.key("number"),
            "constituency number 0 is not allowed",
            Some("constituency numbers start at 1; leave `number` out if it has none".into()),
        );
    }
    let name = check.text(&c.key("name"), &raw.constituency.name, langs);
    let region = raw
        .constituency
        .region
        .as_ref()
        .map(|r| check.text(&c.key("region"), r, langs));

    let k = root.key("contest");
    let kind = ContestKind::ALL
        .into_iter()
        .find(|kind| kind.name() == raw.contest.kind);
    if kind.is_none() {
        let names: Vec<&str> = ContestKind::ALL.iter().map(|k| k.name()).collect();
        let hint = match closest(&raw.contest.kind, names.iter().copied()) {
            Some(s) => format!("did you mean `{s}`? kinds are: {}", names.join(", ")),
            None => format!("kinds are: {}", names.join(", ")),
        };
        check.error(
            &k.key("kind"),
            format!("unknown contest kind {:?}", raw.contest.kind),
            Some(hint),
        );
    }
    let title = check.text(&k.key("title"), &raw.contest.title, langs);
    let instructions = check.text(&k.key("instructions"), &raw.contest.instructions, langs);

    let paper = match &raw.paper {
        Some(o) => apply_override(election.paper, o),
        None => election.paper,
    };
    let paper_ok = raw.paper.is_none() || check.paper(&root.key("paper"), &paper);

    let options = options(check, &k.key("options"), &raw.contest.options, kind, langs);
    if paper_ok {
        if let Some(options) = &options {
            boxes(
                check,
                &k.key("options"),
                options,
                &paper,
                raw.paper.is_some(),
            );
        }
    }
    if check.errors > before {
        return None;
    }
    let region = match region {
        Some(r) => Some(r?),
        None => None,
    };
    Some(BallotParts {
        constituency: Constituency {
            number: raw.constituency.number,
            name: name?,
            region,
        },
        contest: Contest {
            kind: kind?,
            title: title?,
            instructions: instructions?,
            options: options?,
        },
        paper,
    })
}

fn options(
    check: &mut Checker,
    path: &FieldPath,
    raw: &[RawOption],
    kind: Option<ContestKind>,
    langs: &[Lang],
) -> Option<Vec<BallotOption>> {
    let minimum = if kind == Some(ContestKind::Question) {
        2
    } else {
        1
    };
    let mut ok = true;
    if raw.len() < minimum {
        ok = false;
        let message = if minimum == 2 {
            format!("a question needs at least two answers, found {}", raw.len())
        } else {
            "the contest has no options".to_owned()
        };
        check.error(
            path,
            message,
            Some("list the options in ballot order under `options`".into()),
        );
    }
    if raw.len() > MAX_OPTIONS {
        ok = false;
        check.error(
            path,
            format!("the contest has {} options; at most {MAX_OPTIONS} are allowed", raw.len()),
            Some("a ballot with more options cannot be printed or listened to; check the file".into()),
        );
    }
    let mut first_against_all: Option<usize> = None;
    let mut options = Vec::new();
    for (i, option) in raw.iter().enumerate() {
        let o = path.index(i);
        let name = check.text(&o.key("name"), &option.name, langs);
        let details = option
            .details
            .as_ref()
            .map(|d| check.text(&o.key("details"), d, langs));
        let label = option
            .label
            .as_ref()
            .map(|l| check.text(&o.key("label"), l, langs));
        if option.against_all {
            if kind == Some(ContestKind::Question) {
                ok = false;
                check.error(
                    &o.key("against_all"),
                    "a question cannot have an against-all option",
                    Some("a referendum's answers are the options; remove `against_all`".into()),
                );
            }
            if let Some(first) = first_against_all {
                ok = false;
                check.error(
                    &o.key("against_all"),
                    format!(
                        "a second against-all option (the first is option {})",
                        first + 1
                    ),
                    Some("a ballot has at most one against-all option".into()),
                );
            } else {
                first_against_all = Some(i);
            }
        }
        let mut valid = |t: Option<Option<Text>>| match t {
            None => Some(None),
            Some(Some(t)) => Some(Some(t)),
            Some(None) => {
                ok = false;
                None
            }
        };
        let (details, label) = (valid(details), valid(label));
        if let (Some(name), Some(details), Some(label)) = (name, details, label) {
            options.push(BallotOption {
                number: i + 1,
                name,
                details,
                label,
                against_all: option.against_all,
                box_at: option.r#box.as_ref().map(|b| (b.x_mm, b.y_mm)),
            });
        } else {
            ok = false;
        }
    }
    if ok {
        duplicate_names(check, path, &options);
    }
    ok.then_some(options)
}

/// Two options with the same name are almost always a copy-paste slip.
fn duplicate_names(check: &mut Checker, path: &FieldPath, options: &[BallotOption]) {
    for (i, a) in options.iter().enumerate() {
        if let Some(b) = options[..i].iter().find(|b| b.name == a.name) {
            check.warning(
                &path.index(i).key("name"),
                format!(
                    "option {} has the same name as option {}",
                    a.number, b.number
                ),
                Some("check the list; namesakes usually differ in details".into()),
            );
        }
    }
}

/// Every box lies inside the paper, and no two boxes overlap.
fn boxes(
    check: &mut Checker,
    path: &FieldPath,
    options: &[BallotOption],
    paper: &Paper,
    overridden: bool,
) {
    let mut rects = Vec::new();
    for (i, option) in options.iter().enumerate() {
        let o = path.index(i);
        let own = o.key("box");
        if option.box_at.is_some() {
            let ok_x = check.coordinate(&own.key("x_mm"), option.box_at.map_or(0.0, |b| b.0));
            let ok_y = check.coordinate(&own.key("y_mm"), option.box_at.map_or(0.0, |b| b.1));
            if !(ok_x && ok_y) {
                return;
            }
        }
        let rect = option_box(&paper.boxes, i, option.box_at);
        if !rect.inside_sheet(paper.width_mm, paper.height_mm) {
            let at = if option.box_at.is_some() {
                own.clone()
            } else {
                o.clone()
            };
            let source = if option.box_at.is_some() {
                "its `box`"
            } else if overridden {
                "the box grid and this ballot's `paper`"
            } else {
                "the box grid in election.yaml"
            };
            check.error(
                &at,
                format!(
                    "the box of option {} ({:.1}-{:.1} mm across, {:.1}-{:.1} mm down) lies outside the {} x {} mm paper",
                    option.number, rect.x, rect.right(), rect.y, rect.bottom(), paper.width_mm, paper.height_mm
                ),
                Some(format!("check {source}; a longer ballot needs `paper: {{ height_mm: ... }}` in its file")),
            );
        }
        for (j, other) in rects.iter().enumerate() {
            if rect.overlaps(other) {
                check.error(
                    &o,
                    format!("the box of option {} overlaps the box of option {}", option.number, j + 1),
                    Some("boxes must not overlap: check `pitch_mm` against `size_mm`, or the options' `box` positions".into()),
                );
                break;
            }
        }
        rects.push(rect);
    }
}

/// The stencil and overlay must be possible: windows on the sheet, labels that
/// fit beside their windows, tactile elements apart.
pub fn stencil(check: &mut Checker, election: &ElectionInfo, ballot: &crate::model::Ballot) -> bool {
    use crate::geometry::tactile::{layout, Problem};
    let Err(problems) = layout(election, ballot) else { return true };
    let options = FieldPath::root().key("contest").key("options");
    let lang = election.stencil.language;
    for problem in problems {
        match problem {
            Problem::LabelTooLong { number, label, needed, fit, lines } => {
                let has_label = ballot.contest.options[number - 1].label.is_some();
                let field = options.index(number - 1).key(if has_label { "label" } else { "name" }).key(lang.code());
                let lines = if lines == 1 { "on one line".to_owned() } else { format!("on each of {lines} lines") };
                check.error(
                    &field,
                    format!("the stencil label {label:?} needs {needed} braille cells; {fit} fit beside its window {lines}"),
                    Some(format!("set a shorter `label` for this option, e.g. `label: {{ {lang}: ... }}`, of at most {} letters", fit.saturating_sub(3).max(1))),
                );
            }
            Problem::WindowOffSheet { number } => check.error(
                &options.index(number - 1),
                format!("the stencil window of option {number} (its box grown by {} mm) would cut through the edge of the sheet", election.stencil.window_margin_mm),
                Some("move the box further from the edge, or lower `braille.stencil.window_margin_mm`".into()),
            ),
            Problem::TooClose { first, second, number, distance, needed } => check.error(
                &options.index(number.max(1) - 1),
                format!("on the stencil, {first} would be {distance:.1} mm from {second}; tactile elements need {needed} mm"),
                Some("move the boxes further apart, shorten the labels, or adjust `braille.stencil`".into()),
            ),
            Problem::Braille(message) => check.error(&options, message, None),
        }
    }
    false
}
