//! The large-print layout's readable dump and its tests (golden dumps,
//! wrapping, pagination), beside the layout.

use super::layout::*;
use crate::model::{Ballot, ElectionInfo, Lang};
use crate::util::fonts::{text_width, Weight};
use crate::dev::testing::{corpus_base, example_sheets, golden, load_texts};

/// A readable dump of the geometry, in millimetres, for golden tests.
pub fn dump(layout: &Layout) -> String {
    use std::fmt::Write as _;
    let mm = |pt: f32| pt / PT_PER_MM;
    let mut out = String::new();
    let (w, h) = layout.size;
    let _ = writeln!(
        out,
        "large print, {}, {:.1} x {:.1} mm, {} page(s)",
        layout.lang,
        mm(w),
        mm(h),
        layout.pages.len()
    );
    for (i, page) in layout.pages.iter().enumerate() {
        let _ = writeln!(out, "page {}", i + 1);
        for block in &page.blocks {
            let _ = writeln!(out, "  {:?}", block.role);
            for line in &block.lines {
                let weight = if line.weight == Weight::Bold {
                    "bold"
                } else {
                    "regular"
                };
                let _ = writeln!(
                    out,
                    "    x={:.1} y={:.1} {}pt {weight} {:?}",
                    mm(line.x),
                    mm(line.baseline),
                    line.size,
                    line.text
                );
            }
        }
        for shape in &page.shapes {
            match shape {
                Shape::Square { x, y, side } => {
                    let _ = writeln!(
                        out,
                        "  square x={:.1} y={:.1} side={:.1}",
                        mm(*x),
                        mm(*y),
                        mm(*side)
                    );
                }
                Shape::Rule { x1, x2, y } => {
                    let _ = writeln!(
                        out,
                        "  rule x={:.1}..{:.1} y={:.1}",
                        mm(*x1),
                        mm(*x2),
                        mm(*y)
                    );
                }
            }
        }
        for line in &page.footer {
            let _ = writeln!(
                out,
                "  footer x={:.1} y={:.1} {}pt {:?}",
                mm(line.x),
                mm(line.baseline),
                line.size,
                line.text
            );
        }
    }
    out
}

#[test]
fn wrapping_keeps_every_word_and_respects_the_width() {
    let text = "Народно-демократическая патриотическая партия «Ауыл» и очень длинное название";
    let lines = wrap(text, Weight::Bold, 20.0, 300.0);
    assert!(lines.len() > 1);
    assert_eq!(lines.join(" "), text);
    for line in &lines {
        assert!(
            text_width(line, Weight::Bold, 20.0) <= 300.0,
            "{line}"
        );
    }
    let long_word = "Ә".repeat(200);
    let broken = wrap(&long_word, Weight::Regular, 18.0, 200.0);
    assert_eq!(broken.concat(), long_word);
}

#[test]
fn extreme_valid_input_lays_out_every_option_on_the_page() {
    let ballot = std::fs::read_to_string(crate::dev::testing::root().join("tests/corpus/extreme/ballot.yaml")).unwrap();
    let loaded = load_texts(&corpus_base("election.yaml"), &ballot);
    let election = &loaded.elections[0];
    let ballot = &election.ballots[0];
    for lang in [Lang::Kk, Lang::Ru] {
        let layout = layout(&election.info, ballot, lang);
        let mut numbers: Vec<usize> = layout
            .pages
            .iter()
            .flat_map(|p| p.blocks.iter())
            .filter_map(|b| {
                if let Role::Option(n) = b.role {
                    Some(n)
                } else {
                    None
                }
            })
            .collect();
        numbers.dedup();
        assert_eq!(numbers, (1..=60).collect::<Vec<_>>());
        for page in &layout.pages {
            for line in page.blocks.iter().flat_map(|b| b.lines.iter()) {
                assert!(
                    line.baseline > 0.0 && line.baseline < layout.size.1 - 30.0,
                    "{line:?}"
                );
            }
        }
    }
}

