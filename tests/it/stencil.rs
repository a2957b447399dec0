//! Stencils and overlays: windows over the boxes, tactile clearances, spot
//! colours and page sizes, checked from the SVG, the PDFs and a geometry dump.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use ballot_access::definition;
use ballot_access::geometry::ballot_boxes;
use ballot_access::model::Rect;
use ballot_access::model::{Ballot, ElectionInfo, Lang};
use crate::common::{examples_out, root, tool};

fn examples() -> Vec<(ElectionInfo, Ballot)> {
    let loaded = definition::load(&[root().join("ballots")]);
    assert!(!loaded.diagnostics.has_errors());
    loaded.elections.iter().flat_map(|e| e.ballots.iter().map(|b| (e.info.clone(), b.clone()))).collect()
}

/// Every stencil and overlay language of every example ballot.
fn sheets() -> Vec<(ElectionInfo, Ballot, Lang)> {
    let all: Vec<_> = examples().into_iter().flat_map(|(e, b)| e.stencil_languages.clone().into_iter().map(move |l| (e.clone(), b.clone(), l))).collect();
    assert!(all.iter().any(|(_, _, l)| *l == Lang::Ru) && all.iter().any(|(_, _, l)| *l == Lang::Kk), "stencils in both languages");
    all
}

fn file(election: &ElectionInfo, ballot: &Ballot, name: &str) -> PathBuf {
    examples_out().join(&election.id).join(&ballot.id).join(name)
}

/// The attributes of every `<tag ...>` element in an SVG, with the id of the
/// `<g>` group it is in.
fn elements(svg: &str, tag: &str) -> Vec<(String, BTreeMap<String, String>)> {
    let mut found = Vec::new();
    let mut groups: Vec<String> = Vec::new();
    let mut rest = svg;
    while let Some(start) = rest.find('<') {
        let end = rest[start..].find('>').map(|e| start + e).unwrap();
        let element = &rest[start + 1..end];
        rest = &rest[end + 1..];
        if element.starts_with("/g") {
            groups.pop();
            continue;
        }
        let name = element.split_whitespace().next().unwrap_or("");
        let attributes = attributes(element);
        if name == "g" {
            groups.push(attributes.get("id").cloned().unwrap_or_default());
        } else if name == tag {
            found.push((groups.join("/"), attributes));
        }
    }
    found
}

fn attributes(element: &str) -> BTreeMap<String, String> {
    let mut map = BTreeMap::new();
    for part in element.split('"').collect::<Vec<_>>().chunks(2) {
        if let [key, value] = part {
            let key = key.trim().trim_end_matches('=').rsplit(' ').next().unwrap().to_owned();
            map.insert(key, value.to_string());
        }
    }
    map
}

fn num(map: &BTreeMap<String, String>, key: &str) -> f64 {
    map[key].parse().unwrap()
}

fn rect_distance(a: &Rect, b: &Rect) -> f64 {
    let dx = (b.x - a.right()).max(a.x - b.right()).max(0.0);
    let dy = (b.y - a.bottom()).max(a.y - b.bottom()).max(0.0);
    dx.hypot(dy)
}

/// Distance from a point to a segment.
fn to_segment(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let t = (((p.0 - a.0) * dx + (p.1 - a.1) * dy) / (dx * dx + dy * dy)).clamp(0.0, 1.0);
    (p.0 - a.0 - t * dx).hypot(p.1 - a.1 - t * dy)
}

fn rect_edges(r: &Rect) -> [((f64, f64), (f64, f64)); 4] {
    let (l, t, rt, b) = (r.x, r.y, r.right(), r.bottom());
    [((l, t), (rt, t)), ((rt, t), (rt, b)), ((rt, b), (l, b)), ((l, b), (l, t))]
}

