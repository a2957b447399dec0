//! The job sheet of a realistic region, read back by pdftotext against the
//! print plan as Python's csv module reads it (not our code): every ballot id
//! and file whole, ballots in natural order, totals in copies and in sheets
//! per sheet size that add up from pages × copies, the process of each layer
//! stated; every stencil and overlay page (pdfinfo) within its stock; and
//! `check` refusing a ballot whose pages fit no sheet of the stock.

use std::collections::BTreeMap;

use crate::common::{root, run, run_with_env, stderr, tool};

/// The plan's rows as Python's csv module reads them (semicolons, BOM).
fn read_back(path: &std::path::Path) -> Vec<BTreeMap<String, String>> {
    let script = "import csv, json, sys\nwith open(sys.argv[1], newline='', encoding='utf-8-sig') as f:\n    print(json.dumps(list(csv.DictReader(f, delimiter=';'))))";
    serde_json::from_str(&tool("python3", &["-c", script, path.to_str().unwrap()])).unwrap()
}

/// A text with every run of white space as one space.
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A number as the Kazakh job sheet writes it: `43 340`; four digits stay whole.
fn grouped(n: u64) -> String {
    let digits = n.to_string();
    if digits.len() <= 4 {
        return digits;
    }
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(' ');
        }
        out.push(c);
    }
    out
}

/// The Kazakh sheet's name of each material of the plan.
const MATERIALS: [(&str, &str); 5] = [("stencil", "трафарет"), ("overlay", "жабынды парақ"), ("large_print", "ірі қаріп"), ("braille", "Брайль жазуы"), ("audio", "аудио")];

/// The lines a totals table should have for these rows, white space
/// squeezed: per material (by its name) `name copies sheets size`, then
/// `sheets size` for each further sheet size, smallest first; sheets are
/// pages × copies.
fn expected_totals(rows: &[&BTreeMap<String, String>]) -> Vec<(&'static str, Vec<String>)> {
    let number = |row: &BTreeMap<String, String>, column: &str| row[column].parse::<u64>().unwrap_or_else(|_| panic!("{column} of {row:?}"));
    let mut tables = Vec::new();
    for (material, name) in MATERIALS {
        let of: Vec<_> = rows.iter().filter(|r| r["material"] == material).collect();
        if of.is_empty() {
            continue;
        }
        let copies: u64 = of.iter().map(|r| number(r, "copies")).sum();
        // Sheet size (by area) -> its words and sheets.
        let mut sizes: BTreeMap<(u64, String), u64> = BTreeMap::new();
        for row in of.iter().filter(|_| material != "audio") {
            let (w, h) = row["stock_size_mm"].split_once(" x ").unwrap();
            let area = (w.parse::<f64>().unwrap() * h.parse::<f64>().unwrap() * 100.0) as u64;
            let size = &row["stock_size"];
            let mm = row["stock_size_mm"].replace('.', ",");
            let words = if size.contains(" x ") { format!("{mm} мм") } else { format!("{size} ({mm} мм)") };
            *sizes.entry((area, words)).or_default() += number(row, "pages") * number(row, "copies");
        }
        let mut lines = Vec::new();
        let mut sizes = sizes.into_iter();
        match sizes.next() {
            Some(((_, words), sheets)) => lines.push(format!("{name} {} {} {words}", grouped(copies), grouped(sheets))),
            None => lines.push(format!("{name} {}", grouped(copies))),
        }
        lines.extend(sizes.map(|((_, words), sheets)| format!("{} {words}", grouped(sheets))));
        tables.push((name, lines));
    }
    tables
}

/// Checks the totals table under `heading` against `expected`: each
/// material's line, then its further sheet sizes on the lines after it.
fn check_totals(sheet: &str, heading: &str, expected: &[(&str, Vec<String>)]) {
    let from = sheet.find(heading).unwrap_or_else(|| panic!("no {heading:?} on the sheet"));
    let lines: Vec<String> = sheet[from..].lines().skip(1).take(40).map(squeeze).collect();
    for (name, material) in expected {
        let at = lines.iter().position(|l| l.starts_with(&format!("{name} ")));
        let at = at.unwrap_or_else(|| panic!("under {heading:?}, no line {:?}:\n{}", material[0], lines.join("\n")));
        assert_eq!(lines[at..(at + material.len()).min(lines.len())], material[..], "under {heading:?}");
    }
}

