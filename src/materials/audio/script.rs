//! The audio ballot's script: a pure function from the ballot and a language to
//! its tracks and their written text, kept apart from synthesis so it can be
//! golden-tested.

use crate::model::{Ballot, ElectionInfo, Lang};
use crate::phrases;
use crate::speech::spoken::spoken;

/// One audio track.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Track {
    /// 0 for the introduction, N for option N, options + 1 for the closing.
    pub number: usize,
    /// File name part after the number: `introduction`, `option-3`, `closing`.
    pub part: String,
    /// Short title for tags and the playlist.
    pub title: String,
    /// The written text (transcript).
    pub text: String,
    /// What the voice is given (lexicon and fixes applied).
    pub spoken: String,
    /// `spoken` as the phrases synthesised one by one and joined: the
    /// introduction's sentences (title, constituency, region, contest,
    /// instructions, count), most of them the same on every ballot, so each
    /// is synthesised and encoded once; other tracks are one phrase.
    pub phrases: Vec<String>,
}

/// Joins sentences, adding a full stop where one has none.
fn sentences(parts: &[&str]) -> String {
    let mut out = String::new();
    for part in parts.iter().map(|p| p.trim()).filter(|p| !p.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(part);
        if !part.ends_with(['.', '?', '!', '…']) {
            out.push('.');
        }
    }
    out
}

/// The tracks of a ballot in one language.
pub fn script(election: &ElectionInfo, ballot: &Ballot, lang: Lang) -> Vec<Track> {
    let empty = Default::default();
    let lexicon = election.speech.lexicon.get(&lang).unwrap_or(&empty);
    let count = ballot.contest.options.len();
    let mut intro: Vec<&str> = vec![election.title.get(lang), ballot.constituency.name.get(lang)];
    if let Some(region) = &ballot.constituency.region {
        intro.push(region.get(lang));
    }
    intro.push(ballot.contest.title.get(lang));
    intro.push(ballot.contest.instructions.get(lang));
    let count_text = phrases::options_count(lang, count);
    intro.push(&count_text);

    let track = |number: usize, part: String, title: String, text: String| {
        let said = spoken(&text, lang, lexicon);
        Track { number, part, title, phrases: vec![said.clone()], spoken: said, text }
    };
    let mut introduction = track(0, "introduction".into(), phrases::track_title(lang, false).into(), sentences(&intro));
    introduction.phrases = intro.iter().map(|part| sentences(&[part])).filter(|p| !p.is_empty()).map(|p| spoken(&p, lang, lexicon)).collect();
    let mut tracks = vec![introduction];
    for option in &ballot.contest.options {
        let name = option.name.get(lang);
        let mut parts = vec![name];
        if let Some(details) = &option.details {
            parts.push(details.get(lang));
        }
        let text = format!("{} {}", phrases::option_number(lang, option.number), sentences(&parts));
        tracks.push(track(option.number, format!("option-{}", option.number), format!("{}. {name}", option.number), text));
    }
    tracks.push(track(count + 1, "closing".into(), phrases::track_title(lang, true).into(), phrases::closing(lang).into()));
    tracks
}

/// The file name of a track: `NN-part.mp3`, numbers at least two digits wide.
pub fn file_name(track: &Track, total: usize) -> String {
    let width = total.to_string().len().max(2);
    format!("{:0width$}-{}.mp3", track.number, track.part)
}

/// A readable form of the script for golden tests: written and spoken text.
#[cfg(test)]
pub fn dump(tracks: &[Track]) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    for t in tracks {
        let _ = writeln!(out, "{} {}\n  title:   {}\n  written: {}\n  spoken:  {}", file_name(t, tracks.len()), t.number, t.title, t.text, t.spoken);
    }
    out
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::testing::{example_sheets, golden};

    #[test]
    fn the_script_matches_the_golden_files() {
        let mismatches: Vec<String> = example_sheets()
            .into_iter()
            .filter_map(|(election, ballot, lang)| {
                let name = format!("{}--{}--{lang}.txt", election.id, ballot.id);
                golden("script", &name, &dump(&script(&election, &ballot, lang)))
            })
            .collect();
        assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
    }

    #[test]
    fn the_lexicon_changes_the_speech_and_not_the_transcript() {
        let (mut election, ballot, _) = example_sheets().into_iter().find(|(_, b, l)| b.id == "zhambyl-15" && *l == Lang::Ru).unwrap();
        let before = script(&election, &ballot, Lang::Ru);
        let mut words = BTreeMap::new();
        words.insert("Тараз".to_owned(), "Тарааз".to_owned());
        election.speech.lexicon.insert(Lang::Ru, words);
        let after = script(&election, &ballot, Lang::Ru);
        let changed: Vec<usize> = before.iter().zip(&after).filter(|(a, b)| a.spoken != b.spoken).map(|(a, _)| a.number).collect();
        assert_eq!(changed, [1, 4], "the tracks that mention Тараз");
        for (a, b) in before.iter().zip(&after) {
            assert_eq!(a.text, b.text, "written text must not change");
        }
        assert!(after[1].spoken.contains("Тарааз") && after[1].text.contains("Тараз"));
    }
}
