//! `ballot-access package OUT/ELECTION --to DIR`: delivery zips for print
//! shops. One zip per election (or per region with `--by-region`) holding the
//! materials of the included ballots exactly as the manifest records them
//! (each file's SHA-256 is checked first: a file changed since the build
//! stops the package), the print plan's and the manifest's entries for those
//! ballots, and a `SHA256SUMS` that `sha256sum -c` checks. Never the clip
//! cache, the previews or the review data. Deterministic: entries sorted, one
//! fixed timestamp (`SOURCE_DATE_EPOCH`, else 1980-01-01), fixed permissions,
//! so the same build gives byte-identical zips.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::definition::filter::glob_match;
use crate::util::hash::sha256_hex;
use crate::i18n::{Locale, Message};
use crate::output::manifest::{Manifest, MANIFEST_FILE};
use crate::msg;
use crate::deliver::print_plan::{PRINT_PLAN_CSV, PRINT_PLAN_PDF};

/// Why an election was not packaged; nothing was written.
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
#[error("{}", crate::i18n::english(self))]
pub enum PackageError {
    /// The manifest or the sign-off log could not be read (their own words).
    Unreadable(Message),
    /// `--only` matches no ballot of the election.
    NoMatch { election: String, glob: String },
    /// The election has no ballots.
    NoBallots { election: String },
    /// `--signed-only`, and none of the selected ballots is signed off.
    NoneSignedOff { ballots: Vec<String> },
    /// Ballots not signed off, without `--unsigned`.
    Unsigned { ballots: Vec<String> },
    /// The manifest names an output outside its ballots' folders (edited by hand).
    OutputOutside { manifest: PathBuf, output: String },
    /// The manifest does not record a print-plan file.
    PlanNotRecorded { manifest: PathBuf, file: String },
    /// A file is not what its build recorded.
    ChangedSinceBuild { path: PathBuf },
    /// A file cannot be read or written.
    File(Message),
    /// The print plan's rows cannot be read.
    PlanUnreadable { error: String },
    /// The print plan has no ballot column.
    PlanNoColumn,
    /// A zip's name is longer than a file name may be.
    ZipNameTooLong { path: PathBuf },
    /// A table or a zip could not be made in memory (a bug).
    Bug(Message),
}

impl crate::i18n::Explain for PackageError {
    fn message(&self) -> Message {
        match self {
            PackageError::Unreadable(message) | PackageError::File(message) | PackageError::Bug(message) => message.clone(),
            PackageError::NoMatch { election, glob } => msg!("plan-package-no-match", election = election, glob = glob),
            PackageError::NoBallots { election } => msg!("plan-package-no-ballots", election = election),
            PackageError::NoneSignedOff { ballots } => msg!("plan-package-none-signed-off", ballots = ballots.join(", ")),
            PackageError::Unsigned { ballots } => msg!("plan-package-unsigned", count = ballots.len(), ballots = ballots.join(", ")),
            PackageError::OutputOutside { manifest, output } => msg!("plan-package-output-outside", manifest = manifest, output = output),
            PackageError::PlanNotRecorded { manifest, file } => msg!("plan-package-plan-not-recorded", manifest = manifest, file = file),
            PackageError::ChangedSinceBuild { path } => msg!("plan-package-changed-since-build", path = path),
            PackageError::PlanUnreadable { error } => msg!("plan-package-plan-unreadable", file = PRINT_PLAN_CSV, error = error),
            PackageError::PlanNoColumn => msg!("plan-package-plan-no-column", file = PRINT_PLAN_CSV, column = crate::deliver::print_plan::BALLOT_COLUMN),
            PackageError::ZipNameTooLong { path } => msg!("plan-package-zip-name-too-long", path = path),
        }
    }

    fn hint(&self) -> Option<Message> {
        match self {
            PackageError::NoneSignedOff { .. } => Some(msg!("plan-package-review-status-hint")),
            PackageError::Unsigned { ballots } => Some(msg!("plan-package-unsigned-hint", count = ballots.len())),
            PackageError::OutputOutside { .. } | PackageError::PlanNotRecorded { .. } | PackageError::ChangedSinceBuild { .. } | PackageError::PlanUnreadable { .. } | PackageError::PlanNoColumn => {
                Some(msg!("plan-package-build-again-hint"))
            }
            PackageError::Bug(_) => Some(msg!("error-bug-hint")),
            PackageError::Unreadable(_) | PackageError::File(_) | PackageError::NoMatch { .. } | PackageError::NoBallots { .. } | PackageError::ZipNameTooLong { .. } => None,
        }
    }
}

