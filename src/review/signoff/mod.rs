//! QA sign-off: reviewers' exported marks merged into an append-only log
//! (`review/signoff-log.jsonl` in the election's output folder), and each
//! ballot's status against the current build. A mark counts only for what was
//! heard and what it should say: the audio file's SHA-256 and its transcript
//! line's, so fixing one name asks again only for the tracks whose audio or
//! text changed. Marks are read in the log's order, never by the time a
//! reviewer's clock claims. A `problem` stands until the track's audio or text
//! changes or someone logs `resolved` with a comment; a later `ok` does not
//! clear it. An `ok` for a track not played to its end does not count. A
//! ballot is signed off when every track and the whole ballot (`ballot.mp3`),
//! in every language, have a counting `ok` and no open problem.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::i18n::Message;
use crate::output::manifest::Manifest;
use crate::msg;

mod import;
mod page;
mod status;

pub use import::{import, Imported};
pub use page::PageData;
pub use status::{progress, state, status, statuses_of, BallotStatus, PhraseProgress, State};
use status::{by_track, statuses};

/// The log, inside the review folder.
pub const LOG_FILE: &str = "signoff-log.jsonl";
/// The track name of the whole ballot.
pub const WHOLE_BALLOT: &str = "ballot";
/// The columns of a reviewer's export, in order.
pub const COLUMNS: [&str; 13] = ["election", "ballot", "proof_id", "language", "track", "file", "audio_sha256", "verdict", "reviewer", "marked_at", "comment", "played", "text_sha256"];
/// The verdicts a mark may give: `resolved` closes the problems logged before it.
pub const VERDICTS: [&str; 3] = ["ok", "problem", "resolved"];
/// How far in the future of this machine's clock a mark's time may be (clocks differ a little).
const FUTURE_SLACK_SECONDS: i64 = 5 * 60;

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
    /// Whether the reviewer played the track to its end (an `ok` counts only then).
    #[serde(default)]
    pub played: bool,
    /// SHA-256 of the transcript line the audio was compared with.
    #[serde(default)]
    pub text_sha256: String,
}

impl Mark {
    /// What makes two marks the same mark (importing a file twice appends nothing).
    fn identity(&self) -> impl Eq + std::hash::Hash + '_ {
        (&self.ballot, &self.language, &self.track, &self.audio_sha256, &self.text_sha256, &self.verdict, &self.reviewer, &self.marked_at, &self.comment, self.played)
    }

    /// The rules every mark keeps, in an import and in the log alike; `now`
    /// (at an import only) also refuses a time in the future of this clock.
    fn check(&self, now: Option<i64>) -> Result<(), Message> {
        if !VERDICTS.contains(&self.verdict.as_str()) {
            return Err(msg!("review-verdict-unknown", value = format!("{:?}", self.verdict)));
        }
        if !self.reviewer.chars().any(char::is_alphabetic) {
            return Err(msg!("review-reviewer-no-letter", value = format!("{:?}", self.reviewer)));
        }
        if self.verdict == "resolved" && !self.comment.chars().any(char::is_alphabetic) {
            return Err(msg!("review-resolved-needs-comment"));
        }
        let Some(at) = utc_seconds(&self.marked_at) else {
            return Err(msg!("review-time-unreadable", value = format!("{:?}", self.marked_at)));
        };
        if now.is_some_and(|now| at > now + FUTURE_SLACK_SECONDS) {
            return Err(msg!("review-time-in-future", value = &self.marked_at));
        }
        Ok(())
    }
}

/// Seconds since 1970 of this machine's clock.
fn now_seconds() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}

/// An audio file of the current build that needs a mark.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Item {
    /// Ballot id (empty for a phrase, which belongs to no one ballot).
    pub ballot: String,
    /// Language code.
    pub language: String,
    /// Track number, `ballot`, or a phrase's id (`phrase-…`).
    pub track: String,
    /// The file, relative to the election's output folder.
    pub file: String,
    /// Its SHA-256 in the manifest (a phrase: of its MP3 frames).
    pub sha256: String,
    /// The ballot's current proof id.
    pub proof_id: String,
    /// SHA-256 of its transcript line (of every line, for the whole ballot).
    pub text_sha256: String,
    /// Whether an OK counts only when played to its end: always, but for a
    /// whole ballot the build recorded as its tracks joined (then heard for
    /// order and completeness, not a second time in full).
    pub needs_play: bool,
    /// The phrases a track was joined from (the build recorded where each
    /// lies in its file): OK for every one of them is OK for the track.
    pub phrases: Vec<PhraseRef>,
}

