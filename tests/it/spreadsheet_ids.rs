//! Proof ids and percentages that survive a spreadsheet. Reviewers open the
//! review page's CSV export, and print shops the print plan, in LibreOffice or
//! Excel; bare hex proof ids came back as numbers (`03421002` → 3421002,
//! `3430e175` → 3.43E+178) and `100 %` as the number 1. Here LibreOffice
//! (headless) opens them as a person's copy does, numbers, dates and times
//! detected, in English, Russian and Kazakh, saves `.xlsx`, and the cells are
//! read back (calamine) and the marks imported from the sheet saved as CSV.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use ballot_access::definition::proof::is_proof_id;
use calamine::{Data, Reader};

use crate::common::{copy_dir, examples_out, run, stderr, stdout};

/// The number languages LibreOffice reads in: English (US), Russian, Kazakh.
const LOCALES: [&str; 3] = ["1033", "1049", "1087"];

/// The columns of the review page's export (`src/review/review.js`).
const EXPORT_COLUMNS: [&str; 13] = ["election", "ballot", "proof_id", "language", "track", "file", "audio_sha256", "verdict", "reviewer", "marked_at", "comment", "played", "text_sha256"];

/// LibreOffice's profile for this test's runs: its own, not the user's.
fn profile(out: &Path) -> String {
    format!("-env:UserInstallation=file://{}", out.parent().unwrap().join("lo-profile").display())
}

/// `csv` opened by LibreOffice in `locale`, split on `separator` (a byte),
/// quoted cells not forced to text and special numbers (dates, times,
/// scientific notation) detected, as a reviewer's spreadsheet opens it;
/// saved as `.xlsx` in `out`.
fn to_xlsx(csv: &Path, separator: u8, locale: &str, out: &Path) -> PathBuf {
    let filter = format!("--infilter=CSV:{separator},34,76,1,,{locale},false,true");
    let output = Command::new("soffice")
        .args([profile(out).as_str(), "--headless", filter.as_str(), "--convert-to", "xlsx", "--outdir", out.to_str().unwrap(), csv.to_str().unwrap()])
        .output()
        .expect("LibreOffice (scripts/setup --test installs it)");
    let saved = out.join(csv.with_extension("xlsx").file_name().unwrap());
    assert!(saved.is_file(), "{}", String::from_utf8_lossy(&output.stderr));
    saved
}

/// An `.xlsx` saved again by LibreOffice as a `,`-separated UTF-8 CSV, as a
/// reviewer saves a sheet to import it.
fn to_csv(xlsx: &Path, out: &Path) -> PathBuf {
    let output = Command::new("soffice")
        .args([profile(out).as_str(), "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", out.to_str().unwrap(), xlsx.to_str().unwrap()])
        .output()
        .expect("LibreOffice");
    let saved = out.join(xlsx.with_extension("csv").file_name().unwrap());
    assert!(saved.is_file(), "{}", String::from_utf8_lossy(&output.stderr));
    saved
}

/// The first sheet's cells, row by row, as calamine reads them.
fn cells(xlsx: &Path) -> Vec<Vec<Data>> {
    let mut workbook = calamine::open_workbook_auto(xlsx).unwrap();
    let name = workbook.sheet_names()[0].clone();
    let range = workbook.worksheet_range(&name).unwrap();
    assert_eq!(range.start(), Some((0, 0)), "{}", xlsx.display());
    range.rows().map(<[Data]>::to_vec).collect()
}

/// The cells under `heading`, below the heading row.
fn column(sheet: &[Vec<Data>], heading: &str) -> Vec<Data> {
    let at = sheet[0].iter().position(|c| *c == Data::String(heading.to_owned())).unwrap_or_else(|| panic!("no column {heading}: {:?}", sheet[0]));
    sheet[1..].iter().map(|row| row.get(at).cloned().unwrap_or(Data::Empty)).collect()
}

/// A track row of the review page: its `data-` attributes, which the page's
/// export writes (ballot, proof, lang, track, file, sha, text).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct PageRow {
    ballot: String,
    lang: String,
    track: String,
    proof: String,
    file: String,
    sha: String,
    text: String,
}

/// An attribute's value in an HTML start tag.
fn attribute(tag: &str, name: &str) -> Option<String> {
    let start = tag.find(&format!(" {name}=\""))? + name.len() + 3;
    let value = &tag[start..start + tag[start..].find('"')?];
    Some(value.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&#39;", "'").replace("&amp;", "&"))
}

/// Every ballot's track rows on the election's review pages (phrases, which
/// belong to no ballot and carry no proof id, left out), each once.
fn page_rows(review: &Path) -> Vec<PageRow> {
    let mut rows = std::collections::BTreeSet::new();
    for entry in fs::read_dir(review).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "html") {
            continue;
        }
        let html = fs::read_to_string(&path).unwrap();
        for tag in html.split("<tr ").skip(1).map(|t| &t[..t.find('>').unwrap()]) {
            let get = |name: &str| attribute(&format!(" {tag}"), name);
            let Some(ballot) = get("data-ballot").filter(|b| !b.is_empty()) else { continue };
            rows.insert(PageRow {
                ballot,
                lang: get("data-lang").unwrap(),
                track: get("data-track").unwrap(),
                proof: get("data-proof").unwrap(),
                file: get("data-file").unwrap(),
                sha: get("data-sha").unwrap(),
                text: get("data-text").unwrap(),
            });
        }
    }
    rows.into_iter().collect()
}

