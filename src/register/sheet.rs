//! Registers written as `.xlsx` (rust_xlsxwriter): an empty template a
//! commission fills in, and an election's definitions exported back as a
//! register to proofread and import again. No wall-clock time goes in.

use rust_xlsxwriter::{DataValidation, DataValidationRule, DocProperties, ExcelDateTime, Format, Note, Workbook, Worksheet};

use super::columns::{Field, TextField};
use crate::i18n::Message;
use crate::model::{ContestKind, Election, Lang};
use crate::msg;

/// The sheet's name in the interface language.
fn sheet_name(ui: Lang) -> &'static str {
    match ui {
        Lang::Kk => "Кандидаттар",
        Lang::Ru => "Кандидаты",
        Lang::En => "Candidates",
    }
}

/// What each column holds, for its note, in the interface language.
fn note(field: Field, ui: Lang) -> String {
    let text = |kk: &str, ru: &str, en: &str| match ui {
        Lang::Kk => kk.to_owned(),
        Lang::Ru => ru.to_owned(),
        Lang::En => en.to_owned(),
    };
    match field {
        Field::DistrictNumber => text("Округ нөмірі, бүтін сан; округтың әр үміткерінің жолында толтырылады.", "Номер округа, целое число; указывается в строке каждого кандидата округа.", "The district's number, a whole number, on every candidate's row."),
        Field::PollingStations => text("Округ бюллетені қолданылатын сайлау учаскелерінің саны (бүтін сан); округтың бір жолында көрсету жеткілікті.", "Число избирательных участков, где используется бюллетень округа (целое число); достаточно указать в одной строке округа.", "The number of polling stations using the district's ballot (a whole number), on at least one row of the district."),
        Field::Order => text("Бюллетеньдегі орны (міндетті емес).", "Место в бюллетене (необязательно).", "Position on the ballot (optional)."),
        Field::BirthYear => text("Туған жылы, төрт цифрмен.", "Год рождения, четыре цифры.", "Year of birth, four digits."),
        Field::Text(kind, lang) => {
            let what = match kind {
                TextField::DistrictName => text("Округ атауы", "Название округа", "The district's name"),
                TextField::Region => text("Облыс (міндетті емес)", "Область (необязательно)", "Region (optional)"),
                TextField::Surname => text("Тегі, бюллетеньде жазылатындай", "Фамилия, как в бюллетене", "Surname, as on the ballot"),
                TextField::Name => text("Аты", "Имя", "Given name"),
                TextField::Patronymic => text("Әкесінің аты (болса)", "Отчество (если есть)", "Patronymic (if any)"),
                TextField::FullName => text("Толық аты-жөні (тегі, аты, әкесінің аты орнына)", "ФИО целиком (вместо фамилии, имени, отчества)", "The whole name (instead of its parts)"),
                TextField::Occupation => text("Лауазымы, жұмыс орны", "Должность, место работы", "Occupation and workplace"),
                TextField::Residence => text("Тұрғылықты жері", "Место жительства", "Place of residence"),
                TextField::NominatedBy => text("Кім ұсынған, бюллетеньде жазылатындай", "Кем выдвинут, как в бюллетене", "Nominated by, as on the ballot"),
                TextField::Details => text("Бюллетеньдегі екінші жолдың толық мәтіні", "Вторая строка бюллетеня целиком", "The ballot's second line as a whole"),
                TextField::Label => text("Трафареттегі қысқа жазу (міндетті емес)", "Краткая надпись для трафарета (необязательно)", "Short stencil label (optional)"),
            };
            format!("{what} ({lang})")
        }
    }
}

/// The workbook's fixed creation time: `SOURCE_DATE_EPOCH`, else 1980-01-01.
fn properties(source_date_epoch: Option<i64>) -> DocProperties {
    let at = source_date_epoch.and_then(|s| ExcelDateTime::from_timestamp(s).ok()).or_else(|| ExcelDateTime::from_ymd(1980, 1, 1).ok());
    let properties = DocProperties::new().set_author("ballot-access");
    match at {
        Some(at) => properties.set_creation_datetime(&at),
        None => properties,
    }
}

