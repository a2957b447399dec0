//! A scene's page as a PNG preview for the review page, rasterised by
//! tiny-skia: anti-aliased fills and strokes; glyphs (from the bundled
//! fonts' outlines, read through skrifa) and braille dots rasterised once
//! per size and eighth-pixel position as coverage masks, then painted
//! through them where they go.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use skrifa::instance::{LocationRef, Size};
use skrifa::outline::{DrawSettings, OutlinePen};
use skrifa::MetadataProvider;
use tiny_skia::{FillRule, PathBuilder, Pixmap, Transform};

use super::scene::{Item, Page, PathSink, Rule, Scene, Shape, Text, Width};
use crate::util::fonts;

/// Preview resolution: pixels per millimetre (about 100 dpi).
pub(crate) const PX_PER_MM: f64 = 4.0;

/// Page `index` of a scene as PNG bytes, on white; a page drawn only in
/// greys (the large print) as one channel: a third of the size.
pub(crate) fn png(scene: &Scene, index: usize) -> Vec<u8> {
    let grey = scene.pages.get(index).is_none_or(|page| page.layers.iter().all(|l| l.items.is_empty() || matches!(l.paint.screen(), [r, g, b] if r == g && g == b)));
    encode(&rasterise(scene, index), grey)
}

/// Page `index` of a scene, drawn at [`PX_PER_MM`].
pub(crate) fn rasterise(scene: &Scene, index: usize) -> Pixmap {
    let scale = PX_PER_MM * scene.unit.mm();
    let size = |units: f64| ((units * scale).ceil() as u32).max(1);
    let (width, height) = (size(scene.width), size(scene.height));
    // White, opaque, in one pass (not zeroed and then filled).
    let white = vec![255; width as usize * height as usize * 4];
    let mut pixmap = tiny_skia::IntSize::from_wh(width, height).and_then(|size| Pixmap::from_vec(white, size)).expect("a preview of a sheet's size fits in memory");
    if let Some(page) = scene.pages.get(index) {
        draw_page(&mut pixmap, page, scale as f32);
    }
    pixmap
}

/// Preview pixels per point.
const PX_PER_PT: f32 = (PX_PER_MM * super::MM_PER_PT) as f32;

/// Draws every layer of a page, screen-only ones too; `scale` is pixels per scene unit.
fn draw_page(pixmap: &mut Pixmap, page: &Page, scale: f32) {
    let to_px = Transform::from_scale(scale, scale);
    for layer in &page.layers {
        let color = layer.paint.screen();
        let mut paint = tiny_skia::Paint::default();
        paint.set_color_rgba8(color[0], color[1], color[2], 255);
        paint.anti_alias = true;
        for item in &layer.items {
            match item {
                Item::Fill { shapes, rule, .. } => {
                    // Braille dots stamped (overlapping ones would blend, not merge), the rest filled.
                    let rest: Vec<Shape>;
                    let filled = match dot_radius(shapes, *rule) {
                        Some(r) => {
                            let r_px = r as f32 * scale;
                            for shape in shapes {
                                if let Shape::Circle { cx, cy, .. } = *shape {
                                    let shape = StampShape::Dot { r_px: r_px.to_bits() };
                                    stamp(pixmap, shape, color, cx as f32 * scale, cy as f32 * scale, || PathBuilder::from_circle(0.0, 0.0, r_px));
                                }
                            }
                            rest = shapes.iter().filter(|s| !matches!(s, Shape::Circle { .. })).cloned().collect();
                            &rest[..]
                        }
                        None => &shapes[..],
                    };
                    let rule = match rule {
                        Rule::NonZero => FillRule::Winding,
                        Rule::EvenOdd => FillRule::EvenOdd,
                    };
                    if let Some(path) = path(filled) {
                        pixmap.fill_path(&path, &paint, rule, to_px, None);
                    }
                }
                Item::Stroke { shapes, width, .. } => {
                    // Stroked in pixels, so that a hairline is one pixel whatever the scale.
                    let Some(path) = path(shapes).and_then(|p| p.transform(to_px)) else { continue };
                    let width = match width {
                        Width::Hairline => 1.0,
                        Width::Pt(pt) => pt * PX_PER_PT,
                    };
                    let stroke = tiny_skia::Stroke { width, ..tiny_skia::Stroke::default() };
                    pixmap.stroke_path(&path, &paint, &stroke, Transform::identity(), None);
                }
                Item::Text(text) => draw_text(pixmap, text, scale, color),
            }
        }
    }
}

