//! The print plan: read back by Python's csv module (not our code), one row
//! per ballot, material and language, copies adding up from each ballot's
//! `polling_stations` and the election's per-station quantities. The job
//! sheet, read back by pdftotext, is in the election's first language (or in
//! `production.language`); the CSV never changes with the language.

use crate::common::{examples_out, root, run, run_with_env, stderr, tool};

/// The job sheet's text as pdftotext lays it out, with no-break spaces (the
/// thousands separator of kk and ru, which pdftotext may keep or not) as plain ones.
fn sheet_text(pdf: &std::path::Path) -> String {
    tool("pdftotext", &["-layout", pdf.to_str().unwrap(), "-"]).replace('\u{a0}', " ")
}

/// A number as the job sheet writes it: `43,340` in English; `43 340` in
/// Kazakh and Russian, where a four-digit number stays whole.
fn grouped(n: u64, lang: &str) -> String {
    let digits = n.to_string();
    let separator = if lang == "en" { ',' } else { ' ' };
    if lang != "en" && digits.len() <= 4 {
        return digits;
    }
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(separator);
        }
        out.push(c);
    }
    out
}

/// A text with every run of white space as one space.
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The line of a totals table (under `heading`) that starts with `name`,
/// white space squeezed: `name copies sheets sheet size`.
fn total_line(sheet: &str, heading: &str, name: &str) -> String {
    let from = sheet.find(heading).unwrap_or_else(|| panic!("no {heading:?}:\n{sheet}"));
    sheet[from..].lines().skip(1).find(|l| l.trim_start().starts_with(name)).map(squeeze).unwrap_or_else(|| panic!("no total for {name}:\n{sheet}"))
}

/// Whether a squeezed total line gives `copies` right after the material's name.
fn gives_copies(line: &str, name: &str, copies: &str) -> bool {
    format!("{line} ").starts_with(&format!("{name} {copies} "))
}

/// The plan's rows as Python's csv module reads them (semicolons, BOM), as JSON.
fn read_back(path: &std::path::Path) -> Vec<std::collections::BTreeMap<String, String>> {
    let script = "import csv, json, sys\nwith open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n    print(json.dumps(list(csv.DictReader(f, delimiter=';'))))";
    serde_json::from_str(&tool("python3", &["-c", script, path.to_str().unwrap()])).unwrap()
}

