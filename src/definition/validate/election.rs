//! Rules of `election.yaml`: id, date, languages, paper, braille, stencil and
//! speech settings.

use std::collections::BTreeMap;

use unicode_normalization::UnicodeNormalization;

use crate::diag::FieldPath;
use crate::i18n::Message;
use crate::model::{BoxGrid, BraillePage, Date, DotPreset, ElectionInfo, Lang, Paper, Production, Speech, StencilRules, DEFAULT_RATE_WPM};
use crate::msg;

use super::super::raw::{RawBoxes, RawElection, RawPaper};
use super::{as_written, one_of, Checker, IdOf, RATE_RANGE_WPM};

/// Validates `election.yaml`.
pub fn election(check: &mut Checker, raw: &RawElection) -> Option<ElectionInfo> {
    let root = FieldPath::root();
    let before = check.errors;
    if raw.schema != 1 {
        check.error(
            &root.key("schema"),
            msg!("validate-schema-unsupported", version = raw.schema.to_string()),
            Some(msg!("validate-schema-unsupported-hint")),
        );
        // Other fields may mean something else in another schema: stop here.
        return None;
    }
    check.id(&root.key("id"), &raw.id, IdOf::Election);
    let date = Date::parse(&raw.date);
    if date.is_none() {
        check.error(&root.key("date"), msg!("validate-date-invalid", value = format!("{:?}", raw.date)), Some(date_hint(&raw.date)));
    }
    let languages = languages(check, &root.key("languages"), &raw.languages);
    let title = languages
        .as_ref()
        .and_then(|l| check.text(&root.key("title"), &raw.title, l));
    let paper = paper_from(&raw.paper);
    let paper_ok = check.paper(&root.key("paper"), &paper);
    let dots = match raw.braille.as_ref().and_then(|b| b.dots.as_deref()) {
        None => Some(DotPreset::MarburgMedium),
        Some(name) => {
            let preset = DotPreset::ALL.into_iter().find(|p| p.name() == name);
            if preset.is_none() {
                let names: Vec<&str> = DotPreset::ALL.iter().map(|p| p.name()).collect();
                check.error(
                    &root.key("braille").key("dots"),
                    msg!("validate-unknown-dots", value = format!("{name:?}")),
                    Some(one_of(name, &names)),
                );
            }
            preset
        }
    };
    let braille_page = braille_page(check, raw);
    let stencil = stencil_rules(check, raw, dots);
    let stencil_languages = languages.as_ref().and_then(|l| stencil_languages(check, raw, l));
    let speech = languages.as_ref().and_then(|l| speech(check, raw, l));
    let production = production(check, raw);
    if let (true, Some(production), Some(dots), Some(page)) = (paper_ok, &production, dots, braille_page) {
        super::stock::election_fits(check, raw, &paper, &production.stock, dots, page);
    }
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
        stencil_languages: stencil_languages?,
        speech: speech?,
        production: production?,
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
            let message = if name == "cols" { msg!("validate-braille-page-cols", count = value) } else { msg!("validate-braille-page-rows", count = value) };
            let hint = msg!("validate-braille-page-hint", min = BRAILLE_PAGE_RANGE.0, max = BRAILLE_PAGE_RANGE.1, cols = default.cols, rows = default.rows);
            check.error(&path.key(name), message, Some(hint));
        }
    }
    ok.then_some(result)
}

