//! Environment faults: missing braille tables or voices, an output folder that
//! cannot be written, a disk that fills up. Each gives one clear error naming
//! what is missing and how to fix it, exit code 1, no panic, and never
//! replaces good output with broken.

use std::fs;
use std::path::Path;
use std::process::{Command, Output};

use ballot_access::output::manifest::Manifest;
use crate::common::{root, run, run_with_env, snapshot, stderr};

/// The small three-option election of the bad-input corpus, in `dir/e`.
fn election(dir: &Path, ballots: usize) {
    let base = root().join("tests/corpus/base");
    fs::create_dir_all(dir.join("e")).unwrap();
    fs::copy(base.join("election.yaml"), dir.join("e/election.yaml")).unwrap();
    let ballot = fs::read_to_string(base.join("ballot.yaml")).unwrap();
    for n in 1..=ballots {
        fs::write(dir.join(format!("e/b{n}.yaml")), ballot.replace("district-1", &format!("district-{n}")).replace("number: 1", &format!("number: {n}")).replace("№ 1", &format!("№ {n}"))).unwrap();
    }
}

/// Exit code 1, no panic, exactly one `error:` line holding every `expected` text.
fn assert_one_error(output: &Output, expected: &[&str]) {
    let text = stderr(output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(!text.contains("panicked"), "{text}");
    assert_eq!(text.lines().filter(|l| l.starts_with("error:")).count(), 1, "{text}");
    // How to fix it is the hint, on its own line, not glued to the message.
    let hint = text.lines().find(|l| l.trim_start().starts_with("= hint:")).unwrap_or_else(|| panic!("no hint in:\n{text}"));
    for e in expected.iter().filter(|e| e.starts_with("apt install")) {
        assert!(hint.contains(e) && !text.lines().any(|l| l.starts_with("error:") && l.contains(e)), "{e:?} not in the hint alone:\n{text}");
    }
    for e in expected {
        assert!(text.contains(e), "missing {e:?} in:\n{text}");
    }
}

#[test]
fn missing_braille_tables_give_one_error_with_the_package_to_install() {
    let dir = tempfile::tempdir().unwrap();
    election(dir.path(), 1);
    let empty = dir.path().join("no-tables");
    fs::create_dir(&empty).unwrap();
    let env = [("LOUIS_TABLEPATH", empty.to_str().unwrap())];
    for args in [&["check", "e"][..], &["build", "e", "--out", "out"], &["braille", "--lang", "kk", "Сәлем"]] {
        let output = run_with_env(dir.path(), args, &env);
        assert_one_error(&output, &["braille tables missing", "kk.utb", "ru-litbrl.ctb", "apt install liblouis-data"]);
    }
    assert!(!dir.path().join("out").exists());
}

#[test]
fn a_braille_table_that_cannot_be_written_is_one_error_with_where_to_write_it() {
    let dir = tempfile::tempdir().unwrap();
    election(dir.path(), 1);
    // Under a file, so not even root can make the folder.
    let blocked = dir.path().join("a-file");
    fs::write(&blocked, "").unwrap();
    let cache = blocked.join("cache");
    let env = [("XDG_CACHE_HOME", cache.to_str().unwrap())];
    for args in [&["check", "e"][..], &["build", "e", "--out", "out"]] {
        let output = run_with_env(dir.path(), args, &env);
        assert_one_error(&output, &["cannot write the braille table of Kazakh letters in Russian text", "a-file/cache/ballot-access", "hint: set XDG_CACHE_HOME"]);
    }
    assert!(!dir.path().join("out").exists());
}

/// A copy of espeak-ng's data folder without one file.
fn espeak_data_without(dir: &Path, file: &str) -> std::path::PathBuf {
    let (_, data) = ballot_access::speech::espeak::version().unwrap();
    let copy = dir.join("espeak-data");
    crate::common::copy_dir(Path::new(&data), &copy);
    fs::remove_file(copy.join(file)).unwrap();
    copy
}

#[test]
fn missing_voices_give_one_error_with_the_package_to_install() {
    let dir = tempfile::tempdir().unwrap();
    election(dir.path(), 1);
    // espeak-ng's data without the Kazakh dictionary: the voice loads but would say nothing.
    let data = espeak_data_without(dir.path(), "kk_dict");
    let env = [("ESPEAK_DATA_PATH", data.to_str().unwrap())];
    for args in [&["check", "e"][..], &["build", "e", "--out", "out"], &["speak", "--lang", "kk", "--out", "x.mp3", "Сәлем"]] {
        let output = run_with_env(dir.path(), args, &env);
        assert_one_error(&output, &["espeak-ng voices missing", "kk (", "kk_dict", "apt install espeak-ng-data"]);
    }
    // No data at all.
    let empty = dir.path().join("no-voices");
    fs::create_dir(&empty).unwrap();
    let output = run_with_env(dir.path(), &["build", "e", "--out", "out"], &[("ESPEAK_DATA_PATH", empty.to_str().unwrap())]);
    assert_one_error(&output, &["espeak-ng could not start", "apt install espeak-ng-data"]);
    assert!(!dir.path().join("out").exists() && !dir.path().join("x.mp3").exists());
}

#[test]
fn an_output_folder_that_cannot_be_written_is_reported_before_any_work() {
    let dir = tempfile::tempdir().unwrap();
    election(dir.path(), 1);
    fs::write(dir.path().join("file"), "not a folder").unwrap();
    let output = run(dir.path(), &["build", "e", "--out", "file/out"]);
    assert_one_error(&output, &["cannot write into the output folder file/out", "choose another --out"]);

    // A read-only file system (root ignores permission bits, so a mount is the real test).
    let ro = dir.path().join("ro");
    fs::create_dir(&ro).unwrap();
    let mounted = Mount::tmpfs(&ro, "ro,size=1m");
    if mounted.is_some() {
        let output = run(dir.path(), &["build", "e", "--out", "ro/out"]);
        assert_one_error(&output, &["cannot write into the output folder ro/out", "Read-only file system"]);
    } else {
        // Without mount privileges, a folder under a file is the unwritable folder tested above.
        eprintln!("note: cannot mount a tmpfs here; the read-only mount case did not run");
    }
}

/// A mounted tmpfs, unmounted when dropped.
struct Mount(std::path::PathBuf);

impl Mount {
    fn tmpfs(at: &Path, options: &str) -> Option<Mount> {
        let status = Command::new("mount").args(["-t", "tmpfs", "-o", options, "tmpfs"]).arg(at).status().ok()?;
        status.success().then(|| Mount(at.to_path_buf()))
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

/// Runs a build whose writes fail as on a full disk: into a small tmpfs when
/// this machine allows mounting one, else under a file-size limit (`ulimit -f`,
/// with SIGXFSZ ignored so writes fail with an error instead of killing).
fn build_on_small_disk(dir: &Path, out: &Path, mounted: bool, limit_kib: u64) -> Output {
    let bin = env!("CARGO_BIN_EXE_ballot-access");
    if mounted {
        return run(dir, &["build", "e", "--out", out.to_str().unwrap()]);
    }
    let script = format!("trap '' XFSZ; ulimit -f {limit_kib}; exec \"$0\" build e --out \"$1\"");
    Command::new("bash").args(["-c", &script, bin, out.to_str().unwrap()]).current_dir(dir).output().unwrap()
}

/// No temporary files anywhere below `dir`.
fn assert_no_temp_files(dir: &Path) {
    for path in snapshot(dir).keys() {
        let name = path.file_name().unwrap().to_string_lossy();
        assert!(!name.starts_with(ballot_access::util::write::TEMP_PREFIX), "{} left behind", path.display());
    }
}

#[test]
fn a_full_disk_stops_the_build_and_keeps_good_files() {
    let dir = tempfile::tempdir().unwrap();
    election(dir.path(), 3);
    let disk = dir.path().join("disk");
    fs::create_dir(&disk).unwrap();
    // 12 MB holds the first build (about 7 MB with the clip cache: three
    // constituencies, so three introductions per language).
    let _mount = Mount::tmpfs(&disk, "size=12m");
    let mounted = _mount.is_some();
    let out = disk.join("out");
    let output = build_on_small_disk(dir.path(), &out, mounted, 8 * 1024);
    assert!(output.status.success(), "{}", stderr(&output));
    let folder = out.join("test-election");
    let good = snapshot(&folder);

    // Fill the disk (or lower the limit), change one ballot and rebuild.
    let b2 = dir.path().join("e/b2.yaml");
    fs::write(&b2, fs::read_to_string(&b2).unwrap().replace("АЛИЕВ Гани", "АЛИЕВ Ганиұлы")).unwrap();
    let limit = if mounted {
        let free = free_bytes(&disk);
        fs::write(disk.join("filler"), vec![0u8; free.saturating_sub(64 * 1024) as usize]).unwrap();
        0
    } else {
        64
    };
    let output = build_on_small_disk(dir.path(), &out, mounted, limit);
    let text = stderr(&output);
    assert_eq!(output.status.code(), Some(1), "{text}");
    assert!(!text.contains("panicked"), "{text}");
    let expected = if mounted { "No space left on device" } else { "File too large" };
    assert!(text.contains(expected), "{text}");
    if mounted {
        assert!(text.contains("the build stopped: the disk is full") && text.contains("free space on the output disk"), "{text}");
    }
    // Nothing good was replaced or lost: every file is as before, no temporary files remain.
    assert_eq!(snapshot(&folder), good);
    assert_no_temp_files(&out);
    let manifest = Manifest::read(&folder.join("manifest.json")).unwrap();
    for o in &manifest.outputs {
        assert_eq!(fs::metadata(folder.join(&o.path)).unwrap().len(), o.bytes, "{}", o.path);
    }
}

/// Free bytes on the file system holding `path`, from `df`.
fn free_bytes(path: &Path) -> u64 {
    let out = Command::new("df").args(["-B1", "--output=avail"]).arg(path).output().unwrap();
    String::from_utf8_lossy(&out.stdout).lines().nth(1).unwrap().trim().parse().unwrap()
}
