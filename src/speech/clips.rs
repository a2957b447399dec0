//! Synthesised clips, made once: an in-process memo for text that repeats
//! across ballots (titles, instructions) and a content-addressed cache on disk
//! (`<cache>/clips/`) so a rebuild re-synthesises only changed text. The
//! cache keeps each clip as one `.clip` file: a line of the facts the audio
//! checks need, then its encoded MP3 frames; never the raw PCM: about a tenth
//! of the bytes, and a hit needs neither synthesis nor encoding.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};


use crate::util::hash::sha256_hex;

use super::{encode, espeak, worker};

/// A track's audio: the MP3 frames of its prepared form, with what was
/// measured of what the voice said and of what was encoded.
#[derive(Clone, Debug)]
pub struct Clip {
    /// MP3 frames, without tags.
    pub mp3: Vec<u8>,
    /// What was measured of the encoded audio, for the checks.
    pub encoded: Encoded,
    /// What was measured of espeak-ng's own samples (not normalised, so the
    /// checks see the voice's real level).
    pub spoken: Spoken,
}

/// Facts of espeak-ng's samples of a clip, before the tail and normalisation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spoken {
    /// Samples at the output rate.
    pub samples: usize,
    /// RMS level, dBFS (minus infinity for digital silence).
    pub rms_dbfs: f64,
    /// Runs of [`CLIP_RUN`] or more samples stuck at full scale.
    pub clipped_runs: usize,
}

/// This many consecutive samples at full scale count as clipping.
pub const CLIP_RUN: usize = 3;

impl Spoken {
    /// Measures samples.
    pub fn of(samples: &[i16]) -> Spoken {
        Spoken { samples: samples.len(), rms_dbfs: rms_dbfs(samples), clipped_runs: clipped_runs(samples) }
    }
}

/// RMS level of samples in dBFS (minus infinity for digital silence).
pub fn rms_dbfs(samples: &[i16]) -> f64 {
    if samples.is_empty() {
        return f64::NEG_INFINITY;
    }
    let sum: f64 = samples.iter().map(|&s| f64::from(s) * f64::from(s)).sum();
    20.0 * ((sum / samples.len() as f64).sqrt() / 32768.0).log10()
}

/// Runs of at least [`CLIP_RUN`] samples stuck at full scale.
pub fn clipped_runs(samples: &[i16]) -> usize {
    let mut runs = 0;
    let mut length = 0;
    for &s in samples {
        if s >= i16::MAX - 1 || s <= i16::MIN + 1 {
            length += 1;
            if length == CLIP_RUN {
                runs += 1;
            }
        } else {
            length = 0;
        }
    }
    runs
}

/// Facts of a clip's prepared audio (tail added, loudness normalised), kept
/// beside its MP3 in the cache so the checks never need the PCM again.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Encoded {
    /// Samples encoded.
    pub samples: usize,
    /// Integrated loudness, LUFS (`None`: too short or silent to measure).
    pub loudness_lufs: Option<f64>,
    /// True peak, dBTP.
    pub true_peak_dbtp: f64,
    /// RMS of its last 100 ms, dBFS.
    pub tail_dbfs: f64,
}

impl Encoded {
    fn of(prepared: &[i16], levels: super::loudness::Levels) -> Encoded {
        let tail = &prepared[prepared.len().saturating_sub(encode::SAMPLE_RATE as usize / 10)..];
        Encoded { samples: prepared.len(), loudness_lufs: levels.loudness_lufs, true_peak_dbtp: levels.true_peak_dbtp, tail_dbfs: rms_dbfs(tail) }
    }

    fn to_text(self) -> String {
        format!("{} {} {} {}", self.samples, self.loudness_lufs.map_or("none".into(), |l| l.to_string()), self.true_peak_dbtp, self.tail_dbfs)
    }

    fn parse(parts: &mut std::str::SplitWhitespace) -> Option<Encoded> {
        let samples = parts.next()?.parse().ok()?;
        let loudness = match parts.next()? {
            "none" => None,
            l => Some(l.parse().ok()?),
        };
        Some(Encoded { samples, loudness_lufs: loudness, true_peak_dbtp: parts.next()?.parse().ok()?, tail_dbfs: parts.next()?.parse().ok()? })
    }
}

