//! The `build` command: load, report, build through the library, report.

use std::path::PathBuf;
use std::time::Instant;

use crate::i18n::{Arg, Explain};
use crate::i18n::Locale;
use crate::msg;
use crate::project::BuildOptions;

use super::{error_maybe_hint, error_with_hint, fail, progress, report, say, warning};

/// Where `build` writes its profile by stage (for `bench/run`), if set.
const PROFILE_VARIABLE: &str = "BALLOT_ACCESS_PROFILE";

/// The profile as tab-separated lines: stage, CPU seconds, wall seconds
/// summed over threads. A developers' table, in English.
fn profile_table(profile: &crate::project::Profile) -> String {
    let mut table = String::from("stage\tcpu_seconds\twall_seconds\n");
    for stage in &profile.stages {
        table.push_str(&format!("{}\t{:.3}\t{:.3}\n", stage.stage.name(), stage.cpu_seconds, stage.wall_seconds));
    }
    table.push_str(&format!("espeak-ng (speech workers)\t{:.3}\t\n", profile.speech_workers_cpu_seconds));
    table.push_str(&format!("waiting for speech workers\t\t{:.3}\n", profile.speech_wait_seconds));
    table
}

/// The `build` command's options.
pub(super) struct BuildArgs {
    pub(super) out: PathBuf,
    pub(super) jobs: Option<u16>,
    pub(super) only: Option<String>,
    pub(super) force: bool,
    pub(super) quiet: bool,
    pub(super) strict: bool,
    pub(super) cache: Option<PathBuf>,
}

pub(super) fn build(paths: &[PathBuf], args: BuildArgs, ui: Locale) -> i32 {
    let started = Instant::now();
    let out = args.out.clone();
    // With --only, other ballots' problems do not block the selected ones.
    let project = crate::project::Project::load_only(paths, args.only.as_deref());
    if !project.environment_problems().is_empty() {
        // Checked before any definition was read.
        for problem in project.environment_problems() {
            error_maybe_hint(ui, problem.message(), problem.hint());
        }
        return 1;
    }
    let loaded = project.loaded();
    if report(loaded, ui) {
        say(ui, msg!("cli-build-invalid", errors = loaded.diagnostics.error_count(), out = &out));
        return 1;
    }
    let warnings = loaded.diagnostics.0.len() - loaded.diagnostics.error_count();
    if args.strict && warnings > 0 {
        return fail(ui, msg!("cli-build-strict-definitions", warnings = warnings, out = &out));
    }
    for skipped in &loaded.not_built {
        eprintln!("{}: {}", msg!("label-note").render(ui), msg!("cli-build-not-selected", file = &skipped.file, errors = skipped.errors).render(ui));
    }
    if let Some(pattern) = &args.only {
        if loaded.ballot_count() == 0 {
            return fail(ui, msg!("cli-build-only-matches-nothing", pattern = format!("{pattern:?}")));
        }
    }
    let jobs = args.jobs.map_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()), usize::from);
    let cache = args.cache.clone().unwrap_or_else(|| out.join(".cache"));
    let options = BuildOptions { out: out.clone(), jobs, force: args.force, strict: args.strict, cache };
    let progress = progress::Reporter::new(args.quiet, ui);
    let result = project.build(&options, &progress);
    progress.finish();
    let report = match result {
        Ok(report) => report,
        Err(problem) => {
            for (message, hint) in problem.messages() {
                error_maybe_hint(ui, message, hint);
            }
            return 1;
        }
    };
    if let Some(path) = std::env::var_os(PROFILE_VARIABLE) {
        if let Err(e) = std::fs::write(&path, profile_table(&report.profile)) {
            warning(ui, msg!("cli-build-cannot-write-profile", path = std::path::Path::new(&path), cause = e.to_string()));
        }
    }
    for message in &report.warnings {
        warning(ui, message.clone());
    }
    if let Some(cause) = &report.stopped {
        error_with_hint(ui, msg!("cli-build-stopped", cause = cause.clone()), msg!("cli-build-stopped-hint", not_started = report.not_built));
    }
    for failure in &report.failures {
        error_maybe_hint(ui, msg!("cli-build-ballot-failed", ballot = format!("{}/{}", failure.election, failure.ballot), stage = failure.stage.to_string(), cause = failure.cause.clone()), failure.hint.clone());
    }
    if !args.quiet || !report.failures.is_empty() {
        let clips = crate::speech::clips::stats();
        say(ui, msg!("cli-build-clips", synthesised = clips.synthesised, from_cache = clips.from_disk, reused = clips.reused));
    }
    let damaged = crate::speech::clips::damaged();
    if !damaged.is_empty() {
        eprintln!(
            "{}: {}\n  = {}: {}",
            msg!("label-warning").render(ui),
            msg!("cli-build-cache-damaged", count = crate::speech::clips::stats().damaged, entries = damaged.join("; ")).render(ui),
            msg!("label-hint").render(ui),
            msg!("cli-build-cache-damaged-hint").render(ui)
        );
    }
    if !args.quiet || !report.failures.is_empty() {
        say(ui, msg!("cli-build-summary", built = report.built, skipped = report.skipped, failed = report.failures.len(), files = report.files, out = &out, seconds = Arg::decimal(started.elapsed().as_secs_f64(), 1)));
    }
    if args.strict && !report.warnings.is_empty() {
        return fail(ui, msg!("cli-build-strict", warnings = report.warnings.len()));
    }
    i32::from(!report.failures.is_empty() || report.stopped.is_some())
}
