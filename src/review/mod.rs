//! The QA review page, `DIR/<election-id>/review/index.html`: written by every
//! build from the manifest, so it covers every ballot built so far. It works
//! opened from disk: inline script and style (allowed by their hashes in a
//! Content-Security-Policy that allows nothing from the network), media and
//! previews by relative path. Large elections get one page per ballot,
//! `review/<ballot-id>.html`, linked from the index.

use std::fmt::Write as _;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::i18n::Message;
use crate::output::manifest::{BallotEntry, Manifest, OutputEntry};
use crate::util::markup::escape;
use crate::model::{ElectionInfo, Lang};
use crate::msg;

/// The folder of the review pages inside an election's output folder.
pub const REVIEW_DIR: &str = "review";
/// Elections with more ballots than this get one page per ballot.
pub const ONE_PAGE_MAX_BALLOTS: usize = 20;
/// Most audio players (tracks and whole ballots) on one page; more, and each
/// ballot gets a page of its own.
pub const ONE_PAGE_MAX_PLAYERS: usize = 300;
/// Phrases on one page of phrases.
pub const PHRASES_PER_PAGE: usize = 200;
/// The file name of each page of phrases begins so (no ballot id can: ids
/// begin with a letter or digit).
pub const PHRASE_PAGE_PREFIX: &str = "_phrases-";

mod data;
mod phrases;
pub mod signoff;

pub use data::{AudioCheck, BallotReview, BrailleCheck, BrailleText, PhraseEntry, TrackEntry, REVIEW_DATA_FILE};
pub use phrases::phrase_pages;
use phrases::{phrase_nav, phrase_page, range_args, range_title, write_phrase_audio};

/// The interface texts in Kazakh, Russian and English, then the behaviour.
const SCRIPT: &str = concat!(include_str!("i18n.js"), include_str!("review.js"));
const STYLE: &str = include_str!("review.css");

/// Percent-encodes a relative path for an `href` or `src` (keeps `/`).
fn url(path: &str) -> String {
    let mut out = String::new();
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(b as char);
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

fn csp_hash(text: &str) -> String {
    use std::io::Write as _;
    let digest = Sha256::digest(text.as_bytes());
    // Base64 by hand: one small use does not justify a dependency.
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = Vec::new();
    for chunk in digest.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                let _ = out.write_all(&[ALPHABET[(n >> (18 - 6 * i) & 63) as usize]]);
            } else {
                out.push(b'=');
            }
        }
    }
    format!("'sha256-{}'", String::from_utf8(out).unwrap_or_default())
}

/// The Content-Security-Policy of every page: nothing from the network; local
/// media and images; only this page's own script and style.
fn csp() -> String {
    format!(
        "default-src 'none'; img-src file: 'self'; media-src file: 'self'; script-src {}; style-src {}; form-action 'none'; base-uri 'none'",
        csp_hash(SCRIPT),
        csp_hash(STYLE)
    )
}

/// Embeds JSON in a `<script type="application/json">` safely.
fn json_block(value: &serde_json::Value) -> String {
    value.to_string().replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}

/// A page's data for `data-i18n-args`: JSON, escaped for an attribute.
fn i18n_args(args: serde_json::Value) -> String {
    escape(&args.to_string())
}

