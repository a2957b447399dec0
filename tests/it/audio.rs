//! Audio ballots: decoded with a real decoder (mpg123), checked for track
//! count, sound, plausible durations, playlist, transcript and ID3 tags.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use ballot_access::model::{Ballot, ElectionInfo, Lang};
use ballot_access::materials::audio::script::{file_name, script};
use ballot_access::speech::worker;
use crate::common::{example_sheets, examples_out, root, run, stderr};
use id3::TagLike;

/// Decodes an MP3 with mpg123 (gapless: it reads the LAME Info frame) to mono
/// 16-bit samples at 22.05 kHz.
fn decode(path: &Path) -> Vec<i16> {
    let output = Command::new("mpg123")
        .args(["-q", "-s", "-m", "-r", "22050", "-e", "s16", path.to_str().unwrap()])
        .output()
        .expect("mpg123 must be installed (scripts/setup --test)");
    assert!(output.status.success(), "mpg123 failed on {}", path.display());
    output.stdout.chunks_exact(2).map(|b| i16::from_le_bytes([b[0], b[1]])).collect()
}

/// Decodes an MP3 with ffmpeg, a second decoder with its own gapless handling.
fn decode_ffmpeg(path: &Path) -> Vec<i16> {
    let output = Command::new("ffmpeg")
        .args(["-v", "error", "-i", path.to_str().unwrap(), "-f", "s16le", "-ac", "1", "-ar", "22050", "-"])
        .output()
        .expect("ffmpeg must be installed (scripts/setup --test)");
    assert!(output.status.success(), "ffmpeg failed on {}", path.display());
    output.stdout.chunks_exact(2).map(|b| i16::from_le_bytes([b[0], b[1]])).collect()
}

fn seconds(samples: &[i16]) -> f64 {
    samples.len() as f64 / 22_050.0
}

fn rms(samples: &[i16]) -> f64 {
    let sum: f64 = samples.iter().map(|&s| f64::from(s) * f64::from(s)).sum();
    (sum / samples.len().max(1) as f64).sqrt() / 32768.0
}

fn ballots() -> Vec<(ElectionInfo, Ballot, Lang)> {
    example_sheets().into_iter().filter(|(_, b, _)| b.id == "zhambyl-15" || b.id == "referendum").collect()
}

fn folder(election: &ElectionInfo, ballot: &Ballot, lang: Lang) -> PathBuf {
    examples_out().join(&election.id).join(&ballot.id).join("audio").join(lang.code())
}

