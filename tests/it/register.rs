//! From a commission's candidate register to definitions: `import` writes one
//! ballot per district that `check` accepts, in the register's order or the
//! Kazakh alphabet's; every problem is reported at its cell and nothing is
//! written; a file edited by hand is never overwritten without `--force`.

use std::fs;
use std::path::{Path, PathBuf};

use ballot_access::model::Lang;

use crate::common::{copy_dir, root, run, snapshot, stderr};

/// The parliamentary example with only its district ballot (the contest the imports share).
fn election(dir: &Path) -> PathBuf {
    let e = dir.join("e");
    copy_dir(&root().join("ballots/kz-2023-mazhilis"), &e);
    fs::remove_file(e.join("party-list.yaml")).unwrap();
    fs::remove_file(e.join("districts/almaty-3.yaml")).unwrap();
    e
}

fn register() -> String {
    fs::read_to_string(root().join("tests/data/register/two-districts.csv")).unwrap()
}

#[test]
fn a_register_becomes_checked_definitions_in_either_order() {
    let dir = tempfile::tempdir().unwrap();
    let e = election(dir.path());
    fs::write(dir.path().join("r.csv"), register()).unwrap();
    let imported = run(dir.path(), &["import", "r.csv", "--election", "e"]);
    assert!(imported.status.success(), "{}", stderr(&imported));
    let checked = run(dir.path(), &["check", "e"]);
    assert!(checked.status.success(), "{}", stderr(&checked));
    let one = fs::read_to_string(e.join("districts/district-1.yaml")).unwrap();
    // Name parts and details composed per language; the contest and against-all from the election's ballot.
    for expected in ["number: 1", "kk: \"ӘБДІҚАДІРОВ Ерлан Серікұлы\"", "ru: \"1975 года рождения, город Алматы, выдвинут партией «AMANAT»\"", "polling_stations: 40", "against_all: true", "kk: \"Барлығына қарсы\""] {
        assert!(one.contains(expected), "{expected}: {one}");
    }
    let order = |text: &str| text.lines().filter(|l| l.trim_start().starts_with("kk: \"") && l.starts_with("        kk")).map(str::to_owned).collect::<Vec<_>>();
    let two = fs::read_to_string(e.join("districts/district-2.yaml")).unwrap();
    assert!(order(&two)[0].contains("БАЙМҰХАМБЕТОВА"), "the register's order: {two}");
    // Again: the same files, byte for byte; alphabetical: Ахметов before Баймұхамбетова.
    let before = snapshot(&e);
    assert!(run(dir.path(), &["import", "r.csv", "--election", "e"]).status.success());
    assert_eq!(snapshot(&e), before);
    assert!(run(dir.path(), &["import", "r.csv", "--election", "e", "--order", "alphabetical"]).status.success());
    let two = fs::read_to_string(e.join("districts/district-2.yaml")).unwrap();
    assert!(order(&two)[0].contains("АХМЕТОВ"), "alphabetical: {two}");

    // A hand edit is not overwritten, unless --force.
    fs::write(e.join("districts/district-2.yaml"), two.replace("polling_stations: 35", "polling_stations: 36")).unwrap();
    let refused = run(dir.path(), &["import", "r.csv", "--election", "e"]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(stderr(&refused).contains("districts/district-2.yaml was changed by hand since the last import") && stderr(&refused).contains("--force"), "{}", stderr(&refused));
    assert!(run(dir.path(), &["import", "r.csv", "--election", "e", "--force"]).status.success());
    assert!(fs::read_to_string(e.join("districts/district-2.yaml")).unwrap().contains("polling_stations: 35"));
}

#[test]
fn every_problem_is_reported_at_its_cell_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let e = election(dir.path());
    let before = snapshot(&e);
    let mut lines: Vec<String> = register().lines().map(str::to_owned).collect();
    // A lost letter (H3), a year as a formula error (M2), a non-breaking space inside a name (K4),
    // no polling stations for district 2 (F4), a repeated candidate (row 6), a gap (district 4, A7),
    // an unknown column.
    lines[0].push_str(";Телефон");
    lines[2] = lines[2].replace("Асқар", "Ас?ар");
    lines[1] = lines[1].replace(";1975;", ";#N/A;");
    lines[3] = lines[3].replace(";35;", ";;").replace("Гульнар", "Гуль\u{a0}нар");
    let repeated = lines[4].clone();
    lines.push(repeated);
    lines.push(lines[4].replacen("2;", "4;", 1));
    fs::write(dir.path().join("bad.csv"), lines.join("\n") + "\n").unwrap();
    let output = run(dir.path(), &["import", "bad.csv", "--election", "e"]);
    assert_eq!(output.status.code(), Some(1));
    let text = stderr(&output);
    let expected = "bad.csv: cell R1 (Телефон): error: the column \"Телефон\" is not one the import knows";
    assert!(text.contains(expected), "{expected}\n{text}");
    assert!(text.contains("nothing was written"), "{text}");
    assert_eq!(snapshot(&e), before, "nothing written");
    // With the column ignored, the cells' own problems, all at once.
    let output = run(dir.path(), &["import", "bad.csv", "--election", "e", "--ignore-column", "Телефон"]);
    let text = stderr(&output);
    for expected in [
        "bad.csv: cell M2 (birth_year): error: the cell holds the spreadsheet error #N/A",
        "bad.csv: cell K4 (name_ru): error: \"Гуль\\u{a0}нар\" holds a non-breaking space",
        "bad.csv: cell A4 (district_number): error: district 2 has no polling_stations",
        "bad.csv: cell G6 (surname_kk): error: the same candidate as at cell G5 (surname_kk) (district 2)",
        "bad.csv: cell A7 (district_number): error: district 4 follows district 2: the numbers have a gap",
    ] {
        assert!(text.contains(expected), "{expected}\n{text}");
    }
    assert_eq!(snapshot(&e), before, "nothing written");
    // A lost letter in a name, at its cell.
    let lost: Vec<String> = register().lines().map(|l| l.replace("Асқар", "Ас?ар")).collect();
    fs::write(dir.path().join("q.csv"), lost.join("\n") + "\n").unwrap();
    let output = run(dir.path(), &["import", "q.csv", "--election", "e"]);
    assert!(stderr(&output).contains("q.csv: cell H3 (name_kk): error: \"Ас?ар\" holds a `?`: a letter was lost"), "{}", stderr(&output));
    // Once the cells are right, `check`'s own rules point at cells too: a Latin `c` in a Kazakh name.
    let latin: Vec<String> = register().lines().map(|l| l.replace("Асқар", "Аcқар")).collect();
    fs::write(dir.path().join("l.csv"), latin.join("\n") + "\n").unwrap();
    let output = run(dir.path(), &["import", "l.csv", "--election", "e"]);
    assert!(stderr(&output).contains("l.csv: cell H3 (name_kk): error:") && stderr(&output).contains("Latin"), "{}", stderr(&output));
    assert!(stderr(&output).contains("hint:"), "{}", stderr(&output));
    assert_eq!(snapshot(&e), before, "nothing written");
}

