//! Synthesised clips, made once: an in-process memo for text that repeats
//! across ballots (titles, instructions) and a content-addressed cache on disk
//! (`<out>/.cache/clips/`) so a rebuild re-synthesises only changed text.

use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};


use crate::hash::sha256_hex;

use super::{encode, espeak, worker};

/// A track's audio: espeak-ng's samples at the output rate and the MP3 frames
/// of their normalised form.
#[derive(Debug)]
pub struct Clip {
    /// espeak-ng's samples at [`encode::SAMPLE_RATE`], not normalised, so the
    /// audio checks see its real level.
    pub samples: Arc<Vec<i16>>,
    /// MP3 frames, without tags.
    pub mp3: Vec<u8>,
    /// What was measured of the encoded audio, for the checks.
    pub encoded: Encoded,
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
        let rms = (tail.iter().map(|&s| f64::from(s).powi(2)).sum::<f64>() / tail.len().max(1) as f64).sqrt();
        Encoded {
            samples: prepared.len(),
            loudness_lufs: levels.loudness_lufs,
            true_peak_dbtp: levels.true_peak_dbtp,
            tail_dbfs: 20.0 * (rms.max(1e-9) / f64::from(i16::MAX)).log10(),
        }
    }

    fn to_text(self) -> String {
        format!("{} {} {} {}", self.samples, self.loudness_lufs.map_or("none".into(), |l| l.to_string()), self.true_peak_dbtp, self.tail_dbfs)
    }

    fn parse(text: &str) -> Option<Encoded> {
        let mut parts = text.split_whitespace();
        let samples = parts.next()?.parse().ok()?;
        let loudness = match parts.next()? {
            "none" => None,
            l => Some(l.parse().ok()?),
        };
        Some(Encoded { samples, loudness_lufs: loudness, true_peak_dbtp: parts.next()?.parse().ok()?, tail_dbfs: parts.next()?.parse().ok()? })
    }
}

/// Recently used clips, bounded so memory stays flat over thousands of ballots;
/// what repeats across ballots (the closing track) stays in it.
struct Memo {
    clips: HashMap<String, Arc<Vec<i16>>>,
    order: VecDeque<String>,
}

/// Clips kept in memory at most.
const MEMO_CLIPS: usize = 32;

impl Memo {
    fn get(&mut self, key: &str) -> Option<Arc<Vec<i16>>> {
        let clip = self.clips.get(key)?.clone();
        self.order.retain(|k| k != key);
        self.order.push_back(key.to_owned());
        Some(clip)
    }

    fn insert(&mut self, key: String, clip: Arc<Vec<i16>>) {
        if self.clips.insert(key.clone(), clip).is_none() {
            self.order.push_back(key);
        }
        while self.order.len() > MEMO_CLIPS {
            if let Some(old) = self.order.pop_front() {
                self.clips.remove(&old);
            }
        }
    }
}

fn memo() -> &'static Mutex<Memo> {
    static MEMO: OnceLock<Mutex<Memo>> = OnceLock::new();
    MEMO.get_or_init(|| Mutex::new(Memo { clips: HashMap::new(), order: VecDeque::new() }))
}

/// The cache key: everything the audio depends on.
pub fn key(voice: &str, rate_wpm: u32, spoken: &str) -> String {
    // Asked once: every call would otherwise take the engine's lock.
    static VERSION: OnceLock<String> = OnceLock::new();
    let version = VERSION.get_or_init(|| espeak::version().map(|v| v.0).unwrap_or_default());
    let material = format!("espeak-ng {version}\nforked worker, raw pcm\nvoice {voice}\nrate {rate_wpm}\n{}\n{spoken}", encode::SETTINGS);
    sha256_hex(material.as_bytes())
}

fn cache_path(cache: &Path, key: &str, extension: &str) -> PathBuf {
    cache.join("clips").join(&key[..2]).join(format!("{key}.{extension}"))
}

/// Samples file: i16 little-endian.
fn read_samples(path: &Path) -> Option<Vec<i16>> {
    let bytes = std::fs::read(path).ok()?;
    (!bytes.is_empty() && bytes.len() % 2 == 0).then(|| encode::pcm_samples(&bytes))
}

/// A cache that cannot be written only costs time on the next run.
fn store(path: &Path, bytes: &[u8]) {
    let _ = crate::write::write_atomic(path, bytes);
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
}

static STATS: Mutex<Stats> = Mutex::new(Stats { synthesised: 0, from_disk: 0, reused: 0 });

/// How clips were obtained so far in this process.
pub fn stats() -> Stats {
    *STATS.lock().unwrap_or_else(|p| p.into_inner())
}

fn count(update: impl FnOnce(&mut Stats)) {
    update(&mut STATS.lock().unwrap_or_else(|p| p.into_inner()));
}

/// espeak-ng's samples of `spoken` in `voice` at `rate_wpm`: from memory, the
/// disk cache, or a speech worker.
fn samples(voice: &str, rate_wpm: u32, spoken: &str, cache: Option<&Path>) -> Result<(String, Arc<Vec<i16>>), String> {
    let key = key(voice, rate_wpm, spoken);
    if let Some(hit) = memo().lock().unwrap_or_else(|p| p.into_inner()).get(&key) {
        count(|s| s.reused += 1);
        return Ok((key, hit));
    }
    let samples = match cache.and_then(|c| read_samples(&cache_path(c, &key, "pcm"))) {
        Some(samples) => {
            count(|s| s.from_disk += 1);
            samples
        }
        None => {
            let samples = worker::synthesize(spoken, voice, rate_wpm)?.samples;
            if let Some(cache) = cache {
                store(&cache_path(cache, &key, "pcm"), &encode::pcm_bytes(&samples));
            }
            count(|s| s.synthesised += 1);
            samples
        }
    };
    let samples = Arc::new(samples);
    memo().lock().unwrap_or_else(|p| p.into_inner()).insert(key.clone(), samples.clone());
    Ok((key, samples))
}

/// The clip of `spoken`: its samples and MP3 frames (from the cache or encoded now).
pub fn clip(voice: &str, rate_wpm: u32, spoken: &str, cache: Option<&Path>) -> Result<Clip, String> {
    let (key, samples) = samples(voice, rate_wpm, spoken, cache)?;
    let cached = cache.and_then(|c| {
        let mp3 = std::fs::read(cache_path(c, &key, "mp3")).ok().filter(|b| !b.is_empty())?;
        let facts = std::fs::read_to_string(cache_path(c, &key, "facts")).ok()?;
        Some((mp3, Encoded::parse(&facts)?))
    });
    let (mp3, encoded) = match cached {
        Some(hit) => hit,
        None => {
            let (prepared, levels) = encode::prepare(&samples);
            let encoded = Encoded::of(&prepared, levels);
            let mp3 = encode::mp3(&prepared)?;
            if let Some(cache) = cache {
                store(&cache_path(cache, &key, "mp3"), &mp3);
                store(&cache_path(cache, &key, "facts"), encoded.to_text().as_bytes());
            }
            (mp3, encoded)
        }
    };
    Ok(Clip { samples, mp3, encoded })
}
