//! The command line: `check` and `build` (see the design document's
//! "Command line" section). Exit codes: 0 success, 1 invalid input or failed
//! rendering, 2 usage errors.

mod help;
mod progress;

use std::path::PathBuf;
use std::time::Instant;

use clap::{Parser, Subcommand};

use crate::definition::{self, Loaded};
use crate::i18n::{Arg, Locale, Message};
use crate::msg;
use crate::model::Lang;
use crate::project::BuildOptions;
use crate::render::RenderContext;

/// Turns YAML ballot definitions into accessible election materials:
/// braille stencils, tactile overlays, large-print sheets and audio ballots.
#[derive(Debug, Parser)]
#[command(name = "ballot-access", version)]
pub struct Cli {
    /// Language of the interface: kk, ru or en (default: BALLOT_ACCESS_LANG, else the locale).
    #[arg(long, value_name = "CODE")]
    lang: Option<String>,
    #[command(subcommand)]
    command: Command,
}

/// The `--lang` given before the command, found before clap parses (the help
/// and clap's own errors are already in the interface language).
fn lang_flag(args: &[std::ffi::OsString]) -> Option<String> {
    let mut rest = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = rest.next() {
        if arg == "--lang" {
            return rest.next().map(|v| v.into_owned());
        }
        if let Some(value) = arg.strip_prefix("--lang=") {
            return Some(value.to_owned());
        }
        if !arg.starts_with('-') {
            // The command's own `--lang` (a braille table, a register's headings) is another thing.
            return None;
        }
    }
    None
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Validate definitions and report every problem; builds nothing.
    Check {
        /// Election folders, folders of elections, or single ballot files.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Print the Unicode braille of each TEXT (or of each line of standard input).
    Braille {
        /// Language whose braille table to use: kk, ru or en.
        #[arg(long, value_name = "CODE", value_parser = parse_lang)]
        lang: Lang,
        /// Texts to translate; none: one line out per line of standard input.
        text: Vec<String>,
    },
    /// Synthesise one phrase (lexicon applied) to an .mp3 or .wav file, to audition it.
    Speak {
        /// Language whose voice to use: kk, ru or en.
        #[arg(long, value_name = "CODE", value_parser = parse_lang)]
        lang: Lang,
        /// Output file; its extension (.mp3 or .wav) chooses the format.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// An election folder or election.yaml whose lexicon and speaking rate to use.
        #[arg(long, value_name = "PATH")]
        election: Option<PathBuf>,
        /// The phrase.
        text: String,
    },
    /// Synthesise and encode every `lang<TAB>text` line of a file in memory and
    /// print the time taken (for the audio benchmark).
    #[command(hide = true)]
    SpeakBatch {
        /// The phrases file.
        file: PathBuf,
        /// Phrases spoken and encoded in parallel.
        #[arg(long, default_value_t = 1)]
        jobs: usize,
    },
    /// QA sign-off: merge reviewers' exports, report what is signed off.
    Review {
        #[command(subcommand)]
        action: ReviewAction,
    },
    /// Delivery zips of a built election for print shops: materials, print plan,
    /// manifest entries and SHA256SUMS (never the clip cache).
    Package {
        /// The election's output folder (`OUT/<election-id>`).
        election: PathBuf,
        /// Folder for the zips.
        #[arg(long, value_name = "DIR")]
        to: PathBuf,
        /// Only ballots whose id matches this glob (`*`, `?`).
        #[arg(long, value_name = "GLOB")]
        only: Option<String>,
        /// One zip per region instead of one for the election.
        #[arg(long)]
        by_region: bool,
        /// Package ballots without QA sign-off.
        #[arg(long, conflicts_with = "signed_only")]
        unsigned: bool,
        /// Package only the ballots signed off by QA, naming the others.
        #[arg(long)]
        signed_only: bool,
    },
    /// Write one ballot definition per district from a candidate register
    /// (.xlsx, .xls, .ods or .csv); every problem is reported at its cell.
    Import {
        /// The register.
        register: PathBuf,
        /// The election folder (with its election.yaml) to write into.
        #[arg(long, value_name = "DIR")]
        election: PathBuf,
        /// A ballot of the election whose contest (title, instructions,
        /// against-all option) the imported ballots share.
        #[arg(long, value_name = "BALLOT.yaml")]
        contest_from: Option<PathBuf>,
        /// Candidate order: as the register lists them, or by surname in the Kazakh alphabet.
        #[arg(long, value_parser = ["register", "alphabetical"], default_value = "register")]
        order: String,
        /// Replace files changed by hand since the last import.
        #[arg(long)]
        force: bool,
        /// A column to leave out (by heading); may be repeated.
        #[arg(long, value_name = "NAME")]
        ignore_column: Vec<String>,
    },
    /// Write an empty candidate register (.xlsx) to fill in and import: headings,
    /// notes, one example row, whole-number checks.
    Template {
        /// Language of the headings and notes: kk, ru or en.
        #[arg(long, value_parser = parse_lang)]
        lang: Lang,
        /// The .xlsx file to write.
        #[arg(long, value_name = "FILE.xlsx")]
        out: PathBuf,
        /// An election folder whose languages the columns take (default: kk and ru).
        #[arg(long, value_name = "DIR")]
        election: Option<PathBuf>,
    },
    /// Write an election's district ballots as a register (.xlsx) to proofread
    /// in a spreadsheet and import again.
    Export {
        /// The election folder.
        election: PathBuf,
        /// The .xlsx file to write.
        #[arg(long, value_name = "FILE.xlsx")]
        out: PathBuf,
        /// Language of the headings and notes: kk, ru or en (default: the election's first).
        #[arg(long, value_parser = parse_lang)]
        lang: Option<Lang>,
    },
    /// Read the printing house's ballot PDF: print its `paper:` block (page
    /// size, mark boxes), or with --check compare it with a definition.
    Measure {
        /// The ballot PDF.
        pdf: PathBuf,
        /// The page to measure, from 1.
        #[arg(long, default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..))]
        page: u32,
        /// A ballot definition to compare with: exit 1 listing every box more than 0.2 mm off.
        #[arg(long, value_name = "BALLOT.yaml")]
        check: Option<PathBuf>,
    },
    /// A speech worker: speaks phrases from stdin with one voice (used by `build`).
    #[command(hide = true, name = "synth-worker")]
    SynthWorker {
        /// The espeak-ng voice.
        voice: String,
    },
    /// Write a synthetic election (invented names) for benchmarks and tests.
    #[command(hide = true)]
    Generate {
        /// Number of ballots.
        #[arg(long, default_value_t = 100)]
        ballots: usize,
        /// Seed of the pseudo-random names.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// The realistic national workload (March 2023 counts: about 3,200
        /// ballots, 11,000 candidates, 20 regions) instead of `--ballots`
        /// heavy synthetic ones.
        #[arg(long)]
        national: bool,
        /// With `--national`: this fraction of the country, by whole regions.
        #[arg(long, value_name = "F", default_value_t = 1.0)]
        scale: f64,
        /// Folder to write the election into.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
    },
    /// Build every material of every selected ballot into an output folder.
    Build {
        /// Election folders, folders of elections, or single ballot files.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Output folder; each election goes into `<DIR>/<election-id>/`.
        #[arg(long, value_name = "DIR")]
        out: PathBuf,
        /// Ballots built in parallel (default: the number of cores).
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
        jobs: Option<u16>,
        /// Build only ballots whose id or definition file (relative to the
        /// election folder) matches this glob (`*`, `?`), e.g. `zhambyl-*`.
        #[arg(long, value_name = "GLOB")]
        only: Option<String>,
        /// Rebuild every ballot, even those whose inputs are unchanged.
        #[arg(long)]
        force: bool,
        /// Print only errors and warnings.
        #[arg(long)]
        quiet: bool,
        /// Exit with 1 when there are warnings (audio checks, braille read-back).
        #[arg(long)]
        strict: bool,
        /// Where synthesised speech is kept between runs (default: `<DIR>/.cache`),
        /// so the delivery folder need not hold it.
        #[arg(long, value_name = "CACHE")]
        cache: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
enum ReviewAction {
    /// Append reviewers' exported marks (CSV) to the election's sign-off log.
    Import {
        /// The election's output folder (`OUT/<election-id>`).
        election: PathBuf,
        /// CSV files exported from the review page.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
    /// Per ballot: tracks OK / problem / unmarked / outdated and the whole-ballot
    /// verdicts; exit 0 only when every selected ballot is signed off.
    Status {
        /// The election's output folder (`OUT/<election-id>`).
        election: PathBuf,
        /// Only ballots whose id matches this glob.
        #[arg(long, value_name = "GLOB")]
        only: Option<String>,
    },
}

/// Runs the command line and returns the process exit code.
pub fn main() -> i32 {
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let ui = match Locale::from_env(lang_flag(&args).as_deref()) {
        Ok(ui) => ui,
        Err(error) => {
            // The language is not known yet: said in all three.
            for ui in Locale::ALL {
                eprintln!("{}", msg!("cli-unknown-interface-language", source = error.source, value = format!("{:?}", error.value)).render(ui));
            }
            return 2;
        }
    };
    let parsed = help::localized(<Cli as clap::CommandFactory>::command(), ui)
        .try_get_matches_from(&args)
        .and_then(|matches| <Cli as clap::FromArgMatches>::from_arg_matches(&matches));
    let cli = match parsed {
        Ok(cli) => cli,
        Err(error) if error.kind() == clap::error::ErrorKind::DisplayVersion => {
            println!("ballot-access {}", crate::VERSION);
            return 0;
        }
        Err(error) if error.kind() == clap::error::ErrorKind::DisplayHelp => {
            let _ = error.print();
            return 0;
        }
        Err(error) => {
            eprint!("{}", help::usage_error(&error, ui));
            return 2;
        }
    };
    match cli.command {
        Command::Check { paths } => check(&paths, ui),
        Command::Build { paths, out, jobs, only, force, quiet, strict, cache } => {
            build(&paths, BuildArgs { out, jobs, only, force, quiet, strict, cache }, ui)
        }
        Command::Braille { lang, text } => braille(lang, &text, ui),
        Command::Review { action: ReviewAction::Import { election, files } } => review_import(&election, &files, ui),
        Command::Review { action: ReviewAction::Status { election, only } } => review_status(&election, only.as_deref(), ui),
        Command::Package { election, to, only, by_region, unsigned, signed_only } => package(&election, to, only, by_region, unsigned, signed_only, ui),
        Command::Import { register, election, contest_from, order, force, ignore_column } => {
            let order = if order == "alphabetical" { crate::register::Order::Alphabetical } else { crate::register::Order::Register };
            import(&register, &crate::register::ImportOptions { election, contest_from, order, force, ignore_columns: ignore_column }, ui)
        }
        Command::Template { lang, out, election } => template(lang, &out, election.as_deref(), ui),
        Command::Export { election, out, lang } => export(&election, &out, lang, ui),
        Command::Measure { pdf, page, check } => measure(&pdf, page, check.as_deref(), ui),
        Command::SpeakBatch { file, jobs } => speak_batch(&file, jobs),
        Command::SynthWorker { voice } => crate::speech::worker::serve(&voice),
        Command::Generate { ballots, seed, national, scale, out } => match if national { crate::dev::generate::national(&out, scale, seed) } else { crate::dev::generate::election(&out, ballots, seed) } {
            Ok(()) => 0,
            Err(error) => fail(ui, msg!("cli-cannot-write", path = &out, cause = error.to_string())),
        },
        Command::Speak { lang, out, election, text } => speak(lang, &out, election.as_deref(), &text, ui),
    }
}

/// Text the command line shows: a [`Message`] in the interface language,
/// or text that is the same in every language (a path, another program's words).
trait Shown {
    fn shown(&self, ui: Locale) -> String;
}

impl Shown for Message {
    fn shown(&self, ui: Locale) -> String {
        self.render(ui)
    }
}

impl Shown for String {
    fn shown(&self, _: Locale) -> String {
        self.clone()
    }
}

/// Prints `error: <message>` to stderr and returns exit code 1.
fn fail(ui: Locale, message: impl Shown) -> i32 {
    error(ui, message);
    1
}

/// Prints `error: <message>` to stderr.
fn error(ui: Locale, message: impl Shown) {
    eprintln!("{}: {}", msg!("label-error").render(ui), message.shown(ui));
}

/// Prints `error: <message>` and its hint to stderr.
fn error_with_hint(ui: Locale, message: Message, hint: Message) {
    eprintln!("{}: {}\n  = {}: {}", msg!("label-error").render(ui), message.render(ui), msg!("label-hint").render(ui), hint.render(ui));
}

/// Prints `warning: <message>` to stderr.
fn warning(ui: Locale, message: impl Shown) {
    eprintln!("{}: {}", msg!("label-warning").render(ui), message.shown(ui));
}

/// Prints a line to stderr (what was done, progress).
fn say(ui: Locale, message: Message) {
    eprintln!("{}", message.render(ui));
}

/// Prints diagnostics to stderr; returns whether there were errors.
fn report(loaded: &Loaded, ui: Locale) -> bool {
    for diagnostic in &loaded.diagnostics.0 {
        eprintln!("{}", diagnostic.render(ui));
    }
    loaded.diagnostics.has_errors()
}

/// Prints what the environment lacks (tables, voices); returns whether all is there.
fn environment_ok(speech: bool, ui: Locale) -> bool {
    let problems = crate::build::environment::problems(speech);
    for problem in &problems {
        error(ui, problem.clone());
    }
    problems.is_empty()
}

fn check(paths: &[PathBuf], ui: Locale) -> i32 {
    if !environment_ok(true, ui) {
        return 1;
    }
    let loaded = definition::load(paths);
    if report(&loaded, ui) {
        say(ui, msg!("cli-check-invalid", errors = loaded.diagnostics.error_count()));
        return 1;
    }
    println!("{}", msg!("cli-check-ok", elections = loaded.elections.len(), ballots = loaded.ballot_count()).render(ui));
    0
}

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
struct BuildArgs {
    out: PathBuf,
    jobs: Option<u16>,
    only: Option<String>,
    force: bool,
    quiet: bool,
    strict: bool,
    cache: Option<PathBuf>,
}

fn build(paths: &[PathBuf], args: BuildArgs, ui: Locale) -> i32 {
    let started = Instant::now();
    let out = args.out.clone();
    if !environment_ok(true, ui) {
        return 1;
    }
    // With --only, other ballots' problems do not block the selected ones.
    let project = crate::project::Project::load_only(paths, args.only.as_deref());
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
            for (message, hint) in problem.messages(&out) {
                match hint {
                    Some(hint) => error_with_hint(ui, message, hint),
                    None => error(ui, message),
                }
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
        error(ui, msg!("cli-build-ballot-failed", ballot = format!("{}/{}", failure.election, failure.ballot), stage = failure.stage.to_string(), cause = failure.cause.clone()));
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

fn parse_lang(code: &str) -> Result<Lang, String> {
    // Told by `help::usage_error` in the interface language (clap keeps only this text's cause).
    Lang::from_code(code).ok_or_else(|| format!("unsupported language `{code}`; use kk, ru or en"))
}

/// `braille`: one line of Unicode braille per input text or stdin line.
fn braille(lang: Lang, texts: &[String], ui: Locale) -> i32 {
    use std::io::{BufRead, Write};
    if !environment_ok(false, ui) {
        return 1;
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut translate_line = |line: &str| -> bool {
        match crate::braille::translate(line, lang) {
            Ok(braille) => writeln!(out, "{braille}").is_ok(),
            Err(cause) => {
                error(ui, cause.to_string());
                false
            }
        }
    };
    let mut ok = true;
    if texts.is_empty() {
        for line in std::io::stdin().lock().lines() {
            match line {
                Ok(line) => ok &= translate_line(line.trim_end_matches('\r')),
                Err(cause) => return fail(ui, msg!("cli-cannot-read-stdin", cause = cause.to_string())),
            }
        }
    } else {
        for text in texts {
            ok &= translate_line(text);
        }
    }
    i32::from(!ok)
}

/// `review import`: reviewers' CSVs into the sign-off log, then the pages.
fn review_import(election: &std::path::Path, files: &[PathBuf], ui: Locale) -> i32 {
    use crate::review::signoff;
    let result = crate::output::manifest::Manifest::read_election(election).and_then(|manifest| signoff::import(election, &manifest, files));
    match result {
        Ok(imported) => {
            // The marks are in the log: a page that cannot be refreshed now is
            // refreshed by the next build or import.
            if let Err(message) = crate::review::refresh_signoff(election) {
                warning(ui, msg!("cli-review-pages-not-refreshed", cause = message.shown(ui)));
            }
            for line in &imported.outdated {
                say(ui, msg!("cli-review-outdated-mark", mark = line.shown(ui)));
            }
            say(ui, msg!("cli-review-imported", applied = imported.applied, already = imported.already, outdated = imported.outdated.len(), unmarked = imported.unmarked));
            0
        }
        Err(message) => fail(ui, message),
    }
}

/// `review status`: what is signed off in the current build.
fn review_status(election: &std::path::Path, only: Option<&str>, ui: Locale) -> i32 {
    use crate::review::signoff;
    let read = crate::output::manifest::Manifest::read_election(election).and_then(|m| signoff::read_log(election).map(|marks| (signoff::items(election, &m), marks)));
    let (statuses, phrases, phrase_texts) = match read {
        Ok((items, marks)) => {
            let texts: std::collections::BTreeMap<String, String> = items.phrases.iter().map(|p| (p.item.track.clone(), p.text.clone())).collect();
            (signoff::statuses_of(&items, &marks), signoff::progress(&items, &marks), texts)
        }
        Err(message) => return fail(ui, message),
    };
    let selected: Vec<_> = statuses.iter().filter(|(id, _)| only.is_none_or(|g| crate::definition::filter::glob_match(g, id))).collect();
    if selected.is_empty() {
        return fail(ui, msg!("cli-review-no-ballot-matches"));
    }
    let mut signed = 0;
    for (id, s) in &selected {
        let whole: Vec<String> = s.whole.iter().map(|(lang, v)| format!("{lang} {}", msg!("cli-review-verdict", verdict = v.to_string()).render(ui))).collect();
        let done = s.signed_off();
        signed += usize::from(done);
        let whole = if whole.is_empty() { msg!("cli-review-whole-none").render(ui) } else { whole.join(", ") };
        println!(
            "{}",
            msg!("cli-review-ballot-status", id = id.as_str(), ok = s.ok, by_phrases = s.by_phrases, problem = s.problem, unmarked = s.unmarked, not_played = s.not_played, outdated = s.outdated, whole = whole, signed = if done { "yes" } else { "no" }).render(ui)
        );
        // Each open problem with what was said, by whom and when.
        for (lang, track, mark) in &s.problems {
            let track = if track == signoff::WHOLE_BALLOT { msg!("cli-review-whole-ballot") } else { msg!("cli-review-track", track = track.to_string()) };
            let problem = match phrase_texts.get(&mark.track) {
                Some(text) => msg!("cli-review-problem-in-phrase", lang = lang.to_string(), track = track, phrase = format!("{text:?}"), id = mark.track.as_str(), comment = format!("{:?}", mark.comment), reviewer = mark.reviewer.as_str(), at = mark.marked_at.as_str()),
                None => msg!("cli-review-problem", lang = lang.to_string(), track = track, comment = format!("{:?}", mark.comment), reviewer = mark.reviewer.as_str(), at = mark.marked_at.as_str()),
            };
            println!("  {}", problem.render(ui));
        }
    }
    // Each distinct phrase is heard once for every track joined from it.
    if phrases.total > 0 {
        let hours = |ms: u64| Arg::decimal(ms as f64 / 3_600_000.0, 1);
        println!(
            "{}",
            msg!("cli-review-phrases", reviewed = phrases.ok + phrases.problem, total = phrases.total, problem = phrases.problem, hours = hours(phrases.milliseconds), to_hear = hours(phrases.to_hear_milliseconds)).render(ui)
        );
    }
    println!("{}", msg!("cli-review-signed-off", signed = signed, total = selected.len()).render(ui));
    if signed == selected.len() { 0 } else { 1 }
}

/// `import`: a register into definitions, or every problem at its cell.
fn import(register: &std::path::Path, options: &crate::register::ImportOptions, ui: Locale) -> i32 {
    match crate::register::import(register, options) {
        Ok(imported) => {
            for path in &imported.removed {
                say(ui, msg!("cli-import-removed", path = path.to_string()));
            }
            say(ui, msg!("cli-import-written", files = imported.written.len(), folder = &options.election.join(crate::register::DISTRICTS_DIR)));
            0
        }
        Err(errors) => {
            for error in &errors {
                eprintln!("{}", error.render(register, ui));
            }
            say(ui, msg!("cli-import-invalid", errors = errors.len()));
            1
        }
    }
}

/// Writes a spreadsheet made in memory, or says why not.
fn write_sheet<E: Shown>(out: &std::path::Path, made: Result<Vec<u8>, E>, ui: Locale) -> i32 {
    if out.extension().is_none_or(|e| !e.eq_ignore_ascii_case("xlsx")) {
        error(ui, msg!("cli-out-must-be-xlsx"));
        return 2;
    }
    let bytes = match made {
        Ok(bytes) => bytes,
        Err(message) => return fail(ui, message),
    };
    match crate::util::write::write_atomic(out, &bytes) {
        Ok(()) => {
            say(ui, msg!("cli-wrote", path = out));
            0
        }
        Err(cause) => fail(ui, msg!("cli-cannot-write", path = out, cause = cause.to_string())),
    }
}

/// `template`: an empty register to fill in.
fn template(headings: Lang, out: &std::path::Path, election: Option<&std::path::Path>, ui: Locale) -> i32 {
    let languages = match election.map(definition::load_election_info) {
        None => vec![Lang::Kk, Lang::Ru],
        Some(Ok(info)) => info.languages,
        Some(Err(diagnostics)) => {
            for d in &diagnostics.0 {
                eprintln!("{}", d.render(ui));
            }
            return 1;
        }
    };
    write_sheet(out, crate::register::template(&languages, headings, RenderContext::from_env().source_date_epoch), ui)
}

/// `export`: an election's district ballots as a register.
fn export(election: &std::path::Path, out: &std::path::Path, headings: Option<Lang>, ui: Locale) -> i32 {
    let loaded = definition::load(&[election.to_path_buf()]);
    let Some(found) = loaded.elections.first() else {
        for d in &loaded.diagnostics.0 {
            eprintln!("{}", d.render(ui));
        }
        return fail(ui, msg!("cli-does-not-pass-check", path = election));
    };
    let headings = headings.unwrap_or_else(|| found.info.languages.first().copied().unwrap_or(Lang::Kk));
    let made = crate::register::export(found, headings, RenderContext::from_env().source_date_epoch).map(|(bytes, left_out)| {
        if !left_out.is_empty() {
            say(ui, msg!("cli-export-left-out", ballots = left_out.join(", ")));
        }
        bytes
    });
    write_sheet(out, made, ui)
}

/// `measure`: the paper block of a ballot PDF, or its differences from a definition.
fn measure(pdf: &std::path::Path, page: u32, check: Option<&std::path::Path>, ui: Locale) -> i32 {
    let measured = match crate::deliver::measure::measure(pdf, page) {
        Ok(measured) => measured,
        Err(message) => return fail(ui, message),
    };
    let Some(definition) = check else {
        return match crate::deliver::measure::paper_block(&measured, ui) {
            Ok((block, off)) => {
                print!("{block}");
                // A box off the grid is wrong on every stencil until its ballot says where it is: not a comment to overlook.
                if off > 0 {
                    return fail(ui, msg!("cli-measure-off-grid", pdf = pdf, page = page.to_string(), boxes = off));
                }
                0
            }
            Err(message) => fail(ui, msg!("cli-measure-page-problem", pdf = pdf, page = page.to_string(), cause = message.shown(ui))),
        };
    };
    if definition.is_dir() || definition.file_name().is_some_and(|n| n == "election.yaml") {
        error(ui, msg!("cli-measure-check-takes-a-ballot", path = definition));
        return 2;
    }
    let loaded = definition::load(&[definition.to_path_buf()]);
    let Some(ballot) = loaded.elections.iter().flat_map(|e| &e.ballots).next() else {
        for d in &loaded.diagnostics.0 {
            eprintln!("{}", d.render(ui));
        }
        return fail(ui, msg!("cli-does-not-pass-check", path = definition));
    };
    let expected = crate::geometry::ballot_boxes(ballot);
    let problems = crate::deliver::measure::compare(&measured, &expected, (ballot.paper.width_mm, ballot.paper.height_mm));
    if problems.is_empty() {
        println!("{}", msg!("cli-measure-ok", boxes = expected.len(), pdf = pdf, definition = definition).render(ui));
        return 0;
    }
    for problem in &problems {
        println!("{}: {}", definition.display(), problem.shown(ui));
    }
    1
}

/// `package`: the delivery zips of a built election.
fn package(election: &std::path::Path, to: PathBuf, only: Option<String>, by_region: bool, unsigned: bool, signed_only: bool, ui: Locale) -> i32 {
    let source_date_epoch = RenderContext::from_env().source_date_epoch;
    let options = crate::deliver::package::PackageOptions { to, only, by_region, unsigned, signed_only, source_date_epoch };
    match crate::deliver::package::package(election, &options) {
        Ok((written, left_out)) => {
            if !left_out.is_empty() {
                say(ui, msg!("cli-package-left-out", ballots = left_out.join(", ")));
            }
            for zip in &written {
                say(ui, msg!("cli-package-zip", zip = &zip.path, ballots = zip.ballots, files = zip.files));
            }
            0
        }
        Err(message) => fail(ui, message),
    }
}

/// `speak`: one phrase to a file, through the same spoken-form fixes and
/// normalisation as the audio ballot.
fn speak(lang: Lang, out: &std::path::Path, election: Option<&std::path::Path>, text: &str, ui: Locale) -> i32 {
    use crate::speech::{encode, spoken, voice, worker};
    let extension = out.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    if !matches!(extension.as_deref(), Some("mp3" | "wav")) {
        error(ui, msg!("cli-out-must-be-audio"));
        return 2;
    }
    if !environment_ok(true, ui) {
        return 1;
    }
    let (lexicon, rate) = match election {
        Some(path) => match definition::load_election_info(path) {
            Ok(info) => (info.speech.lexicon.get(&lang).cloned().unwrap_or_default(), info.speech.rate_wpm),
            Err(diagnostics) => {
                for d in &diagnostics.0 {
                    eprintln!("{}", d.render(ui));
                }
                return 1;
            }
        },
        None => (Default::default(), crate::model::DEFAULT_RATE_WPM),
    };
    let said = spoken::spoken(text, lang, &lexicon);
    say(ui, msg!("cli-speaking", text = said.as_str()));
    let speech = match worker::synthesize(&said, voice(lang), rate) {
        Ok(speech) => speech,
        Err(cause) => return fail(ui, cause.to_string()),
    };
    let (samples, _) = encode::prepare(&speech.samples);
    let bytes = if extension.as_deref() == Some("wav") {
        encode::wav(&samples, speech.sample_rate)
    } else {
        match encode::mp3(&samples) {
            Ok(frames) => encode::with_info_frame(&frames, samples.len()),
            Err(cause) => return fail(ui, cause.to_string()),
        }
    };
    match crate::util::write::write_atomic(out, &bytes) {
        Ok(()) => 0,
        Err(cause) => fail(ui, msg!("cli-cannot-write", path = out, cause = cause.to_string())),
    }
}

/// `speak-batch`: the pipeline's side of the audio benchmark: the same speech
/// workers and encoder as `build`, `jobs` phrases at a time.
fn speak_batch(file: &std::path::Path, jobs: usize) -> i32 {
    use rayon::prelude::*;
    use crate::speech::{encode, voice, worker};
    let Ok(text) = std::fs::read_to_string(file) else {
        eprintln!("error: cannot read {}", file.display());
        return 1;
    };
    let phrases: Vec<(Lang, &str)> = text
        .lines()
        .filter_map(|line| line.split_once('\t'))
        .filter_map(|(code, phrase)| Some((Lang::from_code(code)?, phrase)))
        .collect();
    let Ok(pool) = rayon::ThreadPoolBuilder::new().num_threads(jobs.max(1)).build() else {
        eprintln!("error: cannot start threads");
        return 1;
    };
    let started = Instant::now();
    let results: Result<Vec<f64>, String> = pool.install(|| {
        phrases
            .par_iter()
            .map(|(lang, phrase)| {
                let speech = worker::synthesize(phrase, voice(*lang), crate::model::DEFAULT_RATE_WPM)?;
                let (samples, _) = encode::prepare(&speech.samples);
                encode::mp3(&samples).map(|_| encode::duration(&samples))
            })
            .collect()
    });
    match results {
        Ok(durations) => {
            let seconds: f64 = durations.iter().sum();
            println!("{} phrases, {seconds:.1} s of audio, {:.3} s", durations.len(), started.elapsed().as_secs_f64());
            0
        }
        Err(error) => {
            eprintln!("error: {error}");
            1
        }
    }
}