/// `csv` saved by LibreOffice (headless) as `extension`, as a commission's
/// spreadsheet program would: numbers become numbers, `1-4` a date.
fn saved_by_libreoffice(csv: &Path, extension: &str) -> PathBuf {
    // `;`, `"`, UTF-8, from line 1, English (US) numbers, special numbers (dates) detected.
    let out = csv.parent().unwrap().join(format!("lo-{extension}"));
    let profile = format!("-env:UserInstallation=file://{}", csv.parent().unwrap().join("lo-profile").display());
    let output = std::process::Command::new("soffice")
        .args([profile.as_str(), "--headless", "--infilter=CSV:59,34,76,1,,1033,false,true", "--convert-to", extension, "--outdir", out.to_str().unwrap(), csv.to_str().unwrap()])
        .output()
        .expect("LibreOffice (scripts/setup --test installs it)");
    let saved = out.join(csv.with_extension(extension).file_name().unwrap());
    assert!(saved.is_file(), "{}", String::from_utf8_lossy(&output.stderr));
    saved
}

#[test]
fn registers_saved_as_xlsx_xls_and_ods_give_the_same_definitions() {
    let dir = tempfile::tempdir().unwrap();
    let e = election(dir.path());
    let csv = dir.path().join("register.csv");
    fs::write(&csv, register()).unwrap();
    assert!(run(dir.path(), &["import", "register.csv", "--election", "e"]).status.success());
    let from_csv = snapshot(&e.join("districts"));
    for extension in ["xlsx", "xls", "ods"] {
        let saved = saved_by_libreoffice(&csv, extension);
        let imported = run(dir.path(), &["import", saved.to_str().unwrap(), "--election", "e"]);
        assert!(imported.status.success(), "{extension}: {}", stderr(&imported));
        assert_eq!(snapshot(&e.join("districts")), from_csv, "{extension}");
    }
    // What a spreadsheet did to typed values, at the cell, with the sheet's name.
    let damaged: Vec<String> = register().lines().map(|l| l.replacen(";1975;", ";1/4;", 1)).collect();
    let csv = dir.path().join("damaged.csv");
    fs::write(&csv, damaged.join("\n") + "\n").unwrap();
    let saved = saved_by_libreoffice(&csv, "xlsx");
    let refused = run(dir.path(), &["import", saved.to_str().unwrap(), "--election", "e"]);
    assert_eq!(refused.status.code(), Some(1));
    assert!(stderr(&refused).contains("damaged.xlsx: sheet damaged, cell M2 (birth_year): error: the birth year became the date 20"), "{}", stderr(&refused));
}

