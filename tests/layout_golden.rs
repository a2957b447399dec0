//! Golden test of the large-print page geometry, on a readable dump.
//! Run with `UPDATE_GOLDEN=1` to rewrite the expected files after an intended change.

mod common;


use ballot_access::print::layout::{dump, layout, Role};
use common::example_sheets;

#[test]
fn large_print_layout_matches_the_golden_dumps() {
    let sheets = example_sheets();
    assert_eq!(sheets.len(), 8);
    let mismatches: Vec<String> = sheets
        .into_iter()
        .filter_map(|(election, ballot, lang)| {
            let name = format!("{}--{}--{lang}.txt", election.id, ballot.id);
            common::golden("large-print", &name, &dump(&layout(&election, &ballot, lang)))
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