#[test]
fn no_page_holds_fewer_than_a_third_of_the_rows_and_no_heading_ends_a_page() {
    let dir = tempfile::tempdir().unwrap();
    crate::dev::generate::election(dir.path(), 40, 7).unwrap();
    let generated = crate::definition::load(&[dir.path().to_path_buf()]);
    assert!(!generated.diagnostics.has_errors(), "{:?}", generated.diagnostics);
    let mut sheets: Vec<(ElectionInfo, Ballot, Lang)> = example_sheets();
    for election in &generated.elections {
        for ballot in &election.ballots {
            sheets.extend(election.info.languages.iter().map(|&l| (election.info.clone(), ballot.clone(), l)));
        }
    }
    let (mut multi_page, mut impossible) = (0, 0);
    for (election, ballot, lang) in &sheets {
        let layout = layout(election, ballot, *lang);
        let rows = rows_per_page(&layout);
        if rows.len() > 1 {
            multi_page += 1;
            // Always at least a third of the fullest page; a third of the ballot's
            // rows on every page wherever A4 at 18 pt allows it (almaty-3's 21 rows
            // would need 7 on the first page, under about 90 mm of headings).
            let (min, max) = (*rows.iter().min().unwrap(), *rows.iter().max().unwrap());
            assert!(min * 3 >= max, "{} {lang}: rows per page {rows:?}: an orphan page", ballot.id);
            // A third of the ballot's rows on every page wherever that can be: on
            // two pages, when the first (under the headings) takes a third. Three
            // or more pages cannot all hold a third unless the rows divide evenly.
            let first_page_room = rows_per_page(&layout_with(election, ballot, *lang, Style::TIGHT, Pages::AsFewAsFit))[0];
            let n = ballot.contest.options.len();
            if rows.len() == 2 || first_page_room * 3 >= n && n <= 2 * first_page_room.max(1) {
                assert!(rows.iter().all(|&r| r * 3 >= n), "{} {lang}: rows per page {rows:?} of {n}", ballot.id);
            } else {
                impossible += 1;
            }
        }
        for page in &layout.pages {
            let last = page.blocks.last().unwrap();
            assert!(matches!(last.role, Role::Option(_)) || layout.pages.len() == 1, "{} {lang}: a page ends with {:?}", ballot.id, last.role);
            for line in page.blocks.iter().flat_map(|b| &b.lines) {
                assert!(line.size >= 18.0, "{} {lang}: {} pt", ballot.id, line.size);
            }
        }
    }
    assert!(multi_page > 0, "some sheet should need two pages");
    assert!(impossible < multi_page, "{impossible} of {multi_page} sheets could not hold a third of their rows per page");
}

#[test]
fn large_print_layout_matches_the_golden_dumps() {
    let sheets = example_sheets();
    assert_eq!(sheets.len(), 8);
    let mismatches: Vec<String> = sheets
        .into_iter()
        .filter_map(|(election, ballot, lang)| {
            let name = format!("{}--{}--{lang}.txt", election.id, ballot.id);
            golden("large-print", &name, &dump(&layout(&election, &ballot, lang)))
        })
        .collect();
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn no_option_is_split_across_pages_and_everything_is_on_the_page() {
    for (election, ballot, lang) in example_sheets() {
        let layout = layout(&election, &ballot, lang);
        let mut seen = Vec::new();
        for page in &layout.pages {
            for block in &page.blocks {
                if let Role::Option(n) = block.role {
                    assert!(
                        !seen.contains(&n),
                        "option {n} of {} is on two pages",
                        ballot.id
                    );
                    seen.push(n);
                }
                for line in &block.lines {
                    assert!(line.size >= 18.0);
                    assert!(
                        line.baseline > 0.0 && line.baseline < layout.size.1,
                        "{line:?} off the page"
                    );
                }
            }
        }
        let expected: Vec<usize> = (1..=ballot.contest.options.len()).collect();
        assert_eq!(seen, expected, "every option once, in order");
    }
}
