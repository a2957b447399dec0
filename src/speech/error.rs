//! Why speech could not be made: espeak-ng, the worker processes, the MP3
//! encoder. Never a problem of valid input (the validator has asked the
//! voice for every character), but of the machine or of a bug.
//!
//! The error crosses from a worker process to the build as JSON, so the
//! build reports it typed, in the user's language, with its hint.

use serde::{Deserialize, Serialize};

use crate::i18n::{Explain, Message};
use crate::msg;

/// A speech failure.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, thiserror::Error)]
#[error("{}", crate::i18n::english(self))]
pub enum SpeechError {
    /// espeak-ng did not start (its data folder is missing or damaged).
    EngineStart,
    /// espeak-ng has no voice of this name.
    NoVoice {
        /// The voice asked for.
        voice: String,
    },
    /// espeak-ng answered a phrase with an error status.
    SpeakFailed {
        /// espeak-ng's status code.
        status: i32,
    },
    /// The text holds a NUL character, which espeak-ng cannot be given.
    NulInText,
    /// The text sent to a worker is not UTF-8.
    NotUtf8,
    /// The text is longer than a worker accepts.
    TooLong {
        /// Its length in bytes.
        bytes: usize,
    },
    /// A worker must be single-threaded to fork safely (a bug).
    NotSingleThreaded,
    /// A system call the worker needs failed (`pipe`, `fork`, `waitpid`).
    System {
        /// The call.
        call: String,
        /// The operating system's words.
        cause: String,
    },
    /// The child that speaks one phrase failed.
    ChildFailed {
        /// The phrase.
        text: String,
        /// Its wait status.
        status: i32,
    },
    /// espeak-ng speaks at another sample rate than the encoder expects.
    SampleRate {
        /// What it speaks at.
        rate: u32,
        /// What is expected.
        expected: u32,
    },
    /// The program to start as a worker cannot be found.
    ProgramUnknown {
        /// The operating system's words.
        cause: String,
    },
    /// A worker could not be started.
    WorkerStart {
        /// The program.
        program: String,
        /// The operating system's words.
        cause: String,
    },
    /// The program started did not answer as a speech worker.
    NotAWorker {
        /// The program.
        program: String,
    },
    /// A worker stopped answering (crashed or was killed).
    WorkerBroke {
        /// Its voice.
        voice: String,
        /// What reading its answer said.
        cause: String,
    },
    /// LAME refused a setting or the samples.
    Encoder {
        /// The step.
        step: EncoderStep,
        /// LAME's error.
        cause: String,
    },
}

/// The step of MP3 encoding LAME failed at: a setting, or the samples.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EncoderStep {
    Start,
    Channels,
    SampleRate,
    OutputRate,
    BitRate,
    Mode,
    Quality,
    VbrTag,
    Build,
    Encode,
    Flush,
}

impl EncoderStep {
    /// The step's selector in the catalogue (`error-speech-encoder-step`).
    fn id(self) -> &'static str {
        match self {
            EncoderStep::Start => "start",
            EncoderStep::Channels => "channels",
            EncoderStep::SampleRate => "sample-rate",
            EncoderStep::OutputRate => "output-rate",
            EncoderStep::BitRate => "bit-rate",
            EncoderStep::Mode => "mode",
            EncoderStep::Quality => "quality",
            EncoderStep::VbrTag => "vbr-tag",
            EncoderStep::Build => "build",
            EncoderStep::Encode => "encode",
            EncoderStep::Flush => "flush",
        }
    }
}

