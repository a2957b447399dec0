//! The renderer interface: one implementation per material.
//!
//! A renderer takes the validated model and returns files in memory; only the
//! pipeline writes to disk. The materials themselves, and the list of them,
//! live in `materials`: this module names none of them.

use std::fmt;

use crate::model::{Ballot, ElectionInfo};
use crate::review::BallotReview;

/// A file a renderer produced, not yet written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenderedFile {
    /// Path relative to the ballot's output folder, such as `large-print-kk.pdf`.
    pub name: String,
    /// The file's contents.
    pub bytes: Vec<u8>,
}

/// Settings shared by every render of a run.
#[derive(Clone, Debug, Default)]
pub struct RenderContext {
    /// Where reusable intermediate results (synthesised clips) are kept between runs.
    pub cache_dir: Option<std::path::PathBuf>,
    /// Seconds since 1970 to stamp into documents (from `SOURCE_DATE_EPOCH`);
    /// no timestamp at all when absent, so output stays reproducible.
    pub source_date_epoch: Option<i64>,
}

impl RenderContext {
    /// Reads `SOURCE_DATE_EPOCH` from the environment (ignored when not a number).
    pub fn from_env() -> Self {
        RenderContext {
            cache_dir: None,
            source_date_epoch: std::env::var("SOURCE_DATE_EPOCH")
                .ok()
                .and_then(|v| v.trim().parse().ok()),
        }
    }
}

/// What a renderer produced for one ballot.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rendered {
    /// Files, not yet written.
    pub files: Vec<RenderedFile>,
    /// Problems worth a reviewer's attention that do not stop the build.
    pub warnings: Vec<crate::i18n::Message>,
    /// What the QA review page shows of this material.
    pub review: BallotReview,
    /// Pages of each file to be printed or embossed, by name (for the print plan).
    pub pages: std::collections::BTreeMap<String, usize>,
    /// Files that are other files joined, by name: the parts in order. The
    /// renderer built them from exactly those parts (for the sign-off, which
    /// then needs the whole heard only for order and completeness).
    pub joins: std::collections::BTreeMap<String, Vec<String>>,
}

impl Rendered {
    /// Just files.
    pub fn files(files: Vec<RenderedFile>) -> Self {
        Rendered { files, ..Rendered::default() }
    }
}

/// A renderer failed: a bug or a resource problem, never a problem with valid input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RenderError(pub String);

impl fmt::Display for RenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for RenderError {}

/// One material's renderer.
pub trait Renderer: Send + Sync {
    /// Short name of the material, such as `large-print`.
    fn name(&self) -> &'static str;

    /// Produces this material's files for one ballot.
    fn render(
        &self,
        context: &RenderContext,
        election: &ElectionInfo,
        ballot: &Ballot,
    ) -> Result<Rendered, RenderError>;
}
