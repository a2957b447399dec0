//! The raw structs read from a parsed tree with serde: scalars resolved as
//! YAML 1.2's core schema does (an unquoted `5` is a number, `true` a truth
//! value, `~` null; any scalar is a text where a text is wanted), every error
//! with its field, its position and what it is about.

use std::cell::Cell;

use serde::de::{self, DeserializeSeed, Unexpected, Visitor};

use super::tree::{Node, Tree, Value};
use super::*;

/// Reads a `T` from a parsed document (one with no content reads as an
/// empty value at its start, as `constituency:` with nothing after it).
pub(super) fn from_tree<T: DeserializeOwned>(tree: &Tree) -> Result<T, (Option<Position>, Reading)> {
    let repeats = Cell::new(MAX_REPEATED_VALUES);
    let empty = Node { at: Position { line: 1, column: 1 }, tag: None, value: Value::Scalar { text: String::new(), plain: true, comment_after: None } };
    let node = tree.root.as_ref().unwrap_or(&empty);
    let de = De { tree, node, path: FieldPath::root(), repeats: &repeats, via_alias: false, depth: 0 };
    T::deserialize(de).map_err(|e| (e.at, Reading { field: e.field.unwrap_or_default(), problem: e.problem, detail: e.detail }))
}

/// Values read through `*alias` repetitions, in all: far more than any
/// ballot repeats, and each one is a value read, so repetitions of
/// repetitions (an alias bomb) stop after this much work, not after its
/// product.
const MAX_REPEATED_VALUES: usize = 100_000;

/// What went wrong reading a value, and (once known) which field and where.
#[derive(Debug)]
pub(super) struct Error {
    field: Option<FieldPath>,
    at: Option<Position>,
    problem: Problem,
    detail: String,
}

impl Error {
    fn new(problem: Problem) -> Self {
        Error { field: None, at: None, problem, detail: String::new() }
    }

    /// The error placed at the innermost value it concerns (an outer one keeps it).
    fn located(mut self, field: &FieldPath, at: Position) -> Self {
        if self.at.is_none() {
            self.field = Some(field.clone());
            self.at = Some(at);
        }
        self
    }
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.detail)
    }
}

impl std::error::Error for Error {}

impl de::Error for Error {
    /// serde words every data error (`invalid type: string "один", expected
    /// u32`, `unknown field `nam`, expected one of ...`): taken apart into a
    /// [`Problem`] once, here.
    fn custom<T: std::fmt::Display>(message: T) -> Self {
        let detail = message.to_string();
        Error { field: None, at: None, problem: data_problem(&detail), detail }
    }
}

/// A value being read: its node, its field path, the document (for aliases).
struct De<'t> {
    tree: &'t Tree,
    node: &'t Node,
    path: FieldPath,
    /// Values left to read through aliases, for the whole document.
    repeats: &'t Cell<usize>,
    /// Reached through an alias: each value read counts against `repeats`.
    via_alias: bool,
    depth: usize,
}

impl<'t> De<'t> {
    /// The node an anchor or alias stands for (the node itself if it is
    /// neither), counted against the repetitions allowed if it is repeated.
    fn resolved(mut self) -> Result<Self, Error> {
        let fail = |problem: Problem, de: &Self| Err(Error::new(problem).located(&de.path, de.node.at));
        self.via_alias |= matches!(self.node.value, Value::Alias(_));
        // An alias inside the value it repeats is not kept: it would repeat forever.
        match self.tree.resolve(self.node) {
            Some(node) => self.node = node,
            None => return fail(Problem::TooDeep, &self),
        }
        if self.via_alias {
            let Some(left) = self.repeats.get().checked_sub(1) else { return fail(Problem::TooManyRepeats, &self) };
            self.repeats.set(left);
        }
        if self.depth > 128 {
            return fail(Problem::TooDeep, &self);
        }
        Ok(self)
    }

