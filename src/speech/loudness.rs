//! Loudness normalisation per ITU-R BS.1770 / EBU R 128, measured with the
//! `ebur128` crate: every clip is brought to one integrated loudness, with its
//! true peak held under a ceiling by a look-ahead peak limiter, so no track is
//! much quieter or louder than another.

use ebur128::{EbuR128, Mode};

use super::encode::SAMPLE_RATE;

/// Integrated loudness of every track as played (speech for headphones and
/// small players), LUFS.
pub const TARGET_LUFS: f64 = -18.0;
/// How far a track may end from the target, LU.
pub const TOLERANCE_LU: f64 = 0.5;
/// What the encoder's low-pass takes off (K-weighting counts the highs it
/// removes): measured with ffmpeg's ebur128 filter on the examples' MP3s,
/// 0.2 to 0.8 LU below their PCM. The PCM is brought this much above the target.
const ENCODER_LOSS_LU: f64 = 0.5;
/// Where the PCM is normalised to, LUFS.
pub const PCM_TARGET_LUFS: f64 = TARGET_LUFS + ENCODER_LOSS_LU;
/// The highest true peak allowed, dBTP.
pub const MAX_TRUE_PEAK_DBTP: f64 = -1.0;
/// The limiter's ceiling on sample peaks, below the true-peak limit because
/// peaks between samples are higher than the samples.
const LIMIT_CEILING_DBFS: f64 = -2.0;
/// Look-ahead and release of the limiter, in samples (2 ms and 60 ms).
const LOOK_AHEAD: usize = SAMPLE_RATE as usize / 500;
const RELEASE: f64 = SAMPLE_RATE as f64 * 0.06;

/// Integrated loudness (LUFS; `None` for silence or a clip too short to gate)
/// and true peak (dBTP) of samples at the output rate.
pub fn measure(samples: &[i16]) -> Option<(f64, f64)> {
    let mut meter = EbuR128::new(1, SAMPLE_RATE, Mode::I | Mode::TRUE_PEAK).ok()?;
    meter.add_frames_i16(samples).ok()?;
    let loudness = meter.loudness_global().ok().filter(|l| l.is_finite())?;
    let peak = meter.true_peak(0).ok()?;
    Some((loudness, 20.0 * peak.max(1e-9).log10()))
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
    let scaled: Vec<f64> = samples.iter().map(|&s| f64::from(s) * gain).collect();
    // The samples over the ceiling, with the gain each needs (few: speech peaks).
    let peaks: Vec<(usize, f64)> = scaled.iter().enumerate().filter(|(_, s)| s.abs() > ceiling).map(|(j, s)| (j, ceiling / s.abs())).collect();
    let mut first_peak = 0;
    let mut current: f64 = 1.0;
    let mut out = Vec::with_capacity(scaled.len());
    for (i, sample) in scaled.iter().enumerate() {
        while peaks.get(first_peak).is_some_and(|&(j, _)| j < i) {
            first_peak += 1;
        }
        // The least gain any peak ahead asks of this sample: its own need, eased
        // linearly towards 1 the further ahead it lies.
        let attack = peaks[first_peak..]
            .iter()
            .take_while(|&&(j, _)| j < i + LOOK_AHEAD)
            .map(|&(j, need)| need + (1.0 - need) * (j - i) as f64 / LOOK_AHEAD as f64)
            .fold(1.0, f64::min);
        current = if attack < current { attack } else { current + (1.0 - current) / RELEASE };
        out.push((sample * current).round().clamp(f64::from(i16::MIN), f64::from(i16::MAX)) as i16);
    }
    out
}

/// The clip at the PCM target (so its MP3 plays at [`TARGET_LUFS`]) with its
/// true peak at most [`MAX_TRUE_PEAK_DBTP`]. Silence, and clips too short to
/// measure (under about 0.4 s), are returned unchanged.
pub fn normalise(samples: &[i16]) -> Vec<i16> {
    let Some((loudness, _)) = measure(samples) else { return samples.to_vec() };
    let mut gain_db = PCM_TARGET_LUFS - loudness;
    let mut ceiling_db = LIMIT_CEILING_DBFS;
    let mut out = amplify_and_limit(samples, db_to_gain(gain_db), ceiling_db);
    // Limiting lowers loudness a little (raise the gain), and peaks between
    // samples can still pass the ceiling (lower the ceiling): measure and correct.
    for _ in 0..4 {
        let Some((loudness, peak)) = measure(&out) else { break };
        if (loudness - PCM_TARGET_LUFS).abs() <= TOLERANCE_LU / 4.0 && peak <= MAX_TRUE_PEAK_DBTP {
            break;
        }
        gain_db += PCM_TARGET_LUFS - loudness;
        if peak > MAX_TRUE_PEAK_DBTP {
            ceiling_db -= peak - MAX_TRUE_PEAK_DBTP + 0.1;
        }
        out = amplify_and_limit(samples, db_to_gain(gain_db), ceiling_db);
    }
    out
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
            let out = normalise(&samples);
            let (loudness, peak) = measure(&out).unwrap();
            assert!((loudness - PCM_TARGET_LUFS).abs() <= TOLERANCE_LU / 2.0, "amplitude {amplitude}: {loudness} LUFS");
            assert!(peak <= MAX_TRUE_PEAK_DBTP + 0.05, "amplitude {amplitude}: {peak} dBTP");
        }
    }

    #[test]
    fn silence_stays_silent() {
        assert_eq!(normalise(&[0; 22_050]), vec![0; 22_050]);
    }
}
