//! PDF: a scene drawn with krilla ([`scene_pdf`]), and the helpers it and
//! the one-format documents (the registration proof, the job sheet) share:
//! shapes and text in the bundled fonts, trimmed pages, document metadata.

use krilla::geom::{PathBuilder, Point};
use krilla::page::PageSettings;
use krilla::{Document, SerializeSettings};
use krilla::metadata::{DateTime, Metadata};
use krilla::surface::Surface;

use krilla::num::NormalizedF32;
use krilla::paint::{Fill, FillRule, Stroke};

use super::pt;
use super::scene::{Artifact, Element, Frame, Item, Page, Paint, PathSink, Role, Rule, Scene, Shape, Structure, Unit, Width};
use crate::util::fonts::{self, Weight};
use crate::render::RenderError;

/// Adds a circle to a path (millimetres in, points out).
pub fn push_circle(b: &mut PathBuilder, cx: f64, cy: f64, r: f64) {
    Shape::Circle { cx, cy, r }.trace(b, pt);
}

/// Adds a rectangle with rounded corners to a path (millimetres in).
pub fn push_rounded_rect(b: &mut PathBuilder, x: f64, y: f64, width: f64, height: f64, radius: f64) {
    Shape::RoundedRect { x, y, width, height, radius }.trace(b, pt);
}

/// Adds a closed polygon to a path (millimetres in).
pub fn push_polygon(b: &mut PathBuilder, points: &[(f64, f64)]) {
    super::scene::trace_polyline(b, pt, points, true);
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

/// Draws one line of text at a baseline (points), in the bundled fonts with fallback.
pub fn draw_text(surface: &mut Surface, x: f32, baseline: f32, size: f32, weight: Weight, text: &str) {
    let mut x = x;
    for (face, run) in fonts::runs(text, weight) {
        surface.draw_glyphs(Point::from_xy(x, baseline), &face.krilla_glyphs(&run), face.krilla(), &run, size, false);
        x += face.width(&run, size);
    }
}

/// Document metadata: title, language, creator, and a date only from `SOURCE_DATE_EPOCH`.
pub fn metadata(title: String, lang: &str, source_date_epoch: Option<i64>) -> Metadata {
    let mut metadata = Metadata::new()
        .title(title)
        .language(lang.to_owned())
        .creator(format!("ballot-access {}", crate::VERSION));
    if let Some(epoch) = source_date_epoch {
        metadata = metadata.creation_date(date_time(epoch));
    }
    metadata
}

/// Seconds since 1970 (UTC) as year, month, day, hour, minute, second.
pub fn date_parts(epoch: i64) -> (i64, u8, u8, u8, u8, u8) {
    let days = epoch.div_euclid(86_400);
    let secs = epoch.rem_euclid(86_400);
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month as u8, day as u8, (secs / 3600) as u8, (secs % 3600 / 60) as u8, (secs % 60) as u8)
}

/// Converts seconds since 1970 (UTC) to a krilla date.
pub fn date_time(epoch: i64) -> DateTime {
    let (year, month, day, hour, minute, second) = date_parts(epoch);
    DateTime::new(year.clamp(0, 9999) as u16)
        .month(month)
        .day(day)
        .hour(hour)
        .minute(minute)
        .second(second)
        .utc_offset_hour(0)
        .utc_offset_minute(0)
}

/// Width of the slug around a trimmed sheet, millimetres: room for crop marks
/// (set where the page's size is computed, `crate::geometry`).
pub use crate::geometry::SLUG_MM;
/// Crop marks: this far from the trim, this long, millimetres.
const CROP_OFFSET_MM: f64 = 3.0;
const CROP_LENGTH_MM: f64 = 6.0;