#[test]
fn every_window_contains_its_box_with_the_margin() {
    let mut windows_checked = 0;
    for (election, ballot, lang) in sheets() {
        let svg = fs::read_to_string(file(&election, &ballot, &format!("stencil-{lang}.svg"))).unwrap();
        assert!(svg.contains(&format!("width=\"{}mm\"", ballot.paper.width_mm)));
        assert!(svg.contains(&format!("viewBox=\"0 0 {} {}\"", ballot.paper.width_mm, ballot.paper.height_mm)));
        let rects: Vec<_> = elements(&svg, "rect").into_iter().filter(|(g, _)| g == "cut").collect();
        let boxes = ballot_boxes(&ballot);
        assert_eq!(rects.len(), boxes.len(), "{}", ballot.id);
        for ((group, r), mark) in rects.iter().zip(&boxes) {
            assert_eq!(group, "cut");
            let margin = election.stencil.window_margin_mm;
            for (got, want) in [
                (num(r, "x"), mark.x - margin),
                (num(r, "y"), mark.y - margin),
                (num(r, "width"), mark.width + 2.0 * margin),
                (num(r, "height"), mark.height + 2.0 * margin),
            ] {
                assert!((got - want).abs() < 0.001, "{}: window {r:?} vs box {mark:?}", ballot.id);
            }
            assert_eq!(num(r, "rx"), 1.0);
            windows_checked += 1;
        }
        assert_eq!(elements(&svg, "path").len(), 1, "one outline");
    }
    assert_eq!(windows_checked, 2 * (2 + 21 + 8 + 7));
}

#[test]
fn tactile_elements_keep_their_distance_and_dots_stay_off_cut_lines() {
    for (election, ballot, lang) in sheets() {
        let svg = fs::read_to_string(file(&election, &ballot, &format!("stencil-{lang}.svg"))).unwrap();
        let rules = election.stencil;
        let dot = election.dots.geometry();
        let windows: Vec<Rect> = elements(&svg, "rect")
            .iter()
            .filter(|(g, _)| g == "cut")
            .map(|(_, r)| Rect { x: num(r, "x"), y: num(r, "y"), width: num(r, "width"), height: num(r, "height") })
            .collect();
        // Dots grouped by label, as bounding boxes of their edges.
        let mut groups: BTreeMap<String, Vec<(f64, f64, f64)>> = BTreeMap::new();
        for (group, c) in elements(&svg, "circle") {
            assert!(group.starts_with("braille/"), "{group}");
            groups.entry(group).or_default().push((num(&c, "cx"), num(&c, "cy"), num(&c, "r")));
            assert!((num(&c, "r") - dot.base / 2.0).abs() < 1e-6);
        }
        assert_eq!(groups.keys().filter(|g| g.contains("label-")).count(), ballot.contest.options.len());
        let corner = Rect { x: ballot.paper.width_mm - rules.corner_cut_mm, y: 0.0, width: rules.corner_cut_mm, height: rules.corner_cut_mm };
        let mut elements: Vec<(String, Rect)> = windows.iter().enumerate().map(|(i, w)| (format!("window-{}", i + 1), *w)).collect();
        elements.push(("corner".into(), corner));
        for (name, dots) in &groups {
            let left = dots.iter().map(|d| d.0 - d.2).fold(f64::MAX, f64::min);
            let top = dots.iter().map(|d| d.1 - d.2).fold(f64::MAX, f64::min);
            let right = dots.iter().map(|d| d.0 + d.2).fold(f64::MIN, f64::max);
            let bottom = dots.iter().map(|d| d.1 + d.2).fold(f64::MIN, f64::max);
            elements.push((name.rsplit('/').next().unwrap().to_owned(), Rect { x: left, y: top, width: right - left, height: bottom - top }));
            // No dot on or near a cut line: windows, the outline and its corner cut.
            let (w, h, c) = (ballot.paper.width_mm, ballot.paper.height_mm, rules.corner_cut_mm);
            let mut cuts: Vec<((f64, f64), (f64, f64))> = vec![((0.0, 0.0), (w - c, 0.0)), ((w - c, 0.0), (w, c)), ((w, c), (w, h)), ((w, h), (0.0, h)), ((0.0, h), (0.0, 0.0))];
            for window in &windows {
                cuts.extend(rect_edges(window));
            }
            for &(x, y, r) in dots {
                for &(a, b) in &cuts {
                    let clearance = to_segment((x, y), a, b) - r;
                    assert!(clearance >= dot.in_cell - 1e-9, "{}: dot {x},{y} of {name} is {clearance:.2} mm from a cut line", ballot.id);
                }
                for window in &windows {
                    let inside = x > window.x && x < window.right() && y > window.y && y < window.bottom();
                    assert!(!inside, "{}: a dot of {name} lies in a window", ballot.id);
                }
            }
        }
        for (i, (a, ar)) in elements.iter().enumerate() {
            for (b, br) in &elements[i + 1..] {
                let distance = rect_distance(ar, br);
                assert!(distance >= rules.tactile_gap_mm - 1e-9, "{}: {a} and {b} are {distance:.2} mm apart", ballot.id);
            }
        }
    }
}

