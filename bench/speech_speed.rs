//! Measures espeak-ng synthesis and LAME encoding speed on real ballot text, as
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
                    phrases.push((voice(lang), election.info.speech.rate_wpm, track.spoken));
                }
            }
        }
    }
    let (cpu, wall) = (cpu_seconds(), Instant::now());
    let mut clips = Vec::new();
    for (voice, rate, text) in &phrases {
        let speech = espeak::synthesize(text, voice, *rate).expect("speaks");
        clips.push(encode::prepare(&speech.samples));
    }
    let synth_cpu = cpu_seconds() - cpu;
    let synth_wall = wall.elapsed().as_secs_f64();
    let audio: f64 = clips.iter().map(|c| encode::duration(c)).sum();
    let (cpu, wall) = (cpu_seconds(), Instant::now());
    let mut bytes = 0;
    for clip in &clips {
        bytes += encode::mp3(clip).expect("encodes").len();
    }
    let encode_cpu = cpu_seconds() - cpu;
    let encode_wall = wall.elapsed().as_secs_f64();
    println!("{} phrases, {audio:.0} s of audio, {bytes} bytes of MP3", phrases.len());
    println!("synthesis: {:.1} s of audio per CPU second ({synth_cpu:.2} CPU s, {synth_wall:.2} wall s)", audio / synth_cpu.max(0.01));
    println!("encoding:  {:.1} s of audio per CPU second ({encode_cpu:.2} CPU s, {encode_wall:.2} wall s)", audio / encode_cpu.max(0.01));
    println!("encoding is {:.1}x as fast as synthesis", synth_cpu / encode_cpu.max(0.01));
}
