//! The pages of phrases: every distinct phrase of the election's audio once,
//! in pages of [`PHRASES_PER_PAGE`] per language, each with its audio cut
//! from a track (`review/phrases/<sha256>.mp3`) and a verdict to give once.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

use crate::i18n::Message;
use crate::model::ElectionInfo;
use crate::util::markup::escape;

use super::{i18n_args, PHRASE_PAGE_PREFIX, REVIEW_DIR, page, signoff, url, verdict_cells, write_batch, Heading, PAGES_PER_WRITE, PHRASES_PER_PAGE};

/// The election's phrases in pages of [`PHRASES_PER_PAGE`], per language in
/// the order the languages are first heard: each page's name and phrases.
pub fn phrase_pages(phrases: &[signoff::PhraseItem]) -> Vec<(String, Vec<&signoff::PhraseItem>)> {
    let mut languages: Vec<&str> = Vec::new();
    for phrase in phrases {
        if !languages.contains(&phrase.item.language.as_str()) {
            languages.push(&phrase.item.language);
        }
    }
    let mut pages = Vec::new();
    for lang in languages {
        let of_lang: Vec<&signoff::PhraseItem> = phrases.iter().filter(|p| p.item.language == lang).collect();
        for (i, chunk) in of_lang.chunks(PHRASES_PER_PAGE).enumerate() {
            pages.push((format!("{PHRASE_PAGE_PREFIX}{lang}-{}", i + 1), chunk.to_vec()));
        }
    }
    pages
}

/// Each phrase's audio as `review/phrases/<sha256>.mp3`: its MP3 frames, cut
/// from a track's file where the build recorded them and checked against
/// their hash (so a phrase page plays exactly what every track joined from
/// it holds). Files of phrases no longer heard are removed.
/// Their hashes are remembered in `verified` (saved by the caller, as late as
/// it can: a file is remembered only once it is over a second old).
pub(super) fn write_phrase_audio(folder: &Path, phrases: &[signoff::PhraseItem], verified: &crate::util::verified::Verified) -> Result<(), Message> {
    use rayon::prelude::*;
    let dir = folder.join(REVIEW_DIR).join(signoff::PHRASE_DIR);
    let mut current = std::collections::HashSet::new();
    let distinct: Vec<&signoff::PhraseItem> = phrases.iter().filter(|p| current.insert(format!("{}.mp3", p.item.sha256))).collect();
    // Checked and cut on every thread, each batch written as one (one `syncfs`).
    distinct.par_chunks(PAGES_PER_WRITE).try_for_each(|batch| {
        let cut: Vec<(std::path::PathBuf, Vec<u8>, crate::util::hash::Digest)> = batch.iter().filter_map(|phrase| phrase_audio(folder, &dir, phrase, verified)).collect();
        let files: Vec<(std::path::PathBuf, &[u8])> = cut.iter().map(|(path, frames, _)| (path.clone(), frames.as_slice())).collect();
        write_batch(&files)?;
        for (path, _, sha) in &cut {
            verified.wrote(path, *sha);
        }
        Ok::<(), Message>(())
    })?;
    if let Ok(entries) = std::fs::read_dir(&dir) {
        for entry in entries.flatten() {
            if !current.contains(&*entry.file_name().to_string_lossy()) {
                let _ = std::fs::remove_file(entry.path());
            }
        }
    }
    Ok(())
}

/// A phrase's audio file and its frames, when it must be made: missing or
/// not its audio (checked every build, by its hash or its unchanged stamp: a page must play what its marks are
/// bound to), and its frames are where the build recorded them.
fn phrase_audio(folder: &Path, dir: &Path, phrase: &signoff::PhraseItem, verified: &crate::util::verified::Verified) -> Option<(std::path::PathBuf, Vec<u8>, crate::util::hash::Digest)> {
    use std::io::{Read as _, Seek as _};
    let path = dir.join(format!("{}.mp3", phrase.item.sha256));
    // Lower-case hex only, as the build writes it (and as the file is named).
    let sha = crate::util::hash::Digest::parse(&phrase.item.sha256).filter(|sha| sha.to_string() == phrase.item.sha256)?;
    if verified.has_hash(&path, &sha) {
        return None;
    }
    let (source, offset, length) = &phrase.source;
    let mut frames = vec![0; *length as usize];
    let read = std::fs::File::open(folder.join(source)).and_then(|mut f| {
        f.seek(std::io::SeekFrom::Start(*offset))?;
        f.read_exact(&mut frames)
    });
    // A track rewritten since its review data (never by a whole build) is skipped: the page says the file is missing.
    (read.is_ok() && crate::util::hash::Digest::of(&frames) == sha).then_some((path, frames, sha))
}

/// The index's list of the pages of phrases, with each page's progress.
pub(super) fn phrase_nav(pages: &[(String, Vec<&signoff::PhraseItem>)]) -> String {
    if pages.is_empty() {
        return String::new();
    }
    let mut s = String::from("<nav aria-labelledby=\"phrases-heading\" class=\"phrase-pages\"><h2 id=\"phrases-heading\" data-i18n=\"phrase-pages\">Phrases: review each once</h2>\n<p data-i18n=\"phrases-intro\">Every distinct phrase of the election's audio, once. Listen to each to its end and compare it with its text: an OK here counts for every track joined from the phrase, and a problem stands on every one of them. Then give each ballot's whole-ballot verdict on its page.</p>\n<ul>\n");
    for (name, lang, from, to) in page_ranges(pages) {
        let _ = writeln!(s, "<li><a href=\"{}.html\">{}</a> — <span data-phrase-progress=\"{}\"></span></li>", url(name), range_title(lang, from, to), escape(name));
    }
    s.push_str("</ul></nav>\n");
    s
}

