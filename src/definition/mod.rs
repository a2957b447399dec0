//! Loading definitions: discover files, parse them, validate them into the model.
//!
//! `load` reads everything the paths select and reports every problem in
//! every file; only when it reports no error are its elections to be built.

pub(crate) mod discover;
pub mod filter;
pub(crate) mod parse;
pub(crate) mod raw;
pub(crate) mod source;
pub(crate) mod validate;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};


use crate::diag::{Diagnostic, Diagnostics, FieldPath};
use crate::hash::sha256_hex;
use crate::model::{Ballot, Election, ElectionInfo};

use self::discover::ElectionFiles;
use self::parse::parse_file;
use self::raw::{RawBallot, RawElection};
use self::source::{SourceFile, SpanIndex};
use self::validate::Checker;

/// What loading produced: the valid elections and every diagnostic.
#[derive(Debug, Default)]
pub struct Loaded {
    /// Elections whose files all passed (with the selected ballots).
    pub elections: Vec<Election>,
    /// Errors and warnings from every file.
    pub diagnostics: Diagnostics,
}

impl Loaded {
    /// Number of ballots across all elections.
    pub fn ballot_count(&self) -> usize {
        self.elections.iter().map(|e| e.ballots.len()).sum()
    }
}

/// Loads and validates every election and ballot the paths select.
pub fn load(paths: &[PathBuf]) -> Loaded {
    let mut loaded = Loaded::default();
    let selected = discover::discover(paths, &mut loaded.diagnostics);
    for files in &selected {
        if let Some(election) = load_election(files, &mut loaded.diagnostics) {
            loaded.elections.push(election);
        }
    }
    check_unique_election_ids(&loaded.elections, &mut loaded.diagnostics);
    loaded.diagnostics.sort();
    if loaded.diagnostics.has_errors() {
        loaded.elections.clear();
    }
    loaded
}

/// Loads an election held in memory: `election.yaml` text and `(path, text)` per ballot.
/// Used by tests; paths are only for messages.
pub fn load_from_texts(election: &str, ballots: &[(&str, &str)]) -> Loaded {
    let ballots: Vec<(&str, &[u8])> = ballots.iter().map(|(p, t)| (*p, t.as_bytes())).collect();
    load_from_bytes(election.as_bytes(), &ballots)
}

/// Loads an election from files' bytes, checked as files on disk are (size,
/// BOM, UTF-8). Used by the fuzzer; paths are only for messages.
pub fn load_from_bytes(election: &[u8], ballots: &[(&str, &[u8])]) -> Loaded {
    let mut loaded = Loaded::default();
    let election_path = PathBuf::from(discover::ELECTION_FILE);
    let info = match SourceFile::from_bytes(&election_path, election.to_vec()) {
        Ok(source) => election_info(&source, &mut loaded.diagnostics),
        Err(d) => {
            loaded.diagnostics.push(d);
            None
        }
    };
    let mut sources = Vec::new();
    for (path, bytes) in ballots {
        match SourceFile::from_bytes(Path::new(path), bytes.to_vec()) {
            Ok(source) => sources.push(source),
            Err(d) => loaded.diagnostics.push(d),
        }
    }
    let ballots = load_ballots(info.as_ref(), &election_path, sources, Vec::new(), &mut loaded.diagnostics);
    if let (Some(info), Some(ballots)) = (info, ballots) {
        loaded.elections.push(Election { info, source: election_path, ballots, complete: true });
    }
    loaded.diagnostics.sort();
    if loaded.diagnostics.has_errors() {
        loaded.elections.clear();
    }
    loaded
}

/// Loads and validates only an `election.yaml` (a file, or the folder holding it).
pub fn load_election_info(path: &Path) -> Result<ElectionInfo, Diagnostics> {
    let file = if path.is_dir() { path.join(discover::ELECTION_FILE) } else { path.to_path_buf() };
    let mut diagnostics = Diagnostics::default();
    let info = match SourceFile::read(&file) {
        Ok(source) => election_info(&source, &mut diagnostics),
        Err(d) => {
            diagnostics.push(d);
            None
        }
    };
    match info {
        Some(info) if !diagnostics.has_errors() => Ok(info),
        _ => Err(diagnostics),
    }
}