fn stencil_rules(check: &mut Checker, raw: &RawElection, dots: Option<DotPreset>) -> Option<StencilRules> {
    let defaults = StencilRules::defaults();
    let Some(rules) = raw.braille.as_ref().and_then(|b| b.stencil.as_ref()) else {
        return Some(defaults);
    };
    let path = FieldPath::root().key("braille").key("stencil");
    let spacing = dots.unwrap_or(DotPreset::MarburgMedium).geometry().in_cell;
    let mut ok = true;
    let mut length = |check: &mut Checker, name: &str, value: Option<f64>, default: f64, range: (f64, f64)| -> f64 {
        let value = value.unwrap_or(default);
        // A lower bound that is the dot spacing says so: it follows `braille.dots`.
        let hint = (range.0 == spacing && value < spacing).then(|| msg!("validate-stencil-below-dot-spacing-hint", min = as_written(range.0), max = as_written(range.1)));
        ok &= check.length(&path.key(name), value, range, stencil_rule(name), hint);
        value
    };
    let result = StencilRules {
        window_margin_mm: length(check, "window_margin_mm", rules.window_margin_mm, defaults.window_margin_mm, (0.5, 5.0)),
        corner_radius_mm: length(check, "corner_radius_mm", rules.corner_radius_mm, defaults.corner_radius_mm, (0.0, 5.0)),
        corner_cut_mm: length(check, "corner_cut_mm", rules.corner_cut_mm, defaults.corner_cut_mm, (5.0, 30.0)),
        // Dots never closer to a cut line than the preset's dot spacing.
        label_gap_mm: length(check, "label_gap_mm", rules.label_gap_mm, defaults.label_gap_mm, (spacing, 20.0)),
        sheet_margin_mm: length(check, "sheet_margin_mm", rules.sheet_margin_mm, defaults.sheet_margin_mm, (spacing, 30.0)),
        tactile_gap_mm: length(check, "tactile_gap_mm", rules.tactile_gap_mm, defaults.tactile_gap_mm, (spacing, 20.0)),
    };
    ok.then_some(result)
}

/// `production`: copies per polling station (0 to 100 each), the spare
/// percentage (0 to 100), the job sheet's language and the stock.
fn production(check: &mut Checker, raw: &RawElection) -> Option<Production> {
    let mut production = Production::default();
    let Some(given) = &raw.production else { return Some(production) };
    let path = FieldPath::root().key("production");
    let mut ok = true;
    if let Some(copies) = &given.copies {
        let c = &mut production.copies;
        for (name, value, slot) in [
            ("stencil", copies.stencil, &mut c.stencil),
            ("overlay", copies.overlay, &mut c.overlay),
            ("large_print", copies.large_print, &mut c.large_print),
            ("braille", copies.braille, &mut c.braille),
            ("audio", copies.audio, &mut c.audio),
        ] {
            match value {
                None => {}
                Some(n) if (0..=100).contains(&n) => *slot = n as u32,
                Some(n) => {
                    ok = false;
                    check.error(&path.key("copies").key(name), msg!("validate-copies-out-of-range", count = n), Some(msg!("validate-copies-out-of-range-hint")));
                }
            }
        }
    }
    if let Some(spare) = given.spare_percent {
        if spare.is_finite() && (0.0..=100.0).contains(&spare) {
            production.spare_percent = spare;
        } else {
            ok = false;
            check.error(&path.key("spare_percent"), msg!("validate-spare-out-of-range", value = as_written(spare)), Some(msg!("validate-spare-out-of-range-hint")));
        }
    }
    if let Some(code) = &given.language {
        ok &= production_language(check, &path.key("language"), code, &mut production);
    }
    if let Some(stock) = &given.stock {
        match super::stock::stocks(check, &path.key("stock"), stock) {
            Some(stock) => production.stock = stock,
            None => ok = false,
        }
    }
    ok.then_some(production)
}

/// `production.language`: the job sheet's language, one the tool can write it
/// in (kk, ru or en) whether or not the election has it.
fn production_language(check: &mut Checker, path: &FieldPath, code: &str, production: &mut Production) -> bool {
    if let Some(lang) = Lang::from_code(code) {
        production.language = Some(lang);
        return true;
    }
    let mut d = check.diag_at(check.spans.value(path), path, crate::msg!("plan-production-language-unknown", value = format!("{code:?}")));
    d.hint = Some(crate::msg!("plan-production-language-hint"));
    check.push(d);
    false
}

