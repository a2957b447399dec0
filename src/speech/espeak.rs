//! The one place that calls espeak-ng (through `espeakng-sys`): synthesis into
//! memory with `AUDIO_OUTPUT_SYNCHRONOUS` and a synth callback, and text to
//! phonemes. espeak-ng has one global engine per process and crashes when two
//! threads use it, so every call holds one process-wide lock; parallel
//! synthesis needs separate processes (see `worker`).
//!
//! espeak-ng 1.51 also carries state from one phrase to the next (pitch
//! flutter and gain in wavegen.c), so the same text gives slightly different
//! samples after different phrases. [`synthesize_forked`] speaks each phrase in
//! a forked child of a freshly initialised engine, so a phrase's samples
//! depend on nothing but its text, voice and rate.
#![allow(unsafe_code)]

use std::cell::RefCell;
use std::ffi::{c_char, c_int, c_short, c_uint, c_void, CStr, CString};
use std::sync::{Mutex, MutexGuard};

use espeakng_sys as sys;

use super::error::SpeechError;

/// The engine state behind the lock: the sample rate once initialised.
struct Engine {
    sample_rate: Option<Result<u32, SpeechError>>,
    /// The voice selected last.
    voice: Option<String>,
}

static ENGINE: Mutex<Engine> = Mutex::new(Engine { sample_rate: None, voice: None });

thread_local! {
    /// Samples delivered by the callback during the current synthesis.
    static SAMPLES: RefCell<Vec<i16>> = const { RefCell::new(Vec::new()) };
}

/// Receives audio from espeak-ng; runs on the calling thread in synchronous mode.
unsafe extern "C" fn on_samples(wav: *mut c_short, count: c_int, _events: *mut sys::espeak_EVENT) -> c_int {
    if !wav.is_null() && count > 0 {
        // SAFETY: espeak-ng passes `count` valid samples at `wav` for the duration of the call.
        let samples = unsafe { std::slice::from_raw_parts(wav, count as usize) };
        SAMPLES.with(|s| s.borrow_mut().extend_from_slice(samples));
    }
    0
}

/// Locks the engine and initialises it on first use; returns the guard and sample rate.
fn engine() -> Result<(MutexGuard<'static, Engine>, u32), SpeechError> {
    let mut guard = ENGINE.lock().unwrap_or_else(|p| p.into_inner());
    if guard.sample_rate.is_none() {
        // SAFETY: called once, under the lock; a null path means espeak-ng's default data folder.
        let rate = unsafe {
            sys::espeak_Initialize(
                sys::espeak_AUDIO_OUTPUT_AUDIO_OUTPUT_SYNCHRONOUS,
                0,
                std::ptr::null(),
                sys::espeakINITIALIZE_DONT_EXIT as c_int,
            )
        };
        let result = if rate > 0 {
            // SAFETY: registers a callback with the signature espeak-ng expects.
            unsafe { sys::espeak_SetSynthCallback(Some(on_samples)) };
            Ok(rate as u32)
        } else {
            Err(SpeechError::EngineStart)
        };
        guard.sample_rate = Some(result);
    }
    let rate = guard.sample_rate.clone().expect("set above")?;
    Ok((guard, rate))
}

fn select_voice(engine: &mut Engine, voice: &str) -> Result<(), SpeechError> {
    let name = CString::new(voice).map_err(|_| SpeechError::NoVoice { voice: voice.to_owned() })?;
    engine.voice = None;
    // SAFETY: name is NUL-terminated; the caller holds the engine lock (`engine`).
    let status = unsafe { sys::espeak_SetVoiceByName(name.as_ptr()) };
    if status == sys::espeak_ERROR_EE_OK {
        engine.voice = Some(voice.to_owned());
        Ok(())
    } else {
        Err(SpeechError::NoVoice { voice: voice.to_owned() })
    }
}

/// Synthesised speech: mono 16-bit samples.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speech {
    /// Samples per second.
    pub sample_rate: u32,
    /// The samples.
    pub samples: Vec<i16>,
}

