//! Plans and runs the build: one job per ballot and material, in parallel,
//! writing each ballot's files atomically once all its materials rendered,
//! then the election's manifest. Beside it: the environment check and giving
//! memory back.
//!
//! A ballot whose rendering fails keeps its previous files and manifest
//! entries; the others are written as usual.

pub(crate) mod environment;
pub(crate) mod memory;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use rayon::prelude::*;
use sha2::{Digest, Sha256};

use crate::i18n::{Arg, Explain, Message};
use crate::output::manifest::{BallotEntry, Manifest, OutputEntry, MANIFEST_FILE};
use crate::msg;
use crate::model::{Ballot, Election};
use crate::render::{RenderContext, RenderedFile, Renderer};
use crate::review::BallotReview;
use crate::util::write::write_atomic_streamed;

/// Build threads per job (`--jobs` counts the cores to keep busy). A thread
/// spends about a quarter of a cold build waiting: for its speech worker's
/// answer (the worker's forked child then computes, but the fork, the pipes
/// and the exit do not) and for the disk (`syncfs`). With one thread a job
/// those waits left a core idle (170% CPU of 200% on 2 cores); with two the
/// other thread takes the core meanwhile (bench/run). Memory grows by the
/// ballots in flight (a few MB each); outputs do not depend on it.
const THREADS_PER_JOB: usize = 2;

/// How to run a build.
#[derive(Clone, Debug)]
pub struct BuildOptions {
    /// The output folder (`--out`).
    pub out: PathBuf,
    /// Worker threads.
    pub jobs: usize,
    /// Rebuild ballots whose inputs are unchanged too.
    pub force: bool,
    /// A ballot with warnings is not written (`--strict`): its previous files stay.
    pub strict: bool,
    /// Where synthesised speech is kept between runs (`--cache`; `<out>/.cache` by default).
    pub cache: PathBuf,
}

/// Receives progress as ballots finish.
pub trait Progress: Sync {
    /// The build will handle `total` ballots.
    fn start(&self, _total: usize) {}
    /// One ballot is done (built, skipped or failed).
    fn done(&self, _election: &str, _ballot: &str) {}
    /// Something the person running the build should know now (waiting for a lock).
    fn note(&self, _message: Message) {}
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
    pub cause: Message,
    /// How to fix it, when there is something useful to say.
    pub hint: Option<Message>,
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
    pub warnings: Vec<Message>,
    /// Why the build stopped early (the output disk is full), if it did.
    pub stopped: Option<Message>,
    /// Ballots not attempted because the build stopped.
    pub not_built: usize,
    /// Where the time went.
    pub profile: Profile,
}

