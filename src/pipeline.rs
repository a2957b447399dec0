//! Plans and runs the build: one job per ballot and material, in parallel,
//! writing each ballot's files atomically once all its materials rendered,
//! then the election's manifest.
//!
//! A ballot whose rendering fails keeps its previous files and manifest
//! entries; the others are written as usual.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

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
}

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
) -> Result<BuildReport, String> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.jobs.max(1))
        .build()
        .map_err(|e| format!("cannot start worker threads: {e}"))?;
    let mut report = BuildReport::default();
    let context = &RenderContext { cache_dir: Some(options.out.join(".cache")), ..context.clone() };
    for election in elections {
        let folder = options.out.join(&election.info.id);
        // Order-sensitive work first, one ballot after another (see `Renderer::prepare`).
        let mut prepared: Vec<Result<(), Failure>> = Vec::with_capacity(election.ballots.len());
        for ballot in &election.ballots {
            let outcome = renderers.iter().try_for_each(|r| {
                r.prepare(context, &election.info, ballot).map_err(|e| Failure {
                    election: election.info.id.clone(),
                    ballot: ballot.id.clone(),
                    stage: r.name().to_owned(),
                    cause: e.0,
                })
            });
            prepared.push(outcome);
        }
        let results: Vec<Result<Built, Failure>> = pool.install(|| {
            election
                .ballots
                .par_iter()
                .zip(prepared)
                .map(|(ballot, prepared)| prepared.and_then(|()| build_ballot(election, ballot, renderers, context, &folder)))
                .collect()
        });
        let manifest_path = folder.join(MANIFEST_FILE);
        let mut manifest = Manifest::read(&manifest_path)
            .filter(|m| m.election == election.info.id)
            .map(|old| carry_over(old, election))
            .unwrap_or_else(|| Manifest::new(&election.info.id, &election.info.languages));
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

/// One ballot's successful build.
struct Built {
    entry: BallotEntry,
    outputs: Vec<OutputEntry>,
    warnings: Vec<String>,
}

fn build_ballot(
    election: &Election,
    ballot: &Ballot,
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
    for job in plan(ballot, renderers) {
        let rendered = job
            .renderer
            .render(context, &election.info, job.ballot)
            .map_err(|e| failure(job.renderer.name(), e.0))?;
        files.extend(rendered.files);
        warnings.extend(rendered.warnings);
        braille_checks.extend(rendered.braille_checks);
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
        braille_checks,
    };
    Ok(Built { entry, outputs, warnings })
}
