//! MP3 files: clips prepared for encoding (tail, loudness), a LAME Info frame
//! (encoder delay and padding, so decoders give back exactly the samples
//! encoded), clips joined frame by frame with exact silences, whole files
//! with their tags. The encoder is `lame`, the tags `id3`, samples `pcm`,
//! loudness `loudness`; their items are re-exported here for callers.

pub use super::id3::{id3v23, Tags};
pub use super::lame::mp3;
pub use super::pcm::{duration, pcm_bytes, pcm_samples, silence, wav, SAMPLE_RATE};

/// Constant bit rate, kbps.
pub const BITRATE_KBPS: u32 = 40;
/// Silence added after every clip's speech, at least, seconds: the last
/// phoneme decays in it. Up to one frame (26 ms) more makes [`join`]'s gaps exact.
pub const TAIL_SECONDS: f64 = 0.25;
/// Silence between clips joined by [`join`], seconds, to the sample.
pub const GAP_SECONDS: f64 = 0.8;
/// Encoder settings as recorded in clip-cache keys.
pub const SETTINGS: &str = "lame -q 7 mono 22050 Hz 40 kbps CBR, full flush, tail 0.25 s aligned for 0.8 s gaps, -18 LUFS, -1 dBTP";

/// Samples per MPEG-2 layer III frame (22.05 kHz).
const FRAME_SAMPLES: usize = 576;
/// Samples of silence LAME puts before the first sample (its `ENCDELAY`),
/// recorded in the Info frame so decoders skip it.
const ENCODER_DELAY: usize = 576;
/// [`GAP_SECONDS`] in samples.
const GAP_SAMPLES: usize = 17_640;
/// Every prepared clip's length modulo a frame: LAME pads a clip of `n`
/// samples to whole frames, so the silence from one clip's end to the next
/// one's start in a joined stream is `ENCODER_DELAY + padding(n)` plus whole
/// frames; this residue makes that exactly [`GAP_SAMPLES`].
const LENGTH_RESIDUE: usize = (FRAME_SAMPLES - GAP_SAMPLES % FRAME_SAMPLES) % FRAME_SAMPLES;

/// A clip as the voice said it, with at least [`TAIL_SECONDS`] of silence
/// after it, at the loudness target: what every track's MP3 encodes; with its
/// levels as measured.
pub fn prepare(samples: &[i16]) -> (Vec<i16>, super::loudness::Levels) {
    let _stage = crate::util::profile::enter(crate::util::profile::Stage::Loudness);
    let mut padded = samples.to_vec();
    padded.extend(silence(TAIL_SECONDS));
    let short = (LENGTH_RESIDUE + FRAME_SAMPLES - padded.len() % FRAME_SAMPLES) % FRAME_SAMPLES;
    padded.resize(padded.len() + short, 0);
    super::loudness::normalise(&padded)
}

/// The samples LAME adds after a clip of `samples` to fill its last frame and
/// the granule the decoder overlaps (lame.c, `lame_encode_flush`).
fn encoder_padding(samples: usize) -> usize {
    let rest = (ENCODER_DELAY + samples) % FRAME_SAMPLES;
    if rest == 0 { FRAME_SAMPLES } else { 2 * FRAME_SAMPLES - rest }
}

/// How many samples an MP3 stream of this module's frames decodes to, counted
/// from its frame headers (the encoder delay and padding included, an Info
/// frame not): a stream cut short has fewer frames than its samples need.
pub fn decodable_samples(mp3: &[u8]) -> usize {
    frame_count(mp3) * FRAME_SAMPLES - ENCODER_DELAY
}

/// Whole frames at the start of a stream of this module's frames.
fn frame_count(mp3: &[u8]) -> usize {
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
    frames
}

