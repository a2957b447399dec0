//! Braille: liblouis translation checked against liblouis's own test cases and
//! its command-line translator, embosser files against the PEF schema.

use std::collections::BTreeMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use ballot_access::braille::{self, table_list};
use ballot_access::output::manifest::Manifest;
use ballot_access::model::Lang;
use crate::common::{example_sheets, examples_out, root, run, stderr, stdout, tool};

/// Test data from other projects, kept in the project (`tests/data/README.md`).
fn data() -> PathBuf {
    root().join("tests/data")
}

/// Runs `ballot-access braille --lang L` on texts.
fn cli_braille(lang: &str, texts: &[&str]) -> Vec<String> {
    let mut args = vec!["braille", "--lang", lang];
    args.extend(texts);
    let output = run(&root(), &args);
    assert!(output.status.success(), "{}", stderr(&output));
    stdout(&output).lines().map(str::to_owned).collect()
}

#[test]
fn liblouis_peer_tests_pass() {
    let cases = fs::read_to_string(data().join("liblouis-3.24/cases.tsv")).unwrap();
    let mut count = 0;
    for line in cases.lines().filter(|l| !l.trim().is_empty()) {
        let [lang, text, expected] = line.split('\t').collect::<Vec<_>>()[..] else { panic!("bad case {line:?}") };
        let expected = expected.replace(' ', "\u{2800}");
        assert_eq!(cli_braille(lang, &[text]), [expected], "{lang}: {text}");
        count += 1;
    }
    assert_eq!(count, 32);
}

#[test]
fn stdin_mode_translates_line_by_line() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_ballot-access"))
        .args(["braille", "--lang", "ru"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all("Москва\n\nА, б\n".as_bytes()).unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(output.status.success());
    assert_eq!(String::from_utf8(output.stdout).unwrap(), "⠍⠕⠎⠅⠺⠁\n\n⠁⠂⠃\n");
}

/// The dots of each letter the table defines with virtual dot 9, read from the
/// installed table file itself (`lowercase \x04d9 3459`), without dot 9.
fn dot9_letters(table_file: &Path) -> BTreeMap<char, char> {
    let text = fs::read_to_string(table_file).unwrap();
    let mut letters = BTreeMap::new();
    let mut bases = Vec::new();
    for line in text.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        let code = |w: &str| char::from_u32(u32::from_str_radix(w.trim_start_matches("\\x"), 16).unwrap()).unwrap();
        match words.as_slice() {
            ["lowercase", ch, dots, ..] if dots.contains('9') => {
                let mask = dots.chars().filter_map(|d| d.to_digit(10)).filter(|d| (1..=8).contains(d)).fold(0u32, |m, d| m | 1 << (d - 1));
                letters.entry(code(ch)).or_insert(char::from_u32(0x2800 + mask).unwrap());
            }
            ["base", "uppercase", upper, lower, ..] => bases.push((code(upper), code(lower))),
            _ => {}
        }
    }
    // ru-litbrl.ctb, which kk.utb includes, makes І the capital of і.
    bases.push(('І', 'і'));
    for (upper, lower) in bases {
        if let Some(&cell) = letters.get(&lower) {
            letters.insert(upper, cell);
        }
    }
    letters
}

/// `lou_translate` with the Unicode display table: dot-9 letters come out as
/// the letter itself, which must then be that letter's cell without dot 9.
fn assert_same_as_lou_translate(lang: Lang, table_for_tool: &str, texts: &[&str], dot9: &BTreeMap<char, char>) {
    let mut child = Command::new("lou_translate")
        .args(["--forward", &format!("unicode.dis,{table_for_tool}")])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("lou_translate (liblouis-bin) must be installed");
    child.stdin.take().unwrap().write_all((texts.join("\n") + "\n").as_bytes()).unwrap();
    let reference = String::from_utf8(child.wait_with_output().unwrap().stdout).unwrap();
    let ours = cli_braille(lang.code(), texts);
    for ((text, reference), ours) in texts.iter().zip(reference.lines()).zip(&ours) {
        let expected: String = reference
            .chars()
            .map(|c| match c {
                ' ' => '\u{2800}',
                '\u{2800}'..='\u{28FF}' => c,
                other => *dot9.get(&other).unwrap_or_else(|| panic!("{text:?}: lou_translate left {other:?} untranslated")),
            })
            .collect();
        assert_eq!(ours, &expected, "{lang}: {text:?}");
        assert!(ours.chars().all(|c| ('\u{2800}'..='\u{28FF}').contains(&c)));
    }
}