/// `braille.stencil.languages` (or the older single `language`): the braille
/// languages of stencils and overlays; every language of the election by default.
fn stencil_languages(check: &mut Checker, raw: &RawElection, languages: &[Lang]) -> Option<Vec<Lang>> {
    let rules = raw.braille.as_ref().and_then(|b| b.stencil.as_ref());
    let path = FieldPath::root().key("braille").key("stencil");
    let (field, codes): (&str, Vec<String>) = match rules.map(|r| (&r.languages, &r.language)) {
        Some((Some(_), Some(_))) => {
            check.error(&path.key("language"), msg!("validate-stencil-language-and-languages"), Some(msg!("validate-stencil-language-and-languages-hint")));
            return None;
        }
        Some((Some(list), None)) => ("languages", list.clone()),
        Some((None, Some(one))) => ("language", vec![one.clone()]),
        _ => return Some(languages.to_vec()),
    };
    if codes.is_empty() {
        check.error(&path.key(field), msg!("validate-stencil-languages-empty"), Some(msg!("validate-stencil-languages-empty-hint", example = languages[0].code())));
        return None;
    }
    let mut chosen = Vec::new();
    let mut ok = true;
    for (i, code) in codes.iter().enumerate() {
        let at = if field == "languages" { path.key(field).index(i) } else { path.key(field) };
        match Lang::from_code(code).filter(|l| languages.contains(l)) {
            Some(lang) if chosen.contains(&lang) => {
                ok = false;
                check.error(&at, msg!("validate-stencil-language-twice", code = code), Some(msg!("validate-listed-twice-hint")));
            }
            Some(lang) => chosen.push(lang),
            None => {
                ok = false;
                let codes: Vec<&str> = languages.iter().map(|l| l.code()).collect();
                check.error(&at, msg!("validate-stencil-language-not-in-election", code = code), Some(one_of(code, &codes)));
            }
        }
    }
    // In the election's language order, whatever order they were listed in.
    ok.then(|| languages.iter().copied().filter(|l| chosen.contains(l)).collect())
}

