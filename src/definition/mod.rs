//! Loading definitions: discover files, parse them, validate them into the model.
//!
//! `load` reads everything the paths select and reports every problem in
//! every file; only when it reports no error are its elections to be built.

pub(crate) mod discover;
pub mod filter;
pub(crate) mod parse;
pub mod proof;
pub(crate) mod raw;
pub(crate) mod source;
pub(crate) mod validate;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};


use crate::diag::{Diagnostic, Diagnostics, FieldPath};
use crate::model::{Ballot, Election, ElectionInfo};
use crate::msg;

use self::discover::ElectionFiles;
use self::parse::parse_file;
use self::raw::{RawBallot, RawElection};
use self::parse::SpanIndex;
use self::source::SourceFile;
use self::validate::Checker;

/// What loading produced: the valid elections and every diagnostic.
#[derive(Debug, Default)]
pub struct Loaded {
    /// Elections whose files all passed (with the selected ballots).
    pub elections: Vec<Election>,
    /// Errors and warnings from every file.
    pub diagnostics: Diagnostics,
    /// Ballot files left out by `--only` that have errors (not shown, not built).
    pub not_built: Vec<NotBuilt>,
}

/// A ballot file outside the `--only` selection that has errors.
#[derive(Debug, Clone)]
pub struct NotBuilt {
    /// The file.
    pub file: PathBuf,
    /// How many errors it has.
    pub errors: usize,
}

impl Loaded {
    /// Number of ballots across all elections.
    pub fn ballot_count(&self) -> usize {
        self.elections.iter().map(|e| e.ballots.len()).sum()
    }
}

/// Loads and validates every election and ballot the paths select.
pub fn load(paths: &[PathBuf]) -> Loaded {
    load_only(paths, None)
}