/// Writes the election's review pages into `folder/review/`: the index always; a ballot's own page (elections of more than
/// [`ONE_PAGE_MAX_BALLOTS`]) only when `fresh` says it was just built or the
/// page is missing, so an unchanged ballot's page is not rewritten. Pages of
/// ballots no longer recorded are removed. One page is in memory at a time.
pub fn write_pages(
    folder: &Path,
    election: &ElectionInfo,
    manifest: &Manifest,
    fresh: &(dyn Fn(&str) -> bool + Sync),
) -> Result<(), Message> {
    use rayon::prelude::*;
    let write = |path: &Path, bytes: &[u8]| crate::util::write::write_atomic(path, bytes).map_err(|e| msg!("review-cannot-write", path = path, error = e.to_string()));
    let dir = folder.join(REVIEW_DIR);
    // By id, as the election orders its ballots: the page is the same whatever order they were built in.
    let mut ballots: Vec<&BallotEntry> = manifest.ballots.iter().collect();
    ballots.sort_by(|a, b| a.id.cmp(&b.id));
    let signoff = signoff::PageData::new(folder, manifest, &signoff::read_log_for_page(folder));
    let phrase_pages = phrase_pages(&signoff.phrases);
    let verified_audio = verified(folder, "phrase-audio");
    write_phrase_audio(folder, &signoff.phrases, &verified_audio)?;
    let outputs = manifest.outputs_by_ballot();
    let outputs_of = |id: &str| outputs.get(id).map_or(&[][..], Vec::as_slice);
    let one_page = fits_one_page(&ballots);
    let mut body = String::new();
    body.push_str("<nav aria-labelledby=\"ballots-heading\"><h2 id=\"ballots-heading\" data-i18n=\"ballots\">Ballots</h2>\n");
    body.push_str("<p><label for=\"filter\" data-i18n=\"filter\">Filter ballots by id, constituency or region</label> <input id=\"filter\" type=\"search\" autocomplete=\"off\"> <span id=\"filter-status\" role=\"status\"></span></p>\n<ul class=\"ballots\">\n");
    for ballot in &ballots {
        let target = if one_page { format!("#b-{}", escape(&ballot.id)) } else { url(&format!("{}.html", ballot.id)) };
        let names: Vec<String> = election.languages.iter().map(|l| lang_span(*l, ballot.constituency.get(l.code()).map_or("", String::as_str))).collect();
        let _ = writeln!(
            body,
            "<li data-search=\"{}\"><a href=\"{target}\">{}</a> — {} — <span data-i18n=\"proof-short\">proof</span> <code>{}</code>{} — <span data-progress=\"{}\"></span></li>",
            escape(&search_text(ballot)),
            escape(&ballot.id),
            names.join(" / "),
            escape(&ballot.proof_id),
            warning_count(ballot),
            escape(&ballot.id),
        );
    }
    body.push_str("</ul></nav>\n");
    body.push_str(&phrase_nav(&phrase_pages));
    body.push_str("<main>\n");
    if one_page {
        for ballot in &ballots {
            let review = BallotReview::read(folder, &ballot.id);
            body.push_str(&section(election, ballot, &review, outputs_of(&ballot.id), "../"));
        }
    } else {
        body.push_str("<p data-i18n=\"own-page\">Each ballot has its own page; follow its link above.</p>\n");
        let todo: Vec<&&BallotEntry> = ballots.iter().filter(|b| fresh(&b.id) || !dir.join(format!("{}.html", b.id)).is_file()).collect();
        // Drawn on every thread, each batch written as one (one `syncfs`, not one a page).
        todo.par_chunks(PAGES_PER_WRITE).try_for_each(|batch| {
            let pages: Vec<(std::path::PathBuf, String)> = batch
                .iter()
                .map(|ballot| {
                    let review = BallotReview::read(folder, &ballot.id);
                    let inner = format!("<main>\n{}</main>\n", section(election, ballot, &review, outputs_of(&ballot.id), "../"));
                    let html = page(election, Heading::Ballot(&ballot.id), &inner, "<p><a href=\"index.html\" data-i18n=\"all-ballots\">All ballots</a></p>", &signoff.for_page(&[&ballot.id], false, &[]));
                    (dir.join(format!("{}.html", ballot.id)), html)
                })
                .collect();
            write_batch(&pages)
        })?;
    }
    (0..phrase_pages.len()).into_par_iter().try_for_each(|i| {
        let (name, phrases) = &phrase_pages[i];
        let html = phrase_page(election, &phrase_pages, i, &signoff.for_phrases(phrases));
        let path = dir.join(format!("{name}.html"));
        // Unchanged pages are left alone: a national election has hundreds.
        if std::fs::read(&path).ok().as_deref() != Some(html.as_bytes()) {
            write(&path, html.as_bytes())?;
        }
        Ok::<(), Message>(())
    })?;
    body.push_str("</main>\n");
    let shown: Vec<&str> = if one_page { ballots.iter().map(|b| b.id.as_str()).collect() } else { Vec::new() };
    write(&dir.join("index.html"), page(election, Heading::Election, &body, "", &signoff.for_page(&shown, true, &phrase_pages)).as_bytes())?;
    let phrase_names: Vec<&str> = phrase_pages.iter().map(|(name, _)| name.as_str()).collect();
    remove_stale_pages(&dir, &ballots, one_page, &phrase_names);
    verified_audio.save();
    Ok(())
}

