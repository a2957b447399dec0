//! ID3v2.3 tags of the MP3 files.

/// Text frames of a track's ID3 tag.
#[derive(Clone, Debug, Default)]
pub struct Tags {
    /// TIT2.
    pub title: String,
    /// TALB.
    pub album: String,
    /// TPE1: who the recording is by (the election's title).
    pub artist: String,
    /// TRCK, as `N/total`; none for the whole ballot.
    pub track: Option<(usize, usize)>,
    /// TLAN, ISO 639-2 (`kaz`, `rus`, `eng`).
    pub language: &'static str,
    /// TLEN, milliseconds.
    pub length_ms: u64,
}

/// An ID3v2.3 tag with UTF-16 text frames (with byte-order mark): version 2.3
/// and UTF-16 are what every reader understands, from id3lib to phones.
pub fn id3v23(tags: &Tags) -> Vec<u8> {
    let mut frames = Vec::new();
    let mut frame = |id: &[u8; 4], text: &str| {
        let mut body = vec![1u8, 0xFF, 0xFE]; // UTF-16, little-endian BOM
        body.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        frames.extend_from_slice(id);
        frames.extend_from_slice(&(body.len() as u32).to_be_bytes()); // 2.3: plain size
        frames.extend_from_slice(&[0, 0]);
        frames.extend_from_slice(&body);
    };
    frame(b"TIT2", &tags.title);
    frame(b"TALB", &tags.album);
    frame(b"TPE1", &tags.artist);
    if let Some((n, total)) = tags.track {
        frame(b"TRCK", &format!("{n}/{total}"));
    }
    frame(b"TLAN", tags.language);
    frame(b"TLEN", &tags.length_ms.to_string());
    frame(b"TSSE", &format!("ballot-access {}", crate::VERSION));
    let mut tag = b"ID3\x03\x00\x00".to_vec();
    tag.extend_from_slice(&syncsafe(frames.len()));
    tag.extend(frames);
    tag
}

fn syncsafe(n: usize) -> [u8; 4] {
    let n = n as u32;
    [((n >> 21) & 0x7F) as u8, ((n >> 14) & 0x7F) as u8, ((n >> 7) & 0x7F) as u8, (n & 0x7F) as u8]
}
