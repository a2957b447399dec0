//! QA sign-off: reviewers' exported marks merged into an append-only log
//! (`review/signoff-log.jsonl` in the election's output folder), and each
//! ballot's status against the current build. A mark counts only for the
//! audio and the ballot version it was given to: it carries the audio file's
//! SHA-256 and the proof id, so a rebuilt track with different audio needs a
//! new mark even when the definition did not change, and a changed ballot is
//! reviewed again whole. A ballot is signed off when every track and the whole ballot
//! (`ballot.mp3`), in every language, have an OK mark for their current audio.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::manifest::{ballot_of, Manifest};

/// The log, inside the review folder.
pub const LOG_FILE: &str = "signoff-log.jsonl";
/// The track name of the whole ballot.
pub const WHOLE_BALLOT: &str = "ballot";
/// The columns of a reviewer's export, in order.
pub const COLUMNS: [&str; 11] = ["election", "ballot", "proof_id", "language", "track", "file", "audio_sha256", "verdict", "reviewer", "marked_at", "comment"];

/// One mark as logged.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mark {
    /// Ballot id.
    pub ballot: String,
    /// Proof id of the ballot when marked.
    pub proof_id: String,
    /// Language code.
    pub language: String,
    /// Track number, or `ballot` for the whole ballot.
    pub track: String,
    /// The audio file, relative to the election's output folder.
    pub file: String,
    /// SHA-256 of the audio reviewed.
    pub audio_sha256: String,
    /// `ok` or `problem`.
    pub verdict: String,
    /// Who marked it.
    pub reviewer: String,
    /// When, UTC, ISO 8601.
    pub marked_at: String,
    /// The reviewer's comment.
    pub comment: String,
    /// The CSV it was imported from.
    pub imported_from: String,
}

/// An audio file of the current build that needs a mark.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// Ballot id.
    pub ballot: String,
    /// Language code.
    pub language: String,
    /// Track number or `ballot`.
    pub track: String,
    /// The file, relative to the election's output folder.
    pub file: String,
    /// Its SHA-256 in the manifest.
    pub sha256: String,
    /// The ballot's current proof id.
    pub proof_id: String,
}

impl Item {
    /// Whether a mark given to this audio (`sha`) of this ballot version (`proof`) counts for it.
    fn is_marked_by(&self, sha: &str, proof: &str) -> bool {
        sha == self.sha256 && proof == self.proof_id
    }
}

/// Every audio file of the build that needs a mark, by ballot.
pub fn items(manifest: &Manifest) -> BTreeMap<String, Vec<Item>> {
    let proofs: BTreeMap<&str, &str> = manifest.ballots.iter().map(|b| (b.id.as_str(), b.proof_id.as_str())).collect();
    let mut by_ballot: BTreeMap<String, Vec<Item>> = BTreeMap::new();
    for output in &manifest.outputs {
        let ballot = ballot_of(&output.path);
        let Some(rest) = output.path.strip_prefix(&format!("{ballot}/audio/")) else { continue };
        let Some((language, name)) = rest.split_once('/') else { continue };
        let Some(stem) = name.strip_suffix(".mp3") else { continue };
        let track = if stem == WHOLE_BALLOT { WHOLE_BALLOT.to_owned() } else {
            match stem.split('-').next().and_then(|n| n.parse::<u32>().ok()) {
                Some(n) => n.to_string(),
                None => continue,
            }
        };
        by_ballot.entry(ballot.to_owned()).or_default().push(Item { ballot: ballot.to_owned(), language: language.to_owned(), track, file: output.path.clone(), sha256: output.sha256.to_string(), proof_id: proofs.get(ballot).copied().unwrap_or_default().to_owned() });
    }
    for ballot in &manifest.ballots {
        by_ballot.entry(ballot.id.clone()).or_default();
    }
    by_ballot
}

/// Largest file `review import` reads: an export of a national election's
/// every track is tens of megabytes; anything larger is not one (`/dev/zero`).
const MAX_IMPORT_BYTES: u64 = 256 << 20;

