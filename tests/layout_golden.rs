//! Golden test of the large-print page geometry, on a readable dump.
//! Run with `UPDATE_GOLDEN=1` to rewrite the expected files after an intended change.

mod common;

use std::fs;

use ballot_access::print::layout::{dump, layout, Role};
use common::{example_sheets, root};

#[test]
fn large_print_layout_matches_the_golden_dumps() {
    let golden = root().join("tests/golden/large-print");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut mismatches = Vec::new();
    let mut count = 0;
    for (election, ballot, lang) in example_sheets() {
        let actual = dump(&layout(&election, &ballot, lang));
        let path = golden.join(format!("{}--{}--{lang}.txt", election.id, ballot.id));
        count += 1;
        if update {
            fs::create_dir_all(&golden).unwrap();
            fs::write(&path, &actual).unwrap();
            continue;
        }
        let expected = fs::read_to_string(&path).unwrap_or_default();
        if expected != actual {
            mismatches.push(format!(
                "{} differs (UPDATE_GOLDEN=1 to accept):\n{actual}",
                path.display()
            ));
        }
    }
    assert_eq!(count, 8);
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