/// The hashes checked of the election's files (record `what`), kept with
/// the build's locks, out of what is delivered: `folder` is the election's
/// output folder.
pub(crate) fn verified(folder: &Path, what: &str) -> crate::util::verified::Verified {
    let name = folder.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let record = folder.parent().unwrap_or(Path::new("")).join(crate::output::lock::LOCKS_DIR).join(format!("{name}.{what}.verified"));
    crate::util::verified::Verified::load(record, folder)
}

/// Puts the sign-off log's merged marks into the existing review pages (after
/// `review import`, which has no definitions to build the pages from).
pub fn refresh_signoff(folder: &Path) -> Result<(), Message> {
    let marks = signoff::read_log_for_page(folder);
    let manifest = Manifest::read_election(folder).map_err(|_| msg!("review-no-manifest", path = folder.join(crate::output::manifest::MANIFEST_FILE)))?;
    let data = signoff::PageData::new(folder, &manifest, &marks);
    let phrase_pages = phrase_pages(&data.phrases);
    let ballots: Vec<&BallotEntry> = manifest.ballots.iter().collect();
    let one_page = fits_one_page(&ballots);
    let dir = folder.join(REVIEW_DIR);
    let Ok(entries) = std::fs::read_dir(&dir) else { return Ok(()) };
    let mut pages: Vec<_> = entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.extension().is_some_and(|e| e == "html")).collect();
    pages.sort();
    for path in pages {
        let html = std::fs::read_to_string(&path).map_err(|e| msg!("review-cannot-read", path = &path, error = e.to_string()))?;
        // The index: every ballot's status (and on one page, their marks); a ballot's page: its own.
        let name = path.file_stem().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let page_data = if name == "index" {
            let shown: Vec<&str> = if one_page { ballots.iter().map(|b| b.id.as_str()).collect() } else { Vec::new() };
            data.for_page(&shown, true, &phrase_pages)
        } else if name.starts_with(PHRASE_PAGE_PREFIX) {
            let Some((_, phrases)) = phrase_pages.iter().find(|(page, _)| *page == name) else { continue };
            data.for_phrases(phrases)
        } else {
            data.for_page(&[name.as_str()], false, &[])
        };
        let block = format!("<script type=\"application/json\" id=\"signoff-data\">{}</script>", json_block(&page_data));
        let start = "<script type=\"application/json\" id=\"signoff-data\">";
        let Some(from) = html.find(start) else { continue };
        let Some(len) = html[from..].find("</script>") else { continue };
        let updated = format!("{}{block}{}", &html[..from], &html[from + len + "</script>".len()..]);
        crate::util::write::write_atomic(&path, updated.as_bytes()).map_err(|e| msg!("review-cannot-write", path = &path, error = e.to_string()))?;
    }
    Ok(())
}

/// Review pages (or phrase files) written together: enough that one `syncfs`
/// serves many files, few enough to hold a batch per thread in memory.
const PAGES_PER_WRITE: usize = 32;

/// Writes files as one (see [`crate::util::write::write_all_atomic`]).
fn write_batch<B: AsRef<[u8]>>(files: &[(std::path::PathBuf, B)]) -> Result<(), Message> {
    let targets: Vec<(std::path::PathBuf, &[u8])> = files.iter().map(|(path, bytes)| (path.clone(), bytes.as_ref())).collect();
    crate::util::write::write_all_atomic(&targets).map_err(|(path, e)| msg!("review-cannot-write", path = &path, error = e.to_string()))
}

