//! PEF 1.0 (Portable Embosser Format, `http://www.daisy.org/ns/2008/pef`).

use std::fmt::Write as _;

use crate::util::markup::escape;

use super::emboss::Pages;

/// Document metadata written into the PEF head.
pub struct PefMeta<'a> {
    /// `dc:title`.
    pub title: &'a str,
    /// `dc:identifier`: election/ballot/proof id/language, unique per file.
    pub identifier: &'a str,
    /// `dc:language`.
    pub language: &'a str,
    /// `dc:date`, YYYY-MM-DD.
    pub date: &'a str,
}

/// Writes the pages as a PEF document, one volume and one section.
pub fn write(pages: &Pages, meta: &PefMeta) -> Vec<u8> {
    let mut x = String::new();
    x.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    x.push_str("<pef version=\"2008-1\" xmlns=\"http://www.daisy.org/ns/2008/pef\">\n");
    x.push_str("  <head>\n    <meta xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
    x.push_str("      <dc:format>application/x-pef+xml</dc:format>\n");
    let _ = writeln!(x, "      <dc:identifier>{}</dc:identifier>", escape(meta.identifier));
    let _ = writeln!(x, "      <dc:title>{}</dc:title>", escape(meta.title));
    let _ = writeln!(x, "      <dc:language>{}</dc:language>", escape(meta.language));
    let _ = writeln!(x, "      <dc:date>{}</dc:date>", escape(meta.date));
    let _ = writeln!(x, "      <dc:creator>ballot-access {}</dc:creator>", crate::VERSION);
    x.push_str("    </meta>\n  </head>\n  <body>\n");
    let _ = writeln!(x, "    <volume cols=\"{}\" rows=\"{}\" rowgap=\"0\" duplex=\"false\">", pages.cols, pages.rows);
    x.push_str("      <section>\n");
    for page in &pages.pages {
        x.push_str("        <page>\n");
        for row in page {
            if row.is_empty() {
                x.push_str("          <row/>\n");
            } else {
                let _ = writeln!(x, "          <row>{row}</row>");
            }
        }
        x.push_str("        </page>\n");
    }
    x.push_str("      </section>\n    </volume>\n  </body>\n</pef>\n");
    x.into_bytes()
}
