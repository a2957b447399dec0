//! Atomic file writes: a temporary file in the same folder, synced, then
//! renamed over the target, so a reader (or a print shop) never sees a
//! truncated file, even if the process is killed mid-write or the power fails.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Prefix of temporary files, so leftovers are recognisable.
pub const TEMP_PREFIX: &str = ".ballot-access-tmp-";

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// Writes `bytes` to `path` atomically, creating parent folders as needed.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_all_atomic(&[(path.to_path_buf(), bytes)]).map_err(|(_, e)| e)
}

/// Writes several files as one: every file goes to a temporary file first,
/// the temporary files are made durable together (one `syncfs` on Linux, as a
/// power cut must not leave a renamed file empty), and only then are they
/// renamed over their targets. A failure (a full disk, say) removes the
/// temporary files and replaces nothing; the error names the file that failed.
pub fn write_all_atomic(files: &[(PathBuf, &[u8])]) -> Result<(), (PathBuf, std::io::Error)> {
    write_files(files, true)
}

/// Writes `path` atomically as [`write_atomic`] does, its contents streamed
/// by `fill` into the temporary file: for files of many megabytes (a national
/// election's manifest) that need not be held in memory whole.
pub fn write_atomic_streamed(path: &Path, fill: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> std::io::Result<()> {
    let parent = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    fs::create_dir_all(parent)?;
    let temp = temp_path(parent, path);
    let result = (|| {
        let mut writer = std::io::BufWriter::new(fs::File::create(&temp)?);
        fill(&mut writer)?;
        let file = writer.into_inner().map_err(std::io::IntoInnerError::into_error)?;
        sync_together(std::slice::from_ref(&file)).map_err(|(_, e)| e)?;
        drop(file);
        fs::rename(&temp, path)
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
}

/// Writes a file atomically against a killed process (temporary file, then
/// rename), without waiting for the disk: for caches whose entries carry
/// their own checksum, so one torn by a power cut is found and remade.
pub fn write_atomic_unsynced(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_files(&[(path.to_path_buf(), bytes)], false).map_err(|(_, e)| e)
}

fn write_files(files: &[(PathBuf, &[u8])], durable: bool) -> Result<(), (PathBuf, std::io::Error)> {
    let mut temps: Vec<PathBuf> = Vec::with_capacity(files.len());
    let result = (|| {
        let mut opened = Vec::with_capacity(files.len());
        for (path, bytes) in files {
            let parent = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
            fs::create_dir_all(parent).map_err(|e| (path.clone(), e))?;
            let temp = temp_path(parent, path);
            temps.push(temp.clone());
            let file = (|| {
                let mut file = fs::File::create(&temp)?;
                file.write_all(bytes)?;
                Ok(file)
            })()
            .map_err(|e| (path.clone(), e))?;
            opened.push(file);
        }
        if durable {
            sync_together(&opened).map_err(|(i, e)| (files[i].0.clone(), e))?;
        }
        drop(opened);
        for ((path, _), temp) in files.iter().zip(&temps) {
            fs::rename(temp, path).map_err(|e| (path.clone(), e))?;
        }
        Ok(())
    })();
    if result.is_err() {
        for temp in &temps {
            let _ = fs::remove_file(temp);
        }
    }
    result
}

/// Makes written files durable: on Linux one `syncfs` for the file system
/// they share (a ballot's forty files cost one journal commit, not forty),
/// elsewhere `fsync` each. Returns the index of the file that failed.
fn sync_together(files: &[fs::File]) -> Result<(), (usize, std::io::Error)> {
    #[cfg(target_os = "linux")]
    {
        let mut devices: Vec<u64> = Vec::new();
        for (i, file) in files.iter().enumerate() {
            let device = std::os::unix::fs::MetadataExt::dev(&file.metadata().map_err(|e| (i, e))?);
            if devices.contains(&device) {
                continue;
            }
            devices.push(device);
            rustix::fs::syncfs(file).map_err(|e| (i, e.into()))?;
        }
        Ok(())
    }
    #[cfg(not(target_os = "linux"))]
    {
        files.iter().enumerate().try_for_each(|(i, f)| f.sync_all().map_err(|e| (i, e)))
    }
}

/// Checks that files can be created in `dir` (made if missing) by writing and
/// removing a temporary file there.
pub fn check_writable(dir: &Path) -> std::io::Result<()> {
    fs::create_dir_all(dir)?;
    let probe = temp_path(dir, Path::new("probe"));
    let result = fs::File::create(&probe).and_then(|mut f| f.write_all(b"probe"));
    let _ = fs::remove_file(&probe);
    result
}

fn temp_path(parent: &Path, target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    parent.join(format!("{TEMP_PREFIX}{}-{n}-{name}", std::process::id()))
}

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
    fn a_streamed_write_replaces_the_file_whole_or_not_at_all() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/manifest.json");
        write_atomic_streamed(&path, |out| out.write_all(b"first")).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"first");
        // A writer that fails half-way leaves the previous file and no temporary one.
        let failed = write_atomic_streamed(&path, |out| {
            out.write_all(&[b'x'; 100_000])?;
            Err(std::io::Error::other("serialising failed"))
        });
        assert!(failed.is_err());
        assert_eq!(fs::read(&path).unwrap(), b"first");
        assert_eq!(fs::read_dir(path.parent().unwrap()).unwrap().count(), 1, "no temporary file left");
        write_atomic_streamed(&path, |out| out.write_all(&[b'y'; 100_000])).unwrap();
        assert_eq!(fs::read(&path).unwrap(), vec![b'y'; 100_000]);
    }

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
