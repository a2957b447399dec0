//! `DIR/<election-id>/manifest.json`: every output with its SHA-256 and size,
//! each ballot's proof id, and the versions of what made them.

use std::collections::BTreeMap;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::util::fonts;
pub use crate::util::hash::Digest;

/// The manifest's file name.
pub const MANIFEST_FILE: &str = "manifest.json";

/// The manifest format written; older manifests are not read (their ballots are rebuilt).
pub const MANIFEST_VERSION: u32 = 2;

/// One output file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutputEntry {
    /// Path relative to the election's output folder.
    pub path: String,
    /// SHA-256 of the file, lower-case hex.
    pub sha256: Digest,
    /// Size in bytes.
    pub bytes: u64,
}

impl OutputEntry {
    /// The entry for a file's contents.
    pub fn of(path: String, bytes: &[u8]) -> Self {
        OutputEntry {
            path,
            sha256: Digest::of(bytes),
            bytes: bytes.len() as u64,
        }
    }
}

/// One ballot's record.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BallotEntry {
    /// Ballot id (its output folder).
    pub id: String,
    /// Its definition file, relative to the election folder.
    pub source: String,
    /// The proof id printed on its sheets.
    pub proof_id: String,
    /// Hash of everything its outputs depend on; unchanged means it can be skipped.
    #[serde(default)]
    pub inputs: String,
    /// Its constituency's name, per language code.
    #[serde(default)]
    pub constituency: BTreeMap<String, String>,
    /// Its constituency's number, when it has one (for the print plan's order
    /// and job sheet).
    #[serde(default)]
    pub constituency_number: Option<u32>,
    /// Its region, per language code (empty when not given).
    #[serde(default)]
    pub region: BTreeMap<String, String>,
    /// Warnings from its last build, for reviewers and `--strict`.
    #[serde(default)]
    pub warnings: Vec<String>,
    /// How many audio tracks it has per language code (numbered from 0);
    /// the tracks themselves, with the braille and audio checks, are in the
    /// ballot's `review.json`, which keeps this manifest small.
    #[serde(default)]
    pub tracks: BTreeMap<String, usize>,
    /// Polling stations that use it (`polling_stations`), for the print plan.
    #[serde(default)]
    pub polling_stations: Option<u32>,
    /// Its paper, width and height in millimetres: the trim size of its
    /// stencils and overlays.
    #[serde(default)]
    pub paper_mm: [f64; 2],
    /// Pages of its printed and embossed files, by name in its folder.
    #[serde(default)]
    pub pages: BTreeMap<String, usize>,
    /// Its files that the build made by joining others byte for byte (frame
    /// for frame), by name in its folder: the parts in order (`ballot.mp3`:
    /// every track of its language).
    #[serde(default)]
    pub joins: BTreeMap<String, Vec<String>>,
}

/// A bundled font as recorded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FontEntry {
    /// File name.
    pub file: String,
    /// Family name.
    pub family: String,
    /// Version string.
    pub version: String,
    /// SHA-256 of the font file.
    pub sha256: String,
}

/// A braille table file as recorded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TableEntry {
    /// Language code.
    pub lang: String,
    /// Table file name.
    pub file: String,
    /// SHA-256 of the file.
    pub sha256: String,
}

/// A voice as recorded.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VoiceEntry {
    /// Language code.
    pub lang: String,
    /// espeak-ng voice name.
    pub voice: String,
}