/// The header of every frame LAME writes here (MPEG-2 layer III, no CRC,
/// 40 kbps, 22.05 kHz, no padding, mono, "original"): what the Info frame and
/// the silent frames between joined clips use.
const FRAME_HEADER: [u8; 4] = [0xFF, 0xF3, 0x50, 0xC4];
/// Bytes of a frame without padding: 72000 × 40 / 22050.
const FRAME_BYTES: usize = 130;
/// Bytes of side information in a mono MPEG-2 layer III frame.
const SIDE_INFO_BYTES: usize = 9;

/// A frame that decodes to 576 samples of silence: its side information is
/// all zeros (no main data, every granule empty).
fn silent_frame() -> Vec<u8> {
    let mut frame = vec![0u8; FRAME_BYTES];
    frame[..4].copy_from_slice(&FRAME_HEADER);
    frame
}

/// CRC-16 as LAME computes its tag's checksums (polynomial 0x8005, reflected).
fn crc16(bytes: &[u8]) -> u16 {
    // Table-driven (the `crc` crate): every track and whole ballot is summed.
    const ARC: crc::Crc<u16, crc::Table<16>> = crc::Crc::<u16, crc::Table<16>>::new(&crc::CRC_16_ARC);
    ARC.checksum(bytes)
}

/// `frames` (a stream of this module's frames that decodes to `samples`
/// samples after the encoder delay) behind a LAME Info frame: a silent frame
/// carrying the frame and byte counts and the encoder delay and padding, so
/// gapless decoders (mpg123, ffmpeg, players) give back exactly `samples`.
/// The table of contents is left out: a 130-byte frame cannot hold it, and a
/// constant bit rate needs none to seek.
pub fn with_info_frame(frames: &[u8], samples: usize) -> Vec<u8> {
    let mut out = Vec::with_capacity(FRAME_BYTES + frames.len());
    out.extend_from_slice(&info_frame(frames, samples));
    out.extend_from_slice(frames);
    out
}

/// The Info frame of [`with_info_frame`] for `frames`.
fn info_frame(frames: &[u8], samples: usize) -> Vec<u8> {
    let frame_count = frame_count(frames);
    let padding = (frame_count * FRAME_SAMPLES).saturating_sub(ENCODER_DELAY + samples);
    let mut info = silent_frame();
    let mut tag: Vec<u8> = Vec::with_capacity(64);
    tag.extend_from_slice(b"Info");
    tag.extend_from_slice(&(1u32 | 2 | 8).to_be_bytes()); // frames, bytes, quality; no TOC
    tag.extend_from_slice(&(frame_count as u32).to_be_bytes());
    tag.extend_from_slice(&((FRAME_BYTES + frames.len()) as u32).to_be_bytes());
    tag.extend_from_slice(&53u32.to_be_bytes()); // LAME's quality figure for -q 7
    // The LAME extension (its fields in order, as LAME 3.100 writes them).
    tag.extend_from_slice(b"LAME3.100");
    tag.push(0x01); // revision 0, constant bit rate
    tag.push(0); // low-pass: not recorded
    tag.extend_from_slice(&[0; 4 + 2 + 2]); // peak, radio and audiophile gain: not recorded
    tag.push(0); // encoding flags
    tag.push(BITRATE_KBPS as u8);
    let (delay, padding) = (ENCODER_DELAY as u32, padding.min(0xFFF) as u32);
    tag.extend_from_slice(&[(delay >> 4) as u8, ((delay << 4) | (padding >> 8)) as u8, padding as u8]);
    tag.push(0x20); // mono, source at most 32 kHz
    tag.push(0); // MP3 gain
    tag.extend_from_slice(&[0, 0]); // preset
    tag.extend_from_slice(&((FRAME_BYTES + frames.len()) as u32).to_be_bytes());
    tag.extend_from_slice(&crc16(frames).to_be_bytes());
    let at = 4 + SIDE_INFO_BYTES;
    info[at..at + tag.len()].copy_from_slice(&tag);
    let tag_crc = crc16(&info[..at + tag.len()]);
    info[at + tag.len()..at + tag.len() + 2].copy_from_slice(&tag_crc.to_be_bytes());
    info
}

