//! `production.stock`: the sheet sizes and thickness of each printed
//! material's stock, and whether every page fits a sheet of its stock. A
//! page that fits none is an error here, located at what makes it too large,
//! never a file the print shop cannot print.

use crate::diag::FieldPath;
use crate::i18n::{Arg, Message};
use crate::model::{mm, BraillePage, DotPreset, Paper, SheetSize, Stock, Stocks, NAMED_SIZES};
use crate::msg;

use super::super::raw::{RawElection, RawPaperOverride, RawStock, RawStocks};
use super::{as_written, Checker, PAPER_RANGE_MM};

/// Sensible thicknesses of a stock, millimetres: thin paper to a rigid sheet.
const THICKNESS_RANGE_MM: (f64, f64) = (0.05, 10.0);

/// `production.stock`: each material's stock, the defaults where not given.
pub(super) fn stocks(check: &mut Checker, path: &FieldPath, raw: &RawStocks) -> Option<Stocks> {
    let mut stocks = Stocks::default();
    let mut ok = true;
    for (name, given, slot) in [
        ("stencil", &raw.stencil, &mut stocks.stencil),
        ("overlay", &raw.overlay, &mut stocks.overlay),
        ("large_print", &raw.large_print, &mut stocks.large_print),
        ("braille", &raw.braille, &mut stocks.braille),
    ] {
        if let Some(given) = given {
            ok &= stock(check, &path.key(name), given, slot);
        }
    }
    ok.then_some(stocks)
}

/// One material's `sizes` and `thickness_mm`, into `slot` (which holds the defaults).
fn stock(check: &mut Checker, path: &FieldPath, raw: &RawStock, slot: &mut Stock) -> bool {
    let mut ok = true;
    if let Some(sizes) = &raw.sizes {
        if sizes.is_empty() {
            ok = false;
            let defaults = format!("[{}]", slot.sizes.iter().map(|s| s.name.as_str()).collect::<Vec<_>>().join(", "));
            check.error(&path.key("sizes"), msg!("plan-stock-sizes-empty"), Some(msg!("plan-stock-sizes-empty-hint", defaults = defaults)));
        }
        let (min, max) = PAPER_RANGE_MM;
        let mut parsed = Vec::new();
        for (i, text) in sizes.iter().enumerate() {
            match SheetSize::parse(text).filter(|s| [s.width_mm, s.height_mm].iter().all(|v| (min..=max).contains(v))) {
                Some(size) => parsed.push(size),
                None => {
                    ok = false;
                    let names = NAMED_SIZES.iter().map(|(n, _, _)| *n).collect::<Vec<_>>().join(", ");
                    let hint = msg!("plan-stock-size-invalid-hint", names = names, min = as_written(min), max = as_written(max));
                    check.error(&path.key("sizes").index(i), msg!("plan-stock-size-invalid", value = format!("{text:?}")), Some(hint));
                }
            }
        }
        if ok {
            slot.sizes = parsed;
        }
    }
    if let Some(thickness) = raw.thickness_mm {
        let (min, max) = THICKNESS_RANGE_MM;
        if thickness.is_finite() && (min..=max).contains(&thickness) {
            slot.thickness_mm = thickness;
        } else {
            ok = false;
            let hint = msg!("plan-stock-thickness-hint", min = as_written(min), max = as_written(max));
            check.error(&path.key("thickness_mm"), msg!("plan-stock-thickness-out-of-range", value = as_written(thickness)), Some(hint));
        }
    }
    ok
}

/// A page's size as the messages give it: `168 x 520`.
fn page_words((width, height): (f64, f64)) -> String {
    format!("{} x {}", mm(width), mm(height))
}

/// The sizes of a stock with one more that takes a page, as it would be
/// written in `sizes`: `[A4, A3, 168 x 520]`.
fn example(stock: &Stock, (width, height): (f64, f64)) -> String {
    let mut names: Vec<String> = stock.sizes.iter().map(|s| s.name.clone()).collect();
    names.push(format!("{} x {}", width.ceil(), height.ceil()));
    format!("[{}]", names.join(", "))
}

