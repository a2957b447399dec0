//! Synthesised clips, made once: an in-process memo for text that repeats
//! across ballots (titles, instructions) and a content-addressed cache on disk
//! (`<out>/.cache/clips/`) so a rebuild re-synthesises only changed text.

use std::collections::{HashMap, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use sha2::{Digest, Sha256};

use crate::fonts::hex;

use super::{encode, espeak};

/// A track's audio: normalised samples at the output rate and their MP3 frames.
#[derive(Debug)]
pub struct Clip {
    /// Normalised samples at [`encode::SAMPLE_RATE`].
    pub samples: Vec<i16>,
    /// MP3 frames, without tags.
    pub mp3: Vec<u8>,
}

/// Recently used clips, bounded so memory stays flat over thousands of ballots;
/// what repeats across ballots (the closing track) stays in it.
struct Memo {
    clips: HashMap<String, Arc<Clip>>,
    order: VecDeque<String>,
}

/// Clips kept in memory at most.
const MEMO_CLIPS: usize = 256;

impl Memo {
    fn get(&mut self, key: &str) -> Option<Arc<Clip>> {
        let clip = self.clips.get(key)?.clone();
        self.order.retain(|k| k != key);
        self.order.push_back(key.to_owned());
        Some(clip)
    }

    fn insert(&mut self, key: String, clip: Arc<Clip>) {
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
    let version = espeak::version().map(|v| v.0).unwrap_or_default();
    let material = format!("espeak-ng {version}\nvoice {voice}\nrate {rate_wpm}\n{}\n{spoken}", encode::SETTINGS);
    hex(&Sha256::digest(material.as_bytes()))
}

fn cache_path(cache: &Path, key: &str) -> PathBuf {
    cache.join("clips").join(&key[..2]).join(format!("{key}.clip"))
}

/// Clip file: sample count (u32 LE), samples (i16 LE), then the MP3 frames.
fn read(path: &Path) -> Option<Clip> {
    let bytes = std::fs::read(path).ok()?;
    let count = u32::from_le_bytes(bytes.get(..4)?.try_into().ok()?) as usize;
    let end = 4 + count * 2;
    let samples = bytes.get(4..end)?.chunks_exact(2).map(|b| i16::from_le_bytes([b[0], b[1]])).collect();
    let mp3 = bytes.get(end..)?.to_vec();
    (!mp3.is_empty()).then_some(Clip { samples, mp3 })
}

fn write(path: &Path, clip: &Clip) {
    let mut bytes = Vec::with_capacity(4 + clip.samples.len() * 2 + clip.mp3.len());
    bytes.extend_from_slice(&(clip.samples.len() as u32).to_le_bytes());
    for s in &clip.samples {
        bytes.extend_from_slice(&s.to_le_bytes());
    }
    bytes.extend_from_slice(&clip.mp3);
    // A cache that cannot be written only costs time on the next run.
    let _ = crate::write::write_atomic(path, &bytes);
}

/// Counts of how clips were obtained, for reports and tests.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    /// Synthesised and encoded now.
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

/// The clip of `spoken` in `voice` at `rate_wpm`: from memory, the disk cache, or espeak-ng.
pub fn clip(voice: &str, rate_wpm: u32, spoken: &str, cache: Option<&Path>) -> Result<Arc<Clip>, String> {
    let key = key(voice, rate_wpm, spoken);
    if let Some(hit) = memo().lock().unwrap_or_else(|p| p.into_inner()).get(&key) {
        STATS.lock().unwrap_or_else(|p| p.into_inner()).reused += 1;
        return Ok(hit.clone());
    }
    let from_disk = cache.and_then(|c| read(&cache_path(c, &key)));
    let clip = match from_disk {
        Some(clip) => {
            STATS.lock().unwrap_or_else(|p| p.into_inner()).from_disk += 1;
            clip
        }
        None => {
            let speech = espeak::synthesize(spoken, voice, rate_wpm).map_err(|e| e.0)?;
            if speech.sample_rate != encode::SAMPLE_RATE {
                return Err(format!("espeak-ng speaks at {} Hz, expected {}", speech.sample_rate, encode::SAMPLE_RATE));
            }
            let samples = encode::normalise(&speech.samples);
            let mp3 = encode::mp3(&samples)?;
            let clip = Clip { samples, mp3 };
            if let Some(cache) = cache {
                write(&cache_path(cache, &key), &clip);
            }
            STATS.lock().unwrap_or_else(|p| p.into_inner()).synthesised += 1;
            clip
        }
    };
    let clip = Arc::new(clip);
    memo().lock().unwrap_or_else(|p| p.into_inner()).insert(key, clip.clone());
    Ok(clip)
}
