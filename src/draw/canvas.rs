//! A small anti-aliased rasteriser for the review previews: filled polygons
//! (non-zero or even-odd), strokes as filled quads, and text drawn from the
//! bundled fonts' glyph outlines (through skrifa), written out as PNG.

use skrifa::instance::{LocationRef, Size};
use skrifa::outline::{DrawSettings, OutlinePen};
use skrifa::MetadataProvider;

use crate::util::fonts::{self, Weight};

/// An RGB colour.
pub type Rgb = [u8; 3];

/// A closed polygon, in the canvas's units.
pub type Polygon = Vec<(f64, f64)>;

/// How overlapping polygons fill.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    /// Filled where the winding number is not zero.
    NonZero,
    /// Filled where an odd number of edges lie to the left (rings, windows).
    EvenOdd,
}

/// Vertical samples per pixel row; horizontal coverage is exact.
const SUBROWS: usize = 4;

/// An RGB image with drawing in document units (millimetres or points).
pub struct Canvas {
    width: usize,
    height: usize,
    /// Pixels per document unit.
    scale: f64,
    pixels: Vec<Rgb>,
}

impl Canvas {
    /// A canvas of `width` x `height` units at `scale` pixels per unit.
    pub fn new(width: f64, height: f64, scale: f64, background: Rgb) -> Canvas {
        let (w, h) = (((width * scale).ceil() as usize).max(1), ((height * scale).ceil() as usize).max(1));
        Canvas { width: w, height: h, scale, pixels: vec![background; w * h] }
    }

    /// Width and height in pixels.
    #[cfg(test)]
    pub fn size(&self) -> (usize, usize) {
        (self.width, self.height)
    }

    /// The colour of a pixel.
    #[cfg(test)]
    pub fn pixel(&self, x: usize, y: usize) -> Rgb {
        self.pixels[y * self.width + x]
    }

    /// Fills polygons (in units) with a colour.
    pub fn fill(&mut self, polygons: &[Polygon], rule: Rule, color: Rgb) {
        let s = self.scale;
        let edges = edges(polygons.iter().map(|p| p.iter().map(|&(x, y)| (x * s, y * s))));
        let (width, height) = (self.width, self.height);
        scan(edges, rule, width, height, |row, coverage, lo, hi| {
            for (x, cell) in coverage.iter_mut().enumerate().take(hi).skip(lo) {
                let alpha = std::mem::take(cell).min(1.0);
                if alpha > 0.0 {
                    blend(&mut self.pixels[row * width + x], color, alpha);
                }
            }
        });
    }

    /// Strokes a polyline (closed or not) `width` units wide.
    pub fn stroke(&mut self, points: &[(f64, f64)], closed: bool, width: f64, color: Rgb) {
        let n = points.len();
        let segments = if closed { n } else { n.saturating_sub(1) };
        let half = width / 2.0;
        let quads: Vec<Polygon> = (0..segments)
            .filter_map(|i| {
                let (a, b) = (points[i], points[(i + 1) % n]);
                let (dx, dy) = (b.0 - a.0, b.1 - a.1);
                let len = (dx * dx + dy * dy).sqrt();
                if len == 0.0 {
                    return None;
                }
                // Extended by half the width at both ends so corners close.
                let (ux, uy) = (dx / len * half, dy / len * half);
                let (nx, ny) = (-uy, ux);
                Some(vec![
                    (a.0 - ux + nx, a.1 - uy + ny),
                    (b.0 + ux + nx, b.1 + uy + ny),
                    (b.0 + ux - nx, b.1 + uy - ny),
                    (a.0 - ux - nx, a.1 - uy - ny),
                ])
            })
            .collect();
        self.fill(&quads, Rule::NonZero, color);
    }