/// A realistic region (`generate --national --scale 0.06`, about 160
/// ballots): built once, its job sheet and plan checked together.
#[test]
fn a_realistic_regions_job_sheet_shows_whole_ids_sheets_and_natural_order() {
    let dir = tempfile::tempdir().unwrap();
    let generated = run(dir.path(), &["generate", "--national", "--scale", "0.06", "--out", "e"]);
    assert!(generated.status.success(), "{}", stderr(&generated));
    let built = run(dir.path(), &["build", "e", "--out", "out", "--quiet"]);
    assert!(built.status.success(), "{}", stderr(&built));
    let folder = dir.path().join("out/kz-national");
    let plan = read_back(&folder.join("print-plan.csv"));
    let pdf = folder.join("print-plan.pdf");
    // pdftotext may keep the no-break spaces between thousands: plain ones.
    let sheet = tool("pdftotext", &["-layout", pdf.to_str().unwrap(), "-"]).replace('\u{a0}', " ");
    assert!(plan.len() > 1_000, "{} rows", plan.len());

    // Every ballot id whole, once, at the head of its ballot's files; every
    // file whole (with its ballot's folder), once.
    let mut words: BTreeMap<&str, usize> = BTreeMap::new();
    for word in sheet.split_whitespace() {
        *words.entry(word).or_default() += 1;
    }
    let mut ballots: Vec<(Option<u32>, String)> = Vec::new();
    for row in &plan {
        let number = (!row["constituency_number"].is_empty()).then(|| row["constituency_number"].parse::<u32>().unwrap());
        if ballots.last().is_none_or(|(_, id)| *id != row["ballot"]) {
            ballots.push((number, row["ballot"].clone()));
        }
        let file = &row["file"];
        assert!(file.starts_with(&format!("{}/", row["ballot"])), "{row:?}");
        let shown = words.get(file.as_str()).copied().unwrap_or(0);
        assert_eq!(shown, 1, "{file} is whole {shown} times on the sheet");
    }
    let lines: Vec<String> = sheet.lines().map(squeeze).collect();
    let headings: Vec<&str> = lines.iter().filter_map(|l| l.split_once(" · ").map(|(id, _)| id)).filter(|id| ballots.iter().any(|(_, b)| b == id)).collect();
    for (_, id) in &ballots {
        assert_eq!(headings.iter().filter(|h| *h == id).count(), 1, "{id} is not whole at the head of its files once");
    }

    // Natural order, in the plan and on the sheet: ballots without a
    // constituency number (party lists) first, then by number: 2, 3, ... 10, 11.
    let mut expected = ballots.clone();
    expected.sort();
    assert_eq!(ballots, expected, "the plan's order");
    let ids: Vec<&str> = expected.iter().map(|(_, id)| id.as_str()).collect();
    assert_eq!(headings, ids, "the sheet's order");
    let numbers: Vec<u32> = expected.iter().filter_map(|(n, _)| *n).collect();
    assert!(numbers.windows(2).all(|w| w[0] < w[1]) && numbers.contains(&9) && numbers.contains(&10), "{numbers:?}");
    // The sheet names each numbered ballot's constituency by its number,
    // once (a name that already says `№ N` is not numbered again).
    let first = expected.iter().find(|(n, _)| n.is_some()).unwrap();
    let number = format!("№ {}", first.0.unwrap());
    let heading = lines.iter().find(|l| l.starts_with(&format!("{} · ", first.1))).unwrap_or_else(|| panic!("{first:?}"));
    assert_eq!(heading.matches(number.as_str()).count(), 1, "{heading}");

    // Sheets are pages × copies, in the plan and in every total: for the
    // election, and for the region (one region at this scale).
    for row in plan.iter().filter(|r| r["material"] != "audio") {
        let sheets = row["pages"].parse::<u64>().unwrap() * row["copies"].parse::<u64>().unwrap();
        assert_eq!(row["sheets"], sheets.to_string(), "{row:?}");
    }
    let all: Vec<&BTreeMap<String, String>> = plan.iter().collect();
    let totals = expected_totals(&all);
    check_totals(&sheet, "Материалдар бойынша жиыны", &totals);
    let region = &plan[0]["region"];
    assert!(plan.iter().all(|r| r["region"] == *region), "one region at this scale");
    check_totals(&sheet, &format!("{region} бойынша жиыны"), &totals);

    // How the stencil's braille is raised, and its registration with the cut.
    let stencil = plan.iter().find(|r| r["material"] == "stencil").unwrap();
    assert!(stencil["process"].contains("spot colour Braille raised 0.5 mm (marburg-medium") && stencil["process"].contains("CutContour"), "{stencil:?}");
    assert!(stencil["registration"].contains("registration marks"), "{stencil:?}");
    assert_eq!(stencil["stock_thickness_mm"], "0.5");
    let text = squeeze(&sheet);
    for words in [
        "Брайль жазуы: «Braille» плашкалық түсіндегі нүктелерді 0,5 мм биіктікке көтеру",
        "кесу: «CutContour» плашкалық түсі",
        "PDF ішінде тек кесу белгілері бар, сәйкестендіру белгілері жоқ",
        "қалыңдығы 0,5 мм · парақтар: A4 (210 x 297 мм); A3 (297 x 420 мм); 330 x 488 мм",
        "ісінетін қағазға 100 % масштабта басып, қыздырғыштан өткізу",
    ] {
        assert!(text.contains(words), "no {words:?} on the sheet");
    }

    // Every stencil and overlay page (pdfinfo) is the plan's page and lies
    // within the sheet of the stock the plan puts it on.
    for row in plan.iter().filter(|r| r["material"] == "stencil" || r["material"] == "overlay") {
        let info = tool("pdfinfo", &[folder.join(&row["file"]).to_str().unwrap()]);
        let size: Vec<f64> = info.lines().find_map(|l| l.strip_prefix("Page size:")).unwrap().split_whitespace().filter_map(|w| w.parse().ok()).take(2).collect();
        let (w, h) = (size[0] * 25.4 / 72.0, size[1] * 25.4 / 72.0);
        let page: Vec<f64> = row["page_mm"].split(" x ").map(|v| v.parse().unwrap()).collect();
        assert!((w - page[0]).abs() < 0.05 && (h - page[1]).abs() < 0.05, "{}: {w} x {h} mm, planned {}", row["file"], row["page_mm"]);
        let stock: Vec<f64> = row["stock_size_mm"].split(" x ").map(|v| v.parse().unwrap()).collect();
        let fits = |a: f64, b: f64| w <= a + 0.01 && h <= b + 0.01;
        assert!(fits(stock[0], stock[1]) || fits(stock[1], stock[0]), "{}: {w} x {h} mm on {}", row["file"], row["stock_size"]);
    }
}

