//! `measure`: the paper block read from a printing house's ballot PDF, on
//! PDFs drawn here with known geometry: rectangles, four separate lines, a
//! form, a crop box with bleed, a rotated page; ambiguity said; `--check`
//! against a definition.

use std::fs;
use std::path::Path;

use crate::common::{root, run, stderr, stdout};

const PT: f64 = 72.0 / 25.4;

/// A one-page PDF: `media` and optional `crop` boxes (points), `/Rotate`, the
/// page's drawing and an optional form XObject `/Fm1` with its matrix.
fn pdf(media: [f64; 4], crop: Option<[f64; 4]>, rotate: i32, content: &str, form: Option<(&str, [f64; 6])>) -> Vec<u8> {
    pdf_boxes(media, crop.map(|c| ("CropBox", c)), rotate, content, form)
}

/// As [`pdf`], with the second box named (`CropBox` or `TrimBox`).
fn pdf_boxes(media: [f64; 4], inner: Option<(&str, [f64; 4])>, rotate: i32, content: &str, form: Option<(&str, [f64; 6])>) -> Vec<u8> {
    let boxes = |b: [f64; 4]| format!("[{:.4} {:.4} {:.4} {:.4}]", b[0], b[1], b[2], b[3]);
    let mut page = format!("<< /Type /Page /Parent 2 0 R /MediaBox {} /Rotate {rotate} /Contents 4 0 R", boxes(media));
    if let Some((name, c)) = inner {
        page.push_str(&format!(" /{name} {}", boxes(c)));
    }
    if form.is_some() {
        page.push_str(" /Resources << /XObject << /Fm1 5 0 R >> >>");
    }
    page.push_str(" >>");
    let mut objects = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        page,
        format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len() + 1),
    ];
    if let Some((drawing, m)) = form {
        objects.push(format!(
            "<< /Type /XObject /Subtype /Form /BBox [0 0 2000 2000] /Matrix [{} {} {} {} {} {}] /Length {} >>\nstream\n{drawing}\nendstream",
            m[0], m[1], m[2], m[3], m[4], m[5], drawing.len() + 1
        ));
    }
    let mut out = b"%PDF-1.7\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend(format!("{} 0 obj\n{object}\nendobj\n", i + 1).bytes());
    }
    let xref = out.len();
    out.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).bytes());
    for offset in offsets {
        out.extend(format!("{offset:010} 00000 n \n").bytes());
    }
    out.extend(format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", objects.len() + 1).bytes());
    out
}

/// The zhambyl-15 example's boxes (7 options: x 124, from 62, every 17, 10 mm)
/// on its 148 x 210 mm paper, as `re` rectangles in page space whose top is `top` (points).
fn boxes_as_rectangles(top: f64, left: f64) -> String {
    let mut s = String::from("0.5 w\n");
    for i in 0..7 {
        let (x, y) = (left + 124.0 * PT, top - (62.0 + 17.0 * i as f64) * PT - 10.0 * PT);
        s.push_str(&format!("{x:.4} {y:.4} {:.4} {:.4} re S\n", 10.0 * PT, 10.0 * PT));
    }
    s
}

/// A frame round the ballot and a 20 mm logo square: not mark boxes.
fn decoys(top: f64, left: f64) -> String {
    format!("{:.4} {:.4} {:.4} {:.4} re S\n{:.4} {:.4} {:.4} {:.4} re f\n", left + 5.0 * PT, top - 205.0 * PT, 138.0 * PT, 200.0 * PT, left + 10.0 * PT, top - 30.0 * PT, 20.0 * PT, 20.0 * PT)
}

/// The same PDF with its cross-reference table made right again after an edit.
fn fix_xref(bytes: &[u8]) -> Vec<u8> {
    let text = String::from_utf8_lossy(bytes).into_owned();
    let body = &text[..text.find("xref\n").unwrap()];
    let mut offsets = Vec::new();
    let mut at = 0;
    while let Some(found) = body[at..].find(" 0 obj\n") {
        let start = body[..at + found].rfind('\n').map_or(0, |n| n + 1);
        offsets.push(start);
        at += found + 1;
    }
    let mut out = body.to_owned();
    let xref = out.len();
    out.push_str(&format!("xref\n0 {}\n0000000000 65535 f \n", offsets.len() + 1));
    for offset in &offsets {
        out.push_str(&format!("{offset:010} 00000 n \n"));
    }
    out.push_str(&format!("trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n", offsets.len() + 1));
    out.into_bytes()
}

const EXPECTED: &str = "paper:\n  width_mm: 148\n  height_mm: 210\n  boxes:\n    size_mm: 10\n    x_mm: 124\n    first_y_mm: 62\n    pitch_mm: 17\n";

