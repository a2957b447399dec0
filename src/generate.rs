//! A synthetic national election for benchmarks and tests: N ballots across the
//! 20 regions, 2 to 20 candidates each with Kazakh and Russian names of varied
//! length and details lines. Deterministic for a given seed. The names are
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

/// Writes a synthetic election of `ballots` ballots into `folder`.
pub fn election(folder: &Path, ballots: usize, seed: u64) -> std::io::Result<()> {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    std::fs::create_dir_all(folder)?;
    std::fs::write(
        folder.join("election.yaml"),
        "# A synthetic election for benchmarks; the names are invented.\nschema: 1\nid: synthetic\ndate: 2027-03-21\nlanguages: [kk, ru]\ntitle:\n  kk: Мәслихат депутаттарын сайлау\n  ru: Выборы депутатов маслихата\npaper:\n  width_mm: 148\n  height_mm: 210\n  boxes: { size_mm: 10, x_mm: 124, first_y_mm: 62, pitch_mm: 17 }\nspeech:\n  lexicon:\n    kk: { AMANAT: аманат, ЖСДП: жэ эс дэ пэ }\n    ru: { AMANAT: аманат, Respublica: республика }\n",
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
