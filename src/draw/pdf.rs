//! Drawing helpers shared by the PDF materials: units, shapes and text in the
//! bundled fonts, and document metadata.

use krilla::geom::{PathBuilder, Point};
use krilla::page::PageSettings;
use krilla::{Document, SerializeSettings};
use krilla::metadata::{DateTime, Metadata};
use krilla::surface::Surface;

use super::pt;
use crate::util::fonts::{self, Weight};
use crate::render::RenderError;

/// Bezier constant for quarter circles.
const KAPPA: f64 = 0.552_284_749_8;

/// Adds a circle to a path (millimetres in, points out).
pub fn push_circle(b: &mut PathBuilder, cx: f64, cy: f64, r: f64) {
    let k = r * KAPPA;
    b.move_to(pt(cx + r), pt(cy));
    b.cubic_to(pt(cx + r), pt(cy + k), pt(cx + k), pt(cy + r), pt(cx), pt(cy + r));
    b.cubic_to(pt(cx - k), pt(cy + r), pt(cx - r), pt(cy + k), pt(cx - r), pt(cy));
    b.cubic_to(pt(cx - r), pt(cy - k), pt(cx - k), pt(cy - r), pt(cx), pt(cy - r));
    b.cubic_to(pt(cx + k), pt(cy - r), pt(cx + r), pt(cy - k), pt(cx + r), pt(cy));
    b.close();
}

/// Adds a rectangle with rounded corners to a path (millimetres in).
pub fn push_rounded_rect(b: &mut PathBuilder, x: f64, y: f64, w: f64, h: f64, r: f64) {
    let r = r.min(w / 2.0).min(h / 2.0).max(0.0);
    let k = r * KAPPA;
    let (right, bottom) = (x + w, y + h);
    b.move_to(pt(x + r), pt(y));
    b.line_to(pt(right - r), pt(y));
    b.cubic_to(pt(right - r + k), pt(y), pt(right), pt(y + r - k), pt(right), pt(y + r));
    b.line_to(pt(right), pt(bottom - r));
    b.cubic_to(pt(right), pt(bottom - r + k), pt(right - r + k), pt(bottom), pt(right - r), pt(bottom));
    b.line_to(pt(x + r), pt(bottom));
    b.cubic_to(pt(x + r - k), pt(bottom), pt(x), pt(bottom - r + k), pt(x), pt(bottom - r));
    b.line_to(pt(x), pt(y + r));
    b.cubic_to(pt(x), pt(y + r - k), pt(x + r - k), pt(y), pt(x + r), pt(y));
    b.close();
}

/// Adds a closed polygon to a path (millimetres in).
pub fn push_polygon(b: &mut PathBuilder, points: &[(f64, f64)]) {
    let mut iter = points.iter();
    if let Some(&(x, y)) = iter.next() {
        b.move_to(pt(x), pt(y));
        for &(x, y) in iter {
            b.line_to(pt(x), pt(y));
        }
        b.close();
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

/// Draws the identification of a stencil or overlay in the current fill: its
/// captions are drawn with the others; this is the scale bar.
pub fn scale_bar(surface: &mut Surface, id: &crate::model::Identification) {
    let mut bar = PathBuilder::new();
    let b = &id.bar;
    push_polygon(&mut bar, &[(b.x, b.y), (b.right(), b.y), (b.right(), b.bottom()), (b.x, b.bottom())]);
    if let Some(path) = bar.finish() {
        surface.draw_path(&path);
    }
}