    fn child(&self, node: &'t Node, path: FieldPath) -> De<'t> {
        De { tree: self.tree, node, path, repeats: self.repeats, via_alias: self.via_alias, depth: self.depth + 1 }
    }

    /// An unquoted scalar's text.
    fn plain(&self) -> Option<&'t str> {
        match &self.node.value {
            Value::Scalar { text, plain: true, .. } => Some(text),
            _ => None,
        }
    }

    /// Reads the value with `read`, the error (if any) placed at this value.
    fn read<V>(self, read: impl FnOnce(Self) -> Result<V, Error>) -> Result<V, Error> {
        let resolved = self.resolved()?;
        let (path, at) = (resolved.path.clone(), resolved.node.at);
        read(resolved).map_err(|e| e.located(&path, at))
    }

    /// "invalid type": the value as YAML reads it untyped, against what was wanted.
    fn invalid_type(&self, expected: &dyn de::Expected) -> Error {
        let unexpected = match &self.node.value {
            Value::Scalar { text, plain: false, .. } => Unexpected::Str(text),
            Value::Scalar { text, plain: true, .. } => match untyped(text) {
                Untyped::Null => Unexpected::Unit,
                Untyped::Bool(value) => Unexpected::Bool(value),
                Untyped::Unsigned(value) => Unexpected::Unsigned(value),
                Untyped::Signed(value) => Unexpected::Signed(value),
                // Beyond 64 bits, worded as serde words it.
                Untyped::Big(bits) => return de::Error::custom(format_args!("invalid type: integer `{}` as {bits}, expected {expected}", text.trim_start_matches('+'))),
                Untyped::Float(value) => Unexpected::Float(value),
                Untyped::Text => Unexpected::Str(text),
            },
            Value::List(_) => Unexpected::Seq,
            Value::Map(_) => Unexpected::Map,
            Value::Alias(_) | Value::Anchored(_) => Unexpected::Other("a repeated value"),
        };
        de::Error::invalid_type(unexpected, expected)
    }
}

/// A plain scalar as YAML 1.2's core schema reads it without a type.
enum Untyped {
    Null,
    Bool(bool),
    Unsigned(u64),
    Signed(i64),
    /// An integer beyond 64 bits: `u128` or `i128`.
    Big(&'static str),
    Float(f64),
    Text,
}

fn untyped(text: &str) -> Untyped {
    if text.is_empty() || matches!(text, "null" | "Null" | "NULL" | "~") {
        return Untyped::Null;
    }
    if let Some(value) = parse_bool(text) {
        return Untyped::Bool(value);
    }
    if let Some(value) = parse_unsigned(text, u64::from_str_radix) {
        return Untyped::Unsigned(value);
    }
    if let Some(value) = parse_signed(text, i64::from_str_radix) {
        // `-0` is the integer 0.
        return if value < 0 { Untyped::Signed(value) } else { Untyped::Unsigned(value.unsigned_abs()) };
    }
    if parse_unsigned(text, u128::from_str_radix).is_some() {
        return Untyped::Big("u128");
    }
    if parse_signed(text, i128::from_str_radix).is_some() {
        return Untyped::Big("i128");
    }
    if !digits_but_not_number(text) {
        if let Some(value) = parse_f64(text) {
            return Untyped::Float(value);
        }
    }
    Untyped::Text
}

fn parse_bool(text: &str) -> Option<bool> {
    match text {
        "true" | "True" | "TRUE" => Some(true),
        "false" | "False" | "FALSE" => Some(false),
        _ => None,
    }
}

/// A number with a leading zero and more digits (`007`) is a text in YAML 1.2.
fn digits_but_not_number(text: &str) -> bool {
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    digits.len() > 1 && digits.starts_with('0') && digits[1..].bytes().all(|b| b.is_ascii_digit())
}

/// Digits after an optional `0x`, `0o`, `0b` in that base, else decimal.
fn parse_radix<T>(digits: &str, from_str_radix: fn(&str, u32) -> Result<T, std::num::ParseIntError>, sign: &str) -> Option<T> {
    for (prefix, radix) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if let Some(rest) = digits.strip_prefix(prefix) {
            if rest.starts_with(['+', '-']) {
                return None;
            }
            if let Ok(value) = from_str_radix(&format!("{sign}{rest}"), radix) {
                return Some(value);
            }
        }
    }
    if digits.starts_with(['+', '-']) || digits_but_not_number(digits) {
        return None;
    }
    from_str_radix(&format!("{sign}{digits}"), 10).ok()
}

