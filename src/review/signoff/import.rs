//! `review import`: reviewers' exported CSV checked row by row and appended
//! to the sign-off log, all or nothing.

use std::io::Write as _;

use super::*;

/// What an import did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Imported {
    /// Marks appended to the log.
    pub applied: usize,
    /// Marks already in the log (the same file imported again): not appended twice.
    pub already: usize,
    /// Rows for audio or text that no longer matches the build: reported, not applied.
    pub outdated: Vec<Message>,
    /// Rows without a verdict (unreviewed tracks): nothing to apply.
    pub unmarked: usize,
}

/// An export's text: UTF-8 (a byte-order mark allowed); anything else is
/// named with its fix, and nothing of it is echoed.
fn export_text<'a>(file: &Path, bytes: &'a [u8]) -> Result<&'a str, Message> {
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(msg!("review-export-utf16", path = file));
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(msg!("review-export-zero-byte", path = file, at = at.to_string()));
    }
    std::str::from_utf8(crate::util::spreadsheet::without_bom(bytes)).map_err(|e| msg!("review-export-not-utf8", path = file, at = e.valid_up_to().to_string()))
}

/// A row's audio, named for a message: a track, a whole ballot or a phrase;
/// with `quoted`, its cells quoted as they are (they match nothing of the build).
pub(super) fn row_what(ballot: &str, language: &str, track: &str, quoted: bool) -> Message {
    let cell = |text: &str| if quoted { format!("{text:?}") } else { text.to_owned() };
    if track.starts_with(PHRASE_PREFIX) {
        msg!("review-what-phrase", language = cell(language), phrase = cell(track))
    } else if track == WHOLE_BALLOT {
        msg!("review-what-whole", ballot = cell(ballot), language = cell(language))
    } else {
        msg!("review-what-track", ballot = cell(ballot), language = cell(language), track = cell(track))
    }
}