/// Each page's name, language and the numbers of its first and last phrase
/// within its language.
fn page_ranges<'a>(pages: &'a [(String, Vec<&signoff::PhraseItem>)]) -> Vec<(&'a str, &'a str, usize, usize)> {
    let mut next: BTreeMap<&str, usize> = BTreeMap::new();
    pages
        .iter()
        .map(|(name, phrases)| {
            let lang = phrases.first().map_or("", |p| p.item.language.as_str());
            let from = *next.get(lang).unwrap_or(&1);
            next.insert(lang, from + phrases.len());
            (name.as_str(), lang, from, from + phrases.len() - 1)
        })
        .collect()
}

/// A page's title, "kk, phrases 1–200", translated on the page.
pub(super) fn range_title(lang: &str, from: usize, to: usize) -> String {
    let args = i18n_args(range_args(lang, from, to));
    format!("<span data-i18n=\"phrase-page\" data-i18n-args=\"{args}\">{}, phrases {from}–{to}</span>", escape(lang))
}

/// The arguments of a page of phrases' title (numbers as text: they are
/// places in a list, not counts).
pub(super) fn range_args(lang: &str, from: usize, to: usize) -> serde_json::Value {
    serde_json::json!({ "lang": lang, "from": from.to_string(), "to": to.to_string() })
}

/// A page of phrases: each phrase's audio, text and verdict, and the tracks
/// joined from it.
pub(super) fn phrase_page(election: &ElectionInfo, pages: &[(String, Vec<&signoff::PhraseItem>)], at: usize, data: &serde_json::Value) -> String {
    let ranges = page_ranges(pages);
    let (_, phrases) = &pages[at];
    let mut nav = String::from("<p><a href=\"index.html\" data-i18n=\"all-ballots\">All ballots</a>");
    if at > 0 {
        let _ = write!(nav, " · <a href=\"{}.html\" rel=\"prev\" data-i18n=\"previous-page\">Previous page</a>", url(&pages[at - 1].0));
    }
    if at + 1 < pages.len() {
        let _ = write!(nav, " · <a href=\"{}.html\" rel=\"next\" data-i18n=\"next-page\">Next page</a>", url(&pages[at + 1].0));
    }
    nav.push_str("</p>\n");
    let (_, lang, first, last) = ranges[at];
    let mut s = format!("<main>\n<section class=\"phrases\" aria-labelledby=\"h-phrases\">\n<h2 id=\"h-phrases\">{}</h2>\n<p data-i18n=\"phrases-intro\">Every distinct phrase of the election's audio, once. Listen to each to its end and compare it with its text: an OK here counts for every track joined from the phrase, and a problem stands on every one of them. Then give each ballot's whole-ballot verdict on its page.</p>\n", range_title(lang, first, last));
    s.push_str("<table><thead><tr><th scope=\"col\" data-i18n=\"phrase\">Phrase</th><th scope=\"col\" data-i18n=\"listen\">Listen</th><th scope=\"col\" data-i18n=\"text\">Text</th><th scope=\"col\" data-i18n=\"verdict\">Verdict</th><th scope=\"col\" data-i18n=\"comment\">Comment</th><th scope=\"col\" data-i18n=\"used-in\">Used in</th></tr></thead><tbody>\n");
    for (i, phrase) in phrases.iter().enumerate() {
        let item = &phrase.item;
        let (n, code) = (first + i, escape(&item.language));
        let args = format!("{{&quot;n&quot;:&quot;{n}&quot;,&quot;lang&quot;:&quot;{code}&quot;}}");
        let field = format!("v-{}", escape(&item.track));
        let _ = writeln!(
            s,
            "<tr data-ballot=\"\" data-proof=\"\" data-lang=\"{code}\" data-track=\"{track}\" data-file=\"{file}\" data-sha=\"{sha}\" data-text=\"{text_sha}\"><th scope=\"row\">{n}</th><td><audio controls preload=\"none\" src=\"{src}\" aria-label=\"Phrase {n}, {code}\" data-i18n-aria=\"phrase-label\" data-i18n-args=\"{args}\"></audio></td><td class=\"text\" lang=\"{code}\">{text}</td>{verdict}<td><span data-i18n=\"uses-n\" data-i18n-args=\"{{&quot;n&quot;:&quot;{uses}&quot;}}\">{uses} track(s)</span></td></tr>",
            track = escape(&item.track),
            file = escape(&item.file),
            sha = escape(&item.sha256),
            text_sha = escape(&item.text_sha256),
            src = escape(&url(&format!("{}/{}.mp3", signoff::PHRASE_DIR, item.sha256))),
            text = escape(&phrase.text),
            verdict = verdict_cells(&field, &args, ("phrase-verdict-for", &format!("Verdict for phrase {n}, {code}")), ("phrase-comment-for", &format!("Comment on phrase {n}, {code}"))),
            uses = phrase.uses,
        );
    }
    s.push_str("</tbody></table>\n</section>\n</main>\n");
    page(election, Heading::Phrases { lang, from: first, to: last }, &s, &nav, data)
}
