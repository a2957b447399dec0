//! Loading and validating a definition; rendering whatever validates.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| ballot_access::dev::fuzzing::definition(data));