/// A spreadsheet opened and saved again by LibreOffice as `extension`.
fn resaved_by_libreoffice(file: &Path, extension: &str) -> PathBuf {
    let out = file.parent().unwrap().join(format!("lo-resaved-{extension}"));
    let profile = format!("-env:UserInstallation=file://{}", file.parent().unwrap().join("lo-profile").display());
    let output = std::process::Command::new("soffice").args([profile.as_str(), "--headless", "--convert-to", extension, "--outdir", out.to_str().unwrap(), file.to_str().unwrap()]).output().expect("LibreOffice");
    let saved = out.join(file.with_extension(extension).file_name().unwrap());
    assert!(saved.is_file(), "{}", String::from_utf8_lossy(&output.stderr));
    saved
}

/// An `.xlsx` read back by LibreOffice as UTF-8 CSV (its first sheet).
fn read_by_libreoffice(xlsx: &Path) -> String {
    let out = xlsx.parent().unwrap().join("lo-csv");
    let profile = format!("-env:UserInstallation=file://{}", xlsx.parent().unwrap().join("lo-profile").display());
    std::process::Command::new("soffice")
        .args([profile.as_str(), "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", out.to_str().unwrap(), xlsx.to_str().unwrap()])
        .output()
        .expect("LibreOffice (scripts/setup --test installs it)");
    fs::read_to_string(out.join(xlsx.with_extension("csv").file_name().unwrap())).unwrap()
}

fn unzipped(xlsx: &Path, entry: &str) -> String {
    crate::common::tool("unzip", &["-p", xlsx.to_str().unwrap(), entry])
}

