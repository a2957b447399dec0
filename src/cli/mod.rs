//! The command line: `check` and `build` (see the design document's
//! "Command line" section) and the other commands (`commands.rs`), their
//! arguments (`args.rs`), help and usage errors in the interface language
//! (`help.rs`) and the progress bar. Exit codes: 0 success, 1 invalid input
//! or failed rendering, 2 usage errors.

mod args;
mod build;
mod commands;
mod help;
mod progress;

use std::path::PathBuf;

use crate::definition::{self, Loaded};
use crate::i18n::{Explain, Locale, Message};
use crate::model::Lang;
use crate::msg;

pub use args::Cli;
use args::{Command, ReviewAction};
use build::{build, BuildArgs};
use commands::{braille, export, import, measure, package, review_import, review_status, speak, speak_batch, template};

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

/// Runs the command line and returns the process exit code.
pub fn main() -> i32 {
    // Before any thread starts (see there).
    crate::build::memory::one_heap_per_core();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let ui = match Locale::from_env(lang_flag(&args).as_deref()) {
        Ok(ui) => ui,
        Err(error) => {
            // The language is not known yet: said in all three.
            for ui in Locale::ALL {
                error_maybe_hint(ui, error.message(), error.hint());
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

/// Prints an explained error and its hint; returns 1, the exit code.
fn fail_explained(ui: Locale, error: &impl Explain) -> i32 {
    error_maybe_hint(ui, error.message(), error.hint());
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

/// Prints `error: <message>` and the hint, if there is one.
fn error_maybe_hint(ui: Locale, message: Message, hint: Option<Message>) {
    match hint {
        Some(hint) => error_with_hint(ui, message, hint),
        None => error(ui, message),
    }
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
        error_maybe_hint(ui, problem.message(), problem.hint());
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

fn parse_lang(code: &str) -> Result<Lang, String> {
    // Told by `help::usage_error` in the interface language (clap keeps only this text's cause).
    Lang::from_code(code).ok_or_else(|| format!("unsupported language `{code}`; use kk, ru or en"))
}