/// What to package.
#[derive(Clone, Debug)]
pub struct PackageOptions {
    /// Where the zips go.
    pub to: PathBuf,
    /// Only ballots whose id matches this glob.
    pub only: Option<String>,
    /// One zip per region instead of one per election.
    pub by_region: bool,
    /// Package ballots without QA sign-off (required once sign-off exists).
    pub unsigned: bool,
    /// Package only the signed-off ballots; the others are left out and named.
    pub signed_only: bool,
    /// Timestamp of every entry, seconds since 1970 (`SOURCE_DATE_EPOCH`).
    pub source_date_epoch: Option<i64>,
}

/// A zip that was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Written {
    /// Its path.
    pub path: PathBuf,
    /// Ballots in it.
    pub ballots: usize,
    /// Files in it.
    pub files: usize,
}

/// Whether a manifest output is a deliverable (not a preview or review data).
fn is_deliverable(path: &str) -> bool {
    let inside = path.split_once('/').map_or(path, |(_, rest)| rest);
    !inside.starts_with("preview/") && inside != crate::review::REVIEW_DATA_FILE
}

/// Bytes of a region's part of a zip's name at most: file names on common
/// file systems hold 255 bytes, and Cyrillic letters take two.
const MAX_FILE_PART_BYTES: usize = 120;

/// A region's name as a file-name part: its letters and digits, other runs as
/// `-`; a long name is cut and ends with a hash of the whole, so two long
/// names sharing a beginning still get their own zips.
fn file_part(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let mut out = out.trim_end_matches('-').to_owned();
    if out.len() > MAX_FILE_PART_BYTES {
        let hash = &sha256_hex(name)[..8];
        let mut cut = MAX_FILE_PART_BYTES - hash.len() - 1;
        while !out.is_char_boundary(cut) {
            cut -= 1;
        }
        out = format!("{}-{hash}", out[..cut].trim_end_matches('-'));
    }
    if out.is_empty() { "no-region".to_owned() } else { out }
}

/// Whether a path from the manifest is safe to read below the election's
/// folder and to name a zip entry: relative, `/`-separated, no empty, `.`
/// or `..` part, no backslash, drive or control character, and inside a
/// ballot's folder of the manifest.
fn is_safe_entry(path: &str, ballot_ids: &std::collections::HashSet<&str>) -> bool {
    let parts: Vec<&str> = path.split('/').collect();
    parts.len() >= 2
        && ballot_ids.contains(parts[0])
        && parts.iter().all(|p| !p.is_empty() && *p != "." && *p != ".." && !p.contains(['\\', ':']) && !p.chars().any(char::is_control))
}