#[test]
fn copies_add_up_from_polling_stations_and_the_quantities() {
    let plan = read_back(&examples_out().join("kz-2023-mazhilis/print-plan.csv"));
    // Three ballots: stencil and overlay per braille language (2), large print,
    // braille and audio per language (2).
    assert_eq!(plan.len(), 3 * (2 * 2 + 3 * 2), "{plan:#?}");
    let stations = [("almaty-3", 61u64), ("party-list", 10_223), ("zhambyl-15", 34)];
    let per_station = [("stencil", 1u64), ("overlay", 1), ("large_print", 2), ("braille", 1), ("audio", 1)];
    for row in &plan {
        let n = stations.iter().find(|(id, _)| *id == row["ballot"]).unwrap().1;
        let per = per_station.iter().find(|(m, _)| *m == row["material"]).unwrap().1;
        assert_eq!(row["polling_stations"], n.to_string(), "{row:?}");
        assert_eq!(row["copies_per_station"], per.to_string());
        // 5 % spare, rounded up.
        assert_eq!(row["copies"].parse::<u64>().unwrap(), (n * per * 105).div_ceil(100), "{row:?}");
        let file = examples_out().join("kz-2023-mazhilis").join(&row["file"]);
        assert!(file.exists(), "{} is planned but not there", row["file"]);
        if row["material"] != "audio" {
            // A number with its unit in the heading: `100 %` reads as 1 in a spreadsheet.
            assert_eq!(row["print_scale_percent"], "100");
            let pages = row["pages"].parse::<usize>().unwrap();
            assert!(pages >= 1);
            // As the files themselves count them: pdfinfo, and a BRF's form feeds (one per page).
            let counted = if row["material"] == "braille" {
                std::fs::read(&file).unwrap().iter().filter(|&&b| b == 0x0c).count()
            } else {
                let info = tool("pdfinfo", &[file.to_str().unwrap()]);
                info.lines().find_map(|l| l.strip_prefix("Pages:")).unwrap().trim().parse().unwrap()
            };
            assert_eq!(pages, counted, "{}", row["file"]);
        }
    }
    // The national total a print shop is told: 10,223 + 61 + 34 stations, 5 % spare, two languages.
    let stencils: u64 = plan.iter().filter(|r| r["material"] == "stencil").map(|r| r["copies"].parse::<u64>().unwrap()).sum();
    assert_eq!(stencils, 2 * ((10_223 * 105u64).div_ceil(100) + (61 * 105u64).div_ceil(100) + (34 * 105u64).div_ceil(100)));
    // The job sheet (in Kazakh, the election's first language) gives the same
    // totals per material, and a row per file (with its ballot's folder).
    let sheet = sheet_text(&examples_out().join("kz-2023-mazhilis/print-plan.pdf"));
    for (material, name) in [("stencil", "трафарет"), ("overlay", "жабынды парақ"), ("large_print", "ірі қаріп"), ("braille", "Брайль жазуы"), ("audio", "аудио")] {
        let total: u64 = plan.iter().filter(|r| r["material"] == material).map(|r| r["copies"].parse::<u64>().unwrap()).sum();
        let line = total_line(&sheet, "Материалдар бойынша жиыны", name);
        assert!(gives_copies(&line, name, &grouped(total, "kk")), "{material}: {line:?}, want {total}");
    }
    assert_eq!(sheet.lines().filter(|l| l.contains("zhambyl-15/")).count(), 10, "{sheet}");
    let stencil = plan.iter().find(|r| r["ballot"] == "zhambyl-15" && r["material"] == "stencil").unwrap();
    assert_eq!(stencil["trim_mm"], "148 x 210");
    // Its page (the trim with a 10 mm slug) on the smallest sheet of the stock
    // that takes it; almaty-3's 500 mm ballot on the example's long sheet.
    assert_eq!((stencil["page_mm"].as_str(), stencil["stock_size"].as_str(), stencil["stock_size_mm"].as_str()), ("168 x 230", "A4", "210 x 297"));
    let long = plan.iter().find(|r| r["ballot"] == "almaty-3" && r["material"] == "overlay").unwrap();
    assert_eq!((long["page_mm"].as_str(), long["stock_size"].as_str(), long["stock_size_mm"].as_str()), ("168 x 520", "330 x 600", "330 x 600"));
    for row in &plan {
        let sheets = if row["material"] == "audio" { String::new() } else { (row["pages"].parse::<u64>().unwrap() * row["copies"].parse::<u64>().unwrap()).to_string() };
        assert_eq!(row["sheets"], sheets, "{row:?}");
    }
    let brf = plan.iter().find(|r| r["material"] == "braille").unwrap();
    assert!(brf["braille_table"].contains("North American ASCII"), "{brf:?}");
}

#[test]
fn quantities_out_of_range_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    crate::common::copy_dir(&root().join("ballots/kz-2023-mazhilis"), &dir.path().join("e"));
    let election = dir.path().join("e/election.yaml");
    let text = std::fs::read_to_string(&election).unwrap().replace("spare_percent: 5", "spare_percent: 500");
    std::fs::write(&election, text).unwrap();
    let ballot = dir.path().join("e/districts/zhambyl-15.yaml");
    let text = std::fs::read_to_string(&ballot).unwrap().replace("polling_stations: 34", "polling_stations: 0");
    std::fs::write(&ballot, text).unwrap();
    let output = run(dir.path(), &["check", "e"]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.contains("a spare of 500 % is out of range") && err.contains("field: production.spare_percent"), "{err}");
    let text = std::fs::read_to_string(&election).unwrap().replace("spare_percent: 500", "spare_percent: 5");
    std::fs::write(&election, text).unwrap();
    let output = run(dir.path(), &["check", "e"]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.contains("the number of polling stations, 0, is out of range") && err.contains("field: polling_stations"), "{err}");
}

/// The Mazhilis example's definitions (`e`) and its built outputs (`out`), in a folder of their own.
fn built_mazhilis_copy() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    crate::common::copy_dir(&root().join("ballots/kz-2023-mazhilis"), &dir.path().join("e"));
    crate::common::copy_dir(&examples_out().join("kz-2023-mazhilis"), &dir.path().join("out/kz-2023-mazhilis"));
    dir
}

