//! What a review page embeds of the sign-off: marks, states and progress.

use super::*;

/// What the review pages show from the log, made once and cut per page: for
/// each track's (and phrase's) audio and text the mark that decides it (an
/// open problem, else the counting OK), and each ballot's status for the
/// build in `folder` (signed off, its open problems, its tracks still to review).
pub struct PageData {
    marks: BTreeMap<String, Vec<serde_json::Value>>,
    phrase_marks: BTreeMap<String, serde_json::Value>,
    statuses: serde_json::Map<String, serde_json::Value>,
    /// The election's distinct phrases, in the order they are first heard.
    pub phrases: Vec<PhraseItem>,
    by_phrase: BTreeMap<String, State>,
}

/// A mark as a page shows it, with the state it decides.
fn mark_json(item: &Item, state: State, mark: &Mark) -> serde_json::Value {
    let word = match state { State::Ok => "ok", State::Problem => "problem", State::NotPlayed => "not-played", State::Outdated => "outdated", State::Unmarked => "unmarked" };
    // An outdated mark keeps its own audio and text: the page shows it as outdated.
    let (sha, text) = if state == State::Outdated { (mark.audio_sha256.clone(), mark.text_sha256.clone()) } else { (item.sha256.clone(), item.text_sha256.clone()) };
    let mut json = serde_json::json!({
        "ballot": item.ballot, "language": item.language, "track": item.track, "sha": sha, "text": text, "state": word,
        "verdict": mark.verdict, "reviewer": mark.reviewer, "at": mark.marked_at, "comment": mark.comment, "played": mark.played,
    });
    // Decided by a phrase of the track: the page says so.
    if mark.track != item.track && mark.track.starts_with(PHRASE_PREFIX) {
        json["via"] = "phrases".into();
    }
    json
}

impl PageData {
    /// The log's marks and every ballot's status.
    pub fn new(folder: &Path, manifest: &Manifest, marks: &[Mark]) -> PageData {
        // Each current track's state as `status` decides it, with the mark
        // that decides it: the page shows what the sign-off counts.
        // Items are read once (each ballot's review data): for the marks and the statuses.
        let tracks = by_track(marks);
        let items = items(folder, manifest);
        let mut by_ballot: BTreeMap<String, Vec<serde_json::Value>> = BTreeMap::new();
        for item in items.by_ballot.values().flatten() {
            if let (state, Some(mark)) = state(item, &tracks) {
                by_ballot.entry(item.ballot.clone()).or_default().push(mark_json(item, state, mark));
            }
        }
        let mut phrase_marks = BTreeMap::new();
        let mut by_phrase = BTreeMap::new();
        for phrase in &items.phrases {
            let (state, mark) = state(&phrase.item, &tracks);
            by_phrase.insert(phrase.item.track.clone(), state);
            if let Some(mark) = mark {
                phrase_marks.insert(phrase.item.track.clone(), mark_json(&phrase.item, state, mark));
            }
        }
        let statuses = statuses(&items.by_ballot, &tracks)
            .into_iter()
            .map(|(id, s)| {
                let problems: Vec<serde_json::Value> = s.problems.iter().map(|(lang, track, m)| serde_json::json!({ "lang": lang, "track": track, "comment": m.comment, "reviewer": m.reviewer, "at": m.marked_at })).collect();
                let to_review = s.unmarked + s.outdated + s.whole.values().filter(|v| **v != "ok" && **v != "problem").count();
                (id, serde_json::json!({ "signed": s.signed_off(), "problems": problems, "to_review": to_review }))
            })
            .collect();
        PageData { marks: by_ballot, phrase_marks, statuses, phrases: items.phrases, by_phrase }
    }

    /// The JSON of a page showing these ballots' tracks: their marks and
    /// statuses; with `index`, every ballot's status (not its marks: a
    /// national election's would be tens of megabytes on every page) and
    /// each phrase page's progress.
    pub fn for_page(&self, shown: &[&str], index: bool, phrase_pages: &[(String, Vec<&PhraseItem>)]) -> serde_json::Value {
        let marks: Vec<&serde_json::Value> = shown.iter().flat_map(|id| self.marks.get(*id).into_iter().flatten()).collect();
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
        let marks: Vec<&serde_json::Value> = phrases.iter().filter_map(|p| self.phrase_marks.get(&p.item.track)).collect();
        serde_json::json!({ "marks": marks, "ballots": {}, "phrase_pages": {} })
    }
}
