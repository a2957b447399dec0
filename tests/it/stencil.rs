//! Stencils and overlays: windows over the boxes, tactile clearances, spot
//! colours and page sizes, checked from the SVG, the PDFs and a geometry dump.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use ballot_access::definition;
use ballot_access::geometry::ballot_boxes;
use ballot_access::model::Rect;
use ballot_access::model::{Ballot, ElectionInfo};
use crate::common::{examples_out, root, tool};

fn examples() -> Vec<(ElectionInfo, Ballot)> {
    let loaded = definition::load(&[root().join("ballots")]);
    assert!(!loaded.diagnostics.has_errors());
    loaded.elections.iter().flat_map(|e| e.ballots.iter().map(|b| (e.info.clone(), b.clone()))).collect()
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
    for (election, ballot) in examples() {
        let svg = fs::read_to_string(file(&election, &ballot, "stencil.svg")).unwrap();
        assert!(svg.contains(&format!("width=\"{}mm\"", ballot.paper.width_mm)));
        assert!(svg.contains(&format!("viewBox=\"0 0 {} {}\"", ballot.paper.width_mm, ballot.paper.height_mm)));
        let rects = elements(&svg, "rect");
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
    assert_eq!(windows_checked, 2 + 21 + 8 + 7);
}

#[test]
fn tactile_elements_keep_their_distance_and_dots_stay_off_cut_lines() {
    for (election, ballot) in examples() {
        let svg = fs::read_to_string(file(&election, &ballot, "stencil.svg")).unwrap();
        let rules = election.stencil;
        let dot = election.dots.geometry();
        let windows: Vec<Rect> = elements(&svg, "rect")
            .iter()
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
fn stencil_pdf_has_the_spot_colours_and_the_sheet_size() {
    for (election, ballot) in examples() {
        for name in ["stencil.pdf", "overlay.pdf"] {
            let path = file(&election, &ballot, name);
            let info = tool("pdfinfo", &[path.to_str().unwrap()]);
            let size = format!("{:.3} x {:.3} pts", ballot.paper.width_mm * 72.0 / 25.4, ballot.paper.height_mm * 72.0 / 25.4);
            let line = info.lines().find(|l| l.starts_with("Page size:")).unwrap();
            let (w, h) = (ballot.paper.width_mm * 72.0 / 25.4, ballot.paper.height_mm * 72.0 / 25.4);
            let numbers: Vec<f64> = line.split_whitespace().filter_map(|t| t.parse().ok()).collect();
            assert!((numbers[0] - w).abs() < 0.01 && (numbers[1] - h).abs() < 0.01, "{name}: {line}, want {size}");
            assert!(info.contains("Pages:           1"));
        }
        let qdf = qdf(&file(&election, &ballot, "stencil.pdf"));
        assert!(qdf.contains("/Separation /CutContour"), "no CutContour separation");
        assert!(qdf.contains("/Separation /Braille"), "no Braille separation");
        assert!(qdf.contains("CS 1 SCN 0.25 w"), "cut lines are not 0.25 pt strokes in a spot colour");
        assert!(qdf.contains("cs 1 scn"), "dots are not filled in a spot colour");
        let overlay = qdf_text(&file(&election, &ballot, "overlay.pdf"));
        assert!(!overlay.contains("/Separation"), "the overlay uses no spot colours");
        // Raised parts in DeviceGray black; captions in CMYK cyan only.
        assert!(overlay.contains("0 g") || overlay.contains("/DeviceGray"), "no gray black in the overlay");
        assert!(overlay.contains("0.2509804 0 0 0 k") || overlay.contains("0.25098 0 0 0 k"), "no light cyan captions");
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