/// Where a build's time went (`BALLOT_ACCESS_PROFILE`, `bench/run`).
#[derive(Clone, Debug, Default)]
pub struct Profile {
    /// CPU seconds of the build's own threads, by stage.
    pub stages: Vec<crate::util::profile::StageTotal>,
    /// CPU seconds of the speech workers and the children they forked: espeak-ng.
    pub speech_workers_cpu_seconds: f64,
    /// Seconds build threads waited for the speech workers' answers.
    pub speech_wait_seconds: f64,
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

/// Builds every ballot of every election into `options.out`. Takes the
/// elections so that each one's ballots are dropped once rendered: the
/// manifest, review pages and print plan need only their records, and at
/// national scale the validated ballots are the largest thing held.
pub fn build(
    elections: Vec<Election>,
    renderers: &[Box<dyn Renderer>],
    context: &RenderContext,
    options: &BuildOptions,
    progress: &dyn Progress,
) -> Result<BuildReport, Message> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.jobs.max(1) * THREADS_PER_JOB)
        .build()
        .map_err(|e| msg!("build-cannot-start-threads", cause = e.to_string()))?;
    let mut report = BuildReport::default();
    // This build's share of the process's profile.
    let profile_start = crate::util::profile::totals();
    // Each election stops its workers when its ballots are done; this stops
    // them on a panic too.
    let _workers = StopSpeechWorkers;
    // One build at a time per election output folder; held until the build ends.
    let mut ids: Vec<String> = elections.iter().map(|e| e.info.id.clone()).collect();
    ids.sort_unstable(); // always the same order: two builds never wait on each other
    let _locks = lock_elections(&ids, options, progress)?;
    // Temporary files of an earlier build that was killed mid-write.
    let marks: Vec<_> = ids
        .iter()
        .map(|id| crate::output::lock::start_build(&options.out, id, &options.cache, &options.out.join(id).join(crate::review::REVIEW_DIR)))
        .collect();
    let context = &RenderContext { cache_dir: Some(options.cache.clone()), ..context.clone() };
    progress.start(elections.iter().map(|e| e.ballots.len()).sum());
    // What loading and validating freed (every definition file's text).
    crate::build::memory::release_freed();
    let disk_full = std::sync::OnceLock::new();
    let mut speech_workers_cpu = 0.0;
    for mut election in elections {
        // Each ballot is dropped once it is skipped or rendered: what comes
        // after (the manifest, review pages, print plan) needs only records.
        let ballots = std::mem::take(&mut election.ballots);
        let election = &election;
        let folder = options.out.join(&election.info.id);
        let manifest_path = folder.join(MANIFEST_FILE);
        let old = Manifest::read(&manifest_path).filter(|m| m.election == election.info.id);
        let mut manifest = Manifest::new(&election.info.id, &election.info.languages);
        let environment = manifest.environment();
        // Quantities are not inputs of any material: an unchanged (skipped)
        // ballot still takes its current polling stations into the plan. (Its
        // paper is part of its proof id, so that entry's paper is current.)
        // Its keys are the ballots defined, for carrying the old records over.
        let stations: HashMap<String, (String, Option<u32>)> = ballots.iter().map(|b| (b.id.clone(), (b.proof_id.clone(), b.polling_stations))).collect();
        let todo = to_build(ballots, election, old.as_ref(), &environment, options, &mut report, progress);
        if let Some(old) = old {
            carry_over(&mut manifest, old, election.complete, &|id| stations.contains_key(id));
        }
        let results: Vec<Option<Result<Built, Failure>>> = pool.install(|| {
            todo.into_par_iter()
                .map(|(ballot, inputs)| {
                    // A full disk fails every later ballot the same way: stop trying.
                    if disk_full.get().is_some() {
                        return None;
                    }
                    let _stage = crate::util::profile::enter(crate::util::profile::Stage::Other);
                    let result = build_ballot(election, &ballot, &inputs, renderers, context, options, &disk_full);
                    progress.done(&election.info.id, &ballot.id);
                    drop(ballot);
                    if let Ok(built) = &result {
                        crate::build::memory::freed(built.outputs.iter().map(|o| o.bytes as usize).sum());
                    }
                    Some(result)
                })
                .collect()
        });
        // The speech workers are done with this election: stopped (started
        // again for the next), so their memory is not held through the plan
        // and the review pages, where the build's own peak is.
        speech_workers_cpu += crate::speech::worker::stop_all();
        // The last ballots' files, before the manifest, pages and plan are made.
        crate::build::memory::release_freed();
        let fresh = record_results(results, &election.info.id, &mut report);
        let fresh_ids: HashSet<String> = fresh.iter().map(|(entry, _)| entry.id.clone()).collect();
        manifest.set_ballots(fresh);
        for entry in &mut manifest.ballots {
            if let Some((proof_id, current)) = stations.get(&entry.id) {
                if *proof_id == entry.proof_id {
                    entry.polling_stations = *current;
                }
            }
        }
        // Nothing to record (a first build whose every ballot failed): write
        // nothing, as any failed build.
        if !manifest_path.exists() && manifest.ballots.is_empty() {
            continue;
        }
        let written = write_records(&folder, election, &mut manifest, &fresh_ids, &pool, context);
        match written {
            // The disk filled up during this build: the stop report says so, and
            // what could not be rewritten keeps its previous, complete version
            // (an old manifest makes the next run rebuild what it lacks).
            Err(_) if disk_full.get().is_some() => {}
            Err(error) => return Err(error),
            Ok(()) => {}
        }
    }
    report.stopped = disk_full.into_inner();
    let (stages, speech_wait_seconds) = crate::util::profile::since(&profile_start);
    report.profile = Profile { stages, speech_workers_cpu_seconds: speech_workers_cpu, speech_wait_seconds };
    for mark in marks {
        mark.end();
    }
    Ok(report)
}

