//! The command line: `check` and `build` (see the design document's
//! "Command line" section). Exit codes: 0 success, 1 invalid input or failed
//! rendering, 2 usage errors.

use std::path::PathBuf;
use std::time::Instant;

use clap::{Parser, Subcommand};

use crate::definition::{self, Loaded};
use crate::i18n::Locale;
use crate::model::Lang;
use crate::pipeline::{self, BuildOptions};
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
            eprintln!("error: {}: unknown interface language {:?}; use kk, ru or en", error.source, error.value);
            return 2;
        }
    };
    let cli = match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return error.exit_code();
        }
    };
    match cli.command {
        Command::Check { paths } => check(&paths, ui),
        Command::Build { paths, out, jobs, only, force, quiet, strict, cache } => {
            build(&paths, BuildArgs { out, jobs, only, force, quiet, strict, cache })
        }
        Command::Braille { lang, text } => braille(lang, &text),
        Command::Review { action: ReviewAction::Import { election, files } } => review_import(&election, &files),
        Command::Review { action: ReviewAction::Status { election, only } } => review_status(&election, only.as_deref()),
        Command::Package { election, to, only, by_region, unsigned, signed_only } => package(&election, to, only, by_region, unsigned, signed_only),
        Command::Import { register, election, contest_from, order, force, ignore_column } => {
            let order = if order == "alphabetical" { crate::register::Order::Alphabetical } else { crate::register::Order::Register };
            import(&register, &crate::register::ImportOptions { election, contest_from, order, force, ignore_columns: ignore_column })
        }
        Command::Template { lang, out, election } => template(lang, &out, election.as_deref()),
        Command::Export { election, out, lang } => export(&election, &out, lang),
        Command::Measure { pdf, page, check } => measure(&pdf, page, check.as_deref()),
        Command::SpeakBatch { file, jobs } => speak_batch(&file, jobs),
        Command::SynthWorker { voice } => crate::speech::worker::serve(&voice),
        Command::Generate { ballots, seed, national, scale, out } => match if national { crate::generate::national(&out, scale, seed) } else { crate::generate::election(&out, ballots, seed) } {
            Ok(()) => 0,
            Err(error) => {
                eprintln!("error: cannot write {}: {error}", out.display());
                1
            }
        },
        Command::Speak { lang, out, election, text } => speak(lang, &out, election.as_deref(), &text),
    }
}

/// Prints diagnostics to stderr; returns whether there were errors.
fn report(loaded: &Loaded, ui: Locale) -> bool {
    for diagnostic in &loaded.diagnostics.0 {
        eprintln!("{}", diagnostic.render(ui));
    }
    loaded.diagnostics.has_errors()
}

/// Prints what the environment lacks (tables, voices); returns whether all is there.
fn environment_ok(speech: bool) -> bool {
    let problems = crate::environment::problems(speech);
    for problem in &problems {
        eprintln!("error: {problem}");
    }
    problems.is_empty()
}

