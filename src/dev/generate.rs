//! Synthetic elections for benchmarks and tests, deterministic for a seed:
//! [`election`], N heavy ballots (2 to 20 candidates each) across the 20
//! regions, the stress workload; and [`national`], the realistic one, shaped
//! like March 2023 (party lists, Mazhilis districts, maslikhat districts of
//! about 3.5 candidates), whole or by a fraction of its regions. Names are
//! invented by combining common name parts; they describe nobody.

use std::fmt::Write as _;
use std::path::Path;

use crate::speech::spoken::spoken;

/// The 17 regions and 3 cities of republican significance: (kk, ru).
const REGIONS: [(&str, &str); 20] = [
    ("Абай облысы", "Абайская область"),
    ("Ақмола облысы", "Акмолинская область"),
    ("Ақтөбе облысы", "Актюбинская область"),
    ("Алматы облысы", "Алматинская область"),
    ("Атырау облысы", "Атырауская область"),
    ("Батыс Қазақстан облысы", "Западно-Казахстанская область"),
    ("Жамбыл облысы", "Жамбылская область"),
    ("Жетісу облысы", "Жетысуская область"),
    ("Қарағанды облысы", "Карагандинская область"),
    ("Қостанай облысы", "Костанайская область"),
    ("Қызылорда облысы", "Кызылординская область"),
    ("Маңғыстау облысы", "Мангистауская область"),
    ("Павлодар облысы", "Павлодарская область"),
    ("Солтүстік Қазақстан облысы", "Северо-Казахстанская область"),
    ("Түркістан облысы", "Туркестанская область"),
    ("Ұлытау облысы", "Улытауская область"),
    ("Шығыс Қазақстан облысы", "Восточно-Казахстанская область"),
    ("Астана қаласы", "город Астана"),
    ("Алматы қаласы", "город Алматы"),
    ("Шымкент қаласы", "город Шымкент"),
];

const SURNAME_STEMS: [&str; 24] = [
    "Әбдіқадір", "Баймұхамбет", "Жұмағали", "Қожахмет", "Нұрғали", "Оразбек", "Сәрсенба", "Төлеген",
    "Ысқақ", "Ермек", "Темірхан", "Мұсабек", "Шаймерден", "Дүйсенби", "Әміре", "Құдайберген",
    "Ахмет", "Серік", "Жақсылық", "Омар", "Бекмұхамбет", "Сейіт", "Қасым", "Тілеу",
];
const MALE_NAMES: [&str; 12] = ["Ерлан", "Нұрлан", "Дәурен", "Ғалым", "Асқар", "Бауыржан", "Ілияс", "Қуаныш", "Ерболат", "Өркен", "Бақытжан", "Һашим"];
const FEMALE_NAMES: [&str; 10] = ["Гүлнар", "Әйгерім", "Шұғыла", "Індира", "Жансая", "Салтанат-Нұр", "Мөлдір", "Айгүл", "Ләззат", "Дана"];
const FATHERS: [&str; 10] = ["Серік", "Әділ", "Қайрат", "Болат", "Өміржан", "Мұрат", "Ерлан", "Марат", "Бақыт", "Сағынтай"];
const TOWNS: [(&str, &str); 8] = [
    ("Тараз қаласы", "город Тараз"),
    ("Шу қаласы", "город Шу"),
    ("Қаратау қаласы", "город Каратау"),
    ("Талғар қаласы", "город Талгар"),
    ("Есік қаласы", "город Есик"),
    ("Қаскелең қаласы", "город Каскелен"),
    ("Меркі ауылы", "село Мерке"),
    ("Жаңатас қаласы", "город Жанатас"),
];
const PARTIES: [(&str, &str); 6] = [
    ("«AMANAT» партиясы ұсынған", "выдвинут партией «AMANAT»"),
    ("«Ауыл» партиясы ұсынған", "выдвинут партией «Ауыл»"),
    ("«Respublica» партиясы ұсынған", "выдвинут партией «Respublica»"),
    ("«Ақ жол» партиясы ұсынған", "выдвинут партией «Ак жол»"),
    ("ЖСДП ұсынған", "выдвинут ОСДП"),
    ("өзін-өзі ұсынған", "самовыдвижение"),
];