/// Takes every election's build lock (waiting for another build of it).
fn lock_elections(ids: &[String], options: &BuildOptions, progress: &dyn Progress) -> Result<Vec<std::fs::File>, Message> {
    ids.iter()
        .map(|id| {
            crate::output::lock::lock_election(
                &options.out,
                id,
                || progress.note(msg!("build-waiting-for-other-build", election = id.as_str(), out = &options.out)),
                |e| progress.note(msg!("build-cannot-lock-here", folder = &options.out.join(id), cause = e.to_string())),
            )
            .map_err(|e| msg!("build-cannot-lock", folder = &options.out.join(id), cause = e.to_string()))
        })
        .collect()
}

/// The ballots to build, with their input hashes: those whose inputs
/// changed or whose outputs are not all there (or every one, with
/// `--force`). The others are counted as skipped, their warnings said
/// again; a ballot whose id another definition file had is a failure.
fn to_build(ballots: Vec<Ballot>, election: &Election, old: Option<&Manifest>, environment: &str, options: &BuildOptions, report: &mut BuildReport, progress: &dyn Progress) -> Vec<(Ballot, String)> {
    let folder = options.out.join(&election.info.id);
    let mut todo = Vec::new();
    let old_entries: HashMap<&str, &BallotEntry> = old.iter().flat_map(|m| &m.ballots).map(|b| (b.id.as_str(), b)).collect();
    let old_outputs = old.map(Manifest::outputs_by_ballot).unwrap_or_default();
    // Each ballot's input hash and whether its recorded outputs are all there
    // (a stat of every file: 180,000 for the country), on every core.
    let checked: Vec<(String, bool)> = ballots
        .par_iter()
        .map(|ballot| {
            let inputs = input_hash(environment, election, ballot);
            let outputs = old_outputs.get(ballot.id.as_str()).map_or(&[][..], Vec::as_slice);
            let current = !options.force && old_entries.get(ballot.id.as_str()).is_some_and(|entry| Manifest::is_current(entry, outputs, &inputs, &folder));
            (inputs, current)
        })
        .collect();
    for (ballot, (inputs, current)) in ballots.into_iter().zip(checked) {
        let entry = old_entries.get(ballot.id.as_str());
        // Never replace a ballot's outputs with another definition file's:
        // two files with one id (the other not selected, or copied in since).
        let source = source_in_election(election, &ballot);
        let election_dir = election.source.parent().unwrap_or(Path::new(""));
        if let Some(other) = entry.filter(|e| e.source != source && declares_id(&election_dir.join(&e.source), &ballot.id)) {
            report.failures.push(Failure {
                election: election.info.id.clone(),
                ballot: ballot.id.clone(),
                stage: "definition".into(),
                cause: msg!("build-same-id-as-before", before = other.source.as_str(), now = source.as_str()),
                hint: Some(msg!("build-same-id-as-before-hint")),
            });
            progress.done(&election.info.id, &ballot.id);
            continue;
        }
        match entry {
            Some(entry) if current => {
                report.skipped += 1;
                // Still outstanding: shown again, and counted by `--strict`.
                // Kept in the manifest as English text: said again as it was written.
                report.warnings.extend(entry.warnings.iter().map(|w| msg!("build-warning-unchanged", ballot = format!("{}/{}", election.info.id, ballot.id), warning = Message::untranslated(w.as_str()))));
                progress.done(&election.info.id, &ballot.id);
            }
            _ => todo.push((ballot, inputs)),
        }
    }
    todo
}

/// Counts what the ballots' builds gave, and keeps the records of those built.
fn record_results(results: Vec<Option<Result<Built, Failure>>>, election: &str, report: &mut BuildReport) -> Vec<(BallotEntry, Vec<OutputEntry>)> {
    report.not_built += results.iter().filter(|r| r.is_none()).count();
    let mut fresh = Vec::new();
    for result in results.into_iter().flatten() {
        match result {
            Ok(built) => {
                report.built += 1;
                report.files += built.outputs.len();
                let prefix = format!("{election}/{}", built.entry.id);
                report.warnings.extend(built.warnings.iter().map(|w| msg!("build-warning", ballot = prefix.as_str(), warning = w.clone())));
                fresh.push((built.entry, built.outputs));
            }
            Err(failure) => report.failures.push(failure),
        }
    }
    fresh
}

