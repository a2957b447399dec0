//! Automatic checks of each synthesised track. A measured fault that makes
//! the audio wrong (silent, cut short, not ending in silence, loudness or peak
//! off target) fails the ballot's audio, so its previous files stay; what may
//! be right but deserves an ear (clipping in the raw voice, a track much
//! shorter or longer than its text predicts, a word said letter by letter) is
//! flagged on the review page.

use crate::i18n::{Arg, Message};
use crate::msg;
use std::collections::HashMap;
use std::sync::{Mutex, OnceLock};

use crate::speech::clips::{Encoded, Spoken, CLIP_RUN};
use crate::speech::{encode, espeak};

/// A track is silent below this RMS level, dBFS.
pub const SILENCE_DBFS: f64 = -40.0;
/// A track's last 100 ms must be quieter than this: the silent tail.
pub const TAIL_SILENCE_DBFS: f64 = -60.0;
/// A track shorter than this share of its predicted duration is too short.
pub const TOO_SHORT: f64 = 0.4;
/// A track longer than this multiple of its predicted duration is too long.
pub const TOO_LONG: f64 = 2.5;
/// Seconds per letter at 140 words a minute, measured on the example ballots
/// (0.08-0.18 s in Kazakh and Russian, median 0.12-0.13 s).
const SECONDS_PER_LETTER_AT_140: f64 = 0.125;

/// The duration the text should take at `rate_wpm`, in seconds: letters at
/// the measured pace, digits as two letters (numbers are said in words).
pub fn expected_seconds(spoken: &str, rate_wpm: u32) -> f64 {
    let units: f64 = spoken
        .chars()
        .map(|c| if c.is_numeric() { 2.0 } else if c.is_alphabetic() { 1.0 } else { 0.0 })
        .sum();
    units * SECONDS_PER_LETTER_AT_140 * 140.0 / f64::from(rate_wpm.max(1))
}

/// What a check found in a track.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// What is wrong, measured.
    pub reason: Message,
    /// Whether it makes the audio wrong: the ballot's audio fails.
    pub fatal: bool,
}

impl Finding {
    fn fatal(reason: Message) -> Self {
        Finding { reason, fatal: true }
    }

    fn flag(reason: Message) -> Self {
        Finding { reason, fatal: false }
    }
}

/// Every finding of one track: its raw speech, its encoding and spelled words.
pub fn check_track(clip: &crate::speech::clips::Clip, spoken: &str, rate_wpm: u32, voice: &str) -> Vec<Finding> {
    let mut findings = check_samples(&clip.spoken, encode::SAMPLE_RATE, spoken, rate_wpm);
    findings.extend(check_encoded(&clip.encoded, &clip.mp3).into_iter().map(Finding::fatal));
    let spelled = spelled_words(spoken, voice);
    if !spelled.is_empty() {
        findings.push(Finding::flag(spelled_reason(&spelled, voice)));
    }
    findings
}

/// The warning for words said letter by letter, with the fix: a lexicon entry
/// in the voice's language (the voices are named by language code).
fn spelled_reason(words: &[String], voice: &str) -> Message {
    msg!("build-audio-spelled", count = words.len(), words = words.join(", "), lexicon = format!("speech.lexicon.{voice}"))
}

/// Problems in what was encoded (the prepared audio and its MP3), as reasons:
/// a stream with fewer samples than the speech (cut short), a track that does
/// not end in silence, loudness off target, a true peak above the limit. Each
/// is a fault of the speech pipeline, never of the definition.
pub fn check_encoded(encoded: &Encoded, mp3: &[u8]) -> Vec<Message> {
    use crate::speech::loudness::{MAX_TRUE_PEAK_DBTP, PCM_TARGET_LUFS, TOLERANCE_LU};
    let mut reasons = Vec::new();
    let decodable = encode::decodable_samples(mp3);
    if decodable < encoded.samples {
        reasons.push(msg!("build-audio-cut-short", decodable = decodable, spoken = encoded.samples));
    }
    if encoded.tail_dbfs > TAIL_SILENCE_DBFS {
        reasons.push(msg!("build-audio-no-silence-at-end", dbfs = Arg::decimal(encoded.tail_dbfs, 0)));
    }
    if let Some(loudness) = encoded.loudness_lufs.filter(|l| (l - PCM_TARGET_LUFS).abs() > TOLERANCE_LU) {
        reasons.push(msg!("build-audio-loudness", lufs = Arg::decimal(loudness, 1), target = Arg::decimal(PCM_TARGET_LUFS, 1), tolerance = TOLERANCE_LU));
    }
    if encoded.true_peak_dbtp > MAX_TRUE_PEAK_DBTP {
        reasons.push(msg!("build-audio-true-peak", dbtp = Arg::decimal(encoded.true_peak_dbtp, 1), limit = MAX_TRUE_PEAK_DBTP));
    }
    reasons
}

