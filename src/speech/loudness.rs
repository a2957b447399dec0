//! Loudness normalisation per ITU-R BS.1770 / EBU R 128, measured with the
//! `ebur128` crate: every clip is brought to one integrated loudness, with its
//! true peak held under a ceiling by a look-ahead peak limiter, so no track is
//! much quieter or louder than another.

use ebur128::{EbuR128, Mode};

use super::pcm::SAMPLE_RATE;

/// Integrated loudness of every track as played (speech for headphones and
/// small players), LUFS.
pub const TARGET_LUFS: f64 = -18.0;
/// How far a track may end from the target, LU.
pub const TOLERANCE_LU: f64 = 0.5;
/// What the encoder's low-pass takes off (K-weighting counts the highs it
/// removes), with what joining phrases leaves: measured with ffmpeg's ebur128
/// filter on the examples' MP3s (tracks of one to seven phrases), centring
/// them on the target (-18.3 to -17.6 LUFS). The PCM is brought this much above it.
const ENCODER_LOSS_LU: f64 = 0.6;
/// Where the PCM is normalised to, LUFS.
pub const PCM_TARGET_LUFS: f64 = TARGET_LUFS + ENCODER_LOSS_LU;
/// The highest true peak allowed, dBTP.
pub const MAX_TRUE_PEAK_DBTP: f64 = -1.0;
/// The limiter's ceiling on sample peaks, below the true-peak limit because
/// peaks between samples are higher than the samples.
const LIMIT_CEILING_DBFS: f64 = -2.0;
/// What the limiter takes off espeak-ng's speech at the target, LU: the
/// median over the examples' phrases (clauses and sentences) is 0.7; only
/// the first guess of the gain, which is then corrected.
const TYPICAL_LIMITER_LOSS_LU: f64 = 0.7;
/// Look-ahead and release of the limiter, in samples (2 ms and 60 ms).
const LOOK_AHEAD: usize = SAMPLE_RATE as usize / 500;
const RELEASE: f64 = SAMPLE_RATE as f64 * 0.06;

/// Levels of samples at the output rate, by the `ebur128` meter.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Levels {
    /// Integrated loudness, LUFS (`None`: silence, or too short to gate).
    pub loudness_lufs: Option<f64>,
    /// True peak, dBTP.
    pub true_peak_dbtp: f64,
}

/// Silence measured before every clip, seconds: a phrase is heard after the
/// previous one's pause, and the meter's 400 ms blocks that straddle the join
/// count that pause. Measured alone, short phrases (a clause, "Номер 1.") read
/// louder than they sound in their track, and tracks joined from them came
/// out up to 0.8 LU quiet (ffmpeg on the examples). Each phrase owns half the
/// pause between two (0.33 s: its tail, the join, the next one's lead), so it
/// is measured after half a pause; a whole track changes little.
const CONTEXT_SECONDS: f64 = 0.16;

/// A meter that has already heard [`CONTEXT_SECONDS`] of silence, then `samples`.
fn meter_in_context(mode: Mode, samples: &[i16]) -> Option<EbuR128> {
    let mut meter = EbuR128::new(1, SAMPLE_RATE, mode).ok()?;
    meter.add_frames_i16(&super::pcm::silence(CONTEXT_SECONDS)).ok()?;
    meter.add_frames_i16(samples).ok()?;
    Some(meter)
}

/// Integrated loudness (heard after a pause, see `CONTEXT_SECONDS`) and
/// true peak of samples at the output rate.
pub fn measure(samples: &[i16]) -> Levels {
    let meter = meter_in_context(Mode::I | Mode::TRUE_PEAK, samples);
    let Some(meter) = meter else { return Levels { loudness_lufs: None, true_peak_dbtp: f64::NEG_INFINITY } };
    let peak = meter.true_peak(0).unwrap_or(0.0);
    Levels { loudness_lufs: meter.loudness_global().ok().filter(|l| l.is_finite()), true_peak_dbtp: 20.0 * peak.max(1e-9).log10() }
}

/// Integrated loudness alone (LUFS): about half the cost of [`measure`],
/// whose true-peak meter also oversamples four times (perf on the examples:
/// K-weighting and gating 17 %, true peak 15 % of a build's CPU).
fn integrated(samples: &[i16]) -> Option<f64> {
    meter_in_context(Mode::I, samples)?.loudness_global().ok().filter(|l| l.is_finite())
}

/// True peak alone (dBTP): the meter then skips K-weighting and gating.
fn true_peak(samples: &[i16]) -> f64 {
    let peak = EbuR128::new(1, SAMPLE_RATE, Mode::TRUE_PEAK).ok().and_then(|mut m| m.add_frames_i16(samples).ok().and_then(|()| m.true_peak(0).ok()));
    20.0 * peak.unwrap_or(0.0).max(1e-9).log10()
}

fn db_to_gain(db: f64) -> f64 {
    10f64.powf(db / 20.0)
}