/// The sign-off log's path, when neither it nor the review folder is a
/// symbolic link: the log is appended to, and must stay inside the build.
fn log_path(folder: &Path) -> Result<PathBuf, String> {
    let dir = folder.join(super::REVIEW_DIR);
    let path = dir.join(LOG_FILE);
    for p in [&dir, &path] {
        if std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(format!("{} is a symbolic link; the sign-off log must be a file of the build's own (remove the link)", p.display()));
        }
    }
    Ok(path)
}

/// A regular file's bytes, up to `limit`: never a device, pipe or folder.
fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>, String> {
    use std::io::Read as _;
    let file = std::fs::File::open(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    if !file.metadata().is_ok_and(|m| m.is_file()) {
        return Err(format!("{} is not a regular file", path.display()));
    }
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    if bytes.len() as u64 > limit {
        return Err(format!("{} is larger than {} MiB, too large for a review export", path.display(), limit >> 20));
    }
    Ok(bytes)
}

/// The log's marks, in the order they were appended.
pub fn read_log(folder: &Path) -> Result<Vec<Mark>, String> {
    let path = log_path(folder)?;
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(format!("cannot read {}: {e}", path.display())),
    };
    text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()).map(|(i, l)| serde_json::from_str(l).map_err(|e| format!("{}:{}: {e}", path.display(), i + 1))).collect()
}

/// The log's marks for showing on the review page: a line that cannot be read
/// (an append cut short) is left out there; `status`, `import` and `package`
/// stop on it.
pub fn read_log_for_page(folder: &Path) -> Vec<Mark> {
    let path = folder.join(super::REVIEW_DIR).join(LOG_FILE);
    std::fs::read_to_string(path).unwrap_or_default().lines().filter_map(|l| serde_json::from_str(l).ok()).collect()
}

/// The latest mark of each (ballot, language, track), whatever its audio.
fn latest(marks: &[Mark]) -> BTreeMap<(&str, &str, &str), &Mark> {
    let mut latest: BTreeMap<(&str, &str, &str), &Mark> = BTreeMap::new();
    for mark in marks {
        let key = (mark.ballot.as_str(), mark.language.as_str(), mark.track.as_str());
        // Later in time wins; at the same time, later in the log.
        if latest.get(&key).is_none_or(|m| m.marked_at <= mark.marked_at) {
            latest.insert(key, mark);
        }
    }
    latest
}

/// The state of one item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// Marked OK for its current audio.
    Ok,
    /// Marked as a problem for its current audio.
    Problem,
    /// Never marked.
    Unmarked,
    /// Marked, but for other audio or an earlier version of the ballot.
    Outdated,
}

/// One ballot's sign-off status.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct BallotStatus {
    /// Tracks (not the whole ballot) per state.
    pub ok: usize,
    /// Problems.
    pub problem: usize,
    /// Unmarked.
    pub unmarked: usize,
    /// Outdated.
    pub outdated: usize,
    /// Whole-ballot verdict per language: ok, problem, unmarked or outdated.
    pub whole: BTreeMap<String, &'static str>,
    /// Languages with tracks.
    pub languages: std::collections::BTreeSet<String>,
}

impl BallotStatus {
    /// Every track and every language's whole ballot OK for the current audio
    /// (and there is audio: a ballot without any is not signed off).
    pub fn signed_off(&self) -> bool {
        self.ok > 0
            && self.problem == 0
            && self.unmarked == 0
            && self.outdated == 0
            && self.languages.iter().all(|lang| self.whole.get(lang) == Some(&"ok"))
            && self.whole.values().all(|v| *v == "ok")
    }
}

/// The state of an item given the log.
pub fn state(item: &Item, latest: &BTreeMap<(&str, &str, &str), &Mark>) -> State {
    match latest.get(&(item.ballot.as_str(), item.language.as_str(), item.track.as_str())) {
        None => State::Unmarked,
        // Bound to the audio heard and to the ballot's version.
        Some(mark) if !item.is_marked_by(&mark.audio_sha256, &mark.proof_id) => State::Outdated,
        Some(mark) if mark.verdict == "ok" => State::Ok,
        Some(_) => State::Problem,
    }
}

