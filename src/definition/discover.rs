//! Finding elections and ballot files from the paths given on the command line.
//!
//! An election is a folder with an `election.yaml`; every other `*.yaml` below
//! it (any depth) is one of its ballots, belonging to the nearest
//! `election.yaml` above it.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Diagnostics};
use crate::i18n::Message;
use crate::msg;

/// The election file's name.
pub const ELECTION_FILE: &str = "election.yaml";

/// The files of one election selected for this run.
#[derive(Debug, Clone, Default)]
pub struct ElectionFiles {
    /// Its `election.yaml`, as shown in messages.
    pub election_file: PathBuf,
    /// Its ballot files, as shown in messages, sorted.
    pub ballot_files: Vec<PathBuf>,
    /// Whether the whole election was selected (a folder or its election.yaml).
    pub complete: bool,
}

/// Finds the elections and ballot files the paths select.
pub fn discover(paths: &[PathBuf], diagnostics: &mut Diagnostics) -> Vec<ElectionFiles> {
    // Keyed by the canonical path of election.yaml so a file named twice counts once.
    let mut elections: BTreeMap<PathBuf, ElectionFiles> = BTreeMap::new();
    for path in paths {
        let Ok(meta) = fs::metadata(path) else {
            diagnostics.push(Diagnostic::error(msg!("def-path-not-found")).in_file(path));
            continue;
        };
        if meta.is_file() {
            select_file(path, &mut elections, diagnostics);
        } else {
            select_folder(path, &mut elections, diagnostics);
        }
    }
    elections
        .into_values()
        .map(|mut e| {
            e.ballot_files.sort();
            e.ballot_files.dedup();
            e
        })
        .collect()
}

fn entry<'a>(
    elections: &'a mut BTreeMap<PathBuf, ElectionFiles>,
    file: &Path,
) -> &'a mut ElectionFiles {
    let key = fs::canonicalize(file).unwrap_or_else(|_| file.to_path_buf());
    elections.entry(key).or_insert_with(|| ElectionFiles {
        election_file: file.to_path_buf(),
        ..Default::default()
    })
}

fn select_file(
    path: &Path,
    elections: &mut BTreeMap<PathBuf, ElectionFiles>,
    diagnostics: &mut Diagnostics,
) {
    if path.file_name().is_some_and(|n| n == ELECTION_FILE) {
        let folder = path.parent().unwrap_or(Path::new("."));
        let folder = if folder.as_os_str().is_empty() {
            Path::new(".")
        } else {
            folder
        };
        select_folder(folder, elections, diagnostics);
        return;
    }
    if !is_yaml(path) {
        diagnostics.push(Diagnostic::error(msg!("def-not-yaml-name")).in_file(path).hint(msg!("def-not-yaml-name-hint")));
        return;
    }
    match election_above(path) {
        Some(election) => entry(elections, &election)
            .ballot_files
            .push(path.to_path_buf()),
        None => diagnostics.push(no_election(path)),
    }
}

fn select_folder(
    root: &Path,
    elections: &mut BTreeMap<PathBuf, ElectionFiles>,
    diagnostics: &mut Diagnostics,
) {
    let mut files = Vec::new();
    walk(root, root, &mut files, diagnostics);
    let election_files: Vec<&PathBuf> = files
        .iter()
        .filter(|f| f.file_name().is_some_and(|n| n == ELECTION_FILE))
        .collect();
    let ballot_files: Vec<&PathBuf> = files
        .iter()
        .filter(|f| f.file_name().is_none_or(|n| n != ELECTION_FILE))
        .collect();
    for election in &election_files {
        entry(elections, election).complete = true;
    }
    // A folder inside an election (a region's districts, say) selects those ballots only.
    let outer = if election_files.is_empty() {
        election_above(&root.join(ELECTION_FILE))
    } else {
        None
    };
    for ballot in ballot_files {
        let nearest = ballot
            .ancestors()
            .skip(1)
            .map(|dir| dir.join(ELECTION_FILE))
            .find(|candidate| election_files.contains(&candidate));
        match nearest.or_else(|| outer.clone()) {
            Some(election) => entry(elections, &election)
                .ballot_files
                .push(ballot.clone()),
            None => diagnostics.push(no_election(ballot)),
        }
    }
    if files.is_empty() {
        diagnostics.push(Diagnostic::error(msg!("def-nothing-found")).in_file(root).hint(msg!("def-nothing-found-hint")));
    }
}