/// The radius of a fill's circles when they can be stamped one by one: all
/// of one radius (braille dots), and in an even-odd fill none inside another
/// shape's bounds (where it would cut a hole). A tactile layout keeps its
/// dots apart from each other and from every frame (validated clearances).
fn dot_radius(shapes: &[Shape], rule: Rule) -> Option<f64> {
    let mut radius = None;
    let mut others = Vec::new();
    for shape in shapes {
        match *shape {
            Shape::Circle { r, .. } if radius.is_none_or(|radius| radius == r) => radius = Some(r),
            Shape::Circle { .. } => return None,
            ref other => others.push(bounds(other)),
        }
    }
    let r = radius?;
    let inside = |(cx, cy): (f64, f64)| others.iter().any(|&(left, top, right, bottom)| cx + r > left && cx - r < right && cy + r > top && cy - r < bottom);
    let centres = shapes.iter().filter_map(|s| if let Shape::Circle { cx, cy, .. } = *s { Some((cx, cy)) } else { None });
    (rule == Rule::NonZero || !centres.clone().any(inside)).then_some(r)
}

/// A shape's bounds: left, top, right, bottom.
fn bounds(shape: &Shape) -> (f64, f64, f64, f64) {
    match *shape {
        Shape::Rect { x, y, width, height } | Shape::RoundedRect { x, y, width, height, .. } => (x, y, x + width, y + height),
        Shape::Circle { cx, cy, r } => (cx - r, cy - r, cx + r, cy + r),
        Shape::Polygon(ref points) | Shape::Polyline(ref points) => points.iter().fold((f64::MAX, f64::MAX, f64::MIN, f64::MIN), |(l, t, r, b), &(x, y)| (l.min(x), t.min(y), r.max(x), b.max(y))),
    }
}

/// Draws a line of text: each glyph stamped at its pen position.
fn draw_text(pixmap: &mut Pixmap, text: &Text, scale: f32, color: [u8; 3]) {
    let size_px = text.size_pt as f32 * PX_PER_PT;
    let baseline = text.baseline as f32 * scale;
    let mut pen_x = text.x as f32 * scale;
    for (face, run) in fonts::runs(&text.text, text.weight) {
        let font = face.font_ref();
        let charmap = font.charmap();
        let metrics = font.glyph_metrics(Size::new(1.0), LocationRef::default());
        for ch in run.chars() {
            let Some(glyph) = charmap.map(ch) else { continue };
            let shape = StampShape::Glyph { face: face.file, glyph: glyph.to_u32(), size_px: size_px.to_bits() };
            stamp(pixmap, shape, color, pen_x, baseline, || {
                let outline = glyph_outline(face.file, glyph.to_u32(), || {
                    let mut pen = Pen(PathBuilder::new());
                    font.outline_glyphs().get(glyph)?.draw(DrawSettings::unhinted(Size::new(1.0), LocationRef::default()), &mut pen).ok()?;
                    pen.0.finish()
                })?;
                // Font outlines are y up, one unit an em.
                (*outline).clone().transform(Transform::from_scale(size_px, -size_px))
            });
            pen_x += metrics.advance_width(glyph).unwrap_or(0.0) * size_px;
        }
    }
}

/// Positions a pixel is divided into, each way, for stamps: a glyph or a
/// dot lands within a sixteenth of a pixel of its place.
const PHASES: f32 = 8.0;

/// What a stamp draws: a glyph at a size, or a dot of a radius (pixels, as bits).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum StampShape {
    Glyph { face: &'static str, glyph: u32, size_px: u32 },
    Dot { r_px: u32 },
}

/// A shape at an eighth-pixel position.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
struct StampKey {
    shape: StampShape,
    phase: (u8, u8),
}

/// A shape's coverage rasterised by tiny-skia (a mask: one byte a pixel,
/// any colour), whose pixel (0, 0) lies at (`left`, `top`) from the shape's
/// origin pixel.
struct Stamp {
    left: i32,
    top: i32,
    mask: tiny_skia::Mask,
}

