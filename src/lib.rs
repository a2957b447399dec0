//! `ballot-access`: turns YAML ballot definitions into accessible election
//! materials (braille stencils, tactile overlays, large-print sheets and audio
//! ballots), every one lined up with the printed ballot.
//!
//! The flow is: [`definition::load`] parses and validates the files into the
//! [`model`] (with each ballot's stencil layout resolved); the [`pipeline`]
//! plans one job per ballot and material, runs the [`render::Renderer`]s of
//! [`materials`] (which return bytes and never fail on a validated model) and
//! writes their output atomically with a manifest.

#![allow(clippy::result_large_err)] // Diagnostics are built once per bad file, not in hot loops.

pub mod braille;
pub(crate) mod chars;
pub mod cli;
pub mod definition;
pub mod diag;
pub(crate) mod draw;
pub(crate) mod environment;
pub(crate) mod fonts;
#[doc(hidden)]
pub mod fuzzing;
pub(crate) mod generate;
pub mod geometry;
pub mod i18n;
mod hash;
pub mod manifest;
mod markup;
pub mod materials;
pub mod measure;
pub(crate) mod memory;
pub mod model;
pub(crate) mod phrases;
pub(crate) mod pipeline;
pub mod project;
pub mod package;
pub mod print_plan;
pub mod register;
pub mod profile;

pub mod render;
pub mod review;
pub mod speech;
pub(crate) mod spreadsheet;
pub mod write;

/// This tool's version, recorded in every manifest.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

#[cfg(test)]
mod architecture;
#[cfg(test)]
mod testing;