impl Item {
    /// Whether a mark given to this audio (`sha`) against this text (`text`) counts for it.
    fn is_marked_by(&self, sha: &str, text: &str) -> bool {
        sha == self.sha256 && text == self.text_sha256
    }
}

/// A phrase of a track: its id and what a verdict on it must be bound to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhraseRef {
    /// `phrase-` and 16 hex digits of its audio's and text's hashes.
    pub id: String,
    /// SHA-256 of its MP3 frames.
    pub sha256: String,
    /// SHA-256 of its written text.
    pub text_sha256: String,
}

/// The text hash of a track whose review data is missing or not the build's: matches no mark.
const UNRECORDED: &str = "(unrecorded)";

/// The prefix of a phrase's id in a mark's `track` column.
pub const PHRASE_PREFIX: &str = "phrase-";
/// The folder of the phrases' audio, inside the review folder.
pub const PHRASE_DIR: &str = "phrases";

/// A phrase's id: one per language, audio and text, whatever ballots use it.
fn phrase_id(language: &str, sha256: &str, text_sha256: &str) -> String {
    format!("{PHRASE_PREFIX}{}", &crate::util::hash::sha256_hex(format!("{language}:{sha256}:{text_sha256}"))[..16])
}

/// One distinct phrase of the election's audio, reviewed once for every
/// track joined from it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhraseItem {
    /// What needs a mark (ballot empty, track its id, file its audio in the review folder).
    pub item: Item,
    /// The clause as written.
    pub text: String,
    /// Its length.
    pub milliseconds: u64,
    /// A track file holding its frames (relative to the election's folder), and where.
    pub source: (String, u64, u64),
    /// Tracks joined from it.
    pub uses: usize,
}

/// Every audio of the build that needs a mark: each ballot's tracks and
/// whole ballots, and the election's distinct phrases in the order they are
/// first heard (ballots by id).
#[derive(Clone, Debug, Default)]
pub struct Items {
    /// Tracks and whole ballots, by ballot.
    pub by_ballot: BTreeMap<String, Vec<Item>>,
    /// Distinct phrases.
    pub phrases: Vec<PhraseItem>,
}

impl Items {
    /// Every item, phrases last.
    fn all(&self) -> impl Iterator<Item = &Item> {
        self.by_ballot.values().flatten().chain(self.phrases.iter().map(|p| &p.item))
    }
}

/// What a ballot's review data says of its tracks by (language, track): the
/// transcript line's SHA-256 and the phrases; the whole ballot's (every line
/// of the language) under `ballot`.
type TrackFacts = BTreeMap<(String, String), (String, Vec<PhraseRef>)>;

/// What [`track_facts`] reads of a ballot's review data: its tracks (the
/// braille checks, audio checks and titles are skipped, not kept; the
/// fields are as strict as [`super::data::BallotReview`]'s).
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct TracksOnly<'a> {
    #[allow(dead_code)]
    braille_checks: serde::de::IgnoredAny,
    #[allow(dead_code)]
    audio_checks: serde::de::IgnoredAny,
    #[serde(borrow)]
    tracks: Vec<TrackView<'a>>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct TrackView<'a> {
    #[allow(dead_code)]
    title: serde::de::IgnoredAny,
    #[allow(dead_code)]
    milliseconds: serde::de::IgnoredAny,
    #[serde(borrow)]
    lang: std::borrow::Cow<'a, str>,
    number: usize,
    #[serde(borrow)]
    file: std::borrow::Cow<'a, str>,
    #[serde(borrow)]
    text: std::borrow::Cow<'a, str>,
    #[serde(default, borrow)]
    phrases: Vec<PhraseView<'a>>,
}

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct PhraseView<'a> {
    #[serde(borrow)]
    text: std::borrow::Cow<'a, str>,
    #[serde(borrow)]
    sha256: std::borrow::Cow<'a, str>,
    offset: u64,
    bytes: u64,
    milliseconds: u64,
}

