//! The one place that calls liblouis: hand-written declarations of the few C
//! functions used, wrapped in safe functions. liblouis keeps global state and
//! is not thread-safe, so every call holds one process-wide lock.
#![allow(unsafe_code)]

use std::ffi::{c_char, c_int, CStr, CString};
use std::sync::{Mutex, MutexGuard};

/// liblouis's `widechar` as built by Debian (UCS-4).
type Widechar = u32;
/// liblouis's `formtype`.
type Formtype = u16;

/// `translationModes` values from liblouis.h.
pub const DOTS_IO: c_int = 4;
/// Output Unicode braille (U+2800..) in dots mode.
pub const UC_BRL: c_int = 64;
/// Produce nothing for characters the table does not define.
pub const NO_UNDEFINED: c_int = 128;

#[link(name = "louis")]
extern "C" {
    fn lou_version() -> *const c_char;
    fn lou_charSize() -> c_int;
    fn lou_checkTable(table_list: *const c_char) -> c_int;
    fn lou_translateString(
        table_list: *const c_char,
        inbuf: *const Widechar,
        inlen: *mut c_int,
        outbuf: *mut Widechar,
        outlen: *mut c_int,
        typeform: *mut Formtype,
        spacing: *mut c_char,
        mode: c_int,
    ) -> c_int;
    fn lou_backTranslateString(
        table_list: *const c_char,
        inbuf: *const Widechar,
        inlen: *mut c_int,
        outbuf: *mut Widechar,
        outlen: *mut c_int,
        typeform: *mut Formtype,
        spacing: *mut c_char,
        mode: c_int,
    ) -> c_int;
}

static LOCK: Mutex<()> = Mutex::new(());

fn lock() -> MutexGuard<'static, ()> {
    // A panic while holding the lock leaves liblouis itself consistent.
    LOCK.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// A liblouis failure: never a problem of valid input, which the validator
/// has translated already, but of the installation or of liblouis itself.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", crate::i18n::english(self))]
pub enum LouisError {
    /// liblouis was built with another `widechar` size than declared here.
    WidecharSize,
    /// A table name with a NUL character.
    TableName(String),
    /// A text longer than liblouis's `int` lengths.
    TooLong {
        /// Characters.
        chars: usize,
    },
    /// liblouis refused to translate (a table that does not compile).
    Failed {
        /// The table list.
        table: String,
    },
    /// The translation outgrew 64 Mi cells.
    OutputTooLong,
    /// liblouis answered with a character outside the braille block.
    NotBraille(u32),
}

impl crate::i18n::Explain for LouisError {
    fn message(&self) -> crate::i18n::Message {
        use crate::msg;
        match self {
            LouisError::WidecharSize => msg!("error-louis-widechar-size"),
            LouisError::TableName(table) => msg!("error-louis-table-name", table = format!("{table:?}")),
            LouisError::TooLong { chars } => msg!("error-louis-too-long", chars = *chars),
            LouisError::Failed { table } => msg!("error-louis-failed", table = table.as_str()),
            LouisError::OutputTooLong => msg!("error-louis-output-too-long"),
            LouisError::NotBraille(code) => msg!("error-louis-not-braille", code = format!("U+{code:04X}")),
        }
    }

    fn hint(&self) -> Option<crate::i18n::Message> {
        use crate::msg;
        Some(match self {
            LouisError::WidecharSize | LouisError::Failed { .. } => msg!("error-louis-install-hint"),
            LouisError::TableName(_) | LouisError::TooLong { .. } | LouisError::OutputTooLong | LouisError::NotBraille(_) => msg!("error-bug-hint"),
        })
    }
}

/// The liblouis version string, such as `3.24.0`.
pub fn version() -> String {
    let _guard = lock();
    // SAFETY: lou_version returns a pointer to a static NUL-terminated string.
    unsafe { CStr::from_ptr(lou_version()) }.to_string_lossy().into_owned()
}