#[test]
fn every_track_decodes_has_sound_and_a_plausible_length() {
    for (election, ballot, lang) in ballots() {
        let tracks = script(&election, &ballot, lang);
        assert_eq!(tracks.len(), ballot.contest.options.len() + 2);
        let dir = folder(&election, &ballot, lang);
        let mp3s: Vec<_> = fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).filter(|n| n.ends_with(".mp3")).collect();
        assert_eq!(mp3s.len(), tracks.len() + 1, "{mp3s:?}");
        let mut total = 0.0;
        let mut decoded = Vec::new();
        for track in &tracks {
            let samples = decode(&dir.join(file_name(track, tracks.len())));
            let duration = seconds(&samples);
            total += duration;
            assert!(rms(&samples) > 0.02, "{} {lang} track {} is silent", ballot.id, track.number);
            // About 12 to 15 characters a second at 140 words a minute: far less means
            // espeak skipped text, far more that it spelled words out.
            let chars = track.spoken.chars().count() as f64;
            assert!(duration > chars / 40.0 && duration < chars / 5.0, "{} {lang} track {}: {duration:.1} s for {chars} characters", ballot.id, track.number);
            // Nothing cut, nothing added: both decoders give back the same
            // samples, as long as the tag says, ending in silence, not mid-sound.
            let tag = id3::Tag::read_from_path(dir.join(file_name(track, tracks.len()))).unwrap();
            let length_ms: f64 = tag.get("TLEN").and_then(|f| f.content().text()).unwrap().parse().unwrap();
            assert_eq!((duration * 1000.0).round(), length_ms, "{} {lang} track {}", ballot.id, track.number);
            assert_eq!(decode_ffmpeg(&dir.join(file_name(track, tracks.len()))).len(), samples.len(), "{} {lang} track {}: ffmpeg and mpg123 disagree", ballot.id, track.number);
            let last = &samples[samples.len() - 2_205..];
            assert!(rms(last) < 0.001, "{} {lang} track {} does not end in silence", ballot.id, track.number);
            decoded.push(samples);
        }
        // ballot.mp3 is every track, sample for sample, exactly 0.8 s apart.
        let gap = 17_640;
        for whole in [decode(&dir.join("ballot.mp3")), decode_ffmpeg(&dir.join("ballot.mp3"))] {
            assert_eq!(whole.len(), decoded.iter().map(Vec::len).sum::<usize>() + gap * (decoded.len() - 1), "{} {lang}: ballot.mp3 is not its tracks and gaps", ballot.id);
            let mut at = 0;
            for (number, track) in decoded.iter().enumerate() {
                let differs = track.iter().zip(&whole[at..]).map(|(a, b)| (i32::from(*a) - i32::from(*b)).abs()).max().unwrap();
                assert!(differs <= 1, "{} {lang}: track {number} in ballot.mp3 differs by {differs}", ballot.id);
                at += track.len();
                if number + 1 < decoded.len() {
                    assert!(rms(&whole[at..at + gap]) < 0.001, "{} {lang}: the gap after track {number} is not silent", ballot.id);
                    at += gap;
                }
            }
        }
        assert!(total > 10.0);
    }
}

#[test]
fn playlist_and_transcript_list_every_track() {
    for (election, ballot, lang) in ballots() {
        let tracks = script(&election, &ballot, lang);
        let dir = folder(&election, &ballot, lang);
        let playlist = fs::read_to_string(dir.join("playlist.m3u8")).unwrap();
        let lines: Vec<&str> = playlist.lines().collect();
        assert_eq!(lines[0], "#EXTM3U");
        assert_eq!(lines.len(), 1 + 2 * tracks.len());
        for (i, track) in tracks.iter().enumerate() {
            let extinf = lines[1 + 2 * i];
            assert!(extinf.starts_with("#EXTINF:") && extinf.ends_with(&format!(",{}", track.title)), "{extinf}");
            let seconds: u64 = extinf["#EXTINF:".len()..].split(',').next().unwrap().parse().unwrap();
            assert!(seconds >= 1);
            assert_eq!(lines[2 + 2 * i], file_name(track, tracks.len()));
            assert!(dir.join(lines[2 + 2 * i]).exists());
        }
        let transcript = fs::read_to_string(dir.join("transcript.txt")).unwrap();
        for track in &tracks {
            assert!(transcript.contains(&format!("{:02} [", track.number)), "no track {}", track.number);
            assert!(transcript.contains(&track.text), "transcript lacks the written text of track {}", track.number);
        }
    }
}

#[test]
fn id3_tags_read_back() {
    for (election, ballot, lang) in ballots() {
        let tracks = script(&election, &ballot, lang);
        let dir = folder(&election, &ballot, lang);
        let code = match lang {
            Lang::Kk => "kaz",
            Lang::Ru => "rus",
            Lang::En => "eng",
        };
        for (i, track) in tracks.iter().enumerate() {
            let tag = id3::Tag::read_from_path(dir.join(file_name(track, tracks.len()))).unwrap();
            assert_eq!(tag.version(), id3::Version::Id3v23);
            assert_eq!(tag.artist(), Some(election.title.get(lang)));
            assert_eq!(tag.title(), Some(track.title.as_str()));
            assert_eq!(tag.album(), Some(format!("{} — {}", election.title.get(lang), ballot.constituency.name.get(lang)).as_str()));
            assert_eq!(tag.track(), Some(i as u32 + 1));
            assert_eq!(tag.total_tracks(), Some(tracks.len() as u32));
            assert_eq!(tag.get("TLAN").and_then(|f| f.content().text()), Some(code));
        }
        let whole = id3::Tag::read_from_path(dir.join("ballot.mp3")).unwrap();
        assert!(whole.title().unwrap().contains(ballot.constituency.name.get(lang)));
    }
}