    /// Draws text with its baseline at `baseline`, `size` units tall (em size).
    /// Each glyph is rasterised once per size and eighth-pixel position (a
    /// line of text repeats few glyphs) and then blended where it goes.
    pub fn text(&mut self, x: f64, baseline: f64, size: f64, weight: Weight, text: &str, color: Rgb) {
        let mut pen_x = x;
        for (face, run) in fonts::runs(text, weight) {
            let font = face.font_ref();
            let charmap = font.charmap();
            let metrics = font.glyph_metrics(Size::new(size as f32), LocationRef::default());
            for ch in run.chars() {
                let Some(glyph) = charmap.map(ch) else { continue };
                let (px, py) = (pen_x * self.scale, baseline * self.scale);
                let (ix, iy) = (px.floor(), py.floor());
                let phase = (((px - ix) * GLYPH_PHASES as f64).round() as u8, ((py - iy) * GLYPH_PHASES as f64).round() as u8);
                let key = GlyphKey { face: face.file, glyph: glyph.to_u32(), pixels_per_em: (size * self.scale).to_bits(), phase };
                let mask = glyph_mask(key, || {
                    let mut pen = Pen { polygons: Vec::new(), current: Vec::new(), origin: (0.0, 0.0) };
                    if let Some(outline) = font.outline_glyphs().get(glyph) {
                        let settings = DrawSettings::unhinted(Size::new((size * self.scale) as f32), LocationRef::default());
                        let _ = outline.draw(settings, &mut pen);
                        pen.close();
                    }
                    let offset = (f64::from(phase.0) / GLYPH_PHASES as f64, f64::from(phase.1) / GLYPH_PHASES as f64);
                    Mask::of(&pen.polygons, offset)
                });
                self.blend_mask(&mask, ix as i64, iy as i64, color);
                pen_x += f64::from(metrics.advance_width(glyph).unwrap_or(0.0));
            }
        }
    }

    /// Fills circles of one radius (braille dots) at `centres`: each drawn once
    /// per eighth-pixel position, like glyphs, then blended where it goes.
    pub fn circles(&mut self, centres: &[(f64, f64)], radius: f64, color: Rgb) {
        for &(cx, cy) in centres {
            let (px, py) = (cx * self.scale, cy * self.scale);
            let (ix, iy) = (px.floor(), py.floor());
            let phase = (((px - ix) * GLYPH_PHASES as f64).round() as u8, ((py - iy) * GLYPH_PHASES as f64).round() as u8);
            let r = radius * self.scale;
            let key = GlyphKey { face: "circle", glyph: 0, pixels_per_em: r.to_bits(), phase };
            let mask = glyph_mask(key, || {
                let offset = (f64::from(phase.0) / GLYPH_PHASES as f64, f64::from(phase.1) / GLYPH_PHASES as f64);
                Mask::of(&[circle(0.0, 0.0, r)], offset)
            });
            self.blend_mask(&mask, ix as i64, iy as i64, color);
        }
    }

    /// Blends a mask whose pixel (0, 0) lies at canvas pixel (`x`, `y`).
    fn blend_mask(&mut self, mask: &Mask, x: i64, y: i64, color: Rgb) {
        for row in 0..mask.height {
            let cy = y + mask.top + row as i64;
            if cy < 0 || cy >= self.height as i64 {
                continue;
            }
            for col in 0..mask.width {
                let cx = x + mask.left + col as i64;
                let alpha = mask.alpha[row * mask.width + col];
                if alpha > 0 && cx >= 0 && cx < self.width as i64 {
                    blend(&mut self.pixels[cy as usize * self.width + cx as usize], color, f32::from(alpha) / 255.0);
                }
            }
        }
    }

    /// The image as PNG bytes.
    pub fn png(&self) -> Vec<u8> {
        // Grey images (the large print) as one channel: a third of the size.
        let grey = self.pixels.iter().all(|p| p[0] == p[1] && p[1] == p[2]);
        let (raw, color): (Vec<u8>, image::ExtendedColorType) = if grey {
            (self.pixels.iter().map(|p| p[0]).collect(), image::ExtendedColorType::L8)
        } else {
            (self.pixels.iter().flatten().copied().collect(), image::ExtendedColorType::Rgb8)
        };
        let mut out = Vec::new();
        let encoder = image::codecs::png::PngEncoder::new_with_quality(
            &mut out,
            image::codecs::png::CompressionType::Fast,
            image::codecs::png::FilterType::Adaptive,
        );
        image::ImageEncoder::write_image(encoder, &raw, self.width as u32, self.height as u32, color)
            .expect("an in-memory PNG of a valid size encodes");
        out
    }
}

/// Adds `amount` of coverage over the pixels between x positions `a` and `b`.
fn add_span(coverage: &mut [f32], a: f64, b: f64, amount: f32) {
    let (first, last) = (a.floor() as usize, (b.ceil() as usize).min(coverage.len()));
    for (x, cell) in coverage.iter_mut().enumerate().take(last).skip(first) {
        let overlap = (b.min(x as f64 + 1.0) - a.max(x as f64)).max(0.0);
        *cell += amount * overlap as f32;
    }
}