const KAZAKH: &[&str] = &[
    "ӘҒҚҢӨҰҮҺІ әғқңөұүһі",
    "ӘБДІҚАДІРОВ Ерлан Серікұлы",
    "1975 жылы туған, Тараз қаласы, «AMANAT» партиясы ұсынған",
    "№ 15 Жамбыл бір мандатты аумақтық сайлау округі",
    "ӘМІРЕЕВА Салтанат-Нұр Бақытқызы",
    "«Ақ жол» Қазақстанның демократиялық партиясы",
    "Жалпыұлттық социал-демократиялық партия",
];

const RUSSIAN: &[&str] = &[
    "Партия «AMANAT»",
    "АБДИКАДИРОВ Ерлан Серикович",
    "1975 года рождения, город Тараз, выдвинут партией «AMANAT»",
    "Жамбылский одномандатный территориальный избирательный округ № 15",
    "АМИРЕЕВА Салтанат-Нур Бахытовна",
    "Народно-демократическая патриотическая партия «Ауыл»",
    "Поставьте любую отметку в пустом квадрате справа от фамилии кандидата, за которого Вы голосуете",
];

#[test]
fn kazakh_matches_lou_translate_with_dot_9_dropped() {
    let dot9 = dot9_letters(&braille::tables::system_tables_dir().join("kk.utb"));
    assert_eq!(dot9.len(), 18, "nine Kazakh letters in two cases: {dot9:?}");
    assert_same_as_lou_translate(Lang::Kk, table_list(Lang::Kk), KAZAKH, &dot9);
}

#[test]
fn russian_matches_lou_translate_and_marks_latin_letters() {
    // Plain ru-litbrl.ctb for Russian text: the Kazakh-letter addition changes nothing.
    assert_same_as_lou_translate(Lang::Ru, "ru-litbrl.ctb", RUSSIAN, &BTreeMap::new());
    // The Latin-letter sign (dots 4-6) before AMANAT.
    assert_eq!(cli_braille("ru", &["Партия «AMANAT»"]), ["⠏⠁⠗⠞⠊⠫⠀⠦⠨⠁⠍⠁⠝⠁⠞⠴"]);
}

#[test]
fn kazakh_letters_in_russian_text_read_as_in_kazakh_braille() {
    let dot9 = dot9_letters(&braille::tables::system_tables_dir().join("kk.utb"));
    let text = "Казахстанская партия зеленых «Байтақ»";
    assert!(braille::untranslatable(text, Lang::Ru).is_empty());
    assert_same_as_lou_translate(Lang::Ru, table_list(Lang::Ru), &[text], &dot9);
    let ours = cli_braille("ru", &[text]).remove(0);
    let kk_cell = dot9[&'қ'];
    assert!(ours.ends_with(&format!("⠁{kk_cell}⠴")), "{ours}");
}

#[test]
fn untranslatable_characters_are_found() {
    assert_eq!(braille::untranslatable("Снеговик ☃ и ☃", Lang::Ru), ['☃']);
    assert_eq!(braille::untranslatable("ӘЛИЕВ ☃", Lang::Kk), ['☃']);
    assert!(braille::untranslatable("ӘЛИЕВ Ғани «Amanat» № 15-1", Lang::Kk).is_empty());
}

#[test]
fn back_translation_flags_what_does_not_read_back() {
    for (lang, text) in [(Lang::Kk, KAZAKH[1]), (Lang::Kk, KAZAKH[3]), (Lang::Ru, RUSSIAN[0]), (Lang::Ru, RUSSIAN[3])] {
        let check = braille::check_round_trip(text, lang).unwrap();
        assert!(check.matches, "{text:?} read back as {:?}", check.back);
    }
    // Russian braille ends the Latin sign at a hyphen: "e-mail" reads back as "e-маил".
    let check = braille::check_round_trip("e-mail", Lang::Ru).unwrap();
    assert!(!check.matches);
    assert_eq!(check.back, "e-маил");
}