/// One value of a row.
enum Value {
    Number(u32),
    Text(String),
}

/// A workbook of one sheet: headings (with notes), rows, text columns kept as
/// text and number columns validated.
fn workbook(columns: &[Field], rows: &[Vec<Option<Value>>], ui: Lang, source_date_epoch: Option<i64>) -> Result<Vec<u8>, Message> {
    let fail = |e: rust_xlsxwriter::XlsxError| msg!("reg-cannot-make-spreadsheet", reason = e.to_string());
    let mut book = Workbook::new();
    book.set_properties(&properties(source_date_epoch));
    let sheet: &mut Worksheet = book.add_worksheet();
    sheet.set_name(sheet_name(ui)).map_err(fail)?;
    let bold = Format::new().set_bold();
    // Text columns as text: a spreadsheet then never turns `1-4` into a date or drops a leading zero.
    let text = Format::new().set_num_format("@");
    const LAST_ROW: u32 = 10_000;
    for (c, field) in columns.iter().enumerate() {
        let c = c as u16;
        sheet.write_string_with_format(0, c, field.heading(ui), &bold).map_err(fail)?;
        sheet.insert_note(0, c, &Note::new(note(*field, ui)).add_author_prefix(false)).map_err(fail)?;
        sheet.set_column_width(c, if field.is_number() { 14 } else { 28 }).map_err(fail)?;
        let rule = match field {
            Field::BirthYear => Some(DataValidationRule::Between(*super::compose::BIRTH_YEARS.start() as i32, *super::compose::BIRTH_YEARS.end() as i32)),
            Field::DistrictNumber | Field::PollingStations | Field::Order => Some(DataValidationRule::GreaterThanOrEqualTo(1)),
            Field::Text(..) => None,
        };
        match rule {
            Some(rule) => {
                sheet.add_data_validation(1, c, LAST_ROW, c, &DataValidation::new().allow_whole_number(rule)).map_err(fail)?;
            }
            None => {
                sheet.set_column_format(c, &text).map_err(fail)?;
            }
        }
    }
    sheet.set_freeze_panes(1, 0).map_err(fail)?;
    for (r, row) in rows.iter().enumerate() {
        let r = r as u32 + 1;
        for (c, value) in row.iter().enumerate() {
            match value {
                Some(Value::Number(n)) => {
                    sheet.write_number(r, c as u16, f64::from(*n)).map_err(fail)?;
                }
                Some(Value::Text(t)) => {
                    sheet.write_string_with_format(r, c as u16, t, &text).map_err(fail)?;
                }
                None => {}
            }
        }
    }
    book.save_to_buffer().map_err(fail)
}

/// An empty register for an election in `languages`, headings in `ui`, with
/// one example row (an invented candidate) that imports as it is.
pub fn template(languages: &[Lang], ui: Lang, source_date_epoch: Option<i64>) -> Result<Vec<u8>, Message> {
    let per = |kinds: &[TextField]| kinds.iter().flat_map(|&k| languages.iter().map(move |&l| Field::Text(k, l))).collect::<Vec<_>>();
    let mut columns = vec![Field::DistrictNumber];
    columns.extend(per(&[TextField::DistrictName, TextField::Region]));
    columns.push(Field::PollingStations);
    columns.extend(per(&[TextField::Surname, TextField::Name, TextField::Patronymic]));
    columns.push(Field::BirthYear);
    columns.extend(per(&[TextField::Occupation, TextField::Residence, TextField::NominatedBy, TextField::Label]));
    let example = |field: Field| -> Option<Value> {
        let by_lang = |lang: Lang, kk: &str, ru: &str, en: &str| Value::Text(match lang { Lang::Kk => kk, Lang::Ru => ru, Lang::En => en }.to_owned());
        Some(match field {
            Field::DistrictNumber => Value::Number(1),
            Field::PollingStations => Value::Number(30),
            Field::BirthYear => Value::Number(1980),
            Field::Order => return None,
            Field::Text(kind, l) => match kind {
                TextField::DistrictName => by_lang(l, "№ 1 бір мандатты аумақтық сайлау округі", "Одномандатный территориальный избирательный округ № 1", "Single-member district No. 1"),
                TextField::Region => by_lang(l, "Ақмола облысы", "Акмолинская область", "Akmola Region"),
                TextField::Surname => by_lang(l, "ҮЛГІБАЕВ", "УЛГИБАЕВ", "ULGIBAYEV"),
                TextField::Name => by_lang(l, "Мысал", "Мысал", "Mysal"),
                TextField::Patronymic => by_lang(l, "Үлгіұлы", "Улгиевич", "Ulgiuly"),
                TextField::Occupation => by_lang(l, "мұғалім", "учитель", "teacher"),
                TextField::Residence => by_lang(l, "Көкшетау қаласы", "город Кокшетау", "Kokshetau"),
                TextField::NominatedBy => by_lang(l, "өзін-өзі ұсынған", "самовыдвижение", "self-nominated"),
                _ => return None,
            },
        })
    };
    let row = columns.iter().map(|&f| example(f)).collect();
    workbook(&columns, &[row], ui, source_date_epoch)
}

