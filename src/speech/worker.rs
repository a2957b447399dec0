//! Synthesis in worker processes: the binary started again in its hidden
//! `synth-worker` mode, one voice per worker, speaking phrases it reads on
//! stdin and answering with samples on stdout.
//!
//! espeak-ng is one global engine per process, so parallel synthesis needs
//! processes; each worker forks a child per phrase from its freshly loaded
//! engine (see [`espeak::synthesize_forked`]), so a phrase's samples are the
//! same whichever worker speaks it, in whatever order, with any `--jobs`.
//!
//! Protocol, little-endian: the worker greets with `GREETING` and an answer
//! (empty when its voice loaded, else the error); then request `rate: u32, len: u32, text: [u8; len]`;
//! answer `ok: u8, len: u32, payload` where the payload is i16 samples when
//! ok is 1 and a [`SpeechError`] as JSON when it is 0.

use std::collections::HashMap;
use std::io::{BufReader, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::{Mutex, OnceLock};

use super::espeak::{self, Speech};
use super::SpeechError;

/// The hidden subcommand that runs a worker.
pub const SUBCOMMAND: &str = "synth-worker";

/// The worker's first bytes, so a wrong program is reported as such.
const GREETING: &[u8; 4] = b"BAW1";

/// Longest phrase accepted, bytes (a ballot's longest track is a few KiB).
const MAX_TEXT: u32 = 1 << 20;

static PROGRAM: OnceLock<PathBuf> = OnceLock::new();

/// Sets the program started as a worker (default: this executable). Tests
/// that use the library set it to the `ballot-access` binary.
pub fn set_program(path: PathBuf) {
    let _ = PROGRAM.set(path);
}

fn program() -> Result<PathBuf, SpeechError> {
    match PROGRAM.get() {
        Some(path) => Ok(path.clone()),
        None => std::env::current_exe().map_err(|e| SpeechError::ProgramUnknown { cause: e.to_string() }),
    }
}

/// A running worker.
struct Worker {
    child: Child,
    input: BufWriter<ChildStdin>,
    output: BufReader<ChildStdout>,
}

impl Worker {
    fn start(voice: &str) -> Result<Worker, SpeechError> {
        let program = program()?;
        let mut child = Command::new(&program)
            .arg(SUBCOMMAND)
            .arg(voice)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| SpeechError::WorkerStart { program: program.display().to_string(), cause: e.to_string() })?;
        let input = BufWriter::new(child.stdin.take().expect("piped"));
        let output = BufReader::new(child.stdout.take().expect("piped"));
        let mut worker = Worker { child, input, output };
        let not_worker = || SpeechError::NotAWorker { program: program.display().to_string() };
        let mut greeting = [0u8; 4];
        worker.output.read_exact(&mut greeting).map_err(|_| not_worker())?;
        if &greeting != GREETING {
            return Err(not_worker());
        }
        worker.answer(voice).map_err(|_| not_worker())??;
        Ok(worker)
    }

    /// Reads one answer: the payload, or the worker's error.
    fn answer(&mut self, voice: &str) -> std::io::Result<Result<Vec<u8>, SpeechError>> {
        let mut ok = [0u8; 1];
        self.output.read_exact(&mut ok)?;
        let payload = read_block(&mut self.output)?;
        Ok(if ok[0] == 1 { Ok(payload) } else { Err(SpeechError::from_wire(&payload, voice)) })
    }

    fn speak(&mut self, voice: &str, text: &str, rate_wpm: u32) -> Result<Result<Vec<i16>, SpeechError>, std::io::Error> {
        self.input.write_all(&rate_wpm.to_le_bytes())?;
        self.input.write_all(&(text.len() as u32).to_le_bytes())?;
        self.input.write_all(text.as_bytes())?;
        self.input.flush()?;
        Ok(self.answer(voice)?.map(|payload| super::encode::pcm_samples(&payload)))
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn read_block(input: &mut impl Read) -> std::io::Result<Vec<u8>> {
    let mut len = [0u8; 4];
    input.read_exact(&mut len)?;
    let mut payload = vec![0u8; u32::from_le_bytes(len) as usize];
    input.read_exact(&mut payload)?;
    Ok(payload)
}

/// Idle workers per voice; a caller takes one (or starts one) and puts it back,
/// so there are never more workers of a voice than threads speaking at once.
fn idle() -> &'static Mutex<HashMap<String, Vec<Worker>>> {
    static IDLE: OnceLock<Mutex<HashMap<String, Vec<Worker>>>> = OnceLock::new();
    IDLE.get_or_init(|| Mutex::new(HashMap::new()))
}

/// Stops every idle speech worker, waiting for each to end, and returns the
/// CPU seconds they and the children they forked used (read from `/proc`
/// before they end; zero where there is none). Workers left to end with the
/// build's exit would be waited for by nobody, their time counted nowhere.
pub fn stop_all() -> f64 {
    let workers: Vec<Worker> = idle().lock().unwrap_or_else(|p| p.into_inner()).drain().flat_map(|(_, w)| w).collect();
    let mut seconds = 0.0;
    for worker in workers {
        seconds += cpu_seconds(worker.child.id());
        drop(worker); // killed between requests, and waited for
    }
    seconds
}

/// CPU seconds of a process and of its children it waited for.
fn cpu_seconds(pid: u32) -> f64 {
    let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else { return 0.0 };
    // Fields after the command name: utime, stime, cutime, cstime are the 12th to 15th.
    let Some((_, rest)) = stat.rsplit_once(')') else { return 0.0 };
    let ticks: u64 = rest.split_whitespace().skip(11).take(4).filter_map(|t| t.parse::<u64>().ok()).sum();
    #[cfg(unix)]
    let per_second = rustix::param::clock_ticks_per_second() as f64;
    #[cfg(not(unix))]
    let per_second = 100.0;
    ticks as f64 / per_second
}

/// Speaks `text` with `voice` at `rate_wpm` in a worker process.
pub fn synthesize(text: &str, voice: &str, rate_wpm: u32) -> Result<Speech, SpeechError> {
    if text.len() > MAX_TEXT as usize {
        return Err(SpeechError::TooLong { bytes: text.len() });
    }
    let taken = idle().lock().unwrap_or_else(|p| p.into_inner()).get_mut(voice).and_then(Vec::pop);
    let mut worker = match taken {
        Some(worker) => worker,
        None => Worker::start(voice)?,
    };
    let asked = std::time::Instant::now();
    let spoken = worker.speak(voice, text, rate_wpm);
    crate::util::profile::waited_for_speech(asked.elapsed());
    match spoken {
        // A worker whose answer was not one (not JSON) is dropped, not reused.
        Ok(Err(broken @ SpeechError::WorkerBroke { .. })) => Err(broken),
        Ok(result) => {
            idle().lock().unwrap_or_else(|p| p.into_inner()).entry(voice.to_owned()).or_default().push(worker);
            let samples = result?;
            // Workers refuse to answer at any other rate (see `serve`).
            Ok(Speech { sample_rate: super::encode::SAMPLE_RATE, samples })
        }
        // A worker that broke the protocol (crashed, killed) is dropped, not reused.
        Err(error) => Err(SpeechError::WorkerBroke { voice: voice.to_owned(), cause: error.to_string() }),
    }
}

/// The worker's main loop: load `voice`, then answer requests until stdin closes.
pub fn serve(voice: &str) -> i32 {
    let mut input = BufReader::new(std::io::stdin().lock());
    let mut output = BufWriter::new(std::io::stdout().lock());
    let loaded = espeak::load_voice_for_forking(voice);
    let (ok, message) = match &loaded {
        Ok(()) => (1u8, Vec::new()),
        Err(error) => (0u8, error.to_wire()),
    };
    let greeted = output.write_all(GREETING).and_then(|()| write_answer(&mut output, ok, &message));
    if greeted.is_err() || loaded.is_err() {
        return 1;
    }
    loop {
        let mut rate = [0u8; 4];
        match input.read_exact(&mut rate) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return 0,
            Err(_) => return 1,
        }
        let mut len = [0u8; 4];
        if input.read_exact(&mut len).is_err() || u32::from_le_bytes(len) > MAX_TEXT {
            return 1;
        }
        let mut text = vec![0u8; u32::from_le_bytes(len) as usize];
        if input.read_exact(&mut text).is_err() {
            return 1;
        }
        let answer = match String::from_utf8(text) {
            Ok(text) => espeak::synthesize_forked(&text, u32::from_le_bytes(rate)),
            Err(_) => Err(SpeechError::NotUtf8),
        };
        let (ok, payload): (u8, Vec<u8>) = match answer {
            Ok(speech) if speech.sample_rate != super::encode::SAMPLE_RATE => {
                (0, SpeechError::SampleRate { rate: speech.sample_rate, expected: super::encode::SAMPLE_RATE }.to_wire())
            }
            Ok(speech) => (1, super::encode::pcm_bytes(&speech.samples)),
            Err(error) => (0, error.to_wire()),
        };
        if write_answer(&mut output, ok, &payload).is_err() {
            return 1;
        }
    }
}

fn write_answer(output: &mut impl Write, ok: u8, payload: &[u8]) -> std::io::Result<()> {
    output.write_all(&[ok])?;
    output.write_all(&(payload.len() as u32).to_le_bytes())?;
    output.write_all(payload)?;
    output.flush()
}
