//! Files whose SHA-256 was checked, remembered by their metadata between
//! builds, as git's index does: a file whose size, inode, modification and
//! change times are what they were when its content was hashed still has that
//! content, so it is not read and hashed again. (Any write changes the change
//! time, which no program can set back.) A one-name rebuild of the country
//! otherwise reads and hashes 450 MB of review data and phrase audio.
//!
//! A stamp is remembered only when the file's change time was over a second
//! before it was taken: a write in the same clock tick as the hashing could
//! otherwise leave the stamp as it was (git's "racily clean" entries). A file
//! the build wrote itself is stamped when the record is saved, if it is over
//! a second old by then (as git, this trusts that nothing else writes into
//! the build's folder within the same clock tick as the build did).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use super::hash::Digest;

/// What identifies one version of a file's content on this file system.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Stamp {
    len: u64,
    device: u64,
    inode: u64,
    modified_ns: i128,
    changed_ns: i128,
}

impl Stamp {
    /// The stamp of the file at `path`, when it is a file.
    fn of(path: &Path) -> Option<Stamp> {
        Stamp::of_meta(&std::fs::metadata(path).ok()?)
    }

    fn of_meta(meta: &std::fs::Metadata) -> Option<Stamp> {
        use std::os::unix::fs::MetadataExt;
        let ns = |secs: i64, nanos: i64| i128::from(secs) * 1_000_000_000 + i128::from(nanos);
        meta.is_file().then(|| Stamp { len: meta.len(), device: meta.dev(), inode: meta.ino(), modified_ns: ns(meta.mtime(), meta.mtime_nsec()), changed_ns: ns(meta.ctime(), meta.ctime_nsec()) })
    }

    /// Whether the file was last changed over a second before `now` (ns since the epoch).
    fn settled(&self, now_ns: i128) -> bool {
        self.changed_ns + 1_000_000_000 < now_ns
    }
}

/// The hashes checked, with the stamps they were checked at; saved to one
/// record file (whose files are named relative to one folder).
pub(crate) struct Verified {
    record: PathBuf,
    root: PathBuf,
    known: HashMap<String, (Stamp, Digest)>,
    /// What this build checked and may remember.
    checked: Mutex<Vec<(String, Stamp, Digest)>>,
    /// Files this build wrote, stamped just after, with their bytes' hash:
    /// remembered if still so stamped, and settled, when saved.
    written: Mutex<Vec<(PathBuf, Stamp, Digest)>>,
}

impl Verified {
    /// The stamps in `record` (none when it is missing or unreadable) for files under `root`.
    pub(crate) fn load(record: PathBuf, root: &Path) -> Verified {
        let text = std::fs::read_to_string(&record).unwrap_or_default();
        let known = text.lines().filter_map(parse_line).collect();
        Verified { record, root: root.to_path_buf(), known, checked: Mutex::new(Vec::new()), written: Mutex::new(Vec::new()) }
    }

    /// Whether the file at `path` (under the root) has the SHA-256 `expected`:
    /// from its stamp when it is as remembered, else by reading it.
    pub(crate) fn has_hash(&self, path: &Path, expected: &Digest) -> bool {
        self.check(path, expected, false).0
    }

    /// The file's bytes when it has the SHA-256 `expected` (read, but hashed
    /// only when its stamp is not as remembered).
    pub(crate) fn read_if_hash(&self, path: &Path, expected: &Digest) -> Option<Vec<u8>> {
        match self.check(path, expected, true) {
            (true, bytes) => bytes,
            _ => None,
        }
    }