fn load_election(files: &ElectionFiles, diagnostics: &mut Diagnostics) -> Option<Election> {
    let info = match SourceFile::read(&files.election_file) {
        Ok(source) => election_info(&source, diagnostics),
        Err(d) => {
            diagnostics.push(d);
            None
        }
    };
    if files.complete && files.ballot_files.is_empty() {
        diagnostics.push(
            Diagnostic::error("election has no ballot files")
                .in_file(&files.election_file)
                .hint("add one .yaml file per ballot next to (or below) election.yaml"),
        );
    }
    let mut sources = Vec::new();
    for path in &files.ballot_files {
        match SourceFile::read(path) {
            Ok(source) => sources.push(source),
            Err(d) => diagnostics.push(d),
        }
    }
    // A partial selection (one file, a folder of districts) still checks its ids
    // against every other ballot of the election.
    let others = if files.complete { Vec::new() } else { other_ids(files) };
    let ballots = load_ballots(info.as_ref(), &files.election_file, sources, others, diagnostics)?;
    Some(Election {
        info: info?,
        source: files.election_file.clone(),
        ballots,
        complete: files.complete,
    })
}

fn election_info(source: &SourceFile, diagnostics: &mut Diagnostics) -> Option<ElectionInfo> {
    let (raw, spans) = parse_file::<RawElection>(source, diagnostics)?;
    let mut checker = Checker::new(source, &spans, diagnostics);
    validate::election(&mut checker, &raw)
}

/// Parses and validates ballot files; `None` if any of them failed.
/// The ids of the election's ballot files that are not selected, with where
/// each is written (files that cannot be read are left to their own build).
fn other_ids(files: &ElectionFiles) -> Vec<(String, PathBuf, crate::diag::Position)> {
    #[derive(serde::Deserialize)]
    struct IdOnly {
        id: Option<String>,
    }
    let selected: std::collections::HashSet<PathBuf> = files.ballot_files.iter().filter_map(|f| std::fs::canonicalize(f).ok()).collect();
    let mut others = Vec::new();
    for path in discover::all_ballot_files(&files.election_file) {
        if std::fs::canonicalize(&path).is_ok_and(|c| selected.contains(&c)) {
            continue;
        }
        let Ok(source) = SourceFile::read(&path) else { continue };
        let Ok(IdOnly { id: Some(id) }) = serde_yaml::from_str::<IdOnly>(&source.text) else { continue };
        let position = SpanIndex::build(&source.text).map(|s| s.value(&FieldPath::root().key("id"))).unwrap_or_default();
        others.push((id, path, position));
    }
    others
}

