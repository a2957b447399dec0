//! The automatic audio checks on made-up tracks: each fault is flagged, a
//! normal track is not; and a word the voice spells out is found.

use ballot_access::speech::checks::{check_samples, expected_seconds, spelled_words};

const RATE: u32 = 22_050;
const TEXT: &str = "Сайлау учаскесі нөмірі он бес, Жамбыл облысы";

/// A tone `seconds` long at `amplitude` (may exceed full scale; clamped as a DAC would).
fn tone(seconds: f64, amplitude: f64) -> Vec<i16> {
    (0..(seconds * f64::from(RATE)) as usize)
        .map(|i| (amplitude * (i as f64 * 220.0 * std::f64::consts::TAU / f64::from(RATE)).sin()).clamp(-32768.0, 32767.0) as i16)
        .collect()
}

fn reasons(samples: &[i16]) -> String {
    check_samples(samples, RATE, TEXT, 140).join("; ")
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
}
