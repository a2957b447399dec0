//! The audio ballot's script: a pure function from the ballot and a language to
//! its tracks and their written text, kept apart from synthesis so it can be
//! golden-tested.

use crate::model::{Ballot, ElectionInfo, Lang};
use crate::util::phrases;
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
    /// `spoken` as the phrases synthesised one by one and joined: its
    /// sentences (title, constituency, region, contest, instructions, count;
    /// an option's number, name and details), each split at its clauses, so
    /// what recurs (the instructions, "born in 1960,", a town, a party) is
    /// synthesised and encoded once and only names are new on each ballot.
    pub phrases: Vec<Phrase>,
}

/// One phrase of a track: a clause as written (what a reviewer compares the
/// phrase's audio with) and as the voice is given it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phrase {
    /// The clause as written, as in the transcript.
    pub written: String,
    /// What the voice is given.
    pub spoken: String,
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

/// The clauses of a sentence: split after each comma that a space follows,
/// outside quotes and brackets (a party's name stays whole); the comma stays
/// with its clause, so the voice keeps the rising tone of a clause that goes on.
fn clauses(sentence: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let (mut depth, mut start) = (0i32, 0);
    let mut chars = sentence.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '«' | '(' | '[' | '„' | '“' => depth += 1,
            '»' | ')' | ']' | '”' => depth = (depth - 1).max(0),
            '"' => depth = if depth > 0 { depth - 1 } else { 1 },
            ',' if depth == 0 && chars.peek().is_some_and(|(_, next)| next.is_whitespace()) => {
                pieces.push(sentence[start..=i].trim());
                start = i + 1;
            }
            _ => {}
        }
    }
    pieces.push(sentence[start..].trim());
    pieces.retain(|p| p.chars().any(char::is_alphanumeric));
    pieces
}

/// The phrases a track is spoken in: each part as a sentence, split at its clauses.
fn phrases_of(parts: &[&str], lang: Lang, lexicon: &crate::model::Lexicon) -> Vec<Phrase> {
    parts
        .iter()
        .map(|part| sentences(&[part]))
        .flat_map(|sentence| clauses(&sentence).into_iter().map(|clause| Phrase { written: clause.to_owned(), spoken: spoken(clause, lang, lexicon) }).collect::<Vec<_>>())
        .collect()
}

/// The tracks of a ballot in one language.
pub fn script(election: &ElectionInfo, ballot: &Ballot, lang: Lang) -> Vec<Track> {
    let empty = Default::default();
    let lexicon = election.speech.lexicon.get(&lang).unwrap_or(&empty);
    let count = ballot.contest.options.len();
    let intro_parts = intro_parts(election, ballot, lang);
    let intro: Vec<&str> = intro_parts.iter().map(String::as_str).collect();

    let track = |number: usize, part: String, title: String, parts: &[&str]| {
        let text = sentences(parts);
        Track { number, part, title, phrases: phrases_of(parts, lang, lexicon), spoken: spoken(&text, lang, lexicon), text }
    };
    let mut tracks = vec![track(0, "introduction".into(), phrases::track_title(lang, false).into(), &intro)];
    for option in &ballot.contest.options {
        let name = option.name.get(lang);
        let number = phrases::option_number(lang, option.number);
        let mut parts = vec![number.as_str(), name];
        if let Some(details) = &option.details {
            parts.push(details.get(lang));
        }
        tracks.push(track(option.number, format!("option-{}", option.number), format!("{}. {name}", option.number), &parts));
    }
    tracks.push(track(count + 1, "closing".into(), phrases::track_title(lang, true).into(), &[phrases::closing(lang)]));
    tracks
}

/// The written text of every track of [`script`], without the spoken forms
/// and phrases (what the lexicon check needs, cheaply).
pub fn texts(election: &ElectionInfo, ballot: &Ballot, lang: Lang) -> Vec<String> {
    let mut texts = vec![sentences(&intro_parts(election, ballot, lang).iter().map(String::as_str).collect::<Vec<_>>())];
    for option in &ballot.contest.options {
        let number = phrases::option_number(lang, option.number);
        let mut parts = vec![number.as_str(), option.name.get(lang)];
        if let Some(details) = &option.details {
            parts.push(details.get(lang));
        }
        texts.push(sentences(&parts));
    }
    texts.push(phrases::closing(lang).to_owned());
    texts
}