fn languages(check: &mut Checker, path: &FieldPath, raw: &[String]) -> Option<Vec<Lang>> {
    if raw.is_empty() {
        check.error(path, msg!("validate-no-languages"), Some(msg!("validate-no-languages-hint")));
        return None;
    }
    let mut languages = Vec::new();
    let mut ok = true;
    for (i, code) in raw.iter().enumerate() {
        match Lang::from_code(code) {
            Some(lang) if languages.contains(&lang) => {
                ok = false;
                check.error(&path.index(i), msg!("validate-language-twice", code = code), Some(msg!("validate-listed-twice-hint")));
            }
            Some(lang) => languages.push(lang),
            None => {
                ok = false;
                let hint = match meant_language(code) {
                    Some(meant) => msg!("validate-unsupported-language-hint-meant", code = code, meant = meant.code()),
                    None => msg!("validate-unsupported-language-hint"),
                };
                check.error(&path.index(i), msg!("validate-unsupported-language", code = code), Some(hint));
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
            msg!("validate-speech-rate-out-of-range", count = rate),
            Some(msg!("validate-speech-rate-out-of-range-hint", min = RATE_RANGE_WPM.0, max = RATE_RANGE_WPM.1, default = DEFAULT_RATE_WPM)),
        );
    }
    let mut lexicon = BTreeMap::new();
    for (code, words) in &speech.lexicon {
        let lang_path = path.key("lexicon").key(code);
        let Some(lang) = Lang::from_code(code).filter(|l| languages.contains(l)) else {
            ok = false;
            let codes = languages.iter().map(|l| format!("`{}`", l.code())).collect::<Vec<_>>().join(", ");
            check.error_at_key(&lang_path, msg!("validate-lexicon-language", code = code), Some(msg!("validate-lexicon-language-hint", languages = codes)));
            continue;
        };
        let mut entries = BTreeMap::new();
        for (written, spoken) in words {
            let field = lang_path.key(written);
            // Texts are read as NFC; so are lexicon entries, or they could never match.
            let (written_nfc, spoken_nfc): (String, String) = (written.trim().nfc().collect(), spoken.trim().nfc().collect());
            if written_nfc.is_empty() || spoken_nfc.is_empty() {
                ok = false;
                check.error(&field, msg!("validate-lexicon-entry-empty"), Some(msg!("validate-lexicon-entry-empty-hint")));
                continue;
            }
            if !written_nfc.chars().all(char::is_alphanumeric) {
                ok = false;
                check.error_at_key(
                    &field,
                    msg!("validate-lexicon-entry-not-a-word", word = format!("{written:?}")),
                    Some(msg!("validate-lexicon-entry-not-a-word-hint")),
                );
                continue;
            }
            // A spoken form is what the voice says: the same rules as any text.
            ok &= check.characters(&field, &spoken_nfc) && check.words(&field, &spoken_nfc, lang) && check.speakable(&field, &spoken_nfc, lang);
            entries.insert(written_nfc, (field, spoken_nfc));
        }
        // The lexicon is applied once per word: a spoken form that is itself a
        // key would say one word where another was written (Да and Нет swapped
        // in the audio only, where nobody reading the definition sees it).
        // Keys by their lower case, made once: a lexicon may have thousands.
        let folded: std::collections::HashMap<String, &String> = entries.keys().map(|k| (k.to_lowercase(), k)).collect();
        for (written, (field, spoken)) in &entries {
            let written_folded = written.to_lowercase();
            for other in spoken.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
                let other_folded = other.to_lowercase();
                if let Some(key) = folded.get(&other_folded).filter(|_| other_folded != written_folded) {
                    ok = false;
                    check.error(
                        field,
                        msg!("validate-lexicon-spoken-is-entry", word = format!("{written:?}"), other = format!("{other:?}"), entry = format!("{key:?}")),
                        Some(msg!("validate-lexicon-spoken-is-entry-hint")),
                    );
                }
            }
        }
        lexicon.insert(lang, crate::model::Lexicon::new(entries.into_iter().map(|(written, (_, spoken))| (written, spoken)).collect()));
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

/// What a `braille.stencil` length is, for its messages.
fn stencil_rule(name: &str) -> Message {
    match name {
        "window_margin_mm" => msg!("validate-what-window-margin"),
        "corner_radius_mm" => msg!("validate-what-corner-radius"),
        "corner_cut_mm" => msg!("validate-what-corner-cut"),
        "label_gap_mm" => msg!("validate-what-label-gap"),
        "sheet_margin_mm" => msg!("validate-what-sheet-margin"),
        _ => msg!("validate-what-tactile-gap"),
    }
}

/// How to write the election day, for a date that is not one: the date
/// turned round when it was written day first (`01.05.2024`).
fn date_hint(text: &str) -> Message {
    let digits = |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let parts: Vec<&str> = text.trim().split(['.', '/', '-']).collect();
    if let [y, m, d] = parts.as_slice() {
        if digits(y, 4) && digits(m, 2) && digits(d, 2) && text.contains('-') && !text.contains(['.', '/']) {
            // The form is right: the day itself does not exist (or is too early).
            return if y.parse::<u16>().is_ok_and(|y| y < 1900) { msg!("validate-date-hint-year") } else { msg!("validate-date-hint-no-such-day") };
        }
    }
    if let [d, m, y] = parts.as_slice() {
        let pad = |s: &str| format!("{s:0>2}");
        if digits(y, 4) && (1..=2).contains(&d.len()) && (1..=2).contains(&m.len()) && digits(&pad(d), 2) && digits(&pad(m), 2) {
            let iso = format!("{y}-{}-{}", pad(m), pad(d));
            if Date::parse(&iso).is_some() {
                return msg!("validate-date-hint-day-first", iso = iso);
            }
        }
    }
    msg!("validate-date-hint")
}

/// The language a code that is none most likely means: `kz` (the country)
/// and `KK` are Kazakh, `rus` is Russian.
fn meant_language(code: &str) -> Option<Lang> {
    let lower = code.trim().to_lowercase();
    match lower.as_str() {
        "kz" | "kaz" | "kk-kz" | "kk_kz" | "қаз" | "каз" | "кк" | "kazakh" => Some(Lang::Kk),
        "rus" | "ru-ru" | "ru_ru" | "ru-kz" | "ru_kz" | "рус" | "ру" | "russian" => Some(Lang::Ru),
        "eng" | "en-us" | "en-gb" | "en_us" | "en_gb" | "english" => Some(Lang::En),
        _ => Lang::from_code(&lower),
    }
}
