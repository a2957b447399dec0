//! `ballot-access`: turns YAML ballot definitions into accessible election
//! materials (braille stencils, tactile overlays, large-print sheets and audio
//! ballots), every one lined up with the printed ballot.
//!
//! The flow is: [`definition::load`] parses and validates the files into the
//! [`model`] (with each ballot's stencil layout resolved); [`build`] plans one
//! job per ballot and material, runs the [`render::Renderer`]s of
//! [`materials`] (which return bytes and never fail on a validated model) and
//! writes their output atomically with a manifest ([`output`]). Programs
//! start at [`project::Project`]; the command line is [`cli`].
//!
//! Folders: `definition/` and `register/` (input), `model/` and `geometry/`,
//! `materials/` with the engines `braille/` and `speech/` and the drawing
//! helpers `draw/`, `build/` and `output/`, `review/` and `deliver/` (what
//! people receive), `i18n/` and `cli/` (the interface), `util/` (helpers
//! that know no ballot), `dev/` (generator, fuzzing, tests of the shape).

#![allow(clippy::result_large_err)] // Diagnostics are built once per bad file, not in hot loops.

pub mod braille;
pub mod build;
pub mod cli;
pub mod definition;
pub mod deliver;
#[doc(hidden)]
pub mod dev;
pub mod diag;
pub(crate) mod draw;
pub mod geometry;
pub mod i18n;
pub mod materials;
pub mod model;
pub mod output;
pub mod project;
pub mod register;
pub mod render;
pub mod review;
pub mod speech;
pub mod util;

/// This tool's version, recorded in every manifest.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