/// A small deterministic pseudo-random generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// The Russian form of a Kazakh name part (Kazakh letters as Russian ones).
fn russian(kk: &str) -> String {
    spoken(kk, crate::model::Lang::Ru, &Default::default())
}

fn candidate(rng: &mut Rng) -> (String, String, String, String) {
    let stem = *rng.pick(&SURNAME_STEMS);
    let female = rng.below(2) == 0;
    let (given, surname_end, kk_patronymic_end, ru_patronymic_end) = if female {
        (*rng.pick(&FEMALE_NAMES), "ова", "қызы", "овна")
    } else {
        (*rng.pick(&MALE_NAMES), "ов", "ұлы", "ович")
    };
    let father = *rng.pick(&FATHERS);
    let kk_surname = format!("{stem}{surname_end}").to_uppercase();
    let ru_surname = russian(&format!("{stem}{surname_end}")).to_uppercase();
    let kk = format!("{kk_surname} {given} {father}{kk_patronymic_end}");
    let ru = format!("{ru_surname} {} {}{ru_patronymic_end}", russian(given), russian(father));
    let year = 1955 + rng.below(45);
    let (town_kk, town_ru) = *rng.pick(&TOWNS);
    let (party_kk, party_ru) = *rng.pick(&PARTIES);
    let party_ru = if female { party_ru.replace("выдвинут ", "выдвинута ") } else { party_ru.to_owned() };
    let details_kk = format!("{year} жылы туған, {town_kk}, {party_kk}");
    let details_ru = format!("{year} года рождения, {town_ru}, {party_ru}");
    (kk, ru, details_kk, details_ru)
}

/// The print shop of a generated election: beside A4 and A3, a sheet long
/// enough for its longest ballots (21 options, 449 mm; `check` refuses a
/// stencil or overlay page that fits no sheet of the stock).
const STOCK: &str = "production:\n  stock:\n    stencil: { sizes: [A4, A3, 330 x 488] }\n    overlay: { sizes: [A4, A3, 330 x 488] }\n";

/// Writes a synthetic election of `ballots` ballots into `folder`.
pub fn election(folder: &Path, ballots: usize, seed: u64) -> std::io::Result<()> {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    std::fs::create_dir_all(folder)?;
    std::fs::write(
        folder.join("election.yaml"),
        "# A synthetic election for benchmarks; the names are invented.\nschema: 1\nid: synthetic\ndate: 2027-03-21\nlanguages: [kk, ru]\ntitle:\n  kk: Мәслихат депутаттарын сайлау\n  ru: Выборы депутатов маслихата\npaper:\n  width_mm: 148\n  height_mm: 210\n  boxes: { size_mm: 10, x_mm: 124, first_y_mm: 62, pitch_mm: 17 }\nspeech:\n  lexicon:\n    kk: { AMANAT: аманат, ЖСДП: жэ эс дэ пэ }\n    ru: { AMANAT: аманат, Respublica: республика }\n".to_owned() + STOCK,
    )?;
    for n in 1..=ballots {
        let (region_kk, region_ru) = REGIONS[(n - 1) % REGIONS.len()];
        let count = 2 + rng.below(19);
        let mut y = String::new();
        let _ = writeln!(y, "id: district-{n:04}\nconstituency:\n  number: {n}\n  name:\n    kk: № {n} бір мандатты сайлау округі\n    ru: Одномандатный избирательный округ № {n}\n  region: {{ kk: {region_kk}, ru: {region_ru} }}");
        y.push_str("contest:\n  kind: candidates\n  title:\n    kk: Мәслихат депутаттығына кандидаттар\n    ru: Кандидаты в депутаты маслихата\n  instructions:\n    kk: Өзіңіз дауыс беретін кандидаттың тегінің оң жағындағы бос шаршыға кез келген белгі қойыңыз\n    ru: Поставьте любую отметку в пустом квадрате справа от фамилии кандидата, за которого Вы голосуете\n  options:\n");
        let mut names: Vec<String> = Vec::new();
        while names.len() < count {
            let (kk, ru, details_kk, details_ru) = candidate(&mut rng);
            // Namesakes on one ballot are legal but draw a warning; keep the benchmark quiet.
            if names.contains(&kk) {
                continue;
            }
            names.push(kk.clone());
            let _ = writeln!(y, "    - name: {{ kk: {kk}, ru: {ru} }}\n      details: {{ kk: \"{details_kk}\", ru: \"{details_ru}\" }}");
        }
        y.push_str("    - name: { kk: Барлығына қарсы, ru: Против всех }\n      against_all: true\n");
        let height = (62 + (count + 1) * 17 + 20).max(210);
        let _ = writeln!(y, "paper:\n  height_mm: {height}");
        let region_folder = folder.join(format!("region-{:02}", (n - 1) % REGIONS.len() + 1));
        std::fs::create_dir_all(&region_folder)?;
        std::fs::write(region_folder.join(format!("district-{n:04}.yaml")), y)?;
    }
    Ok(())
}