/// Reads reviewers' CSV exports (`,` or `;`, with or without a BOM) and
/// appends their marks to the log. Every row is checked before anything is
/// appended: a file with a bad row, or two rows that disagree about one
/// track, changes nothing. Marks already in the log are not appended again.
pub fn import(folder: &Path, manifest: &Manifest, files: &[PathBuf]) -> Result<Imported, Message> {
    let items: BTreeMap<(String, String, String), Item> = items(folder, manifest).all().map(|i| ((i.ballot.clone(), i.language.clone(), i.track.clone()), i.clone())).collect();
    let logged = read_log(folder)?;
    let now = now_seconds();
    let mut result = Imported::default();
    let mut marks: Vec<Mark> = Vec::new();
    for file in files {
        let bytes = read_regular(file, MAX_IMPORT_BYTES)?;
        let text = export_text(file, &bytes)?;
        let header = text.lines().next().unwrap_or("");
        let delimiter = if header.matches(';').count() > header.matches(',').count() { b';' } else { b',' };
        let mut reader = csv::ReaderBuilder::new().delimiter(delimiter).flexible(true).from_reader(text.as_bytes());
        let headers = reader.headers().map_err(|e| msg!("review-export-header-unreadable", path = file, error = e.to_string()))?.clone();
        let column = |name: &str| headers.iter().position(|h| h.trim() == name);
        let positions: Vec<usize> = COLUMNS.iter().map(|c| column(c).ok_or_else(|| msg!("review-export-no-column", path = file, column = *c))).collect::<Result<_, _>>()?;
        let name = file.file_name().map_or_else(|| file.display().to_string(), |n| n.to_string_lossy().into_owned());
        // Within one file, one verdict per audio of a track: the row that gave it.
        // The five columns that name one audio of a track -> (line, verdict).
        type TrackAudio = (String, String, String, String, String);
        let mut given: BTreeMap<TrackAudio, (usize, String)> = BTreeMap::new();
        for (row, record) in reader.records().enumerate() {
            let line = row + 2;
            // A problem of this row, at its place in the file.
            let at = |problem: Message| msg!("review-at-line", path = file, line = line.to_string(), problem = problem);
            let record = record.map_err(|e| at(msg!("review-row-unreadable", error = e.to_string())))?;
            // A spreadsheet's trailing empty rows (`;;;;`) are not rows.
            if record.iter().all(|cell| cell.trim().is_empty()) {
                continue;
            }
            // Comments as typed; the other cells without stray spaces.
            let get = |i: usize| {
                let raw = record.get(positions[i]).unwrap_or("");
                crate::util::spreadsheet::restore(if COLUMNS[i] == "comment" { raw } else { raw.trim() })
            };
            let (election, ballot, proof, language, track, _file, sha, verdict, reviewer, marked_at, comment, played, text_sha) = (get(0), get(1), get(2), get(3), get(4), get(5), get(6), get(7), get(8), get(9), get(10), get(11), get(12));
            if election != manifest.election {
                return Err(at(msg!("review-row-other-election", value = format!("{election:?}"), election = format!("{:?}", manifest.election))));
            }
            if verdict.is_empty() {
                result.unmarked += 1;
                continue;
            }
            let played = match played.to_lowercase().as_str() {
                "yes" | "true" | "1" => true,
                "no" | "false" | "0" | "" => false,
                other => return Err(at(msg!("review-played-unknown", value = format!("{other:?}")))),
            };
            let Some(item) = items.get(&(ballot.clone(), language.clone(), track.clone())) else {
                if track.starts_with(PHRASE_PREFIX) && !ballot.is_empty() {
                    return Err(at(msg!("review-phrase-row-has-ballot", value = format!("{ballot:?}"))));
                }
                let what = row_what(&ballot, &language, &track, true);
                result.outdated.push(at(msg!("review-row-not-in-build", what = what)));
                continue;
            };
            let mark = Mark { ballot, proof_id: proof, language, track, file: item.file.clone(), audio_sha256: sha, verdict, reviewer, marked_at, comment, imported_from: name.clone(), played, text_sha256: text_sha };
            mark.check(Some(now)).map_err(at)?;
            let key = (mark.ballot.clone(), mark.language.clone(), mark.track.clone(), mark.audio_sha256.clone(), mark.text_sha256.clone());
            if let Some((first, verdict)) = given.get(&key) {
                if *verdict != mark.verdict {
                    let what = row_what(&mark.ballot, &mark.language, &mark.track, false);
                    return Err(msg!("review-rows-disagree", path = file, first = first.to_string(), second = line.to_string(), what = what, one = verdict, other = &mark.verdict));
                }
            } else {
                given.insert(key, (line, mark.verdict.clone()));
            }
            if !item.is_marked_by(&mark.audio_sha256, &mark.text_sha256) {
                result.outdated.push(at(msg!("review-row-rebuilt", what = row_what(&mark.ballot, &mark.language, &mark.track, false))));
                continue;
            }
            marks.push(mark);
        }
    }
    // Importing a file again, or two exports holding the same marks, appends each once.
    let mut known: std::collections::HashSet<_> = logged.iter().map(Mark::identity).collect();
    let before = marks.len();
    let mut fresh = Vec::new();
    for mark in &marks {
        if known.insert(mark.identity()) {
            fresh.push(mark);
        }
    }
    result.already = before - fresh.len();
    let path = log_path(folder)?;
    let dir = folder.join(crate::review::REVIEW_DIR);
    std::fs::create_dir_all(&dir).map_err(|e| msg!("review-cannot-create", path = &dir, error = e.to_string()))?;
    let mut text = String::new();
    for mark in &fresh {
        text.push_str(&serde_json::to_string(mark).map_err(|e| msg!("review-cannot-write", path = &path, error = e.to_string()))?);
        text.push('\n');
    }
    if !text.is_empty() {
        // Append-only: one write of whole lines, on a line of their own even if an
        // earlier append was cut short.
        let ends_cleanly = std::fs::read(&path).map_or(true, |b| b.is_empty() || b.ends_with(b"\n"));
        if !ends_cleanly {
            text.insert(0, '\n');
        }
        // Never through a link made since the check above.
        use std::os::unix::fs::OpenOptionsExt as _;
        let mut log = std::fs::OpenOptions::new().create(true).append(true).custom_flags(libc::O_NOFOLLOW).open(&path).map_err(|e| msg!("review-cannot-write", path = &path, error = e.to_string()))?;
        log.write_all(text.as_bytes()).and_then(|()| log.sync_all()).map_err(|e| msg!("review-cannot-write", path = &path, error = e.to_string()))?;
    }
    result.applied = fresh.len();
    Ok(result)
}
