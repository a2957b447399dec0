//! The renderer interface: one implementation per material.
//!
//! A renderer takes the validated model and returns files in memory; only the
//! pipeline writes to disk.

use std::fmt;

use crate::model::{Ballot, ElectionInfo};

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

/// A check of one braille text against its source by back-translation, kept
/// for the manifest and the QA review page.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BrailleCheck {
    /// Language.
    pub lang: String,
    /// What the text is (`title`, `option 3 name`, ...).
    pub what: String,
    /// The source text.
    pub source: String,
    /// Its braille.
    pub braille: String,
    /// liblouis's back-translation of the braille.
    pub back: String,
    /// Whether it reads back as the source.
    pub matches: bool,
}

/// A problem the automatic audio checks found in one track.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AudioCheck {
    /// Language.
    pub lang: String,
    /// Track number (0: introduction).
    pub track: usize,
    /// The track's file, relative to the ballot's folder.
    pub file: String,
    /// What is wrong.
    pub reason: String,
}

/// One audio track, for the review page.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TrackEntry {
    /// Language.
    pub lang: String,
    /// Track number (0: introduction).
    pub number: usize,
    /// The file, relative to the ballot's folder.
    pub file: String,
    /// Its title tag.
    pub title: String,
    /// What it says (the transcript line).
    pub text: String,
    /// Its length.
    pub milliseconds: u64,
}

/// What a renderer produced for one ballot.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Rendered {
    /// Files, not yet written.
    pub files: Vec<RenderedFile>,
    /// Problems worth a reviewer's attention that do not stop the build.
    pub warnings: Vec<String>,
    /// Back-translation checks of the braille produced.
    pub braille_checks: Vec<BrailleCheck>,
    /// Findings of the automatic audio checks.
    pub audio_checks: Vec<AudioCheck>,
    /// The audio tracks, in order, per language.
    pub tracks: Vec<TrackEntry>,
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

/// Every material's renderer, in the order they run.
pub fn all_renderers() -> Vec<Box<dyn Renderer>> {
    vec![
        Box::new(crate::print::LargePrint),
        Box::new(crate::braille::material::Embosser),
        Box::new(crate::stencil::Stencil),
        Box::new(crate::tactile::Overlay),
        Box::new(crate::speech::material::Audio),
        Box::new(crate::preview::Previews),
    ]
}
