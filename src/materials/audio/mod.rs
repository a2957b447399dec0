//! The audio ballot: per language, one MP3 per track, the whole ballot as one
//! MP3, a playlist and a transcript, under `audio/<lang>/`.

use std::fmt::Write as _;

pub(crate) mod checks;
pub mod script;

use crate::model::{Ballot, ElectionInfo, Lang};
use crate::util::phrases;
use crate::render::{RenderContext, RenderError, Rendered, RenderedFile, Renderer};
use crate::review::{AudioCheck, PhraseEntry, TrackEntry};
use crate::speech::clips::{clip, joined};
use crate::speech::encode::{self, Tags};
use crate::speech::voice;

use checks::check_track;
use script::{file_name, script};

/// Silence between tracks in `ballot.mp3`, seconds (exact: see [`encode::join`]).
pub const GAP_SECONDS: f64 = encode::GAP_SECONDS;

/// The audio renderer.
pub struct Audio;

/// ISO 639-2 code for ID3 TLAN.
fn iso639_2(lang: Lang) -> &'static str {
    match lang {
        Lang::Kk => "kaz",
        Lang::Ru => "rus",
        Lang::En => "eng",
    }
}

/// `m:ss`.
pub fn clock(seconds: f64) -> String {
    let total = seconds.round() as u64;
    format!("{}:{:02}", total / 60, total % 60)
}