/// Mixes `color` into a pixel by `alpha` (0 to 1).
fn blend(pixel: &mut Rgb, color: Rgb, alpha: f32) {
    for c in 0..3 {
        pixel[c] = (f32::from(pixel[c]) * (1.0 - alpha) + f32::from(color[c]) * alpha).round() as u8;
    }
}

type Edge = (f64, f64, f64, f64, i32);

/// The edges of closed polygons (in pixels), each top to bottom with its direction.
fn edges<P: IntoIterator<Item = (f64, f64)>>(polygons: impl Iterator<Item = P>) -> Vec<Edge> {
    let mut edges = Vec::new();
    for polygon in polygons {
        let points: Vec<(f64, f64)> = polygon.into_iter().collect();
        for i in 0..points.len() {
            let (a, b) = (points[i], points[(i + 1) % points.len()]);
            if a.1 != b.1 {
                edges.push(if a.1 < b.1 { (a.0, a.1, b.0, b.1, 1) } else { (b.0, b.1, a.0, a.1, -1) });
            }
        }
    }
    edges
}

/// Scanline coverage of `edges` over rows `0..height` and columns `0..width`:
/// for each covered stretch of a row, `row_done(row, coverage, lo, hi)` gets
/// the row's coverage, to be read and zeroed between `lo` and `hi` (only the
/// stretches covered: an outline's rows are two short spans, not its width).
fn scan(mut edges: Vec<Edge>, rule: Rule, width: usize, height: usize, mut row_done: impl FnMut(usize, &mut [f32], usize, usize)) {
    if edges.is_empty() {
        return;
    }
    // Scanline order: edges enter the active list as the rows reach their top
    // and leave below their bottom, so each row looks only at edges it crosses
    // (a stencil's thousand braille dots are one fill).
    edges.sort_by(|a, b| a.1.total_cmp(&b.1));
    let top = edges[0].1.floor().max(0.0) as usize;
    let bottom = (edges.iter().map(|e| e.3).fold(f64::MIN, f64::max).ceil().max(0.0) as usize).min(height);
    let mut coverage = vec![0f32; width];
    let mut crossings: Vec<(f64, i32)> = Vec::new();
    let mut active: Vec<Edge> = Vec::new();
    let mut next = 0;
    let mut spans: Vec<(usize, usize)> = Vec::new();
    for row in top..bottom {
        spans.clear();
        for sub in 0..SUBROWS {
            let y = row as f64 + (sub as f64 + 0.5) / SUBROWS as f64;
            while next < edges.len() && edges[next].1 <= y {
                active.push(edges[next]);
                next += 1;
            }
            active.retain(|e| y < e.3);
            crossings.clear();
            for &(x0, y0, x1, y1, dir) in &active {
                if y >= y0 {
                    crossings.push((x0 + (y - y0) / (y1 - y0) * (x1 - x0), dir));
                }
            }
            crossings.sort_by(|a, b| a.0.total_cmp(&b.0));
            let mut winding = 0;
            for pair in crossings.windows(2) {
                winding += pair[0].1;
                let inside = match rule {
                    Rule::NonZero => winding != 0,
                    Rule::EvenOdd => winding % 2 != 0,
                };
                if inside {
                    let (a, b) = (pair[0].0.max(0.0), pair[1].0.min(width as f64));
                    if b > a {
                        add_span(&mut coverage, a, b, 1.0 / SUBROWS as f32);
                        spans.push((a as usize, (b.ceil() as usize).min(width)));
                    }
                }
            }
        }
        // The row's covered stretches, overlapping ones merged.
        spans.sort_unstable();
        let mut current: Option<(usize, usize)> = None;
        for &(a, b) in &spans {
            match current {
                Some((lo, hi)) if a <= hi => current = Some((lo, hi.max(b))),
                Some((lo, hi)) => {
                    row_done(row, &mut coverage, lo, hi);
                    current = Some((a, b));
                }
                None => current = Some((a, b)),
            }
        }
        if let Some((lo, hi)) = current {
            row_done(row, &mut coverage, lo, hi);
        }
    }
}

/// Positions per pixel, horizontally and vertically, a glyph is rasterised at
/// (an eighth: a glyph lands within a sixteenth of a pixel of its place).
const GLYPH_PHASES: u32 = 8;

