//! Numbers in words: Russian cardinals and ordinals with their endings, Kazakh cardinals and ordinals.

pub(super) const RU_ONES: [&str; 20] = [
    "ноль", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять", "одиннадцать", "двенадцать",
    "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать",
];
pub(super) const RU_TENS: [&str; 10] = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"];
pub(super) const RU_HUNDREDS: [&str; 10] = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"];
/// The first part of `двухсотый`, `трёхтысячный`.
pub(super) const RU_COMBINING: [&str; 10] = ["", "", "двух", "трёх", "четырёх", "пяти", "шести", "семи", "восьми", "девяти"];
/// Ordinal stems of 0 to 19 (`пят-ый`).
pub(super) const RU_ORDINAL_ONES: [&str; 20] = [
    "нулев", "перв", "втор", "трет", "четвёрт", "пят", "шест", "седьм", "восьм", "девят", "десят", "одиннадцат", "двенадцат",
    "тринадцат", "четырнадцат", "пятнадцат", "шестнадцат", "семнадцат", "восемнадцат", "девятнадцат",
];
pub(super) const RU_ORDINAL_TENS: [&str; 10] = ["", "", "двадцат", "тридцат", "сороков", "пятидесят", "шестидесят", "семидесят", "восьмидесят", "девяност"];

/// How a Russian ordinal declines: `пятый` (hard), `второй` (stressed ending), `третий`.
#[derive(Clone, Copy, PartialEq, Debug)]
pub(super) enum Declension {
    Hard,
    Stressed,
    Third,
}

pub(super) fn declension(stem: &str) -> Declension {
    match stem {
        "трет" => Declension::Third,
        "нулев" | "втор" | "шест" | "седьм" | "восьм" | "сороков" => Declension::Stressed,
        _ => Declension::Hard,
    }
}

/// The form of a Russian ordinal (an adjective): gender and case as needed.
#[derive(Clone, Copy, PartialEq, Debug)]
pub(super) enum Form {
    /// `пятый`
    MascNom,
    /// `пятая`
    FemNom,
    /// `пятое`
    NeutNom,
    /// `пятого` (masculine and neuter genitive, and animate accusative)
    Gen,
    /// `пятому`
    Dat,
    /// `пятым`
    Instr,
    /// `пятом`
    Prep,
    /// `пятой` (feminine genitive, dative, instrumental, prepositional)
    FemObl,
    /// `пятую`
    FemAcc,
    /// `пятые`
    Plural,
    /// `пятых`
    PluralGen,
    /// `пятыми`
    PluralInstr,
}

pub(super) fn ending(declension: Declension, form: Form) -> &'static str {
    use Form::*;
    if declension == Declension::Third {
        return match form {
            MascNom => "ий",
            FemNom => "ья",
            NeutNom => "ье",
            Gen => "ьего",
            Dat => "ьему",
            Instr => "ьим",
            Prep => "ьем",
            FemObl => "ьей",
            FemAcc => "ью",
            Plural => "ьи",
            PluralGen => "ьих",
            PluralInstr => "ьими",
        };
    }
    match form {
        MascNom if declension == Declension::Stressed => "ой",
        MascNom => "ый",
        FemNom => "ая",
        NeutNom => "ое",
        Gen => "ого",
        Dat => "ому",
        Instr => "ым",
        Prep => "ом",
        FemObl => "ой",
        FemAcc => "ую",
        Plural => "ые",
        PluralGen => "ых",
        PluralInstr => "ыми",
    }
}

/// A Russian number below 1000 in words; `feminine` for `одна`, `две` (thousands).
pub(super) fn ru_below_thousand(n: u32, feminine: bool) -> Vec<&'static str> {
    let (hundreds, rest) = (n / 100, n % 100);
    let mut words = vec![RU_HUNDREDS[hundreds as usize]];
    let ones = if rest < 20 {
        rest
    } else {
        words.push(RU_TENS[(rest / 10) as usize]);
        rest % 10
    };
    words.push(match ones {
        0 => "",
        1 if feminine => "одна",
        2 if feminine => "две",
        _ => RU_ONES[ones as usize],
    });
    words.retain(|w| !w.is_empty());
    words
}

/// A Russian cardinal number below a million in words (masculine): `тысяча
/// девятьсот семьдесят пять`, `две тысячи двадцать два`.
pub(super) fn ru_cardinal(n: u32) -> Vec<&'static str> {
    if n == 0 {
        return vec![RU_ONES[0]];
    }
    let thousands = n / 1000;
    let mut words = Vec::new();
    if thousands > 1 {
        words = ru_below_thousand(thousands, true);
    }
    if thousands > 0 {
        words.push(match (thousands % 100, thousands % 10) {
            (11..=19, _) => "тысяч",
            (_, 1) => "тысяча",
            (_, 2..=4) => "тысячи",
            _ => "тысяч",
        });
    }
    words.extend(ru_below_thousand(n % 1000, false));
    words
}