/// The introduction's sentences: title, constituency, region, contest, instructions, count.
fn intro_parts(election: &ElectionInfo, ballot: &Ballot, lang: Lang) -> Vec<String> {
    let mut intro = vec![election.title.get(lang).to_owned(), ballot.constituency.name.get(lang).to_owned()];
    if let Some(region) = &ballot.constituency.region {
        intro.push(region.get(lang).to_owned());
    }
    intro.push(ballot.contest.title.get(lang).to_owned());
    intro.push(ballot.contest.instructions.get(lang).to_owned());
    intro.push(phrases::options_count(lang, ballot.contest.options.len()));
    intro
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
        let _ = writeln!(out, "{} {}\n  title:   {}\n  written: {}\n  spoken:  {}\n  phrases: {}", file_name(t, tracks.len()), t.number, t.title, t.text, t.spoken, t.phrases.iter().map(|p| p.spoken.as_str()).collect::<Vec<_>>().join(" | "));
    }
    out
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::dev::testing::{example_sheets, golden};

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
    fn tracks_are_spoken_in_sentences_split_at_clauses_outside_quotes() {
        assert_eq!(clauses("1960 жылы туған, Семей қаласы, «Ақ жол, Respublica» партиясы ұсынған."), ["1960 жылы туған,", "Семей қаласы,", "«Ақ жол, Respublica» партиясы ұсынған."]);
        assert_eq!(clauses("1,5 миллиона (один, два)."), ["1,5 миллиона (один, два)."]);
        assert_eq!(clauses("Да, ."), ["Да,"]);
        // Every track's phrases say exactly its spoken text, in order.
        for (election, ballot, lang) in example_sheets() {
            for track in script(&election, &ballot, lang) {
                let squash = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
                let joined: Vec<&str> = track.phrases.iter().map(|p| p.spoken.as_str()).collect();
                assert_eq!(squash(&joined.join(" ")), squash(&track.spoken), "{} {lang} track {}", ballot.id, track.number);
                // And as written: the transcript line, clause by clause.
                let written: Vec<&str> = track.phrases.iter().map(|p| p.written.as_str()).collect();
                assert_eq!(squash(&written.join(" ")), squash(&track.text), "{} {lang} track {}", ballot.id, track.number);
            }
        }
    }

    #[test]
    fn the_texts_are_the_scripts_written_texts() {
        for (election, ballot, lang) in example_sheets() {
            let written: Vec<String> = script(&election, &ballot, lang).into_iter().map(|t| t.text).collect();
            assert_eq!(texts(&election, &ballot, lang), written, "{} {lang}", ballot.id);
        }
    }

    #[test]
    fn the_lexicon_changes_the_speech_and_not_the_transcript() {
        let (mut election, ballot, _) = example_sheets().into_iter().find(|(_, b, l)| b.id == "zhambyl-15" && *l == Lang::Ru).unwrap();
        let before = script(&election, &ballot, Lang::Ru);
        let mut words = BTreeMap::new();
        words.insert("Тараз".to_owned(), "Тарааз".to_owned());
        election.speech.lexicon.insert(Lang::Ru, crate::model::Lexicon::new(words));
        let after = script(&election, &ballot, Lang::Ru);
        let changed: Vec<usize> = before.iter().zip(&after).filter(|(a, b)| a.spoken != b.spoken).map(|(a, _)| a.number).collect();
        assert_eq!(changed, [1, 4], "the tracks that mention Тараз");
        for (a, b) in before.iter().zip(&after) {
            assert_eq!(a.text, b.text, "written text must not change");
        }
        assert!(after[1].spoken.contains("Тарааз") && after[1].text.contains("Тараз"));
    }
}
