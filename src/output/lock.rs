//! One build at a time per election output folder, and the temporary files a
//! killed build left: found and removed by the next build.

use std::fs;
use std::path::{Path, PathBuf};

use crate::util::write::TEMP_PREFIX;

/// Temporary files a search found.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Leftovers {
    /// Removed: the process that made them is gone.
    pub removed: usize,
    /// Kept: a process with the id in their name is running.
    pub kept: usize,
}

impl std::ops::AddAssign for Leftovers {
    fn add_assign(&mut self, other: Leftovers) {
        self.removed += other.removed;
        self.kept += other.kept;
    }
}

/// Removes temporary files that a killed build left under `dir` (any depth);
/// files of builds still running (their process id is in the name) are kept.
pub fn remove_leftovers(dir: &Path) -> Leftovers {
    let mut found = Leftovers::default();
    let Ok(entries) = fs::read_dir(dir) else { return found };
    for entry in entries.flatten() {
        let path = entry.path();
        let Ok(kind) = entry.file_type() else { continue };
        if kind.is_dir() {
            found += remove_leftovers(&path);
        } else if let Some(rest) = entry.file_name().to_string_lossy().strip_prefix(TEMP_PREFIX) {
            let pid = rest.split('-').next().and_then(|p| p.parse::<u32>().ok());
            let running = pid.is_some_and(|p| p == std::process::id() || Path::new(&format!("/proc/{p}")).exists());
            if running {
                found.kept += 1;
            } else if fs::remove_file(&path).is_ok() {
                found.removed += 1;
            }
        }
    }
    found
}

/// Where the lock of an election's output folder is kept, with what a build
/// remembers of it: beside the elections, hidden, so it is never an output.
pub const LOCKS_DIR: &str = ".locks";

/// The file in [`LOCKS_DIR`] that says a build of `election` is under way or
/// was killed: it is made when a build starts and removed when it ends.
fn unfinished_marker(out: &Path, election: &str) -> PathBuf {
    out.join(LOCKS_DIR).join(format!("{election}.unfinished"))
}

/// A build of an election under way, marked in [`LOCKS_DIR`] until [`BuildMark::end`].
#[derive(Debug)]
pub struct BuildMark {
    marker: PathBuf,
    /// Temporary files of earlier runs found when it started.
    pub leftovers: Leftovers,
}

/// Marks a build of `election` (whose lock is held) as started, and removes
/// the temporary files an earlier build left when it was killed: in the
/// election's folder, the locks folder and the clip cache. Only after a build
/// that did not end are they searched: a national election's folder is
/// 120,000 files, too many to list on every rebuild. `always`, a small folder
/// that other commands write without a mark (the review pages, rewritten by
/// `review import`), is searched every time.
pub fn start_build(out: &Path, election: &str, cache: &Path, always: &Path) -> BuildMark {
    let marker = unfinished_marker(out, election);
    let killed_before = marker.exists();
    let marked = fs::create_dir_all(marker.parent().unwrap_or(out)).and_then(|()| fs::write(&marker, b""));
    // Unmarked (an unwritable locks folder), the next build cannot know: search now.
    let folders = if killed_before || marked.is_err() {
        vec![out.join(election), out.join(LOCKS_DIR), cache.to_path_buf()]
    } else {
        vec![always.to_path_buf()]
    };
    let mut leftovers = Leftovers::default();
    for folder in folders {
        leftovers += remove_leftovers(&folder);
    }
    BuildMark { marker, leftovers }
}

impl BuildMark {
    /// Marks the build as ended: every temporary file it made was renamed or
    /// removed. A search that kept another running process's files (or a
    /// reused process id's) leaves the mark, so the next build searches again.
    pub fn end(self) {
        if self.leftovers.kept == 0 {
            let _ = fs::remove_file(&self.marker);
        }
    }
}

/// Takes the lock on `out/<election>` (as cargo locks its build folder), so two
/// builds into one folder never interleave one's manifest with the other's
/// files. When another process holds it, calls `waiting` once and waits;
/// where the file system has no locks, calls `unlockable` and goes on.
/// The lock is released when the returned file is dropped or the process ends.
pub fn lock_election(out: &Path, election: &str, waiting: impl FnOnce(), unlockable: impl FnOnce(&std::io::Error)) -> std::io::Result<fs::File> {
    let dir = out.join(LOCKS_DIR);
    fs::create_dir_all(&dir)?;
    let file = fs::OpenOptions::new().create(true).truncate(false).write(true).open(dir.join(format!("{election}.lock")))?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(fs::TryLockError::WouldBlock) => {
            waiting();
            file.lock()?;
            Ok(file)
        }
        // File systems without locks (some network mounts): go on unlocked, as cargo does.
        Err(fs::TryLockError::Error(e)) if e.kind() == std::io::ErrorKind::Unsupported || e.raw_os_error() == Some(37) => {
            unlockable(&e);
            Ok(file)
        }
        Err(fs::TryLockError::Error(e)) => Err(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn leftovers_are_searched_for_only_after_a_build_that_did_not_end() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path();
        let cache = out.join(".cache");
        let dead = |folder: &Path, name: &str| {
            let path = folder.join(format!("{TEMP_PREFIX}999999999-0-{name}"));
            fs::create_dir_all(folder).unwrap();
            fs::write(&path, b"half").unwrap();
            path
        };
        let in_ballot = dead(&out.join("e/ballot-1/audio"), "ballot.mp3");
        let in_cache = dead(&cache.join("clips"), "clip");
        // A first build finds no marker: only the review folder is searched.
        let in_review = dead(&out.join("e/review"), "index.html");
        let mark = start_build(out, "e", &cache, &out.join("e/review"));
        assert_eq!(mark.leftovers, Leftovers { removed: 1, kept: 0 });
        assert!(!in_review.exists() && in_ballot.exists() && in_cache.exists());
        mark.end();
        assert_eq!(start_build(out, "e", &cache, &out.join("e/review")).leftovers.removed, 0, "the last build ended");
        // Killed (not ended): the next build removes what it left, cache included.
        let mark = start_build(out, "e", &cache, &out.join("e/review"));
        assert_eq!(mark.leftovers.removed, 2);
        assert!(!in_ballot.exists() && !in_cache.exists());
        // Another running process's file is kept, and so is the mark: searched again next time.
        let running = out.join(format!("e/{TEMP_PREFIX}1-0-manifest.json"));
        fs::write(&running, b"").unwrap();
        mark.end();
        let mark = start_build(out, "e", &cache, &out.join("e/review"));
        assert_eq!(mark.leftovers, Leftovers { removed: 0, kept: 0 }, "the mark was cleared");
        drop(mark);
        let mark = start_build(out, "e", &cache, &out.join("e/review"));
        assert_eq!(mark.leftovers.kept, 1, "process 1 runs");
        mark.end();
        assert!(unfinished_marker(out, "e").exists());
    }
}
