//! `--only GLOB`: selecting ballots by id or definition file.

use std::path::Path;

use crate::model::Election;

/// Whether `text` matches a glob of `*` (any run) and `?` (any one character).
pub fn glob_match(pattern: &str, text: &str) -> bool {
    let (p, t): (Vec<char>, Vec<char>) = (pattern.chars().collect(), text.chars().collect());
    // Iterative matching with backtracking to the last `*`.
    let (mut pi, mut ti) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some((pi, ti));
            pi += 1;
        } else if let Some((sp, st)) = star {
            pi = sp + 1;
            ti = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == '*')
}

/// Keeps only the ballots whose id, or definition file relative to its election
/// folder (`districts/zhambyl-15.yaml`), matches; returns how many remain.
/// Filtered elections are marked incomplete, so their other ballots' records stay.
pub fn only(elections: &mut Vec<Election>, pattern: &str) -> usize {
    for election in elections.iter_mut() {
        let folder = election.source.parent().unwrap_or(Path::new("")).to_path_buf();
        let before = election.ballots.len();
        election.ballots.retain(|ballot| {
            let relative = ballot.source.strip_prefix(&folder).unwrap_or(&ballot.source);
            let relative = relative.to_string_lossy().replace('\\', "/");
            glob_match(pattern, &ballot.id) || glob_match(pattern, &relative)
        });
        if election.ballots.len() != before {
            election.complete = false;
        }
    }
    elections.retain(|e| !e.ballots.is_empty());
    elections.iter().map(|e| e.ballots.len()).sum()
}
