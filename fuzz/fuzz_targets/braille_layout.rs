//! Braille translation and line wrapping of arbitrary text, then that text as a candidate's name.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| ballot_access::dev::fuzzing::braille_layout(data));