fn check(paths: &[PathBuf], ui: Locale) -> i32 {
    if !environment_ok(true) {
        return 1;
    }
    let loaded = definition::load(paths);
    if report(&loaded, ui) {
        eprintln!(
            "{} error(s); the definitions are not valid",
            loaded.diagnostics.error_count()
        );
        return 1;
    }
    println!(
        "ok: {} election(s), {} ballot(s) valid",
        loaded.elections.len(),
        loaded.ballot_count()
    );
    0
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

fn build(paths: &[PathBuf], args: BuildArgs) -> i32 {
    let started = Instant::now();
    let out = args.out.clone();
    if !environment_ok(true) {
        return 1;
    }
    // With --only, other ballots' problems do not block the selected ones.
    let mut loaded = definition::load_only(paths, args.only.as_deref());
    if report(&loaded, Locale::En) {
        eprintln!(
            "{} error(s); nothing was built and {} was not touched",
            loaded.diagnostics.error_count(),
            out.display()
        );
        return 1;
    }
    let warnings = loaded.diagnostics.0.len() - loaded.diagnostics.error_count();
    if args.strict && warnings > 0 {
        eprintln!("error: {warnings} warning(s) in the definitions and --strict; nothing was built and {} was not touched", out.display());
        return 1;
    }
    for skipped in &loaded.not_built {
        eprintln!(
            "note: {} has {} error(s) and was not built (not selected by --only; `check` shows them)",
            skipped.file.display(),
            skipped.errors
        );
    }
    if let Some(pattern) = &args.only {
        loaded.elections.retain(|e| !e.ballots.is_empty());
        if loaded.ballot_count() == 0 {
            eprintln!("error: no ballot id or file matches --only {pattern:?}; nothing was built");
            return 1;
        }
    }
    if let Some(input) = output_is_input(&out, paths, &loaded) {
        eprintln!("error: the output folder {} is the input folder {}\n  = hint: choose an --out outside the definitions, e.g. `--out out`; nothing was built", out.display(), input.display());
        return 1;
    }
    if let Err(error) = crate::write::check_writable(&out) {
        eprintln!("error: cannot write into the output folder {}: {error}\n  = hint: choose another --out, or make the folder writable and check the disk has space", out.display());
        return 1;
    }
    let jobs = args.jobs.map_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()), usize::from);
    let cache = args.cache.clone().unwrap_or_else(|| out.join(".cache"));
    let options = BuildOptions { out: out.clone(), jobs, force: args.force, strict: args.strict, cache };
    let renderers = crate::materials::all();
    let progress = crate::progress::Reporter::new(args.quiet);
    let result = pipeline::build(std::mem::take(&mut loaded.elections), &renderers, &RenderContext::from_env(), &options, &progress);
    progress.finish();
    let report = match result {
        Ok(report) => report,
        Err(message) => {
            eprintln!("error: {message}");
            return 1;
        }
    };
    for warning in &report.warnings {
        eprintln!("warning: {warning}");
    }
    if let Some(cause) = &report.stopped {
        let not_built = match report.not_built {
            0 => String::new(),
            n => format!("{n} ballot(s) were not started; "),
        };
        eprintln!("error: the build stopped: {cause}\n  = hint: free space on the output disk and run the build again; {not_built}files already complete were kept");
    }
    for failure in &report.failures {
        eprintln!(
            "error: ballot {}/{} failed in {}: {}\n  its previous files, if any, were kept",
            failure.election, failure.ballot, failure.stage, failure.cause
        );
    }
    if !args.quiet || !report.failures.is_empty() {
        let clips = crate::speech::clips::stats();
        eprintln!(
            "audio clips: {} synthesised, {} from the cache, {} reused",
            clips.synthesised, clips.from_disk, clips.reused
        );
    }
    let damaged = crate::speech::clips::damaged();
    if !damaged.is_empty() {
        eprintln!(
            "warning: {} entries of the clip cache were damaged or held another clip, and were made again (none was used): {}\n  = hint: the audio written is right; if this repeats, check the disk that holds the cache (or delete the cache folder)",
            crate::speech::clips::stats().damaged,
            damaged.join("; ")
        );
    }
    if !args.quiet || !report.failures.is_empty() {
        eprintln!(
            "built {} ballot(s), skipped {} unchanged, {} failed; {} file(s) written into {}; {:.1} s",
            report.built,
            report.skipped,
            report.failures.len(),
            report.files,
            out.display(),
            started.elapsed().as_secs_f64()
        );
    }
    if args.strict && !report.warnings.is_empty() {
        eprintln!("error: {} warning(s) and --strict", report.warnings.len());
        return 1;
    }
    i32::from(!report.failures.is_empty() || report.stopped.is_some())
}

/// The input folder (a path given, or an election's folder) that `out`, or an
/// election's output folder in it, is, if any: outputs written there would mix
/// with the definitions.
fn output_is_input(out: &std::path::Path, paths: &[PathBuf], loaded: &Loaded) -> Option<PathBuf> {
    let canonical = |p: &std::path::Path| std::fs::canonicalize(if p.as_os_str().is_empty() { std::path::Path::new(".") } else { p }).ok();
    let election_folders: Vec<PathBuf> = loaded.elections.iter().filter_map(|e| e.source.parent().map(std::path::Path::to_path_buf)).collect();
    let mut targets: Vec<PathBuf> = vec![out.to_path_buf()];
    targets.extend(loaded.elections.iter().map(|e| out.join(&e.info.id)));
    let targets: Vec<PathBuf> = targets.iter().filter_map(|t| canonical(t)).collect();
    paths.iter().chain(&election_folders).find(|input| canonical(input).is_some_and(|f| targets.contains(&f))).cloned()
}

