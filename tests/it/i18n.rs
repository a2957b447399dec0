//! The interface in Kazakh and Russian: how the language is chosen, `--help`
//! of every command, and `check` of every bad-input corpus case in each
//! language, golden-tested (`UPDATE_GOLDEN=1` rewrites the files), with no
//! English word left in kk and ru and no catalogue problem.

use std::fs;
use std::path::{Path, PathBuf};

use crate::common::{root, run_with_env, stderr, stdout};

const LANGUAGES: [&str; 3] = ["en", "kk", "ru"];

/// Compares `actual` with a golden file, or rewrites it under `UPDATE_GOLDEN`.
fn golden(path: &Path, actual: &str) -> Result<(), String> {
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, actual).unwrap();
        return Ok(());
    }
    let expected = fs::read_to_string(path).unwrap_or_default();
    if expected == actual {
        return Ok(());
    }
    let first = expected.lines().zip(actual.lines()).position(|(a, b)| a != b).unwrap_or(expected.lines().count().min(actual.lines().count()));
    Err(format!(
        "{} differs (UPDATE_GOLDEN=1 to accept) at line {}:\n  golden: {:?}\n  actual: {:?}",
        path.display(),
        first + 1,
        expected.lines().nth(first).unwrap_or(""),
        actual.lines().nth(first).unwrap_or("")
    ))
}

/// Latin words of two or more letters left in a kk or ru text, once what
/// is the same in every language is taken out: source lines and carets,
/// locations, field paths, `code`, "quoted values", paths and file names,
/// options, placeholders, codes and abbreviations in capitals.
pub fn english_words(text: &str, allowed: &[&str]) -> Vec<String> {
    const SAME_IN_EVERY_LANGUAGE: &[&str] = &["kk", "ru", "en", "mm", "ballot-access", "liblouis", "espeak-ng", "Windows", "Excel", "LibreOffice", "Debian"];
    let mut found = Vec::new();
    for line in text.lines() {
        let trimmed = line.trim_start();
        let is_source = trimmed.split_once(" |").is_some_and(|(n, _)| n.chars().all(|c| c.is_ascii_digit())) || trimmed.starts_with('|');
        if is_source || trimmed.starts_with("-->") || trimmed.starts_with("= ") && trimmed.split_once(':').is_some_and(|(_, rest)| !rest.contains(' ') || rest.trim().chars().all(|c| c.is_ascii_alphanumeric() || "._[]-".contains(c))) {
            continue;
        }
        let mut kept = String::new();
        let mut quote: Option<char> = None;
        for c in line.chars() {
            match quote {
                Some(q) if c == q => quote = None,
                Some(_) => {}
                None if c == '`' || c == '"' => quote = Some(c),
                None => kept.push(c),
            }
        }
        for token in kept.split(|c: char| c.is_whitespace() || ",;:()[]{}«»!?=".contains(c)) {
            let file_like = token.trim_end_matches(['.', '…']).contains(['/', '\\', '.', '_', '<', '>', '@', '*', '$', '+', '\'']);
            let token = token.trim_matches(|c: char| ".'…—–".contains(c));
            // A Kazakh ending joined to a name or a code (`YAML-да`, `Excel-дің`).
            let token = match token.split_once('-') {
                Some((name, ending)) if ending.chars().all(|c| !c.is_ascii()) => name,
                _ => token,
            };
            let same = token.is_empty()
                || file_like
                || token.starts_with('-')
                || token.chars().any(|c| c.is_ascii_digit())
                || !token.chars().any(|c| c.is_ascii_alphabetic())
                || token.chars().filter(|c| c.is_alphabetic()).all(|c| c.is_uppercase())
                || token.chars().filter(|c| c.is_ascii_alphabetic()).count() < 2
                || SAME_IN_EVERY_LANGUAGE.contains(&token)
                || allowed.contains(&token);
            if !same && token.chars().any(|c| c.is_ascii_alphabetic()) {
                found.push(format!("{token} in {line:?}"));
            }
        }
    }
    found
}

/// The environment that asks for a language through `--lang`.
fn in_language(dir: &Path, lang: &str, args: &[&str]) -> std::process::Output {
    let mut all = vec!["--lang", lang];
    all.extend_from_slice(args);
    run_with_env(dir, &all, &[])
}

#[test]
fn the_language_comes_from_the_flag_the_variable_or_the_locale() {
    let dir = tempfile::tempdir().unwrap();
    let russian = "Проверить описания";
    let help = |env: &[(&str, &str)], args: &[&str]| stdout(&run_with_env(dir.path(), args, env));
    assert!(help(&[("LANG", "ru_RU.UTF-8")], &["--help"]).contains("Команды"), "LANG=ru");
    assert!(help(&[("LC_ALL", "kk_KZ.UTF-8"), ("LANG", "ru_RU.UTF-8")], &["--help"]).contains("Командалар"), "LC_ALL first");
    assert!(help(&[("BALLOT_ACCESS_LANG", "ru"), ("LANG", "kk_KZ.UTF-8")], &["check", "--help"]).contains(russian), "the variable before the locale");
    assert!(help(&[("BALLOT_ACCESS_LANG", "kk")], &["--lang", "ru", "check", "--help"]).contains(russian), "the flag before the variable");
    assert!(help(&[("LANG", "C.UTF-8")], &["--help"]).contains("Commands"), "English otherwise");
    // `--lang` after the command is that command's own option (a braille table).
    let braille = run_with_env(dir.path(), &["--lang", "ru", "braille", "--lang", "kk", "қ"], &[]);
    assert_eq!(braille.status.code(), Some(0), "{}", stderr(&braille));
    // A language the tool does not speak is an error, not English.
    for (args, env) in [(vec!["--lang", "de", "check", "x"], vec![]), (vec!["check", "x"], vec![("BALLOT_ACCESS_LANG", "de")])] {
        let output = run_with_env(dir.path(), &args, &env);
        assert_eq!(output.status.code(), Some(2), "{}", stderr(&output));
        assert!(stderr(&output).contains("неизвестный язык интерфейса \"de\""), "{}", stderr(&output));
    }
}