/// A phrase a track says: one of the election's phrases already numbered
/// (by an earlier batch of ballots), or one met for the first time here.
enum Heard {
    Known(usize),
    New(Box<PhraseItem>),
}

/// The phrases numbered so far, by audio hash, then language and text (what
/// the phrase's id is made from), to their place in [`Items::phrases`].
type KnownPhrases = std::collections::HashMap<String, Vec<(String, String, usize)>>;

/// A ballot's [`TrackFacts`], and every phrase its tracks say in order
/// (each once used; those in `known` by their number, made again by no
/// one: a national election's tracks say half a million phrases, sixteen
/// thousand of them distinct). Review data that is not what the build
/// recorded (`recorded`, its SHA-256 in the manifest) counts as none: its
/// tracks' marks then match nothing.
fn track_facts(folder: &Path, ballot: &str, recorded: Option<&crate::util::hash::Digest>, verified: &crate::util::verified::Verified, known: &KnownPhrases, phrases: &[PhraseItem]) -> (TrackFacts, Vec<Heard>) {
    let path = folder.join(ballot).join(super::REVIEW_DATA_FILE);
    let bytes = recorded.and_then(|sha| verified.read_if_hash(&path, sha)).unwrap_or_default();
    let tracks = serde_json::from_slice::<TracksOnly>(&bytes).map(|r| r.tracks).unwrap_or_default();
    let mut whole: BTreeMap<&str, String> = BTreeMap::new();
    let mut facts = BTreeMap::new();
    let mut heard = Vec::new();
    for track in &tracks {
        let refs = track
            .phrases
            .iter()
            .map(|p| {
                let key = (track.lang.as_ref(), p.sha256.as_ref(), p.text.as_ref());
                if let Some(&at) = known_get(known, key) {
                    heard.push(Heard::Known(at));
                    let item = &phrases[at].item;
                    return PhraseRef { id: item.track.clone(), sha256: item.sha256.clone(), text_sha256: item.text_sha256.clone() };
                }
                let text_sha256 = crate::util::hash::sha256_hex(p.text.as_bytes());
                let id = phrase_id(&track.lang, &p.sha256, &text_sha256);
                let item = Item {
                    ballot: String::new(),
                    language: track.lang.to_string(),
                    track: id.clone(),
                    file: format!("{}/{PHRASE_DIR}/{}.mp3", super::REVIEW_DIR, p.sha256),
                    sha256: p.sha256.to_string(),
                    proof_id: String::new(),
                    text_sha256: text_sha256.clone(),
                    needs_play: true,
                    phrases: Vec::new(),
                };
                heard.push(Heard::New(Box::new(PhraseItem { item, text: p.text.to_string(), milliseconds: p.milliseconds, source: (format!("{ballot}/{}", track.file), p.offset, p.bytes), uses: 1 })));
                PhraseRef { id, sha256: p.sha256.to_string(), text_sha256 }
            })
            .collect();
        facts.insert((track.lang.to_string(), track.number.to_string()), (crate::util::hash::sha256_hex(track.text.as_bytes()), refs));
        let all = whole.entry(track.lang.as_ref()).or_default();
        all.push_str(&track.text);
        all.push('\n');
    }
    for (lang, text) in whole {
        facts.insert((lang.to_owned(), WHOLE_BALLOT.to_owned()), (crate::util::hash::sha256_hex(&text), Vec::new()));
    }
    (facts, heard)
}

/// A phrase's place among those numbered, looked up without copying its key.
fn known_get<'k>(known: &'k KnownPhrases, (lang, sha256, text): (&str, &str, &str)) -> Option<&'k usize> {
    known.get(sha256)?.iter().find(|(l, t, _)| l == lang && t == text).map(|(_, _, at)| at)
}

