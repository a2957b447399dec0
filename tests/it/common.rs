//! Helpers shared by the integration tests.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The project's root folder.
pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the `ballot-access` binary in `dir` with arguments.
pub fn run(dir: &Path, args: &[&str]) -> Output {
    run_with_env(dir, args, &[])
}

/// Runs the binary with extra environment variables.
pub fn run_with_env(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_ballot-access"));
    command
        .args(args)
        .current_dir(dir)
        .env_remove("SOURCE_DATE_EPOCH")
        // English unless a test asks for another language, whatever the
        // machine's locale; a missing message or an unused argument shows.
        .env_remove("BALLOT_ACCESS_LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .env("BALLOT_ACCESS_I18N_CHECK", "1");
    for (k, v) in env {
        command.env(k, v);
    }
    command.output().expect("ballot-access runs")
}

/// Standard error as text.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Standard output as text.
pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Every file below `dir` with its bytes, by path relative to `dir`; but the
/// build's records of hashes checked (`.locks/*.verified`), which hold this
/// file system's stamps (inodes, times) and differ on every build.
pub fn snapshot(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    if dir.exists() {
        collect(dir, dir, &mut files);
    }
    files
}

fn collect(root: &Path, dir: &Path, files: &mut BTreeMap<PathBuf, Vec<u8>>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let hash_record = path.extension().is_some_and(|e| e == "verified") && path.parent().and_then(Path::file_name).is_some_and(|d| d == ".locks");
        if path.is_dir() {
            collect(root, &path, files);
        } else if !hash_record {
            files.insert(
                path.strip_prefix(root).unwrap().to_path_buf(),
                std::fs::read(&path).unwrap(),
            );
        }
    }
}

/// Copies a folder recursively.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// Runs an external tool, failing the test with its output if it fails.
pub fn tool(program: &str, args: &[&str]) -> String {
    let output = Command::new(program)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{program} must be installed (scripts/setup --test): {e}"));
    assert!(
        output.status.success(),
        "{program} {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Every large-print sheet of the bundled examples: (election, ballot, language).
pub fn example_sheets() -> Vec<(
    ballot_access::model::ElectionInfo,
    ballot_access::model::Ballot,
    ballot_access::model::Lang,
)> {
    let loaded = ballot_access::definition::load(&[root().join("ballots")]);
    assert!(!loaded.diagnostics.has_errors(), "{:?}", loaded.diagnostics);
    let mut sheets = Vec::new();
    for election in &loaded.elections {
        for ballot in &election.ballots {
            for &lang in &election.info.languages {
                sheets.push((election.info.clone(), ballot.clone(), lang));
            }
        }
    }
    sheets
}

/// The output folder of one build of every bundled example (`build ballots`),
/// made once for the whole test binary and shared by every test that only
/// reads it. The examples must build without warnings.
pub fn examples_out() -> &'static Path {
    static OUT: std::sync::OnceLock<tempfile::TempDir> = std::sync::OnceLock::new();
    let dir = OUT.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let output = run(&root(), &["build", "ballots", "--out", dir.path().join("out").to_str().unwrap()]);
        assert!(output.status.success(), "{}", stderr(&output));
        assert!(!stderr(&output).contains("warning"), "examples build with warnings: {}", stderr(&output));
        dir
    });
    // Leaked on purpose: the folder lives as long as the test binary.
    Box::leak(dir.path().join("out").into_boxed_path())
}
