//! The output folder's own records: the manifest of every file written (with
//! the inputs each ballot was built from), and the locks and marks that keep
//! two builds apart and let the next build clean up after a killed one.

pub mod lock;
pub mod manifest;