/// Every command the help lists, as argument lists (`["review", "import"]`).
fn commands(dir: &Path) -> Vec<Vec<String>> {
    let mut found = vec![Vec::new()];
    let mut next = 0;
    while next < found.len() {
        let path = found[next].clone();
        next += 1;
        let mut args: Vec<&str> = vec!["--lang", "en"];
        args.extend(path.iter().map(String::as_str));
        args.push("--help");
        let help = stdout(&run_with_env(dir, &args, &[]));
        let listed = help.split("Commands:\n").nth(1).unwrap_or("").split("\n\n").next().unwrap_or("");
        for line in listed.lines() {
            if let Some(name) = line.split_whitespace().next() {
                let mut sub = path.clone();
                sub.push(name.to_owned());
                found.push(sub);
            }
        }
    }
    found
}

#[test]
fn the_help_of_every_command_is_in_kazakh_and_russian() {
    let dir = tempfile::tempdir().unwrap();
    let commands = commands(dir.path());
    assert!(commands.len() >= 13, "{commands:?}");
    // Command names and the values of options are typed as they are.
    let mut names: Vec<&str> = commands.iter().flatten().map(String::as_str).collect();
    names.extend(["register", "alphabetical"]);
    let mut failures = Vec::new();
    for lang in LANGUAGES {
        let mut all = String::new();
        for command in &commands {
            let mut args: Vec<&str> = command.iter().map(String::as_str).collect();
            args.push("--help");
            let output = in_language(dir.path(), lang, &args);
            let text = stdout(&output);
            if output.status.code() != Some(0) || text.contains("[i18n:") {
                failures.push(format!("{lang} {args:?}: exit {:?}\n{text}{}", output.status.code(), stderr(&output)));
            }
            if lang != "en" {
                let words = english_words(&text, &names);
                if !words.is_empty() {
                    failures.push(format!("{lang} {args:?}: English left: {}", words.join("; ")));
                }
            }
            all.push_str(&format!("=== ballot-access {}\n{text}\n", args.join(" ")));
        }
        if let Err(e) = golden(&root().join(format!("tests/golden/help/{lang}.txt")), &all) {
            failures.push(e);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn usage_errors_are_in_the_language() {
    let dir = tempfile::tempdir().unwrap();
    for (lang, words) in [("ru", ["нет команды", "возможно", "Использование:"]), ("kk", ["командасы жоқ", "мүмкін", "Қолданылуы:"])] {
        let output = in_language(dir.path(), lang, &["biuld", "x"]);
        assert_eq!(output.status.code(), Some(2));
        let text = stderr(&output);
        assert!(words.iter().all(|w| text.contains(w)), "{text}");
        assert!(english_words(&text, &[]).is_empty(), "{text}");
    }
}

#[test]
fn check_of_every_corpus_case_is_golden_in_every_language_with_no_english_left() {
    let mut cases: Vec<PathBuf> = fs::read_dir(root().join("tests/corpus/cases"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    cases.sort();
    let mut outputs: Vec<(String, [String; 3])> = Vec::new();
    for case in &cases {
        let dir = tempfile::tempdir().unwrap();
        crate::bad_input::place_case(dir.path(), case);
        let name = case.file_stem().unwrap().to_string_lossy().into_owned();
        let texts = LANGUAGES.map(|lang| stderr(&in_language(dir.path(), lang, &["check", "e"])));
        outputs.push((name, texts));
    }
    let mut failures = Vec::new();
    for (i, lang) in LANGUAGES.iter().enumerate() {
        let mut all = String::new();
        for (name, texts) in &outputs {
            let text = &texts[i];
            if text.contains("[i18n:") {
                failures.push(format!("{lang} {name}: catalogue problem:\n{text}"));
            }
            if *lang != "en" {
                let words = english_words(text, &[]);
                if !words.is_empty() {
                    failures.push(format!("{lang} {name}: English left: {}", words.join("; ")));
                }
            }
            all.push_str(&format!("=== {name}\n{text}\n"));
        }
        if let Err(e) = golden(&root().join(format!("tests/golden/check/{lang}.txt")), &all) {
            failures.push(e);
        }
    }
    assert!(failures.is_empty(), "{} problems:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn the_english_word_finder_finds_english_and_only_english() {
    let kept = "ошибка: значение `kinds` \"Foo bar\" в e/ballot.yaml: --out <ПАПКА> U+0009 PDF kk\n   = поле: contest.options[2].name\n12 |   name: { kk: Foo }\n";
    assert!(english_words(kept, &[]).is_empty(), "{:?}", english_words(kept, &[]));
    assert_eq!(english_words("ошибка: the value", &[]).len(), 2);
    assert_eq!(english_words("  build  Собрать", &["build"]).len(), 0);
}