/// A whole MP3 file in one buffer of its final size: the ID3 tag, the Info
/// frame, then `frames` (as `id3v23` followed by [`with_info_frame`]), which
/// are its last `frames.len()` bytes. A ballot's audio is megabytes; building
/// it once keeps copies out of memory.
pub fn mp3_file(tags: &Tags, frames: &[u8], samples: usize) -> Vec<u8> {
    let tag = id3v23(tags);
    let mut out = Vec::with_capacity(tag.len() + FRAME_BYTES + frames.len());
    out.extend_from_slice(&tag);
    out.extend_from_slice(&info_frame(frames, samples));
    out.extend_from_slice(frames);
    out
}

/// Clips joined as [`join`] joins them, written as one MP3 file in one buffer
/// of its final size; `tags` is given the samples the file decodes to.
pub fn joined_file(clips: &[(&[u8], usize)], tags: impl FnOnce(usize) -> Tags) -> Vec<u8> {
    let (bytes, samples) = join_size(clips, GAP_SAMPLES);
    let tag = id3v23(&tags(samples));
    let mut out = Vec::with_capacity(tag.len() + FRAME_BYTES + bytes);
    out.extend_from_slice(&tag);
    let at = out.len();
    out.extend_from_slice(&silent_frame()); // the Info frame, once the frames are there
    join_into(&mut out, clips, GAP_SAMPLES);
    let info = info_frame(&out[at + FRAME_BYTES..], samples);
    out[at..at + FRAME_BYTES].copy_from_slice(&info);
    out
}

/// Clips (each its frames and the samples it was prepared to) as one stream
/// of frames, without re-encoding: between one clip's last sample and the next
/// one's first, exactly [`GAP_SECONDS`] of silence (the encoder's padding and
/// delay, then silent frames). Returns the frames and the samples they decode to.
pub fn join(clips: &[(&[u8], usize)]) -> (Vec<u8>, usize) {
    join_with(clips, GAP_SAMPLES)
}

/// Phrases of one track joined with the least silence frames allow: each
/// phrase's own tail (at least [`TAIL_SECONDS`]), then the encoder's padding
/// and the next phrase's delay ([`PHRASE_JOIN_SAMPLES`], 69 ms): about a
/// sentence's pause. The joined length keeps the prepared clips' residue, so
/// joined tracks join into `ballot.mp3` with exact gaps too.
pub fn join_phrases(clips: &[(&[u8], usize)]) -> (Vec<u8>, usize) {
    join_with(clips, 0)
}

/// Where each clip's frames start in [`join_phrases`]' result, in bytes: each
/// clip is there whole and unchanged (the sign-off reviews a phrase once and
/// counts it in every track joined from it).
pub fn phrase_offsets(clips: &[(&[u8], usize)]) -> Vec<usize> {
    let mut offsets = Vec::with_capacity(clips.len());
    let mut at = 0;
    for (i, &(clip, _)) in clips.iter().enumerate() {
        if i > 0 {
            at += gap_before(clips, i, 0).0 * FRAME_BYTES;
        }
        offsets.push(at);
        at += clip.len();
    }
    offsets
}

/// The silence [`join_phrases`] adds between two prepared phrases, in samples.
pub const PHRASE_JOIN_SAMPLES: usize = ENCODER_DELAY + 2 * FRAME_SAMPLES - LENGTH_RESIDUE;

fn join_with(clips: &[(&[u8], usize)], gap_samples: usize) -> (Vec<u8>, usize) {
    let (bytes, _) = join_size(clips, gap_samples);
    let mut frames = Vec::with_capacity(bytes);
    let samples = join_into(&mut frames, clips, gap_samples);
    (frames, samples)
}

/// Silent frames between clip `i - 1` and clip `i`, and the samples from the
/// one's last sample to the other's first.
fn gap_before(clips: &[(&[u8], usize)], i: usize, gap_samples: usize) -> (usize, usize) {
    let (_, previous) = clips[i - 1];
    // Exact for prepared clips; for any other length, the silence
    // counted is still the silence there, so the Info frame stays true.
    let between = ENCODER_DELAY + encoder_padding(previous);
    let silent = gap_samples.saturating_sub(between) / FRAME_SAMPLES;
    (silent, between + silent * FRAME_SAMPLES)
}