/// Loads as [`load`] does, keeping only ballots whose id or file (relative to
/// the election folder) matches `only`: the others' errors do not block them,
/// and are counted in [`Loaded::not_built`].
pub fn load_only(paths: &[PathBuf], only: Option<&str>) -> Loaded {
    let mut loaded = Loaded::default();
    let selected = discover::discover(paths, &mut loaded.diagnostics);
    for files in &selected {
        if let Some(election) = load_election(files, only, &mut loaded.diagnostics, &mut loaded.not_built) {
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
    let ballots = load_ballots(info.as_ref(), &election_path, sources, Vec::new(), None, &mut loaded.diagnostics, &mut loaded.not_built);
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

fn load_election(files: &ElectionFiles, only: Option<&str>, diagnostics: &mut Diagnostics, not_built: &mut Vec<NotBuilt>) -> Option<Election> {
    // The election file with where its fields are, for the lexicon's warnings below.
    let read = match SourceFile::read(&files.election_file) {
        Ok(source) => election_info_spanned(&source, diagnostics).map(|(info, spans)| (info, spans, source)),
        Err(d) => {
            diagnostics.push(d);
            None
        }
    };
    let (info, election_text) = match read {
        Some((info, spans, source)) => (Some(info), Some((source, spans))),
        None => (None, None),
    };
    if files.complete && files.ballot_files.is_empty() {
        diagnostics.push(
            Diagnostic::error(msg!("def-no-ballot-files"))
                .in_file(&files.election_file)
                .hint(msg!("def-no-ballot-files-hint")),
        );
    }
    let mut sources = Vec::new();
    let folder = files.election_file.parent().unwrap_or(Path::new(""));
    for path in &files.ballot_files {
        match SourceFile::read(path) {
            Ok(source) => sources.push(source),
            // A file that cannot be read is outside `--only` unless its path matches.
            Err(_) if only.is_some_and(|pattern| !filter::glob_match(pattern, &path.strip_prefix(folder).unwrap_or(path).to_string_lossy().replace('\\', "/"))) => {
                not_built.push(NotBuilt { file: path.clone(), errors: 1 });
            }
            Err(d) => diagnostics.push(d),
        }
    }
    // A partial selection (one file, a folder of districts) still checks its ids
    // against every other ballot of the election.
    let others = if files.complete { Vec::new() } else { other_ids(files) };
    let count = files.ballot_files.len();
    let ballots = load_ballots(info.as_ref(), &files.election_file, sources, others, only, diagnostics, not_built)?;
    if let (Some(info), Some((source, spans))) = (&info, &election_text) {
        if files.complete && ballots.len() == count {
            unused_lexicon_entries(info, source, spans, &ballots, diagnostics);
        }
    }
    Some(Election {
        info: info?,
        source: files.election_file.clone(),
        // Ballots left out by `--only` make the selection partial: their records stay.
        complete: files.complete && ballots.len() == count,
        ballots,
    })
}

/// Warns about lexicon entries that match no word the election's audio says
/// (a misspelt key fixes nothing, silently). Judged only when every ballot is
/// loaded: a partial selection cannot tell.
/// Unused lexicon entries listed one by one at most.
const MAX_UNUSED_LISTED: usize = 20;

fn unused_lexicon_entries(info: &ElectionInfo, source: &SourceFile, spans: &SpanIndex, ballots: &[Ballot], diagnostics: &mut Diagnostics) {
    if info.speech.lexicon.is_empty() {
        return;
    }
    let election_file = &source.path;
    for (lang, entries) in &info.speech.lexicon {
        // The words of every track's text (the script's parts, without the
        // speech forms it also computes), ballot by ballot in parallel. Each
        // distinct word is lowercased once: the tracks repeat most of theirs
        // (a rebuild of the country spent a second here lowercasing every one).
        let words: std::collections::HashSet<String> = {
            use rayon::prelude::*;
            ballots
                .par_iter()
                .map(|ballot| {
                    let texts = crate::materials::audio::script::texts(info, ballot, *lang);
                    let distinct: std::collections::HashSet<&str> = texts.iter().flat_map(|track| track.split(|c: char| !crate::util::chars::is_alphanumeric(c))).filter(|w| !w.is_empty()).collect();
                    distinct.into_iter().map(str::to_lowercase).collect::<std::collections::HashSet<String>>()
                })
                .reduce(std::collections::HashSet::new, |mut a, b| {
                    a.extend(b);
                    a
                })
        };
        // A shared national lexicon may hold thousands of words a region's
        // ballots do not use: the first few are listed, then counted.
        let unused: Vec<&String> = entries.entries().keys().filter(|k| !words.contains(&k.to_lowercase())).collect();
        if unused.len() > MAX_UNUSED_LISTED {
            diagnostics.push(
                Diagnostic::warning(msg!("def-lexicon-unused-many", count = unused.len(), lang = lang.code(), listed = MAX_UNUSED_LISTED))
                    .in_file(election_file)
                    .hint(msg!("def-lexicon-unused-many-hint")),
            );
        }
        for key in unused.into_iter().take(MAX_UNUSED_LISTED) {
            let path = FieldPath::root().key("speech").key("lexicon").key(lang.code()).key(key);
            diagnostics.push(
                Diagnostic::warning(msg!("def-lexicon-unused", entry = format!("{key:?}"), lang = lang.code()))
                    .in_file(election_file)
                    .at(spans.key(&path), Some(source.line_text(spans.key(&path).line)))
                    .field(path)
                    .hint(msg!("def-lexicon-unused-hint")),
            );
        }
    }
}

fn election_info(source: &SourceFile, diagnostics: &mut Diagnostics) -> Option<ElectionInfo> {
    election_info_spanned(source, diagnostics).map(|(info, _)| info)
}

/// The election's settings, with where each is written in its file.
fn election_info_spanned(source: &SourceFile, diagnostics: &mut Diagnostics) -> Option<(ElectionInfo, SpanIndex)> {
    let (raw, spans) = parse_file::<RawElection>(source, diagnostics)?;
    let mut checker = Checker::new(source, &spans, diagnostics);
    let info = validate::election(&mut checker, &raw)?;
    Some((info, spans))
}

/// Parses and validates ballot files; `None` if any of them failed.
/// The `id` a ballot file's text gives and where, read leniently (the rest
/// of the file may be invalid); an error when the YAML does not parse at all.
pub(crate) fn declared_id(text: &str) -> Result<Option<(String, crate::diag::Position)>, ()> {
    use self::parse::tree::{Tree, Value};
    let tree = Tree::of_text(text.trim_start_matches('\u{feff}')).ok_or(())?;
    let Some(root) = tree.root.as_ref() else { return Ok(None) };
    let Value::Map(entries) = &root.value else { return Err(()) };
    // The last `id` counts, as a reader of the map would take it; a null one is none.
    let Some((_, node)) = entries.iter().rev().find(|(key, _)| key.value.key_name() == "id") else { return Ok(None) };
    let Some(value) = tree.resolve(node).map(|n| &n.value) else { return Err(()) };
    match value {
        value if value.is_null() => Ok(None),
        Value::Scalar { text, .. } => Ok(Some((text.clone(), node.at))),
        _ => Err(()),
    }
}

/// The ids of the election's ballot files that are not selected, with where
/// each is written (files that cannot be read are left to their own build).
fn other_ids(files: &ElectionFiles) -> Vec<(String, PathBuf, crate::diag::Position)> {
    let selected: std::collections::HashSet<PathBuf> = files.ballot_files.iter().filter_map(|f| std::fs::canonicalize(f).ok()).collect();
    let mut others = Vec::new();
    for path in discover::all_ballot_files(&files.election_file) {
        if std::fs::canonicalize(&path).is_ok_and(|c| selected.contains(&c)) {
            continue;
        }
        let Ok(source) = SourceFile::read(&path) else { continue };
        let Ok(Some((id, position))) = declared_id(&source.text) else { continue };
        others.push((id, path, position));
    }
    others
}

/// What ballots of an election have in common while they are loaded: ids and
/// constituencies seen so far (with where), and how many went unchecked.
#[derive(Default)]
struct Seen {
    ids: BTreeMap<String, (PathBuf, crate::diag::Position)>,
    constituencies: BTreeMap<String, (PathBuf, crate::diag::Position)>,
    unchecked: usize,
}

/// Parses and validates ballot files. With `only`, ballots whose id and file
/// do not match are still read (their ids count for uniqueness), but neither
/// built nor allowed to block the build: their errors are counted in
/// `not_built`. `None` if any selected ballot failed.
fn load_ballots(
    info: Option<&ElectionInfo>,
    election_file: &Path,
    sources: Vec<SourceFile>,
    others: Vec<(String, PathBuf, crate::diag::Position)>,
    only: Option<&str>,
    diagnostics: &mut Diagnostics,
    not_built: &mut Vec<NotBuilt>,
) -> Option<Vec<Ballot>> {
    let mut seen = Seen { ids: others.into_iter().map(|(id, path, position)| (id, (path, position))).collect(), ..Seen::default() };
    let folder = election_file.parent().unwrap_or(Path::new(""));
    let mut ballots: Vec<Ballot> = Vec::new();
    let mut ok = true;
    // Each file is parsed and validated on its own, in parallel (a national
    // election is thousands of files); what ballots share (ids, constituencies)
    // is then checked in file order, as one pass would.
    let checked: Vec<Alone> = {
        use rayon::prelude::*;
        sources.par_iter().map(|source| check_alone(info, source)).collect()
    };
    for (source, alone) in sources.iter().zip(checked) {
        let mut found = Diagnostics::default();
        let (id, ballot) = load_ballot(source, alone, &mut seen, &mut found);
        let relative = source.path.strip_prefix(folder).unwrap_or(&source.path).to_string_lossy().replace('\\', "/");
        let selected = only.is_none_or(|pattern| filter::glob_match(pattern, &relative) || id.as_deref().is_some_and(|id| filter::glob_match(pattern, id)));
        if !selected {
            if found.has_errors() {
                not_built.push(NotBuilt { file: source.path.clone(), errors: found.error_count() });
            }
            continue;
        }
        match ballot {
            Some(ballot) if !found.has_errors() => ballots.push(ballot),
            _ => ok = false,
        }
        diagnostics.0.extend(found.0);
    }
    if seen.unchecked > 0 {
        diagnostics.push(
            Diagnostic::warning(msg!("def-ballots-unchecked", count = seen.unchecked))
                .in_file(election_file)
                .hint(msg!("def-ballots-unchecked-hint")),
        );
    }
    ballots.sort_by(|a, b| a.id.cmp(&b.id));
    ok.then_some(ballots)
}

/// What one ballot file gives on its own, before it is compared with the others.
struct Alone {
    /// Problems found parsing it.
    parsed: Diagnostics,
    /// Its id and where it is written, when it parsed.
    id: Option<(String, crate::diag::Position)>,
    /// No election settings to check it against (election.yaml is invalid).
    unchecked: bool,
    /// Problems found validating it.
    validated: Diagnostics,
    /// When valid: its constituency keys and where the name is, the ballot
    /// (`None` when its layout has problems) and the layout's problems.
    valid: Option<(Vec<String>, crate::diag::Position, Option<Ballot>, Diagnostics)>,
}

/// Parses and validates one ballot file on its own, layout included.
fn check_alone(info: Option<&ElectionInfo>, source: &SourceFile) -> Alone {
    let mut alone = Alone { parsed: Diagnostics::default(), id: None, unchecked: false, validated: Diagnostics::default(), valid: None };
    let Some((raw, spans)) = parse_file::<RawBallot>(source, &mut alone.parsed) else {
        return alone;
    };
    alone.id = Some((raw.id.clone(), spans.value(&FieldPath::root().key("id"))));
    let Some(info) = info else {
        alone.unchecked = true;
        return alone;
    };
    let mut checker = Checker::new(source, &spans, &mut alone.validated).with_lexicon(&info.speech.lexicon);
    let Some(parts) = validate::ballot(&mut checker, &raw, info) else {
        return alone;
    };
    let keys = constituency_keys(&parts.constituency, &parts.contest);
    let position = spans.value(&FieldPath::root().key("constituency").key("name"));
    let mut layout = Diagnostics::default();
    let mut checker = Checker::new(source, &spans, &mut layout);
    // The proof id first: every stencil and overlay prints it.
    let mut ballot = Ballot {
        id: raw.id.clone(),
        constituency: parts.constituency.clone(),
        contest: parts.contest.clone(),
        paper: parts.paper,
        polling_stations: parts.polling_stations,
        source: source.path.clone(),
        proof_id: String::new(),
        tactile: Vec::new(),
        notes: parts.notes.clone(),
    };
    ballot.proof_id = proof::proof_id(info, &ballot);
    let identity = crate::geometry::tactile::SheetIdentity { ballot_id: &ballot.id, proof_id: &ballot.proof_id };
    let tactile = validate::tactile(&mut checker, info, &parts, &identity);
    let ballot = tactile.map(|tactile| Ballot { tactile, ..ballot });
    alone.valid = Some((keys, position, ballot, layout));
    alone
}

/// One ballot file checked against the others seen before it (ids and
/// constituencies must be unique): its id (when it could be read) and the
/// ballot (when it is valid), with every problem in `diagnostics`, in the
/// order one pass over the file finds them.
fn load_ballot(source: &SourceFile, alone: Alone, seen: &mut Seen, diagnostics: &mut Diagnostics) -> (Option<String>, Option<Ballot>) {
    diagnostics.0.extend(alone.parsed.0);
    let Some((raw_id, id_position)) = alone.id else {
        return (None, None);
    };
    let id = Some(raw_id.clone());
    // Ids must be unique whether or not the rest of the file is valid.
    let id_path = FieldPath::root().key("id");
    if let Some((other, other_position)) = seen.ids.get(&raw_id) {
        diagnostics.push(
            source
                .error_at(id_position, msg!("def-ballot-id-twice", id = format!("{raw_id:?}")))
                .field(id_path.clone())
                .hint(msg!("def-ballot-id-twice-hint", place = place(other, *other_position))),
        );
    } else {
        seen.ids.insert(raw_id, (source.path.clone(), id_position));
    }
    if alone.unchecked {
        seen.unchecked += 1;
        return (id, None);
    }
    diagnostics.0.extend(alone.validated.0);
    let Some((keys, position, ballot, layout)) = alone.valid else {
        return (id, None);
    };
    // Two ballots for one constituency (name and region together: a name
    // alone may repeat across regions) are a copied file not fully edited.
    if let Some((other, other_position)) = keys.iter().find_map(|k| seen.constituencies.get(k)) {
        diagnostics.push(
            source
                .error_at(position, msg!("def-constituency-twice"))
                .field(FieldPath::root().key("constituency").key("name"))
                .hint(msg!("def-constituency-twice-hint", place = place(other, *other_position))),
        );
        return (id, None);
    }
    for key in keys {
        seen.constituencies.insert(key, (source.path.clone(), position));
    }
    diagnostics.0.extend(layout.0);
    (id, ballot)
}

/// A constituency as compared for duplicates, once per language: its name,
/// region and contest (an oblast and a district maslikhat may both have a
/// "№ 5" district in one region) in that language, case and spacing ignored.
fn constituency_keys(constituency: &crate::model::Constituency, contest: &crate::model::Contest) -> Vec<String> {
    let fold = validate::comparable_name;
    constituency
        .name
        .0
        .iter()
        .map(|(lang, name)| {
            let region = constituency.region.as_ref().map_or(String::new(), |r| fold(r.get(*lang)));
            format!("{lang}: {} / {region} / {} {}", fold(name), contest.kind.name(), fold(contest.title.get(*lang)))
        })
        .collect()
}

/// `file:line:column`, where another file says the same.
fn place(file: &Path, position: crate::diag::Position) -> String {
    format!("{}:{}:{}", file.display(), position.line, position.column)
}

fn check_unique_election_ids(elections: &[Election], diagnostics: &mut Diagnostics) {
    let mut seen: BTreeMap<&str, &Path> = BTreeMap::new();
    for election in elections {
        if let Some(first) = seen.insert(&election.info.id, &election.source) {
            diagnostics.push(
                Diagnostic::error(msg!("def-election-id-twice", id = format!("{:?}", election.info.id)))
                    .in_file(&election.source)
                    .hint(msg!("def-election-id-twice-hint", file = first)),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Loaded;
    use crate::dev::testing::{corpus_base, load_texts};

    #[test]
    fn a_large_lexicon_on_one_line_gives_a_few_short_warnings() {
        // 10,000 entries on one line (a shared national lexicon): every one
        // unused here. Listing each with a copy of the line took gigabytes.
        let words: Vec<String> = (0..10_000).map(|i| format!("Слово{i}: слово")).collect();
        let election = format!("{}speech:\n  lexicon:\n    ru: {{ {} }}\n", corpus_base("election.yaml"), words.join(", "));
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("election.yaml"), election).unwrap();
        std::fs::write(dir.path().join("b.yaml"), corpus_base("ballot.yaml")).unwrap();
        let loaded = crate::definition::load(&[dir.path().to_path_buf()]);
        assert!(!loaded.diagnostics.has_errors(), "{:?}", loaded.diagnostics.0.first());
        let warnings = &loaded.diagnostics.0;
        assert_eq!(warnings.len(), 1 + super::MAX_UNUSED_LISTED);
        assert!(warnings[0].message.to_string().starts_with("10,000 lexicon entries match no word"), "{}", warnings[0].message);
        assert!(warnings.iter().all(|w| w.snippet.as_ref().is_none_or(|s| s.chars().count() <= 200)));
        // The shown line is a window with the caret under the entry.
        let shown = warnings[5].to_string();
        assert!(shown.contains("…") && shown.contains("^"), "{shown}");
    }

    #[test]
    fn proof_id_changes_with_content_and_only_with_content() {
        let a = load_texts(&corpus_base("election.yaml"), &corpus_base("ballot.yaml"));
        let b = load_texts(&corpus_base("election.yaml"), &corpus_base("ballot.yaml").replace("# ", "# comment "));
        let c = load_texts(&corpus_base("election.yaml"), &corpus_base("ballot.yaml").replace("АЛИЕВ Гани", "АЛИЕВ Ганн"));
        let id = |l: &Loaded| l.elections[0].ballots[0].proof_id.clone();
        assert!(super::proof::is_proof_id(&id(&a)), "{}", id(&a));
        assert_eq!(id(&a), id(&b));
        assert_ne!(id(&a), id(&c));
    }
}