/// Whether liblouis was built with the widechar size these declarations assume
/// (asked once per process).
pub fn char_size_matches() -> bool {
    static MATCHES: std::sync::OnceLock<bool> = std::sync::OnceLock::new();
    *MATCHES.get_or_init(|| {
        let _guard = lock();
        // SAFETY: no arguments; returns an int.
        let size = unsafe { lou_charSize() };
        usize::try_from(size).is_ok_and(|s| s == std::mem::size_of::<Widechar>())
    })
}

/// Whether a table list compiles.
pub fn check_table(table: &str) -> bool {
    let Ok(table) = CString::new(table) else { return false };
    let _guard = lock();
    // SAFETY: table is a valid NUL-terminated string for the duration of the call.
    unsafe { lou_checkTable(table.as_ptr()) != 0 }
}

#[derive(Clone, Copy)]
enum Direction {
    Forward,
    Backward,
}

fn run(direction: Direction, table: &str, input: &[Widechar], mode: c_int) -> Result<Vec<Widechar>, LouisError> {
    if !char_size_matches() {
        return Err(LouisError::WidecharSize);
    }
    let table_c = CString::new(table).map_err(|_| LouisError::TableName(table.to_owned()))?;
    let in_len = c_int::try_from(input.len()).map_err(|_| LouisError::TooLong { chars: input.len() })?;
    let mut capacity = input.len() * 4 + 64;
    loop {
        let mut output: Vec<Widechar> = vec![0; capacity];
        let mut inlen = in_len;
        let mut outlen = c_int::try_from(capacity).map_err(|_| LouisError::TooLong { chars: input.len() })?;
        let status = {
            let _guard = lock();
            // SAFETY: the pointers are valid for the lengths passed (`inlen` elements of
            // `input`, `outlen` elements of `output`), the table name is NUL-terminated,
            // typeform and spacing may be null, and liblouis writes back the lengths used.
            unsafe {
                match direction {
                    Direction::Forward => lou_translateString(
                        table_c.as_ptr(),
                        input.as_ptr(),
                        &mut inlen,
                        output.as_mut_ptr(),
                        &mut outlen,
                        std::ptr::null_mut(),
                        std::ptr::null_mut(),
                        mode,
                    ),
                    Direction::Backward => lou_backTranslateString(
                        table_c.as_ptr(),
                        input.as_ptr(),
                        &mut inlen,
                        output.as_mut_ptr(),
                        &mut outlen,
                        std::ptr::null_mut(),
                        std::ptr::null_mut(),
                        mode,
                    ),
                }
            }
        };
        if status == 0 {
            return Err(LouisError::Failed { table: table.to_owned() });
        }
        let used = usize::try_from(outlen).unwrap_or(0).min(capacity);
        // All input consumed and room to spare: done. Otherwise the buffer was too small.
        if inlen >= in_len && used < capacity {
            output.truncate(used);
            return Ok(output);
        }
        if capacity > 64 * 1024 * 1024 {
            return Err(LouisError::OutputTooLong);
        }
        capacity *= 2;
    }
}

/// Translates text to braille with `mode` (e.g. `DOTS_IO | UC_BRL`).
pub fn translate(table: &str, text: &str, mode: c_int) -> Result<Vec<u32>, LouisError> {
    let _stage = crate::util::profile::enter(crate::util::profile::Stage::Braille);
    let input: Vec<Widechar> = text.chars().map(|c| c as Widechar).collect();
    run(Direction::Forward, table, &input, mode)
}

/// Back-translates braille (as Unicode braille characters) to text.
pub fn back_translate(table: &str, braille: &str, mode: c_int) -> Result<String, LouisError> {
    let _stage = crate::util::profile::enter(crate::util::profile::Stage::Braille);
    let input: Vec<Widechar> = braille.chars().map(|c| c as Widechar).collect();
    let output = run(Direction::Backward, table, &input, mode)?;
    Ok(output.into_iter().filter_map(char::from_u32).collect())
}