fn parse_lang(code: &str) -> Result<Lang, String> {
    Lang::from_code(code).ok_or_else(|| format!("unsupported language `{code}`; use kk, ru or en"))
}

/// `braille`: one line of Unicode braille per input text or stdin line.
fn braille(lang: Lang, texts: &[String]) -> i32 {
    use std::io::{BufRead, Write};
    if !environment_ok(false) {
        return 1;
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut translate_line = |line: &str| -> bool {
        match crate::braille::translate(line, lang) {
            Ok(braille) => writeln!(out, "{braille}").is_ok(),
            Err(error) => {
                eprintln!("error: {error}");
                false
            }
        }
    };
    let mut ok = true;
    if texts.is_empty() {
        for line in std::io::stdin().lock().lines() {
            match line {
                Ok(line) => ok &= translate_line(line.trim_end_matches('\r')),
                Err(error) => {
                    eprintln!("error: cannot read standard input: {error}");
                    return 1;
                }
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
fn review_import(election: &std::path::Path, files: &[PathBuf]) -> i32 {
    use crate::review::signoff;
    let result = crate::manifest::Manifest::read_election(election).and_then(|manifest| signoff::import(election, &manifest, files).map_err(|message| message.to_string()));
    match result {
        Ok(imported) => {
            // The marks are in the log: a page that cannot be refreshed now is
            // refreshed by the next build or import.
            if let Err(message) = crate::review::refresh_signoff(election) {
                eprintln!("warning: the marks are in the sign-off log, but the review pages were not refreshed: {message}");
            }
            for line in &imported.outdated {
                eprintln!("outdated, not applied: {line}");
            }
            eprintln!("{} mark(s) applied, {} already in the log, {} outdated, {} unmarked track(s) skipped", imported.applied, imported.already, imported.outdated.len(), imported.unmarked);
            0
        }
        Err(message) => {
            eprintln!("error: {message}");
            1
        }
    }
}

/// `review status`: what is signed off in the current build.
fn review_status(election: &std::path::Path, only: Option<&str>) -> i32 {
    use crate::review::signoff;
    let read = crate::manifest::Manifest::read_election(election).and_then(|m| signoff::read_log(election).map(|marks| (signoff::items(election, &m), marks)));
    let (statuses, phrases, phrase_texts) = match read {
        Ok((items, marks)) => {
            let texts: std::collections::BTreeMap<String, String> = items.phrases.iter().map(|p| (p.item.track.clone(), p.text.clone())).collect();
            (signoff::statuses_of(&items, &marks), signoff::progress(&items, &marks), texts)
        }
        Err(message) => {
            eprintln!("error: {message}");
            return 1;
        }
    };
    let selected: Vec<_> = statuses.iter().filter(|(id, _)| only.is_none_or(|g| crate::definition::filter::glob_match(g, id))).collect();
    if selected.is_empty() {
        eprintln!("error: no ballot matches");
        return 1;
    }
    let mut signed = 0;
    for (id, s) in &selected {
        let whole: Vec<String> = s.whole.iter().map(|(lang, v)| format!("{lang} {v}")).collect();
        let done = s.signed_off();
        signed += usize::from(done);
        let not_played = match s.not_played {
            0 => String::new(),
            n => format!(" ({n} marked OK but never played to the end)"),
        };
        let by_phrases = match s.by_phrases {
            0 => String::new(),
            n => format!(" ({n} by their phrases)"),
        };
        println!(
            "{id}: {} OK{by_phrases}, {} problem, {} unmarked{not_played}, {} outdated; whole ballot: {} — {}",
            s.ok, s.problem, s.unmarked, s.outdated, if whole.is_empty() { "none".into() } else { whole.join(", ") },
            if done { "signed off" } else { "NOT signed off" }
        );
        // Each open problem with what was said, by whom and when.
        for (lang, track, mark) in &s.problems {
            let track = if track == signoff::WHOLE_BALLOT { "whole ballot".to_owned() } else { format!("track {track}") };
            let phrase = match phrase_texts.get(&mark.track) {
                Some(text) => format!(" (its phrase {text:?}, {})", mark.track),
                None => String::new(),
            };
            println!("  problem: {lang} {track}{phrase}: {:?} ({}, {})", mark.comment, mark.reviewer, mark.marked_at);
        }
    }
    // Each distinct phrase is heard once for every track joined from it.
    if phrases.total > 0 {
        let hours = |ms: u64| format!("{:.1} h", ms as f64 / 3_600_000.0);
        println!(
            "phrases: {} of {} reviewed ({} problem); {} of audio in all, {} still to hear",
            phrases.ok + phrases.problem, phrases.total, phrases.problem, hours(phrases.milliseconds), hours(phrases.to_hear_milliseconds)
        );
    }
    println!("{signed} of {} ballot(s) signed off", selected.len());
    if signed == selected.len() { 0 } else { 1 }
}

/// `import`: a register into definitions, or every problem at its cell.
fn import(register: &std::path::Path, options: &crate::register::ImportOptions) -> i32 {
    match crate::register::import(register, options) {
        Ok(imported) => {
            for path in &imported.removed {
                eprintln!("removed {path} (its district is no longer in the register)");
            }
            eprintln!("{} ballot file(s) written into {}", imported.written.len(), options.election.join(crate::register::DISTRICTS_DIR).display());
            0
        }
        Err(errors) => {
            for error in &errors {
                eprintln!("{}", error.render(register));
            }
            eprintln!("{} error(s); nothing was written", errors.len());
            1
        }
    }
}

/// Writes a spreadsheet made in memory, or says why not.
fn write_sheet(out: &std::path::Path, made: Result<Vec<u8>, String>) -> i32 {
    if out.extension().is_none_or(|e| !e.eq_ignore_ascii_case("xlsx")) {
        eprintln!("error: --out must end in .xlsx");
        return 2;
    }
    match made.and_then(|bytes| crate::write::write_atomic(out, &bytes).map_err(|e| format!("cannot write {}: {e}", out.display()))) {
        Ok(()) => {
            eprintln!("wrote {}", out.display());
            0
        }
        Err(message) => {
            eprintln!("error: {message}");
            1
        }
    }
}

/// `template`: an empty register to fill in.
fn template(ui: Lang, out: &std::path::Path, election: Option<&std::path::Path>) -> i32 {
    let languages = match election.map(definition::load_election_info) {
        None => vec![Lang::Kk, Lang::Ru],
        Some(Ok(info)) => info.languages,
        Some(Err(diagnostics)) => {
            for d in &diagnostics.0 {
                eprintln!("{d}");
            }
            return 1;
        }
    };
    write_sheet(out, crate::register::template(&languages, ui, RenderContext::from_env().source_date_epoch))
}

/// `export`: an election's district ballots as a register.
fn export(election: &std::path::Path, out: &std::path::Path, ui: Option<Lang>) -> i32 {
    let loaded = definition::load(&[election.to_path_buf()]);
    let Some(found) = loaded.elections.first() else {
        for d in &loaded.diagnostics.0 {
            eprintln!("{d}");
        }
        eprintln!("error: {} does not pass `check`; fix it first", election.display());
        return 1;
    };
    let ui = ui.unwrap_or_else(|| found.info.languages.first().copied().unwrap_or(Lang::Kk));
    let made = crate::register::export(found, ui, RenderContext::from_env().source_date_epoch).map(|(bytes, left_out)| {
        if !left_out.is_empty() {
            eprintln!("not exported (written by hand, no district number, or not a contest of candidates): {}", left_out.join(", "));
        }
        bytes
    });
    write_sheet(out, made)
}

/// `measure`: the paper block of a ballot PDF, or its differences from a definition.
fn measure(pdf: &std::path::Path, page: u32, check: Option<&std::path::Path>) -> i32 {
    let measured = match crate::measure::measure(pdf, page) {
        Ok(measured) => measured,
        Err(message) => {
            eprintln!("error: {message}");
            return 1;
        }
    };
    let Some(definition) = check else {
        return match crate::measure::paper_block(&measured) {
            Ok(block) => {
                print!("{block}");
                // A box off the grid is wrong on every stencil until its ballot says where it is: not a comment to overlook.
                let off = block.lines().filter(|l| l.contains("off the regular grid")).count();
                if off > 0 {
                    eprintln!("error: {}: page {page}: {off} box(es) off the regular grid: give each its `box:` in the ballot file (the lines above), then check with `measure {} --check BALLOT.yaml`", pdf.display(), pdf.display());
                    return 1;
                }
                0
            }
            Err(message) => {
                eprintln!("error: {}: page {page}: {message}", pdf.display());
                1
            }
        };
    };
    if definition.is_dir() || definition.file_name().is_some_and(|n| n == "election.yaml") {
        eprintln!("error: --check takes one ballot's definition file, not {}", definition.display());
        return 2;
    }
    let loaded = definition::load(&[definition.to_path_buf()]);
    let Some(ballot) = loaded.elections.iter().flat_map(|e| &e.ballots).next() else {
        for d in &loaded.diagnostics.0 {
            eprintln!("{d}");
        }
        eprintln!("error: {} does not pass `check`", definition.display());
        return 1;
    };
    let expected = crate::geometry::ballot_boxes(ballot);
    let problems = crate::measure::compare(&measured, &expected, (ballot.paper.width_mm, ballot.paper.height_mm));
    if problems.is_empty() {
        println!("ok: {} boxes of {} within 0.2 mm of {}", expected.len(), pdf.display(), definition.display());
        return 0;
    }
    for problem in &problems {
        println!("{}: {problem}", definition.display());
    }
    1
}

/// `package`: the delivery zips of a built election.
fn package(election: &std::path::Path, to: PathBuf, only: Option<String>, by_region: bool, unsigned: bool, signed_only: bool) -> i32 {
    let source_date_epoch = RenderContext::from_env().source_date_epoch;
    let options = crate::package::PackageOptions { to, only, by_region, unsigned, signed_only, source_date_epoch };
    match crate::package::package(election, &options) {
        Ok((written, left_out)) => {
            if !left_out.is_empty() {
                eprintln!("left out, not signed off by QA: {}", left_out.join(", "));
            }
            for zip in &written {
                eprintln!("{}: {} ballot(s), {} file(s)", zip.path.display(), zip.ballots, zip.files);
            }
            0
        }
        Err(message) => {
            eprintln!("error: {message}");
            1
        }
    }
}

/// `speak`: one phrase to a file, through the same spoken-form fixes and
/// normalisation as the audio ballot.
fn speak(lang: Lang, out: &std::path::Path, election: Option<&std::path::Path>, text: &str) -> i32 {
    use crate::speech::{encode, spoken, voice, worker};
    let extension = out.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    if !matches!(extension.as_deref(), Some("mp3" | "wav")) {
        eprintln!("error: --out must end in .mp3 or .wav");
        return 2;
    }
    if !environment_ok(true) {
        return 1;
    }
    let (lexicon, rate) = match election {
        Some(path) => match definition::load_election_info(path) {
            Ok(info) => (info.speech.lexicon.get(&lang).cloned().unwrap_or_default(), info.speech.rate_wpm),
            Err(diagnostics) => {
                for d in &diagnostics.0 {
                    eprintln!("{d}");
                }
                return 1;
            }
        },
        None => (Default::default(), crate::model::DEFAULT_RATE_WPM),
    };
    let said = spoken::spoken(text, lang, &lexicon);
    eprintln!("speaking: {said}");
    let speech = match worker::synthesize(&said, voice(lang), rate) {
        Ok(speech) => speech,
        Err(error) => {
            eprintln!("error: {error}");
            return 1;
        }
    };
    let (samples, _) = encode::prepare(&speech.samples);
    let bytes = if extension.as_deref() == Some("wav") {
        encode::wav(&samples, speech.sample_rate)
    } else {
        match encode::mp3(&samples) {
            Ok(frames) => encode::with_info_frame(&frames, samples.len()),
            Err(error) => {
                eprintln!("error: {error}");
                return 1;
            }
        }
    };
    match crate::write::write_atomic(out, &bytes) {
        Ok(()) => 0,
        Err(error) => {
            eprintln!("error: cannot write {}: {error}", out.display());
            1
        }
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