#[test]
fn the_template_is_a_register_the_import_reads() {
    let dir = tempfile::tempdir().unwrap();
    let e = election(dir.path());
    for lang in ["ru", "kk"] {
        let out = dir.path().join(format!("template-{lang}.xlsx"));
        let written = run(dir.path(), &["template", "--lang", lang, "--out", out.to_str().unwrap(), "--election", "e"]);
        assert!(written.status.success(), "{}", stderr(&written));
        let again = dir.path().join("again.xlsx");
        assert!(run(dir.path(), &["template", "--lang", lang, "--out", again.to_str().unwrap(), "--election", "e"]).status.success());
        assert_eq!(fs::read(&out).unwrap(), fs::read(&again).unwrap(), "the same bytes each time");
        // LibreOffice reads the headings in the language asked for, and the example row.
        let csv = read_by_libreoffice(&out);
        let header = csv.lines().next().unwrap();
        let expected = if lang == "ru" { "Номер округа,Название округа (kk),Название округа (ru)" } else { "Округ нөмірі,Округ атауы (kk),Округ атауы (ru)" };
        assert!(header.starts_with(expected), "{header}");
        assert!(csv.lines().nth(1).unwrap().starts_with("1,"), "{csv}");
        // Notes on the headings; whole numbers and years validated.
        let sheet = unzipped(&out, "xl/worksheets/sheet1.xml");
        assert!(sheet.contains("<dataValidation type=\"whole\"") && sheet.contains("<formula1>1900</formula1><formula2>2010</formula2>"), "{sheet}");
        assert!(unzipped(&out, "xl/comments1.xml").contains("Год рождения, четыре цифры") || lang == "kk");
        // Its example row left in is refused as the example; typed over, it imports.
        let refused = run(dir.path(), &["import", out.to_str().unwrap(), "--election", "e"]);
        assert!(stderr(&refused).contains("cell G2 (surname_kk): error: this is the template's example row"), "{}", stderr(&refused));
        let filled = dir.path().join(format!("filled-{lang}.csv"));
        fs::write(&filled, csv.replace("ҮЛГІБАЕВ", "СӘРСЕНОВ").replace("УЛГИБАЕВ", "САРСЕНОВ")).unwrap();
        let imported = run(dir.path(), &["import", filled.to_str().unwrap(), "--election", "e", "--force"]);
        assert!(imported.status.success(), "{}", stderr(&imported));
    }
    assert!(run(dir.path(), &["check", "e"]).status.success());
    assert!(fs::read_to_string(e.join("districts/district-1.yaml")).unwrap().contains("СӘРСЕНОВ Мысал Үлгіұлы"));
}

#[test]
fn an_exported_register_imports_as_the_same_definitions() {
    let dir = tempfile::tempdir().unwrap();
    let e = election(dir.path());
    // The contest's own ballot, district 15 written by hand, stays out of the register.
    fs::write(dir.path().join("r.csv"), register()).unwrap();
    assert!(run(dir.path(), &["import", "r.csv", "--election", "e"]).status.success());
    let imported = snapshot(&e);
    let exported = run(dir.path(), &["export", "e", "--out", "x.xlsx"]);
    assert!(exported.status.success(), "{}", stderr(&exported));
    assert!(stderr(&exported).contains("not exported (written by hand, no district number, or not a contest of candidates): zhambyl-15"), "{}", stderr(&exported));
    assert!(run(dir.path(), &["export", "e", "--out", "y.xlsx"]).status.success());
    assert_eq!(fs::read(dir.path().join("x.xlsx")).unwrap(), fs::read(dir.path().join("y.xlsx")).unwrap());
    // Imported again, as it is and as LibreOffice saves it: byte for byte the same files.
    let again = run(dir.path(), &["import", "x.xlsx", "--election", "e"]);
    assert!(again.status.success(), "{}", stderr(&again));
    assert_eq!(snapshot(&e), imported);
    let csv = read_by_libreoffice(&dir.path().join("x.xlsx"));
    assert!(csv.contains("ӘБДІҚАДІРОВ Ерлан Серікұлы") && csv.contains("1975 года рождения, город Алматы, выдвинут партией «AMANAT»"), "{csv}");
    let resaved = resaved_by_libreoffice(&dir.path().join("x.xlsx"), "ods");
    let from_ods = run(dir.path(), &["import", resaved.to_str().unwrap(), "--election", "e"]);
    assert!(from_ods.status.success(), "{}", stderr(&from_ods));
    assert_eq!(snapshot(&e), imported);
}