fn parse_unsigned<T>(text: &str, from_str_radix: fn(&str, u32) -> Result<T, std::num::ParseIntError>) -> Option<T> {
    // `-0` is the integer 0, which any whole-number field takes.
    if text.starts_with('-') {
        return (parse_signed(text, i128::from_str_radix) == Some(0)).then(|| from_str_radix("0", 10).ok()).flatten();
    }
    parse_radix(text.strip_prefix('+').unwrap_or(text), from_str_radix, "")
}

fn parse_signed<T>(text: &str, from_str_radix: fn(&str, u32) -> Result<T, std::num::ParseIntError>) -> Option<T> {
    match text.strip_prefix('-') {
        Some(digits) => parse_radix(digits, from_str_radix, "-"),
        None => parse_unsigned(text, from_str_radix),
    }
}

fn parse_f64(text: &str) -> Option<f64> {
    let unsigned = match text.strip_prefix('+') {
        Some(rest) if rest.starts_with(['+', '-']) => return None,
        Some(rest) => rest,
        None => text,
    };
    match (unsigned, text) {
        (".inf" | ".Inf" | ".INF", _) => Some(f64::INFINITY),
        (_, "-.inf" | "-.Inf" | "-.INF") => Some(f64::NEG_INFINITY),
        (_, ".nan" | ".NaN" | ".NAN") => Some(f64::NAN),
        // Rust reads `inf`, `NaN`: YAML does not.
        _ => unsigned.parse::<f64>().ok().filter(|f| f.is_finite()),
    }
}

macro_rules! integers {
    ($($method:ident => $parse:ident, $ty:ty, $visit:ident;)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            self.read(|de| match de.plain().and_then(|t| $parse(t, <$ty>::from_str_radix)) {
                Some(value) => visitor.$visit(value),
                None => Err(de.invalid_type(&visitor)),
            })
        }
    )*};
}

