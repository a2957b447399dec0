//! Measures espeak-ng synthesis, loudness normalisation and LAME encoding
//! speed on real ballot text, each as
//! seconds of audio produced per second of CPU time (a ratio, so machine noise
//! matters less). Run: `cargo run --release --example speech_speed`.

use std::time::Instant;

use ballot_access::definition;
use ballot_access::materials::audio::script::script;
use ballot_access::speech::{encode, espeak, voice};

fn cpu_seconds() -> f64 {
    // Process CPU time from /proc/self/stat (utime + stime, in clock ticks).
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let fields: Vec<&str> = stat.rsplit(')').next().unwrap_or("").split_whitespace().collect();
    let ticks: f64 = fields.get(11).and_then(|u| u.parse::<f64>().ok()).unwrap_or(0.0)
        + fields.get(12).and_then(|s| s.parse::<f64>().ok()).unwrap_or(0.0);
    ticks / 100.0
}

fn main() {
    let loaded = definition::load(&[std::path::PathBuf::from("ballots")]);
    let mut phrases = Vec::new();
    for election in &loaded.elections {
        for ballot in &election.ballots {
            for &lang in &election.info.languages {
                for track in script(&election.info, ballot, lang) {
                    // What the build synthesises: each distinct phrase once.
                    for phrase in track.phrases {
                        let key = (voice(lang), election.info.speech.rate_wpm, phrase.spoken);
                        if !phrases.contains(&key) {
                            phrases.push(key);
                        }
                    }
                }
            }
        }
    }
    let (cpu, wall) = (cpu_seconds(), Instant::now());
    let mut spoken = Vec::new();
    for (voice, rate, text) in &phrases {
        spoken.push(espeak::synthesize(text, voice, *rate).expect("speaks").samples);
    }
    let synth = (cpu_seconds() - cpu, wall.elapsed().as_secs_f64());
    let (cpu, wall) = (cpu_seconds(), Instant::now());
    let clips: Vec<Vec<i16>> = spoken.iter().map(|s| encode::prepare(s).0).collect();
    let prepare = (cpu_seconds() - cpu, wall.elapsed().as_secs_f64());
    let audio: f64 = clips.iter().map(|c| encode::duration(c)).sum();
    let (cpu, wall) = (cpu_seconds(), Instant::now());
    let mut bytes = 0;
    for clip in &clips {
        bytes += encode::with_info_frame(&encode::mp3(clip).expect("encodes"), clip.len()).len();
    }
    let encoding = (cpu_seconds() - cpu, wall.elapsed().as_secs_f64());
    println!("{} phrases, {audio:.0} s of audio, {bytes} bytes of MP3", phrases.len());
    for (what, (cpu, wall)) in [("synthesis", synth), ("tail and loudness", prepare), ("MP3 encoding", encoding)] {
        println!("{what:>17}: {:6.1} s of audio per CPU second ({cpu:.2} CPU s, {wall:.2} wall s)", audio / cpu.max(0.01));
    }
    // What starting an encoder costs (one a clip): encoding a single frame's samples.
    let (cpu, wall) = (cpu_seconds(), Instant::now());
    for _ in 0..1000 {
        encode::mp3(&[0; 576]).expect("encodes");
    }
    println!("starting LAME: {:.2} ms a clip ({:.2} CPU s for {} clips here)", (cpu_seconds() - cpu), (cpu_seconds() - cpu) * phrases.len() as f64 / 1000.0, phrases.len());
    let _ = wall;
    println!("encoding and loudness together are {:.1}x as fast as synthesis", synth.0 / (prepare.0 + encoding.0).max(0.01));
}
