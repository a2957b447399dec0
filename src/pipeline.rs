//! Plans and runs the build: one job per ballot and material, in parallel,
//! writing each ballot's files atomically once all its materials rendered,
//! then the election's manifest.
//!
//! A ballot whose rendering fails keeps its previous files and manifest
//! entries; the others are written as usual.

use std::path::{Path, PathBuf};

use rayon::prelude::*;
use sha2::{Digest, Sha256};

use crate::manifest::{BallotEntry, Manifest, OutputEntry, MANIFEST_FILE};
use crate::model::{Ballot, Election};
use crate::render::{BrailleCheck, RenderContext, RenderedFile, Renderer};
use crate::write::write_atomic;

/// How to run a build.
#[derive(Clone, Debug)]
pub struct BuildOptions {
    /// The output folder (`--out`).
    pub out: PathBuf,
    /// Worker threads.
    pub jobs: usize,
    /// Rebuild ballots whose inputs are unchanged too.
    pub force: bool,
}

/// Receives progress as ballots finish.
pub trait Progress: Sync {
    /// The build will handle `total` ballots.
    fn start(&self, _total: usize) {}
    /// One ballot is done (built, skipped or failed).
    fn done(&self, _election: &str, _ballot: &str) {}
}

/// Progress that is not shown.
pub struct Silent;

impl Progress for Silent {}

/// A ballot that could not be built.
#[derive(Clone, Debug)]
pub struct Failure {
    /// Election id.
    pub election: String,
    /// Ballot id.
    pub ballot: String,
    /// Material (renderer name) or `write`.
    pub stage: String,
    /// What went wrong.
    pub cause: String,
}

/// What a build did.
#[derive(Clone, Debug, Default)]
pub struct BuildReport {
    /// Ballots whose files were all written.
    pub built: usize,
    /// Ballots skipped because nothing they depend on changed.
    pub skipped: usize,
    /// Files written.
    pub files: usize,
    /// Ballots that failed, with causes.
    pub failures: Vec<Failure>,
    /// Warnings from rendering, each naming its election and ballot.
    pub warnings: Vec<String>,
}

/// One job of the plan: render one material of one ballot.
#[derive(Clone, Copy)]
pub struct Job<'a> {
    /// The ballot.
    pub ballot: &'a Ballot,
    /// The material.
    pub renderer: &'a dyn Renderer,
}

/// The jobs for one ballot: one per material.
pub fn plan<'a>(ballot: &'a Ballot, renderers: &'a [Box<dyn Renderer>]) -> Vec<Job<'a>> {
    renderers
        .iter()
        .map(|r| Job {
            ballot,
            renderer: r.as_ref(),
        })
        .collect()
}

/// Builds every ballot of every election into `options.out`.
pub fn build(
    elections: &[Election],
    renderers: &[Box<dyn Renderer>],
    context: &RenderContext,
    options: &BuildOptions,
    progress: &dyn Progress,
) -> Result<BuildReport, String> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.jobs.max(1))
        .build()
        .map_err(|e| format!("cannot start worker threads: {e}"))?;
    let mut report = BuildReport::default();
    // Temporary files of an earlier build that was killed mid-write.
    crate::write::remove_leftovers(&options.out);
    let context = &RenderContext { cache_dir: Some(options.out.join(".cache")), ..context.clone() };
    progress.start(elections.iter().map(|e| e.ballots.len()).sum());
    for election in elections {
        let folder = options.out.join(&election.info.id);
        let manifest_path = folder.join(MANIFEST_FILE);
        let old = Manifest::read(&manifest_path).filter(|m| m.election == election.info.id);
        let mut manifest = match old.clone() {
            Some(old) => carry_over(old, election),
            None => Manifest::new(&election.info.id, &election.info.languages),
        };
        let environment = manifest.environment();
        // Ballots whose inputs are unchanged and whose outputs are all there are skipped.
        let mut todo: Vec<(&Ballot, String)> = Vec::new();
        for ballot in &election.ballots {
            let inputs = input_hash(&environment, election, ballot);
            let current = old.as_ref().is_some_and(|m| m.is_current(&ballot.id, &inputs, &folder));
            if current && !options.force {
                report.skipped += 1;
                // Still outstanding: shown again, and counted by `--strict`.
                if let Some(entry) = old.as_ref().and_then(|m| m.ballots.iter().find(|b| b.id == ballot.id)) {
                    report.warnings.extend(entry.warnings.iter().map(|w| format!("{}/{} (unchanged): {w}", election.info.id, ballot.id)));
                }
                progress.done(&election.info.id, &ballot.id);
            } else {
                todo.push((ballot, inputs));
            }
        }
        let results: Vec<Result<Built, Failure>> = pool.install(|| {
            todo.par_iter()
                .map(|(ballot, inputs)| {
                    let result = build_ballot(election, ballot, inputs, renderers, context, &folder);
                    progress.done(&election.info.id, &ballot.id);
                    result
                })
                .collect()
        });
        for result in results {
            match result {
                Ok(built) => {
                    report.built += 1;
                    report.files += built.outputs.len();
                    let prefix = format!("{}/{}", election.info.id, built.entry.id);
                    report.warnings.extend(built.warnings.iter().map(|w| format!("{prefix}: {w}")));
                    manifest.set_ballot(built.entry, built.outputs);
                }
                Err(failure) => report.failures.push(failure),
            }
        }
        write_atomic(&manifest_path, &manifest.to_json())
            .map_err(|e| format!("cannot write {}: {e}", manifest_path.display()))?;
        for (name, html) in crate::review::pages(&election.info, &manifest) {
            let path = folder.join(crate::review::REVIEW_DIR).join(name);
            write_atomic(&path, html.as_bytes()).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        }
    }
    Ok(report)
}