/// The districts of one contest of the realistic national workload (a
/// region's city council: 22 districts), as definitions: the election folder
/// and its ballots.
fn national_contest(dir: &Path) -> (PathBuf, Vec<ballot_access::model::Ballot>) {
    let generated = run(dir, &["generate", "--national", "--scale", "0.06", "--out", "nat"]);
    assert!(generated.status.success(), "{}", stderr(&generated));
    let contest = dir.join("contest");
    fs::create_dir_all(contest.join("districts")).unwrap();
    fs::copy(dir.join("nat/election.yaml"), contest.join("election.yaml")).unwrap();
    for entry in fs::read_dir(dir.join("nat/region-01")).unwrap() {
        let path = entry.unwrap().path();
        if fs::read_to_string(&path).unwrap().contains("Қалалық мәслихат") {
            fs::copy(&path, contest.join("districts").join(path.file_name().unwrap())).unwrap();
        }
    }
    let loaded = ballot_access::definition::load(std::slice::from_ref(&contest));
    let ballots = loaded.elections.into_iter().next().expect("the contest loads").ballots;
    assert!(ballots.len() > 10, "{}", ballots.len());
    (contest, ballots)
}

#[test]
fn a_realistic_contest_written_as_csv_xlsx_and_ods_imports_as_its_definitions() {
    let dir = tempfile::tempdir().unwrap();
    let (contest, ballots) = national_contest(dir.path());
    // The register as a commission would type it (`;`-CSV), written here from the definitions.
    let mut csv = String::from("district_number;district_name_kk;district_name_ru;region_kk;region_ru;polling_stations;full_name_kk;full_name_ru;details_kk;details_ru\n");
    let quote = |t: &str| format!("\"{}\"", t.replace('"', "\"\""));
    for ballot in &ballots {
        for option in ballot.contest.options.iter().filter(|o| !o.against_all) {
            let region = ballot.constituency.region.as_ref().unwrap();
            let details = option.details.as_ref().unwrap();
            let row = [
                ballot.constituency.number.unwrap().to_string(),
                quote(ballot.constituency.name.get(Lang::Kk)),
                quote(ballot.constituency.name.get(Lang::Ru)),
                quote(region.get(Lang::Kk)),
                quote(region.get(Lang::Ru)),
                ballot.polling_stations.unwrap().to_string(),
                quote(option.name.get(Lang::Kk)),
                quote(option.name.get(Lang::Ru)),
                quote(details.get(Lang::Kk)),
                quote(details.get(Lang::Ru)),
            ];
            csv.push_str(&row.join(";"));
            csv.push('\n');
        }
    }
    let register = dir.path().join("register.csv");
    fs::write(&register, csv).unwrap();
    // The contest's own ballot (its title, instructions, against-all), without a district number.
    let own = fs::read_to_string(&ballots[0].source).unwrap();
    let number = ballots[0].constituency.number.unwrap();
    let own = own.replace(&format!("  number: {number}\n"), "").replace(&format!("№ {number} "), "").replace(&format!(" № {number}"), "").replace(&format!("id: {}", ballots[0].id), "id: contest");
    let registers = [register.clone(), saved_by_libreoffice(&register, "xlsx"), saved_by_libreoffice(&register, "ods")];
    let mut written = Vec::new();
    for (i, file) in registers.iter().enumerate() {
        let election = dir.path().join(format!("imported-{i}"));
        fs::create_dir_all(&election).unwrap();
        fs::copy(contest.join("election.yaml"), election.join("election.yaml")).unwrap();
        fs::write(election.join("contest.yaml"), &own).unwrap();
        let imported = run(dir.path(), &["import", file.to_str().unwrap(), "--election", election.to_str().unwrap()]);
        assert!(imported.status.success(), "{}: {}", file.display(), stderr(&imported));
        let loaded = ballot_access::definition::load(std::slice::from_ref(&election));
        let mut again = loaded.elections.into_iter().next().expect("the imported election passes check").ballots;
        again.retain(|b| b.id != "contest");
        again.sort_by_key(|b| b.constituency.number);
        // Everything a material shows is what the definitions said.
        let mut originals: Vec<&ballot_access::model::Ballot> = ballots.iter().collect();
        originals.sort_by_key(|b| b.constituency.number);
        assert_eq!(again.len(), originals.len());
        for (a, b) in again.iter().zip(&originals) {
            assert_eq!((&a.constituency, &a.contest, a.polling_stations, &a.paper), (&b.constituency, &b.contest, b.polling_stations, &b.paper), "district {:?} from {}", a.constituency.number, file.display());
        }
        written.push(snapshot(&election.join("districts")));
    }
    assert!(written.windows(2).all(|w| w[0] == w[1]), "CSV, xlsx and ods give the same files");
}