/// A Russian ordinal in `form`: only the last part declines (`двадцать пятый`,
/// `тысяча девятьсот девяностых`, `двухтысячного`). Below a million; whole
/// tens of thousands and more (`десятитысячный`) are left to the voice.
pub(super) fn ru_ordinal(n: u32, form: Form) -> Option<String> {
    let (thousands, rest) = ((n / 1000) as usize, n % 1000);
    let (hundreds, below) = ((rest / 100) as usize, rest % 100);
    if n >= 1_000_000 || (rest == 0 && thousands > 9) {
        return None;
    }
    // The cardinal before the last part: `две тысячи двадцать` in `две тысячи двадцать второй`.
    let before = |m: u32| if m == 0 { Vec::new() } else { ru_cardinal(m) };
    let (mut words, stem) = if rest == 0 && thousands > 0 {
        (Vec::new(), format!("{}тысячн", RU_COMBINING[thousands]))
    } else if below == 0 && hundreds > 0 {
        (before(n - rest), format!("{}сот", RU_COMBINING[hundreds]))
    } else if below < 20 {
        (before(n - below), RU_ORDINAL_ONES[below as usize].to_owned())
    } else if below % 10 == 0 {
        (before(n - below), RU_ORDINAL_TENS[(below / 10) as usize].to_owned())
    } else {
        (before(n - below % 10), RU_ORDINAL_ONES[(below % 10) as usize].to_owned())
    };
    let last = format!("{stem}{}", ending(declension(&stem), form));
    words.push(&last);
    Some(words.join(" "))
}

pub(super) const KK_ONES: [&str; 10] = ["нөл", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"];
pub(super) const KK_TENS: [&str; 10] = ["", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"];
/// The ordinal of each word a Kazakh number can end with.
pub(super) const KK_ORDINALS: [(&str, &str); 20] = [
    ("бір", "бірінші"),
    ("екі", "екінші"),
    ("үш", "үшінші"),
    ("төрт", "төртінші"),
    ("бес", "бесінші"),
    ("алты", "алтыншы"),
    ("жеті", "жетінші"),
    ("сегіз", "сегізінші"),
    ("тоғыз", "тоғызыншы"),
    ("он", "оныншы"),
    ("жиырма", "жиырмасыншы"),
    ("отыз", "отызыншы"),
    ("қырық", "қырқыншы"),
    ("елу", "елуінші"),
    ("алпыс", "алпысыншы"),
    ("жетпіс", "жетпісінші"),
    ("сексен", "сексенінші"),
    ("тоқсан", "тоқсаныншы"),
    ("жүз", "жүзінші"),
    ("мың", "мыңыншы"),
];

/// A Kazakh number below 1000 in words (`жүз`, not `бір жүз`, for 100).
pub(super) fn kk_below_thousand(n: u32) -> Vec<&'static str> {
    let (hundreds, tens, ones) = ((n / 100) as usize, (n / 10 % 10) as usize, (n % 10) as usize);
    let mut words = Vec::new();
    if hundreds > 1 {
        words.push(KK_ONES[hundreds]);
    }
    if hundreds > 0 {
        words.push("жүз");
    }
    if tens > 0 {
        words.push(KK_TENS[tens]);
    }
    if ones > 0 {
        words.push(KK_ONES[ones]);
    }
    words
}

/// A Kazakh cardinal number from 1 to 999,999 in words (`мың`, not `бір мың`, for 1000).
pub(super) fn kk_cardinal(n: u32) -> Vec<&'static str> {
    let thousands = n / 1000;
    let mut words = if thousands > 1 { kk_below_thousand(thousands) } else { Vec::new() };
    if thousands > 0 {
        words.push("мың");
    }
    words.extend(kk_below_thousand(n % 1000));
    words
}

/// A Kazakh ordinal: only the last word takes the suffix (`жиырма бесінші`).
pub(super) fn kk_ordinal(n: u32) -> Option<String> {
    if n == 0 || n >= 1_000_000 {
        return None;
    }
    let mut words = kk_cardinal(n);
    let last = words.pop()?;
    let ordinal = KK_ORDINALS.iter().find(|(word, _)| *word == last)?.1;
    words.push(ordinal);
    Some(words.join(" "))
}