/// The centre of each region (same order as [`REGIONS`]): (kk, ru).
const CENTRES: [(&str, &str); 20] = [
    ("Семей қаласы", "город Семей"), ("Көкшетау қаласы", "город Кокшетау"), ("Ақтөбе қаласы", "город Актобе"),
    ("Қонаев қаласы", "город Конаев"), ("Атырау қаласы", "город Атырау"), ("Орал қаласы", "город Уральск"),
    ("Тараз қаласы", "город Тараз"), ("Талдықорған қаласы", "город Талдыкорган"), ("Қарағанды қаласы", "город Караганда"),
    ("Қостанай қаласы", "город Костанай"), ("Қызылорда қаласы", "город Кызылорда"), ("Ақтау қаласы", "город Актау"),
    ("Павлодар қаласы", "город Павлодар"), ("Петропавл қаласы", "город Петропавловск"), ("Түркістан қаласы", "город Туркестан"),
    ("Жезқазған қаласы", "город Жезказган"), ("Өскемен қаласы", "город Усть-Каменогорск"), ("Астана қаласы", "город Астана"),
    ("Алматы қаласы", "город Алматы"), ("Шымкент қаласы", "город Шымкент"),
];
/// Villages, named in every region (kk, ru).
const VILLAGES: [(&str, &str); 8] = [
    ("Ақсу ауылы", "село Аксу"), ("Береке ауылы", "село Береке"), ("Жаңаталап ауылы", "село Жанаталап"), ("Қызылжар ауылы", "село Кызылжар"),
    ("Достық ауылы", "село Достык"), ("Бірлік ауылы", "село Бирлик"), ("Көктерек ауылы", "село Коктерек"), ("Шұбар ауылы", "село Шубар"),
];
/// Parties on the party-list ballots (kk, ru) with their stencil labels (kk, ru).
const LIST_PARTIES: [(&str, &str, &str, &str); 7] = [
    ("«AMANAT» партиясы", "Партия «AMANAT»", "AMANAT", "AMANAT"),
    ("«Ауыл» халықтық-демократиялық патриоттық партиясы", "Народно-демократическая патриотическая партия «Ауыл»", "Ауыл", "Ауыл"),
    ("«Respublica» партиясы", "Партия «Respublica»", "Respublica", "Respublica"),
    ("«Ақ жол» демократиялық партиясы", "Демократическая партия «Ак жол»", "Ақ жол", "Ак жол"),
    ("Жалпыұлттық социал-демократиялық партия", "Общенациональная социал-демократическая партия", "ЖСДП", "ОСДП"),
    ("«Байтақ» партиясы", "Партия «Байтак»", "Байтақ", "Байтак"),
    ("Қазақстан Халық партиясы", "Народная партия Казахстана", "Халық", "Народная"),
];

/// Mazhilis single-mandate districts in the country.
const MAZHILIS_DISTRICTS: usize = 29;

/// What a ballot is for, with its contest texts.
#[derive(Clone, Copy)]
enum Kind {
    MazhilisList,
    Mazhilis,
    RegionalList,
    Regional,
    City,
    District,
}

