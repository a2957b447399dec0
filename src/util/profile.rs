//! Where a build's time goes, by stage: the CPU seconds each thread spent in
//! each stage (exclusive of the stages nested in it), and the seconds threads
//! spent waiting (on a speech worker, on the disk). Cheap enough to be always
//! on (two clock reads per stage entered); read by `bench/run` through
//! `BALLOT_ACCESS_PROFILE`.

use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};

/// A stage of the build.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(usize)]
pub enum Stage {
    /// Reading and validating the definitions.
    Load,
    /// Braille translation and back-translation (liblouis).
    Braille,
    /// The stencil's layout, PDF, SVG and registration proof.
    Stencil,
    /// The overlay's layout and PDF.
    Overlay,
    /// Large print: layout and PDF.
    LargePrint,
    /// Embosser files (PEF, BRF).
    Embosser,
    /// PNG previews (every material's).
    Previews,
    /// Audio: scripts, track files, `ballot.mp3`, tags, checks.
    Audio,
    /// Clip cache: reading, checking and storing `.clip` files.
    ClipCache,
    /// Loudness measurement and normalisation (EBU R128).
    Loudness,
    /// MP3 encoding (LAME).
    Lame,
    /// Writing ballot files (temporary files, `syncfs`, renames).
    Write,
    /// The election's review pages and phrase audio.
    ReviewPages,
    /// The print plan (CSV and job sheet).
    PrintPlan,
    /// The manifest.
    Manifest,
    /// Anything else on a build thread (planning, hashing inputs).
    Other,
}

impl Stage {
    /// Every stage, in report order.
    pub const ALL: [Stage; 16] = [
        Stage::Load,
        Stage::Braille,
        Stage::Stencil,
        Stage::Overlay,
        Stage::LargePrint,
        Stage::Embosser,
        Stage::Previews,
        Stage::Audio,
        Stage::ClipCache,
        Stage::Loudness,
        Stage::Lame,
        Stage::Write,
        Stage::ReviewPages,
        Stage::PrintPlan,
        Stage::Manifest,
        Stage::Other,
    ];

    /// The stage's name in reports.
    pub fn name(self) -> &'static str {
        match self {
            Stage::Load => "load and validate",
            Stage::Braille => "braille (liblouis)",
            Stage::Stencil => "stencil (layout, PDF, SVG, proof)",
            Stage::Overlay => "overlay (layout, PDF)",
            Stage::LargePrint => "large print (layout, PDF)",
            Stage::Embosser => "embosser files (PEF, BRF)",
            Stage::Previews => "PNG previews",
            Stage::Audio => "audio (tracks, ballot.mp3, tags, checks)",
            Stage::ClipCache => "clip cache",
            Stage::Loudness => "loudness (EBU R128)",
            Stage::Lame => "MP3 encoding (LAME)",
            Stage::Write => "writing ballot files",
            Stage::ReviewPages => "review pages",
            Stage::PrintPlan => "print plan",
            Stage::Manifest => "manifest",
            Stage::Other => "other",
        }
    }
}

const STAGES: usize = Stage::ALL.len();

/// Totals by stage.
struct Counters {
    cpu_ns: [AtomicU64; STAGES],
    wall_ns: [AtomicU64; STAGES],
}

impl Counters {
    const fn new() -> Counters {
        Counters { cpu_ns: [const { AtomicU64::new(0) }; STAGES], wall_ns: [const { AtomicU64::new(0) }; STAGES] }
    }

    fn totals(&self) -> Vec<StageTotal> {
        Stage::ALL
            .iter()
            .map(|&stage| StageTotal {
                stage,
                cpu_seconds: self.cpu_ns[stage as usize].load(Ordering::Relaxed) as f64 / 1e9,
                wall_seconds: self.wall_ns[stage as usize].load(Ordering::Relaxed) as f64 / 1e9,
            })
            .collect()
    }
}

/// The build's totals.
static BUILD: Counters = Counters::new();
/// Nanoseconds build threads waited for speech workers.
static SPEECH_WAIT_NS: AtomicU64 = AtomicU64::new(0);

thread_local! {
    /// Stages open on this thread: (stage, CPU at entry, CPU of nested stages).
    static OPEN: RefCell<Vec<(Stage, u64, u64)>> = const { RefCell::new(Vec::new()) };
}

fn thread_cpu_ns() -> u64 {
    #[cfg(unix)]
    {
        let t = rustix::time::clock_gettime(rustix::time::ClockId::ThreadCPUTime);
        (t.tv_sec as u64).saturating_mul(1_000_000_000).saturating_add(t.tv_nsec as u64)
    }
    #[cfg(not(unix))]
    {
        0
    }
}

/// A stage entered on this thread; left when dropped.
#[must_use = "the stage ends when this is dropped"]
pub struct Entered {
    stage: Stage,
    into: &'static Counters,
    wall: std::time::Instant,
}

