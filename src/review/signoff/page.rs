//! What a review page embeds of the sign-off: marks, states and progress.

use super::*;

/// What the review pages show from the log, made once and cut per page: for
/// each track's (and phrase's) audio and text the mark that decides it (an
/// open problem, else the counting OK), and each ballot's status for the
/// build in `folder` (signed off, its open problems, its tracks still to review).
pub struct PageData {
    marks: BTreeMap<String, Vec<MarkShown>>,
    phrase_marks: BTreeMap<String, MarkShown>,
    statuses: serde_json::Map<String, serde_json::Value>,
    /// The election's distinct phrases, in the order they are first heard.
    pub phrases: Vec<PhraseItem>,
    by_phrase: BTreeMap<String, State>,
}

/// A mark as a page shows it, with the state it decides: typed rather than a
/// JSON tree, as a national election has one for each of its tens of
/// thousands of tracks (made and freed on every build). Pages embed it
/// through a `serde_json::Value`, so its keys come out as they always have.
#[derive(Serialize)]
struct MarkShown {
    ballot: String,
    language: String,
    track: String,
    sha: String,
    text: String,
    state: &'static str,
    verdict: String,
    reviewer: String,
    at: String,
    comment: String,
    played: bool,
    /// Decided by a phrase of the track: the page says so.
    #[serde(skip_serializing_if = "Option::is_none")]
    via: Option<&'static str>,
}

fn mark_shown(item: &Item, state: State, mark: &Mark) -> MarkShown {
    let word = match state { State::Ok => "ok", State::Problem => "problem", State::NotPlayed => "not-played", State::Outdated => "outdated", State::Unmarked => "unmarked" };
    // An outdated mark keeps its own audio and text: the page shows it as outdated.
    let (sha, text) = if state == State::Outdated { (mark.audio_sha256.clone(), mark.text_sha256.clone()) } else { (item.sha256.clone(), item.text_sha256.clone()) };
    MarkShown {
        ballot: item.ballot.clone(),
        language: item.language.clone(),
        track: item.track.clone(),
        sha,
        text,
        state: word,
        verdict: mark.verdict.clone(),
        reviewer: mark.reviewer.clone(),
        at: mark.marked_at.clone(),
        comment: mark.comment.clone(),
        played: mark.played,
        via: (mark.track != item.track && mark.track.starts_with(PHRASE_PREFIX)).then_some("phrases"),
    }
}

impl PageData {
    /// The log's marks and every ballot's status.
    pub fn new(folder: &Path, manifest: &Manifest, marks: &[Mark]) -> PageData {
        // Each current track's state as `status` decides it, with the mark
        // that decides it: the page shows what the sign-off counts.
        // Items are read once (each ballot's review data): for the marks and the statuses.
        use rayon::prelude::*;
        let tracks = by_track(marks);
        let items = items(folder, manifest);
        // Each ballot's and each phrase's on every core (a mark for every
        // track of a national election is tens of thousands to weigh).
        let by_ballot: BTreeMap<String, Vec<MarkShown>> = items
            .by_ballot
            .par_iter()
            .map(|(ballot, items)| (ballot.clone(), items.iter().filter_map(|item| match state(item, &tracks) { (state, Some(mark)) => Some(mark_shown(item, state, mark)), _ => None }).collect::<Vec<_>>()))
            .filter(|(_, marks)| !marks.is_empty())
            .collect();
        let phrase_states: Vec<(State, Option<MarkShown>)> = items
            .phrases
            .par_iter()
            .map(|phrase| {
                let (state, mark) = state(&phrase.item, &tracks);
                (state, mark.map(|mark| mark_shown(&phrase.item, state, mark)))
            })
            .collect();
        let mut phrase_marks = BTreeMap::new();
        let mut by_phrase = BTreeMap::new();
        for (phrase, (state, mark)) in items.phrases.iter().zip(phrase_states) {
            by_phrase.insert(phrase.item.track.clone(), state);
            if let Some(mark) = mark {
                phrase_marks.insert(phrase.item.track.clone(), mark);
            }
        }
        let statuses: Vec<(String, serde_json::Value)> = statuses(&items.by_ballot, &tracks)
            .into_par_iter()
            .map(|(id, s)| {
                let problems: Vec<serde_json::Value> = s.problems.iter().map(|(lang, track, m)| serde_json::json!({ "lang": lang, "track": track, "comment": m.comment, "reviewer": m.reviewer, "at": m.marked_at })).collect();
                let to_review = s.unmarked + s.outdated + s.whole.values().filter(|v| **v != "ok" && **v != "problem").count();
                (id, serde_json::json!({ "signed": s.signed_off(), "problems": problems, "to_review": to_review }))
            })
            .collect();
        let statuses = statuses.into_iter().collect();
        PageData { marks: by_ballot, phrase_marks, statuses, phrases: items.phrases, by_phrase }
    }