impl Kind {
    fn title(self) -> (&'static str, &'static str) {
        match self {
            Kind::MazhilisList => ("Мәжіліс депутаттығына партиялық тізімдер", "Партийные списки кандидатов в депутаты Мажилиса"),
            Kind::Mazhilis => ("Мәжіліс депутаттығына кандидаттар", "Кандидаты в депутаты Мажилиса"),
            Kind::RegionalList => ("Облыстық мәслихат депутаттығына партиялық тізімдер", "Партийные списки кандидатов в депутаты областного маслихата"),
            Kind::Regional => ("Облыстық мәслихат депутаттығына кандидаттар", "Кандидаты в депутаты областного маслихата"),
            Kind::City => ("Қалалық мәслихат депутаттығына кандидаттар", "Кандидаты в депутаты городского маслихата"),
            Kind::District => ("Аудандық мәслихат депутаттығына кандидаттар", "Кандидаты в депутаты районного маслихата"),
        }
    }

    fn is_list(self) -> bool {
        matches!(self, Kind::MazhilisList | Kind::RegionalList)
    }
}

/// Writes a realistic national election into `folder`, or `scale` of it by
/// whole regions (at least one): as published for March 2023, one national
/// Mazhilis party list of 7 parties and 29 Mazhilis districts of 6 to 20
/// candidates; per region a regional maslikhat party list and about 155
/// maslikhat districts (regional, city and district) of 2 to 5 candidates,
/// 3.5 on average: about 3,200 ballots and 11,000 candidates in all.
pub fn national(folder: &Path, scale: f64, seed: u64) -> std::io::Result<()> {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    let regions = ((REGIONS.len() as f64 * scale.clamp(0.0, 1.0)).round() as usize).clamp(1, REGIONS.len());
    std::fs::create_dir_all(folder)?;
    std::fs::write(
        folder.join("election.yaml"),
        "# A realistic national election for benchmarks (March 2023 counts); the names are invented.\nschema: 1\nid: kz-national\ndate: 2027-03-21\nlanguages: [kk, ru]\ntitle:\n  kk: Мәжіліс және мәслихат депутаттарын сайлау\n  ru: Выборы депутатов Мажилиса и маслихатов\npaper:\n  width_mm: 148\n  height_mm: 210\n  boxes: { size_mm: 10, x_mm: 124, first_y_mm: 62, pitch_mm: 17 }\nspeech:\n  lexicon:\n    kk: { AMANAT: аманат, ЖСДП: жэ эс дэ пэ }\n    ru: { AMANAT: аманат, Respublica: республика }\n".to_owned() + STOCK,
    )?;
    let mut number = 0;
    for region in 0..regions {
        let dir = folder.join(format!("region-{:02}", region + 1));
        std::fs::create_dir_all(&dir)?;
        let mut ballots: Vec<(Kind, usize)> = Vec::new();
        if region == 0 {
            ballots.push((Kind::MazhilisList, LIST_PARTIES.len()));
        }
        for _ in (region..MAZHILIS_DISTRICTS).step_by(REGIONS.len()) {
            ballots.push((Kind::Mazhilis, 6 + rng.below(15)));
        }
        ballots.push((Kind::RegionalList, 5 + rng.below(3)));
        let (regional, city, district) = (14 + rng.below(8), 20 + rng.below(15), 105 + rng.below(30));
        let maslikhat = |kind, n| std::iter::repeat_n(kind, n);
        for kind in maslikhat(Kind::Regional, regional).chain(maslikhat(Kind::City, city)).chain(maslikhat(Kind::District, district)) {
            ballots.push((kind, *rng.pick(&[2, 3, 3, 4, 4, 5])));
        }
        for (kind, count) in ballots {
            number += 1;
            std::fs::write(dir.join(format!("ballot-{number:04}.yaml")), national_ballot(&mut rng, kind, count, number, region))?;
        }
    }
    Ok(())
}

