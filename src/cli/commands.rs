//! The commands other than `check` and `build`: braille, review import and
//! status, register import, template and export, measure, package, speak.

use std::path::PathBuf;
use std::time::Instant;

use crate::definition;
use crate::i18n::{Arg, Locale};
use crate::model::Lang;
use crate::msg;
use crate::render::RenderContext;

use super::{environment_ok, error, fail, fail_explained, say, warning, Shown};

/// `braille`: one line of Unicode braille per input text or stdin line.
pub(super) fn braille(lang: Lang, texts: &[String], ui: Locale) -> i32 {
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
                fail_explained(ui, &cause);
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
pub(super) fn review_import(election: &std::path::Path, files: &[PathBuf], ui: Locale) -> i32 {
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
pub(super) fn review_status(election: &std::path::Path, only: Option<&str>, ui: Locale) -> i32 {
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
pub(super) fn import(register: &std::path::Path, options: &crate::register::ImportOptions, ui: Locale) -> i32 {
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
pub(super) fn template(headings: Lang, out: &std::path::Path, election: Option<&std::path::Path>, ui: Locale) -> i32 {
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
pub(super) fn export(election: &std::path::Path, out: &std::path::Path, headings: Option<Lang>, ui: Locale) -> i32 {
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
pub(super) fn measure(pdf: &std::path::Path, page: u32, check: Option<&std::path::Path>, ui: Locale) -> i32 {
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
pub(super) fn package(election: &std::path::Path, to: PathBuf, only: Option<String>, by_region: bool, unsigned: bool, signed_only: bool, ui: Locale) -> i32 {
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
        Err(e) => fail_explained(ui, &e),
    }
}

/// `speak`: one phrase to a file, through the same spoken-form fixes and
/// normalisation as the audio ballot.
pub(super) fn speak(lang: Lang, out: &std::path::Path, election: Option<&std::path::Path>, text: &str, ui: Locale) -> i32 {
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
        Err(cause) => return fail_explained(ui, &cause),
    };
    let (samples, _) = encode::prepare(&speech.samples);
    let bytes = if extension.as_deref() == Some("wav") {
        encode::wav(&samples, speech.sample_rate)
    } else {
        match encode::mp3(&samples) {
            Ok(frames) => encode::with_info_frame(&frames, samples.len()),
            Err(cause) => return fail_explained(ui, &cause),
        }
    };
    match crate::util::write::write_atomic(out, &bytes) {
        Ok(()) => 0,
        Err(cause) => fail(ui, msg!("cli-cannot-write", path = out, cause = cause.to_string())),
    }
}

/// `speak-batch`: the pipeline's side of the audio benchmark: the same speech
/// workers and encoder as `build`, `jobs` phrases at a time.
pub(super) fn speak_batch(file: &std::path::Path, jobs: usize) -> i32 {
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
    let results: Result<Vec<f64>, crate::speech::SpeechError> = pool.install(|| {
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