impl Explain for SpeechError {
    fn message(&self) -> Message {
        match self {
            SpeechError::EngineStart => msg!("error-speech-engine-start"),
            SpeechError::NoVoice { voice } => msg!("error-speech-no-voice", voice = voice.as_str()),
            SpeechError::SpeakFailed { status } => msg!("error-speech-speak-failed", status = status.to_string()),
            SpeechError::NulInText => msg!("error-speech-nul-in-text"),
            SpeechError::NotUtf8 => msg!("error-speech-not-utf8"),
            SpeechError::TooLong { bytes } => msg!("error-speech-too-long", bytes = *bytes),
            SpeechError::NotSingleThreaded => msg!("error-speech-not-single-threaded"),
            SpeechError::System { call, cause } => msg!("error-speech-system", call = call.as_str(), cause = Message::untranslated(cause.as_str())),
            SpeechError::ChildFailed { text, status } => msg!("error-speech-child-failed", text = format!("{text:?}"), status = status.to_string()),
            SpeechError::SampleRate { rate, expected } => msg!("error-speech-sample-rate", rate = *rate, expected = *expected),
            SpeechError::ProgramUnknown { cause } => msg!("error-speech-program-unknown", cause = Message::untranslated(cause.as_str())),
            SpeechError::WorkerStart { program, cause } => msg!("error-speech-worker-start", program = program.as_str(), cause = Message::untranslated(cause.as_str())),
            SpeechError::NotAWorker { program } => msg!("error-speech-not-a-worker", program = program.as_str()),
            SpeechError::WorkerBroke { voice, cause } => msg!("error-speech-worker-broke", voice = voice.as_str(), cause = Message::untranslated(cause.as_str())),
            SpeechError::Encoder { step, cause } => {
                let step = msg!("error-speech-encoder-step", step = step.id());
                msg!("error-speech-encoder", step = crate::i18n::Arg::Message(Box::new(step)), cause = Message::untranslated(cause.as_str()))
            }
        }
    }

    fn hint(&self) -> Option<Message> {
        Some(match self {
            SpeechError::EngineStart | SpeechError::NoVoice { .. } => msg!("error-speech-install-hint"),
            SpeechError::NotAWorker { .. } => msg!("error-speech-not-a-worker-hint"),
            SpeechError::System { .. } | SpeechError::WorkerStart { .. } | SpeechError::WorkerBroke { .. } => msg!("error-speech-resources-hint"),
            SpeechError::SpeakFailed { .. } | SpeechError::ChildFailed { .. } => msg!("error-speech-phrase-hint"),
            SpeechError::NulInText
            | SpeechError::NotUtf8
            | SpeechError::TooLong { .. }
            | SpeechError::NotSingleThreaded
            | SpeechError::SampleRate { .. }
            | SpeechError::ProgramUnknown { .. }
            | SpeechError::Encoder { .. } => msg!("error-bug-hint"),
        })
    }
}

impl SpeechError {
    /// The error as a worker sends it to the build.
    pub(crate) fn to_wire(&self) -> Vec<u8> {
        serde_json::to_vec(self).unwrap_or_default()
    }

    /// An error a worker sent; bytes that are not one are the worker's own
    /// words (another program answering), kept as they are.
    pub(crate) fn from_wire(bytes: &[u8], voice: &str) -> SpeechError {
        serde_json::from_slice(bytes).unwrap_or_else(|_| SpeechError::WorkerBroke { voice: voice.to_owned(), cause: String::from_utf8_lossy(bytes).into_owned() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Locale;

    #[test]
    fn crosses_the_worker_pipe_typed() {
        let error = SpeechError::ChildFailed { text: "Сәлем".into(), status: 256 };
        assert_eq!(SpeechError::from_wire(&error.to_wire(), "kk"), error);
        let garbled = SpeechError::from_wire(b"segfault", "kk");
        assert_eq!(garbled, SpeechError::WorkerBroke { voice: "kk".into(), cause: "segfault".into() });
    }

    #[test]
    fn says_what_and_how_to_fix_in_every_language() {
        let error = SpeechError::NoVoice { voice: "kk".into() };
        assert_eq!(error.to_string(), "espeak-ng has no voice kk");
        assert!(error.hint().expect("a hint").render(Locale::En).contains("apt install espeak-ng-data"));
        for locale in [Locale::Kk, Locale::Ru] {
            let said = error.message().render(locale);
            assert!(said.contains("kk") && said != error.to_string(), "{locale:?}: {said}");
        }
    }

    #[test]
    fn the_encoder_step_is_said_in_the_language() {
        let error = SpeechError::Encoder { step: EncoderStep::SampleRate, cause: "InvalidSampleRate".into() };
        assert_eq!(SpeechError::from_wire(&error.to_wire(), "kk"), error);
        assert_eq!(error.to_string(), "the MP3 encoder failed at the sample rate: InvalidSampleRate");
        assert!(error.message().render(Locale::Ru).contains("«частота дискретизации»"), "{}", error.message().render(Locale::Ru));
        assert!(error.message().render(Locale::Kk).contains("дискреттеу жиілігі"), "{}", error.message().render(Locale::Kk));
    }
}
