//! Each ballot's sign-off state from the marks: per track and phrase, the
//! latest trustworthy verdict on the audio as it is now.

use super::*;

/// Each (ballot, language, track)'s marks, in log order.
pub(super) fn by_track(marks: &[Mark]) -> BTreeMap<(&str, &str, &str), Vec<&Mark>> {
    let mut by: BTreeMap<(&str, &str, &str), Vec<&Mark>> = BTreeMap::new();
    for mark in marks {
        by.entry((mark.ballot.as_str(), mark.language.as_str(), mark.track.as_str())).or_default().push(mark);
    }
    by
}

/// What the marks for one audio and text (in log order) decide: an open
/// problem (the last `problem` not followed by `resolved`) stands whatever
/// came after; else an `ok` of a reviewer who played the track counts.
pub(super) fn decide<'a>(marks: impl Iterator<Item = &'a Mark>, needs_play: bool) -> (State, Option<&'a Mark>) {
    let (mut open_problem, mut ok, mut unplayed) = (None, None, None);
    for mark in marks {
        match mark.verdict.as_str() {
            // An OK given before a problem was reported does not outlive it:
            // once resolved, the track needs an OK given after the report.
            "problem" => {
                open_problem = Some(mark);
                ok = None;
                unplayed = None;
            }
            "resolved" => open_problem = None,
            _ if mark.played || !needs_play => ok = Some(mark),
            _ => unplayed = Some(mark),
        }
    }
    match (open_problem, ok, unplayed) {
        (Some(problem), _, _) => (State::Problem, Some(problem)),
        (None, Some(ok), _) => (State::Ok, Some(ok)),
        (None, None, Some(unplayed)) => (State::NotPlayed, Some(unplayed)),
        (None, None, None) => (State::Unmarked, None),
    }
}

/// The state of one item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// Marked OK for its current audio.
    Ok,
    /// Marked as a problem for its current audio.
    Problem,
    /// Never marked (or its problems resolved and no `ok` since).
    Unmarked,
    /// Marked OK by a reviewer who did not play it to its end: not reviewed.
    NotPlayed,
    /// Marked, but for other audio or an earlier version of the ballot.
    Outdated,
}

/// One ballot's sign-off status.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct BallotStatus {
    /// Tracks (not the whole ballot) per state.
    pub ok: usize,
    /// Problems.
    pub problem: usize,
    /// Unmarked.
    pub unmarked: usize,
    /// Outdated.
    pub outdated: usize,
    /// Of the unmarked, those with an OK from a reviewer who did not play them to the end.
    pub not_played: usize,
    /// Of the OK, those OK by their phrases' marks rather than their own.
    pub by_phrases: usize,
    /// The open problems: language, track and the mark that reported it
    /// (a phrase's mark when it was reported on a phrase of the track).
    pub problems: Vec<(String, String, Mark)>,
    /// Reviewers of the marks that decide its tracks' states.
    pub reviewers: std::collections::BTreeSet<String>,
    /// The latest time of those marks.
    pub last_mark_at: String,
    /// Whole-ballot verdict per language: ok, problem, unmarked or outdated.
    pub whole: BTreeMap<String, &'static str>,
    /// Languages with tracks.
    pub languages: std::collections::BTreeSet<String>,
}

impl BallotStatus {
    /// Every track and every language's whole ballot OK for the current audio
    /// (and there is audio: a ballot without any is not signed off).
    pub fn signed_off(&self) -> bool {
        self.ok > 0
            && self.problem == 0
            && self.unmarked == 0
            && self.outdated == 0
            && self.languages.iter().all(|lang| self.whole.get(lang) == Some(&"ok"))
            && self.whole.values().all(|v| *v == "ok")
    }
}

/// The state of one audio bound to `sha` and `text`, from the marks logged
/// under its key, and the mark that decides it.
pub(super) fn own_state<'a>(key: (&str, &str, &str), sha: &str, text: &str, needs_play: bool, by_track: &BTreeMap<(&str, &str, &str), Vec<&'a Mark>>) -> (State, Option<&'a Mark>) {
    let Some(marks) = by_track.get(&key) else {
        return (State::Unmarked, None);
    };
    // Bound to the audio heard and the text it was compared with.
    let mut current = marks.iter().copied().filter(|m| m.audio_sha256 == sha && m.text_sha256 == text).peekable();
    if current.peek().is_none() {
        return (State::Outdated, marks.last().copied());
    }
    decide(current, needs_play)
}

