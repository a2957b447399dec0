//! What the print plan is made from (`production` in `election.yaml`):
//! copies per polling station, spares, the job sheet's language and the
//! stock of each material (its sheet sizes and thickness). None of it is part
//! of any material, nor of proof ids.

use serde::Serialize;

use super::Lang;

/// Copies of each material per polling station (`production.copies`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Copies {
    /// Stencils, per braille language.
    pub stencil: u32,
    /// Overlays, per braille language.
    pub overlay: u32,
    /// Large-print sheets, per language.
    pub large_print: u32,
    /// Embossed copies of the whole ballot, per language.
    pub braille: u32,
    /// Audio sets, per language.
    pub audio: u32,
}

/// Quantities and stock for the print plan (`production` in `election.yaml`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Production {
    /// Per polling station.
    pub copies: Copies,
    /// Spares on top, percent (rounded up per ballot and material).
    pub spare_percent: f64,
    /// The job sheet's language (`production.language`); `None`: the
    /// election's first language.
    pub language: Option<Lang>,
    /// What each printed material is made on (`production.stock`).
    pub stock: Stocks,
}

impl Default for Production {
    /// One of each per station, two large-print sheets; 5 % spare; the default stock.
    fn default() -> Self {
        Production {
            copies: Copies { stencil: 1, overlay: 1, large_print: 2, braille: 1, audio: 1 },
            spare_percent: 5.0,
            language: None,
            stock: Stocks::default(),
        }
    }
}

/// Sheet sizes a stock may be given by name, millimetres, portrait.
pub const NAMED_SIZES: [(&str, f64, f64); 15] = [
    ("A6", 105.0, 148.0),
    ("A5", 148.0, 210.0),
    ("A4", 210.0, 297.0),
    ("A3", 297.0, 420.0),
    ("A2", 420.0, 594.0),
    ("A1", 594.0, 841.0),
    ("A0", 841.0, 1189.0),
    ("SRA4", 225.0, 320.0),
    ("SRA3", 320.0, 450.0),
    ("SRA2", 450.0, 640.0),
    ("B4", 250.0, 353.0),
    ("B3", 353.0, 500.0),
    ("letter", 215.9, 279.4),
    ("legal", 215.9, 355.6),
    ("tabloid", 279.4, 431.8),
];

/// One sheet size of a stock.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SheetSize {
    /// Its name (`A4`), or its size as `W x H` when it has none (`330 x 488`).
    pub name: String,
    /// Width, millimetres.
    pub width_mm: f64,
    /// Height, millimetres.
    pub height_mm: f64,
}

impl SheetSize {
    /// The size in words: `A4 (210 x 297 mm)`, `330 x 488 mm`.
    pub fn words(&self) -> crate::i18n::Message {
        let (width, height) = (crate::i18n::Arg::Decimal(mm(self.width_mm)), crate::i18n::Arg::Decimal(mm(self.height_mm)));
        if self.is_custom() {
            crate::msg!("plan-sheet-size-custom", width = width, height = height)
        } else {
            crate::msg!("plan-sheet-size-named", name = self.name.as_str(), width = width, height = height)
        }
    }
}

/// Millimetres as written, to a hundredth: `210`, `215.9`, `0.05`.
pub fn mm(value: f64) -> String {
    let text = format!("{value:.2}");
    text.trim_end_matches('0').trim_end_matches('.').to_owned()
}

impl SheetSize {
    /// A named size (`A4`, `sra3`, `Letter`: any letter case).
    pub fn named(name: &str) -> Option<SheetSize> {
        NAMED_SIZES
            .iter()
            .find(|(n, _, _)| n.eq_ignore_ascii_case(name.trim()))
            .map(|&(name, width_mm, height_mm)| SheetSize { name: name.to_owned(), width_mm, height_mm })
    }

    /// A size as written in `production.stock`: a name, or `W x H` in
    /// millimetres (`330 x 488`, `330x488 mm`, `330 × 488`, a Cyrillic `х`
    /// too). `None` when it is neither; the numbers are not range-checked.
    pub fn parse(text: &str) -> Option<SheetSize> {
        if let Some(size) = SheetSize::named(text) {
            return Some(size);
        }
        let text = text.trim();
        let text = text.strip_suffix("mm").or_else(|| text.strip_suffix("мм")).unwrap_or(text);
        let (w, h) = text.split_once(['x', 'X', '×', 'х', 'Х'])?;
        let number = |s: &str| s.trim().replace(',', ".").parse::<f64>().ok().filter(|v| v.is_finite() && *v > 0.0);
        let (width_mm, height_mm) = (number(w)?, number(h)?);
        Some(SheetSize { name: format!("{} x {}", mm(width_mm), mm(height_mm)), width_mm, height_mm })
    }