/// Whether the ballot's record says its `ballot.mp3` in `language` is every
/// track of that language (among `outputs`, the ballot's) joined in order.
fn joins_every_track(entry: Option<&crate::output::manifest::BallotEntry>, outputs: &[&crate::output::manifest::OutputEntry], language: &str) -> bool {
    let Some(entry) = entry else { return false };
    let folder = format!("audio/{language}/");
    let Some(parts) = entry.joins.get(&format!("{folder}{WHOLE_BALLOT}.mp3")) else { return false };
    let mut tracks: Vec<&str> = outputs
        .iter()
        .filter_map(|o| o.path.strip_prefix(&format!("{}/", entry.id)))
        .filter(|p| p.strip_prefix(&folder).is_some_and(|name| name.ends_with(".mp3") && name != "ballot.mp3"))
        .collect();
    // In track order (numbers may pass 99).
    tracks.sort_by_key(|p| p[folder.len()..].split('-').next().and_then(|n| n.parse::<u32>().ok()));
    !tracks.is_empty() && parts.iter().map(String::as_str).eq(tracks)
}

/// Every audio file of the build in `folder` that needs a mark.
pub fn items(folder: &Path, manifest: &Manifest) -> Items {
    let verified = crate::review::verified(folder, "review-data");
    let items = items_checked(folder, manifest, &verified);
    verified.save();
    items
}

fn items_checked(folder: &Path, manifest: &Manifest, verified: &crate::util::verified::Verified) -> Items {
    let entries: BTreeMap<&str, &crate::output::manifest::BallotEntry> = manifest.ballots.iter().map(|b| (b.id.as_str(), b)).collect();
    let entries: Vec<(&str, &crate::output::manifest::BallotEntry)> = entries.into_iter().collect();
    let outputs = manifest.outputs_by_ballot();
    let mut result = Items::default();
    let mut by_id: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut known = KnownPhrases::new();
    // Each ballot's items made in parallel (a national election has
    // thousands), a batch at a time so few are in memory at once; only the
    // phrases' numbering is in order.
    for batch in entries.chunks(REVIEWS_READ_AT_ONCE) {
        let made: Vec<(Vec<Item>, Vec<Heard>)> = {
            use rayon::prelude::*;
            let (known, phrases) = (&known, &result.phrases);
            batch.par_iter().map(|(ballot, entry)| items_of(folder, ballot, entry, outputs.get(ballot).map_or(&[][..], Vec::as_slice), verified, known, phrases)).collect()
        };
        // Ballots by id: the phrases in the order a reviewer meets them.
        for (&(ballot, _), (items, heard)) in batch.iter().zip(made) {
            for phrase in heard {
                let phrase = match phrase {
                    Heard::Known(at) => {
                        result.phrases[at].uses += 1;
                        continue;
                    }
                    Heard::New(phrase) => phrase,
                };
                match by_id.get(&phrase.item.track) {
                    Some(&at) => result.phrases[at].uses += 1,
                    None => {
                        let at = result.phrases.len();
                        by_id.insert(phrase.item.track.clone(), at);
                        known.entry(phrase.item.sha256.clone()).or_default().push((phrase.item.language.clone(), phrase.text.clone(), at));
                        result.phrases.push(*phrase);
                    }
                }
            }
            result.by_ballot.insert(ballot.to_owned(), items);
        }
    }
    result
}

/// Ballots whose items [`items`] makes at once (their review data is about 35 KB each).
const REVIEWS_READ_AT_ONCE: usize = 64;

