//! Cutting: the order a laser cutter or cutting plotter follows (every window
//! before the sheet's outline, which would free the sheet), read from the
//! stencil's SVG and from the `CutContour` paths of its PDF (uncompressed by
//! qpdf); and the registration proof checked against the definition with
//! Poppler (its TrimBox, its windows drawn) and `measure --check` (its boxes).

use std::fs;
use std::path::{Path, PathBuf};

use ballot_access::definition;
use ballot_access::model::{Ballot, ElectionInfo, Lang};

use crate::common::{examples_out, root, run, stderr, stdout, tool};

const PT_PER_MM: f64 = 72.0 / 25.4;

fn examples() -> Vec<(ElectionInfo, Ballot)> {
    let loaded = definition::load(&[root().join("ballots")]);
    assert!(!loaded.diagnostics.has_errors());
    let all: Vec<_> = loaded.elections.iter().flat_map(|e| e.ballots.iter().map(|b| (e.info.clone(), b.clone()))).collect();
    assert!(all.len() >= 4, "the examples: {}", all.len());
    all
}

/// Every stencil language of every example ballot.
fn sheets() -> Vec<(ElectionInfo, Ballot, Lang)> {
    examples().into_iter().flat_map(|(e, b)| e.stencil_languages.clone().into_iter().map(move |l| (e.clone(), b.clone(), l))).collect()
}

fn file(election: &ElectionInfo, ballot: &Ballot, name: &str) -> PathBuf {
    examples_out().join(&election.id).join(&ballot.id).join(name)
}

#[test]
fn the_svg_cuts_every_window_before_the_outline() {
    for (election, ballot, lang) in sheets() {
        let svg = fs::read_to_string(file(&election, &ballot, &format!("stencil-{lang}.svg"))).unwrap();
        // The "Cut" layer, up to the end of its group.
        let start = svg.find("<g id=\"cut\"").unwrap_or_else(|| panic!("{}: no cut layer", ballot.id));
        let layer = &svg[start..start + svg[start..].find("</g>").unwrap()];
        let windows: Vec<usize> = layer.match_indices("<rect id=\"window-").map(|(at, _)| at).collect();
        assert_eq!(windows.len(), ballot.contest.options.len(), "{} {lang}: {layer}", ballot.id);
        let outline: Vec<usize> = layer.match_indices("<path id=\"outline\"").map(|(at, _)| at).collect();
        assert_eq!(outline.len(), 1, "{} {lang}: one outline in {layer}", ballot.id);
        // Nothing else is cut, and the outline comes after the last window.
        assert_eq!(layer.matches('<').count(), 1 + windows.len() + 1, "{} {lang}: {layer}", ballot.id);
        assert!(windows.iter().all(|&w| w < outline[0]), "{} {lang}: a window is cut after the outline:\n{layer}", ballot.id);
    }
}

/// The text of a PDF's page content streams, as `qpdf --qdf` writes them
/// (uncompressed), one string per stream.
fn content_streams(pdf: &Path) -> (String, Vec<String>) {
    let out = tempfile::NamedTempFile::new().unwrap();
    tool("qpdf", &["--qdf", "--object-streams=disable", pdf.to_str().unwrap(), out.path().to_str().unwrap()]);
    let text = String::from_utf8_lossy(&fs::read(out.path()).unwrap()).into_owned();
    let streams = text
        .split("%% Contents for page")
        .skip(1)
        .map(|part| {
            let body = &part[part.find("stream\n").unwrap() + 7..];
            body[..body.find("endstream").unwrap()].to_owned()
        })
        .collect();
    (text, streams)
}

/// The resource name (`c0`) of the colour space that is the `name` separation:
/// an object of its own named in the page's resources, or written there inline.
fn separation_name(qdf: &str, name: &str) -> String {
    let folded = qdf.split_whitespace().collect::<Vec<_>>().join(" ");
    let at = folded.find(&format!("[ /Separation /{name} ")).unwrap_or_else(|| panic!("no {name} separation"));
    let before = folded[..at].trim_end();
    if let Some(object) = before.strip_suffix(" 0 obj") {
        let number = object.rsplit(' ').next().unwrap();
        let reference = format!(" {number} 0 R");
        let key = folded.match_indices(&reference).find_map(|(at, _)| folded[..at].rsplit(' ').next().and_then(|k| k.strip_prefix('/')));
        key.unwrap_or_else(|| panic!("the {name} separation (object {number}) is not named in any resources")).to_owned()
    } else {
        before.rsplit(' ').next().and_then(|k| k.strip_prefix('/')).unwrap_or_else(|| panic!("the {name} separation has no name: {before:?}")).to_owned()
    }
}

