//! The library's entry point for programs other than the command line (a
//! desktop front end, a web service): load definitions, look at what they
//! say, build them, each step returning what happened as values. Nothing
//! here prints; progress comes through a [`Progress`] the caller gives.
//!
//! ```no_run
//! use ballot_access::project::{BuildOptions, Project, Silent};
//!
//! // A program whose binary is not `ballot-access` serves the speech workers
//! // itself: this returns when the program was not started as one.
//! if let Some(code) = ballot_access::project::serve_speech_worker_if_asked() {
//!     std::process::exit(code);
//! }
//! let project = Project::load(&["ballots/kz-2023-mazhilis".into()]);
//! if project.has_errors() {
//!     for diagnostic in project.diagnostics() {
//!         eprintln!("{}", diagnostic.render(ballot_access::i18n::Locale::En));
//!     }
//!     std::process::exit(1);
//! }
//! let report = project.build(&BuildOptions::new("out"), &Silent).expect("the build ran");
//! println!("{} ballots built", report.built);
//! ```

use std::path::{Path, PathBuf};

use crate::definition::{self, Loaded};
use crate::diag::Diagnostic;
use crate::i18n::{Explain, Message};
use crate::model::Election;
use crate::msg;

pub use crate::build::environment::EnvironmentProblem;
pub use crate::build::{BuildOptions, BuildReport, Failure, Profile, Progress};

/// A progress receiver that ignores everything.
pub struct Silent;

impl Progress for Silent {}

/// Definitions read and validated, ready to build.
pub struct Project {
    paths: Vec<PathBuf>,
    loaded: Loaded,
    /// What the machine lacks (tables, voices), checked before any file is read.
    environment: Vec<EnvironmentProblem>,
    /// The profile when loading began: this project's share of the totals.
    profile_start: crate::util::profile::Snapshot,
}

/// Why a build could not start.
#[derive(Clone, Debug, thiserror::Error)]
#[error("{}", self.messages().iter().map(|(m, _)| m.render(crate::i18n::Locale::En)).collect::<Vec<_>>().join("; "))]
pub enum BuildError {
    /// The definitions have errors: see [`Project::diagnostics`].
    Invalid {
        /// The output folder, left as it was.
        out: PathBuf,
        /// How many.
        errors: usize,
    },
    /// What the machine lacks (braille tables, voices), each with what to install.
    Environment(Vec<EnvironmentProblem>),
    /// The output folder is (or holds) one of the inputs.
    OutputIsInput {
        /// The output folder.
        out: PathBuf,
        /// The input it would overwrite.
        input: PathBuf,
    },
    /// The output folder cannot be written.
    OutputNotWritable {
        /// The output folder.
        out: PathBuf,
        /// Why.
        cause: Message,
    },
    /// The build started and stopped (a lock, the manifest, the print plan).
    Stopped(Message),
}

impl BuildError {
    /// What to tell the person, each error with its hint.
    pub fn messages(&self) -> Vec<(Message, Option<Message>)> {
        match self {
            BuildError::Invalid { out, errors } => vec![(msg!("cli-build-invalid", errors = *errors, out = out), None)],
            BuildError::Environment(problems) => problems.iter().map(|p| (p.message(), p.hint())).collect(),
            BuildError::OutputIsInput { out, input } => vec![(msg!("cli-build-out-is-input", out = out, input = input), Some(msg!("cli-build-out-is-input-hint")))],
            BuildError::OutputNotWritable { out, cause } => vec![(msg!("cli-build-out-not-writable", out = out, cause = cause.clone()), Some(msg!("cli-build-out-not-writable-hint")))],
            BuildError::Stopped(message) => vec![(message.clone(), None)],
        }
    }
}

impl Project {
    /// Reads and validates the definitions under `paths` (election folders or
    /// files); problems are kept in [`Project::diagnostics`], never printed.
    pub fn load(paths: &[PathBuf]) -> Project {
        Project::load_only(paths, None)
    }

    /// As [`Project::load`], keeping only ballots whose id or file matches
    /// the glob `only` (other ballots' problems then block nothing).
    /// Nothing is read when the braille tables or voices are missing:
    /// every character would be reported untranslatable, hiding the cause
    /// ([`Project::environment_problems`] says what to install).
    pub fn load_only(paths: &[PathBuf], only: Option<&str>) -> Project {
        let profile_start = crate::util::profile::totals();
        let environment = crate::build::environment::problems(true);
        if !environment.is_empty() {
            return Project { paths: paths.to_vec(), loaded: Loaded::default(), environment, profile_start };
        }
        let mut loaded = crate::util::profile::measure(crate::util::profile::Stage::Load, || definition::load_only(paths, only));
        if only.is_some() {
            // An election none of whose ballots is selected is not built at all.
            loaded.elections.retain(|e| !e.ballots.is_empty());
        }
        Project { paths: paths.to_vec(), loaded, environment, profile_start }
    }

