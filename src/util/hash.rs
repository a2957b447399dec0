//! SHA-256 in lower-case hex, and [`Digest`], the same held as its 32 bytes:
//! the one hashing helper for proof ids, manifests, cache keys and table hashes.

use sha2::{Digest as _, Sha256};

/// Lower-case hex of bytes.
pub(crate) fn hex(bytes: &[u8]) -> String {
    hex::encode(bytes)
}

/// SHA-256 of bytes, as 64 lower-case hex digits.
pub(crate) fn sha256_hex(bytes: impl AsRef<[u8]>) -> String {
    Digest::of(bytes.as_ref()).to_string()
}

/// A SHA-256, written as 64 lower-case hex digits and held as its 32 bytes: a
/// national manifest lists 120,000 of them, read and kept by every rebuild.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Digest(pub [u8; 32]);

impl Digest {
    /// The SHA-256 of `bytes`.
    pub fn of(bytes: &[u8]) -> Self {
        Digest(Sha256::digest(bytes).into())
    }

    /// Reads 64 hex digits (either case).
    pub fn parse(hex: &str) -> Option<Self> {
        let digits = hex.as_bytes();
        if digits.len() != 64 {
            return None;
        }
        let mut out = [0u8; 32];
        let nibble = |d: u8| char::from(d).to_digit(16).map(|n| n as u8);
        for (byte, pair) in out.iter_mut().zip(digits.chunks(2)) {
            *byte = (nibble(pair[0])? << 4) | nibble(pair[1])?;
        }
        Some(Digest(out))
    }
}

impl std::fmt::Display for Digest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Written at once: a rebuild writes hundreds of thousands (a digit at a time was a tenth of its CPU).
        let mut digits = [0u8; 64];
        hex::encode_to_slice(self.0, &mut digits).map_err(|_| std::fmt::Error)?;
        f.write_str(std::str::from_utf8(&digits).map_err(|_| std::fmt::Error)?)
    }
}

impl std::fmt::Debug for Digest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self}")
    }
}

impl serde::Serialize for Digest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Digest {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let hex = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(deserializer)?;
        Digest::parse(&hex).ok_or_else(|| serde::de::Error::custom(format!("not a SHA-256 (64 hex digits): {hex:?}")))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn sha256_of_abc_is_the_published_value() {
        assert_eq!(super::sha256_hex(b"abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