#[test]
fn a_phrase_sounds_the_same_whatever_was_said_before() {
    // In one espeak-ng process the samples of a phrase depend on the phrases
    // before it; the speech workers speak each phrase from the same fresh state.
    worker::set_program(env!("CARGO_BIN_EXE_ballot-access").into());
    let phrase = "Қазақстан Республикасы";
    let first = worker::synthesize(phrase, "kk", 160).unwrap();
    let threads: Vec<_> = (0..3)
        .map(|i| std::thread::spawn(move || {
            worker::synthesize(&"Барлығына қарсы. ".repeat(i + 1), "kk", 160).unwrap();
            worker::synthesize(phrase, "kk", 160).unwrap()
        }))
        .collect();
    for thread in threads {
        assert!(thread.join().unwrap() == first, "samples differ after other phrases");
    }
    assert!(first.samples.len() > 10_000 && first.samples.iter().any(|s| s.unsigned_abs() > 1000));
    let error = worker::synthesize(phrase, "no-such-voice", 160).unwrap_err();
    // The worker's error crosses the pipe typed, not as English text.
    assert_eq!(error, ballot_access::speech::SpeechError::NoVoice { voice: "no-such-voice".into() });
}

#[test]
fn a_one_name_change_resynthesises_only_that_name() {
    let dir = tempfile::tempdir().unwrap();
    crate::common::copy_dir(&root().join("ballots/kz-2023-mazhilis"), &dir.path().join("e"));
    let first = run(dir.path(), &["build", "e/districts/zhambyl-15.yaml", "--out", "out"]);
    assert!(first.status.success(), "{}", stderr(&first));
    let ballot = dir.path().join("e/districts/zhambyl-15.yaml");
    let text = fs::read_to_string(&ballot).unwrap().replace("ТӨЛЕГЕНОВ Асқар", "ТӨЛЕГЕНОВ Аскар");
    fs::write(&ballot, text).unwrap();
    let second = run(dir.path(), &["build", "e/districts/zhambyl-15.yaml", "--out", "out"]);
    assert!(second.status.success(), "{}", stderr(&second));
    // Only the changed name is new: one phrase. The other 78 phrases of the
    // ballot's two languages (sentences split at clauses) come from the cache
    // (74) or from memory, said twice on the ballot (4: "Жамбыл облысы.", ...).
    assert!(stderr(&second).contains("audio clips: 1 synthesised, 74 from the cache, 4 reused"), "{}", stderr(&second));
}

#[test]
fn a_track_joined_from_phrases_sounds_like_it_said_whole() {
    // Every joined track against espeak-ng saying its whole text at once, both
    // as the build prepares them: length within a stated tolerance.
    worker::set_program(env!("CARGO_BIN_EXE_ballot-access").into());
    let mut ratios = Vec::new();
    for (election, ballot, lang) in ballots() {
        let tracks = script(&election, &ballot, lang);
        assert!(tracks[0].phrases.len() >= 5, "the introduction is joined from its sentences");
        for track in tracks.iter().filter(|t| t.phrases.len() > 1) {
            let joined = decode(&folder(&election, &ballot, lang).join(file_name(track, tracks.len())));
            let voice = ballot_access::speech::voice(lang);
            let whole = worker::synthesize(&track.spoken, voice, election.speech.rate_wpm).unwrap().samples;
            let ratio = joined.len() as f64 / (whole.len() as f64 + 0.25 * 22_050.0);
            // Clause and sentence joins: measured 0.953 to 1.026 on these 22 tracks;
            // loudness is checked on every MP3 (ffmpeg).
            assert!((0.95..=1.05).contains(&ratio), "{} {lang} track {}: the joined track is {ratio:.3} times as long as the whole one ({:.2} s, {:.2} s)", ballot.id, track.number, seconds(&joined), seconds(&whole));
            ratios.push(ratio);
        }
    }
    let (min, max) = ratios.iter().fold((f64::MAX, f64::MIN), |(a, b), &r| (a.min(r), b.max(r)));
    eprintln!("{} joined tracks: {min:.3} to {max:.3} of their whole length", ratios.len());
    assert!(ratios.len() > 20, "options are joined from phrases too: {} tracks", ratios.len());
}