/// A glyph (or a circle) at one size and eighth-pixel position.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct GlyphKey {
    face: &'static str,
    glyph: u32,
    pixels_per_em: u64,
    phase: (u8, u8),
}

/// Coverage of a shape on the pixel grid (0 to 255), relative to its origin pixel.
struct Mask {
    left: i64,
    top: i64,
    width: usize,
    height: usize,
    alpha: Vec<u8>,
}

impl Mask {
    /// The coverage of polygons (in pixels, y down, about the origin) moved by `offset` pixels.
    fn of(polygons: &[Polygon], offset: (f64, f64)) -> Mask {
        let points = || polygons.iter().flatten();
        if points().next().is_none() {
            return Mask { left: 0, top: 0, width: 0, height: 0, alpha: Vec::new() };
        }
        let left = points().map(|p| p.0 + offset.0).fold(f64::MAX, f64::min).floor() - 1.0;
        let top = points().map(|p| p.1 + offset.1).fold(f64::MAX, f64::min).floor() - 1.0;
        let right = points().map(|p| p.0 + offset.0).fold(f64::MIN, f64::max).ceil() + 1.0;
        let bottom = points().map(|p| p.1 + offset.1).fold(f64::MIN, f64::max).ceil() + 1.0;
        let (width, height) = ((right - left) as usize, (bottom - top) as usize);
        let mut alpha = vec![0u8; width * height];
        let shifted = edges(polygons.iter().map(|p| p.iter().map(|&(x, y)| (x + offset.0 - left, y + offset.1 - top))));
        scan(shifted, Rule::NonZero, width, height, |row, coverage, lo, hi| {
            for x in lo..hi {
                alpha[row * width + x] = (std::mem::take(&mut coverage[x]).min(1.0) * 255.0).round() as u8;
            }
        });
        Mask { left: left as i64, top: top as i64, width, height, alpha }
    }
}

/// The mask of a glyph, rasterised by `make` the first time this thread needs it.
fn glyph_mask(key: GlyphKey, make: impl FnOnce() -> Mask) -> std::rc::Rc<Mask> {
    use std::cell::RefCell;
    use std::collections::HashMap;
    use std::rc::Rc;
    /// Mask bytes kept per thread at most: the glyphs of a few sizes of two
    /// alphabets at their 64 positions, and the dots (2 MB instead of 6, with
    /// the clip memo at 2 MB instead of 8: a warm rebuild of four regions no
    /// slower, its peak about 9 MB lower).
    const MASK_BYTES: usize = 2 << 20;
    thread_local! {
        static GLYPHS: RefCell<(HashMap<GlyphKey, Rc<Mask>>, usize)> = RefCell::new((HashMap::new(), 0));
    }
    GLYPHS.with(|glyphs| {
        if let Some(mask) = glyphs.borrow().0.get(&key) {
            return mask.clone();
        }
        let mask = Rc::new(make());
        let (masks, bytes) = &mut *glyphs.borrow_mut();
        if *bytes + mask.alpha.len() > MASK_BYTES {
            masks.clear();
            *bytes = 0;
        }
        *bytes += mask.alpha.len();
        masks.insert(key, mask.clone());
        mask
    })
}

/// Collects glyph outlines as polygons, flattening curves; font y is up.
struct Pen {
    polygons: Vec<Polygon>,
    current: Polygon,
    origin: (f64, f64),
}

impl Pen {
    fn point(&self, x: f32, y: f32) -> (f64, f64) {
        (self.origin.0 + f64::from(x), self.origin.1 - f64::from(y))
    }

    fn last(&self) -> (f64, f64) {
        self.current.last().copied().unwrap_or(self.origin)
    }
}

/// Line segments per curve; glyphs at preview sizes need no more.
const CURVE_STEPS: usize = 6;

impl OutlinePen for Pen {
    fn move_to(&mut self, x: f32, y: f32) {
        self.close();
        let p = self.point(x, y);
        self.current.push(p);
    }

    fn line_to(&mut self, x: f32, y: f32) {
        let p = self.point(x, y);
        self.current.push(p);
    }

    fn quad_to(&mut self, cx0: f32, cy0: f32, x: f32, y: f32) {
        let (p0, c, p1) = (self.last(), self.point(cx0, cy0), self.point(x, y));
        for i in 1..=CURVE_STEPS {
            let t = i as f64 / CURVE_STEPS as f64;
            let u = 1.0 - t;
            self.current.push((u * u * p0.0 + 2.0 * u * t * c.0 + t * t * p1.0, u * u * p0.1 + 2.0 * u * t * c.1 + t * t * p1.1));
        }
    }