/// Removes per-ballot pages of ballots no longer recorded (all of them when
/// the election fits on one page).
fn remove_stale_pages(dir: &Path, ballots: &[&BallotEntry], one_page: bool, phrase_pages: &[&str]) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    let current: std::collections::HashSet<String> = ballots.iter().map(|b| format!("{}.html", b.id)).collect();
    let phrases: std::collections::HashSet<String> = phrase_pages.iter().map(|name| format!("{name}.html")).collect();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let kept = if name.starts_with(PHRASE_PAGE_PREFIX) { phrases.contains(&name) } else { !one_page && current.contains(&name) };
        if name.ends_with(".html") && name != "index.html" && !kept {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// The verdict and comment cells of a row: radio buttons named `field` and a
/// comment box, with screen-reader labels (`legend`, `comment`: message key
/// and English text) taking `args`.
fn verdict_cells(field: &str, args: &str, legend: (&str, &str), comment: (&str, &str)) -> String {
    let radio = |value: &str, key: &str, text: &str| format!("<label><input type=\"radio\" name=\"{field}\" value=\"{value}\"> <span data-i18n=\"{key}\">{text}</span></label>");
    format!(
        "<td><fieldset><legend class=\"sr\" data-i18n=\"{}\" data-i18n-args=\"{args}\">{}</legend>{} {} {}</fieldset></td><td><label class=\"sr\" for=\"c-{field}\" data-i18n=\"{}\" data-i18n-args=\"{args}\">{}</label><input class=\"comment\" type=\"text\" id=\"c-{field}\"></td>",
        legend.0,
        escape(legend.1),
        radio("ok", "ok", "OK"),
        radio("problem", "problem", "Problem"),
        radio("resolved", "resolved", "Resolved"),
        comment.0,
        escape(comment.1),
    )
}

fn lang_span(lang: Lang, text: &str) -> String {
    format!("<span lang=\"{}\">{}</span>", lang.code(), escape(text))
}

fn search_text(ballot: &BallotEntry) -> String {
    let mut parts = vec![ballot.id.clone()];
    parts.extend(ballot.constituency.values().cloned());
    parts.extend(ballot.region.values().cloned());
    parts.join(" ")
}

fn warning_count(ballot: &BallotEntry) -> String {
    match ballot.warnings.len() {
        0 => String::new(),
        n => format!(" — <span class=\"warn\" data-i18n=\"warnings-n\" data-i18n-args=\"{}\">{n} warning(s)</span>", i18n_args(serde_json::json!({ "n": n }))),
    }
}

/// A whole HTML document around `body`, with data for the ballots it covers.
/// Whether the election's review stays on one page: by ballots and by players
/// (20 ballots of 20 candidates in two languages are 900 players).
fn fits_one_page(ballots: &[&BallotEntry]) -> bool {
    let players: usize = ballots.iter().map(|b| b.tracks.values().sum::<usize>() + b.tracks.len()).sum();
    ballots.len() <= ONE_PAGE_MAX_BALLOTS && players <= ONE_PAGE_MAX_PLAYERS
}

/// What a page is of, after the election's title.
#[derive(Clone, Copy)]
enum Heading<'a> {
    /// The index: the election.
    Election,
    /// A ballot's own page.
    Ballot(&'a str),
    /// A page of phrases: their language and range.
    Phrases { lang: &'a str, from: usize, to: usize },
}

fn page(election: &ElectionInfo, of: Heading, body: &str, nav: &str, signoff: &serde_json::Value) -> String {
    let first = election.languages.first().copied().unwrap_or(Lang::Kk);
    let title = election.title.get(first);
    // What follows the title: in the heading (translated on the page), as
    // the script puts it into the document's title, and as plain text.
    let (heading, heading_data, heading_text) = match of {
        Heading::Election => (String::new(), serde_json::Value::Null, String::new()),
        Heading::Ballot(id) => (format!(" — {}", escape(id)), serde_json::json!({ "text": id }), format!(" — {id}")),
        Heading::Phrases { lang, from, to } => (
            format!(" — {}", range_title(lang, from, to)),
            serde_json::json!({ "key": "phrase-page", "args": range_args(lang, from, to) }),
            format!(" — {lang}, phrases {from}–{to}"),
        ),
    };
    let data = serde_json::json!({
        "election": election.id,
        // The interface's default language: the election's first.
        "ui": first.code(),
        "title": title,
        "heading": heading_data,
    });
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Review: {title_text}{heading_text}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<header>\n<h1><span data-i18n=\"review\">Review:</span> <span lang=\"{lang}\">{title_text}</span>{heading}</h1>\n<p data-i18n=\"intro\">Enter your name, listen to every track to its end, compare it with its transcript, and mark it OK or problem; then the whole ballot. Marks are kept in this browser with your name and the time, bound to the audio you heard: rebuilt audio must be reviewed again. Export them as CSV for ballot-access review import.</p>\n{nav}<div class=\"toolbar\"><label for=\"ui-lang\" data-i18n=\"ui\">Interface language</label> <select id=\"ui-lang\"><option value=\"kk\" lang=\"kk\">Қазақша</option><option value=\"ru\" lang=\"ru\">Русский</option><option value=\"en\" lang=\"en\">English</option></select> <label for=\"reviewer\" data-i18n=\"reviewer\">Reviewer name</label> <input id=\"reviewer\" type=\"text\" autocomplete=\"name\" required> <button id=\"next\" type=\"button\" data-i18n=\"next\">Next unreviewed</button> <button id=\"export\" type=\"button\" data-i18n=\"export\">Export marks as CSV</button> <span id=\"export-status\" role=\"status\"></span> <span class=\"keys\" data-i18n=\"keys\">Keys on a track: P play or pause, O OK, X problem, N next unreviewed.</span></div>\n</header>\n{body}<script type=\"application/json\" id=\"review-data\">{data}</script>\n<script type=\"application/json\" id=\"signoff-data\">{signoff}</script>\n<script>{SCRIPT}</script>\n</body>\n</html>\n",
        csp = escape(&csp()),
        title_text = escape(title),
        heading_text = escape(&heading_text),
        lang = first.code(),
        data = json_block(&data),
        signoff = json_block(signoff),
    )
}

/// One ballot's section: warnings, audio with verdicts, braille, previews, files.
fn section(election: &ElectionInfo, ballot: &BallotEntry, review: &BallotReview, outputs: &[&OutputEntry], up: &str) -> String {
    let id = escape(&ballot.id);
    let mut s = String::new();
    let names: Vec<String> = election.languages.iter().map(|l| lang_span(*l, ballot.constituency.get(l.code()).map_or("", String::as_str))).collect();
    let _ = writeln!(s, "<section class=\"ballot\" id=\"b-{id}\" data-search=\"{}\" aria-labelledby=\"h-{id}\">", escape(&search_text(ballot)));
    let _ = writeln!(s, "<h2 id=\"h-{id}\">{} <small>({id})</small></h2>", names.join(" / "));
    let regions: Vec<String> = election.languages.iter().filter_map(|l| ballot.region.get(l.code()).map(|r| lang_span(*l, r))).collect();
    let _ = write!(s, "<p><span data-i18n=\"proof\">Proof id</span> <code>{}</code>", escape(&ballot.proof_id));
    if !regions.is_empty() {
        let _ = write!(s, " · <span data-i18n=\"region\">region</span> {}", regions.join(" / "));
    }
    let _ = writeln!(s, " · <span class=\"status\" data-progress=\"{id}\"></span></p>");

    let _ = writeln!(s, "<h3 data-i18n=\"warnings\">Warnings</h3>");
    if ballot.warnings.is_empty() {
        s.push_str("<p data-i18n=\"none\">None.</p>\n");
    } else {
        s.push_str("<ul>\n");
        for w in &ballot.warnings {
            let _ = writeln!(s, "<li class=\"warn\">{}</li>", escape(w));
        }
        s.push_str("</ul>\n");
    }

    let _ = writeln!(s, "<h3 data-i18n=\"audio\">Audio</h3>");
    let sha_of = |path: &str| outputs.iter().find(|o| o.path == path).map_or(String::new(), |o| o.sha256.to_string());
    for &lang in &election.languages {
        let code = lang.code();
        let tracks: Vec<_> = review.tracks.iter().filter(|t| t.lang == code).collect();
        if tracks.is_empty() {
            continue;
        }
        let _ = writeln!(s, "<h4><span data-i18n=\"lang-{code}\">{}</span> ({code})</h4>", language_name(lang));
        let _ = writeln!(s, "<table><caption class=\"sr\" data-i18n=\"tracks-in\" data-i18n-args=\"{{&quot;lang&quot;:&quot;{code}&quot;}}\">Tracks in {code}</caption><thead><tr><th scope=\"col\" data-i18n=\"track\">Track</th><th scope=\"col\" data-i18n=\"listen\">Listen</th><th scope=\"col\" data-i18n=\"transcript\">Transcript</th><th scope=\"col\" data-i18n=\"verdict\">Verdict</th><th scope=\"col\" data-i18n=\"comment\">Comment</th></tr></thead><tbody>");
        for &t in &tracks {
            let n = t.number;
            let name = format!("v-{}-{code}-{n}", ballot.id);
            let flagged: Vec<&str> = review.audio_checks.iter().filter(|c| c.lang == code && c.track == n).map(|c| c.reason.as_str()).collect();
            let src = format!("{up}{}/{}", ballot.id, t.file);
            let file = format!("{}/{}", ballot.id, t.file);
            let _ = writeln!(
                s,
                "<tr data-ballot=\"{id}\" data-proof=\"{}\" data-lang=\"{code}\" data-track=\"{n}\" data-file=\"{}\" data-sha=\"{}\" data-text=\"{}\"{}><th scope=\"row\">{n:02}</th><td><audio controls preload=\"none\" src=\"{}\" aria-label=\"Track {n:02}, {code}\" data-i18n-aria=\"track-label\" data-i18n-args=\"{{&quot;track&quot;:&quot;{n:02}&quot;,&quot;lang&quot;:&quot;{code}&quot;}}\"></audio></td><td class=\"text\" lang=\"{code}\">{}{}</td>{}</tr>",
                escape(&ballot.proof_id),
                escape(&file),
                escape(&sha_of(&file)),
                crate::util::hash::sha256_hex(&t.text),
                if flagged.is_empty() { "" } else { " class=\"bad\"" },
                escape(&url(&src)),
                escape(&t.text).replace('\n', "<br>"),
                // The finding itself is the build's text, in English for now.
                flagged.iter().map(|r| format!("<br><strong class=\"warn\"><span data-i18n=\"check\">Automatic check:</span> <span lang=\"en\">{}</span></strong>", escape(r))).collect::<String>(),
                verdict_cells(&escape(&name), &format!("{{&quot;track&quot;:&quot;{n:02}&quot;,&quot;lang&quot;:&quot;{code}&quot;}}"), ("verdict-for", &format!("Verdict for track {n:02}, {code}")), ("comment-for", &format!("Comment on track {n:02}, {code}"))),
            );
        }
        // The whole ballot, as the voter hears it, gets its own verdict.
        let file = format!("{}/audio/{code}/ballot.mp3", ballot.id);
        let name = format!("v-{}-{code}-ballot", ballot.id);
        let _ = writeln!(
            s,
            "<tr class=\"whole\" data-ballot=\"{id}\" data-proof=\"{}\" data-lang=\"{code}\" data-track=\"ballot\" data-file=\"{}\" data-sha=\"{}\" data-text=\"{}\"><th scope=\"row\" data-i18n=\"all\">all</th><td><audio controls preload=\"none\" src=\"{}\" aria-label=\"Whole ballot, {code}\" data-i18n-aria=\"whole-label\" data-i18n-args=\"{{&quot;lang&quot;:&quot;{code}&quot;}}\"></audio></td><td class=\"text\"><strong data-i18n=\"whole\">Whole ballot</strong> <span data-i18n=\"whole-note\">(ballot.mp3, what the voter hears)</span></td>{}</tr>",
            escape(&ballot.proof_id),
            escape(&file),
            escape(&sha_of(&file)),
            crate::util::hash::sha256_hex(tracks.iter().map(|t| format!("{}\n", t.text)).collect::<String>()),
            escape(&url(&format!("{up}{file}"))),
            verdict_cells(&escape(&name), &format!("{{&quot;lang&quot;:&quot;{code}&quot;}}"), ("whole-verdict-for", &format!("Verdict for the whole ballot, {code}")), ("whole-comment-for", &format!("Comment on the whole ballot, {code}"))),
        );
        s.push_str("</tbody></table>\n");
    }

    let labels: Vec<(u32, &BrailleCheck)> = review.braille_checks.iter().filter_map(|c| match c.what {
        BrailleText::StencilLabel { option } => Some((option, c)),
        BrailleText::Other(_) => None,
    }).collect();
    let _ = writeln!(s, "<h3 data-i18n=\"labels\">Stencil labels in braille</h3>");
    if labels.is_empty() {
        s.push_str("<p data-i18n=\"none-recorded\">None recorded.</p>\n");
    } else {
        s.push_str("<table><thead><tr><th scope=\"col\" data-i18n=\"option\">Option</th><th scope=\"col\" data-i18n=\"label\">Label</th><th scope=\"col\" data-i18n=\"braille\">Braille</th><th scope=\"col\" data-i18n=\"read-back\">Read back</th><th scope=\"col\" data-i18n=\"status\">Status</th></tr></thead><tbody>\n");
        for (option, c) in labels {
            let option = option.to_string();
            let _ = writeln!(
                s,
                "<tr{}><th scope=\"row\">{}</th><td lang=\"{lang}\">{}</td><td class=\"braille\" aria-label=\"braille cells\" data-i18n-aria=\"braille-cells\">{}</td><td lang=\"{lang}\">{}</td><td>{}</td></tr>",
                if c.matches { "" } else { " class=\"bad\"" },
                escape(&option),
                escape(&c.source),
                escape(&c.braille),
                escape(&c.back),
                if c.matches { "<span data-i18n=\"reads-back\">reads back as the label</span>" } else { "<strong data-i18n=\"differs\">differs from the label</strong>" },
                lang = escape(&c.lang),
            );
        }
        s.push_str("</tbody></table>\n");
    }

    let prefix = format!("{}/", ballot.id);
    let mut outputs = outputs.to_vec();
    // By path, so the page is the same whether the manifest was just built or read back.
    outputs.sort_by(|a, b| a.path.cmp(&b.path));
    let previews: Vec<_> = outputs.iter().filter(|o| o.path.contains("/preview/") && o.path.ends_with(".png")).collect();
    let _ = writeln!(s, "<h3 data-i18n=\"previews\">Previews</h3>\n<div class=\"previews\">");
    for p in previews {
        let file = p.path.rsplit('/').next().unwrap_or("");
        let src = escape(&url(&format!("{up}{}", p.path)));
        match preview_kind(file) {
            Some((kind, name, lang)) => {
                let args = i18n_args(serde_json::json!({ "lang": lang, "ballot": ballot.id }));
                let what = escape(&format!("{name} ({lang})"));
                let _ = writeln!(
                    s,
                    "<figure><a href=\"{src}\"><img src=\"{src}\" width=\"420\" alt=\"{what}: preview of ballot {id}\" data-i18n-alt=\"alt-{kind}\" data-i18n-args=\"{args}\"></a><figcaption data-i18n=\"preview-{kind}\" data-i18n-args=\"{args}\">{what}</figcaption></figure>"
                );
            }
            // A preview of a kind the page does not know: its file name.
            None => {
                let _ = writeln!(s, "<figure><a href=\"{src}\"><img src=\"{src}\" width=\"420\" alt=\"{}\"></a><figcaption>{}</figcaption></figure>", escape(file), escape(file));
            }
        }
    }
    s.push_str("</div>\n");

    let _ = writeln!(s, "<h3 data-i18n=\"files\">Files</h3>\n<table><thead><tr><th scope=\"col\" data-i18n=\"file\">File</th><th scope=\"col\" data-i18n=\"bytes\">Bytes</th><th scope=\"col\">SHA-256</th></tr></thead><tbody>");
    for o in outputs {
        let _ = writeln!(
            s,
            "<tr><td><a href=\"{}\">{}</a></td><td>{}</td><td class=\"sha\">{}</td></tr>",
            escape(&url(&format!("{up}{}", o.path))),
            escape(o.path.strip_prefix(&prefix).unwrap_or(&o.path)),
            o.bytes,
            escape(&o.sha256.to_string())
        );
    }
    s.push_str("</tbody></table>\n</section>\n");
    s
}

fn language_name(lang: Lang) -> &'static str {
    match lang {
        Lang::Kk => "Kazakh",
        Lang::Ru => "Russian",
        Lang::En => "English",
    }
}

/// A preview's kind (the end of its message keys), its English name and its
/// language, from its file name (`stencil-kk.png`).
fn preview_kind(file: &str) -> Option<(&'static str, &'static str, &str)> {
    let (material, lang) = file.strip_suffix(".png")?.rsplit_once('-')?;
    match material {
        "stencil" => Some(("stencil", "Braille stencil", lang)),
        "overlay" => Some(("overlay", "Tactile overlay", lang)),
        "large-print" => Some(("large-print", "Large print, first page", lang)),
        _ => None,
    }
}
