//! Overprinting for the stencil PDF. krilla cannot set overprint (its docs
//! say so), and a RIP keys cut lines on a `CutContour` stroke that overprints,
//! so the stencil's one page gets it afterwards by an incremental update (new
//! objects appended, nothing before them moved): an ExtGState with `/OP true
//! /op true /OPM 1`, set by a small content stream placed before the page's
//! own. Every object on the stencil paints only its own separation
//! (`CutContour`, `Braille`, grey captions), so the whole page overprints.

/// Name of the graphics state in the page's resources.
const STATE: &str = "BAop";

/// `pdf` (a one-page PDF as krilla writes it) with its page overprinting.
pub(crate) fn overprint_page(pdf: &[u8]) -> Result<Vec<u8>, String> {
    let fail = |what: &str| format!("overprint: {what} not found in the PDF");
    let text = ascii(pdf);
    let xref_at: usize = text.rsplit("startxref").next().and_then(|t| t.split_whitespace().next()).and_then(|n| n.parse().ok()).ok_or_else(|| fail("startxref"))?;
    let trailer = text.rfind("trailer").map(|at| &text[at..]).ok_or_else(|| fail("trailer"))?;
    let size: usize = value_after(trailer, "/Size").and_then(|v| v.parse().ok()).ok_or_else(|| fail("/Size"))?;
    let root = reference_after(trailer, "/Root").ok_or_else(|| fail("/Root"))?;
    let info = reference_after(trailer, "/Info");
    let trailer_at = text.rfind("trailer").unwrap_or(0);
    let id = trailer.find("/ID").and_then(|at| id_array(&pdf[trailer_at + at..]));

    let object = |number: usize| object_body(&text, xref_at, number).ok_or_else(|| fail(&format!("object {number}")));
    let number = |reference: &str| reference.split_whitespace().next().and_then(|n| n.parse::<usize>().ok());
    let catalog = object(number(&root).ok_or_else(|| fail("/Root"))?)?;
    let pages = object(reference_after(&catalog, "/Pages").as_deref().and_then(number).ok_or_else(|| fail("/Pages"))?)?;
    let kids = pages.find("/Kids").map(|at| pages[at + 5..].trim_start_matches(|c: char| c == '[' || c.is_whitespace())).ok_or_else(|| fail("/Kids"))?;
    let page_number = number(kids).ok_or_else(|| fail("the page"))?;
    let page_dict = object(page_number)?;
    let resources = reference_after(&page_dict, "/Resources").ok_or_else(|| fail("the page's /Resources reference"))?;
    let contents = reference_after(&page_dict, "/Contents").ok_or_else(|| fail("the page's /Contents reference"))?;
    let resources_number = number(&resources).ok_or_else(|| fail("resources number"))?;
    let resources_dict = object(resources_number)?;

    let (state, stream) = (size, size + 1);
    let new_resources = match resources_dict.find("/ExtGState<<") {
        Some(at) => format!("{}/{STATE} {state} 0 R{}", &resources_dict[..at + 12], &resources_dict[at + 12..]),
        None => format!("<</ExtGState<</{STATE} {state} 0 R>>{}", resources_dict.strip_prefix("<<").ok_or_else(|| fail("resources dictionary"))?),
    };
    let new_page = page_dict.replacen(&format!("/Contents {contents}"), &format!("/Contents[{stream} 0 R {contents}]"), 1);
    let operators = format!("/{STATE} gs\n");

    let mut out = pdf.to_vec();
    out.push(b'\n');
    let mut offsets: Vec<(usize, usize)> = Vec::new();
    let mut object = |out: &mut Vec<u8>, number: usize, body: &str| {
        offsets.push((number, out.len()));
        out.extend_from_slice(format!("{number} 0 obj\n{body}\nendobj\n").as_bytes());
    };
    object(&mut out, resources_number, &new_resources);
    object(&mut out, page_number, &new_page);
    object(&mut out, state, "<</Type/ExtGState/OP true/op true/OPM 1>>");
    object(&mut out, stream, &format!("<</Length {}>>\nstream\n{operators}endstream", operators.len()));
    offsets.sort();
    let xref = out.len();
    out.extend_from_slice(b"xref\n");
    for (number, offset) in &offsets {
        out.extend_from_slice(format!("{number} 1\n{offset:010} 00000 n\r\n").as_bytes());
    }
    let mut trailer = format!("trailer\n<</Size {}/Root {root}", size + 2);
    if let Some(info) = info {
        trailer.push_str(&format!("/Info {info}"));
    }
    out.extend_from_slice(trailer.as_bytes());
    if let Some(id) = id {
        out.extend_from_slice(id);
    }
    out.extend_from_slice(format!("/Prev {xref_at}>>\nstartxref\n{xref}\n%%EOF\n").as_bytes());
    Ok(out)
}