    fn curve_to(&mut self, cx0: f32, cy0: f32, cx1: f32, cy1: f32, x: f32, y: f32) {
        let (p0, c0, c1, p1) = (self.last(), self.point(cx0, cy0), self.point(cx1, cy1), self.point(x, y));
        for i in 1..=CURVE_STEPS {
            let t = i as f64 / CURVE_STEPS as f64;
            let u = 1.0 - t;
            let (a, b, c, d) = (u * u * u, 3.0 * u * u * t, 3.0 * u * t * t, t * t * t);
            self.current.push((a * p0.0 + b * c0.0 + c * c1.0 + d * p1.0, a * p0.1 + b * c0.1 + c * c1.1 + d * p1.1));
        }
    }

    fn close(&mut self) {
        if self.current.len() > 2 {
            self.polygons.push(std::mem::take(&mut self.current));
        } else {
            self.current.clear();
        }
    }
}

/// A rectangle as a polygon.
pub fn rect(x: f64, y: f64, width: f64, height: f64) -> Polygon {
    vec![(x, y), (x + width, y), (x + width, y + height), (x, y + height)]
}

/// A circle as a polygon.
pub fn circle(cx: f64, cy: f64, r: f64) -> Polygon {
    (0..24).map(|i| {
        let a = i as f64 * std::f64::consts::TAU / 24.0;
        (cx + r * a.cos(), cy + r * a.sin())
    }).collect()
}

