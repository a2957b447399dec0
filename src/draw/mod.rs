//! Drawing helpers shared by the materials: units, PDF drawing ([`pdf`]) and
//! the PNG canvas of the previews ([`canvas`]).

pub(crate) mod canvas;
pub(crate) mod overprint;
pub(crate) mod pdf;

/// Points per millimetre.
pub(crate) const PT_PER_MM: f64 = 72.0 / 25.4;
/// Millimetres per point.
pub(crate) const MM_PER_PT: f64 = 25.4 / 72.0;

/// Millimetres to points.
pub(crate) fn pt(mm: f64) -> f32 {
    (mm * PT_PER_MM) as f32
}
