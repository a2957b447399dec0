//! MP3 encoding with LAME (through `mp3lame-encoder`): the settings every
//! clip is encoded with, and nothing else.

use std::num::NonZeroU32;

use mp3lame_encoder::{Bitrate, Builder, FlushGap, Mode, MonoPcm, Quality};

use super::error::EncoderStep;
use super::pcm::SAMPLE_RATE;

/// Encodes mono samples at [`SAMPLE_RATE`] as MP3 frames, the last one
/// flushed whole (no tags).
pub fn mp3(samples: &[i16]) -> Result<Vec<u8>, super::SpeechError> {
    let _stage = crate::util::profile::enter(crate::util::profile::Stage::Lame);
    let fail = |step: EncoderStep, e: &dyn std::fmt::Debug| super::SpeechError::Encoder { step, cause: format!("{e:?}") };
    let mut builder = Builder::new().ok_or(super::SpeechError::Encoder { step: EncoderStep::Start, cause: "LAME could not start".into() })?;
    builder.set_num_channels(1).map_err(|e| fail(EncoderStep::Channels, &e))?;
    builder.set_sample_rate(SAMPLE_RATE).map_err(|e| fail(EncoderStep::SampleRate, &e))?;
    builder.set_output_sample_rate(NonZeroU32::new(SAMPLE_RATE)).map_err(|e| fail(EncoderStep::OutputRate, &e))?;
    builder.set_brate(Bitrate::Kbps40).map_err(|e| fail(EncoderStep::BitRate, &e))?;
    builder.set_mode(Mode::Mono).map_err(|e| fail(EncoderStep::Mode, &e))?;
    // LAME's -q 7: twice as fast as -q 6; at 40 kbps speech the difference is
    // below what the bit rate allows anyway.
    builder.set_quality(Quality::Ok).map_err(|e| fail(EncoderStep::Quality, &e))?;
    // LAME leaves its Info frame out at this bit rate (a 130-byte frame cannot
    // hold its table of contents); `with_info_frame` writes one without it.
    builder.set_to_write_vbr_tag(false).map_err(|e| fail(EncoderStep::VbrTag, &e))?;
    let mut encoder = builder.build().map_err(|e| fail(EncoderStep::Build, &e))?;
    let mut out = Vec::with_capacity(mp3lame_encoder::max_required_buffer_size(samples.len()) + 7200);
    encoder.encode_to_vec(MonoPcm(samples), &mut out).map_err(|e| fail(EncoderStep::Encode, &e))?;
    // A full flush: the no-gap flush left the last partial frame unwritten,
    // cutting 60-80 ms off the end of every track.
    encoder.flush_to_vec::<FlushGap>(&mut out).map_err(|e| fail(EncoderStep::Flush, &e))?;
    // LAME's worst-case buffer is several times the stream; clips are kept in memory.
    out.shrink_to_fit();
    Ok(out)
}