fn national_ballot(rng: &mut Rng, kind: Kind, count: usize, number: usize, region: usize) -> String {
    let (region_kk, region_ru) = REGIONS[region];
    let (title_kk, title_ru) = kind.title();
    let mut y = String::new();
    if kind.is_list() {
        let _ = writeln!(y, "id: ballot-{number:04}\nconstituency:\n  name:\n    kk: {region_kk} бойынша партиялық тізім\n    ru: Партийный список, {region_ru}\n  region: {{ kk: {region_kk}, ru: {region_ru} }}");
        let _ = writeln!(y, "contest:\n  kind: parties\n  title:\n    kk: {title_kk}\n    ru: {title_ru}\n  instructions:\n    kk: Өзіңіз дауыс беретін партияның атауының оң жағындағы бос шаршыға кез келген белгі қойыңыз\n    ru: Поставьте любую отметку в пустом квадрате справа от наименования партии, за которую Вы голосуете\n  options:");
        for (kk, ru, label_kk, label_ru) in LIST_PARTIES.iter().take(count) {
            let _ = writeln!(y, "    - name: {{ kk: \"{kk}\", ru: \"{ru}\" }}\n      label: {{ kk: {label_kk}, ru: {label_ru} }}");
        }
    } else {
        let _ = writeln!(y, "id: ballot-{number:04}\nconstituency:\n  number: {number}\n  name:\n    kk: № {number} бір мандатты сайлау округі\n    ru: Одномандатный избирательный округ № {number}\n  region: {{ kk: {region_kk}, ru: {region_ru} }}");
        let _ = writeln!(y, "contest:\n  kind: candidates\n  title:\n    kk: {title_kk}\n    ru: {title_ru}\n  instructions:\n    kk: Өзіңіз дауыс беретін кандидаттың тегінің оң жағындағы бос шаршыға кез келген белгі қойыңыз\n    ru: Поставьте любую отметку в пустом квадрате справа от фамилии кандидата, за которого Вы голосуете\n  options:");
        let mut names: Vec<String> = Vec::new();
        while names.len() < count {
            let (kk, ru, _, _) = candidate(rng);
            if names.contains(&kk) {
                continue;
            }
            names.push(kk.clone());
            let female = kk.contains("қызы");
            let year = 1958 + rng.below(42);
            let (place_kk, place_ru) = if rng.below(2) == 0 { CENTRES[region] } else { *rng.pick(&VILLAGES) };
            let (party_kk, party_ru) = *rng.pick(&PARTIES);
            let party_ru = if female { party_ru.replace("выдвинут ", "выдвинута ") } else { party_ru.to_owned() };
            let _ = writeln!(y, "    - name: {{ kk: {kk}, ru: {ru} }}\n      details: {{ kk: \"{year} жылы туған, {place_kk}, {party_kk}\", ru: \"{year} года рождения, {place_ru}, {party_ru}\" }}");
        }
    }
    y.push_str("    - name: { kk: Барлығына қарсы, ru: Против всех }\n      against_all: true\n");
    let height = (62 + (count + 1) * 17 + 30).max(210);
    let _ = writeln!(y, "paper:\n  height_mm: {height}\npolling_stations: {}", 1 + rng.below(40));
    y
}

#[cfg(test)]
mod tests {
    /// Ballots and candidates in a generated folder, counted from the files.
    fn counts(folder: &std::path::Path) -> (usize, usize, usize) {
        let (mut ballots, mut candidates, mut regions) = (0, 0, 0);
        for region in std::fs::read_dir(folder).unwrap().map(|e| e.unwrap().path()).filter(|p| p.is_dir()) {
            regions += 1;
            for file in std::fs::read_dir(region).unwrap() {
                let text = std::fs::read_to_string(file.unwrap().path()).unwrap();
                ballots += 1;
                if text.contains("kind: candidates") {
                    candidates += text.matches("    - name:").count() - 1;
                }
            }
        }
        (ballots, candidates, regions)
    }

    #[test]
    fn the_national_workload_has_the_published_size_and_is_valid() {
        let dir = tempfile::tempdir().unwrap();
        super::national(dir.path(), 1.0, 3).unwrap();
        let (ballots, candidates, regions) = counts(dir.path());
        assert_eq!(regions, 20);
        assert!((3_000..=3_400).contains(&ballots), "{ballots} ballots");
        assert!((10_000..=12_000).contains(&candidates), "{candidates} candidates");
        // A tenth of the country is two whole regions, and every ballot is valid.
        let part = tempfile::tempdir().unwrap();
        super::national(part.path(), 0.1, 3).unwrap();
        let (ballots, _, regions) = counts(part.path());
        assert_eq!(regions, 2);
        let loaded = crate::definition::load(&[part.path().to_path_buf()]);
        assert!(!loaded.diagnostics.has_errors(), "{:?}", loaded.diagnostics.0.iter().take(3).map(|d| d.to_string()).collect::<Vec<_>>());
        assert_eq!(loaded.ballot_count(), ballots);
    }
}