    /// Whether a page of `width` x `height` millimetres fits on the sheet,
    /// either way round.
    pub fn fits(&self, width: f64, height: f64) -> bool {
        const EPSILON: f64 = 1e-6;
        let within = |a: f64, b: f64| width <= a + EPSILON && height <= b + EPSILON;
        within(self.width_mm, self.height_mm) || within(self.height_mm, self.width_mm)
    }

    /// Whether the sheet is named by its size (`330 x 488`) rather than a name (`A4`).
    pub fn is_custom(&self) -> bool {
        self.name.contains(" x ")
    }
}

/// What a material is made on: the sheet sizes the print shop has and their thickness.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Stock {
    /// The sheet sizes, as listed.
    pub sizes: Vec<SheetSize>,
    /// Thickness, millimetres.
    pub thickness_mm: f64,
}

impl Stock {
    fn of(names: &[&str], thickness_mm: f64) -> Stock {
        Stock { sizes: names.iter().filter_map(|n| SheetSize::named(n)).collect(), thickness_mm }
    }

    /// The smallest sheet a page of `width` x `height` millimetres fits on
    /// (of two as large, the first listed); `None` when none does.
    pub fn sheet_for(&self, width: f64, height: f64) -> Option<&SheetSize> {
        let mut best: Option<&SheetSize> = None;
        for size in self.sizes.iter().filter(|s| s.fits(width, height)) {
            if best.is_none_or(|b| size.width_mm * size.height_mm < b.width_mm * b.height_mm) {
                best = Some(size);
            }
        }
        best
    }

    /// The longest page `width` millimetres wide that fits on one of the
    /// sheets; `None` when no sheet is that wide either way round.
    pub fn longest_page(&self, width: f64) -> Option<f64> {
        self.sizes
            .iter()
            .flat_map(|s| [(s.width_mm, s.height_mm), (s.height_mm, s.width_mm)])
            .filter(|(across, _)| width <= *across + 1e-6)
            .map(|(_, along)| along)
            .reduce(f64::max)
    }
}

/// The stock of each printed material (`production.stock`); audio has none.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Stocks {
    /// Stencil sheets: cut, and the braille raised on them.
    pub stencil: Stock,
    /// Swell (microcapsule) paper.
    pub overlay: Stock,
    /// Paper for the large print.
    pub large_print: Stock,
    /// Braille paper for the embosser.
    pub braille: Stock,
}

impl Default for Stocks {
    /// A4 and A3 for the stencil (0.5 mm) and swell paper (0.2 mm); A4 paper
    /// (0.1 mm) and A4 braille paper (0.2 mm).
    fn default() -> Self {
        Stocks {
            stencil: Stock::of(&["A4", "A3"], 0.5),
            overlay: Stock::of(&["A4", "A3"], 0.2),
            large_print: Stock::of(&["A4"], 0.1),
            braille: Stock::of(&["A4"], 0.2),
        }
    }
}

impl Stocks {
    /// The stock of a material of the plan (`stencil`, `overlay`,
    /// `large_print`, `braille`); `None` for audio.
    pub fn of(&self, material: &str) -> Option<&Stock> {
        match material {
            "stencil" => Some(&self.stencil),
            "overlay" => Some(&self.overlay),
            "large_print" => Some(&self.large_print),
            "braille" => Some(&self.braille),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{SheetSize, Stocks};

    #[test]
    fn sizes_are_read_by_name_or_as_width_by_height() {
        assert_eq!(SheetSize::parse("a3").map(|s| (s.name, s.width_mm, s.height_mm)), Some(("A3".into(), 297.0, 420.0)));
        for text in ["330 x 488", "330x488", "330 × 488 mm", "330 х 488", "330,0 X 488"] {
            assert_eq!(SheetSize::parse(text).map(|s| s.name), Some("330 x 488".to_owned()), "{text}");
        }
        assert_eq!(SheetSize::parse("215.9 x 279.4").map(|s| s.name), Some("215.9 x 279.4".to_owned()));
        for bad in ["A7", "330", "x 488", "330 x -1", "330 x", ""] {
            assert!(SheetSize::parse(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn a_page_goes_on_the_smallest_sheet_it_fits_either_way_round() {
        let stock = Stocks::default().overlay;
        assert_eq!(stock.sheet_for(168.0, 230.0).map(|s| s.name.as_str()), Some("A4"));
        assert_eq!(stock.sheet_for(230.0, 168.0).map(|s| s.name.as_str()), Some("A4"));
        assert_eq!(stock.sheet_for(168.0, 265.0 + 40.0).map(|s| s.name.as_str()), Some("A3"));
        // The 148 x 500 mm ballot: a 168 x 520 mm page fits no swell paper.
        assert_eq!(stock.sheet_for(168.0, 520.0), None);
        assert_eq!(stock.longest_page(168.0), Some(420.0));
        assert_eq!(stock.longest_page(300.0), Some(297.0));
        assert_eq!(stock.longest_page(430.0), None);
    }
}