/// Draws the shape `outline` makes (in pixels about its origin) in `color`
/// with its origin at (`x`, `y`) pixels: rasterised once per shape and
/// eighth-pixel position (a page repeats few glyphs and one dot), then
/// blended where it goes.
fn stamp(pixmap: &mut Pixmap, shape: StampShape, color: [u8; 3], x: f32, y: f32, outline: impl FnOnce() -> Option<tiny_skia::Path>) {
    // Rounded to the grid first, so that a position an eighth short of the
    // next pixel is that pixel's phase 0, not this one's phase 8.
    let (x, y) = ((x * PHASES).round(), (y * PHASES).round());
    let (ix, iy) = ((x / PHASES).floor(), (y / PHASES).floor());
    let phase = ((x - ix * PHASES) as u8, (y - iy * PHASES) as u8);
    let made = stamps(StampKey { shape, phase }, || {
        let offset = Transform::from_translate(f32::from(phase.0) / PHASES, f32::from(phase.1) / PHASES);
        let path = outline()?.transform(offset)?;
        let bounds = path.bounds();
        let (left, top) = (bounds.left().floor() as i32 - 1, bounds.top().floor() as i32 - 1);
        let (right, bottom) = (bounds.right().ceil() as i32 + 1, bounds.bottom().ceil() as i32 + 1);
        let mut mask = tiny_skia::Mask::new((right - left) as u32, (bottom - top) as u32)?;
        mask.fill_path(&path, FillRule::Winding, true, Transform::from_translate(-left as f32, -top as f32));
        Some(Stamp { left, top, mask })
    });
    if let Some(made) = made {
        blend(pixmap, &made.mask, color, ix as i32 + made.left, iy as i32 + made.top);
    }
}

/// `x * y / 255`, rounded, for bytes.
fn times(x: u16, y: u16) -> u16 {
    let product = x * y + 128;
    (product + (product >> 8)) >> 8
}

/// Paints `color` over `pixmap` through `mask` with its pixel (0, 0) at
/// (`x`, `y`), clipped: source-over of premultiplied pixels (tiny-skia's
/// `draw_pixmap` samples a pattern in floating point, a third of the
/// previews' time).
fn blend(pixmap: &mut Pixmap, mask: &tiny_skia::Mask, color: [u8; 3], x: i32, y: i32) {
    let (width, height) = (pixmap.width() as i32, pixmap.height() as i32);
    let (mask_width, mask_height) = (mask.width() as i32, mask.height() as i32);
    let (left, right) = (x.max(0), (x + mask_width).min(width));
    if left >= right {
        return;
    }
    let source = [u16::from(color[0]), u16::from(color[1]), u16::from(color[2]), 255];
    let (dst, coverage) = (pixmap.data_mut(), mask.data());
    for row in y.max(0)..(y + mask_height).min(height) {
        let from = ((row - y) * mask_width + (left - x)) as usize;
        let to = ((row * width + left) * 4) as usize;
        let n = (right - left) as usize;
        for (d, &a) in dst[to..to + n * 4].chunks_exact_mut(4).zip(&coverage[from..from + n]) {
            match a {
                0 => {}
                255 => d.copy_from_slice(&[color[0], color[1], color[2], 255]),
                _ => {
                    let (a, keep) = (u16::from(a), 255 - u16::from(a));
                    for c in 0..4 {
                        d[c] = (times(source[c], a) + times(u16::from(d[c]), keep)) as u8;
                    }
                }
            }
        }
    }
}

/// The stamp of `key`, made by `make` the first time this thread needs it.
fn stamps(key: StampKey, make: impl FnOnce() -> Option<Stamp>) -> Option<Rc<Stamp>> {
    /// Stamp bytes kept per thread at most: the glyphs of a few sizes of two
    /// alphabets at their 64 positions, and the dots.
    const STAMP_BYTES: usize = 2 << 20;
    type Stamps = (HashMap<StampKey, Option<Rc<Stamp>>>, usize);
    thread_local! {
        static STAMPS: RefCell<Stamps> = RefCell::new((HashMap::new(), 0));
    }
    STAMPS.with(|stamps| {
        if let Some(stamp) = stamps.borrow().0.get(&key) {
            return stamp.clone();
        }
        let stamp = make().map(Rc::new);
        let size = stamp.as_ref().map_or(0, |s| s.mask.data().len());
        let (all, bytes) = &mut *stamps.borrow_mut();
        if *bytes + size > STAMP_BYTES {
            all.clear();
            *bytes = 0;
        }
        *bytes += size;
        all.insert(key, stamp.clone());
        stamp
    })
}

