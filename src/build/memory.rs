//! Giving freed memory back to the system.
//!
//! glibc keeps memory a program frees for its next allocations, in one heap
//! per thread. A build frees a ballot's files (megabytes of audio) and its
//! model once they are written; kept, those pages would stay counted against
//! the build, more of them the more ballots, long after they were used.

#![allow(unsafe_code)]

/// Returns the freed memory of every heap to the system (whole free pages only;
/// nothing in use moves). A no-op where the C library is not glibc.
pub(crate) fn release_freed() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        extern "C" {
            fn malloc_trim(pad: usize) -> i32;
        }
        // SAFETY: malloc_trim takes no pointers and only releases free pages;
        // glibc locks each heap while it walks it, so any thread may call it.
        unsafe {
            malloc_trim(0);
        }
    }
}

/// Keeps glibc to one heap per core, however many threads allocate. By default glibc makes up to eight
/// heaps per core, one for each new thread that finds the others busy; what
/// one thread frees stays in its own heap, unused by the others. The
/// country's records (manifest, review pages, print plan, made on every
/// thread) held 265 MB that way, 213 MB with a heap per core, at the same
/// speed. Called before any thread starts: heaps made before stay. A no-op
/// where the C library is not glibc.
pub(crate) fn one_heap_per_core() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        extern "C" {
            fn mallopt(param: i32, value: i32) -> i32;
        }
        /// glibc's `M_ARENA_MAX` (malloc.h).
        const M_ARENA_MAX: i32 = -8;
        let cores = std::thread::available_parallelism().map_or(2, |n| n.get()).clamp(2, 64) as i32;
        // SAFETY: mallopt takes two integers and only changes a limit glibc
        // reads when a thread first needs a heap.
        unsafe {
            mallopt(M_ARENA_MAX, cores);
        }
    }
}

/// Bytes freed since the heaps were last given back.
static FREED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Gives the heaps back after about this many bytes of files were freed:
/// after every ballot it would cost a tenth of a warm build's time in page
/// faults; this often keeps the peak within a few large ballots of what is used.
const RELEASE_EVERY_BYTES: usize = 32 << 20;

/// Notes that a ballot's files (`bytes` in all) were written and freed, and
/// gives freed memory back once enough has piled up.
pub(crate) fn freed(bytes: usize) {
    if add_freed(&FREED, bytes) {
        release_freed();
    }
}

/// Adds to `counter`; true (and the counter reset) when it reached
/// [`RELEASE_EVERY_BYTES`]. Of threads adding at once, one resets it.
fn add_freed(counter: &std::sync::atomic::AtomicUsize, bytes: usize) -> bool {
    use std::sync::atomic::Ordering;
    let total = counter.fetch_add(bytes, Ordering::Relaxed) + bytes;
    total >= RELEASE_EVERY_BYTES && counter.compare_exchange(total, 0, Ordering::Relaxed, Ordering::Relaxed).is_ok()
}

#[cfg(test)]
mod tests {
    #[test]
    fn freed_bytes_pile_up_until_the_heaps_are_given_back() {
        let counter = std::sync::atomic::AtomicUsize::new(0);
        let step = super::RELEASE_EVERY_BYTES / 4;
        let released: Vec<bool> = (0..8).map(|_| super::add_freed(&counter, step)).collect();
        assert_eq!(released, [false, false, false, true, false, false, false, true]);
        assert_eq!(counter.into_inner(), 0);
        super::release_freed(); // and giving back is harmless at any time
    }
}