/// Samples scaled by `gain` with every peak above `ceiling_dbfs` brought down
/// by a smooth gain envelope: the reduction a peak needs ramps in linearly over
/// the `LOOK_AHEAD` samples before it and recovers over `RELEASE`, so nothing
/// clips and no step in gain clicks.
fn amplify_and_limit(samples: &[i16], gain: f64, ceiling_dbfs: f64) -> Vec<i16> {
    let ceiling = db_to_gain(ceiling_dbfs) * f64::from(i16::MAX);
    // The samples that would pass the ceiling, with the gain each needs (few: speech peaks).
    let peaks: Vec<(usize, f64)> = samples
        .iter()
        .enumerate()
        .map(|(j, &s)| (j, f64::from(s).abs() * gain))
        .filter(|&(_, level)| level > ceiling)
        .map(|(j, level)| (j, ceiling / level))
        .collect();
    let (per_sample_ahead, per_sample_release) = (1.0 / LOOK_AHEAD as f64, 1.0 / RELEASE);
    let mut first_peak = 0;
    let mut current: f64 = 1.0;
    let mut out = Vec::with_capacity(samples.len());
    for (i, &sample) in samples.iter().enumerate() {
        while peaks.get(first_peak).is_some_and(|&(j, _)| j < i) {
            first_peak += 1;
        }
        // The least gain any peak ahead asks of this sample: its own need, eased
        // linearly towards 1 the further ahead it lies.
        let attack = peaks[first_peak..]
            .iter()
            .take_while(|&&(j, _)| j < i + LOOK_AHEAD)
            .map(|&(j, need)| need + (1.0 - need) * (j - i) as f64 * per_sample_ahead)
            .fold(1.0, f64::min);
        current = if attack < current { attack } else { current + (1.0 - current) * per_sample_release };
        // Rounded half away from zero; `as` saturates at the i16 limits.
        let value = f64::from(sample) * gain * current;
        out.push((value + 0.5f64.copysign(value)) as i16);
    }
    out
}

/// The clip at the PCM target (so its MP3 plays at [`TARGET_LUFS`]) with its
/// true peak at most [`MAX_TRUE_PEAK_DBTP`], and its levels as measured after.
/// Silence, and clips too short to measure (under about 0.4 s), are returned
/// unchanged. Measuring is the cost here: the gain comes from one loudness
/// reading, and the result is measured in full (true peak too) once, or again
/// only when the limiter moved it off target.
pub fn normalise(samples: &[i16]) -> (Vec<i16>, Levels) {
    let Some(loudness) = integrated(samples) else { return (samples.to_vec(), measure(samples)) };
    let mut ceiling_db = LIMIT_CEILING_DBFS;
    // The first gain allows for what limiting typically takes off speech;
    // each next one follows the secant through the last two tries (limiting
    // takes more off the louder the clip is made). Loudness alone is measured
    // while searching; true peak too once found.
    let (mut tried_db, mut reached) = (0.0, loudness);
    let mut gain_db = PCM_TARGET_LUFS - loudness + TYPICAL_LIMITER_LOSS_LU;
    for _ in 0..6 {
        let out = amplify_and_limit(samples, db_to_gain(gain_db), ceiling_db);
        let Some(loudness) = integrated(&out) else { return (out.clone(), measure(&out)) };
        if (loudness - PCM_TARGET_LUFS).abs() <= TOLERANCE_LU / 4.0 {
            // The loudness just measured is the output's: only its true peak is new.
            let levels = Levels { loudness_lufs: Some(loudness), true_peak_dbtp: true_peak(&out) };
            if levels.true_peak_dbtp <= MAX_TRUE_PEAK_DBTP {
                return (out, levels);
            }
            // Peaks between samples passed the ceiling: lower it, keep the gain.
            ceiling_db -= levels.true_peak_dbtp - MAX_TRUE_PEAK_DBTP + 0.1;
            continue;
        }
        let slope = ((loudness - reached) / (gain_db - tried_db)).clamp(0.2, 1.0);
        (tried_db, reached) = (gain_db, loudness);
        gain_db += (PCM_TARGET_LUFS - loudness) / slope;
    }
    // Not settled (a pathological clip): the last try, as measured, for the checks to judge.
    let out = amplify_and_limit(samples, db_to_gain(gain_db), ceiling_db);
    let levels = measure(&out);
    (out, levels)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tone(seconds: f64, amplitude: f64, hz: f64) -> Vec<i16> {
        (0..(seconds * f64::from(SAMPLE_RATE)) as usize)
            .map(|i| (amplitude * (i as f64 * hz * std::f64::consts::TAU / f64::from(SAMPLE_RATE)).sin()) as i16)
            .collect()
    }

    #[test]
    fn quiet_and_loud_clips_end_at_the_target_under_the_peak_limit() {
        for amplitude in [800.0, 4000.0, 30000.0] {
            // A tone with a spike, like a plosive well above the rest.
            let mut samples = tone(2.0, amplitude, 440.0);
            samples[20_000] = i16::MAX;
            let (out, levels) = normalise(&samples);
            assert_eq!(levels, measure(&out), "the levels returned are the output's");
            let (loudness, peak) = (levels.loudness_lufs.unwrap(), levels.true_peak_dbtp);
            assert!((loudness - PCM_TARGET_LUFS).abs() <= TOLERANCE_LU / 2.0, "amplitude {amplitude}: {loudness} LUFS");
            assert!(peak <= MAX_TRUE_PEAK_DBTP + 0.05, "amplitude {amplitude}: {peak} dBTP");
        }
    }

    #[test]
    fn silence_stays_silent() {
        let (out, levels) = normalise(&[0; 22_050]);
        assert_eq!(out, vec![0; 22_050]);
        assert_eq!(levels.loudness_lufs, None);
    }
}
