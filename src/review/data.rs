//! What the review page shows of each ballot beyond its manifest entry: the
//! braille back-translation checks, the audio check findings and the tracks.
//! Materials produce it; the pipeline writes it as `<ballot-id>/review.json`.

use std::path::Path;

use serde::{Deserialize, Serialize};

/// Each ballot's review data, in its output folder.
pub const REVIEW_DATA_FILE: &str = "review.json";

/// What the review page shows of a ballot beyond its manifest entry. Kept in
/// `<ballot-id>/review.json` (listed in the manifest) rather than in the
/// manifest, so a build never holds every ballot's checks and transcripts.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BallotReview {
    /// Back-translation checks of its braille.
    pub braille_checks: Vec<BrailleCheck>,
    /// Findings of the automatic audio checks.
    pub audio_checks: Vec<AudioCheck>,
    /// Its audio tracks, per language, in order.
    pub tracks: Vec<TrackEntry>,
}

impl BallotReview {
    /// Pretty JSON with a final newline.
    pub fn to_json(&self) -> Vec<u8> {
        let mut json = serde_json::to_vec_pretty(self).expect("review data serializes");
        json.push(b'\n');
        json
    }

    /// A ballot's review data as last built; empty when missing or unreadable.
    pub fn read(election_folder: &Path, ballot: &str) -> BallotReview {
        std::fs::read(election_folder.join(ballot).join(REVIEW_DATA_FILE))
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }
}


/// Which text of a ballot a braille check is about. Kept in `review.json` as
/// its words (`option 3 stencil label`), read back into this type.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(into = "String", from = "String")]
pub enum BrailleText {
    /// The stencil label of option `option` (its number on the ballot).
    StencilLabel {
        /// The option's number.
        option: u32,
    },
    /// Any other text, as recorded.
    Other(String),
}

impl std::fmt::Display for BrailleText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BrailleText::StencilLabel { option } => write!(f, "option {option} stencil label"),
            BrailleText::Other(text) => f.write_str(text),
        }
    }
}

impl From<BrailleText> for String {
    fn from(text: BrailleText) -> String {
        text.to_string()
    }
}

impl From<String> for BrailleText {
    fn from(text: String) -> BrailleText {
        let option = text.strip_prefix("option ").and_then(|rest| rest.strip_suffix(" stencil label")).and_then(|n| n.parse().ok());
        match option {
            Some(option) => BrailleText::StencilLabel { option },
            None => BrailleText::Other(text),
        }
    }
}

/// A check of one braille text against its source by back-translation, kept
/// for the manifest and the QA review page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BrailleCheck {
    /// Language.
    pub lang: String,
    /// What the text is.
    pub what: BrailleText,
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
    /// The phrases it is joined from, in order: each phrase's MP3 frames lie
    /// in the track's file whole, so a verdict on a phrase's audio holds for
    /// every track joined from it.
    #[serde(default)]
    pub phrases: Vec<PhraseEntry>,
}

/// One phrase of a track, as the build joined it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhraseEntry {
    /// The clause as written (what its audio says).
    pub text: String,
    /// SHA-256 of its MP3 frames.
    pub sha256: String,
    /// Where its frames start in the track's file, bytes.
    pub offset: u64,
    /// Their length, bytes.
    pub bytes: u64,
    /// Its length.
    pub milliseconds: u64,
}


impl BallotReview {
    /// Adds another material's review data to this one.
    pub fn extend(&mut self, other: BallotReview) {
        self.braille_checks.extend(other.braille_checks);
        self.audio_checks.extend(other.audio_checks);
        self.tracks.extend(other.tracks);
    }
}