/// Writes the delivery zips of the election in `folder`; also returns the
/// ballots left out with `--signed-only`.
pub fn package(folder: &Path, options: &PackageOptions) -> Result<(Vec<Written>, Vec<String>), PackageError> {
    let manifest = Manifest::read_election(folder).map_err(PackageError::Unreadable)?;
    let mut selected: Vec<_> = manifest.ballots.iter().filter(|b| options.only.as_deref().is_none_or(|g| glob_match(g, &b.id))).collect();
    if selected.is_empty() {
        return Err(match &options.only {
            Some(glob) => PackageError::NoMatch { election: manifest.election.clone(), glob: glob.clone() },
            None => PackageError::NoBallots { election: manifest.election.clone() },
        });
    }
    // QA sign-off: an unsigned ballot ships only with --unsigned, and then says so.
    let marks = crate::review::signoff::read_log(folder).map_err(PackageError::Unreadable)?;
    let statuses = crate::review::signoff::status(folder, &manifest, &marks);
    let is_signed = |id: &str| statuses.get(id).is_some_and(|s| s.signed_off());
    let mut left_out = Vec::new();
    if options.signed_only {
        left_out = selected.iter().filter(|b| !is_signed(&b.id)).map(|b| b.id.clone()).collect();
        selected.retain(|b| is_signed(&b.id));
        if selected.is_empty() {
            return Err(PackageError::NoneSignedOff { ballots: left_out });
        }
    }
    let unsigned: Vec<&str> = selected.iter().filter(|b| !is_signed(&b.id)).map(|b| b.id.as_str()).collect();
    if !unsigned.is_empty() && !options.unsigned {
        return Err(PackageError::Unsigned { ballots: unsigned.iter().map(|id| (*id).to_owned()).collect() });
    }
    // Groups: one per region (first language's name), or the whole election.
    let first = manifest.languages().first().map(|l| l.code().to_owned()).unwrap_or_default();
    let mut groups: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for ballot in &selected {
        let name = if options.by_region {
            format!("{}-{}", manifest.election, file_part(ballot.region.get(&first).map_or("", String::as_str)))
        } else {
            manifest.election.clone()
        };
        groups.entry(name).or_default().push(ballot.id.as_str());
    }
    // A hand-edited manifest must not name files outside the build, nor zip
    // entries that unpack elsewhere (`../../x`): every name is checked first.
    let ids: std::collections::HashSet<&str> = manifest.ballots.iter().map(|b| b.id.as_str()).filter(|id| crate::definition::validate::is_valid_ballot_id(id)).collect();
    if let Some(bad) = manifest.outputs.iter().find(|o| !is_safe_entry(&o.path, &ids)) {
        return Err(PackageError::OutputOutside { manifest: folder.join(MANIFEST_FILE), output: format!("{:?}", bad.path) });
    }
    let outputs = manifest.outputs_by_ballot();
    let deliverables = |ids: &[&str]| ids.iter().flat_map(|id| outputs.get(id).into_iter().flatten()).filter(|o| is_deliverable(&o.path)).copied().collect::<Vec<_>>();
    // Every file is checked before any zip is written: a changed file stops
    // them all. Then one zip at a time, so memory holds one region, not the country.
    for output in selected.iter().flat_map(|b| deliverables(&[b.id.as_str()])) {
        read_as_built(folder, output)?;
    }
    // The print plan as its build recorded it: an edited, swapped or deleted
    // plan stops the package too.
    let plan_file = |name: &str| -> Result<Vec<u8>, PackageError> {
        let entry = manifest.print_plan.iter().find(|o| o.path == name).ok_or_else(|| PackageError::PlanNotRecorded { manifest: folder.join(MANIFEST_FILE), file: name.to_owned() })?;
        read_as_built(folder, entry)
    };
    let (plan, sheet) = (plan_file(PRINT_PLAN_CSV)?, plan_file(PRINT_PLAN_PDF)?);
    // Every zip's name is checked before the first is written.
    let paths: Vec<PathBuf> = groups.keys().map(|name| options.to.join(format!("{name}.zip"))).collect();
    if let Some(long) = paths.iter().find(|p| p.file_name().is_some_and(|n| n.len() > 255)) {
        return Err(PackageError::ZipNameTooLong { path: long.clone() });
    }
    // Each zip's manifest: the election's facts with only its ballots.
    let facts = Manifest { ballots: Vec::new(), outputs: Vec::new(), print_plan: Vec::new(), ..manifest.clone() };
    let mut written = Vec::new();
    for ((_, ids), path) in groups.iter().zip(paths) {
        let mut entries: BTreeMap<String, Vec<u8>> = BTreeMap::new();
        for output in deliverables(ids) {
            entries.insert(output.path.clone(), read_as_built(folder, output)?);
        }
        let mut part = Manifest {
            ballots: manifest.ballots.iter().filter(|b| ids.contains(&b.id.as_str())).cloned().collect(),
            outputs: ids.iter().flat_map(|id| outputs.get(id).into_iter().flatten()).map(|o| (*o).clone()).collect(),
            ..facts.clone()
        };
        entries.insert(MANIFEST_FILE.to_owned(), part.to_json());
        let not_signed: Vec<&str> = ids.iter().copied().filter(|id| unsigned.contains(id)).collect();
        entries.insert(PRINT_PLAN_CSV.to_owned(), plan_rows(&plan, ids, &not_signed)?);
        if !not_signed.is_empty() {
            entries.insert("NOT-SIGNED-OFF.txt".to_owned(), not_signed_off_note(&not_signed).into_bytes());
        }
        entries.insert(SIGNOFF_FILE.to_owned(), signoff_record(&statuses, ids)?);
        // The job sheet's totals are the whole election's: it goes in whole.
        entries.insert(PRINT_PLAN_PDF.to_owned(), sheet.clone());
        let sums: String = entries.iter().map(|(path, bytes)| format!("{}  {path}\n", sha256_hex(bytes))).collect();
        entries.insert("SHA256SUMS".to_owned(), sums.into_bytes());
        crate::util::write::write_atomic(&path, &zip(&entries, options.source_date_epoch)?).map_err(|e| PackageError::File(msg!("plan-cannot-write", path = &path, error = e.to_string())))?;
        written.push(Written { path, ballots: ids.len(), files: entries.len() });
    }
    Ok((written, left_out))
}

