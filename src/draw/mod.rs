//! Drawing: one display list per sheet ([`scene`]), exported as PDF
//! ([`pdf`], with the PDF helpers the one-format documents use), SVG
//! ([`svg`]) and PNG previews ([`raster`]); units shared by all.

pub(crate) mod overprint;
pub(crate) mod pdf;
pub(crate) mod raster;
pub(crate) mod scene;
pub(crate) mod svg;

/// Points per millimetre.
pub(crate) const PT_PER_MM: f64 = 72.0 / 25.4;
/// Millimetres per point.
pub(crate) const MM_PER_PT: f64 = 25.4 / 72.0;

/// Millimetres to points.
pub(crate) fn pt(mm: f64) -> f32 {
    (mm * PT_PER_MM) as f32
}