/// A rectangle with rounded corners as a polygon.
pub fn rounded_rect(x: f64, y: f64, width: f64, height: f64, radius: f64) -> Polygon {
    let r = radius.min(width / 2.0).min(height / 2.0).max(0.0);
    if r == 0.0 {
        return rect(x, y, width, height);
    }
    let corners = [(x + width - r, y + r, -90.0), (x + width - r, y + height - r, 0.0), (x + r, y + height - r, 90.0), (x + r, y + r, 180.0)];
    corners
        .iter()
        .flat_map(|&(cx, cy, start)| {
            (0..=6).map(move |i| {
                let a = (start + f64::from(i) * 15.0_f64).to_radians();
                (cx + r * a.cos(), cy + r * a.sin())
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_filled_rectangle_covers_its_pixels_and_no_others() {
        let mut canvas = Canvas::new(10.0, 10.0, 2.0, [255, 255, 255]);
        assert_eq!(canvas.size(), (20, 20));
        canvas.fill(&[rect(2.0, 2.0, 4.0, 4.0)], Rule::NonZero, [0, 0, 0]);
        assert_eq!(canvas.pixel(6, 6), [0, 0, 0]);
        assert_eq!(canvas.pixel(2, 2), [255, 255, 255]);
        assert_eq!(canvas.pixel(13, 13), [255, 255, 255]);
        assert!(canvas.png().starts_with(b"\x89PNG"));
    }

    /// Text filled as whole outlines at their exact positions, drawn at the
    /// canvas's pixel size (as precise as skrifa's outlines get).
    fn text_as_outlines(canvas: &mut Canvas, x: f64, baseline: f64, size: f64, weight: Weight, text: &str) {
        let scale = canvas.scale;
        let mut pen = Pen { polygons: Vec::new(), current: Vec::new(), origin: (x * scale, baseline * scale) };
        for (face, run) in fonts::runs(text, weight) {
            let font = face.font_ref();
            let metrics = font.glyph_metrics(Size::new(size as f32), LocationRef::default());
            for ch in run.chars() {
                let glyph = font.charmap().map(ch).unwrap();
                let _ = font.outline_glyphs().get(glyph).unwrap().draw(DrawSettings::unhinted(Size::new((size * scale) as f32), LocationRef::default()), &mut pen);
                pen.close();
                pen.origin.0 += f64::from(metrics.advance_width(glyph).unwrap_or(0.0)) * scale;
            }
        }
        let in_units: Vec<Polygon> = pen.polygons.iter().map(|p| p.iter().map(|&(x, y)| (x / scale, y / scale)).collect()).collect();
        canvas.fill(&in_units, Rule::NonZero, [0, 0, 0]);
    }

    /// Ink (coverage summed) of a black-on-white canvas, and its horizontal centre.
    fn ink(c: &Canvas) -> (f64, f64) {
        let (mut total, mut moment) = (0.0, 0.0);
        for (i, p) in c.pixels.iter().enumerate() {
            let a = f64::from(255 - p[0]) / 255.0;
            total += a;
            moment += a * (i % c.width) as f64;
        }
        (total, moment / total)
    }

    #[test]
    fn stamped_circles_are_the_filled_circles() {
        let centres: Vec<(f64, f64)> = (0..40).map(|i| (2.0 + f64::from(i) * 0.613, 3.0 + f64::from(i % 7) * 0.377)).collect();
        let (mut stamped, mut filled) = (Canvas::new(30.0, 8.0, 4.0, [255; 3]), Canvas::new(30.0, 8.0, 4.0, [255; 3]));
        stamped.circles(&centres, 0.72, [0, 0, 0]);
        filled.fill(&centres.iter().map(|&(x, y)| circle(x, y, 0.72)).collect::<Vec<_>>(), Rule::NonZero, [0, 0, 0]);
        let ((a, ax), (b, bx)) = (ink(&stamped), ink(&filled));
        // Overlapping dots blend instead of merging, so only where they touch is ink lost.
        assert!(b > 100.0 && (a / b - 1.0).abs() < 0.03 && (ax - bx).abs() < 0.1, "ink {a:.1} at {ax:.2}, filled {b:.1} at {bx:.2}");
    }

    #[test]
    fn cached_glyphs_draw_what_their_outlines_fill() {
        // One glyph on the eighth-pixel grid: the same pixels.
        let (mut cached, mut outlined) = (Canvas::new(20.0, 20.0, 4.0, [255; 3]), Canvas::new(20.0, 20.0, 4.0, [255; 3]));
        cached.text(3.0, 15.25, 6.35, Weight::Regular, "Ж", [0, 0, 0]);
        text_as_outlines(&mut outlined, 3.0, 15.25, 6.35, Weight::Regular, "Ж");
        let most = cached.pixels.iter().zip(&outlined.pixels).map(|(a, b)| (i32::from(a[0]) - i32::from(b[0])).abs()).max().unwrap();
        assert!(most <= 1, "{most}");
        // Anywhere else, each glyph lands within a sixteenth of a pixel of its
        // place (4.13 mm is 16.52 pixels: drawn at 16.5), with its ink (both
        // within what sampling four rows a pixel makes of a shape moved so little).
        let text = "Жамбыл облысы № 15, ҚАРСЫ Respublica";
        for ch in text.chars().filter(|c| !c.is_whitespace()) {
            let (mut cached, mut outlined) = (Canvas::new(20.0, 20.0, 4.0, [255; 3]), Canvas::new(20.0, 20.0, 4.0, [255; 3]));
            cached.text(4.13, 11.77, 4.2, Weight::Bold, &ch.to_string(), [0, 0, 0]);
            text_as_outlines(&mut outlined, 4.13, 11.77, 4.2, Weight::Bold, &ch.to_string());
            let ((a, ax), (b, bx)) = (ink(&cached), ink(&outlined));
            assert!((ax - bx - (16.5 - 16.52)).abs() < 0.05 && (a / b - 1.0).abs() < 0.04, "{ch}: ink {a:.1} at {ax:.3}, drawn whole {b:.1} at {bx:.3}");
        }
        // Whole lines: the same ink; no pixel far off.
        for (x, baseline, size) in [(3.0, 20.0, 6.35), (4.13, 31.77, 4.2), (2.61, 9.9, 2.1)] {
            let (mut cached, mut outlined) = (Canvas::new(150.0, 40.0, 4.0, [255; 3]), Canvas::new(150.0, 40.0, 4.0, [255; 3]));
            cached.text(x, baseline, size, Weight::Bold, text, [0, 0, 0]);
            text_as_outlines(&mut outlined, x, baseline, size, Weight::Bold, text);
            let ((a, _), (b, _)) = (ink(&cached), ink(&outlined));
            assert!(b > 300.0 && (a / b - 1.0).abs() < 0.02, "size {size}: ink {a:.0} against {b:.0}");
            let most = cached.pixels.iter().zip(&outlined.pixels).map(|(a, b)| (i32::from(a[0]) - i32::from(b[0])).abs()).max().unwrap();
            assert!(most <= 96, "size {size}: a pixel differs by {most}");
        }
    }
}