/// Problems in a track's raw (not normalised) samples, as measured: silence
/// is fatal; clipping in the raw voice (the limiter removes it) and a duration
/// far from the text's prediction are flagged.
pub fn check_samples(said: &Spoken, sample_rate: u32, spoken: &str, rate_wpm: u32) -> Vec<Finding> {
    let mut findings = Vec::new();
    let level = said.rms_dbfs;
    if level < SILENCE_DBFS {
        findings.push(Finding::fatal(if level.is_finite() {
            msg!("build-audio-silent", dbfs = Arg::decimal(level, 0), limit = Arg::decimal(SILENCE_DBFS, 0))
        } else {
            msg!("build-audio-no-sound")
        }));
    }
    let clipped = said.clipped_runs;
    if clipped > 0 {
        findings.push(Finding::flag(msg!("build-audio-clipped", runs = clipped, samples = CLIP_RUN)));
    }
    let seconds = said.samples as f64 / f64::from(sample_rate.max(1));
    let expected = expected_seconds(spoken, rate_wpm);
    if expected > 0.0 && seconds < TOO_SHORT * expected {
        // A prediction, not a measurement: a reviewer listens (an unbroken
        // 300-letter word is valid, and the voice says it faster).
        findings.push(Finding::flag(msg!("build-audio-too-short", seconds = Arg::decimal(seconds, 1), expected = Arg::decimal(expected, 1))));
    } else if expected > 0.0 && seconds > TOO_LONG * expected {
        findings.push(Finding::flag(msg!("build-audio-too-long", seconds = Arg::decimal(seconds, 1), expected = Arg::decimal(expected, 1))));
    }
    findings
}

/// Words of `spoken` (two letters or more) that `voice` says letter by letter:
/// their phonemes equal those of their letters said one by one.
pub fn spelled_words(spoken: &str, voice: &str) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for word in spoken.split(|c: char| !c.is_alphabetic()).filter(|w| w.chars().count() >= 2) {
        if !words.iter().any(|w| w == word) && is_spelled(word, voice) {
            words.push(word.to_owned());
        }
    }
    words
}

fn is_spelled(word: &str, voice: &str) -> bool {
    static KNOWN: OnceLock<Mutex<HashMap<(String, String), bool>>> = OnceLock::new();
    let known = KNOWN.get_or_init(|| Mutex::new(HashMap::new()));
    let key = (voice.to_owned(), word.to_owned());
    if let Some(&spelled) = known.lock().unwrap_or_else(|p| p.into_inner()).get(&key) {
        return spelled;
    }
    let letters: Vec<String> = word.chars().map(String::from).collect();
    let bare = |p: String| p.chars().filter(|c| !matches!(c, ' ' | '\'' | ',' | '_')).collect::<String>();
    let spelled = match (espeak::phonemes(word, voice), espeak::phonemes(&letters.join(" "), voice)) {
        // Equal phonemes alone would also catch short words whose letters sound
        // as themselves (ru «Вы», kk «Иә»); spelled letters have names (ЖШС is
        // "же-ше-эс"), so spelling makes the word clearly longer than its letters.
        (Ok(whole), Ok(one_by_one)) => {
            let (whole, one_by_one) = (bare(whole), bare(one_by_one));
            !whole.is_empty() && whole == one_by_one && whole.chars().count() >= 2 * letters.len()
        }
        _ => false,
    };
    let mut known = known.lock().unwrap_or_else(|p| p.into_inner());
    // Bounded: names repeat across ballots, but a national election has many.
    if known.len() > 100_000 {
        known.clear();
    }
    known.insert(key, spelled);
    spelled
}

#[cfg(test)]
mod tests {
    //! The checks on made-up tracks: each fault is flagged, a normal track is
    //! not; and a word the voice spells out is found.

    use super::{check_samples, expected_seconds, spelled_words};

    const RATE: u32 = 22_050;
    const TEXT: &str = "Сайлау учаскесі нөмірі он бес, Жамбыл облысы";

    /// A tone `seconds` long at `amplitude` (may exceed full scale; clamped as a DAC would).
    fn tone(seconds: f64, amplitude: f64) -> Vec<i16> {
        (0..(seconds * f64::from(RATE)) as usize)
            .map(|i| (amplitude * (i as f64 * 220.0 * std::f64::consts::TAU / f64::from(RATE)).sin()).clamp(-32768.0, 32767.0) as i16)
            .collect()
    }