/// The subpaths stroked in the colour space named `space`, in drawing order,
/// each as its points (start, line ends and curve ends), in points.
fn stroked_subpaths(streams: &[String], space: &str) -> Vec<Vec<(f64, f64)>> {
    let mut found = Vec::new();
    for stream in streams {
        // Names follow other tokens without a space (`cm/c0 CS`).
        let spaced = stream.replace('/', " /");
        let tokens: Vec<&str> = spaced.split_whitespace().collect();
        let mut stroke_space: Option<&str> = None;
        let mut saved: Vec<Option<&str>> = Vec::new();
        let mut path: Vec<Vec<(f64, f64)>> = Vec::new();
        let point = |i: usize| -> (f64, f64) { (tokens[i - 2].parse().unwrap(), tokens[i - 1].parse().unwrap()) };
        for (i, &token) in tokens.iter().enumerate() {
            match token {
                "q" => saved.push(stroke_space),
                "Q" => stroke_space = saved.pop().flatten(),
                "CS" => stroke_space = tokens[i - 1].strip_prefix('/'),
                "G" | "RG" | "K" => stroke_space = None,
                "m" => path.push(vec![point(i)]),
                "l" | "c" | "v" | "y" => path.last_mut().expect("a line after a move").push(point(i)),
                "S" | "s" | "B" | "B*" | "b" | "b*" => {
                    if stroke_space == Some(space) {
                        found.append(&mut path);
                    }
                    path.clear();
                }
                "f" | "F" | "f*" | "n" => path.clear(),
                _ => {}
            }
        }
    }
    found
}

#[test]
fn the_pdf_cuts_every_window_before_the_outline() {
    for (election, ballot, lang) in sheets() {
        let (qdf, streams) = content_streams(&file(&election, &ballot, &format!("stencil-{lang}.pdf")));
        let cut = separation_name(&qdf, "CutContour");
        let subpaths = stroked_subpaths(&streams, &cut);
        assert_eq!(subpaths.len(), ballot.contest.options.len() + 1, "{} {lang}: a cut per window and the outline", ballot.id);
        // The outline is the one subpath through the sheet's bottom-right corner.
        let corner = (ballot.paper.width_mm * PT_PER_MM, ballot.paper.height_mm * PT_PER_MM);
        let through_corner: Vec<usize> = subpaths
            .iter()
            .enumerate()
            .filter(|(_, points)| points.iter().any(|p| (p.0 - corner.0).abs() < 0.05 && (p.1 - corner.1).abs() < 0.05))
            .map(|(i, _)| i)
            .collect();
        assert_eq!(through_corner, [subpaths.len() - 1], "{} {lang}: the outline is not the last cut: {subpaths:?}", ballot.id);
    }
}

/// A box of `pdfinfo -box`, in points.
fn pdf_box(info: &str, label: &str) -> Vec<f64> {
    let line = info.lines().find(|l| l.starts_with(label)).unwrap_or_else(|| panic!("no {label} in\n{info}"));
    line.split_whitespace().skip(1).map(|t| t.parse().unwrap()).collect()
}