#[test]
fn rows_that_would_print_wrong_are_refused_and_every_sheet_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let e = election(dir.path());
    // The party list beside the districts: the contest comes from the ballot of candidates.
    copy_dir(&root().join("ballots/kz-2023-mazhilis"), &dir.path().join("full"));
    fs::copy(dir.path().join("full/party-list.yaml"), e.join("party-list.yaml")).unwrap();
    let before = snapshot(&e);
    let mut lines: Vec<String> = register().lines().map(str::to_owned).collect();
    lines[0].push_str(";order");
    lines[1].push_str(";1");
    lines[2] = lines[2].replace("Асқар", "").replace(";Алматы қаласы;город Алматы;өзін-өзі", ";-;город Алматы;өзін-өзі") + ";1";
    lines[3].push_str(";1");
    lines[4].push_str(";2");
    // A candidate's cells with no name at all.
    lines.push("2;;;;;;;;;;;;1966;Алматы қаласы;город Алматы;өзін-өзі ұсынған;самовыдвижение;3".to_owned());
    fs::write(dir.path().join("bad.csv"), lines.join("\n") + "\n").unwrap();
    let output = run(dir.path(), &["import", "bad.csv", "--election", "e"]);
    let text = stderr(&output);
    for expected in [
        "cell H3 (name_kk): error: the candidate's name in kk is empty",
        "cell N3 (residence_kk): error: \"-\" stands for \"nothing\"",
        "cell R3 (order): error: order 1 in district 1: the positions must run 1, 2, 3",
        "cell G6 (surname_kk): error: the candidate's surname in kk is empty",
    ] {
        assert!(text.contains(expected), "{expected}\n{text}");
    }
    assert_eq!(snapshot(&e), before, "nothing written");

    // A register split over two sheets (one per district) is one register.
    let mut book = rust_xlsxwriter::Workbook::new();
    let rows: Vec<Vec<String>> = register().lines().map(|l| l.split(';').map(str::to_owned).collect()).collect();
    for (name, district) in [("Алматы-1", "1"), ("Алматы-2", "2")] {
        let sheet = book.add_worksheet();
        sheet.set_name(name).unwrap();
        for (r, row) in rows.iter().filter(|row| row[0] == district || row[0] == "district_number").enumerate() {
            for (c, cell) in row.iter().enumerate() {
                sheet.write_string(r as u32, c as u16, cell).unwrap();
            }
        }
    }
    book.save(dir.path().join("two-sheets.xlsx")).unwrap();
    let imported = run(dir.path(), &["import", "two-sheets.xlsx", "--election", "e"]);
    assert!(imported.status.success(), "{}", stderr(&imported));
    assert!(stderr(&imported).contains("2 ballot files written"), "{}", stderr(&imported));
    assert!(fs::read_to_string(e.join("districts/district-2.yaml")).unwrap().contains("kind: candidates"));
    assert!(run(dir.path(), &["check", "e"]).status.success());
}