/// Why a folder cannot be read, in plain words.
fn unreadable_folder(error: &std::io::Error) -> Message {
    match error.kind() {
        std::io::ErrorKind::PermissionDenied => msg!("def-folder-no-permission"),
        _ => msg!("def-folder-unreadable", detail = error.to_string()),
    }
}

fn no_election(ballot: &Path) -> Diagnostic {
    Diagnostic::error(msg!("def-no-election-file")).in_file(ballot).hint(msg!("def-no-election-file-hint"))
}

/// The nearest `election.yaml` in the folder of `path` or a folder above it.
fn election_above(path: &Path) -> Option<PathBuf> {
    let absolute = std::path::absolute(path).ok()?;
    let relative_ancestors = path
        .ancestors()
        .skip(1)
        .filter(|a| !a.as_os_str().is_empty());
    for dir in relative_ancestors {
        let candidate = dir.join(ELECTION_FILE);
        if candidate.is_file() {
            return Some(candidate);
        }
    }
    // Above the relative path: continue with absolute folders.
    let depth = path
        .ancestors()
        .skip(1)
        .filter(|a| !a.as_os_str().is_empty())
        .count();
    absolute
        .ancestors()
        .skip(1 + depth)
        .map(|dir| dir.join(ELECTION_FILE))
        .find(|candidate| candidate.is_file())
}

fn is_yaml(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "yaml")
}

/// A name a person would take for a YAML file (`.yml`, `.YAML`, `.Yaml`...):
/// never skipped silently.
fn looks_like_yaml(path: &Path) -> bool {
    path.extension().is_some_and(|e| e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml"))
}

/// Every ballot file of the election whose `election.yaml` this is, selected or
/// not: a partial build still checks ids against the whole election.
pub fn all_ballot_files(election_file: &Path) -> Vec<PathBuf> {
    let folder = election_file.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut files = Vec::new();
    walk(folder, folder, &mut files, &mut Diagnostics::default());
    files
        .into_iter()
        .filter(|f| f.file_name().is_none_or(|n| n != ELECTION_FILE))
        // Ballots of an election nested below this one belong to that one.
        .filter(|f| f.ancestors().skip(1).take_while(|d| *d != folder).all(|d| !d.join(ELECTION_FILE).is_file()))
        .collect()
}

/// Collects `*.yaml` files below `dir`, sorted, skipping hidden entries. Symbolic
/// links are followed only to files inside `root`.
fn walk(root: &Path, dir: &Path, files: &mut Vec<PathBuf>, diagnostics: &mut Diagnostics) {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            diagnostics.push(Diagnostic::error(unreadable_folder(&e)).in_file(dir));
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let hidden = path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        let Ok(meta) = fs::symlink_metadata(&path) else {
            continue;
        };
        if hidden {
            continue;
        }
        if meta.file_type().is_symlink() {
            let inside = match (fs::canonicalize(&path), fs::canonicalize(root)) {
                (Ok(target), Ok(root)) => target.starts_with(&root),
                _ => false,
            };
            if !inside {
                if is_yaml(&path) || fs::metadata(&path).map(|m| m.is_dir()).unwrap_or(false) {
                    diagnostics.push(Diagnostic::error(msg!("def-link-outside")).in_file(&path).hint(msg!("def-link-outside-hint")));
                }
                continue;
            }
            // Links to folders inside the root are skipped: their files are walked anyway.
            if fs::metadata(&path).is_ok_and(|m| m.is_file()) && is_yaml(&path) {
                files.push(path);
            }
        } else if meta.is_dir() {
            // An output folder of ours (it holds the builds' locks) is never input.
            if path.join(crate::output::lock::LOCKS_DIR).is_dir() {
                continue;
            }
            if looks_like_yaml(&path) {
                diagnostics.push(Diagnostic::error(msg!("def-folder-named-yaml")).in_file(&path).hint(msg!("def-folder-named-yaml-hint")));
            }
            walk(root, &path, files, diagnostics);
        } else if meta.is_file() {
            if is_yaml(&path) {
                files.push(path);
            } else if looks_like_yaml(&path) {
                let extension = path.extension().unwrap_or_default().to_string_lossy();
                diagnostics.push(
                    Diagnostic::error(msg!("def-wrong-extension", extension = extension.into_owned()))
                        .in_file(&path)
                        .hint(msg!("def-wrong-extension-hint")),
                );
            }
        }
    }
}