fn measure(dir: &Path, name: &str, bytes: &[u8], extra: &[&str]) -> std::process::Output {
    fs::write(dir.join(name), bytes).unwrap();
    let mut args = vec!["measure", name];
    args.extend_from_slice(extra);
    run(dir, &args)
}

#[test]
fn the_paper_block_is_read_from_rectangles_lines_forms_crop_boxes_and_rotated_pages() {
    let dir = tempfile::tempdir().unwrap();
    let (w, h) = (148.0 * PT, 210.0 * PT);
    // Rectangles, with a frame and a logo around them.
    let plain = pdf([0.0, 0.0, w, h], None, 0, &(decoys(h, 0.0) + &boxes_as_rectangles(h, 0.0)), None);
    // Four separate lines per box, in reverse order, drawn through a transformation (cm).
    let mut lines = String::from("q 1 0 0 1 0 0 cm\n");
    for i in (0..7).rev() {
        let (x, top) = (124.0 * PT, h - (62.0 + 17.0 * i as f64) * PT);
        let (r, bottom) = (x + 10.0 * PT, top - 10.0 * PT);
        for ((ax, ay), (bx, by)) in [((x, top), (r, top)), ((r, top), (r, bottom)), ((r, bottom), (x, bottom)), ((x, bottom), (x, top))] {
            lines.push_str(&format!("{ax:.4} {ay:.4} m {bx:.4} {by:.4} l S\n"));
        }
    }
    lines.push_str("Q\n");
    let four_lines = pdf([0.0, 0.0, w, h], None, 0, &lines, None);
    // A 5 mm bleed: the crop box is the ballot; the boxes drawn in a form placed by its matrix.
    let bleed = 5.0 * PT;
    let cropped = pdf([0.0, 0.0, w + 2.0 * bleed, h + 2.0 * bleed], Some([bleed, bleed, w + bleed, h + bleed]), 0, "q /Fm1 Do Q", Some((&boxes_as_rectangles(h, 0.0), [1.0, 0.0, 0.0, 1.0, bleed, bleed])));
    // A landscape page shown turned a quarter clockwise: the displayed (X, Y)
    // from the top-left is page (Y, X) from the bottom-left (Poppler renders it so, below).
    let mut rotated_content = String::new();
    for i in 0..7 {
        let (x, y) = (124.0, 62.0 + 17.0 * i as f64); // displayed, mm from the top-left
        rotated_content.push_str(&format!("{:.4} {:.4} {:.4} {:.4} re B\n", y * PT, x * PT, 10.0 * PT, 10.0 * PT));
    }
    let rotated = pdf([0.0, 0.0, h, w], None, 90, &rotated_content, None);
    // A print file with 3 mm bleed: the trim box is the ballot; 21 filled timing marks are not boxes.
    let trim = 3.0 * PT;
    let mut marks = String::new();
    for i in 0..21 {
        marks.push_str(&format!("{:.4} {:.4} {:.4} {:.4} re f\n", trim + 3.0 * PT, trim + (10.0 + 9.0 * i as f64) * PT, 5.0 * PT, 5.0 * PT));
    }
    let trimmed = pdf_boxes([0.0, 0.0, w + 2.0 * trim, h + 2.0 * trim], Some(("TrimBox", [trim, trim, w + trim, h + trim])), 0, &(marks + &boxes_as_rectangles(h + trim, trim)), None);
    for (name, bytes) in [("plain.pdf", plain), ("lines.pdf", four_lines), ("cropped.pdf", cropped), ("rotated.pdf", rotated), ("trimmed.pdf", trimmed)] {
        let output = measure(dir.path(), name, &bytes, &[]);
        assert!(output.status.success(), "{name}: {}", stderr(&output));
        assert!(stdout(&output).starts_with(EXPECTED), "{name}:\n{}", stdout(&output));
        assert!(stdout(&output).contains("# 7 mark boxes found"), "{name}: {}", stdout(&output));
        // Poppler agrees on the page as shown (size and rotation).
        let info = crate::common::tool("pdfinfo", &["-box", dir.path().join(name).to_str().unwrap()]);
        assert!(info.contains("Pages:           1"), "{info}");
    }
    // The rotated page is shown portrait: Poppler reports its turn, and draws
    // its filled boxes (one pixel a millimetre) where the block says.
    let info = crate::common::tool("pdfinfo", &[dir.path().join("rotated.pdf").to_str().unwrap()]);
    assert!(info.contains("Page rot:        90"), "{info}");
    crate::common::tool("pdftoppm", &["-r", "25.4", "-gray", dir.path().join("rotated.pdf").to_str().unwrap(), dir.path().join("rotated").to_str().unwrap()]);
    let pgm = fs::read(dir.path().join("rotated-1.pgm")).unwrap();
    let mut fields = pgm.splitn(4, |&b| b == b'\n');
    let (_, size, _, pixels) = (fields.next(), fields.next().unwrap(), fields.next(), fields.next().unwrap());
    let width: usize = String::from_utf8_lossy(size).split_whitespace().next().unwrap().parse().unwrap();
    let dark: Vec<(usize, usize)> = pixels.iter().enumerate().filter(|(_, &v)| v < 128).map(|(i, _)| (i % width, i / width)).collect();
    let (left, top) = (dark.iter().map(|p| p.0).min().unwrap(), dark.iter().map(|p| p.1).min().unwrap());
    assert_eq!((width, left, top), (149, 124, 62), "Poppler's rendering of the rotated page");
}