/// An election's district ballots as a register: a row per option (the
/// against-all option aside, which the import adds back), whole names and
/// details, so importing it writes the same definitions. Ballots that are
/// no district's (no constituency number, or not of candidates) are named
/// in the second value, not exported.
pub fn export(election: &Election, ui: Lang, source_date_epoch: Option<i64>) -> Result<(Vec<u8>, Vec<String>), Message> {
    let languages = &election.info.languages;
    // Once districts come from a register, only they go back into it (a
    // ballot written by hand would clash with itself on the next import).
    let folder = election.source.parent().unwrap_or(std::path::Path::new("."));
    let record = super::read_record(folder);
    let imported = |b: &crate::model::Ballot| record.is_empty() || record.contains_key(&b.source.strip_prefix(folder).unwrap_or(&b.source).to_string_lossy().replace('\\', "/"));
    let (districts, left_out): (Vec<_>, Vec<_>) = election.ballots.iter().partition(|b| b.constituency.number.is_some() && b.contest.kind == ContestKind::Candidates && imported(b));
    let any = |f: &dyn Fn(&crate::model::Ballot) -> bool| districts.iter().any(|b| f(b));
    let per = |kind: TextField| languages.iter().map(move |&l| Field::Text(kind, l));
    let mut columns = vec![Field::DistrictNumber];
    columns.extend(per(TextField::DistrictName));
    if any(&|b| b.constituency.region.is_some()) {
        columns.extend(per(TextField::Region));
    }
    if any(&|b| b.polling_stations.is_some()) {
        columns.push(Field::PollingStations);
    }
    columns.extend(per(TextField::FullName));
    if any(&|b| b.contest.options.iter().any(|o| o.details.is_some())) {
        columns.extend(per(TextField::Details));
    }
    if any(&|b| b.contest.options.iter().any(|o| o.label.is_some() && !o.against_all)) {
        columns.extend(per(TextField::Label));
    }
    let mut districts = districts;
    districts.sort_by_key(|b| b.constituency.number);
    let mut rows = Vec::new();
    for ballot in districts {
        for option in ballot.contest.options.iter().filter(|o| !o.against_all) {
            rows.push(
                columns
                    .iter()
                    .map(|field| match *field {
                        Field::DistrictNumber => ballot.constituency.number.map(Value::Number),
                        Field::PollingStations => ballot.polling_stations.map(Value::Number),
                        Field::Text(kind, lang) => {
                            let text = match kind {
                                TextField::DistrictName => Some(&ballot.constituency.name),
                                TextField::Region => ballot.constituency.region.as_ref(),
                                TextField::FullName => Some(&option.name),
                                TextField::Details => option.details.as_ref(),
                                TextField::Label => option.label.as_ref(),
                                _ => None,
                            };
                            text.map(|t| Value::Text(t.get(lang).to_owned()))
                        }
                        _ => None,
                    })
                    .collect(),
            );
        }
    }
    let names = left_out.iter().map(|b| b.id.clone()).collect();
    Ok((workbook(&columns, &rows, ui, source_date_epoch)?, names))
}