/// The checksum of a `.clip` file: SHA-256 over its key, facts and MP3, so
/// an entry torn by a power cut, damaged on disk or copied under another
/// clip's name is never a hit.
fn checksum(key: &str, facts: &str, mp3: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    let mut hash = Sha256::new();
    for part in [key.as_bytes(), b"\n", facts.as_bytes(), b"\n", mp3] {
        hash.update(part);
    }
    crate::util::hash::hex(&hash.finalize())
}

/// The facts of a clip: the encoded audio's, then the spoken samples'.
fn facts_text(encoded: Encoded, spoken: Spoken) -> String {
    format!("{} {} {} {}", encoded.to_text(), spoken.samples, spoken.rms_dbfs, spoken.clipped_runs)
}

/// The facts in their text.
fn parse_facts(text: &str) -> Option<(Encoded, Spoken)> {
    let mut parts = text.split_whitespace();
    let encoded = Encoded::parse(&mut parts)?;
    let spoken = Spoken { samples: parts.next()?.parse().ok()?, rms_dbfs: parts.next()?.parse().ok()?, clipped_runs: parts.next()?.parse().ok()? };
    parts.next().is_none().then_some((encoded, spoken))
}

/// Recently used clips, bounded by their MP3 bytes so memory stays flat over
/// thousands of ballots; what repeats across ballots (instructions, years,
/// towns, parties, the closing track) stays in it.
struct Memo {
    clips: HashMap<String, (Arc<Clip>, u64)>,
    bytes: usize,
    uses: u64,
}

/// MP3 bytes kept in memory at most (about 250 phrases; a warm rebuild of
/// one region took the same time with 1 MB as with 24 MB: the disk cache is
/// in the page cache; 2 MB instead of 8, with the previews' glyph masks at 2 MB
/// a thread instead of 6, lowered a build's peak about 9 MB at one and at four
/// regions; the masks are now tiny-skia's, still 2 MB).
const MEMO_BYTES: usize = 2 << 20;

impl Memo {
    fn get(&mut self, key: &str) -> Option<Arc<Clip>> {
        self.uses += 1;
        let (clip, used) = self.clips.get_mut(key)?;
        *used = self.uses;
        Some(clip.clone())
    }

    fn insert(&mut self, key: String, clip: Arc<Clip>) {
        self.uses += 1;
        self.bytes += clip.mp3.len();
        if let Some((old, _)) = self.clips.insert(key, (clip, self.uses)) {
            self.bytes -= old.mp3.len();
        }
        if self.bytes > MEMO_BYTES {
            // Drop the least recently used half at once (amortised: no order kept per use).
            let mut uses: Vec<u64> = self.clips.values().map(|(_, used)| *used).collect();
            uses.sort_unstable();
            let cut = uses[uses.len() / 2];
            self.clips.retain(|_, (_, used)| *used > cut);
            self.bytes = self.clips.values().map(|(c, _)| c.mp3.len()).sum();
        }
    }
}

fn memo() -> &'static Mutex<Memo> {
    static MEMO: OnceLock<Mutex<Memo>> = OnceLock::new();
    MEMO.get_or_init(|| Mutex::new(Memo { clips: HashMap::new(), bytes: 0, uses: 0 }))
}

/// The cache key: everything the audio depends on.
pub fn key(voice: &str, rate_wpm: u32, spoken: &str) -> String {
    // Asked once: every call would otherwise take the engine's lock.
    static VERSION: OnceLock<String> = OnceLock::new();
    let version = VERSION.get_or_init(|| espeak::version().map(|v| v.0).unwrap_or_default());
    let material = format!("espeak-ng {version}\nforked worker, raw pcm\nclip file with key and checksum\nvoice {voice}\nrate {rate_wpm}\n{}\n{spoken}", encode::SETTINGS);
    sha256_hex(material.as_bytes())
}

fn cache_path(cache: &Path, key: &str) -> PathBuf {
    cache.join("clips").join(&key[..2]).join(format!("{key}.clip"))
}

/// A `.clip` file: a line of the key of what it says, the checksum and the
/// facts, then the MP3.
fn clip_file(key: &str, clip: &Clip) -> Vec<u8> {
    let facts = facts_text(clip.encoded, clip.spoken);
    let mut bytes = format!("{key} {} {facts}\n", checksum(key, &facts, &clip.mp3)).into_bytes();
    bytes.extend_from_slice(&clip.mp3);
    bytes
}