/// The election's records: the print plan, the review pages and the
/// manifest (with the plan's hashes), in that order.
fn write_records(folder: &Path, election: &Election, manifest: &mut Manifest, fresh_ids: &HashSet<String>, pool: &rayon::ThreadPool, context: &RenderContext) -> Result<(), Message> {
    // The plan's rows beside the review pages (both read the manifest only);
    // the job sheet, when it must be drawn, after the pages (at national
    // scale each is thousands of pages; drawn at once, their peaks added
    // up: 319 MB for the country, against the 300 MB allowed); the
    // manifest, which records the plan's hashes, is written after both.
    let (planned, pages) = pool.install(|| {
        rayon::join(
            || {
                let _stage = crate::util::profile::enter(crate::util::profile::Stage::PrintPlan);
                crate::deliver::print_plan::plan(folder, &election.info, manifest, context.source_date_epoch)
            },
            || {
                let _stage = crate::util::profile::enter(crate::util::profile::Stage::ReviewPages);
                crate::review::write_pages(folder, &election.info, manifest, &|id| fresh_ids.contains(id))
            },
        )
    });
    let plan = {
        let _stage = crate::util::profile::enter(crate::util::profile::Stage::PrintPlan);
        planned.finish(&election.info, context.source_date_epoch)
    };
    let manifest_path = folder.join(MANIFEST_FILE);
    pages.and(plan).and_then(|plan| {
        manifest.print_plan = plan.entries.clone();
        let _stage = crate::util::profile::enter(crate::util::profile::Stage::Manifest);
        // Streamed to its file: at national scale it is tens of megabytes.
        write_atomic_streamed(&manifest_path, |out| manifest.write_json(out))
            .map_err(|e| msg!("build-cannot-write", path = &manifest_path, cause = e.to_string()))
            .and_then(|()| plan.write())
    })
}

/// The profile's stage of a material (by its renderer's name).
fn stage_of(renderer: &str) -> crate::util::profile::Stage {
    use crate::util::profile::Stage;
    match renderer {
        "stencil" => Stage::Stencil,
        "overlay" => Stage::Overlay,
        "large-print" => Stage::LargePrint,
        "braille" => Stage::Embosser,
        "audio" => Stage::Audio,
        _ => Stage::Other,
    }
}

/// Stops the idle speech workers when dropped.
struct StopSpeechWorkers;

impl Drop for StopSpeechWorkers {
    fn drop(&mut self) {
        crate::speech::worker::stop_all();
    }
}

/// Keeps the old manifest's ballots (and their outputs) that still exist.
fn carry_over(manifest: &mut Manifest, old: Manifest, complete: bool, defined: &dyn Fn(&str) -> bool) {
    // A complete run knows every ballot: drop records of ballots no longer defined.
    let keep = |id: &str| !complete || defined(id);
    manifest.ballots = old.ballots.into_iter().filter(|b| keep(&b.id)).collect();
    manifest.outputs = old.outputs.into_iter().filter(|o| keep(crate::output::manifest::ballot_of(&o.path))).collect();
}

fn per_language(languages: &[crate::model::Lang], text: &crate::model::Text) -> std::collections::BTreeMap<String, String> {
    languages.iter().map(|&l| (l.code().to_owned(), text.get(l).to_owned())).collect()
}

/// Whether the definition file at `path` still exists and gives this id (a
/// file whose id was changed since no longer owns the outputs).
fn declares_id(path: &Path, id: &str) -> bool {
    let Ok(text) = std::fs::read_to_string(path) else { return false };
    // An unparsable definition still claims its outputs: better to stop than to overwrite.
    crate::definition::declared_id(&text).map_or(true, |declared| declared.is_none_or(|(declared, _)| declared == id))
}

/// A ballot's definition file relative to its election's folder, with `/`.
fn source_in_election(election: &Election, ballot: &Ballot) -> String {
    let election_dir = election.source.parent().unwrap_or(Path::new(""));
    ballot.source.strip_prefix(election_dir).unwrap_or(&ballot.source).to_string_lossy().replace('\\', "/")
}