#[test]
fn stencil_pdf_has_the_spot_colours_a_trim_box_and_overprinted_cuts() {
    for (election, ballot, lang) in sheets() {
        for name in [format!("stencil-{lang}.pdf"), format!("overlay-{lang}.pdf")] {
            let path = file(&election, &ballot, &name);
            // pdfinfo -box: TrimBox = the ballot paper, inside a page 10 mm larger all round.
            let info = tool("pdfinfo", &["-box", path.to_str().unwrap()]);
            let boxes = |label: &str| -> Vec<f64> { info.lines().find(|l| l.starts_with(label)).unwrap_or_else(|| panic!("{name}: no {label}\n{info}")).split_whitespace().skip(1).map(|t| t.parse().unwrap()).collect() };
            let (w, h, slug) = (ballot.paper.width_mm * 72.0 / 25.4, ballot.paper.height_mm * 72.0 / 25.4, 10.0 * 72.0 / 25.4);
            let trim = boxes("TrimBox:");
            assert!((trim[2] - trim[0] - w).abs() < 0.01 && (trim[3] - trim[1] - h).abs() < 0.01, "{name}: TrimBox {trim:?} is not the paper {w} x {h}");
            assert!((trim[0] - slug).abs() < 0.01 && (trim[1] - slug).abs() < 0.01, "{name}: TrimBox {trim:?}");
            let media = boxes("MediaBox:");
            assert!((media[2] - w - 2.0 * slug).abs() < 0.01 && (media[3] - h - 2.0 * slug).abs() < 0.01, "{name}: MediaBox {media:?}");
            assert!(info.contains("Pages:           1"));
            // Titled with the election and the constituency: two elections' sheets differ.
            let title = info.lines().find_map(|l| l.strip_prefix("Title:")).unwrap_or_else(|| panic!("{name}: no title\n{info}")).trim();
            assert!(title.contains(election.title.get(lang)) && title.contains(ballot.constituency.name.get(lang)), "{name}: {title}");
            // The identification is text a person (and pdftotext) can read,
            // naming the election: ballot ids repeat across elections.
            let text = tool("pdftotext", &[path.to_str().unwrap(), "-"]);
            for wanted in [ballot.proof_id.as_str(), &format!("{}/{}", election.id, ballot.id), &format!(" {lang} ")] {
                assert!(text.contains(wanted), "{name} of {}: no {wanted:?} in\n{text}", ballot.id);
            }
            assert!(text.contains("100"), "{name}: no scale bar caption");
        }
        let qdf = qdf(&file(&election, &ballot, &format!("stencil-{lang}.pdf")));
        assert!(qdf.contains("/Separation /CutContour"), "no CutContour separation");
        assert!(qdf.contains("/Separation /Braille"), "no Braille separation");
        assert!(qdf.contains("CS 1 SCN 0.25 w"), "cut lines are not 0.25 pt strokes in a spot colour");
        assert!(qdf.contains("cs 1 scn"), "dots are not filled in a spot colour");
        assert!(qdf.contains("/OP true") && qdf.contains("/op true") && qdf.contains("/BAop gs"), "the stencil does not overprint");
        let overlay = qdf_text(&file(&election, &ballot, &format!("overlay-{lang}.pdf")));
        assert!(!overlay.contains("/Separation"), "the overlay uses no spot colours");
        // Raised parts in DeviceGray black; captions in CMYK cyan only.
        assert!(overlay.contains("0 g") || overlay.contains("/DeviceGray"), "no gray black in the overlay");
        assert!(overlay.contains("0.2509804 0 0 0 k") || overlay.contains("0.25098 0 0 0 k"), "no light cyan captions");
    }
}