/// "`what` is `page` mm and fits no sheet of `production.stock.<key>`: the sheets".
fn fits_no_sheet(what: Message, page: (f64, f64), key: &str, stock: &Stock) -> Message {
    let sizes = Arg::List(stock.sizes.iter().map(crate::model::SheetSize::words).collect());
    msg!("plan-stock-page-fits-no-sheet", what = what, page = page_words(page), key = key, sizes = sizes)
}

/// The stencil and overlay pages of a paper, each on its stock. `given`:
/// whether the file at hand sets the paper's width and height (an election
/// file sets both); the error is at the height when some sheet is wide enough
/// for the page (at the width otherwise), else at what the file sets.
pub(super) fn paper_fits(check: &mut Checker, path: &FieldPath, paper: &Paper, stocks: &Stocks, (width_given, height_given): (bool, bool)) {
    if !width_given && !height_given {
        return;
    }
    let page = crate::geometry::trimmed_page_mm(paper.width_mm, paper.height_mm);
    let slug = crate::geometry::SLUG_MM;
    for (key, stock, what) in [("stencil", &stocks.stencil, msg!("plan-stock-what-stencil")), ("overlay", &stocks.overlay, msg!("plan-stock-what-overlay"))] {
        if stock.sheet_for(page.0, page.1).is_some() {
            continue;
        }
        let example = example(stock, page);
        let (field, hint) = match stock.longest_page(page.0) {
            Some(longest) => {
                let max = ((longest - 2.0 * slug) * 10.0).floor() / 10.0;
                let field = if height_given { "height_mm" } else { "width_mm" };
                (field, msg!("plan-stock-hint-shorten", slug = as_written(slug), max = as_written(max), key = key, example = example))
            }
            None => {
                let field = if width_given { "width_mm" } else { "height_mm" };
                (field, msg!("plan-stock-hint-narrow", slug = as_written(slug), width = Arg::Decimal(mm(page.0)), key = key, example = example))
            }
        };
        check.error(&path.key(field), fits_no_sheet(what, page, key, stock), Some(hint));
    }
}

/// A ballot's own paper (`paper.width_mm` or `paper.height_mm` in its file)
/// on the stencil and overlay stock.
pub(super) fn ballot_paper_fits(check: &mut Checker, path: &FieldPath, raw: &RawPaperOverride, paper: &Paper, stocks: &Stocks) {
    paper_fits(check, path, paper, stocks, (raw.width_mm.is_some(), raw.height_mm.is_some()));
}

/// The election's paper, its large print and its embossed pages on their stock.
pub(super) fn election_fits(check: &mut Checker, raw: &RawElection, paper: &Paper, stocks: &Stocks, dots: DotPreset, braille_page: BraillePage) {
    let root = FieldPath::root();
    paper_fits(check, &root.key("paper"), paper, stocks, (true, true));
    let stock_path = root.key("production").key("stock");
    let large_print = crate::materials::large_print::layout::page_mm();
    if stocks.large_print.sheet_for(large_print.0, large_print.1).is_none() {
        let hint = msg!("plan-stock-hint-large-print", page = page_words(large_print), example = example(&stocks.large_print, large_print));
        let message = fits_no_sheet(msg!("plan-stock-what-large-print"), large_print, "large_print", &stocks.large_print);
        check.error(&stock_path.key("large_print").key("sizes"), message, Some(hint));
    }
    let embossed = crate::geometry::braille_page_mm(&braille_page, &dots.geometry());
    if stocks.braille.sheet_for(embossed.0, embossed.1).is_none() {
        let stock_given = raw.production.as_ref().and_then(|p| p.stock.as_ref()).is_some_and(|s| s.braille.as_ref().is_some_and(|b| b.sizes.is_some()));
        let at = if stock_given { stock_path.key("braille").key("sizes") } else { root.key("braille").key("page") };
        let what = msg!("plan-stock-what-braille", cols = braille_page.cols, rows = braille_page.rows);
        let hint = msg!("plan-stock-hint-braille", dots = dots.name(), page = page_words(embossed), example = example(&stocks.braille, embossed));
        check.error(&at, fits_no_sheet(what, embossed, "braille", &stocks.braille), Some(hint));
    }
}