#[test]
fn the_registration_proof_has_the_ballots_paper_windows_and_boxes() {
    for (election, ballot) in examples() {
        let proof = file(&election, &ballot, "stencil-proof.pdf");
        let path = proof.to_str().unwrap();
        // Poppler: one page; the TrimBox is the ballot's paper, 1:1, inside the page.
        let info = tool("pdfinfo", &["-box", path]);
        assert!(info.contains("Pages:           1"), "{info}");
        tool("qpdf", &["--check", path]);
        let (trim, media) = (pdf_box(&info, "TrimBox:"), pdf_box(&info, "MediaBox:"));
        let (w, h) = (ballot.paper.width_mm * PT_PER_MM, ballot.paper.height_mm * PT_PER_MM);
        assert!((trim[2] - trim[0] - w).abs() < 0.01 && (trim[3] - trim[1] - h).abs() < 0.01, "{}: TrimBox {trim:?} is not the paper {w} x {h}", ballot.id);
        assert!(media[0] <= trim[0] - 20.0 && media[1] <= trim[1] - 20.0 && media[2] >= trim[2] + 20.0 && media[3] >= trim[3] + 20.0, "{}: no room for the marks: {media:?} {trim:?}", ballot.id);
        // The stencil's page exactly: the proof goes on the stock `check` proved the stencil fits.
        let lang = election.stencil_languages.first().unwrap();
        let stencil = tool("pdfinfo", &["-box", file(&election, &ballot, &format!("stencil-{lang}.pdf")).to_str().unwrap()]);
        assert_eq!(media, pdf_box(&stencil, "MediaBox:"), "{}: the proof's page is not the stencil's", ballot.id);

        // The boxes read back from the proof are the definition's, within 0.2 mm.
        let measured = run(&root(), &["measure", path, "--check", ballot.source.to_str().unwrap()]);
        assert!(measured.status.success(), "{}: {}{}", ballot.id, stdout(&measured), stderr(&measured));
        assert!(stdout(&measured).starts_with(&format!("ok: {} boxes", ballot.contest.options.len())), "{}", stdout(&measured));

        // Identified: the ballot, its proof id and every stencil file it is for.
        let text = tool("pdftotext", &[path, "-"]);
        for wanted in [ballot.id.as_str(), ballot.proof_id.as_str(), &election.id] {
            assert!(text.contains(wanted), "{}: no {wanted:?} in\n{text}", ballot.id);
        }
        for lang in &election.stencil_languages {
            assert!(text.contains(&format!("stencil-{lang}.pdf")) && text.contains(&format!("stencil-{lang}.svg")), "{}: {lang} not named in\n{text}", ballot.id);
        }

        // Rendered at 10 pixels a millimetre: each window's cut line is drawn
        // round its box, and the box's inside is left clear to see the print through.
        let dir = tempfile::tempdir().unwrap();
        let prefix = dir.path().join("proof");
        tool("pdftoppm", &["-r", "254", "-gray", path, prefix.to_str().unwrap()]);
        let pgm = fs::read(dir.path().join("proof-1.pgm")).unwrap();
        let mut fields = pgm.splitn(4, |&b| b == b'\n');
        let (_, size, _, pixels) = (fields.next(), fields.next().unwrap(), fields.next(), fields.next().unwrap());
        let width: usize = String::from_utf8_lossy(size).split_whitespace().next().unwrap().parse().unwrap();
        // Sheet millimetres to pixels: the trim's top-left corner on the page.
        let (left, top) = (trim[0] - media[0], media[3] - trim[3]);
        let px = |x: f64, y: f64| (((x * PT_PER_MM + left) / PT_PER_MM * 10.0) as usize, ((y * PT_PER_MM + top) / PT_PER_MM * 10.0) as usize);
        let darkest = |(x, y): (usize, usize)| (x - 1..=x + 1).flat_map(|x| (y - 1..=y + 1).map(move |y| (x, y))).map(|(x, y)| pixels[y * width + x]).min().unwrap();
        for window in &ballot.tactile[0].windows {
            let c = &window.cut;
            for (x, y) in [(c.x + c.width / 2.0, c.y), (c.x + c.width / 2.0, c.bottom()), (c.x, c.y + c.height / 2.0), (c.right(), c.y + c.height / 2.0)] {
                assert!(darkest(px(x, y)) < 128, "{}: window {} is not drawn at {x:.1},{y:.1} mm", ballot.id, window.number);
            }
            let b = &window.mark_box;
            assert!(darkest(px(b.x + b.width / 2.0, b.y + b.height / 2.0)) > 200, "{}: box {} is not clear inside", ballot.id, window.number);
        }
    }
}

#[test]
fn the_job_sheet_says_to_check_the_proof_before_cutting() {
    // The Mazhilis job sheet is in Kazakh, its first language.
    let sheet = tool("pdftotext", &[examples_out().join("kz-2023-mazhilis/print-plan.pdf").to_str().unwrap(), "-"]);
    assert!(sheet.contains("ТРАФАРЕТТЕРДІ КЕСПЕС БҰРЫН") && sheet.contains("stencil-proof.pdf"), "{sheet}");
}