/// Enters `stage` on this thread until the returned guard is dropped. Its CPU
/// time is counted without that of stages entered inside it.
pub fn enter(stage: Stage) -> Entered {
    enter_into(&BUILD, stage)
}

fn enter_into(into: &'static Counters, stage: Stage) -> Entered {
    OPEN.with(|open| open.borrow_mut().push((stage, thread_cpu_ns(), 0)));
    Entered { stage, into, wall: std::time::Instant::now() }
}

/// Runs `f` in `stage`.
pub fn measure<T>(stage: Stage, f: impl FnOnce() -> T) -> T {
    let _entered = enter(stage);
    f()
}

impl Drop for Entered {
    fn drop(&mut self) {
        let now = thread_cpu_ns();
        let wall = self.wall.elapsed().as_nanos() as u64;
        OPEN.with(|open| {
            let mut open = open.borrow_mut();
            let Some((stage, start, nested)) = open.pop() else { return };
            debug_assert_eq!(stage, self.stage, "stages are left in the order entered");
            let spent = now.saturating_sub(start);
            self.into.cpu_ns[stage as usize].fetch_add(spent.saturating_sub(nested), Ordering::Relaxed);
            self.into.wall_ns[stage as usize].fetch_add(wall, Ordering::Relaxed);
            if let Some(parent) = open.last_mut() {
                parent.2 += spent;
            }
        });
    }
}

/// Counts time a build thread waited for a speech worker's answer.
pub fn waited_for_speech(waited: std::time::Duration) {
    SPEECH_WAIT_NS.fetch_add(waited.as_nanos() as u64, Ordering::Relaxed);
}

/// One stage's totals.
#[derive(Clone, Copy, Debug)]
pub struct StageTotal {
    /// The stage.
    pub stage: Stage,
    /// CPU seconds spent in it (all threads; nested stages excluded).
    pub cpu_seconds: f64,
    /// Wall seconds spent in it, summed over threads (nested stages included).
    pub wall_seconds: f64,
}

/// The totals at one moment ([`totals`]), to take a later one's share from.
pub type Snapshot = (Vec<StageTotal>, f64);

/// What was spent since `before`: one build's share of a process that runs
/// several (the counters are the process's; builds at once share them).
pub fn since(before: &Snapshot) -> Snapshot {
    let (now, waited) = totals();
    let stages = now
        .into_iter()
        .zip(&before.0)
        .map(|(n, b)| StageTotal { stage: n.stage, cpu_seconds: n.cpu_seconds - b.cpu_seconds, wall_seconds: n.wall_seconds - b.wall_seconds })
        .collect();
    (stages, waited - before.1)
}

/// What the build's threads spent so far, by stage, and the seconds they
/// waited for speech workers.
pub fn totals() -> (Vec<StageTotal>, f64) {
    (BUILD.totals(), SPEECH_WAIT_NS.load(Ordering::Relaxed) as f64 / 1e9)
}

#[cfg(test)]
mod tests {
    use super::{enter_into, Counters, Stage};

    /// Computes until this thread has had `ms` of CPU (a loaded machine
    /// stretches the wall time, not this).
    fn spin(ms: u64) {
        let start = super::thread_cpu_ns();
        let mut x = 0u64;
        while super::thread_cpu_ns() - start < ms * 1_000_000 {
            x = std::hint::black_box(x.wrapping_add(1));
        }
    }

    #[test]
    fn nested_stages_count_apart_from_their_parent() {
        static COUNTERS: Counters = Counters::new();
        {
            let _outer = enter_into(&COUNTERS, Stage::Manifest);
            spin(40);
            let _inner = enter_into(&COUNTERS, Stage::PrintPlan);
            spin(80);
        }
        let cpu = |stage: Stage| COUNTERS.totals().iter().find(|t| t.stage == stage).unwrap().cpu_seconds;
        let (manifest, plan) = (cpu(Stage::Manifest), cpu(Stage::PrintPlan));
        assert!(plan >= 0.08 && manifest >= 0.04, "plan {plan}, manifest {manifest}");
        // The nested stage's 80 ms are not its parent's too.
        assert!(manifest < 0.07, "plan {plan}, manifest {manifest}");
    }

    #[test]
    fn a_builds_share_leaves_out_what_came_before() {
        let before = super::totals();
        {
            let _stage = super::enter(Stage::Embosser);
            spin(30);
        }
        let cpu = |totals: &super::Snapshot| totals.0.iter().find(|t| t.stage == Stage::Embosser).unwrap().cpu_seconds;
        let share = super::since(&before);
        // Other tests may add to the process's counters meanwhile, never take away.
        assert!(cpu(&share) >= 0.03 && cpu(&share) <= cpu(&super::totals()), "{share:?}");
    }
}