#[cfg(test)]
mod tests {
    use crate::dev::testing::corpus_base;

    /// The base election without the long sheets it lists for the extreme ballot.
    fn election(extra: &str) -> String {
        let base = corpus_base("election.yaml");
        format!("{}{extra}", &base[..base.find("production:").expect("the base election lists its stock")])
    }

    /// The errors as `field: message`, each with its hint.
    fn errors(election: &str, ballot: &str) -> Vec<(String, String)> {
        let loaded = crate::definition::load_from_texts(election, &[("b.yaml", ballot)]);
        let shown = |d: &crate::diag::Diagnostic| format!("{}: {}", d.field.as_ref().map(ToString::to_string).unwrap_or_default(), d.message);
        loaded.diagnostics.0.iter().filter(|d| d.is_error()).map(|d| (shown(d), d.hint.as_ref().map(ToString::to_string).unwrap_or_default())).collect()
    }

    #[test]
    fn a_ballot_whose_pages_fit_no_sheet_is_refused_at_its_paper() {
        let long = format!("{}paper:\n  height_mm: 500\n", corpus_base("ballot.yaml"));
        let found = errors(&election(""), &long);
        let sheets = "A4 (210 x 297 mm); A3 (297 x 420 mm)";
        // Both at the same place: in the order the diagnostics sort.
        assert_eq!(
            found.iter().map(|(e, _)| e.as_str()).collect::<Vec<_>>(),
            [
                format!("paper.height_mm: the overlay page is 168 x 520 mm and fits no sheet of `production.stock.overlay`: {sheets}"),
                format!("paper.height_mm: the stencil page is 168 x 520 mm and fits no sheet of `production.stock.stencil`: {sheets}"),
            ]
        );
        assert!(found[0].1.contains("at most 400 mm long") && found[0].1.contains("`production.stock.overlay.sizes`, such as `[A4, A3, 168 x 520]`"), "{}", found[0].1);
        // A sheet the print shop has that takes it: accepted.
        let stocked = election("production:\n  stock:\n    stencil: { sizes: [A4, A3, 330 x 600] }\n    overlay: { sizes: [A4, A3, 330 x 600] }\n");
        let accepted = errors(&stocked, &long);
        assert!(accepted.is_empty(), "{accepted:?}");
        // Too wide for every sheet: at the width.
        let wide = format!("{}paper:\n  width_mm: 430\n", corpus_base("ballot.yaml"));
        let found = errors(&election(""), &wide);
        assert!(found.len() == 2 && found.iter().all(|(e, h)| e.starts_with("paper.width_mm: ") && h.contains("no sheet is 450 mm wide")), "{found:?}");
    }

    #[test]
    fn the_stock_is_checked_and_so_are_the_large_print_and_the_embossed_page() {
        let ballot = corpus_base("ballot.yaml");
        let found = errors(&election("production:\n  stock:\n    overlay: { sizes: [A7, 10 x 20, 330 x 488], thickness_mm: 0 }\n"), &ballot);
        let fields: Vec<&str> = found.iter().map(|(e, _)| e.split(':').next().unwrap_or("")).collect();
        assert_eq!(fields, ["production.stock.overlay.sizes[0]", "production.stock.overlay.sizes[1]", "production.stock.overlay.thickness_mm"], "{found:?}");
        assert!(found[0].0.ends_with("\"A7\" is not a sheet size") && found[0].1.contains("such as `330 x 488`"), "{found:?}");
        let found = errors(&election("production:\n  stock:\n    large_print: { sizes: [A5] }\n"), &ballot);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.starts_with("production.stock.large_print.sizes: the large-print page is 210 x 297 mm"), "{found:?}");
        // 40 cells of 6 mm: 240 mm, wider than A4 whichever way round it goes with 27 lines.
        let found = errors(&election("braille:\n  page: { cols: 40 }\n"), &ballot);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(found[0].0.starts_with("braille.page: the embossed page of 40 cells by 27 lines is 240 x 272.7 mm"), "{found:?}");
        assert!(found[0].1.contains("marburg-medium"), "{found:?}");
        let plain = errors(&election(""), &ballot);
        assert!(plain.is_empty(), "{plain:?}");
    }
}