/// Speaks `text` with `voice` at `rate_wpm` words per minute.
pub fn synthesize(text: &str, voice: &str, rate_wpm: u32) -> Result<Speech, SpeechError> {
    let text_c = CString::new(text).map_err(|_| SpeechError::NulInText)?;
    let (mut guard, sample_rate) = engine()?;
    select_voice(&mut guard, voice)?;
    let samples = speak_with_loaded_voice(&text_c, rate_wpm)?;
    Ok(Speech { sample_rate, samples })
}

/// Speaks with the voice already selected, collecting the samples. The caller
/// holds the engine lock, or is a forked child that alone uses the engine.
fn speak_with_loaded_voice(text_c: &CString, rate_wpm: u32) -> Result<Vec<i16>, SpeechError> {
    SAMPLES.with(|s| s.borrow_mut().clear());
    let rate = rate_wpm.clamp(80, 450) as c_int;
    // SAFETY: the engine is initialised and not used elsewhere meanwhile; text_c lives
    // through the synchronous call, its size includes the NUL, null identifiers are allowed.
    let status = unsafe {
        sys::espeak_SetParameter(sys::espeak_PARAMETER_espeakRATE, rate, 0);
        let status = sys::espeak_Synth(
            text_c.as_ptr().cast::<c_void>(),
            text_c.as_bytes_with_nul().len(),
            0,
            sys::espeak_POSITION_TYPE_POS_CHARACTER,
            0,
            sys::espeakCHARS_UTF8 as c_uint,
            std::ptr::null_mut(),
            std::ptr::null_mut(),
        );
        // No espeak_Synchronize: in synchronous mode Synth returns when done, and
        // Synchronize would take the fifo thread's mutex (unsafe in a forked child).
        status
    };
    let samples = SAMPLES.with(|s| std::mem::take(&mut *s.borrow_mut()));
    if status != sys::espeak_ERROR_EE_OK {
        return Err(SpeechError::SpeakFailed { status });
    }
    Ok(samples)
}

/// The phonemes espeak-ng would speak for `text` with `voice` (empty when it would say nothing).
pub fn phonemes(text: &str, voice: &str) -> Result<String, SpeechError> {
    let text_c = CString::new(text).map_err(|_| SpeechError::NulInText)?;
    let (mut guard, _) = engine()?;
    // Selected again only when another voice was used since: espeak-ng 1.51
    // keeps about 13 KB at every selection, which adds up over an election.
    if guard.voice.as_deref() != Some(voice) {
        select_voice(&mut guard, voice)?;
    }
    let mut out = String::new();
    let mut position: *const c_void = text_c.as_ptr().cast();
    while !position.is_null() {
        // SAFETY: position points into text_c (or is advanced by espeak-ng within it, or set
        // to null at the end); the returned string is valid until the next call.
        let result = unsafe { sys::espeak_TextToPhonemes(&mut position, sys::espeakCHARS_UTF8 as c_int, 0) };
        if result.is_null() {
            break;
        }
        // SAFETY: non-null results are NUL-terminated strings owned by espeak-ng.
        out.push_str(&unsafe { CStr::from_ptr(result) }.to_string_lossy());
    }
    Ok(out.trim().to_owned())
}

/// The espeak-ng version and its data folder.
pub fn version() -> Result<(String, String), SpeechError> {
    let (_guard, _) = engine()?;
    let mut data: *const c_char = std::ptr::null();
    // SAFETY: espeak_Info returns a static version string and sets `data` to a static path.
    let version = unsafe { sys::espeak_Info(&mut data) };
    // SAFETY: both pointers are null or point to static NUL-terminated strings (above).
    let text = |p: *const c_char| if p.is_null() { String::new() } else { unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned() };
    Ok((text(version), text(data)))
}

/// Starts the engine and loads `voice`.
pub fn load_voice(voice: &str) -> Result<(), SpeechError> {
    let (mut guard, _) = engine()?;
    select_voice(&mut guard, voice)
}

/// How many threads this process has.
fn thread_count() -> Option<usize> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status.lines().find_map(|l| l.strip_prefix("Threads:")).and_then(|n| n.trim().parse().ok())
}

/// The thread count right after [`load_voice_for_forking`] started the engine
/// in a single-threaded process: the main thread plus espeak-ng's own (its
/// idle fifo thread, blocked on a condition variable and never used in
/// synchronous mode).
static THREADS_AFTER_LOAD: std::sync::OnceLock<usize> = std::sync::OnceLock::new();