/// Bytes and samples of a join, without making it.
fn join_size(clips: &[(&[u8], usize)], gap_samples: usize) -> (usize, usize) {
    let (mut bytes, mut samples) = (0, 0);
    for (i, &(clip, clip_samples)) in clips.iter().enumerate() {
        if i > 0 {
            let (silent, gap) = gap_before(clips, i, gap_samples);
            bytes += silent * FRAME_BYTES;
            samples += gap;
        }
        bytes += clip.len();
        samples += clip_samples;
    }
    (bytes, samples)
}

/// Appends the join to `out`; returns the samples it decodes to.
fn join_into(out: &mut Vec<u8>, clips: &[(&[u8], usize)], gap_samples: usize) -> usize {
    let mut samples = 0;
    let silence = silent_frame();
    for (i, &(clip, clip_samples)) in clips.iter().enumerate() {
        if i > 0 {
            let (silent, gap) = gap_before(clips, i, gap_samples);
            for _ in 0..silent {
                out.extend_from_slice(&silence);
            }
            samples += gap;
        }
        out.extend_from_slice(clip);
        samples += clip_samples;
    }
    samples
}

#[cfg(test)]
mod tests {
    //! Frame arithmetic against LAME itself: the padding it adds, the header
    //! it writes, and the exact gaps of joined clips.

    use super::*;

    fn tone(samples: usize) -> Vec<i16> {
        (0..samples).map(|i| ((i as f64 * 0.06).sin() * 6000.0) as i16).collect()
    }

    #[test]
    fn padding_and_header_are_what_lame_writes() {
        for n in [1, 575, 576, 577, 5_000, 17_856, 22_050] {
            let frames = mp3(&tone(n)).unwrap();
            assert_eq!(frame_count(&frames) * FRAME_SAMPLES, ENCODER_DELAY + n + encoder_padding(n), "{n} samples");
            assert_eq!(frames[..2], FRAME_HEADER[..2]);
            assert_eq!(frames[2] & !0x02, FRAME_HEADER[2], "{n}: same bit rate and rate, padding bit aside");
            assert_eq!(frames[3], FRAME_HEADER[3]);
        }
    }

    #[test]
    fn prepared_clips_keep_their_tail_and_join_with_exact_gaps() {
        let clips: Vec<Vec<i16>> = [3_000, 20_000, 30_001].into_iter().map(|n| prepare(&tone(n)).0).collect();
        for (clip, n) in clips.iter().zip([3_000, 20_000, 30_001]) {
            assert_eq!(clip.len() % FRAME_SAMPLES, LENGTH_RESIDUE);
            assert!(clip.len() >= n + silence(TAIL_SECONDS).len() && clip.len() < n + silence(TAIL_SECONDS).len() + FRAME_SAMPLES);
        }
        let encoded: Vec<Vec<u8>> = clips.iter().map(|c| mp3(c).unwrap()).collect();
        let parts: Vec<(&[u8], usize)> = encoded.iter().zip(&clips).map(|(e, c)| (e.as_slice(), c.len())).collect();
        let (joined, samples) = join(&parts);
        assert_eq!(samples, clips.iter().map(Vec::len).sum::<usize>() + 2 * GAP_SAMPLES);
        // Phrases joined tightly keep the residue: the joined track joins exactly again.
        let (phrases, phrase_samples) = join_phrases(&parts);
        assert_eq!(phrase_samples, clips.iter().map(Vec::len).sum::<usize>() + 2 * PHRASE_JOIN_SAMPLES);
        assert_eq!(phrase_samples % FRAME_SAMPLES, LENGTH_RESIDUE);
        assert_eq!(frame_count(&phrases) * FRAME_SAMPLES, ENCODER_DELAY + phrase_samples + encoder_padding(phrase_samples));
        // Each phrase lies in the joined track whole, where its offset says.
        let offsets = phrase_offsets(&parts);
        for (&at, (clip, _)) in offsets.iter().zip(&parts) {
            assert_eq!(&phrases[at..at + clip.len()], *clip);
        }
        assert!(offsets.windows(2).all(|w| w[0] < w[1]) && offsets[0] == 0);
        let (_, twice) = join(&[(phrases.as_slice(), phrase_samples), (phrases.as_slice(), phrase_samples)]);
        assert_eq!(twice, 2 * phrase_samples + GAP_SAMPLES);
        assert_eq!(GAP_SAMPLES as f64, GAP_SECONDS * f64::from(SAMPLE_RATE));
        // The joined frames hold exactly that, and the last clip's own padding.
        assert_eq!(frame_count(&joined) * FRAME_SAMPLES, ENCODER_DELAY + samples + encoder_padding(clips[2].len()));
    }