/// A 148 x 500 mm ballot: its stencil and overlay pages (168 x 520 mm) fit
/// no A4 or A3 sheet. `check` refuses it at its paper's height, naming the
/// stock; listing a sheet the print shop has that takes it, it passes.
#[test]
fn check_refuses_a_ballot_whose_pages_fit_no_sheet_of_the_stock() {
    let dir = tempfile::tempdir().unwrap();
    crate::common::copy_dir(&root().join("ballots/kz-2022-referendum"), &dir.path().join("e"));
    let ballot = dir.path().join("e/referendum.yaml");
    let text = std::fs::read_to_string(&ballot).unwrap();
    assert!(!text.contains("\npaper:"), "the example has no paper of its own");
    std::fs::write(&ballot, format!("{text}paper:\n  height_mm: 500\n")).unwrap();
    let line = text.lines().count() + 2;
    let output = run_with_env(dir.path(), &["check", "e"], &[("BALLOT_ACCESS_LANG", "en")]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let err = stderr(&output);
    for material in ["stencil", "overlay"] {
        let message = format!("the {material} page is 168 x 520 mm and fits no sheet of `production.stock.{material}`: A4 (210 x 297 mm); A3 (297 x 420 mm)");
        assert!(err.contains(&message), "no {message:?} in:\n{err}");
        assert!(err.contains(&format!("`production.stock.{material}.sizes`, such as `[A4, A3, 168 x 520]`")), "{err}");
    }
    assert!(err.contains(&format!("e/referendum.yaml:{line}:")) && err.contains("field: paper.height_mm"), "{err}");
    assert!(err.contains("at this width the paper may be at most 400 mm long"), "{err}");

    // The print shop has long sheets: listed, the ballot passes.
    let election = dir.path().join("e/election.yaml");
    let stock = "production:\n  stock:\n    stencil: { sizes: [A4, A3, 330 x 600] }\n    overlay: { sizes: [A4, A3, 330 x 600], thickness_mm: 0.2 }\n";
    std::fs::write(&election, format!("{}{stock}", std::fs::read_to_string(&election).unwrap())).unwrap();
    let output = run(dir.path(), &["check", "e"]);
    assert!(output.status.success(), "{}", stderr(&output));
}