/// The whole manifest.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Manifest {
    /// Manifest format version.
    pub manifest_version: u32,
    /// Election id.
    pub election: String,
    /// `ballot-access` version that wrote it.
    pub generator: String,
    /// Fonts used.
    pub fonts: Vec<FontEntry>,
    /// liblouis version.
    pub liblouis: String,
    /// The braille table files read, per language, with their SHA-256.
    pub braille_tables: Vec<TableEntry>,
    /// espeak-ng version.
    pub espeak_ng: String,
    /// The espeak-ng voice of each language, in the election's order of
    /// languages (see [`Manifest::languages`]).
    pub voices: Vec<VoiceEntry>,
    /// The MP3 encoder and its settings.
    pub mp3_encoder: String,
    /// Ballots, by id.
    pub ballots: Vec<BallotEntry>,
    /// Every output file, by path.
    pub outputs: Vec<OutputEntry>,
    /// The print plan's files (`print-plan.csv`, `print-plan.pdf`) as
    /// written with this manifest, so a package ships them only unchanged.
    #[serde(default)]
    pub print_plan: Vec<OutputEntry>,
}

impl Manifest {
    /// The election's languages, first language first: one voice is
    /// recorded per language, in that order ([`Manifest::new`]).
    pub fn languages(&self) -> Vec<crate::model::Lang> {
        self.voices.iter().filter_map(|v| crate::model::Lang::from_code(&v.lang)).collect()
    }

    /// An empty manifest for an election, with this build's tool and font versions.
    pub fn new(election: &str, languages: &[crate::model::Lang]) -> Self {
        let braille_tables = languages
            .iter()
            .flat_map(|&lang| {
                crate::braille::tables::table_files(lang)
                    .into_iter()
                    .map(move |(file, sha256)| TableEntry { lang: lang.code().to_owned(), file, sha256 })
            })
            .collect();
        Manifest {
            manifest_version: MANIFEST_VERSION,
            election: election.to_owned(),
            generator: format!("ballot-access {}", crate::VERSION),
            fonts: fonts::font_info()
                .into_iter()
                .map(|f| FontEntry {
                    file: f.file,
                    family: f.family,
                    version: f.version,
                    sha256: f.sha256,
                })
                .collect(),
            liblouis: crate::braille::version(),
            espeak_ng: crate::speech::espeak::version().map(|v| v.0).unwrap_or_else(|e| e.to_string()),
            voices: languages
                .iter()
                .map(|&lang| VoiceEntry { lang: lang.code().to_owned(), voice: crate::speech::voice(lang).to_owned() })
                .collect(),
            mp3_encoder: format!("LAME {}, {}", mp3lame_encoder::mp3lame_version(), crate::speech::encode::SETTINGS),
            braille_tables,
            ballots: Vec::new(),
            outputs: Vec::new(),
            print_plan: Vec::new(),
        }
    }

    /// The manifest of the election built into `folder` (`OUT/<election-id>`),
    /// or an error saying what to give instead: for the commands that work on
    /// a build (`package`, `review`).
    pub fn read_election(folder: &Path) -> Result<Manifest, crate::i18n::Message> {
        let path = folder.join(MANIFEST_FILE);
        Manifest::read(&path).ok_or_else(|| crate::msg!("build-not-a-manifest", path = &path))
    }

    /// Reads an existing manifest of this format; `None` when absent, unreadable or older.
    pub fn read(path: &Path) -> Option<Manifest> {
        let manifest: Manifest = serde_json::from_slice(&std::fs::read(path).ok()?).ok()?;
        (manifest.manifest_version == MANIFEST_VERSION).then_some(manifest)
    }

    /// Replaces the records and outputs of these ballots with new ones, in one
    /// pass over the outputs (a national election has some 150,000).
    pub fn set_ballots(&mut self, ballots: Vec<(BallotEntry, Vec<OutputEntry>)>) {
        let ids: std::collections::HashSet<String> = ballots.iter().map(|(b, _)| b.id.clone()).collect();
        self.ballots.retain(|b| !ids.contains(&b.id));
        self.outputs.retain(|o| !ids.contains(ballot_of(&o.path)));
        for (ballot, outputs) in ballots {
            self.ballots.push(ballot);
            self.outputs.extend(outputs);
        }
    }

    /// Each ballot's outputs, by ballot id.
    pub fn outputs_by_ballot(&self) -> BTreeMap<&str, Vec<&OutputEntry>> {
        let mut by_ballot: BTreeMap<&str, Vec<&OutputEntry>> = BTreeMap::new();
        for output in &self.outputs {
            by_ballot.entry(ballot_of(&output.path)).or_default().push(output);
        }
        by_ballot
    }

