//! Audio encoding: peak normalisation, MP3 (mono, 22.05 kHz, 40 kbps CBR via
//! LAME) with ID3v2.4 tags, and WAV for auditioning.

use std::num::NonZeroU32;

use mp3lame_encoder::{Bitrate, Builder, FlushNoGap, Mode, MonoPcm, Quality};

/// Output sample rate of every MP3.
pub const SAMPLE_RATE: u32 = 22_050;
/// Constant bit rate, kbps.
pub const BITRATE_KBPS: u32 = 40;
/// The level every track's peak is brought to (about -1 dBFS).
pub const PEAK: f64 = 0.89;
/// Encoder settings as recorded in clip-cache keys.
pub const SETTINGS: &str = "lame -q 7 mono 22050 Hz 40 kbps CBR, peak 0.89";

/// Scales samples so the loudest reaches [`PEAK`] of full scale (silence stays silent).
pub fn normalise(samples: &[i16]) -> Vec<i16> {
    let peak = samples.iter().map(|s| i32::from(*s).abs()).max().unwrap_or(0);
    if peak == 0 {
        return samples.to_vec();
    }
    let gain = PEAK * f64::from(i16::MAX) / f64::from(peak);
    samples.iter().map(|&s| (f64::from(s) * gain).round().clamp(f64::from(i16::MIN), f64::from(i16::MAX)) as i16).collect()
}

/// Samples as 16-bit little-endian bytes (the clip cache's and the workers' format).
pub fn pcm_bytes(samples: &[i16]) -> Vec<u8> {
    samples.iter().flat_map(|s| s.to_le_bytes()).collect()
}

/// 16-bit little-endian bytes as samples (a trailing odd byte is ignored).
pub fn pcm_samples(bytes: &[u8]) -> Vec<i16> {
    bytes.chunks_exact(2).map(|b| i16::from_le_bytes([b[0], b[1]])).collect()
}

/// `seconds` of silence at the output rate.
pub fn silence(seconds: f64) -> Vec<i16> {
    vec![0; (seconds * f64::from(SAMPLE_RATE)).round() as usize]
}

/// Duration of samples at the output rate, in seconds.
pub fn duration(samples: &[i16]) -> f64 {
    samples.len() as f64 / f64::from(SAMPLE_RATE)
}

/// Encodes mono samples at [`SAMPLE_RATE`] as MP3 frames (no tags).
pub fn mp3(samples: &[i16]) -> Result<Vec<u8>, String> {
    let fail = |what: &str, e: &dyn std::fmt::Debug| format!("MP3 encoder: {what}: {e:?}");
    let mut builder = Builder::new().ok_or("MP3 encoder: LAME could not start")?;
    builder.set_num_channels(1).map_err(|e| fail("channels", &e))?;
    builder.set_sample_rate(SAMPLE_RATE).map_err(|e| fail("sample rate", &e))?;
    builder.set_output_sample_rate(NonZeroU32::new(SAMPLE_RATE)).map_err(|e| fail("output rate", &e))?;
    builder.set_brate(Bitrate::Kbps40).map_err(|e| fail("bit rate", &e))?;
    builder.set_mode(Mode::Mono).map_err(|e| fail("mode", &e))?;
    // LAME's -q 7: twice as fast as -q 6; at 40 kbps speech the difference is
    // below what the bit rate allows anyway.
    builder.set_quality(Quality::Ok).map_err(|e| fail("quality", &e))?;
    builder.set_to_write_vbr_tag(false).map_err(|e| fail("VBR tag", &e))?;
    let mut encoder = builder.build().map_err(|e| fail("build", &e))?;
    let mut out = Vec::with_capacity(mp3lame_encoder::max_required_buffer_size(samples.len()));
    encoder.encode_to_vec(MonoPcm(samples), &mut out).map_err(|e| fail("encode", &e))?;
    encoder.flush_to_vec::<FlushNoGap>(&mut out).map_err(|e| fail("flush", &e))?;
    Ok(out)
}

/// Text frames of an ID3v2.4 tag.
#[derive(Clone, Debug, Default)]
pub struct Tags {
    /// TIT2.
    pub title: String,
    /// TALB.
    pub album: String,
    /// TRCK, as `N/total`; none for the whole ballot.
    pub track: Option<(usize, usize)>,
    /// TLAN, ISO 639-2 (`kaz`, `rus`, `eng`).
    pub language: &'static str,
    /// TLEN, milliseconds.
    pub length_ms: u64,
}

fn syncsafe(n: usize) -> [u8; 4] {
    let n = n as u32;
    [((n >> 21) & 0x7F) as u8, ((n >> 14) & 0x7F) as u8, ((n >> 7) & 0x7F) as u8, (n & 0x7F) as u8]
}

/// An ID3v2.4 tag with UTF-8 text frames.
pub fn id3v24(tags: &Tags) -> Vec<u8> {
    let mut frames = Vec::new();
    let mut frame = |id: &[u8; 4], text: &str| {
        let mut body = vec![3u8]; // UTF-8
        body.extend_from_slice(text.as_bytes());
        frames.extend_from_slice(id);
        frames.extend_from_slice(&syncsafe(body.len()));
        frames.extend_from_slice(&[0, 0]);
        frames.extend_from_slice(&body);
    };
    frame(b"TIT2", &tags.title);
    frame(b"TALB", &tags.album);
    if let Some((n, total)) = tags.track {
        frame(b"TRCK", &format!("{n}/{total}"));
    }
    frame(b"TLAN", tags.language);
    frame(b"TLEN", &tags.length_ms.to_string());
    frame(b"TSSE", &format!("ballot-access {}", crate::VERSION));
    let mut tag = b"ID3\x04\x00\x00".to_vec();
    tag.extend_from_slice(&syncsafe(frames.len()));
    tag.extend(frames);
    tag
}

/// A 16-bit mono WAV file.
pub fn wav(samples: &[i16], sample_rate: u32) -> Vec<u8> {
    let data_len = (samples.len() * 2) as u32;
    let mut out = Vec::with_capacity(44 + data_len as usize);
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&(36 + data_len).to_le_bytes());
    out.extend_from_slice(b"WAVEfmt ");
    out.extend_from_slice(&16u32.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes()); // PCM
    out.extend_from_slice(&1u16.to_le_bytes()); // mono
    out.extend_from_slice(&sample_rate.to_le_bytes());
    out.extend_from_slice(&(sample_rate * 2).to_le_bytes());
    out.extend_from_slice(&2u16.to_le_bytes());
    out.extend_from_slice(&16u16.to_le_bytes());
    out.extend_from_slice(b"data");
    out.extend_from_slice(&data_len.to_le_bytes());
    for s in samples {
        out.extend_from_slice(&s.to_le_bytes());
    }
    out
}
