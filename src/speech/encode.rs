//! Audio encoding: MP3 (mono, 22.05 kHz, 40 kbps CBR via LAME, every sample
//! flushed) with ID3v2.3 tags, and WAV for auditioning. Loudness is `loudness`'s.

use std::num::NonZeroU32;

use mp3lame_encoder::{Bitrate, Builder, FlushGap, Mode, MonoPcm, Quality};

/// Output sample rate of every MP3.
pub const SAMPLE_RATE: u32 = 22_050;
/// Constant bit rate, kbps.
pub const BITRATE_KBPS: u32 = 40;
/// Silence added after every clip's speech, seconds: the last phoneme decays
/// in it, and players that trim encoder padding never reach the speech.
pub const TAIL_SECONDS: f64 = 0.25;
/// Encoder settings as recorded in clip-cache keys.
pub const SETTINGS: &str = "lame -q 7 mono 22050 Hz 40 kbps CBR, full flush, tail 0.25 s, -18 LUFS, -1 dBTP";

/// A clip as the voice said it, with [`TAIL_SECONDS`] of silence after it, at
/// the loudness target: what every track's MP3 encodes.
pub fn prepare(samples: &[i16]) -> Vec<i16> {
    let mut padded = samples.to_vec();
    padded.extend(silence(TAIL_SECONDS));
    super::loudness::normalise(&padded)
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

/// Encodes mono samples at [`SAMPLE_RATE`] as MP3 frames, the last one
/// flushed whole (no tags).
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
    // No LAME Info frame: at 40 kbps and 22.05 kHz a frame (130 bytes) cannot
    // hold LAME's tag (169), and LAME itself leaves it out.
    builder.set_to_write_vbr_tag(false).map_err(|e| fail("VBR tag", &e))?;
    let mut encoder = builder.build().map_err(|e| fail("build", &e))?;
    let mut out = Vec::with_capacity(mp3lame_encoder::max_required_buffer_size(samples.len()) + 7200);
    encoder.encode_to_vec(MonoPcm(samples), &mut out).map_err(|e| fail("encode", &e))?;
    // A full flush: the no-gap flush left the last partial frame unwritten,
    // cutting 60-80 ms off the end of every track.
    encoder.flush_to_vec::<FlushGap>(&mut out).map_err(|e| fail("flush", &e))?;
    Ok(out)
}

/// Samples per MPEG-2 layer III frame (22.05 kHz).
const SAMPLES_PER_FRAME: usize = 576;

/// How many samples an MP3 stream of this module's frames decodes to, counted
/// from its frame headers (the encoder delay included): a stream cut short has
/// fewer frames than its samples need.
pub fn decodable_samples(mp3: &[u8]) -> usize {
    const MPEG2_LAYER3_KBPS: [u32; 16] = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 0];
    let (mut at, mut frames) = (0, 0);
    while let Some(header) = mp3.get(at..at + 4) {
        let kbps = MPEG2_LAYER3_KBPS[usize::from(header[2] >> 4)];
        if header[0] != 0xFF || header[1] & 0xE0 != 0xE0 || kbps == 0 {
            break;
        }
        let length = (72_000 * kbps / SAMPLE_RATE + u32::from((header[2] >> 1) & 1)) as usize;
        if mp3.len() < at + length {
            break;
        }
        at += length;
        frames += 1;
    }
    frames * SAMPLES_PER_FRAME
}

/// Text frames of a track's ID3 tag.
#[derive(Clone, Debug, Default)]
pub struct Tags {
    /// TIT2.
    pub title: String,
    /// TALB.
    pub album: String,
    /// TPE1: who the recording is by (the election's title).
    pub artist: String,
    /// TRCK, as `N/total`; none for the whole ballot.
    pub track: Option<(usize, usize)>,
    /// TLAN, ISO 639-2 (`kaz`, `rus`, `eng`).
    pub language: &'static str,
    /// TLEN, milliseconds.
    pub length_ms: u64,
}

/// An ID3v2.3 tag with UTF-16 text frames (with byte-order mark): version 2.3
/// and UTF-16 are what every reader understands, from id3lib to phones.
pub fn id3v23(tags: &Tags) -> Vec<u8> {
    let mut frames = Vec::new();
    let mut frame = |id: &[u8; 4], text: &str| {
        let mut body = vec![1u8, 0xFF, 0xFE]; // UTF-16, little-endian BOM
        body.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        frames.extend_from_slice(id);
        frames.extend_from_slice(&(body.len() as u32).to_be_bytes()); // 2.3: plain size
        frames.extend_from_slice(&[0, 0]);
        frames.extend_from_slice(&body);
    };
    frame(b"TIT2", &tags.title);
    frame(b"TALB", &tags.album);
    frame(b"TPE1", &tags.artist);
    if let Some((n, total)) = tags.track {
        frame(b"TRCK", &format!("{n}/{total}"));
    }
    frame(b"TLAN", tags.language);
    frame(b"TLEN", &tags.length_ms.to_string());
    frame(b"TSSE", &format!("ballot-access {}", crate::VERSION));
    let mut tag = b"ID3\x03\x00\x00".to_vec();
    tag.extend_from_slice(&syncsafe(frames.len()));
    tag.extend(frames);
    tag
}

fn syncsafe(n: usize) -> [u8; 4] {
    let n = n as u32;
    [((n >> 21) & 0x7F) as u8, ((n >> 14) & 0x7F) as u8, ((n >> 7) & 0x7F) as u8, (n & 0x7F) as u8]
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