/// What a `.clip` file holds.
#[derive(Debug)]
enum Entry {
    /// The clip of the key asked for.
    Clip(Clip),
    /// No usable clip: the file is another key's, from an older version of
    /// the tool, or damaged (its checksum does not match).
    Damaged(&'static str),
}

/// The clip in a `.clip` file's bytes, when they are whole and say `key`.
fn parse_clip_file(bytes: &[u8], key: &str) -> Entry {
    let Some(newline) = bytes.iter().position(|&b| b == b'\n') else {
        return Entry::Damaged("no facts line");
    };
    let (line, mp3) = (std::str::from_utf8(&bytes[..newline]).unwrap_or_default(), &bytes[newline + 1..]);
    let mut parts = line.splitn(3, ' ');
    let (Some(written_key), Some(sum), Some(facts)) = (parts.next(), parts.next(), parts.next()) else {
        return Entry::Damaged("an unreadable facts line");
    };
    if written_key != key {
        return Entry::Damaged("the clip of another text (its key differs from its name)");
    }
    if sum != checksum(key, facts, mp3) || mp3.is_empty() {
        return Entry::Damaged("its checksum does not match its facts and audio");
    }
    match parse_facts(facts) {
        Some((encoded, spoken)) => Entry::Clip(Clip { mp3: mp3.to_vec(), encoded, spoken }),
        None => Entry::Damaged("unreadable facts"),
    }
}

/// A cache that cannot be written only costs time on the next run.
/// A cache entry, renamed into place but not synced: its facts carry the
/// MP3's length and checksum, so an entry torn by a power cut is not a hit.
fn store(path: &Path, bytes: &[u8]) {
    let _ = crate::util::write::write_atomic_unsynced(path, bytes);
}

/// Counts of how clips were obtained, for reports and tests.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Synthesised now.
    pub synthesised: usize,
    /// Read from the disk cache.
    pub from_disk: usize,
    /// Reused within this run.
    pub reused: usize,
    /// Cache entries that were damaged or another clip's, made again.
    pub damaged: usize,
}

static STATS: Mutex<Stats> = Mutex::new(Stats { synthesised: 0, from_disk: 0, reused: 0, damaged: 0 });

/// Cache entries found damaged in this process, by path and cause (the first few).
static DAMAGED: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// The first damaged cache entries found in this process: path and cause.
pub fn damaged() -> Vec<String> {
    DAMAGED.lock().unwrap_or_else(|p| p.into_inner()).clone()
}

/// How clips were obtained so far in this process.
pub fn stats() -> Stats {
    *STATS.lock().unwrap_or_else(|p| p.into_inner())
}

fn count(update: impl FnOnce(&mut Stats)) {
    update(&mut STATS.lock().unwrap_or_else(|p| p.into_inner()));
}

/// The clip of `spoken` in `voice` at `rate_wpm`: from memory, from the disk
/// cache (MP3 and facts: no synthesis, no encoding), or synthesised by a
/// speech worker, measured, normalised and encoded now.
pub fn clip(voice: &str, rate_wpm: u32, spoken: &str, cache: Option<&Path>) -> Result<Arc<Clip>, super::SpeechError> {
    let key = key(voice, rate_wpm, spoken);
    if let Some(hit) = memo().lock().unwrap_or_else(|p| p.into_inner()).get(&key) {
        count(|s| s.reused += 1);
        return Ok(hit);
    }
    let cached = cache.and_then(|c| {
        let _stage = crate::util::profile::enter(crate::util::profile::Stage::ClipCache);
        let path = cache_path(c, &key);
        match parse_clip_file(&std::fs::read(&path).ok()?, &key) {
            Entry::Clip(clip) => Some(clip),
            Entry::Damaged(cause) => {
                // Never used: made again below, and named in the build's report.
                count(|s| s.damaged += 1);
                let mut damaged = DAMAGED.lock().unwrap_or_else(|p| p.into_inner());
                if damaged.len() < 10 {
                    damaged.push(format!("{}: {cause}", path.display()));
                }
                None
            }
        }
    });
    let clip = match cached {
        Some(clip) => {
            count(|s| s.from_disk += 1);
            clip
        }
        None => {
            let samples = worker::synthesize(spoken, voice, rate_wpm)?.samples;
            let said = Spoken::of(&samples);
            let (prepared, levels) = encode::prepare(&samples);
            let encoded = Encoded::of(&prepared, levels);
            let mp3 = encode::mp3(&prepared)?;
            let clip = Clip { mp3, encoded, spoken: said };
            if let Some(cache) = cache {
                let _stage = crate::util::profile::enter(crate::util::profile::Stage::ClipCache);
                store(&cache_path(cache, &key), &clip_file(&key, &clip));
            }
            count(|s| s.synthesised += 1);
            clip
        }
    };
    let clip = Arc::new(clip);
    memo().lock().unwrap_or_else(|p| p.into_inner()).insert(key, clip.clone());
    Ok(clip)
}