/// `/ID[(…)(…)]` at the start of `bytes`, copied as is: its strings are raw
/// bytes, and may hold brackets, parentheses (escaped or balanced) and anything else.
fn id_array(bytes: &[u8]) -> Option<&[u8]> {
    let mut depth = 0;
    let mut escaped = false;
    for (i, &b) in bytes.iter().enumerate() {
        match (depth, b) {
            _ if escaped => escaped = false,
            (d, b'\\') if d > 0 => escaped = true,
            (_, b'(') => depth += 1,
            (d, b')') if d > 0 => depth -= 1,
            (0, b']') => return Some(&bytes[..=i]),
            _ => {}
        }
    }
    None
}

/// Bytes as ASCII text, every other byte a `.`, so byte offsets (the
/// cross-reference table's) and string offsets agree.
fn ascii(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| if b.is_ascii() { char::from(b) } else { '.' }).collect::<String>()
}

/// The token after `key` in a dictionary's text.
fn value_after<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    let at = text.find(key)? + key.len();
    text[at..].split(|c: char| c.is_whitespace() || c == '/' || c == '>').find(|t| !t.is_empty())
}

/// The `N G R` reference after `key`.
fn reference_after(text: &str, key: &str) -> Option<String> {
    let at = text.find(key)? + key.len();
    let parts: Vec<&str> = text[at..].split_whitespace().take(3).collect();
    let third = parts.get(2)?;
    (third.starts_with('R') && parts[0].parse::<usize>().is_ok()).then(|| format!("{} {} R", parts[0], parts[1]))
}

/// The text of object `number` between `obj` and `endobj`, found through the
/// cross-reference table at `xref_at` (one table, as krilla writes it).
fn object_body(text: &str, xref_at: usize, number: usize) -> Option<String> {
    let mut lines = text.get(xref_at..)?.lines().map(str::trim);
    (lines.next()? == "xref").then_some(())?;
    let mut header = lines.next()?.split_whitespace();
    let (first, count): (usize, usize) = (header.next()?.parse().ok()?, header.next()?.parse().ok()?);
    (number >= first && number < first + count).then_some(())?;
    let entry = lines.nth(number - first)?;
    let offset: usize = entry.split_whitespace().next()?.parse().ok()?;
    let start = offset + text.get(offset..)?.find("obj")? + 3;
    let end = start + text[start..].find("endobj")?;
    Some(text[start..end].trim().to_owned())
}

#[cfg(test)]
mod tests {
    #[test]
    fn objects_are_found_through_the_cross_reference_table() {
        let body = "%PDF-1.7\n1 0 obj\n<</Type/Pages/Count 1/Kids[2 0 R]>>\nendobj\n2 0 obj\n<</Type/Page/Resources 4 0 R/Contents 12 0 R>>\nendobj\n";
        let xref = format!("xref\n0 3\n0000000000 65535 f\r\n{:010} 00000 n\r\n{:010} 00000 n\r\n", body.find("1 0 obj").unwrap(), body.find("2 0 obj").unwrap());
        let text = format!("{body}{xref}");
        assert_eq!(super::object_body(&text, body.len(), 2).unwrap(), "<</Type/Page/Resources 4 0 R/Contents 12 0 R>>");
        assert!(super::object_body(&text, body.len(), 3).is_none());
        assert_eq!(super::reference_after(&text, "/Resources").unwrap(), "4 0 R");
        assert_eq!(super::id_array(b"/ID[(a]\\)b)(c(d)e)]/Prev 1").unwrap(), b"/ID[(a]\\)b)(c(d)e)]");
    }
}