/// The page's export with every row marked OK by one reviewer, played to its
/// end: every cell quoted, `,`-separated, CRLF lines, a byte-order mark.
fn export(election: &str, rows: &[PageRow]) -> String {
    let q = |s: &str| format!("\"{}\"", s.replace('"', "\"\""));
    let mut text = String::from("\u{feff}");
    text.push_str(&EXPORT_COLUMNS.map(q).join(","));
    text.push_str("\r\n");
    for r in rows {
        let cells = [election, &r.ballot, &r.proof, &r.lang, &r.track, &r.file, &r.sha, "ok", "Айгүл", "2026-11-22T10:00:00Z", "", "yes", &r.text];
        text.push_str(&cells.map(q).join(","));
        text.push_str("\r\n");
    }
    text
}

#[test]
fn proof_ids_stay_text_in_a_spreadsheet_and_its_marks_import() {
    let dir = tempfile::tempdir().unwrap();
    // The old form, opened the same way, turns into numbers: the round trip detects them.
    let old = dir.path().join("old-form.csv");
    fs::write(&old, "\"proof_id\"\r\n\"03421002\"\r\n\"3430e175\"\r\n").unwrap();
    for locale in LOCALES {
        let sheet = cells(&to_xlsx(&old, b',', locale, &dir.path().join(format!("lo-old-{locale}"))));
        assert!(column(&sheet, "proof_id").iter().all(|c| matches!(c, Data::Float(_) | Data::Int(_))), "{locale}: {sheet:?}");
    }

    for election in ["kz-2023-mazhilis", "kz-2022-referendum"] {
        let folder = dir.path().join(election);
        copy_dir(&examples_out().join(election), &folder);
        let rows = page_rows(&folder.join("review"));
        assert!(rows.len() > 4, "{election}: {rows:?}");
        // The page carries the manifest's ids, in the form that stays text.
        let manifest: serde_json::Value = serde_json::from_slice(&fs::read(folder.join("manifest.json")).unwrap()).unwrap();
        for ballot in manifest["ballots"].as_array().unwrap() {
            let id = ballot["proof_id"].as_str().unwrap();
            assert!(is_proof_id(id), "{election}: {id}");
            assert!(rows.iter().any(|r| r.ballot == ballot["id"].as_str().unwrap() && r.proof == id), "{election}: the page lacks {id}");
        }
        assert!(rows.iter().all(|r| is_proof_id(&r.proof)), "{election}: {rows:?}");
        let csv = dir.path().join(format!("review-{election}.csv"));
        fs::write(&csv, export(election, &rows)).unwrap();
        for (i, locale) in LOCALES.into_iter().enumerate() {
            let out = dir.path().join(format!("lo-{election}-{locale}"));
            let xlsx = to_xlsx(&csv, b',', locale, &out);
            let sheet = cells(&xlsx);
            let expected: Vec<Data> = rows.iter().map(|r| Data::String(r.proof.clone())).collect();
            assert_eq!(column(&sheet, "proof_id"), expected, "{election}, locale {locale}: a proof id is no longer text");
            // Saved as CSV and imported: every mark applies (the first time;
            // after that, the same marks are already in the log), none outdated.
            let saved = to_csv(&xlsx, &out);
            let imported = run(dir.path(), &["review", "import", folder.to_str().unwrap(), saved.to_str().unwrap()]);
            assert!(imported.status.success(), "{election}, locale {locale}: {}", stderr(&imported));
            let (applied, already) = if i == 0 { (rows.len(), 0) } else { (0, rows.len()) };
            let summary = format!("{applied} marks applied, {already} already in the log, 0 outdated, 0 unmarked tracks skipped");
            assert!(stderr(&imported).contains(&summary), "{election}, locale {locale}: expected {summary:?} in\n{}", stderr(&imported));
            let status = run(dir.path(), &["review", "status", folder.to_str().unwrap()]);
            assert_eq!(status.status.code(), Some(0), "{election}, locale {locale}: not signed off\n{}", stdout(&status));
        }
    }
}

#[test]
fn the_print_plan_keeps_proof_ids_and_the_print_scale_in_a_spreadsheet() {
    let dir = tempfile::tempdir().unwrap();
    for election in ["kz-2023-mazhilis", "kz-2022-referendum"] {
        let plan = dir.path().join(format!("{election}.csv"));
        fs::copy(examples_out().join(election).join("print-plan.csv"), &plan).unwrap();
        // What the plan says, read as text (the csv crate): the ids the sheet must keep.
        let bytes = fs::read(&plan).unwrap();
        let mut reader = csv::ReaderBuilder::new().delimiter(b';').from_reader(bytes.strip_prefix(b"\xEF\xBB\xBF".as_slice()).unwrap_or(&bytes[..]));
        let at = reader.headers().unwrap().iter().position(|h| h == "proof_id").unwrap();
        let written: Vec<String> = reader.records().map(|r| r.unwrap()[at].to_owned()).collect();
        assert!(!written.is_empty() && written.iter().all(|id| is_proof_id(id)), "{written:?}");
        for locale in LOCALES {
            let sheet = cells(&to_xlsx(&plan, b';', locale, &dir.path().join(format!("lo-{election}-{locale}"))));
            let ids: Vec<Data> = written.iter().map(|id| Data::String(id.clone())).collect();
            assert_eq!(column(&sheet, "proof_id"), ids, "{election}, locale {locale}");
            // The scale is the number 100 under a heading naming its unit
            // (`100 %` read back as 1); audio has none.
            for (scale, material) in column(&sheet, "print_scale_percent").iter().zip(column(&sheet, "material")) {
                match material {
                    Data::String(m) if m == "audio" => assert_eq!(*scale, Data::Empty, "{election}, locale {locale}"),
                    _ => assert!(matches!(scale, Data::Float(f) if *f == 100.0) || *scale == Data::Int(100), "{election}, locale {locale}: {material:?} at scale {scale:?}"),
                }
            }
        }
    }
}
