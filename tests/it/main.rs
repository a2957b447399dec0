//! The integration tests, one binary (as ripgrep does): they run the
//! `ballot-access` program as users do and check its outputs with independent
//! tools. The examples are built once (`common::examples_out`) and shared.
//! Internals are tested by unit tests beside the code.

mod audio;
mod bad_input;
mod batch;
mod braille;
mod common;
mod crash;
mod cutting;
mod determinism;
mod election_rules;
mod environment;
mod fuzz_corpus;
mod i18n;
mod job_sheet;
mod large_print;
mod measure;
mod library;
mod package;
mod print_plan;
mod register;
mod review;
mod signoff;
mod spreadsheet_ids;
mod stencil;
mod utilisation;