    fn check(&self, path: &Path, expected: &Digest, keep: bool) -> (bool, Option<Vec<u8>>) {
        use std::io::Read as _;
        let Some(name) = self.name(path) else { return (false, None) };
        // Stamped and read through one handle: a file renamed over this one
        // meanwhile (a build's new version) is neither stamped nor read.
        let Ok(mut file) = std::fs::File::open(path) else { return (false, None) };
        let Some(stamp) = file.metadata().ok().as_ref().and_then(Stamp::of_meta) else { return (false, None) };
        let read = |file: &mut std::fs::File| {
            let mut bytes = Vec::with_capacity(stamp.len as usize);
            file.read_to_end(&mut bytes).ok().map(|_| bytes)
        };
        if self.known.get(&name).is_some_and(|(known, digest)| *known == stamp && digest == expected) {
            self.remember(name, stamp, *expected);
            return (true, if keep { read(&mut file) } else { None });
        }
        let now_ns = now_ns();
        let Some(bytes) = read(&mut file) else { return (false, None) };
        let digest = Digest::of(&bytes);
        // Stamped before the read: a change during it gives another stamp next time.
        if stamp.settled(now_ns) && file.metadata().ok().as_ref().and_then(Stamp::of_meta) == Some(stamp) {
            self.remember(name, stamp, digest);
        }
        (digest == *expected, keep.then_some(bytes))
    }

    /// This build has just written `path` (atomically) with bytes of SHA-256 `digest`.
    pub(crate) fn wrote(&self, path: &Path, digest: Digest) {
        let Some(stamp) = Stamp::of(path) else { return };
        if let Ok(mut written) = self.written.lock() {
            written.push((path.to_path_buf(), stamp, digest));
        }
    }

    fn name(&self, path: &Path) -> Option<String> {
        let name = path.strip_prefix(&self.root).ok()?.to_str()?;
        // The record is one line a file, fields apart by spaces: other names are simply not remembered.
        (!name.is_empty() && !name.contains(['\n', '\r'])).then(|| name.to_owned())
    }

    fn remember(&self, name: String, stamp: Stamp, digest: Digest) {
        if let Ok(mut checked) = self.checked.lock() {
            checked.push((name, stamp, digest));
        }
    }

    /// Writes what this build checked (and nothing of files it did not look
    /// at), in name order, when the record's folder exists. Losing it costs
    /// only time: it is not synced.
    pub(crate) fn save(self) {
        // What this build wrote, once settled: stamped now, a second or more
        // after the write (a later write by anyone else changes the stamp).
        let now_ns = now_ns();
        for (path, written, digest) in self.written.lock().map(|w| w.clone()).unwrap_or_default() {
            if let (Some(stamp), Some(name)) = (Stamp::of(&path).filter(|s| *s == written && s.settled(now_ns)), self.name(&path)) {
                self.remember(name, stamp, digest);
            }
        }
        let mut checked = self.checked.into_inner().unwrap_or_default();
        // A name checked twice (found damaged, then written again) keeps its latest stamp.
        checked.reverse();
        checked.sort_by(|a, b| a.0.cmp(&b.0));
        checked.dedup_by(|a, b| a.0 == b.0);
        let mut text = String::with_capacity(checked.len() * 140);
        for (name, s, digest) in &checked {
            use std::fmt::Write as _;
            let _ = writeln!(text, "{digest} {} {} {} {} {} {name}", s.len, s.device, s.inode, s.modified_ns, s.changed_ns);
        }
        // Only beside a build's own records: a folder read elsewhere (a
        // delivered package's) gets no new folder next to it.
        let beside_records = self.record.parent().is_some_and(Path::is_dir);
        if beside_records && std::fs::read(&self.record).ok().as_deref() != Some(text.as_bytes()) {
            let _ = super::write::write_atomic_unsynced(&self.record, text.as_bytes());
        }
    }
}

fn parse_line(line: &str) -> Option<(String, (Stamp, Digest))> {
    let mut fields = line.splitn(7, ' ');
    let digest = Digest::parse(fields.next()?)?;
    let mut number = || fields.next()?.parse::<i128>().ok();
    let (len, device, inode, modified_ns, changed_ns) = (number()?, number()?, number()?, number()?, number()?);
    let name = fields.next()?.to_owned();
    let unsigned = |n: i128| u64::try_from(n).ok();
    Some((name, (Stamp { len: unsigned(len)?, device: unsigned(device)?, inode: unsigned(inode)?, modified_ns, changed_ns }, digest)))
}