#[test]
fn speak_writes_wav_and_mp3() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["x.wav", "x.mp3"] {
        let file = dir.path().join(name);
        let output = run(&root(), &["speak", "--lang", "ru", "--election", "ballots/kz-2023-mazhilis", "--out", file.to_str().unwrap(), "Партия «AMANAT»"]);
        assert!(output.status.success(), "{}", stderr(&output));
        assert!(stderr(&output).contains("Партия аманат"), "lexicon applied: {}", stderr(&output));
        let bytes = fs::read(&file).unwrap();
        if name.ends_with(".wav") {
            assert_eq!(&bytes[..4], b"RIFF");
        } else {
            assert!(seconds(&decode(&file)) > 0.5);
        }
    }
    // The MP3 decodes to the WAV's samples: as many, and in step (lossy, so
    // compared by how far off they are at each alignment).
    let wav: Vec<i16> = fs::read(dir.path().join("x.wav")).unwrap()[44..].chunks_exact(2).map(|b| i16::from_le_bytes([b[0], b[1]])).collect();
    for mp3 in [decode(&dir.path().join("x.mp3")), decode_ffmpeg(&dir.path().join("x.mp3"))] {
        assert_eq!(mp3.len(), wav.len(), "the MP3 is not exactly the speech and its tail");
        let error = |shift: usize| -> f64 { (2_000..wav.len() - 2_000).map(|i| (f64::from(wav[i]) - f64::from(mp3[i + shift - 40])).powi(2)).sum() };
        let best = (0..=80).min_by(|&a, &b| error(a).total_cmp(&error(b))).unwrap();
        assert_eq!(best, 40, "the MP3 is {} samples out of step with the speech", best as i64 - 40);
        assert!(error(40) < 0.1 * wav[2_000..wav.len() - 2_000].iter().map(|&s| f64::from(s).powi(2)).sum::<f64>(), "the MP3 sounds unlike the speech");
    }
    let bad = run(&root(), &["speak", "--lang", "ru", "--out", dir.path().join("x.ogg").to_str().unwrap(), "да"]);
    assert_eq!(bad.status.code(), Some(2));
}

/// Every MP3 the examples have (tracks and whole ballots).
fn all_mp3s() -> Vec<PathBuf> {
    let mut found = Vec::new();
    for (election, ballot, lang) in crate::common::example_sheets() {
        let dir = folder(&election, &ballot, lang);
        let mut names: Vec<PathBuf> = fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "mp3")).collect();
        names.sort();
        found.extend(names);
    }
    assert!(found.len() > 50, "{found:?}");
    found
}

/// Integrated loudness (LUFS) and true peak (dBTP) by ffmpeg's EBU R128 meter.
fn ffmpeg_loudness(path: &Path) -> (f64, f64) {
    let output = Command::new("ffmpeg")
        .args(["-nostats", "-hide_banner", "-i", path.to_str().unwrap(), "-af", "ebur128=peak=true", "-f", "null", "-"])
        .output()
        .expect("ffmpeg must be installed (scripts/setup --test)");
    let text = String::from_utf8_lossy(&output.stderr);
    // The summary at the end: "I: -18.1 LUFS" and, under "True peak:", "Peak: -1.8 dBFS".
    let summary = text.rsplit("Summary:").next().unwrap_or_default();
    let value = |label: &str| -> f64 {
        summary.lines().find_map(|l| l.trim().strip_prefix(label)).and_then(|v| v.split_whitespace().next()).and_then(|v| v.parse().ok()).unwrap_or_else(|| panic!("no {label} for {}: {text}", path.display()))
    };
    (value("I:"), value("Peak:"))
}