    #[test]
    fn the_info_frame_carries_counts_delay_padding_and_checksums() {
        let (samples, _) = prepare(&tone(10_000));
        let frames = mp3(&samples).unwrap();
        let stream = with_info_frame(&frames, samples.len());
        let (info, audio) = stream.split_at(FRAME_BYTES);
        assert_eq!(audio, frames.as_slice());
        assert_eq!(&info[13..17], b"Info");
        let be32 = |at: usize| u32::from_be_bytes(info[at..at + 4].try_into().unwrap()) as usize;
        assert_eq!(be32(21), frame_count(&frames));
        assert_eq!(be32(25), stream.len());
        assert_eq!(&info[33..42], b"LAME3.100");
        let delay = (usize::from(info[54]) << 4) | usize::from(info[55] >> 4);
        let padding = (usize::from(info[55] & 0x0F) << 8) | usize::from(info[56]);
        assert_eq!((delay, padding), (ENCODER_DELAY, encoder_padding(samples.len())));
        assert_eq!(be32(61), stream.len());
        assert_eq!(u16::from_be_bytes([info[65], info[66]]), crc16(&frames));
        assert_eq!(u16::from_be_bytes([info[67], info[68]]), crc16(&info[..67]));
        // CRC-16/ARC's check value.
        assert_eq!(crc16(b"123456789"), 0xBB3D);
    }

    #[test]
    fn whole_files_are_built_in_place_as_tag_info_frame_and_frames() {
        let clips: Vec<Vec<i16>> = [4_000, 9_000].into_iter().map(|n| prepare(&tone(n)).0).collect();
        let encoded: Vec<Vec<u8>> = clips.iter().map(|c| mp3(c).unwrap()).collect();
        let tags = |samples: usize| Tags { title: "Бюллетень".into(), album: "a".into(), artist: "b".into(), track: Some((1, 2)), language: "kaz", length_ms: samples as u64 };
        let one = mp3_file(&tags(clips[0].len()), &encoded[0], clips[0].len());
        let mut expected = id3v23(&tags(clips[0].len()));
        expected.extend(with_info_frame(&encoded[0], clips[0].len()));
        assert_eq!(one, expected);
        let frames_of = |file: &[u8], frames: usize| file[file.len() - frames..].to_vec();
        assert_eq!(frames_of(&one, encoded[0].len()), encoded[0]);
        // ballot.mp3 from the track files' frames: the same bytes as joining first.
        let two = mp3_file(&tags(clips[1].len()), &encoded[1], clips[1].len());
        let (one, two) = (frames_of(&one, encoded[0].len()), frames_of(&two, encoded[1].len()));
        let parts = [(one.as_slice(), clips[0].len()), (two.as_slice(), clips[1].len())];
        let (frames, samples) = join(&parts);
        let mut expected = id3v23(&tags(samples));
        expected.extend(with_info_frame(&frames, samples));
        let whole = joined_file(&parts, tags);
        assert_eq!(whole, expected);
        assert_eq!(whole.capacity(), whole.len(), "built in a buffer of its final size");
    }

}