fn load_ballots(
    info: Option<&ElectionInfo>,
    election_file: &Path,
    sources: Vec<SourceFile>,
    others: Vec<(String, PathBuf, crate::diag::Position)>,
    diagnostics: &mut Diagnostics,
) -> Option<Vec<Ballot>> {
    let mut ballots: Vec<Ballot> = Vec::new();
    let mut first_file_of_id: BTreeMap<String, (PathBuf, crate::diag::Position)> =
        others.into_iter().map(|(id, path, position)| (id, (path, position))).collect();
    let mut ok = true;
    let mut unchecked = 0;
    let mut first_file_of_constituency: BTreeMap<String, (PathBuf, crate::diag::Position)> = BTreeMap::new();
    for source in sources {
        let Some((raw, spans)) = parse_file::<RawBallot>(&source, diagnostics) else {
            ok = false;
            continue;
        };
        // Ids must be unique whether or not the rest of the file is valid.
        let id_path = FieldPath::root().key("id");
        let id_position = spans.value(&id_path);
        if let Some((other, other_position)) = first_file_of_id.get(&raw.id) {
            ok = false;
            diagnostics.push(
                source
                    .error_at(
                        id_position,
                        format!("ballot id {:?} is used twice in this election", raw.id),
                    )
                    .field(id_path.clone())
                    .hint(format!(
                        "it is also the id in {}:{}:{}; each ballot needs its own id",
                        other.display(),
                        other_position.line,
                        other_position.column
                    )),
            );
        } else {
            first_file_of_id.insert(raw.id.clone(), (source.path.clone(), id_position));
        }
        let Some(info) = info else {
            ok = false;
            unchecked += 1;
            continue;
        };
        let mut checker = Checker::new(&source, &spans, diagnostics);
        let parts = validate::ballot(&mut checker, &raw, info);
        // Two ballots for one constituency (name and region together: a name
        // alone may repeat across regions) are a copied file not fully edited.
        if let Some(parts) = &parts {
            let keys = constituency_keys(&parts.constituency);
            let name_path = FieldPath::root().key("constituency").key("name");
            let position = spans.value(&name_path);
            if let Some((other, other_position)) = keys.iter().find_map(|k| first_file_of_constituency.get(k)) {
                ok = false;
                diagnostics.push(
                    source
                        .error_at(position, "another ballot of this election has the same constituency (name and region)")
                        .field(name_path)
                        .hint(format!(
                            "it is the constituency of {}:{}:{}; each ballot is one constituency's: check the name, region and number",
                            other.display(),
                            other_position.line,
                            other_position.column
                        )),
                );
                continue;
            }
            for key in keys {
                first_file_of_constituency.insert(key, (source.path.clone(), position));
            }
        }
        let mut checker = Checker::new(&source, &spans, diagnostics);
        match parts {
            Some(parts) => match validate::tactile(&mut checker, info, &parts) {
                Some(tactile) => {
                    let mut ballot = Ballot {
                        id: raw.id.clone(),
                        constituency: parts.constituency,
                        contest: parts.contest,
                        paper: parts.paper,
                        source: source.path.clone(),
                        proof_id: String::new(),
                        tactile,
                    };
                    ballot.proof_id = proof_id(info, &ballot);
                    ballots.push(ballot);
                }
                None => ok = false,
            },
            None => ok = false,
        }
    }
    if unchecked > 0 {
        diagnostics.push(
            Diagnostic::warning(format!("{unchecked} ballot file(s) were not checked beyond their syntax and ids: election.yaml has errors"))
                .in_file(election_file)
                .hint("fix election.yaml and check again; the ballots are checked against its languages and paper"),
        );
    }
    ballots.sort_by(|a, b| a.id.cmp(&b.id));
    ok.then_some(ballots)
}

/// A constituency as compared for duplicates, once per language: its name and
/// region in that language, case and spacing ignored.
fn constituency_keys(constituency: &crate::model::Constituency) -> Vec<String> {
    let fold = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    constituency
        .name
        .0
        .iter()
        .map(|(lang, name)| format!("{lang}: {} / {}", fold(name), constituency.region.as_ref().map_or(String::new(), |r| fold(r.get(*lang)))))
        .collect()
}

/// First 8 hex digits of the SHA-256 of the ballot's validated content
/// (with the election settings it depends on), printed on every sheet.
pub fn proof_id(info: &ElectionInfo, ballot: &Ballot) -> String {
    let content = serde_json::to_vec(&(info, ballot)).expect("model serializes");
    sha256_hex(&content)[..8].to_owned()
}

fn check_unique_election_ids(elections: &[Election], diagnostics: &mut Diagnostics) {
    let mut seen: BTreeMap<&str, &Path> = BTreeMap::new();
    for election in elections {
        if let Some(first) = seen.insert(&election.info.id, &election.source) {
            diagnostics.push(
                Diagnostic::error(format!(
                    "election id {:?} is used by two elections",
                    election.info.id
                ))
                .in_file(&election.source)
                .hint(format!(
                    "{} has the same id; their outputs would overwrite each other",
                    first.display()
                )),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Loaded;
    use crate::testing::{corpus_base, load_texts};

    #[test]
    fn proof_id_changes_with_content_and_only_with_content() {
        let a = load_texts(&corpus_base("election.yaml"), &corpus_base("ballot.yaml"));
        let b = load_texts(&corpus_base("election.yaml"), &corpus_base("ballot.yaml").replace("# ", "# comment "));
        let c = load_texts(&corpus_base("election.yaml"), &corpus_base("ballot.yaml").replace("АЛИЕВ Гани", "АЛИЕВ Ганн"));
        let id = |l: &Loaded| l.elections[0].ballots[0].proof_id.clone();
        assert_eq!(id(&a).len(), 8);
        assert_eq!(id(&a), id(&b));
        assert_ne!(id(&a), id(&c));
    }
}