#[test]
fn every_example_pef_validates_against_the_schema() {
    let schema = data().join("schemas/pef-2008-1.rng");
    let mut count = 0;
    for (election, ballot, lang) in example_sheets() {
        let pef = examples_out().join(&election.id).join(&ballot.id).join(format!("braille-{lang}.pef"));
        let output = Command::new("xmllint")
            .args(["--noout", "--relaxng", schema.to_str().unwrap(), pef.to_str().unwrap()])
            .output()
            .expect("xmllint (libxml2-utils) must be installed");
        assert!(output.status.success(), "{}: {}", pef.display(), String::from_utf8_lossy(&output.stderr));
        let text = fs::read_to_string(&pef).unwrap();
        let identifier = format!("<dc:identifier>{}/{}/{}/{lang}</dc:identifier>", election.id, ballot.id, ballot.proof_id);
        assert!(text.contains(&identifier), "{text}");
        assert!(text.contains(&format!("<dc:language>{lang}</dc:language>")));
        assert!(text.contains("<volume cols=\"30\" rows=\"27\""));
        // Every option's name is in the PEF, in braille.
        for option in &ballot.contest.options {
            let name = braille::translate(option.name.get(lang), lang).unwrap();
            let first_word = name.split('\u{2800}').next().unwrap();
            assert!(text.contains(first_word), "{}: option {} missing", pef.display(), option.number);
        }
        count += 1;
    }
    assert_eq!(count, 8);
}

#[test]
fn brf_is_printable_ascii_within_the_page() {
    for (election, ballot, lang) in example_sheets() {
        let path = examples_out().join(&election.id).join(&ballot.id).join(format!("braille-{lang}.brf"));
        let bytes = fs::read(&path).unwrap();
        assert!(bytes.iter().all(|&b| (0x20..=0x7E).contains(&b) || b == b'\r' || b == b'\n' || b == 0x0C), "{}", path.display());
        let text = String::from_utf8(bytes).unwrap();
        assert!(!text.replace("\r\n", "").contains('\n'), "bare LF in {}", path.display());
        // Every page, the last too, ends with a form feed.
        let pages: Vec<&str> = text.strip_suffix('\x0C').expect("a form feed after the last page").split('\x0C').collect();
        for page in &pages {
            let lines: Vec<&str> = page.strip_suffix("\r\n").unwrap_or(page).split("\r\n").collect();
            assert!(lines.len() <= 27, "{}: page of {} lines", path.display(), lines.len());
            assert!(lines.iter().all(|l| l.len() <= 30), "{}: line over 30 cells", path.display());
        }
        // The PEF has the same pages, and page numbers at the top right.
        let pef = fs::read_to_string(path.with_extension("pef")).unwrap();
        assert_eq!(pef.matches("<page>").count(), pages.len());
        assert!(pages[0].starts_with(&format!("{}#A", " ".repeat(28))), "{}", &pages[0][..40]);
    }
}

#[test]
fn manifest_records_liblouis_and_its_tables() {
    let manifest = Manifest::read(&examples_out().join("kz-2023-mazhilis/manifest.json")).unwrap();
    let version = tool("lou_translate", &["--version"]);
    assert!(version.contains(&manifest.liblouis), "{version} vs {}", manifest.liblouis);
    let tables = braille::tables::system_tables_dir();
    for file in ["kk.utb", "ru-litbrl.ctb", "ru-unicode.dis", "braille-patterns.cti"] {
        let entry = manifest.braille_tables.iter().find(|t| t.file == file).unwrap_or_else(|| panic!("{file} not recorded"));
        let sha = tool("sha256sum", &[tables.join(file).to_str().unwrap()]);
        assert!(sha.starts_with(&entry.sha256), "{file}");
    }
    assert!(manifest.braille_tables.iter().any(|t| t.file == "kazakh-letters.uti" && t.lang == "ru"));
    // The braille checks are in the ballot's review data, listed in the manifest.
    assert!(manifest.outputs.iter().any(|o| o.path == "party-list/review.json"));
    let checks = ballot_access::review::BallotReview::read(&examples_out().join("kz-2023-mazhilis"), "party-list").braille_checks;
    assert!(checks.len() >= 2 * 12 && checks.iter().all(|c| c.matches));
}
