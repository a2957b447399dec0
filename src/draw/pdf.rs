//! Drawing helpers shared by the PDF materials: units, shapes and text in the
//! bundled fonts, and document metadata.

use krilla::geom::{PathBuilder, Point};
use krilla::page::PageSettings;
use krilla::{Document, SerializeSettings};
use krilla::metadata::{DateTime, Metadata};
use krilla::surface::Surface;
use krilla::text::TextDirection;

use super::pt;
use crate::fonts::{self, Weight};
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
        surface.draw_text(Point::from_xy(x, baseline), face.krilla(), size, &run, false, TextDirection::Auto);
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

/// Converts seconds since 1970 (UTC) to a krilla date.
pub fn date_time(epoch: i64) -> DateTime {
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
    DateTime::new(year.clamp(0, 9999) as u16)
        .month(month as u8)
        .day(day as u8)
        .hour((secs / 3600) as u8)
        .minute((secs % 3600 / 60) as u8)
        .second((secs % 60) as u8)
        .utc_offset_hour(0)
        .utc_offset_minute(0)
}

/// A one-page PDF of `width` x `height` millimetres (1:1), drawn by `draw`.
pub fn one_page(width: f64, height: f64, metadata: Metadata, draw: impl FnOnce(&mut Surface)) -> Result<Vec<u8>, RenderError> {
    let mut document = Document::new_with(SerializeSettings { compress_content_streams: true, ..SerializeSettings::default() });
    let settings = PageSettings::from_wh(pt(width), pt(height)).ok_or_else(|| RenderError("invalid sheet size".into()))?;
    let mut page = document.start_page_with(settings);
    let mut surface = page.surface();
    draw(&mut surface);
    surface.finish();
    page.finish();
    document.set_metadata(metadata);
    document.finish().map_err(|e| RenderError(format!("PDF export failed: {e:?}")))
}
