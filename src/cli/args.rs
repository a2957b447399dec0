//! The command line's arguments, as clap reads them (their help text comes
//! from the `help` catalogue, see `help.rs`).

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::model::Lang;

use super::parse_lang;

/// Turns YAML ballot definitions into accessible election materials:
/// braille stencils, tactile overlays, large-print sheets and audio ballots.
#[derive(Debug, Parser)]
#[command(name = "ballot-access", version)]
pub struct Cli {
    /// Language of the interface: kk, ru or en (default: BALLOT_ACCESS_LANG, else the locale).
    #[arg(long, value_name = "CODE")]
    pub(super) lang: Option<String>,
    #[command(subcommand)]
    pub(super) command: Command,
}

#[derive(Debug, Subcommand)]
pub(super) enum Command {
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
pub(super) enum ReviewAction {
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