    /// The JSON of a page showing these ballots' tracks: their marks and
    /// statuses; with `index`, every ballot's status (not its marks: a
    /// national election's would be tens of megabytes on every page) and
    /// each phrase page's progress.
    pub fn for_page(&self, shown: &[&str], index: bool, phrase_pages: &[(String, Vec<&PhraseItem>)]) -> serde_json::Value {
        let marks: Vec<&MarkShown> = shown.iter().flat_map(|id| self.marks.get(*id).into_iter().flatten()).collect();
        let statuses: serde_json::Map<String, serde_json::Value> = if index {
            self.statuses.clone()
        } else {
            shown.iter().filter_map(|id| self.statuses.get(*id).map(|s| ((*id).to_owned(), s.clone()))).collect()
        };
        let pages: serde_json::Map<String, serde_json::Value> = if index {
            phrase_pages
                .iter()
                .map(|(name, phrases)| {
                    let states: Vec<State> = phrases.iter().map(|p| self.by_phrase.get(&p.item.track).copied().unwrap_or(State::Unmarked)).collect();
                    let count = |wanted: State| states.iter().filter(|s| **s == wanted).count();
                    let (ok, problems) = (count(State::Ok), count(State::Problem));
                    (name.clone(), serde_json::json!({ "total": phrases.len(), "ok": ok, "problems": problems, "to_review": phrases.len() - ok - problems }))
                })
                .collect()
        } else {
            serde_json::Map::new()
        };
        serde_json::json!({ "marks": marks, "ballots": statuses, "phrase_pages": pages })
    }

    /// The JSON of a page of phrases: their marks.
    pub fn for_phrases(&self, phrases: &[&PhraseItem]) -> serde_json::Value {
        let marks: Vec<&MarkShown> = phrases.iter().filter_map(|p| self.phrase_marks.get(&p.item.track)).collect();
        serde_json::json!({ "marks": marks, "ballots": {}, "phrase_pages": {} })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The page's JSON of a mark: the fields the review page reads, `via` only
    /// when a track is OK by its phrases, an outdated mark with its own audio.
    #[test]
    fn a_mark_shown_has_the_pages_fields_and_says_when_phrases_decided_it() {
        let item = Item { ballot: "b1".into(), language: "kk".into(), track: "2".into(), file: "b1/audio/kk/02.mp3".into(), sha256: "s-now".into(), proof_id: "p".into(), text_sha256: "t-now".into(), needs_play: true, phrases: Vec::new() };
        let mark = Mark { ballot: "b1".into(), proof_id: "p".into(), language: "kk".into(), track: "2".into(), file: String::new(), audio_sha256: "s-old".into(), verdict: "ok".into(), reviewer: "Айгүл".into(), marked_at: "2026-11-22T10:00:00Z".into(), comment: "\"ok\"".into(), imported_from: String::new(), played: true, text_sha256: "t-old".into() };
        let own = serde_json::to_string(&mark_shown(&item, State::Ok, &mark)).unwrap();
        assert_eq!(own, r#"{"ballot":"b1","language":"kk","track":"2","sha":"s-now","text":"t-now","state":"ok","verdict":"ok","reviewer":"Айгүл","at":"2026-11-22T10:00:00Z","comment":"\"ok\"","played":true}"#);
        let outdated = serde_json::to_value(mark_shown(&item, State::Outdated, &mark)).unwrap();
        assert_eq!((outdated["sha"].as_str(), outdated["text"].as_str(), outdated["state"].as_str()), (Some("s-old"), Some("t-old"), Some("outdated")));
        let by_phrase = Mark { track: format!("{PHRASE_PREFIX}kk-7"), ..mark };
        let via = serde_json::to_value(mark_shown(&item, State::Ok, &by_phrase)).unwrap();
        assert_eq!(via["via"], "phrases");
    }
}
