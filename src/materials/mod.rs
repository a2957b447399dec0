//! The materials, one folder each: its layout, its formats (PDF, SVG, PNG,
//! PEF, BRF, MP3) and its preview, every format drawn from one layout value
//! computed once per ballot. The list of materials lives here, not in the
//! renderer trait's module.

pub mod audio;
pub(crate) mod embosser;
pub mod large_print;
pub(crate) mod overlay;
pub(crate) mod stencil;

mod tactile_sheet;

use crate::render::Renderer;

/// Every material's renderer, in the order they run.
pub fn all() -> Vec<Box<dyn Renderer>> {
    vec![
        Box::new(large_print::LargePrint),
        Box::new(embosser::Embosser),
        Box::new(stencil::Stencil),
        Box::new(overlay::Overlay),
        Box::new(audio::Audio),
    ]
}