/// A ballot's items (its tracks and whole ballots, among `ballot_outputs`)
/// from its review data, and every phrase its tracks say, in order.
fn items_of(folder: &Path, ballot: &str, entry: &crate::output::manifest::BallotEntry, ballot_outputs: &[&crate::output::manifest::OutputEntry], verified: &crate::util::verified::Verified, known: &KnownPhrases, phrases: &[PhraseItem]) -> (Vec<Item>, Vec<Heard>) {
    let review_data = format!("{ballot}/{}", super::REVIEW_DATA_FILE);
    let recorded = ballot_outputs.iter().find(|o| o.path == review_data).map(|o| &o.sha256);
    let (mut facts, heard) = track_facts(folder, ballot, recorded, verified, known, phrases);
    let audio = format!("{ballot}/audio/");
    let mut items = Vec::new();
    for output in ballot_outputs {
        let Some(rest) = output.path.strip_prefix(&audio) else { continue };
        let Some((language, name)) = rest.split_once('/') else { continue };
        let Some(stem) = name.strip_suffix(".mp3") else { continue };
        let track = if stem == WHOLE_BALLOT { WHOLE_BALLOT.to_owned() } else {
            match stem.split('-').next().and_then(|n| n.parse::<u32>().ok()) {
                Some(n) => n.to_string(),
                None => continue,
            }
        };
        // No recorded text (review data missing or not the build's): a value no mark can carry.
        let (text_sha256, phrases) = facts.remove(&(language.to_owned(), track.clone())).unwrap_or_else(|| (UNRECORDED.to_owned(), Vec::new()));
        let needs_play = track != WHOLE_BALLOT || !joins_every_track(Some(entry), ballot_outputs, language);
        items.push(Item { ballot: ballot.to_owned(), language: language.to_owned(), track, file: output.path.clone(), sha256: output.sha256.to_string(), proof_id: entry.proof_id.clone(), text_sha256, needs_play, phrases });
    }
    (items, heard)
}

/// Largest file `review import` reads: an export of a national election's
/// every track is tens of megabytes; anything larger is not one (`/dev/zero`).
const MAX_IMPORT_BYTES: u64 = 256 << 20;

/// The sign-off log's path, when neither it nor the review folder is a
/// symbolic link: the log is appended to, and must stay inside the build.
fn log_path(folder: &Path) -> Result<PathBuf, Message> {
    let dir = folder.join(super::REVIEW_DIR);
    let path = dir.join(LOG_FILE);
    for p in [&dir, &path] {
        if std::fs::symlink_metadata(p).is_ok_and(|m| m.file_type().is_symlink()) {
            return Err(msg!("review-log-is-link", path = p));
        }
    }
    Ok(path)
}

/// A regular file's bytes, up to `limit`: never a device, pipe or folder.
fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>, Message> {
    use std::io::Read as _;
    use std::os::unix::fs::OpenOptionsExt as _;
    let cannot_read = |e: std::io::Error| msg!("review-cannot-read", path = path, error = e.to_string());
    // Asked before opening too: opening a pipe waits for a writer.
    if !std::fs::metadata(path).map_err(cannot_read)?.is_file() {
        return Err(msg!("review-not-a-file", path = path));
    }
    let file = std::fs::OpenOptions::new().read(true).custom_flags(libc::O_NONBLOCK).open(path).map_err(cannot_read)?;
    if !file.metadata().is_ok_and(|m| m.is_file()) {
        return Err(msg!("review-not-a-file", path = path));
    }
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes).map_err(cannot_read)?;
    if bytes.len() as u64 > limit {
        return Err(msg!("review-file-too-large", path = path, size = limit >> 20));
    }
    Ok(bytes)
}

/// The log's marks, in the order they were appended, each checked with the
/// rules an import applies.
pub fn read_log(folder: &Path) -> Result<Vec<Mark>, Message> {
    let path = log_path(folder)?;
    let text = match std::fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(msg!("review-cannot-read", path = &path, error = e.to_string())),
    };
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| {
            let line = (i + 1).to_string();
            // What the parser says of a damaged line is no help to anyone reading it.
            let mark: Mark = serde_json::from_str(l).map_err(|_| msg!("review-log-line-damaged", path = &path, line = &line))?;
            // A time once accepted is not refused later (clocks differ): only at import.
            mark.check(None).map_err(|problem| msg!("review-at-line", path = &path, line = &line, problem = problem))?;
            Ok(mark)
        })
        .collect()
}

/// The log's marks for showing on the review page: a line that cannot be read
/// (an append cut short) is left out there; `status`, `import` and `package`
/// stop on it.
pub fn read_log_for_page(folder: &Path) -> Vec<Mark> {
    let path = folder.join(super::REVIEW_DIR).join(LOG_FILE);
    std::fs::read_to_string(path).unwrap_or_default().lines().filter_map(|l| serde_json::from_str(l).ok()).collect()
}