/// Each ballot's status for the current build.
pub fn status(manifest: &Manifest, marks: &[Mark]) -> BTreeMap<String, BallotStatus> {
    let latest = latest(marks);
    items(manifest)
        .into_iter()
        .map(|(ballot, items)| {
            let mut s = BallotStatus::default();
            for item in &items {
                s.languages.insert(item.language.clone());
                let state = state(item, &latest);
                if item.track == WHOLE_BALLOT {
                    let word = match state { State::Ok => "ok", State::Problem => "problem", State::Unmarked => "unmarked", State::Outdated => "outdated" };
                    s.whole.insert(item.language.clone(), word);
                    continue;
                }
                match state {
                    State::Ok => s.ok += 1,
                    State::Problem => s.problem += 1,
                    State::Unmarked => s.unmarked += 1,
                    State::Outdated => s.outdated += 1,
                }
            }
            (ballot, s)
        })
        .collect()
}

/// `YYYY-MM-DDTHH:MM:SSZ`, the only form the page writes (so times compare as text).
fn is_utc_time(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 20
        && b.iter().enumerate().all(|(i, &c)| match i {
            4 | 7 => c == b'-',
            10 => c == b'T',
            13 | 16 => c == b':',
            19 => c == b'Z',
            _ => c.is_ascii_digit(),
        })
}

/// What an import did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Imported {
    /// Marks appended to the log.
    pub applied: usize,
    /// Rows for audio that no longer matches the build: reported, not applied.
    pub outdated: Vec<String>,
    /// Rows without a verdict (unreviewed tracks): nothing to apply.
    pub unmarked: usize,
}