/// Shapes as one path, in the scene's units.
fn path(shapes: &[Shape]) -> Option<tiny_skia::Path> {
    let mut b = PathBuilder::new();
    for shape in shapes {
        shape.trace(&mut b, |v| v as f32);
    }
    b.finish()
}

impl PathSink for PathBuilder {
    fn move_to(&mut self, x: f32, y: f32) {
        PathBuilder::move_to(self, x, y);
    }

    fn line_to(&mut self, x: f32, y: f32) {
        PathBuilder::line_to(self, x, y);
    }

    fn cubic_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        PathBuilder::cubic_to(self, x1, y1, x2, y2, x, y);
    }

    fn close(&mut self) {
        PathBuilder::close(self);
    }
}

/// A glyph's outline at one unit an em, read by `make` the first time this thread needs it.
fn glyph_outline(face: &'static str, glyph: u32, make: impl FnOnce() -> Option<tiny_skia::Path>) -> Option<Rc<tiny_skia::Path>> {
    /// Outlines by font file and glyph id; none for a glyph without one (a space).
    type Outlines = HashMap<(&'static str, u32), Option<Rc<tiny_skia::Path>>>;
    thread_local! {
        static OUTLINES: RefCell<Outlines> = RefCell::new(HashMap::new());
    }
    OUTLINES.with(|outlines| {
        if let Some(outline) = outlines.borrow().get(&(face, glyph)) {
            return outline.clone();
        }
        let outline = make().map(Rc::new);
        outlines.borrow_mut().insert((face, glyph), outline.clone());
        outline
    })
}

/// Collects a glyph's outline into a tiny-skia path.
struct Pen(PathBuilder);

impl OutlinePen for Pen {
    fn move_to(&mut self, x: f32, y: f32) {
        self.0.move_to(x, y);
    }

    fn line_to(&mut self, x: f32, y: f32) {
        self.0.line_to(x, y);
    }

    fn quad_to(&mut self, cx0: f32, cy0: f32, x: f32, y: f32) {
        self.0.quad_to(cx0, cy0, x, y);
    }

    fn curve_to(&mut self, cx0: f32, cy0: f32, cx1: f32, cy1: f32, x: f32, y: f32) {
        self.0.cubic_to(cx0, cy0, cx1, cy1, x, y);
    }

    fn close(&mut self) {
        self.0.close();
    }
}

/// An opaque pixmap as PNG, as one grey channel or three.
fn encode(pixmap: &Pixmap, grey: bool) -> Vec<u8> {
    let rgba = pixmap.data().chunks_exact(4);
    let (raw, color): (Vec<u8>, image::ExtendedColorType) = if grey {
        (rgba.map(|p| p[0]).collect(), image::ExtendedColorType::L8)
    } else {
        let mut rgb = vec![0; pixmap.data().len() / 4 * 3];
        for (to, from) in rgb.chunks_exact_mut(3).zip(rgba) {
            to.copy_from_slice(&from[..3]);
        }
        (rgb, image::ExtendedColorType::Rgb8)
    };
    let mut out = Vec::new();
    let encoder = image::codecs::png::PngEncoder::new_with_quality(&mut out, image::codecs::png::CompressionType::Fast, image::codecs::png::FilterType::Adaptive);
    image::ImageEncoder::write_image(encoder, &raw, pixmap.width(), pixmap.height(), color).expect("an in-memory PNG of a valid size encodes");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draw::scene::tests::sample;

    fn rgb(pixmap: &Pixmap, x: u32, y: u32) -> [u8; 3] {
        let p = pixmap.pixel(x, y).expect("inside");
        [p.red(), p.green(), p.blue()]
    }

    #[test]
    fn shapes_land_where_the_scene_puts_them_in_their_screen_colours() {
        let pixmap = rasterise(&sample(), 0);
        assert_eq!((pixmap.width(), pixmap.height()), (80, 40));
        // The square: 8..28 px; inside black, outside white.
        assert_eq!(rgb(&pixmap, 18, 18), [0, 0, 0]);
        assert_eq!(rgb(&pixmap, 9, 9), [0, 0, 0]);
        assert_eq!(rgb(&pixmap, 29, 18), [255; 3]);
        // The screen-only edge: a grey hairline on the sheet's edge.
        assert_ne!(rgb(&pixmap, 40, 0), [255; 3]);
        // The window's hairline: magenta on its straight top edge (y = 8 px), white inside.
        let top = rgb(&pixmap, 56, 8);
        assert!(top[0] > top[1] && top[2] > top[1], "{top:?}");
        assert_eq!(rgb(&pixmap, 56, 20), [255; 3]);
        // The text: cyan ink between its baseline (38 px) and an em above it.
        let ink = (8..40).flat_map(|x| (28..38).map(move |y| (x, y))).filter(|&(x, y)| rgb(&pixmap, x, y) != [255; 3]).count();
        assert!(ink > 20, "{ink}");
        // And none of it above the em.
        assert!((0..80).all(|x| (0..26).all(|y| { let c = rgb(&pixmap, x, y); u16::from(c[2]) <= u16::from(c[0]) + 10 })));
    }

    #[test]
    fn glyphs_are_drawn_from_their_outlines_at_the_pen_position() {
        // The same text moved moves its ink as far.
        let line = |x: f64| {
            let mut scene = sample();
            scene.pages[0].layers.retain(|l| l.id == "words");
            if let Item::Text(text) = &mut scene.pages[0].layers[0].items[0] {
                text.x = x;
                // Large enough that anti-aliasing's coverage hardly depends on the position.
                (text.size_pt, text.text) = (18.0, "Жам".into());
            }
            rasterise(&scene, 0)
        };
        let centre = |p: &Pixmap| {
            let (mut total, mut moment) = (0.0, 0.0);
            for (i, px) in p.pixels().iter().enumerate() {
                let a = f64::from(255 - px.red());
                total += a;
                moment += a * (i % p.width() as usize) as f64;
            }
            (total, moment / total)
        };
        // 0.3 mm is 1.2 pixels: glyphs are stamped at eighth-pixel positions.
        let ((a, ax), (b, bx)) = (centre(&line(1.0)), centre(&line(1.3)));
        assert!(a > 1000.0 && (a / b - 1.0).abs() < 0.02 && (bx - ax - 1.2).abs() < 0.1, "ink {a} at {ax}, {b} at {bx}");
    }

    #[test]
    fn stamped_glyphs_and_dots_are_what_their_outlines_fill() {
        // Text and dots stamped, against the same shapes filled whole at their exact places.
        let text = Text { x: 1.13, baseline: 6.77, size_pt: 9.0, weight: crate::util::fonts::Weight::Bold, text: "Жамбыл №15 ҚАРСЫ".into(), element: None };
        let dots: Vec<Shape> = (0..30).map(|i| Shape::Circle { cx: 1.0 + f64::from(i) * 0.613, cy: 8.5 + f64::from(i % 3) * 0.377, r: 0.4 }).collect();
        let mut stamped = Pixmap::new(160, 48).unwrap();
        stamped.fill(tiny_skia::Color::WHITE);
        let mut whole = stamped.clone();
        let layer = vec![Item::Text(text.clone()), Item::Fill { id: None, shapes: dots.clone(), rule: Rule::NonZero }];
        draw_page(&mut stamped, &Page { layers: vec![crate::draw::scene::Layer { id: "t", label: "t", role: crate::draw::scene::Role::Print, paint: crate::draw::scene::Paint::Gray(0), items: layer }] }, 4.0);
        let paint = tiny_skia::Paint { anti_alias: true, ..tiny_skia::Paint::default() };
        let mut b = PathBuilder::new();
        let mut pen_x = 1.13 * 4.0;
        for (face, run) in fonts::runs(&text.text, text.weight) {
            let font = face.font_ref();
            let size_px = 9.0 * PX_PER_PT;
            for ch in run.chars() {
                let glyph = font.charmap().map(ch).unwrap();
                let mut pen = Pen(PathBuilder::new());
                if font.outline_glyphs().get(glyph).unwrap().draw(DrawSettings::unhinted(Size::new(size_px), LocationRef::default()), &mut pen).is_ok() {
                    if let Some(p) = pen.0.finish().and_then(|p| p.transform(Transform::from_row(1.0, 0.0, 0.0, -1.0, pen_x, 6.77 * 4.0))) {
                        b.push_path(&p);
                    }
                }
                pen_x += font.glyph_metrics(Size::new(size_px), LocationRef::default()).advance_width(glyph).unwrap_or(0.0);
            }
        }
        whole.fill_path(&b.finish().unwrap(), &paint, FillRule::Winding, Transform::identity(), None);
        whole.fill_path(&path(&dots).unwrap(), &paint, FillRule::Winding, Transform::from_scale(4.0, 4.0), None);
        let ink = |p: &Pixmap| p.pixels().iter().map(|px| f64::from(255 - px.red())).sum::<f64>();
        let (a, b) = (ink(&stamped), ink(&whole));
        assert!(b > 10_000.0 && (a / b - 1.0).abs() < 0.02, "stamped ink {a}, filled whole {b}");
        let most = stamped.pixels().iter().zip(whole.pixels()).map(|(a, b)| (i32::from(a.red()) - i32::from(b.red())).abs()).max().unwrap();
        assert!(most <= 96, "a pixel differs by {most}");
    }

    #[test]
    fn a_dot_inside_an_even_odd_shape_still_cuts_its_hole() {
        let frame = Shape::Rect { x: 1.0, y: 1.0, width: 8.0, height: 8.0 };
        let dot = |cx: f64| Shape::Circle { cx, cy: 5.0, r: 1.5 };
        let scene = |rule| {
            let mut scene = sample();
            scene.pages[0].layers = vec![crate::draw::scene::Layer {
                id: "raised",
                label: "raised",
                role: crate::draw::scene::Role::Print,
                paint: crate::draw::scene::Paint::Gray(0),
                items: vec![Item::Fill { id: None, shapes: vec![frame.clone(), dot(5.0), dot(15.0)], rule }],
            }];
            rasterise(&scene, 0)
        };
        let even_odd = scene(Rule::EvenOdd);
        // The dot inside the frame is a hole; the one outside is ink.
        assert_eq!(rgb(&even_odd, 20, 20), [255; 3]);
        assert_eq!(rgb(&even_odd, 8, 8), [0; 3]);
        assert_eq!(rgb(&even_odd, 60, 20), [0; 3]);
        assert_eq!(rgb(&scene(Rule::NonZero), 20, 20), [0; 3]);
        assert_eq!(dot_radius(&[frame.clone(), dot(15.0)], Rule::EvenOdd), Some(1.5), "apart: stamped");
        assert_eq!(dot_radius(&[frame, dot(5.0)], Rule::EvenOdd), None, "inside: filled with the frame");
    }

    #[test]
    fn stamps_are_painted_over_the_page_source_over_and_clipped() {
        let mut page = Pixmap::from_vec(vec![255; 4 * 4 * 4], tiny_skia::IntSize::from_wh(4, 4).unwrap()).unwrap();
        // A 3 x 3 stamp: half coverage, whole in its middle.
        let mut mask = tiny_skia::Mask::new(3, 3).unwrap();
        mask.data_mut().fill(128);
        mask.data_mut()[4] = 255;
        blend(&mut page, &mask, [255, 0, 0], -1, -1);
        blend(&mut page, &mask, [0, 0, 0], 3, 2);
        blend(&mut page, &mask, [0, 0, 0], 9, 9);
        assert_eq!(rgb(&page, 0, 0), [255, 0, 0]);
        assert_eq!(rgb(&page, 1, 1), [255, 127, 127]);
        assert_eq!(rgb(&page, 2, 2), [255; 3]);
        assert_eq!(rgb(&page, 3, 2), [127, 127, 127]);
        assert!(page.pixels().iter().all(|p| p.alpha() == 255));
    }

    #[test]
    fn grey_pages_are_one_channel_and_colour_pages_three() {
        let mut grey = sample();
        grey.pages[0].layers.retain(|l| !matches!(l.paint, crate::draw::scene::Paint::Spot(_) | crate::draw::scene::Paint::Cmyk { .. }));
        let colour_type = |png: &[u8]| png[25];
        assert_eq!(colour_type(&png(&grey, 0)), 0, "greyscale");
        assert_eq!(colour_type(&png(&sample(), 0)), 2, "truecolour");
        // A page the scene lacks is blank, not a panic.
        assert!(png(&sample(), 3).starts_with(b"\x89PNG"));
    }
}