impl Renderer for Audio {
    fn name(&self) -> &'static str {
        "audio"
    }

    fn render(&self, context: &RenderContext, election: &ElectionInfo, ballot: &Ballot) -> Result<Rendered, RenderError> {
        let mut rendered = Rendered::default();
        // Every fatal finding of every track, reported together.
        let mut faults = Vec::new();
        for &lang in &election.languages {
            let folder = format!("audio/{lang}");
            let tracks = script(election, ballot, lang);
            let album = format!("{} — {}", election.title.get(lang), ballot.constituency.name.get(lang));
            // ballot.mp3 joins the tracks' MP3 frames with silent frames: CBR
            // frames concatenate, and encoding everything twice would double the
            // cost. They are read from the track files (a ballot's audio is
            // megabytes, better held once): each file's index, where its
            // frames start, and its samples.
            let mut track_files = Vec::with_capacity(tracks.len());
            let mut playlist = String::from("#EXTM3U\n");
            let mut transcript = String::new();
            for (i, track) in tracks.iter().enumerate() {
                // Each phrase synthesised and encoded once (most of the introduction
                // is the same on every ballot), then joined frame by frame.
                let phrases = track
                    .phrases
                    .iter()
                    .map(|phrase| clip(voice(lang), election.speech.rate_wpm, &phrase.spoken, context.cache_dir.as_deref()))
                    .collect::<Result<Vec<_>, _>>()?;
                let clip = joined(&phrases);
                let seconds = clip.encoded.samples as f64 / f64::from(encode::SAMPLE_RATE);
                let tags = Tags {
                    title: track.title.clone(),
                    album: album.clone(),
                    artist: election.title.get(lang).to_owned(),
                    track: Some((i + 1, tracks.len())),
                    language: iso639_2(lang),
                    length_ms: (seconds * 1000.0).round() as u64,
                };
                let bytes = encode::mp3_file(&tags, &clip.mp3, clip.encoded.samples);
                let name = file_name(track, tracks.len());
                for finding in check_track(&clip, &track.spoken, election.speech.rate_wpm, voice(lang)) {
                    let reason = finding.reason;
                    if finding.fatal {
                        faults.push(crate::msg!("build-audio-track-warning", lang = lang.code(), track = format!("{:02}", track.number), file = name.as_str(), reason = reason));
                        continue;
                    }
                    rendered.warnings.push(crate::msg!("build-audio-track-warning", lang = lang.code(), track = format!("{:02}", track.number), file = name.as_str(), reason = reason.clone()));
                    // The review data keeps the reason as English text.
                    rendered.review.audio_checks.push(AudioCheck { lang: lang.code().to_owned(), track: track.number, file: format!("{folder}/{name}"), reason: reason.to_string() });
                }
                // Where each phrase's frames lie in the file, for review phrase by phrase.
                let frames_start = bytes.len() - clip.mp3.len();
                let parts: Vec<(&[u8], usize)> = phrases.iter().map(|c| (c.mp3.as_slice(), c.encoded.samples)).collect();
                let phrase_entries = encode::phrase_offsets(&parts)
                    .into_iter()
                    .zip(phrases.iter().zip(&track.phrases))
                    .map(|(at, (audio, phrase))| PhraseEntry {
                        text: phrase.written.clone(),
                        sha256: crate::util::hash::sha256_hex(&audio.mp3),
                        offset: (frames_start + at) as u64,
                        bytes: audio.mp3.len() as u64,
                        milliseconds: (audio.encoded.samples as f64 * 1000.0 / f64::from(encode::SAMPLE_RATE)).round() as u64,
                    })
                    .collect::<Vec<PhraseEntry>>();
                // What the sign-off relies on, proven here: the frames are these phrases back to back, to the end.
                let mut at = frames_start as u64;
                for phrase in &phrase_entries {
                    let range = phrase.offset as usize..(phrase.offset + phrase.bytes) as usize;
                    if phrase.offset != at || bytes.get(range.clone()).is_none_or(|b| crate::util::hash::sha256_hex(b) != phrase.sha256) {
                        return Err(RenderError::SelfCheck(crate::msg!("error-render-audio-frames-missing", lang = lang.code(), track = format!("{:02}", track.number))));
                    }
                    at = range.end as u64;
                }
                if at != bytes.len() as u64 {
                    return Err(RenderError::SelfCheck(crate::msg!("error-render-audio-more-than-phrases", lang = lang.code(), track = format!("{:02}", track.number))));
                }
                rendered.review.tracks.push(TrackEntry {
                    lang: lang.code().to_owned(),
                    number: track.number,
                    file: format!("{folder}/{name}"),
                    title: track.title.clone(),
                    text: track.text.clone(),
                    milliseconds: (seconds * 1000.0).round() as u64,
                    phrases: phrase_entries,
                });
                // The frames close each file: they start where the clip's length says.
                track_files.push((rendered.files.len(), bytes.len() - clip.mp3.len(), clip.encoded.samples));
                rendered.files.push(RenderedFile { name: format!("{folder}/{name}"), bytes });
                let _ = writeln!(playlist, "#EXTINF:{},{}\n{name}", seconds.round() as u64, track.title.replace('\n', " "));
                let _ = writeln!(transcript, "{:02} [{}] {}\n", track.number, clock(seconds), track.text);
            }
            let parts: Vec<(&[u8], usize)> = track_files.iter().map(|&(i, frames, samples)| (&rendered.files[i].bytes[frames..], samples)).collect();
            let bytes = encode::joined_file(&parts, |whole_samples| Tags {
                title: format!("{} — {}", phrases::whole_ballot(lang), ballot.constituency.name.get(lang)),
                album,
                artist: election.title.get(lang).to_owned(),
                track: None,
                language: iso639_2(lang),
                length_ms: (whole_samples as f64 * 1000.0 / f64::from(encode::SAMPLE_RATE)).round() as u64,
            });
            // Recorded: ballot.mp3 is these tracks' frames in this order, every one.
            rendered.joins.insert(format!("{folder}/ballot.mp3"), track_files.iter().map(|&(i, _, _)| rendered.files[i].name.clone()).collect());
            rendered.files.push(RenderedFile { name: format!("{folder}/ballot.mp3"), bytes });
            rendered.files.push(RenderedFile { name: format!("{folder}/playlist.m3u8"), bytes: playlist.into_bytes() });
            rendered.files.push(RenderedFile { name: format!("{folder}/transcript.txt"), bytes: transcript.into_bytes() });
        }
        if !faults.is_empty() {
            return Err(RenderError::AudioFaults(faults));
        }
        Ok(rendered)
    }
}