/// Reads reviewers' CSV exports (`,` or `;`, with or without a BOM) and
/// appends their marks to the log. Every row is checked before anything is
/// appended: a file with a bad row changes nothing.
pub fn import(folder: &Path, manifest: &Manifest, files: &[PathBuf]) -> Result<Imported, String> {
    let items: BTreeMap<(String, String, String), Item> = items(manifest).into_values().flatten().map(|i| ((i.ballot.clone(), i.language.clone(), i.track.clone()), i)).collect();
    let mut result = Imported::default();
    let mut marks = Vec::new();
    for file in files {
        let bytes = read_regular(file, MAX_IMPORT_BYTES)?;
        let text = std::str::from_utf8(crate::spreadsheet::without_bom(&bytes)).map_err(|_| format!("{}: not UTF-8", file.display()))?;
        let header = text.lines().next().unwrap_or("");
        let delimiter = if header.matches(';').count() > header.matches(',').count() { b';' } else { b',' };
        let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).from_reader(text.as_bytes());
        let headers = reader.headers().map_err(|e| format!("{}: {e}", file.display()))?.clone();
        let column = |name: &str| headers.iter().position(|h| h.trim() == name);
        let positions: Vec<usize> = COLUMNS.iter().map(|c| column(c).ok_or_else(|| format!("{}: no `{c}` column (is this a review export?)", file.display()))).collect::<Result<_, _>>()?;
        let name = file.file_name().map_or_else(|| file.display().to_string(), |n| n.to_string_lossy().into_owned());
        for (row, record) in reader.records().enumerate() {
            let at = format!("{}:{}", file.display(), row + 2);
            let record = record.map_err(|e| format!("{at}: {e}"))?;
            // Comments as typed; the other cells without stray spaces.
            let get = |i: usize| {
                let raw = record.get(positions[i]).unwrap_or("");
                crate::spreadsheet::restore(if COLUMNS[i] == "comment" { raw } else { raw.trim() })
            };
            let (election, ballot, proof, language, track, _file, sha, verdict, reviewer, marked_at, comment) = (get(0), get(1), get(2), get(3), get(4), get(5), get(6), get(7), get(8), get(9), get(10));
            if election != manifest.election {
                return Err(format!("{at}: election `{election}`, not {}", manifest.election));
            }
            if verdict.is_empty() {
                result.unmarked += 1;
                continue;
            }
            if verdict != "ok" && verdict != "problem" {
                return Err(format!("{at}: verdict `{verdict}` is neither `ok` nor `problem`"));
            }
            if reviewer.is_empty() {
                return Err(format!("{at}: a mark needs its reviewer"));
            }
            if !is_utc_time(&marked_at) {
                return Err(format!("{at}: marked_at `{marked_at}` is not a UTC time as the review page writes it (YYYY-MM-DDTHH:MM:SSZ); was the file re-saved with another date format?"));
            }
            let Some(item) = items.get(&(ballot.clone(), language.clone(), track.clone())) else {
                result.outdated.push(format!("{at}: {ballot} {language} track {track} is not in the current build"));
                continue;
            };
            if !item.is_marked_by(&sha, &proof) {
                result.outdated.push(format!("{at}: {ballot} {language} track {track} was marked for other audio or an earlier version of the ballot (rebuilt since); mark it again"));
                continue;
            }
            marks.push(Mark { ballot, proof_id: proof, language, track, file: item.file.clone(), audio_sha256: sha, verdict, reviewer, marked_at, comment, imported_from: name.clone() });
        }
    }
    let path = log_path(folder)?;
    let dir = folder.join(super::REVIEW_DIR);
    std::fs::create_dir_all(&dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let mut text = String::new();
    for mark in &marks {
        text.push_str(&serde_json::to_string(mark).map_err(|e| e.to_string())?);
        text.push('\n');
    }
    // Append-only: one write of whole lines, on a line of their own even if an
    // earlier append was cut short.
    let ends_cleanly = std::fs::read(&path).map_or(true, |b| b.is_empty() || b.ends_with(b"\n"));
    if !ends_cleanly {
        text.insert(0, '\n');
    }
    // Never through a link made since the check above.
    use std::os::unix::fs::OpenOptionsExt as _;
    let mut log = std::fs::OpenOptions::new().create(true).append(true).custom_flags(libc::O_NOFOLLOW).open(&path).map_err(|e| format!("cannot open {}: {e}", path.display()))?;
    log.write_all(text.as_bytes()).and_then(|()| log.sync_all()).map_err(|e| format!("cannot append to {}: {e}", path.display()))?;
    result.applied = marks.len();
    Ok(result)
}

/// The merged marks the review page shows: the latest of each track, as JSON.
pub fn page_data(marks: &[Mark]) -> serde_json::Value {
    serde_json::Value::Array(latest(marks).into_values().map(|m| serde_json::json!({
        "ballot": m.ballot, "language": m.language, "track": m.track, "sha": m.audio_sha256, "proof": m.proof_id,
        "verdict": m.verdict, "reviewer": m.reviewer, "at": m.marked_at, "comment": m.comment,
    })).collect())
}


#[cfg(test)]
mod tests {
    use super::{is_utc_time, BallotStatus};

    #[test]
    fn only_the_pages_time_format_is_accepted() {
        assert!(is_utc_time("2026-11-22T10:00:00Z"));
        for bad in ["11/22/2026 10:00", "2026-11-22 10:00:00", "2026-11-22T10:00:00+05:00", "2026-11-22T10:00:00.000Z", ""] {
            assert!(!is_utc_time(bad), "{bad}");
        }
    }

    #[test]
    fn a_ballot_is_signed_off_only_with_its_tracks_and_every_whole_ballot_ok() {
        let mut s = BallotStatus::default();
        assert!(!s.signed_off(), "nothing reviewed");
        s.ok = 3;
        s.languages = ["kk".to_owned(), "ru".to_owned()].into();
        s.whole.insert("kk".into(), "ok");
        assert!(!s.signed_off(), "the ru whole ballot has no verdict");
        s.whole.insert("ru".into(), "ok");
        assert!(s.signed_off());
        s.outdated = 1;
        assert!(!s.signed_off());
    }
}