/// Seconds since 1970 of a real UTC time written `YYYY-MM-DDTHH:MM:SSZ`, the
/// only form the page writes; `None` for any other text or an impossible time.
fn utc_seconds(text: &str) -> Option<i64> {
    let b = text.as_bytes();
    let shape = b.len() == 20
        && b.iter().enumerate().all(|(i, &c)| match i {
            4 | 7 => c == b'-',
            10 => c == b'T',
            13 | 16 => c == b':',
            19 => c == b'Z',
            _ => c.is_ascii_digit(),
        });
    if !shape {
        return None;
    }
    let date = crate::model::Date::parse(&text[..10])?;
    let number = |from: usize| text[from..from + 2].parse::<i64>().ok();
    let (hour, minute, second) = (number(11)?, number(14)?, number(17)?);
    if hour > 23 || minute > 59 || second > 59 {
        return None;
    }
    // Days since 1970 (the civil-from-days inverse, proleptic Gregorian).
    let (y, m, d) = (i64::from(date.year) - i64::from(date.month <= 2), i64::from(date.month), i64::from(date.day));
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 + hour * 3600 + minute * 60 + second)
}

#[cfg(test)]
mod tests {
    use super::status::decide;
    use super::{utc_seconds, BallotStatus, Mark, State};

    #[test]
    fn only_real_utc_times_in_the_pages_format_are_accepted() {
        assert_eq!(utc_seconds("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(utc_seconds("2026-11-22T10:00:00Z"), Some(1_795_341_600));
        assert_eq!(utc_seconds("2000-03-01T00:00:01Z"), Some(951_868_801));
        for bad in ["11/22/2026 10:00", "2026-11-22 10:00:00", "2026-11-22T10:00:00+05:00", "2026-11-22T10:00:00.000Z", "", "2026-13-45T25:61:61Z", "2026-02-30T10:00:00Z", "2026-11-22T24:00:00Z", "2026-11-22T10:60:00Z"] {
            assert_eq!(utc_seconds(bad), None, "{bad}");
        }
    }

    fn mark(verdict: &str, played: bool, comment: &str) -> Mark {
        Mark { ballot: "b".into(), proof_id: String::new(), language: "kk".into(), track: "1".into(), file: String::new(), audio_sha256: "a".into(), verdict: verdict.into(), reviewer: "Айгүл".into(), marked_at: "2026-11-22T10:00:00Z".into(), comment: comment.into(), imported_from: String::new(), played, text_sha256: "t".into() }
    }

    #[test]
    fn a_problem_stands_until_resolved_and_an_unplayed_ok_does_not_count() {
        let (ok, unplayed, problem, resolved) = (mark("ok", true, ""), mark("ok", false, ""), mark("problem", true, "cut off"), mark("resolved", true, "heard again: fine"));
        let state = |marks: &[&Mark]| decide(marks.iter().copied(), true).0;
        assert_eq!(state(&[&ok]), State::Ok);
        assert_eq!(state(&[&unplayed]), State::NotPlayed);
        // A whole ballot recorded as its tracks joined is heard for order and completeness only.
        assert_eq!(decide([&unplayed].into_iter(), false).0, State::Ok);
        // A colleague's OK, before or after, does not clear a problem.
        assert_eq!(state(&[&problem, &ok]), State::Problem);
        assert_eq!(state(&[&ok, &problem]), State::Problem);
        // `resolved` closes it; only an OK given after the report then counts.
        assert_eq!(state(&[&ok, &problem, &resolved]), State::Unmarked);
        assert_eq!(state(&[&problem, &resolved, &ok]), State::Ok);
        assert_eq!(state(&[&problem, &resolved]), State::Unmarked);
        assert_eq!(state(&[&problem, &resolved, &problem]), State::Problem);
        // The rules every mark keeps.
        let now = utc_seconds("2026-11-22T10:00:00Z").unwrap();
        let now = Some(now);
        assert!(ok.check(now).is_ok());
        assert!(mark("resolved", true, " ").check(now).is_err(), "resolved needs a comment");
        assert!(mark("resolved", true, "²").check(now).is_err(), "resolved needs words");
        assert!(mark("fine", true, "").check(now).is_err());
        for name in ["", "\u{200B}\u{2060}", "'-", " ", "7"] {
            assert!(Mark { reviewer: name.into(), ..ok.clone() }.check(now).is_err(), "{name:?}");
        }
        assert!(Mark { marked_at: "2099-01-01T00:00:00Z".into(), ..ok.clone() }.check(now).is_err(), "in the future");
        assert!(Mark { marked_at: "2099-01-01T00:00:00Z".into(), ..ok.clone() }.check(None).is_ok(), "in the log: not refused later");
        assert!(Mark { marked_at: "2026-11-22T10:04:00Z".into(), ..ok.clone() }.check(now).is_ok(), "a clock a little ahead");
    }

    #[test]
    fn a_refused_mark_is_told_in_the_interface_language() {
        use crate::i18n::Locale;
        let now = utc_seconds("2026-11-22T10:00:00Z");
        let problem = mark("fine", true, "").check(now).unwrap_err();
        assert_eq!(problem.render(Locale::En), "verdict \"fine\" is not one of ok, problem, resolved");
        assert!(problem.render(Locale::Ru).starts_with("оценка \"fine\" не входит"), "{}", problem.render(Locale::Ru));
        let at = crate::msg!("review-at-line", path = "a.csv", line = "2", problem = super::import::row_what("b", "kk", "3", false));
        assert_eq!(at.render(Locale::Kk), "a.csv:2: b бюллетеніндегі № 3 трек (kk)");
        assert_eq!(super::import::row_what("b", "ru", "ballot", true).render(Locale::Ru), "весь бюллетень \"b\" (\"ru\")");
    }

    #[test]
    fn a_track_is_ok_by_its_phrases_and_a_problem_on_one_stands_on_it() {
        use super::{by_track, state, Item, PhraseRef};
        let phrase = |n: &str| PhraseRef { id: format!("phrase-{n}"), sha256: format!("audio-{n}"), text_sha256: format!("text-{n}") };
        let track = Item { ballot: "b".into(), language: "kk".into(), track: "1".into(), file: String::new(), sha256: "a".into(), proof_id: String::new(), text_sha256: "t".into(), needs_play: true, phrases: vec![phrase("1"), phrase("2")] };
        let on_phrase = |n: &str, verdict: &str, at: &str| Mark { ballot: String::new(), track: format!("phrase-{n}"), audio_sha256: format!("audio-{n}"), text_sha256: format!("text-{n}"), marked_at: at.into(), ..mark(verdict, true, "x") };
        let decided = |marks: &[Mark]| {
            let (state, by) = state(&track, &by_track(marks));
            (state, by.map(|m| m.track.clone()))
        };
        assert_eq!(decided(&[on_phrase("1", "ok", "2026-11-22T10:00:00Z")]), (State::Unmarked, None), "one phrase of two");
        let both = [on_phrase("1", "ok", "2026-11-22T10:00:00Z"), on_phrase("2", "ok", "2026-11-22T11:00:00Z")];
        assert_eq!(decided(&both), (State::Ok, Some("phrase-2".into())), "the latest phrase mark decides");
        // A phrase's mark for other audio does not count.
        let other = Mark { audio_sha256: "old".into(), ..both[1].clone() };
        assert_eq!(decided(&[both[0].clone(), other]).0, State::Unmarked);
        // A problem on a phrase stands whatever the track's own OK; the track's own problem stands whatever its phrases.
        let problem = on_phrase("2", "problem", "2026-11-22T12:00:00Z");
        assert_eq!(decided(&[mark("ok", true, ""), both[0].clone(), problem.clone()]), (State::Problem, Some("phrase-2".into())));
        assert_eq!(decided(&[both[0].clone(), both[1].clone(), mark("problem", true, "cut")]), (State::Problem, Some("1".into())));
        // Its own OK counts without its phrases.
        assert_eq!(decided(&[mark("ok", true, "")]), (State::Ok, Some("1".into())));
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
