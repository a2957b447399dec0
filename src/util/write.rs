//! Atomic file writes: a temporary file in the same folder, synced, then
//! renamed over the target, so a reader (or a print shop) never sees a
//! truncated file, even if the process is killed mid-write or the power fails.
//! (Finding the temporary files of a killed build, and locking an output
//! folder, are `output::lock`'s.)

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
}
