//! BRF: braille as North American ASCII braille, CR LF line ends and a form
//! feed between pages, for embossers that take plain text.

use super::emboss::Pages;

/// North American ASCII braille, indexed by the dot pattern of dots 1-6.
const ASCII_BRAILLE: &[u8; 64] = b" A1B'K2L@CIF/MSP\"E3H9O6R^DJG>NTQ,*5<-U8V.%[$+X!&;:4\\0Z7(_?W]#Y)=";

/// The ASCII braille character of a Unicode braille cell. Dots 7 and 8 have no
/// ASCII form and are dropped (the tables used produce six-dot braille).
pub fn ascii(cell: char) -> u8 {
    let pattern = (cell as u32).wrapping_sub(0x2800) & 0x3F;
    ASCII_BRAILLE[pattern as usize]
}

/// Writes the pages as BRF.
pub fn write(pages: &Pages) -> Vec<u8> {
    let mut out = Vec::new();
    // Every page ends with a form feed, the last one too (as Duxbury and
    // liblouisutdml write BRF): the embosser ejects the last sheet at once.
    for page in &pages.pages {
        for line in page {
            let text: Vec<u8> = line.chars().map(ascii).collect();
            // Trailing blank cells carry nothing on paper.
            let end = text.iter().rposition(|&b| b != b' ').map_or(0, |p| p + 1);
            out.extend_from_slice(&text[..end]);
            out.extend_from_slice(b"\r\n");
        }
        out.push(0x0C);
    }
    out
}