/// A one-page 1:1 PDF of a sheet of `width` x `height` millimetres on a page
/// [`SLUG_MM`] larger on every side: TrimBox = the sheet, crop marks in the
/// slug in plain black (not registration: that would put them on the
/// `CutContour` plate too, and a cutter would cut them), `draw` in sheet
/// coordinates.
pub fn trimmed_page(width: f64, height: f64, metadata: Metadata, draw: impl FnOnce(&mut Surface)) -> Result<Vec<u8>, RenderError> {
    use krilla::color::luma;
    use krilla::geom::{Rect, Transform};
    use krilla::paint::Stroke;
    let s = SLUG_MM;
    let mut document = Document::new_with(SerializeSettings { compress_content_streams: true, ..SerializeSettings::default() });
    let trim = Rect::from_xywh(pt(s), pt(s), pt(width), pt(height));
    let (page_width, page_height) = crate::geometry::trimmed_page_mm(width, height);
    let settings = PageSettings::from_wh(pt(page_width), pt(page_height))
        .ok_or(RenderError::PageSize { width_pt: pt(page_width), height_pt: pt(page_height) })?
        .with_trim_box(trim);
    let mut page = document.start_page_with(settings);
    let mut surface = page.surface();
    surface.push_transform(&Transform::from_translate(pt(s), pt(s)));
    // Crop marks: at each corner of the trim, two lines pointing away from it.
    let mut lines = PathBuilder::new();
    for (x, y) in [(0.0, 0.0), (width, 0.0), (0.0, height), (width, height)] {
        let (dx, dy) = (if x == 0.0 { -1.0 } else { 1.0 }, if y == 0.0 { -1.0 } else { 1.0 });
        lines.move_to(pt(x + dx * CROP_OFFSET_MM), pt(y));
        lines.line_to(pt(x + dx * (CROP_OFFSET_MM + CROP_LENGTH_MM).min(s)), pt(y));
        lines.move_to(pt(x), pt(y + dy * CROP_OFFSET_MM));
        lines.line_to(pt(x), pt(y + dy * (CROP_OFFSET_MM + CROP_LENGTH_MM).min(s)));
    }
    if let Some(path) = lines.finish() {
        surface.set_fill(None);
        surface.set_stroke(Some(Stroke { paint: luma::Color::black().into(), width: 0.25, ..Stroke::default() }));
        surface.draw_path(&path);
        surface.set_stroke(None);
    }
    draw(&mut surface);
    surface.pop();
    surface.finish();
    page.finish();
    document.set_metadata(metadata);
    document.finish().map_err(RenderError::pdf)
}

/// A scene as a PDF, its screen-only layers left out. A trimmed sheet
/// ([`Frame::Trimmed`]: the stencil, the overlay) is its first page on a
/// larger page with crop marks, untagged; otherwise one page per scene page,
/// tagged (PDF/UA-1, validated by krilla) when the scene has a structure:
/// then every text is in an element or an artifact layer.
pub(crate) fn scene_pdf(scene: &Scene, metadata: Metadata) -> Result<Vec<u8>, RenderError> {
    if scene.frame == Frame::Trimmed {
        let (width, height) = (scene.width * scene.unit.mm(), scene.height * scene.unit.mm());
        let page = scene.pages.first();
        return trimmed_page(width, height, metadata, |surface| {
            if let Some(page) = page {
                draw_page(surface, scene, page, 0, &mut None);
            }
        });
    }
    let mut settings = SerializeSettings { compress_content_streams: true, ..SerializeSettings::default() };
    if scene.structure.is_some() {
        use krilla::configure::{Accessibility, ConfigurationBuilder, Validator};
        settings.configuration = ConfigurationBuilder::new().set_validator(Validator::Ua(Accessibility::UA1)).finish().map_err(RenderError::pdf)?;
        settings.enable_tagging = true;
    }
    let mut document = Document::new_with(settings);
    let mut tags = scene.structure.as_ref().map(Tags::new);
    let (width, height) = (to_pt(scene.unit, scene.width), to_pt(scene.unit, scene.height));
    for (index, page) in scene.pages.iter().enumerate() {
        let settings = PageSettings::from_wh(width, height).ok_or(RenderError::PageSize { width_pt: width, height_pt: height })?;
        let mut pdf_page = document.start_page_with(settings);
        let mut surface = pdf_page.surface();
        draw_page(&mut surface, scene, page, index, &mut tags);
        surface.finish();
        pdf_page.finish();
    }
    if let Some(tags) = tags {
        let mut tree = krilla::tagging::TagTree::new();
        for group in tags.groups.into_iter().flatten() {
            tree.push(group);
        }
        document.set_tag_tree(tree);
        document.set_outline(tags.outline);
    }
    document.set_metadata(metadata);
    document.finish().map_err(RenderError::pdf)
}

/// A scene coordinate in points.
fn to_pt(unit: Unit, value: f64) -> f32 {
    match unit {
        Unit::Mm => pt(value),
        Unit::Pt => value as f32,
    }
}

/// The tag groups of a tagged document's elements, made as their first text
/// is drawn, and its outline of headings.
struct Tags<'a> {
    structure: &'a Structure,
    groups: Vec<Option<krilla::tagging::TagGroup>>,
    outline: krilla::outline::Outline,
}