/// The state of an item given the log's marks by track, and the mark that
/// decides it. A track's own open problem stands; so does one reported on
/// any of its phrases; else its own OK, or OK for every one of its phrases
/// (the mark returned then is the latest of theirs), counts.
pub fn state<'a>(item: &Item, by_track: &BTreeMap<(&str, &str, &str), Vec<&'a Mark>>) -> (State, Option<&'a Mark>) {
    let own = own_state((&item.ballot, &item.language, &item.track), &item.sha256, &item.text_sha256, item.needs_play, by_track);
    if item.phrases.is_empty() || own.0 == State::Problem {
        return own;
    }
    let mut latest: Option<&Mark> = None;
    let mut all_ok = true;
    for phrase in &item.phrases {
        match own_state(("", &item.language, &phrase.id), &phrase.sha256, &phrase.text_sha256, true, by_track) {
            (State::Problem, mark) => return (State::Problem, mark),
            (State::Ok, Some(mark)) => {
                if latest.is_none_or(|l| mark.marked_at > l.marked_at) {
                    latest = Some(mark);
                }
            }
            _ => all_ok = false,
        }
    }
    match (own.0, all_ok, latest) {
        (State::Ok, _, _) => own,
        (_, true, Some(mark)) => (State::Ok, Some(mark)),
        _ => own,
    }
}

/// Each ballot's status for the current build in `folder`.
pub fn status(folder: &Path, manifest: &Manifest, marks: &[Mark]) -> BTreeMap<String, BallotStatus> {
    statuses(&items(folder, manifest).by_ballot, &by_track(marks))
}

/// Each ballot's status from the build's items and the log's marks.
pub fn statuses_of(items: &Items, marks: &[Mark]) -> BTreeMap<String, BallotStatus> {
    statuses(&items.by_ballot, &by_track(marks))
}

/// How far the review of the election's phrases has come, from the log's marks.
pub fn progress(items: &Items, marks: &[Mark]) -> PhraseProgress {
    progress_of(&items.phrases, &by_track(marks))
}

/// How far the review of the election's distinct phrases has come.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PhraseProgress {
    /// Distinct phrases.
    pub total: usize,
    /// OK for their current audio.
    pub ok: usize,
    /// With an open problem.
    pub problem: usize,
    /// Their audio, milliseconds: what a reviewer hears to review them all.
    pub milliseconds: u64,
    /// Of that, what is still to hear (neither OK nor a problem).
    pub to_hear_milliseconds: u64,
}

pub(super) fn progress_of<'a>(phrases: impl IntoIterator<Item = &'a PhraseItem>, by_track: &BTreeMap<(&str, &str, &str), Vec<&Mark>>) -> PhraseProgress {
    let mut progress = PhraseProgress::default();
    for phrase in phrases {
        progress.total += 1;
        progress.milliseconds += phrase.milliseconds;
        match state(&phrase.item, by_track).0 {
            State::Ok => progress.ok += 1,
            State::Problem => progress.problem += 1,
            _ => progress.to_hear_milliseconds += phrase.milliseconds,
        }
    }
    progress
}

/// Each ballot's status from its items and the log's marks by track, on
/// every core: an election whose every track is marked has a mark to weigh
/// for each of its tens of thousands of tracks.
pub(super) fn statuses(items: &BTreeMap<String, Vec<Item>>, by_track: &BTreeMap<(&str, &str, &str), Vec<&Mark>>) -> BTreeMap<String, BallotStatus> {
    use rayon::prelude::*;
    items
        .par_iter()
        .map(|(ballot, items)| {
            let mut s = BallotStatus::default();
            for item in items.iter() {
                s.languages.insert(item.language.clone());
                let (state, mark) = state(item, by_track);
                if let (State::Problem, Some(mark)) = (state, mark) {
                    s.problems.push((item.language.clone(), item.track.clone(), mark.clone()));
                }
                if let (State::Ok, Some(mark)) = (state, mark) {
                    // OK by its phrases: every phrase's reviewer signed it off.
                    let deciding: Vec<&Mark> = if mark.track == item.track {
                        vec![mark]
                    } else {
                        s.by_phrases += 1;
                        item.phrases.iter().filter_map(|p| own_state(("", &item.language, &p.id), &p.sha256, &p.text_sha256, true, by_track).1).collect()
                    };
                    for mark in deciding {
                        s.reviewers.insert(mark.reviewer.clone());
                        if mark.marked_at > s.last_mark_at {
                            s.last_mark_at = mark.marked_at.clone();
                        }
                    }
                }
                if item.track == WHOLE_BALLOT {
                    let word = match state { State::Ok => "ok", State::Problem => "problem", State::Unmarked | State::NotPlayed => "unmarked", State::Outdated => "outdated" };
                    s.whole.insert(item.language.clone(), word);
                    continue;
                }
                match state {
                    State::Ok => s.ok += 1,
                    State::Problem => s.problem += 1,
                    State::Unmarked => s.unmarked += 1,
                    State::NotPlayed => {
                        s.unmarked += 1;
                        s.not_played += 1;
                    }
                    State::Outdated => s.outdated += 1,
                }
            }
            (ballot.clone(), s)
        })
        .collect()
}