/// One ballot's successful build.
struct Built {
    entry: BallotEntry,
    outputs: Vec<OutputEntry>,
    warnings: Vec<Message>,
}

/// Hash of everything a ballot's outputs depend on: its validated content with
/// the election's settings, and the tool, fonts, tables and voices.
fn input_hash(environment: &str, election: &Election, ballot: &Ballot) -> String {
    let content = serde_json::to_vec(&(&election.info, ballot)).unwrap_or_default();
    let mut hasher = Sha256::new();
    hasher.update(environment.as_bytes());
    hasher.update(&content);
    crate::util::hash::hex(&hasher.finalize())
}

fn build_ballot(
    election: &Election,
    ballot: &Ballot,
    inputs: &str,
    renderers: &[Box<dyn Renderer>],
    context: &RenderContext,
    options: &BuildOptions,
    disk_full: &std::sync::OnceLock<Message>,
) -> Result<Built, Failure> {
    let folder = options.out.join(&election.info.id);
    let failure = |stage: &str, cause: Message, hint: Option<Message>| Failure {
        election: election.info.id.clone(),
        ballot: ballot.id.clone(),
        stage: stage.to_owned(),
        cause,
        hint,
    };
    let mut files: Vec<RenderedFile> = Vec::new();
    let mut warnings = ballot.notes.clone();
    let mut review = BallotReview::default();
    let mut pages = std::collections::BTreeMap::new();
    let mut joins = std::collections::BTreeMap::new();
    for job in plan(ballot, renderers) {
        let _stage = crate::util::profile::enter(stage_of(job.renderer.name()));
        let rendered = job
            .renderer
            .render(context, &election.info, job.ballot)
            .map_err(|e| failure(job.renderer.name(), e.message(), e.hint()))?;
        files.extend(rendered.files);
        warnings.extend(rendered.warnings);
        review.extend(rendered.review);
        pages.extend(rendered.pages);
        joins.extend(rendered.joins);
    }
    if options.strict && !warnings.is_empty() {
        return Err(failure("strict", msg!("build-strict-ballot", warnings = warnings.len(), list = Arg::List(warnings.clone())), None));
    }
    files.push(RenderedFile { name: crate::review::REVIEW_DATA_FILE.to_owned(), bytes: review.to_json() });
    // All of the ballot's files or none: a write failure keeps its previous files.
    let targets: Vec<(PathBuf, &[u8])> = files.iter().map(|f| (folder.join(&ballot.id).join(&f.name), f.bytes.as_slice())).collect();
    let _stage = crate::util::profile::enter(crate::util::profile::Stage::Write);
    crate::util::write::write_all_atomic(&targets).map_err(|(path, e)| {
        if e.kind() == std::io::ErrorKind::StorageFull {
            let _ = disk_full.set(msg!("build-disk-full", path = &path, cause = e.to_string()));
        }
        failure("write", msg!("build-cannot-write", path = &path, cause = e.to_string()), None)
    })?;
    let outputs = files.iter().map(|f| OutputEntry::of(format!("{}/{}", ballot.id, f.name), &f.bytes)).collect();
    let entry = BallotEntry {
        id: ballot.id.clone(),
        source: source_in_election(election, ballot),
        proof_id: ballot.proof_id.clone(),
        inputs: inputs.to_owned(),
        constituency: per_language(&election.info.languages, &ballot.constituency.name),
        constituency_number: ballot.constituency.number,
        region: ballot.constituency.region.as_ref().map(|r| per_language(&election.info.languages, r)).unwrap_or_default(),
        warnings: warnings.iter().map(ToString::to_string).collect(),
        tracks: review.tracks.iter().fold(std::collections::BTreeMap::new(), |mut counts, t| {
            *counts.entry(t.lang.clone()).or_insert(0) += 1;
            counts
        }),
        polling_stations: ballot.polling_stations,
        paper_mm: [ballot.paper.width_mm, ballot.paper.height_mm],
        pages,
        joins,
    };
    Ok(Built { entry, outputs, warnings })
}