/// The record in every package of who signed off each ballot and when.
const SIGNOFF_FILE: &str = "signoff.csv";

/// `NOT-SIGNED-OFF.txt`: the warning in Kazakh, Russian and English (the
/// package knows no language of its readers), then the ballots, one a line.
fn not_signed_off_note(ballots: &[&str]) -> String {
    let mut text: String = [Locale::Kk, Locale::Ru, Locale::En].iter().map(|&l| msg!("plan-package-not-signed-off-note").render(l) + "\n").collect();
    text.push('\n');
    for id in ballots {
        text.push_str(id);
        text.push('\n');
    }
    text
}

/// A table that could not be written in memory (a bug, not the user's doing).
fn table_error(file: &str, error: &dyn std::fmt::Display) -> PackageError {
    PackageError::Bug(msg!("plan-cannot-write", path = file, error = error.to_string()))
}

/// `signoff.csv`: per ballot, whether it is signed off, the reviewers whose
/// counting marks sign it off, and the latest of their times.
fn signoff_record(statuses: &BTreeMap<String, crate::review::signoff::BallotStatus>, ids: &[&str]) -> Result<Vec<u8>, PackageError> {
    let failed = |e: &dyn std::fmt::Display| table_error(SIGNOFF_FILE, e);
    let mut writer = crate::util::spreadsheet::writer();
    writer.write_record(["ballot", "signed_off", "reviewers", "last_mark_at"]).map_err(|e| failed(&e))?;
    for id in ids {
        let status = statuses.get(*id);
        let signed = status.is_some_and(|s| s.signed_off());
        let (reviewers, last) = status.map(|s| (s.reviewers.iter().cloned().collect::<Vec<_>>().join(", "), s.last_mark_at.clone())).unwrap_or_default();
        writer.write_record([*id, if signed { "yes" } else { "NO" }, &reviewers, &last]).map_err(|e| failed(&e))?;
    }
    writer.into_inner().map_err(|e| failed(&e))
}

/// An output's bytes, if they are still what its build recorded.
fn read_as_built(folder: &Path, output: &crate::output::manifest::OutputEntry) -> Result<Vec<u8>, PackageError> {
    let path = folder.join(&output.path);
    let bytes = std::fs::read(&path).map_err(|e| PackageError::File(msg!("plan-cannot-read", path = &path, error = e.to_string())))?;
    if crate::output::manifest::Digest::of(&bytes) != output.sha256 {
        return Err(PackageError::ChangedSinceBuild { path });
    }
    Ok(bytes)
}

/// The print plan's header and the rows of these ballots, in the same format,
/// with a last column `signed_off` (`yes`, or `NO` for `not_signed`).
fn plan_rows(plan: &[u8], ids: &[&str], not_signed: &[&str]) -> Result<Vec<u8>, PackageError> {
    let unreadable = |error: String| PackageError::PlanUnreadable { error };
    let mut reader = csv::ReaderBuilder::new().delimiter(b';').from_reader(crate::util::spreadsheet::without_bom(plan));
    let header = reader.headers().map_err(|e| unreadable(e.to_string()))?.clone();
    // The ballot's column found by its name, wherever the plan's format puts it.
    let column = header.iter().position(|name| name == crate::deliver::print_plan::BALLOT_COLUMN).ok_or(PackageError::PlanNoColumn)?;
    let mut writer = crate::util::spreadsheet::writer();
    writer.write_record(header.iter().chain(["signed_off"])).map_err(|e| table_error(PRINT_PLAN_CSV, &e))?;
    for record in reader.records() {
        let record = record.map_err(|e| unreadable(e.to_string()))?;
        let ballot = record.get(column).unwrap_or("");
        if ids.contains(&ballot) {
            let mark = if not_signed.contains(&ballot) { "NO" } else { "yes" };
            writer.write_record(record.iter().chain([mark])).map_err(|e| table_error(PRINT_PLAN_CSV, &e))?;
        }
    }
    writer.into_inner().map_err(|e| table_error(PRINT_PLAN_CSV, &e))
}