#[test]
fn ghostscript_separates_cut_lines_from_everything_else() {
    // 150 dpi: a pixel is 0.17 mm.
    let px_per_mm = 150.0 / 25.4;
    for (election, ballot, lang) in sheets().into_iter().filter(|(_, b, _)| b.id == "zhambyl-15" || b.id == "referendum") {
        let dir = tempfile::tempdir().unwrap();
        let pdf = file(&election, &ballot, &format!("stencil-{lang}.pdf"));
        let out = dir.path().join("s.tif");
        tool("gs", &["-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=tiffsep", "-dOverprint=/enable", "-r150", &format!("-sOutputFile={}", out.display()), pdf.to_str().unwrap()]);
        let separation = |name: &str| -> image::GrayImage {
            image::open(dir.path().join(format!("s({name}).tif"))).unwrap_or_else(|e| panic!("{}: no {name} separation: {e}", ballot.id)).to_luma8()
        };
        // tiffsep writes ink as dark on white.
        // Whole pages, slug and crop marks included; positions in sheet millimetres.
        let inked = |img: &image::GrayImage| -> Vec<(f64, f64)> { img.enumerate_pixels().filter(|(_, _, p)| p.0[0] < 128).map(|(x, y, _)| ((f64::from(x) + 0.5) / px_per_mm - 10.0, (f64::from(y) + 0.5) / px_per_mm - 10.0)).collect() };
        let t = &ballot.tactile.iter().find(|t| t.lang == lang).unwrap();
        let mut cuts: Vec<((f64, f64), (f64, f64))> = t.outline.iter().zip(t.outline.iter().cycle().skip(1)).map(|(a, b)| (*a, *b)).collect();
        for w in &t.windows {
            cuts.extend(rect_edges(&w.cut));
        }
        let near_cut = |p: (f64, f64), within: f64| cuts.iter().any(|&(a, b)| to_segment(p, a, b) <= within);
        let cut = inked(&separation("CutContour"));
        assert!(cut.len() > 100, "{}: the CutContour separation is empty", ballot.id);
        // Within a window's corner radius and a pixel of a straight cut line.
        let stray: Vec<_> = cut.iter().filter(|&&p| !near_cut(p, 1.0)).collect();
        assert!(stray.is_empty(), "{} {lang}: CutContour holds more than cut lines, e.g. at {:?} mm", ballot.id, &stray[..stray.len().min(3)]);
        // Every window's top edge is there.
        for w in &t.windows {
            let (x, y) = (w.cut.x + w.cut.width / 2.0, w.cut.y);
            assert!(cut.iter().any(|p| (p.0 - x).abs() < 0.5 && (p.1 - y).abs() < 0.5), "{}: window {} is not cut", ballot.id, w.number);
        }
        // No dot, caption or scale bar on the cut separation, and no cut line on the others.
        let braille = inked(&separation("Braille"));
        assert!(!braille.is_empty() && braille.iter().all(|&p| !near_cut(p, 0.3)), "{}: braille dots on a cut line", ballot.id);
        // Captions and crop marks (outside the sheet) print in black.
        let black = inked(&separation("Black"));
        assert!(black.iter().any(|p| p.0 < 0.0 && p.1 < 0.0), "{}: no crop mark at the top left", ballot.id);
    }
}

#[test]
fn svg_layers_are_named_for_the_operator_and_the_against_all_label_means_against() {
    for (election, ballot, lang) in sheets() {
        let svg = fs::read_to_string(file(&election, &ballot, &format!("stencil-{lang}.svg"))).unwrap();
        for (id, label) in [("cut", "Cut"), ("braille", "Braille (reference, do not cut or engrave)"), ("captions", "Captions (print only)")] {
            assert!(svg.contains(&format!("<g id=\"{id}\" inkscape:groupmode=\"layer\" inkscape:label=\"{label}\"")), "{}: no layer {label:?}", ballot.id);
        }
        assert!(svg.contains(&ballot.proof_id) && svg.contains(&format!("{}/{}", election.id, ballot.id)), "{}: the SVG is not identified", ballot.id);
        let t = ballot.tactile.iter().find(|t| t.lang == lang).unwrap();
        for (option, label) in ballot.contest.options.iter().zip(&t.labels) {
            if option.against_all && option.label.is_none() {
                let word = label.text.split_once(' ').unwrap().1;
                let expected: &[&str] = match lang { Lang::Kk => &["Қарсы"], Lang::Ru => &["Против всех", "Против"], Lang::En => &["Against all", "Against"] };
                assert!(expected.contains(&word), "{} {lang}: the against-all label is {word:?}", ballot.id);
            }
        }
    }
}

/// The qpdf text with all white space folded to single spaces.
fn qdf(path: &Path) -> String {
    qdf_text(path).split_whitespace().collect::<Vec<_>>().join(" ")
}

fn qdf_text(path: &Path) -> String {
    let out = tempfile::NamedTempFile::new().unwrap();
    tool("qpdf", &["--qdf", "--object-streams=disable", path.to_str().unwrap(), out.path().to_str().unwrap()]);
    String::from_utf8_lossy(&fs::read(out.path()).unwrap()).into_owned()
}