    /// What the machine lacks for a build (braille tables, voices), each with
    /// the package to install; when not empty, no definition was read.
    pub fn environment_problems(&self) -> &[EnvironmentProblem] {
        &self.environment
    }

    /// Every error and warning, in the order found.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.loaded.diagnostics.0
    }

    /// Whether any diagnostic is an error (nothing would be built).
    pub fn has_errors(&self) -> bool {
        self.loaded.diagnostics.has_errors()
    }

    /// The validated elections.
    pub fn elections(&self) -> &[Election] {
        &self.loaded.elections
    }

    /// The definitions as loaded, with the files `only` left out.
    pub fn loaded(&self) -> &Loaded {
        &self.loaded
    }

    /// Checks what a build needs before anything is written: valid
    /// definitions, the braille tables and voices, an output folder that is
    /// writable and is not one of the inputs.
    pub fn ready_to_build(&self, out: &Path) -> Result<(), BuildError> {
        if !self.environment.is_empty() {
            return Err(BuildError::Environment(self.environment.clone()));
        }
        if self.has_errors() {
            return Err(BuildError::Invalid { out: out.to_path_buf(), errors: self.loaded.diagnostics.error_count() });
        }
        if let Some(input) = output_is_input(out, &self.paths, &self.loaded) {
            return Err(BuildError::OutputIsInput { out: out.to_path_buf(), input });
        }
        crate::util::write::check_writable(out).map_err(|e| BuildError::OutputNotWritable { out: out.to_path_buf(), cause: Message::untranslated(e.to_string()) })
    }

    /// Builds every material of every ballot into `options.out`, telling
    /// `progress` as ballots finish. Ballots that fail are in the report;
    /// an error means the build could not start or could not finish the
    /// election's shared files.
    pub fn build(self, options: &BuildOptions, progress: &dyn Progress) -> Result<BuildReport, BuildError> {
        self.ready_to_build(&options.out)?;
        let renderers = crate::materials::all();
        let mut report = crate::build::build(self.loaded.elections, &renderers, &crate::render::RenderContext::from_env(), options, progress).map_err(BuildError::Stopped)?;
        // Loading counted too.
        (report.profile.stages, report.profile.speech_wait_seconds) = crate::util::profile::since(&self.profile_start);
        Ok(report)
    }
}

impl BuildOptions {
    /// Options for a build into `out`: a job per core, the clip cache in
    /// `<out>/.cache`, unchanged ballots skipped.
    pub fn new(out: impl Into<PathBuf>) -> BuildOptions {
        let out = out.into();
        BuildOptions {
            cache: out.join(".cache"),
            out,
            jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
            force: false,
            strict: false,
        }
    }
}

/// Whether the output folder is (or is inside the folder of) one of the inputs.
fn output_is_input(out: &Path, paths: &[PathBuf], loaded: &Loaded) -> Option<PathBuf> {
    let canonical = |p: &Path| std::fs::canonicalize(if p.as_os_str().is_empty() { Path::new(".") } else { p }).ok();
    let election_folders: Vec<PathBuf> = loaded.elections.iter().filter_map(|e| e.source.parent().map(Path::to_path_buf)).collect();
    let mut targets: Vec<PathBuf> = vec![out.to_path_buf()];
    targets.extend(loaded.elections.iter().map(|e| out.join(&e.info.id)));
    let targets: Vec<PathBuf> = targets.iter().filter_map(|t| canonical(t)).collect();
    paths.iter().chain(&election_folders).find(|input| canonical(input).is_some_and(|f| targets.contains(&f))).cloned()
}

/// The speech workers are this program started again with a hidden command.
/// A program using the library calls this first thing in `main`: when it
/// was started as a worker, this serves and returns the exit code; else
/// `None`. (Or it points the build at an installed `ballot-access` with
/// [`set_speech_worker_program`].)
pub fn serve_speech_worker_if_asked() -> Option<i32> {
    let mut args = std::env::args().skip(1);
    (args.next().as_deref() == Some(crate::speech::worker::SUBCOMMAND)).then(|| crate::speech::worker::serve(&args.next().unwrap_or_default()))
}

/// Sets the program started as a speech worker (default: this program).
pub fn set_speech_worker_program(path: PathBuf) {
    crate::speech::worker::set_program(path);
}
