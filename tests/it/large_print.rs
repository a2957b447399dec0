//! Large-print sheets checked with real tools: pdftotext, pdffonts, pdfinfo, qpdf.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use ballot_access::output::manifest::Manifest;
use ballot_access::model::Lang;
use crate::common::{example_sheets, examples_out, root, run, run_with_env, snapshot, stderr, tool};
use sha2::{Digest, Sha256};

fn pdf(election: &str, ballot: &str, lang: Lang) -> PathBuf {
    examples_out()
        .join(election)
        .join(ballot)
        .join(format!("large-print-{lang}.pdf"))
}

fn words(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_text_of_every_example_comes_back_from_pdftotext() {
    let mut checked = 0;
    for (election, ballot, lang) in example_sheets() {
        let path = pdf(&election.id, &ballot.id, lang);
        let text = words(&tool("pdftotext", &[path.to_str().unwrap(), "-"]));
        let mut expected = vec![
            election.title.get(lang),
            ballot.constituency.name.get(lang),
            ballot.contest.title.get(lang),
            ballot.contest.instructions.get(lang),
        ];
        for option in &ballot.contest.options {
            expected.push(option.name.get(lang));
            if let Some(details) = &option.details {
                expected.push(details.get(lang));
            }
        }
        for item in expected {
            assert!(
                text.contains(&words(item)),
                "{} lacks {item:?}",
                path.display()
            );
            checked += 1;
        }
        // Options in ballot order, each with its number.
        let mut from = 0;
        for option in &ballot.contest.options {
            let needle = format!("{}. {}", option.number, words(option.name.get(lang)));
            let at = text[from..]
                .find(&needle)
                .unwrap_or_else(|| panic!("{} lacks {needle:?} in order", path.display()));
            from += at + needle.len();
        }
        assert!(
            text.contains(&ballot.proof_id),
            "{} lacks its proof id",
            path.display()
        );
    }
    assert!(checked > 100, "only {checked} texts checked");
}

/// A ballot with every Kazakh-specific letter, built in a temporary folder.
#[test]
fn kazakh_letters_survive_the_round_trip_exactly() {
    let dir = tempfile::tempdir().unwrap();
    let e = dir.path().join("e");
    fs::create_dir_all(&e).unwrap();
    fs::copy(
        root().join("tests/corpus/base/election.yaml"),
        e.join("election.yaml"),
    )
    .unwrap();
    let letters = "ӘҒҚҢӨҰҮҺІ әғқңөұүһі";
    let ballot = fs::read_to_string(root().join("tests/corpus/base/ballot.yaml"))
        .unwrap()
        .replace("ӘЛИЕВ Ғани", &format!("ӘЛИЕВ {letters}"));
    fs::write(e.join("ballot.yaml"), ballot).unwrap();
    let output = run(dir.path(), &["build", "e", "--out", "out"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let text = tool(
        "pdftotext",
        &[
            dir.path()
                .join("out/test-election/district-1/large-print-kk.pdf")
                .to_str()
                .unwrap(),
            "-",
        ],
    );
    assert!(text.contains(&format!("ӘЛИЕВ {letters}")), "{text}");
}

#[test]
fn fonts_are_embedded_and_subset() {
    for lang in [Lang::Kk, Lang::Ru] {
        let listing = tool(
            "pdffonts",
            &[pdf("kz-2023-mazhilis", "almaty-3", lang).to_str().unwrap()],
        );
        let rows: Vec<&str> = listing.lines().skip(2).collect();
        assert!(rows.len() >= 2, "{listing}");
        for row in rows {
            let cols: Vec<&str> = row.split_whitespace().collect();
            // name type... encoding emb sub uni object ID
            let n = cols.len();
            assert_eq!(
                &cols[n - 5..n - 2],
                ["yes", "yes", "yes"],
                "not embedded+subset+unicode: {row}"
            );
            assert!(
                cols[0].contains('+') && cols[0].contains("NotoSans"),
                "not a Noto Sans subset: {row}"
            );
        }
    }
}

#[test]
fn pages_are_a4_tagged_titled_and_in_the_right_language() {
    for (election, ballot, lang) in example_sheets() {
        let path = pdf(&election.id, &ballot.id, lang);
        let info = tool("pdfinfo", &[path.to_str().unwrap()]);
        assert!(
            info.contains("Page size:       595.276 x 841.89 pts (A4)"),
            "{info}"
        );
        assert!(info.contains("Tagged:          yes"), "{info}");
        let title = info
            .lines()
            .find_map(|l| l.strip_prefix("Title:"))
            .unwrap()
            .trim();
        assert!(
            title.contains(ballot.constituency.name.get(lang)),
            "{title}"
        );
        let pages: usize = info
            .lines()
            .find_map(|l| l.strip_prefix("Pages:"))
            .unwrap()
            .trim()
            .parse()
            .unwrap();
        let layout = ballot_access::materials::large_print::layout::layout(&election, &ballot, lang);
        assert_eq!(pages, layout.pages.len());
        let qdf = qdf(&path);
        assert!(
            qdf.contains(&format!("/Lang ({lang})")),
            "document language not set"
        );
        assert!(
            qdf.contains("<pdfuaid:part>1</pdfuaid:part>"),
            "no PDF/UA identification"
        );
        assert!(
            qdf.contains("/S /H1") && qdf.contains("/S /P"),
            "no heading/paragraph tags"
        );
    }
}

/// The PDF uncompressed by qpdf, as text.
fn qdf(path: &Path) -> String {
    let out = tempfile::NamedTempFile::new().unwrap();
    tool(
        "qpdf",
        &[
            "--qdf",
            "--object-streams=disable",
            path.to_str().unwrap(),
            out.path().to_str().unwrap(),
        ],
    );
    String::from_utf8_lossy(&fs::read(out.path()).unwrap()).into_owned()
}

#[test]
fn all_text_is_at_least_18_point() {
    let qdf = qdf(&pdf("kz-2023-mazhilis", "almaty-3", Lang::Ru));
    let sizes: Vec<f32> = qdf
        .split(" Tf")
        .filter_map(|chunk| chunk.rsplit(' ').next()?.parse().ok())
        .collect();
    assert!(sizes.len() > 20, "found {} text runs", sizes.len());
    assert!(sizes.iter().all(|s| *s >= 18.0), "sizes {sizes:?}");
}

#[test]
fn manifest_lists_every_output_with_its_hash_and_proof_id() {
    let folder = examples_out().join("kz-2023-mazhilis");
    let manifest = Manifest::read(&folder.join("manifest.json")).expect("manifest parses");
    let on_disk: BTreeSet<String> = snapshot(&folder)
        .keys()
        .map(|p| p.to_string_lossy().replace('\\', "/"))
        // The election-level files describe the outputs; they are not listed.
        .filter(|p| p != "manifest.json" && !p.starts_with("print-plan.") && !p.starts_with("review/"))
        .collect();
    let listed: BTreeSet<String> = manifest.outputs.iter().map(|o| o.path.clone()).collect();
    assert_eq!(listed, on_disk);
    for output in &manifest.outputs {
        let bytes = fs::read(folder.join(&output.path)).unwrap();
        assert_eq!(output.bytes, bytes.len() as u64);
        let sha: String = Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(output.sha256.to_string(), sha, "{}", output.path);
    }
    assert_eq!(
        manifest.ballot_ids(),
        ["almaty-3", "party-list", "zhambyl-15"]
    );
    assert!(manifest
        .fonts
        .iter()
        .any(|f| f.family == "Noto Sans" && f.version.starts_with("Version 2")));
    for ballot in &manifest.ballots {
        let text = tool(
            "pdftotext",
            &[
                folder
                    .join(&ballot.id)
                    .join("large-print-ru.pdf")
                    .to_str()
                    .unwrap(),
                "-",
            ],
        );
        assert!(
            text.contains(&format!("Код сверки: {}", ballot.proof_id)),
            "{}",
            ballot.id
        );
    }
}

#[test]
fn builds_are_byte_identical_and_honour_source_date_epoch() {
    let dir = tempfile::tempdir().unwrap();
    let a = run(
        &root(),
        &[
            "build",
            "ballots",
            "--out",
            dir.path().join("a").to_str().unwrap(),
        ],
    );
    let b = run(
        &root(),
        &[
            "build",
            "ballots",
            "--out",
            dir.path().join("b").to_str().unwrap(),
            "--jobs",
            "1",
        ],
    );
    assert!(a.status.success() && b.status.success());
    let first = snapshot(&dir.path().join("a"));
    assert!(first.len() >= 10);
    assert_eq!(first, snapshot(&dir.path().join("b")));
    assert_eq!(first, snapshot(examples_out()));

    let epoch = [("SOURCE_DATE_EPOCH", "1679184000")]; // 2023-03-19 00:00:00 UTC
    let c = run_with_env(
        &root(),
        &[
            "build",
            "ballots",
            "--out",
            dir.path().join("c").to_str().unwrap(),
        ],
        &epoch,
    );
    let d = run_with_env(
        &root(),
        &[
            "build",
            "ballots",
            "--out",
            dir.path().join("d").to_str().unwrap(),
        ],
        &epoch,
    );
    assert!(c.status.success() && d.status.success());
    assert_eq!(
        snapshot(&dir.path().join("c")),
        snapshot(&dir.path().join("d"))
    );
    let info = tool(
        "pdfinfo",
        &[
            "-isodates",
            dir.path()
                .join("c/kz-2022-referendum/referendum/large-print-kk.pdf")
                .to_str()
                .unwrap(),
        ],
    );
    let created = info
        .lines()
        .find_map(|l| l.strip_prefix("CreationDate:"))
        .map(str::trim);
    assert_eq!(created, Some("2023-03-19T00:00:00Z"), "{info}");
    let plain = tool(
        "pdfinfo",
        &[pdf("kz-2022-referendum", "referendum", Lang::Kk)
            .to_str()
            .unwrap()],
    );
    assert!(
        !plain.contains("CreationDate"),
        "a build without SOURCE_DATE_EPOCH has no date: {plain}"
    );
}

#[test]
fn rebuilding_one_ballot_keeps_the_others_in_the_manifest() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let all = run(
        &root(),
        &[
            "build",
            "ballots/kz-2023-mazhilis",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(all.status.success(), "{}", stderr(&all));
    let before = Manifest::read(&out.join("kz-2023-mazhilis/manifest.json")).unwrap();
    let one = run(
        &root(),
        &[
            "build",
            "ballots/kz-2023-mazhilis/districts/zhambyl-15.yaml",
            "--out",
            out.to_str().unwrap(),
        ],
    );
    assert!(one.status.success(), "{}", stderr(&one));
    let after = Manifest::read(&out.join("kz-2023-mazhilis/manifest.json")).unwrap();
    assert_eq!(before, after);
}