#[test]
fn ambiguous_squares_are_said_and_a_definition_is_checked_box_by_box() {
    let dir = tempfile::tempdir().unwrap();
    let (w, h) = (148.0 * PT, 210.0 * PT);
    // Two columns of the same squares: which are the mark boxes is not clear.
    let two_columns = pdf([0.0, 0.0, w, h], None, 0, &(boxes_as_rectangles(h, 0.0) + &boxes_as_rectangles(h, -100.0 * PT)), None);
    let output = measure(dir.path(), "two.pdf", &two_columns, &[]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("not in one column") && stderr(&output).contains("ambiguous"), "{}", stderr(&output));
    // The second box printed 1 mm low: it alone is off the grid, the grid stays.
    let one_off = boxes_as_rectangles(h, 0.0).lines().enumerate().map(|(i, l)| if i == 2 {
        let mut parts: Vec<String> = l.split(' ').map(str::to_owned).collect();
        parts[1] = format!("{:.4}", parts[1].parse::<f64>().unwrap() - PT);
        parts.join(" ")
    } else { l.to_owned() }).collect::<Vec<_>>().join("\n");
    let output = measure(dir.path(), "one-off.pdf", &pdf([0.0, 0.0, w, h], None, 0, &one_off, None), &[]);
    assert!(stdout(&output).contains("pitch_mm: 17\n") && stdout(&output).contains("# option 2: off the regular grid; give it `box: { x_mm: 124, y_mm: 80 }`"), "{}", stdout(&output));
    assert_eq!(stdout(&output).matches("off the regular grid").count(), 1, "{}", stdout(&output));
    assert_eq!(output.status.code(), Some(1), "a box off the grid is an error, not a comment");
    assert!(stderr(&output).contains("1 box off the regular grid") && stderr(&output).contains("--check"), "{}", stderr(&output));
    // A form that draws itself ends, with what it drew.
    let looping = pdf([0.0, 0.0, w, h], None, 0, "/Fm1 Do", Some((&(boxes_as_rectangles(h, 0.0) + "/Fm1 Do /Fm1 Do\n"), [1.0, 0.0, 0.0, 1.0, 0.0, 0.0])));
    let looping = String::from_utf8(looping).unwrap().replace("/Type /XObject", "/Type /XObject /Resources << /XObject << /Fm1 5 0 R >> >>").into_bytes();
    let looping = fix_xref(&looping);
    let output = measure(dir.path(), "loop.pdf", &looping, &[]);
    assert!(output.status.success() && stdout(&output).starts_with(EXPECTED), "{}{}", stdout(&output), stderr(&output));
    // Nothing square at all (an image, say).
    let output = measure(dir.path(), "empty.pdf", &pdf([0.0, 0.0, w, h], None, 0, "", None), &[]);
    assert!(stderr(&output).contains("no empty square"), "{}", stderr(&output));

    // --check: the example ballot's definition against its printed boxes.
    let definition = root().join("ballots/kz-2023-mazhilis/districts/zhambyl-15.yaml");
    let definition = definition.to_str().unwrap();
    let exact = pdf([0.0, 0.0, w, h], None, 0, &boxes_as_rectangles(h, 0.0), None);
    let output = measure(dir.path(), "exact.pdf", &exact, &["--check", definition]);
    assert!(output.status.success(), "{}{}", stdout(&output), stderr(&output));
    // The third box printed 0.5 mm lower: named, exit 1.
    let shifted = boxes_as_rectangles(h, 0.0).lines().enumerate().map(|(i, l)| if i == 3 {
        let mut parts: Vec<String> = l.split(' ').map(str::to_owned).collect();
        parts[1] = format!("{:.4}", parts[1].parse::<f64>().unwrap() - 0.5 * PT);
        parts.join(" ")
    } else { l.to_owned() }).collect::<Vec<_>>().join("\n");
    let output = measure(dir.path(), "shifted.pdf", &pdf([0.0, 0.0, w, h], None, 0, &shifted, None), &["--check", definition]);
    assert_eq!(output.status.code(), Some(1));
    let out = stdout(&output);
    assert!(out.contains("option 3: the box is at x 124 y 96.5") && out.contains("0.5 mm off"), "{out}");
    assert_eq!(out.lines().count(), 1, "only the moved box: {out}");
}