    fn reasons(samples: &[i16]) -> String {
        check_samples(&crate::speech::clips::Spoken::of(samples), RATE, TEXT, 140).iter().map(|f| f.reason.to_string()).collect::<Vec<_>>().join("; ")
    }

    fn fatal(samples: &[i16]) -> Vec<bool> {
        check_samples(&crate::speech::clips::Spoken::of(samples), RATE, TEXT, 140).iter().map(|f| f.fatal).collect()
    }

    #[test]
    fn wrong_audio_is_fatal_and_doubtful_audio_is_flagged() {
        let expected = expected_seconds(TEXT, 140);
        assert_eq!(fatal(&vec![0; (expected * f64::from(RATE)) as usize]), [true]); // silent
        assert_eq!(fatal(&tone(expected * 0.2, 12_000.0)), [false]); // short: a prediction, a reviewer listens
        assert_eq!(fatal(&tone(expected * 4.0, 12_000.0)), [false]); // long: maybe spelled out
        assert_eq!(fatal(&tone(expected, 60_000.0)), [false]); // raw clipping; the limiter removes it
    }

    #[test]
    fn a_normal_track_passes() {
        let expected = expected_seconds(TEXT, 140);
        assert!(reasons(&tone(expected, 12_000.0)).is_empty(), "{}", reasons(&tone(expected, 12_000.0)));
    }

    #[test]
    fn a_silent_track_is_flagged() {
        let expected = expected_seconds(TEXT, 140);
        assert!(reasons(&vec![0; (expected * f64::from(RATE)) as usize]).contains("silent"));
        // Faint hiss is silence too.
        assert!(reasons(&tone(expected, 150.0)).contains("silent: RMS level"));
    }

    #[test]
    fn a_clipped_track_is_flagged() {
        let expected = expected_seconds(TEXT, 140);
        let found = reasons(&tone(expected, 60_000.0));
        assert!(found.contains("clipped"), "{found}");
        assert!(!found.contains("silent") && !found.contains("too"), "{found}");
    }

    #[test]
    fn a_too_short_and_a_too_long_track_are_flagged() {
        let expected = expected_seconds(TEXT, 140);
        assert!(reasons(&tone(expected * 0.2, 12_000.0)).contains("too short"));
        assert!(reasons(&tone(expected * 4.0, 12_000.0)).contains("too long"));
        // The prediction follows the speaking rate.
        assert!((expected_seconds(TEXT, 70) - 2.0 * expected).abs() < 1e-9);
    }

    #[test]
    fn words_spelled_letter_by_letter_are_found() {
        assert_eq!(spelled_words("ЖШС Аманат партиясы", "kk"), ["ЖШС"]);
        assert!(spelled_words("Байтақ партиясы, он бес", "kk").is_empty());
        assert_eq!(spelled_words("партия ЗЩЬ", "ru"), ["ЗЩЬ"]);
        assert_eq!(
            super::spelled_reason(&["ЖСДП".to_owned()], "kk").to_string(),
            "spelled letter by letter: ЖСДП (if it should be said as a word, add it to speech.lexicon.kk in election.yaml with its spoken form)"
        );
        assert!(super::spelled_reason(&["ЖСДП".to_owned(), "ОСДП".to_owned()], "ru").to_string().starts_with("spelled letter by letter: ЖСДП, ОСДП (if one should"));
    }

    #[test]
    fn encoded_audio_that_is_cut_loud_or_unfinished_is_flagged() {
        use crate::speech::clips::Encoded;
        use crate::speech::encode;
        let (prepared, _) = encode::prepare(&tone(2.0, 8000.0));
        let mp3 = encode::mp3(&prepared).unwrap();
        let facts = Encoded { samples: prepared.len(), loudness_lufs: Some(crate::speech::loudness::PCM_TARGET_LUFS), true_peak_dbtp: -2.0, tail_dbfs: -90.0 };
        assert!(super::check_encoded(&facts, &mp3).is_empty(), "{:?}", super::check_encoded(&facts, &mp3));
        let cut = &mp3[..mp3.len() / 2];
        assert!(super::check_encoded(&facts, cut)[0].to_string().starts_with("cut short"));
        let bad = Encoded { loudness_lufs: Some(-24.0), true_peak_dbtp: 0.5, tail_dbfs: -20.0, ..facts };
        let reasons = super::check_encoded(&bad, &mp3).iter().map(ToString::to_string).collect::<Vec<_>>().join("; ");
        assert!(reasons.contains("does not end in silence") && reasons.contains("loudness -24.0 LUFS") && reasons.contains("true peak 0.5 dBTP"), "{reasons}");
    }
}