#[test]
fn every_mp3_is_at_the_loudness_target_measured_by_ffmpeg() {
    let mut per_ballot: BTreeMap<PathBuf, Vec<f64>> = BTreeMap::new();
    for path in all_mp3s() {
        let (loudness, peak) = ffmpeg_loudness(&path);
        assert!((loudness + 18.0).abs() <= 0.5, "{}: {loudness} LUFS, target -18 ± 0.5", path.display());
        assert!(peak <= -1.0, "{}: true peak {peak} dBTP", path.display());
        per_ballot.entry(path.parent().unwrap().to_path_buf()).or_default().push(loudness);
    }
    for (dir, values) in per_ballot {
        let spread = values.iter().copied().fold(f64::MIN, f64::max) - values.iter().copied().fold(f64::MAX, f64::min);
        assert!(spread <= 1.0, "{}: loudness spread {spread:.1} LU", dir.display());
    }
}

#[test]
fn other_tag_readers_and_mp3val_accept_every_mp3() {
    for path in all_mp3s() {
        let file = path.to_str().unwrap();
        let id3lib = crate::common::tool("id3v2", &["-l", file]);
        let mutagen = crate::common::tool("mutagen-inspect", &[file]);
        for frame in ["TIT2", "TALB", "TPE1"] {
            assert!(id3lib.contains(frame), "id3v2 -l {file} lacks {frame}:\n{id3lib}");
            assert!(mutagen.contains(&format!("{frame}=")), "mutagen-inspect {file} lacks {frame}:\n{mutagen}");
        }
        if !file.ends_with("ballot.mp3") {
            assert!(id3lib.contains("TRCK") && mutagen.contains("TRCK="), "{file}: no track number");
        }
        let report = crate::common::tool("mp3val", &[file]);
        assert!(!report.contains("WARNING") && !report.contains("PROBLEM"), "mp3val {file}:\n{report}");
    }
}

#[test]
fn a_swapped_or_damaged_clip_cache_entry_is_never_used() {
    let dir = tempfile::tempdir().unwrap();
    let build = |out: &str| {
        let output = run(dir.path(), &["build", root().join("ballots/kz-2022-referendum").to_str().unwrap(), "--out", out, "--cache", "cache", "--force"]);
        assert!(output.status.success(), "{}", stderr(&output));
        stderr(&output)
    };
    build("clean");
    let mut clips: Vec<PathBuf> = crate::common::snapshot(&dir.path().join("cache")).into_keys().map(|p| dir.path().join("cache").join(p)).filter(|p| p.extension().is_some_and(|e| e == "clip")).collect();
    clips.sort();
    assert!(clips.len() >= 3, "{clips:?}");
    // Two whole entries swapped (each other's audio under the other's name) ...
    let (a, b) = (fs::read(&clips[0]).unwrap(), fs::read(&clips[1]).unwrap());
    fs::write(&clips[0], &b).unwrap();
    fs::write(&clips[1], &a).unwrap();
    // ... and one bit flipped in a third's facts line (a digit of its facts).
    let mut c = fs::read(&clips[2]).unwrap();
    let newline = c.iter().position(|&x| x == b'\n').unwrap();
    let digit = (0..newline).rev().find(|&i| c[i].is_ascii_digit() && c[i] != b'9').unwrap();
    c[digit] += 1;
    fs::write(&clips[2], &c).unwrap();
    let report = build("again");
    assert!(report.contains("warning: 3 entries of the clip cache were damaged or held another clip, and were made again (none was used)"), "{report}");
    let (clean, again) = (crate::common::snapshot(&dir.path().join("clean/kz-2022-referendum")), crate::common::snapshot(&dir.path().join("again/kz-2022-referendum")));
    assert_eq!(clean.keys().collect::<Vec<_>>(), again.keys().collect::<Vec<_>>());
    for (path, bytes) in &clean {
        assert!(again[path] == *bytes, "{} differs from a clean build's", path.display());
    }
    // The entries were made again: the next build finds them whole.
    assert!(!build("third").contains("clip cache were damaged"));
}
