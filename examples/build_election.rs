//! Builds an election through the library, as another program (a desktop
//! front end, a web service) would: load, report problems, build, report.
//!
//! `cargo run --example build_election -- ballots/kz-2023-mazhilis out`

use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};

use ballot_access::i18n::Locale;
use ballot_access::project::{BuildOptions, Progress, Project};

/// Counts ballots as they finish, and prints notes (another build holding the folder).
struct Count(AtomicUsize);

impl Progress for Count {
    fn done(&self, election: &str, ballot: &str) {
        let done = self.0.fetch_add(1, Ordering::Relaxed) + 1;
        println!("{done}: {election}/{ballot}");
    }

    fn note(&self, message: ballot_access::i18n::Message) {
        println!("note: {}", message.render(Locale::En));
    }
}

fn main() {
    // This program's speech workers are itself started again: serve when asked.
    if let Some(code) = ballot_access::project::serve_speech_worker_if_asked() {
        std::process::exit(code);
    }
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, out] = args.as_slice() else {
        eprintln!("usage: build_election ELECTION_FOLDER OUT");
        std::process::exit(2);
    };
    let project = Project::load(&[PathBuf::from(input)]);
    for diagnostic in project.diagnostics() {
        eprintln!("{}", diagnostic.render(Locale::En));
    }
    if project.has_errors() {
        std::process::exit(1);
    }
    let mut options = BuildOptions::new(out);
    options.jobs = 2;
    match project.build(&options, &Count(AtomicUsize::new(0))) {
        Ok(report) => {
            println!("built {}, skipped {}, failed {}, {} files", report.built, report.skipped, report.failures.len(), report.files);
            for failure in &report.failures {
                eprintln!("{}/{}: {}", failure.election, failure.ballot, failure.cause.render(Locale::En));
                if let Some(hint) = &failure.hint {
                    eprintln!("  = hint: {}", hint.render(Locale::En));
                }
            }
            std::process::exit(i32::from(!report.failures.is_empty()));
        }
        Err(problem) => {
            for (message, hint) in problem.messages() {
                eprintln!("error: {}", message.render(Locale::En));
                if let Some(hint) = hint {
                    eprintln!("  = hint: {}", hint.render(Locale::En));
                }
            }
            std::process::exit(1);
        }
    }
}