/// Starts the engine and loads `voice` in a process that must still be
/// single-threaded, ready for [`synthesize_forked`]; records which threads
/// exist afterwards (espeak-ng's own), the only ones forking may leave behind.
pub fn load_voice_for_forking(voice: &str) -> Result<(), SpeechError> {
    if thread_count() != Some(1) {
        return Err(SpeechError::NotSingleThreaded);
    }
    load_voice(voice)?;
    // Threads that cannot be counted cannot be shown to be espeak-ng's own alone.
    let threads = thread_count().ok_or(SpeechError::NotSingleThreaded)?;
    THREADS_AFTER_LOAD.get_or_init(|| threads);
    Ok(())
}

/// Speaks `text` at `rate_wpm` with the voice loaded by
/// [`load_voice_for_forking`], in a forked child, so the engine state of this
/// process never changes: every phrase starts from the same state. Forking is
/// sound only when no other thread can hold a lock the child needs, so this
/// refuses unless the process has exactly the threads it had right after the
/// engine started in a single-threaded process (espeak-ng's own idle one).
pub fn synthesize_forked(text: &str, rate_wpm: u32) -> Result<Speech, SpeechError> {
    use std::io::{Read, Write};
    use std::os::fd::FromRawFd;
    match THREADS_AFTER_LOAD.get() {
        Some(&expected) if thread_count() == Some(expected) => {}
        _ => return Err(SpeechError::NotSingleThreaded),
    }
    let text_c = CString::new(text).map_err(|_| SpeechError::NulInText)?;
    let (guard, sample_rate) = engine()?;
    let mut fds = [0 as c_int; 2];
    // SAFETY: fds has room for the two descriptors pipe() writes.
    if unsafe { libc::pipe(fds.as_mut_ptr()) } != 0 {
        return Err(SpeechError::System { call: "pipe".into(), cause: std::io::Error::last_os_error().to_string() });
    }
    // SAFETY: pipe() returned two open descriptors that nothing else owns.
    let (mut reader, writer) = unsafe { (std::fs::File::from_raw_fd(fds[0]), std::fs::File::from_raw_fd(fds[1])) };
    // SAFETY: the only threads besides this one are espeak-ng's own, started by
    // the engine in a single-threaded process and idle on a condition variable
    // (checked above; nothing here starts a thread), so no lock the child uses
    // (the engine's, the allocator's) can be held by another thread at the fork.
    let pid = unsafe { libc::fork() };
    if pid < 0 {
        return Err(SpeechError::System { call: "fork".into(), cause: std::io::Error::last_os_error().to_string() });
    }
    if pid == 0 {
        drop(reader);
        let status = speak_into(&text_c, rate_wpm, writer);
        // SAFETY: _exit ends the child at once, without running the parent's
        // exit handlers or flushing its copied buffers.
        unsafe { libc::_exit(status) };
    }
    drop(writer);
    drop(guard);
    let mut bytes = Vec::new();
    let read = reader.read_to_end(&mut bytes);
    let mut status: c_int = 0;
    // SAFETY: pid is our child; status is a valid out-pointer.
    while unsafe { libc::waitpid(pid, &mut status, 0) } < 0 {
        if std::io::Error::last_os_error().kind() != std::io::ErrorKind::Interrupted {
            return Err(SpeechError::System { call: "waitpid".into(), cause: std::io::Error::last_os_error().to_string() });
        }
    }
    if read.is_err() || !libc::WIFEXITED(status) || libc::WEXITSTATUS(status) != 0 || bytes.len() % 2 != 0 {
        return Err(SpeechError::ChildFailed { text: text.to_owned(), status });
    }
    return Ok(Speech { sample_rate, samples: super::encode::pcm_samples(&bytes) });

    /// The child's side: speak and write the samples; the exit status says whether it worked.
    fn speak_into(text_c: &CString, rate_wpm: u32, mut out: std::fs::File) -> c_int {
        match speak_with_loaded_voice(text_c, rate_wpm) {
            Ok(samples) => c_int::from(out.write_all(&super::encode::pcm_bytes(&samples)).is_err()),
            Err(_) => 1,
        }
    }
}