/// This machine's clock, nanoseconds since 1970.
fn now_ns() -> i128 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as i128)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A folder with `a.mp3` saying "one", and where its record goes.
    fn one_file() -> (tempfile::TempDir, PathBuf, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.mp3");
        std::fs::write(&file, b"one").unwrap();
        let record = dir.path().join("record");
        (dir, file, record)
    }

    #[test]
    fn a_file_changed_within_the_last_second_is_hashed_but_not_remembered() {
        let (dir, file, record) = one_file();
        let one = Digest::of(b"one");
        let verified = Verified::load(record.clone(), dir.path());
        assert!(verified.has_hash(&file, &one));
        assert!(!verified.has_hash(&file, &Digest::of(b"two")));
        verified.save();
        // Written just now: a write in the same clock tick could leave its stamp as it was.
        assert!(Verified::load(record.clone(), dir.path()).known.is_empty());
    }

    #[test]
    fn a_remembered_stamp_answers_without_reading_and_a_rewrite_is_read_again() {
        let (dir, file, record) = one_file();
        let one = Digest::of(b"one");
        // A stamp remembered from an earlier build (the change time cannot be set back).
        let stamp = Stamp::of(&file).unwrap();
        let line = |digest: Digest| format!("{digest} {} {} {} {} {} a.mp3\n", stamp.len, stamp.device, stamp.inode, stamp.modified_ns, stamp.changed_ns);
        std::fs::write(&record, line(one)).unwrap();
        let verified = Verified::load(record.clone(), dir.path());
        assert!(verified.has_hash(&file, &one));
        assert_eq!(verified.read_if_hash(&file, &one).as_deref(), Some(&b"one"[..]));
        verified.save();
        assert!(std::fs::read_to_string(&record).unwrap().ends_with(" a.mp3\n"), "kept for the next build");
        // The stamp answers, not the bytes: a record saying another hash is believed.
        let other = Digest::of(b"other");
        std::fs::write(&record, line(other)).unwrap();
        assert!(Verified::load(record.clone(), dir.path()).has_hash(&file, &other));
        std::fs::write(&record, line(one)).unwrap();
        // Replaced (as every write here is, by a rename) with the same length: another stamp, so read and hashed again.
        std::fs::write(dir.path().join("new"), b"two").unwrap();
        std::fs::rename(dir.path().join("new"), &file).unwrap();
        let verified = Verified::load(record.clone(), dir.path());
        assert!(!verified.has_hash(&file, &one));
        assert!(verified.has_hash(&file, &Digest::of(b"two")));
        assert_eq!(verified.read_if_hash(&file, &one), None);
    }

    #[test]
    fn a_damaged_record_only_costs_time() {
        let (dir, file, record) = one_file();
        std::fs::write(&record, "not a record\n\0\nzz 1 2 3 4 a.mp3\n").unwrap();
        let verified = Verified::load(record, dir.path());
        assert!(verified.known.is_empty());
        assert!(verified.has_hash(&file, &Digest::of(b"one")));
        assert!(!verified.has_hash(&dir.path().join("missing.mp3"), &Digest::of(b"one")));
    }

    #[test]
    fn a_file_written_by_the_build_is_remembered_once_settled() {
        let (dir, file, record) = one_file();
        let verified = Verified::load(record.clone(), dir.path());
        // Found damaged, then written again: the written version is remembered.
        assert!(!verified.has_hash(&file, &Digest::of(b"two")));
        std::fs::write(&file, b"two").unwrap();
        verified.wrote(&file, Digest::of(b"two"));
        // Another written, then replaced by someone else before the save: not remembered.
        let other = dir.path().join("b.mp3");
        std::fs::write(&other, b"ours").unwrap();
        verified.wrote(&other, Digest::of(b"ours"));
        std::fs::write(dir.path().join("new"), b"them").unwrap();
        std::fs::rename(dir.path().join("new"), &other).unwrap();
        std::thread::sleep(std::time::Duration::from_millis(1100));
        verified.save();
        let verified = Verified::load(record, dir.path());
        assert_eq!(verified.known.len(), 1);
        assert_eq!(verified.known["a.mp3"], (Stamp::of(&file).unwrap(), Digest::of(b"two")));
    }
}
