//! The renderer interface: one implementation per material.
//!
//! A renderer takes the validated model and returns files in memory; only the
//! pipeline writes to disk. The materials themselves, and the list of them,
//! live in `materials`: this module names none of them.

use crate::i18n::{Arg, Explain, Message};
use crate::model::{Ballot, ElectionInfo};
use crate::msg;
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

/// A renderer failed: a bug or a resource problem, never a problem with valid
/// input. Said in the user's language with a hint (see [`Explain`]).
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("{}", crate::i18n::english(self))]
pub enum RenderError {
    /// A page size the PDF writer refuses.
    PageSize {
        /// Width, points.
        width_pt: f32,
        /// Height, points.
        height_pt: f32,
    },
    /// The PDF writer failed (its settings, or writing the document).
    Pdf {
        /// The writer's own words.
        cause: String,
    },
    /// liblouis failed (its words are this error's own: no separate source).
    Braille(crate::braille::LouisError),
    /// Speech could not be made.
    Speech(crate::speech::SpeechError),
    /// A material's own check of what it made failed: a bug to report.
    SelfCheck(Message),
    /// The audio would be wrong: each fault with its language, track and reason.
    AudioFaults(Vec<Message>),
}

impl Explain for RenderError {
    fn message(&self) -> Message {
        match self {
            RenderError::PageSize { width_pt, height_pt } => msg!("error-render-page-size", width = f64::from(*width_pt), height = f64::from(*height_pt)),
            RenderError::Pdf { cause } => msg!("error-render-pdf", cause = Message::untranslated(cause.as_str())),
            RenderError::Braille(error) => error.message(),
            RenderError::Speech(error) => error.message(),
            RenderError::SelfCheck(what) => what.clone(),
            RenderError::AudioFaults(faults) => msg!("error-render-audio-faults", faults = Arg::List(faults.clone())),
        }
    }

    fn hint(&self) -> Option<Message> {
        match self {
            RenderError::Braille(error) => error.hint(),
            RenderError::Speech(error) => error.hint(),
            RenderError::AudioFaults(_) => Some(msg!("error-render-audio-faults-hint")),
            RenderError::PageSize { .. } | RenderError::Pdf { .. } | RenderError::SelfCheck(_) => Some(msg!("error-bug-hint")),
        }
    }
}

impl From<crate::braille::LouisError> for RenderError {
    fn from(error: crate::braille::LouisError) -> Self {
        RenderError::Braille(error)
    }
}

impl From<crate::speech::SpeechError> for RenderError {
    fn from(error: crate::speech::SpeechError) -> Self {
        RenderError::Speech(error)
    }
}

impl RenderError {
    /// The PDF writer failed, in its own words.
    pub fn pdf(cause: impl std::fmt::Debug) -> Self {
        RenderError::Pdf { cause: format!("{cause:?}") }
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::braille::LouisError;
    use crate::i18n::Locale;
    use std::error::Error as _;

    #[test]
    fn an_engine_error_keeps_its_type_source_and_hint() {
        let error = RenderError::from(LouisError::Failed { table: "kk.utb".into() });
        assert!(matches!(&error, RenderError::Braille(LouisError::Failed { table }) if table == "kk.utb"));
        assert_eq!(error.to_string(), "liblouis could not translate with the tables kk.utb");
        assert!(error.source().is_none(), "said once, not again as a source");
        let hint = error.hint().expect("a hint").render(Locale::Ru);
        assert!(hint.contains("liblouis-data") && hint.contains("переустановите"), "{hint}");
    }

    #[test]
    fn audio_faults_are_listed_with_the_hint_apart() {
        let fault = msg!("build-audio-track-warning", lang = "kk", track = "03", file = "03-x.mp3", reason = msg!("build-audio-no-sound"));
        let error = RenderError::AudioFaults(vec![fault.clone(), fault]);
        let said = error.message().render(Locale::En);
        assert_eq!(said.matches("audio kk track 03 (03-x.mp3): silent").count(), 2, "{said}");
        assert!(!said.contains("listen with"), "the hint is not glued into the message: {said}");
        assert!(error.hint().expect("a hint").render(Locale::Kk).contains("ballot-access speak"));
    }
}