impl<'a> Tags<'a> {
    fn new(structure: &'a Structure) -> Tags<'a> {
        Tags { structure, groups: structure.elements.iter().map(|_| None).collect(), outline: krilla::outline::Outline::new() }
    }

    /// The group of element `index`, made (and put in the outline, for a
    /// heading) when its first line, whose top is `top` points on page
    /// `page`, is drawn.
    fn group(&mut self, index: usize, page: usize, top: f32) -> Option<&mut krilla::tagging::TagGroup> {
        use krilla::tagging::Tag;
        let element = self.structure.elements.get(index)?;
        let group = self.groups.get_mut(index)?;
        if group.is_none() {
            let kind: krilla::tagging::TagKind = match element {
                Element::Heading { level, text } => {
                    let destination = krilla::destination::XyzDestination::new(page, Point::from_xy(0.0, top));
                    self.outline.push_child(krilla::outline::OutlineNode::new(text.clone(), destination));
                    Tag::Hn(std::num::NonZeroU16::new(*level).unwrap_or(std::num::NonZeroU16::MIN), Some(text.clone())).into()
                }
                Element::Paragraph => Tag::P.into(),
            };
            *group = Some(krilla::tagging::TagGroup::new(kind));
        }
        group.as_mut()
    }
}

/// Draws a page's layers: artifacts marked as such in a tagged document,
/// each line of text tagged as a span of its element.
fn draw_page(surface: &mut Surface, scene: &Scene, page: &Page, index: usize, tags: &mut Option<Tags>) {
    use krilla::tagging::{ArtifactType, ContentTag, SpanTag};
    let to_pt = |v: f64| to_pt(scene.unit, v);
    for layer in &page.layers {
        let artifact = match layer.role {
            Role::Screen => continue,
            Role::Artifact(kind) if tags.is_some() => Some(match kind {
                Artifact::Other => ArtifactType::Other,
                Artifact::Footer => ArtifactType::Footer,
            }),
            _ => None,
        };
        if let Some(kind) = artifact {
            surface.start_tagged(ContentTag::Artifact(krilla::tagging::Artifact::with_kind(kind)));
        }
        let paint = pdf_paint(layer.paint);
        for item in &merged(&layer.items) {
            match &**item {
                Item::Fill { shapes, rule, .. } => {
                    let rule = match rule {
                        Rule::NonZero => FillRule::NonZero,
                        Rule::EvenOdd => FillRule::EvenOdd,
                    };
                    if let Some(path) = path(shapes, to_pt) {
                        surface.set_fill(Some(Fill { paint: paint.clone(), opacity: NormalizedF32::ONE, rule }));
                        surface.draw_path(&path);
                    }
                }
                Item::Stroke { shapes, width, .. } => {
                    if let Some(path) = path(shapes, to_pt) {
                        let width = match width {
                            Width::Hairline => HAIRLINE_PT,
                            Width::Pt(width) => *width,
                        };
                        surface.set_fill(None);
                        surface.set_stroke(Some(Stroke { paint: paint.clone(), width, ..Stroke::default() }));
                        surface.draw_path(&path);
                        surface.set_stroke(None);
                    }
                }
                Item::Text(text) => {
                    surface.set_fill(Some(Fill { paint: paint.clone(), ..Fill::default() }));
                    let (x, baseline, size) = (to_pt(text.x), to_pt(text.baseline), text.size_pt as f32);
                    let structure = tags.as_ref().map(|t| t.structure.lang);
                    match (structure, text.element, artifact) {
                        (Some(lang), Some(element), None) => {
                            let id = surface.start_tagged(ContentTag::Span(SpanTag::empty().with_lang(Some(lang))));
                            draw_text(surface, x, baseline, size, text.weight, &text.text);
                            surface.end_tagged();
                            if let Some(group) = tags.as_mut().and_then(|t| t.group(element, index, baseline - size)) {
                                group.push(id);
                            }
                        }
                        _ => draw_text(surface, x, baseline, size, text.weight, &text.text),
                    }
                }
            }
        }
        // A layer of page furniture is one artifact.
        if artifact.is_some() {
            surface.end_tagged();
        }
    }
}

/// A layer's items with each run of fills of one rule, or strokes of one
/// width, as one item: one path in the PDF, whatever ids the SVG gives its parts.
fn merged(items: &[Item]) -> Vec<std::borrow::Cow<'_, Item>> {
    use std::borrow::Cow;
    let mut out: Vec<Cow<'_, Item>> = Vec::with_capacity(items.len());
    for item in items {
        let joins = match (out.last().map(|i| &**i), item) {
            (Some(Item::Fill { rule, .. }), Item::Fill { rule: next, .. }) => rule == next,
            (Some(Item::Stroke { width, .. }), Item::Stroke { width: next, .. }) => width == next,
            _ => false,
        };
        match (joins, out.last_mut(), item) {
            (true, Some(last), Item::Fill { shapes: more, .. } | Item::Stroke { shapes: more, .. }) => {
                if let Item::Fill { shapes, .. } | Item::Stroke { shapes, .. } = last.to_mut() {
                    shapes.extend_from_slice(more);
                }
            }
            _ => out.push(Cow::Borrowed(item)),
        }
    }
    out
}

