//! Small shared helpers with no knowledge of ballots: per-character caches,
//! SHA-256 in hex, XML/HTML escaping, the bundled fonts and text measurement,
//! fixed phrases per language, spreadsheet-safe CSV, CPU time by stage
//! (`profile`), atomic file writes (`write`),
//! hashes checked once while a file is unchanged (`verified`).

pub(crate) mod chars;
pub(crate) mod fonts;
pub(crate) mod hash;
pub(crate) mod markup;
pub(crate) mod phrases;
pub mod profile;
pub(crate) mod spreadsheet;
pub(crate) mod verified;
pub mod write;