#[test]
fn a_ballot_without_polling_stations_is_not_planned_rather_than_guessed() {
    let dir = built_mazhilis_copy();
    let ballot = dir.path().join("e/districts/zhambyl-15.yaml");
    let text = std::fs::read_to_string(&ballot).unwrap().replace("polling_stations: 34 ", "# ");
    std::fs::write(&ballot, text).unwrap();
    // Quantities rebuild no material: every ballot is skipped, the plan is rewritten.
    let output = run(dir.path(), &["build", "e", "--out", "out"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stderr(&output).contains("skipped 3 unchanged"), "{}", stderr(&output));
    let plan = read_back(&dir.path().join("out/kz-2023-mazhilis/print-plan.csv"));
    for row in &plan {
        if row["ballot"] == "zhambyl-15" {
            assert_eq!((row["polling_stations"].as_str(), row["copies"].as_str()), ("", ""), "{row:?}");
        } else {
            assert!(row["copies"].parse::<u64>().unwrap() > 0, "{row:?}");
        }
    }
    // The job sheet (in Kazakh) says so before its totals, which leave the ballot out.
    let sheet = sheet_text(&dir.path().join("out/kz-2023-mazhilis/print-plan.pdf"));
    let warning = sheet.find("ЖОСПАРЛАНБАҒАН: сайлау учаскелерінің саны (polling_stations) көрсетілмеген 1 бюллетень").unwrap_or_else(|| panic!("{sheet}"));
    let totals = sheet.find("Материалдар бойынша жиыны").unwrap_or_else(|| panic!("{sheet}"));
    assert!(warning < totals && sheet[warning..totals].contains("zhambyl-15"), "{sheet}");
    let stencil_total = total_line(&sheet, "Материалдар бойынша жиыны", "трафарет");
    assert!(gives_copies(&stencil_total, "трафарет", "21 600"), "{stencil_total}"); // 2 × (10,735 + 65)
    assert_eq!(sheet.lines().filter(|l| l.contains("zhambyl-15/") && l.contains("жоспарда жоқ")).count(), 10, "{sheet}");
}

#[test]
fn the_job_sheet_is_drawn_again_only_when_what_it_shows_changed() {
    let dir = built_mazhilis_copy();
    let sheet = dir.path().join("out/kz-2023-mazhilis/print-plan.pdf");
    let build = || {
        let output = run(dir.path(), &["build", "e", "--out", "out"]);
        assert!(output.status.success(), "{}", stderr(&output));
        (std::fs::read(&sheet).unwrap(), std::fs::metadata(&sheet).unwrap().modified().unwrap())
    };
    let (first, drawn) = build();
    // Nothing changed: the sheet is left as it is.
    std::thread::sleep(std::time::Duration::from_millis(20));
    assert_eq!(build(), (first.clone(), drawn));
    // Gone, or written by something else (the same size), it is drawn again, the same.
    std::fs::remove_file(&sheet).unwrap();
    assert_eq!(build().0, first);
    let mut other = first.clone();
    *other.last_mut().unwrap() ^= 1;
    std::fs::write(&sheet, &other).unwrap();
    assert_eq!(build().0, first);
    // A quantity changes what it shows: drawn again, as a first build draws it.
    let ballot = dir.path().join("e/districts/zhambyl-15.yaml");
    std::fs::write(&ballot, std::fs::read_to_string(&ballot).unwrap().replace("polling_stations: 34", "polling_stations: 35")).unwrap();
    let (changed, _) = build();
    assert_ne!(changed, first);
    let text = tool("pdftotext", &["-layout", sheet.to_str().unwrap(), "-"]);
    // 35 stations, one stencil each, 5 % spare: 37 (34 gave 36).
    // The sheets, last: 37 copies of a one-page stencil.
    assert!(text.lines().any(|l| l.contains("zhambyl-15/stencil-kk.pdf") && l.trim_end().ends_with(" 37")), "{text}");
    std::fs::remove_dir_all(dir.path().join("out/.locks")).unwrap();
    std::fs::remove_file(&sheet).unwrap();
    assert_eq!(build().0, changed);
}

#[test]
fn the_job_sheet_is_in_the_elections_first_language_or_in_production_language() {
    let dir = built_mazhilis_copy();
    let election = dir.path().join("e/election.yaml");
    let folder = dir.path().join("out/kz-2023-mazhilis");
    let (pdf, csv) = (folder.join("print-plan.pdf"), folder.join("print-plan.csv"));
    let plan = read_back(&csv);
    let large_print: u64 = plan.iter().filter(|r| r["material"] == "large_print").map(|r| r["copies"].parse::<u64>().unwrap()).sum();
    assert!(large_print >= 10_000, "{large_print}: a total with a thousands separator");
    let csv_bytes = std::fs::read(&csv).unwrap();
    // Words only the English sheet has (file names such as stencil-kk.pdf are the same in every language).
    let english = ["Print plan", "Totals per", "copies", "device:", "stock:", "large print", "every file", "spare", "(no region)", "not planned"];
    let with_language = |code: Option<&str>| {
        let original = std::fs::read_to_string(root().join("ballots/kz-2023-mazhilis/election.yaml")).unwrap();
        let text = match code {
            Some(code) => original.replace("spare_percent: 5\n", &format!("spare_percent: 5\n  language: {code}\n")),
            None => original.clone(),
        };
        assert!(code.is_none() || text != original);
        std::fs::write(&election, text).unwrap();
    };

    // Kazakh, the election's first language, when production.language is not given.
    let kk = sheet_text(&pdf);
    for words in ["Басып шығару жоспары — Қазақстан Республикасы", "Материалдар бойынша жиыны", "Өңірлер бойынша жиыны", "таралым", "құрылғы: кескіш плоттер (PDF)", "тасығыш: трафарет парағы", "Жамбыл облысы", "(өңір көрсетілмеген)"] {
        assert!(kk.contains(words), "no {words:?} in the Kazakh sheet:\n{kk}");
    }
    for word in english.iter().chain(&["План печати", "Итого"]) {
        assert!(!kk.contains(word), "{word:?} in the Kazakh sheet:\n{kk}");
    }
    // Numbers with a (no-break) space between thousands, never a comma.
    let line = total_line(&kk, "Материалдар бойынша жиыны", "ірі қаріп");
    assert!(gives_copies(&line, "ірі қаріп", &grouped(large_print, "kk")) && !line.contains(','), "{line:?}, want {large_print}");

    // production.language: ru. Quantities and the sheet's language rebuild no
    // material: only the plan is written again, the sheet in Russian.
    with_language(Some("ru"));
    let output = run(dir.path(), &["build", "e", "--out", "out"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stderr(&output).contains("skipped 3 unchanged"), "{}", stderr(&output));
    let ru = sheet_text(&pdf);
    for words in ["План печати — Внеочередные выборы", "Итого по материалам", "Итого по регионам", "тираж", "оборудование: режущий плоттер (PDF)", "носитель: лист для трафарета", "крупный шрифт", "Жамбылская область", "(регион не указан)"] {
        assert!(ru.contains(words), "no {words:?} in the Russian sheet:\n{ru}");
    }
    for word in english.iter().chain(&["Басып шығару", "жиыны", "Жамбыл облысы"]) {
        assert!(!ru.contains(word), "{word:?} in the Russian sheet:\n{ru}");
    }
    let line = total_line(&ru, "Итого по материалам", "крупный шрифт");
    assert!(gives_copies(&line, "крупный шрифт", &grouped(large_print, "ru")) && !line.contains(','), "{line:?}, want {large_print}");
    // The CSV is for machines: the same bytes in every language.
    assert_eq!(std::fs::read(&csv).unwrap(), csv_bytes, "print-plan.csv changed with the sheet's language");

    // production.language: en switches the sheet to English (the title, which
    // the election has in kk and ru only, stays in its first language).
    with_language(Some("en"));
    let output = run(dir.path(), &["build", "e", "--out", "out"]);
    assert!(output.status.success(), "{}", stderr(&output));
    let en = sheet_text(&pdf);
    for words in ["Print plan — Қазақстан Республикасы", "Totals per material", "Totals per region", "copies", "device: cutting plotter (PDF) / laser cutter (SVG)", "stock: stencil sheet", "(no region)"] {
        assert!(en.contains(words), "no {words:?} in the English sheet:\n{en}");
    }
    for word in ["Басып шығару", "жиыны", "План печати", "Итого", "таралым", "тираж"] {
        assert!(!en.contains(word), "{word:?} in the English sheet:\n{en}");
    }
    let line = total_line(&en, "Totals per material", "large print");
    assert!(gives_copies(&line, "large print", &grouped(large_print, "en")), "{line:?}, want {large_print}");
    assert_eq!(std::fs::read(&csv).unwrap(), csv_bytes, "print-plan.csv changed with the sheet's language");

    // Back to the default: Kazakh again, as first drawn.
    with_language(None);
    let output = run(dir.path(), &["build", "e", "--out", "out"]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert_eq!(sheet_text(&pdf), kk);

    // A language the sheet cannot be written in is an error, in the user's language.
    with_language(Some("de"));
    let output = run_with_env(dir.path(), &["check", "e"], &[("BALLOT_ACCESS_LANG", "en")]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.contains("the print plan cannot be written in \"de\"") && err.contains("production.language") && err.contains("kk (Kazakh), ru (Russian) or en (English)"), "{err}");
    let output = run_with_env(dir.path(), &["check", "e"], &[("BALLOT_ACCESS_LANG", "ru")]);
    assert_eq!(output.status.code(), Some(1));
    let err = stderr(&output);
    assert!(err.contains("план печати нельзя составить на языке \"de\"") && err.contains("kk (казахский), ru (русский) или en (английский)"), "{err}");
}