impl<'de> de::Deserializer<'de> for De<'_> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.read(|de| match &de.node.value {
            Value::Scalar { text, plain: false, .. } => visitor.visit_str(text),
            Value::Scalar { text, plain: true, .. } => match untyped(text) {
                Untyped::Null => visitor.visit_unit(),
                Untyped::Bool(value) => visitor.visit_bool(value),
                Untyped::Unsigned(value) => visitor.visit_u64(value),
                Untyped::Signed(value) => visitor.visit_i64(value),
                Untyped::Float(value) => visitor.visit_f64(value),
                Untyped::Big(_) | Untyped::Text => visitor.visit_str(text),
            },
            Value::List(items) => visitor.visit_seq(Seq { de: &de, items: items.iter(), index: 0 }),
            Value::Map(entries) => visitor.visit_map(Map { de: &de, entries: entries.iter(), value: None }),
            Value::Alias(_) | Value::Anchored(_) => Err(de.invalid_type(&visitor)),
        })
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.read(|de| match de.plain().and_then(parse_bool) {
            Some(value) => visitor.visit_bool(value),
            None => Err(de.invalid_type(&visitor)),
        })
    }

    integers! {
        deserialize_i8 => parse_signed, i64, visit_i64;
        deserialize_i16 => parse_signed, i64, visit_i64;
        deserialize_i32 => parse_signed, i64, visit_i64;
        deserialize_i64 => parse_signed, i64, visit_i64;
        deserialize_i128 => parse_signed, i128, visit_i128;
        deserialize_u8 => parse_unsigned, u64, visit_u64;
        deserialize_u16 => parse_unsigned, u64, visit_u64;
        deserialize_u32 => parse_unsigned, u64, visit_u64;
        deserialize_u64 => parse_unsigned, u64, visit_u64;
        deserialize_u128 => parse_unsigned, u128, visit_u128;
    }

    fn deserialize_f32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_f64(visitor)
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.read(|de| match de.plain().and_then(parse_f64) {
            Some(value) => visitor.visit_f64(value),
            None => Err(de.invalid_type(&visitor)),
        })
    }

    fn deserialize_char<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.read(|de| match &de.node.value {
            Value::Scalar { text, .. } => visitor.visit_str(text),
            _ => Err(de.invalid_type(&visitor)),
        })
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.read(|de| Err(de.invalid_type(&visitor)))
    }

    fn deserialize_byte_buf<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_bytes(visitor)
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.read(|de| if de.node.value.is_null() { visitor.visit_none() } else { visitor.visit_some(de) })
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.read(|de| match &de.node.value {
            value if value.is_null() => visitor.visit_unit(),
            Value::Scalar { text, .. } => Err(de::Error::invalid_value(Unexpected::Str(text), &"null")),
            _ => Err(de.invalid_type(&visitor)),
        })
    }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.read(|de| match &de.node.value {
            Value::List(items) => visitor.visit_seq(Seq { de: &de, items: items.iter(), index: 0 }),
            // `options:` and nothing: an empty list.
            Value::Scalar { text, plain: true, .. } if text.is_empty() => visitor.visit_seq(Seq { de: &de, items: [].iter(), index: 0 }),
            _ => Err(de.invalid_type(&visitor)),
        })
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(self, _name: &'static str, _len: usize, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.read(|de| match &de.node.value {
            Value::Map(entries) => visitor.visit_map(Map { de: &de, entries: entries.iter(), value: None }),
            // `constituency:` and nothing: no fields.
            Value::Scalar { text, plain: true, .. } if text.is_empty() => visitor.visit_map(Map { de: &de, entries: [].iter(), value: None }),
            _ => Err(de.invalid_type(&visitor)),
        })
    }

    fn deserialize_struct<V: Visitor<'de>>(self, _name: &'static str, _fields: &'static [&'static str], visitor: V) -> Result<V::Value, Error> {
        self.deserialize_map(visitor)
    }

    fn deserialize_enum<V: Visitor<'de>>(self, _name: &'static str, _variants: &'static [&'static str], visitor: V) -> Result<V::Value, Error> {
        // Only variants without data, written as their name.
        self.read(|de| match &de.node.value {
            Value::Scalar { text, .. } => visitor.visit_enum(de::IntoDeserializer::<Error>::into_deserializer(text.as_str())),
            _ => Err(de.invalid_type(&visitor)),
        })
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_str(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }
}

/// A list's entries, each read at its own path.
struct Seq<'a, 't> {
    de: &'a De<'t>,
    items: std::slice::Iter<'t, Node>,
    index: usize,
}

impl<'de> de::SeqAccess<'de> for Seq<'_, '_> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        let Some(item) = self.items.next() else { return Ok(None) };
        let path = self.de.path.index(self.index);
        self.index += 1;
        seed.deserialize(self.de.child(item, path)).map(Some)
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.items.len())
    }
}

/// A map's entries: keys read at the map's path (an unknown field is the
/// map's problem), values at their key's.
struct Map<'a, 't> {
    de: &'a De<'t>,
    entries: std::slice::Iter<'t, (Node, Node)>,
    value: Option<(&'t Node, FieldPath)>,
}

impl<'de> de::MapAccess<'de> for Map<'_, '_> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        let Some((key, value)) = self.entries.next() else { return Ok(None) };
        self.value = Some((value, self.de.path.key(&key.value.key_name())));
        seed.deserialize(self.de.child(key, self.de.path.clone())).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        let (value, path) = self.value.take().ok_or_else(|| <Error as de::Error>::custom("a value without its key"))?;
        seed.deserialize(self.de.child(value, path))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.entries.len())
    }
}