    /// Ids of the ballots recorded.
    pub fn ballot_ids(&self) -> Vec<String> {
        self.ballots.iter().map(|b| b.id.clone()).collect()
    }

    /// What a ballot's outputs depend on besides its definition: the tool, fonts,
    /// tables and voices recorded here (the list of ballots and outputs excluded).
    pub fn environment(&self) -> String {
        let mut environment = Manifest {
            manifest_version: self.manifest_version,
            election: self.election.clone(),
            generator: self.generator.clone(),
            fonts: self.fonts.clone(),
            liblouis: self.liblouis.clone(),
            braille_tables: self.braille_tables.clone(),
            espeak_ng: self.espeak_ng.clone(),
            voices: self.voices.clone(),
            mp3_encoder: self.mp3_encoder.clone(),
            ballots: Vec::new(),
            outputs: Vec::new(),
            print_plan: Vec::new(),
        };
        String::from_utf8(environment.to_json()).unwrap_or_default()
    }

    /// Whether a ballot recorded with these inputs still has all its outputs
    /// (`outputs`, from [`Manifest::outputs_by_ballot`]) on disk.
    pub fn is_current(entry: &BallotEntry, outputs: &[&OutputEntry], inputs: &str, folder: &Path) -> bool {
        entry.inputs == inputs
            && !outputs.is_empty()
            && outputs
                .iter()
                .all(|o| std::fs::metadata(folder.join(&o.path)).is_ok_and(|m| m.is_file() && m.len() == o.bytes))
    }

    /// Sorted, pretty JSON with a final newline: stable bytes for the same
    /// content. Sorts in place (an output listed twice keeps its last entry):
    /// a national manifest is 180,000 outputs, not worth a copy.
    pub fn to_json(&mut self) -> Vec<u8> {
        let mut json = Vec::new();
        self.write_json(&mut json).expect("manifest serializes");
        json
    }

    /// Writes what [`Manifest::to_json`] returns to `out`, without holding it
    /// in memory (a national election's manifest is tens of megabytes).
    pub fn write_json(&mut self, out: &mut dyn std::io::Write) -> std::io::Result<()> {
        self.ballots.sort_by(|a, b| a.id.cmp(&b.id));
        self.outputs.sort_by(|a, b| a.path.cmp(&b.path));
        self.outputs.dedup_by(|later, kept| {
            let same = later.path == kept.path;
            if same {
                std::mem::swap(later, kept);
            }
            same
        });
        serde_json::to_writer_pretty(&mut *out, &*self)?;
        out.write_all(b"\n")
    }
}

/// The ballot id an output path (`<ballot-id>/...`) belongs to.
pub fn ballot_of(path: &str) -> &str {
    path.split('/').next().unwrap_or(path)
}

#[cfg(test)]
mod tests {
    use super::{Digest, OutputEntry};

    #[test]
    fn digests_are_written_as_sha256sum_writes_them_and_read_back() {
        let entry = OutputEntry::of("b/x.mp3".into(), b"abc");
        let json = serde_json::to_string(&entry).unwrap();
        assert_eq!(json, r#"{"path":"b/x.mp3","sha256":"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad","bytes":3}"#);
        assert_eq!(serde_json::from_str::<OutputEntry>(&json).unwrap(), entry);
        assert_eq!(entry.sha256.to_string(), crate::util::hash::sha256_hex(b"abc"));
        // Anything but 64 hex digits is not a digest: such a manifest is not trusted.
        for bad in ["", "ba78", &"g".repeat(64), &"ab".repeat(33), "+a7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"] {
            assert_eq!(Digest::parse(bad), None, "{bad}");
            assert!(serde_json::from_str::<OutputEntry>(&json.replace("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", bad)).is_err());
        }
    }
}