/// A zip of `entries` (sorted by name), every entry with one timestamp.
fn zip(entries: &BTreeMap<String, Vec<u8>>, source_date_epoch: Option<i64>) -> Result<Vec<u8>, PackageError> {
    use zip::write::SimpleFileOptions;
    let time = match source_date_epoch {
        Some(epoch) => {
            let t = crate::draw::pdf::date_parts(epoch);
            zip::DateTime::from_date_and_time(t.0.clamp(1980, 2107) as u16, t.1, t.2, t.3, t.4, t.5).unwrap_or_default()
        }
        None => zip::DateTime::default(),
    };
    let options = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated).last_modified_time(time).unix_permissions(0o644);
    let mut writer = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let failed = |e: &dyn std::fmt::Display| PackageError::Bug(msg!("plan-package-zip-failed", error = e.to_string()));
    for (name, bytes) in entries {
        writer.start_file(name.as_str(), options).map_err(|e| failed(&e))?;
        writer.write_all(bytes).map_err(|e| failed(&e))?;
    }
    Ok(writer.finish().map_err(|e| failed(&e))?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::{file_part, plan_rows};

    #[test]
    fn a_package_picks_its_ballots_plan_rows_by_the_ballot_column_name() {
        // The ballot's column is found by name: here it is not the second.
        let plan = "\u{feff}region;material;ballot\nA;stencil;b-1\nA;audio;b-2\nB;stencil;b-3\n";
        let rows = String::from_utf8(plan_rows(plan.as_bytes(), &["b-2", "b-3"], &["b-3"]).unwrap()).unwrap();
        let lines: Vec<&str> = rows.trim_start_matches('\u{feff}').lines().collect();
        assert_eq!(lines, ["region;material;ballot;signed_off", "A;audio;b-2;yes", "B;stencil;b-3;NO"]);
        let error = plan_rows(b"region;material\nA;stencil\n", &["b-1"], &[]).unwrap_err();
        assert_eq!(error, super::PackageError::PlanNoColumn);
        assert!(error.to_string().contains("has no column `ballot`"), "{error}");
    }

    #[test]
    fn package_errors_keep_their_hint_apart_in_every_language() {
        use crate::i18n::{Explain, Locale};
        let error = super::PackageError::Unsigned { ballots: vec!["b-1".into(), "b-2".into()] };
        assert_eq!(error.to_string(), "2 ballots not signed off by QA: b-1, b-2");
        let hint = error.hint().expect("a hint");
        assert!(hint.render(Locale::En).contains("pass --unsigned to package them"), "{}", hint.render(Locale::En));
        for locale in [Locale::Kk, Locale::Ru] {
            let (said, how) = (error.message().render(locale), hint.render(locale));
            assert!(said.contains("b-1, b-2") && !said.contains("--unsigned") && how.contains("--unsigned"), "{locale:?}: {said} / {how}");
        }
        let changed = super::PackageError::ChangedSinceBuild { path: "e/b/stencil-kk.pdf".into() };
        assert!(!changed.to_string().contains("build"), "{changed}");
        assert!(changed.hint().expect("a hint").render(Locale::En).contains("build the election again"));
    }

    #[test]
    fn region_names_make_file_names() {
        assert_eq!(file_part("Жамбыл облысы"), "жамбыл-облысы");
        assert_eq!(file_part("г. Алматы / центр"), "г-алматы-центр");
        assert_eq!(file_part(""), "no-region");
        assert_eq!(file_part("../.."), "no-region");
        // A long name is cut to fit a file name, and keeps a hash of the whole.
        let long = "Қ".repeat(247);
        let part = file_part(&long);
        assert!(part.len() <= super::MAX_FILE_PART_BYTES && part.starts_with("ққ"), "{part}");
        assert_ne!(part, file_part(&format!("{long}а")));
    }

    #[test]
    fn only_paths_inside_a_ballots_folder_are_entries() {
        let ids = ["zhambyl-15"].into_iter().collect();
        assert!(super::is_safe_entry("zhambyl-15/audio/kk/ballot.mp3", &ids));
        for bad in ["../../etc/passwd", "zhambyl-15/../../x", "/zhambyl-15/a", "zhambyl-15", "zhambyl-15//a", "zhambyl-15/./a", "other/a.pdf", "zhambyl-15/a\\..\\b", "zhambyl-15/c:x", "zhambyl-15/a\nb"] {
            assert!(!super::is_safe_entry(bad, &ids), "{bad}");
        }
    }
}