/// The thinnest line: what a hairline is in a PDF.
const HAIRLINE_PT: f32 = 0.25;

/// A paint as a PDF colour.
fn pdf_paint(paint: Paint) -> krilla::paint::Paint {
    use krilla::color::{cmyk, luma, separation};
    match paint {
        Paint::Gray(g) => luma::Color::new(g).into(),
        Paint::Cmyk { cmyk: [c, m, y, k], .. } => cmyk::Color::new(c, m, y, k).into(),
        Paint::Spot(spot) => {
            let [c, m, y, k] = spot.fallback_cmyk();
            let space = separation::SeparationSpace::new(separation::SeparationColorant::Custom(spot.name().to_owned()), cmyk::Color::new(c, m, y, k).into());
            krilla::color::Color::from(separation::Color::new(255, space)).into()
        }
    }
}

/// Shapes as one path, in points.
fn path(shapes: &[Shape], pt: impl Fn(f64) -> f32 + Copy) -> Option<krilla::geom::Path> {
    let mut b = PathBuilder::new();
    for shape in shapes {
        shape.trace(&mut b, pt);
    }
    b.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::draw::scene::tests::sample;
    use crate::draw::scene::{Layer, Text};
    use crate::util::fonts::Weight;

    #[test]
    fn runs_of_one_fill_rule_or_stroke_width_are_one_path() {
        let rect = |x: f64| Shape::Rect { x, y: 0.0, width: 1.0, height: 1.0 };
        let fill = |x: f64, rule| Item::Fill { id: Some(format!("f{x}")), shapes: vec![rect(x)], rule };
        let stroke = |x: f64, width| Item::Stroke { id: None, shapes: vec![rect(x)], width };
        let items = [fill(0.0, Rule::NonZero), fill(1.0, Rule::NonZero), fill(2.0, Rule::EvenOdd), stroke(3.0, Width::Hairline), stroke(4.0, Width::Hairline), stroke(5.0, Width::Pt(1.5))];
        let shapes: Vec<usize> = merged(&items).iter().map(|i| match &**i {
            Item::Fill { shapes, .. } | Item::Stroke { shapes, .. } => shapes.len(),
            Item::Text(_) => 0,
        }).collect();
        assert_eq!(shapes, [2, 1, 2, 1]);
    }

    #[test]
    fn screen_layers_are_not_in_the_pdf() {
        let metadata = || metadata("t".into(), "kk", Some(0));
        let mut without = sample();
        without.pages[0].layers.retain(|l| l.role != Role::Screen);
        assert_eq!(scene_pdf(&sample(), metadata()).unwrap(), scene_pdf(&without, metadata()).unwrap());
    }

    #[test]
    fn a_tagged_scene_is_a_valid_pdf_ua_document() {
        let line = |text: &str, baseline: f64, element| Item::Text(Text { x: 72.0, baseline, size_pt: 18.0, weight: Weight::Regular, text: text.into(), element });
        let page = |lines: Vec<Item>| Page {
            layers: vec![
                Layer { id: "text", label: "Text", role: Role::Print, paint: Paint::Gray(0), items: lines },
                Layer { id: "footer", label: "Footer", role: Role::Artifact(Artifact::Footer), paint: Paint::Gray(0), items: vec![line("1", 800.0, None)] },
            ],
        };
        let scene = Scene {
            unit: Unit::Pt,
            width: 595.0,
            height: 842.0,
            frame: Frame::Page,
            pages: vec![page(vec![line("Сайлау", 100.0, Some(0)), line("Бірінші", 140.0, Some(1))]), page(vec![line("жалғасы", 100.0, Some(1))])],
            structure: Some(Structure { lang: "kk", elements: vec![Element::Heading { level: 1, text: "Сайлау".into() }, Element::Paragraph] }),
        };
        // krilla validates PDF/UA-1 when it writes: untagged text would fail it.
        let pdf = scene_pdf(&scene, metadata("Сайлау".into(), "kk", Some(0))).unwrap();
        let text = String::from_utf8_lossy(&pdf);
        assert!(text.contains("/StructTreeRoot") && text.contains("/Outlines"), "tagged, with an outline");
    }
}