/// Phrases (each a clip) as one track: their frames joined with
/// [`encode::join_phrases`], and their facts combined as the checks read
/// them: samples summed; levels by energy, weighted by length; the loudest
/// true peak; the last phrase's tail; clipping runs summed.
pub fn joined(phrases: &[Arc<Clip>]) -> Clip {
    if let [one] = phrases {
        return (**one).clone();
    }
    let parts: Vec<(&[u8], usize)> = phrases.iter().map(|c| (c.mp3.as_slice(), c.encoded.samples)).collect();
    let (mp3, samples) = encode::join_phrases(&parts);
    // Mean energy over the samples, in dB; a silent phrase (minus infinity) adds none.
    let energy_mean = |values: &mut dyn Iterator<Item = (f64, usize)>| -> Option<f64> {
        let (mut energy, mut weight) = (0.0, 0usize);
        for (db, n) in values {
            energy += 10f64.powf(db / 10.0) * n as f64;
            weight += n;
        }
        (weight > 0 && energy > 0.0).then(|| 10.0 * (energy / weight as f64).log10())
    };
    let loudness = energy_mean(&mut phrases.iter().filter_map(|c| c.encoded.loudness_lufs.map(|l| (l, c.encoded.samples))));
    let rms = energy_mean(&mut phrases.iter().map(|c| (c.spoken.rms_dbfs, c.spoken.samples)));
    Clip {
        mp3,
        encoded: Encoded {
            samples,
            loudness_lufs: loudness,
            true_peak_dbtp: phrases.iter().map(|c| c.encoded.true_peak_dbtp).fold(f64::NEG_INFINITY, f64::max),
            tail_dbfs: phrases.last().map_or(f64::NEG_INFINITY, |c| c.encoded.tail_dbfs),
        },
        spoken: Spoken {
            samples: phrases.iter().map(|c| c.spoken.samples).sum(),
            rms_dbfs: rms.unwrap_or(f64::NEG_INFINITY),
            clipped_runs: phrases.iter().map(|c| c.spoken.clipped_runs).sum(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::{clipped_runs, clip_file, parse_clip_file, Clip, Encoded, Entry, Spoken};

    #[test]
    fn clip_files_are_used_only_when_whole_and_for_their_own_key() {
        let encoded = Encoded { samples: 22_266, loudness_lufs: Some(-17.5), true_peak_dbtp: -1.8, tail_dbfs: -90.0 };
        let spoken = Spoken { samples: 16_000, rms_dbfs: -21.25, clipped_runs: 2 };
        let mp3 = b"\xff\xf3 frames".to_vec();
        let key = "ab".repeat(32);
        let file = clip_file(&key, &Clip { mp3: mp3.clone(), encoded, spoken });
        let Entry::Clip(clip) = parse_clip_file(&file, &key) else { panic!("a whole file reads back") };
        assert_eq!((clip.mp3, clip.encoded, clip.spoken), (mp3, encoded, spoken));
        let damaged = |bytes: &[u8], key: &str| matches!(parse_clip_file(bytes, key), Entry::Damaged(_));
        // Torn, or any single bit flipped in the facts or the audio: remade.
        assert!(damaged(&file[..file.len() - 1], &key));
        for at in (0..file.len()).filter(|&i| file[i] != b'\n') {
            let mut flipped = file.clone();
            flipped[at] ^= 0x04;
            assert!(damaged(&flipped, &key), "bit flipped at byte {at}");
        }
        // Another clip's file under this key's name (two entries swapped): remade.
        assert!(damaged(&file, &"cd".repeat(32)));
        // An entry of the previous format (facts without key and checksum): remade.
        assert!(damaged(b"13:0badf00d 22266 -17.5 -1.8 -90 16000 -21.25 2\n\xff\xf3 frames", &key));
        assert_eq!(clipped_runs(&[0, i16::MAX, i16::MAX, i16::MAX, 0, i16::MIN, i16::MIN, i16::MIN, i16::MIN]), 2);
    }
}