/// Keeps the old manifest's ballots that still exist, under this build's versions.
fn carry_over(old: Manifest, election: &Election) -> Manifest {
    let mut manifest = Manifest::new(&election.info.id, &election.info.languages);
    for ballot in old.ballots {
        // A complete run knows every ballot: drop records of ballots no longer defined.
        if election.complete && !election.ballots.iter().any(|b| b.id == ballot.id) {
            continue;
        }
        let prefix = format!("{}/", ballot.id);
        let outputs = old
            .outputs
            .iter()
            .filter(|o| o.path.starts_with(&prefix))
            .cloned()
            .collect();
        manifest.set_ballot(ballot, outputs);
    }
    manifest
}

fn per_language(languages: &[crate::model::Lang], text: &crate::model::Text) -> std::collections::BTreeMap<String, String> {
    languages.iter().map(|&l| (l.code().to_owned(), text.get(l).to_owned())).collect()
}

/// One ballot's successful build.
struct Built {
    entry: BallotEntry,
    outputs: Vec<OutputEntry>,
    warnings: Vec<String>,
}

/// Hash of everything a ballot's outputs depend on: its validated content with
/// the election's settings, and the tool, fonts, tables and voices.
fn input_hash(environment: &str, election: &Election, ballot: &Ballot) -> String {
    let content = serde_json::to_vec(&(&election.info, ballot)).unwrap_or_default();
    let mut hasher = Sha256::new();
    hasher.update(environment.as_bytes());
    hasher.update(&content);
    crate::fonts::hex(&hasher.finalize())
}

fn build_ballot(
    election: &Election,
    ballot: &Ballot,
    inputs: &str,
    renderers: &[Box<dyn Renderer>],
    context: &RenderContext,
    folder: &Path,
) -> Result<Built, Failure> {
    let failure = |stage: &str, cause: String| Failure {
        election: election.info.id.clone(),
        ballot: ballot.id.clone(),
        stage: stage.to_owned(),
        cause,
    };
    let mut files: Vec<RenderedFile> = Vec::new();
    let mut warnings = Vec::new();
    let mut braille_checks: Vec<BrailleCheck> = Vec::new();
    let (mut audio_checks, mut tracks) = (Vec::new(), Vec::new());
    for job in plan(ballot, renderers) {
        let rendered = job
            .renderer
            .render(context, &election.info, job.ballot)
            .map_err(|e| failure(job.renderer.name(), e.0))?;
        files.extend(rendered.files);
        warnings.extend(rendered.warnings);
        braille_checks.extend(rendered.braille_checks);
        audio_checks.extend(rendered.audio_checks);
        tracks.extend(rendered.tracks);
    }
    let mut outputs = Vec::new();
    for file in &files {
        let path = folder.join(&ballot.id).join(&file.name);
        write_atomic(&path, &file.bytes)
            .map_err(|e| failure("write", format!("{}: {e}", path.display())))?;
        outputs.push(OutputEntry::of(
            format!("{}/{}", ballot.id, file.name),
            &file.bytes,
        ));
    }
    let election_dir = election.source.parent().unwrap_or(Path::new(""));
    let source = ballot
        .source
        .strip_prefix(election_dir)
        .unwrap_or(&ballot.source);
    let entry = BallotEntry {
        id: ballot.id.clone(),
        source: source.to_string_lossy().replace('\\', "/"),
        proof_id: ballot.proof_id.clone(),
        inputs: inputs.to_owned(),
        constituency: per_language(&election.info.languages, &ballot.constituency.name),
        region: ballot.constituency.region.as_ref().map(|r| per_language(&election.info.languages, r)).unwrap_or_default(),
        warnings: warnings.clone(),
        braille_checks,
        audio_checks,
        tracks,
    };
    Ok(Built { entry, outputs, warnings })
}
