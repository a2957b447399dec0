//! A register's columns, found by their heading: the English id
//! (`surname_kk`) or its Russian or Kazakh heading (`Фамилия (kk)`,
//! `Тегі (kk)`), in any order, any case.

use crate::model::Lang;

/// What a column holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// The constituency number.
    DistrictNumber,
    /// Stations using the district's ballot.
    PollingStations,
    /// Position on the ballot.
    Order,
    /// Year of birth.
    BirthYear,
    /// A text in one language.
    Text(TextField, Lang),
}

/// The texts a register holds per language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TextField {
    /// The constituency's name.
    DistrictName,
    /// Its region.
    Region,
    /// Name parts.
    Surname,
    /// Given name.
    Name,
    /// Patronymic.
    Patronymic,
    /// The whole name instead of its parts.
    FullName,
    /// Occupation, for the details.
    Occupation,
    /// Residence, for the details.
    Residence,
    /// Who nominated the candidate, for the details.
    NominatedBy,
    /// The details as a whole.
    Details,
    /// The stencil label.
    Label,
}

/// Each plain column: id, Russian heading, Kazakh heading.
const PLAIN: [(Field, &str, &str, &str); 4] = [
    (Field::DistrictNumber, "district_number", "Номер округа", "Округ нөмірі"),
    (Field::PollingStations, "polling_stations", "Число участков", "Учаскелер саны"),
    (Field::Order, "order", "Порядок", "Реті"),
    (Field::BirthYear, "birth_year", "Год рождения", "Туған жылы"),
];

/// Each per-language column: id stem, Russian heading, Kazakh heading (the language follows in brackets).
pub const TEXTS: [(TextField, &str, &str, &str); 11] = [
    (TextField::DistrictName, "district_name", "Название округа", "Округ атауы"),
    (TextField::Region, "region", "Область", "Облыс"),
    (TextField::Surname, "surname", "Фамилия", "Тегі"),
    (TextField::Name, "name", "Имя", "Аты"),
    (TextField::Patronymic, "patronymic", "Отчество", "Әкесінің аты"),
    (TextField::FullName, "full_name", "ФИО", "Толық аты-жөні"),
    (TextField::Occupation, "occupation", "Должность", "Лауазымы"),
    (TextField::Residence, "residence", "Место жительства", "Тұрғылықты жері"),
    (TextField::NominatedBy, "nominated_by", "Кем выдвинут", "Кім ұсынды"),
    (TextField::Details, "details", "Сведения", "Мәліметтер"),
    (TextField::Label, "label", "Надпись трафарета", "Трафарет жазуы"),
];

/// A heading compared loosely: trimmed, lower case, single spaces, `_` as a space.
fn loose(text: &str) -> String {
    text.replace(['_', '\u{a0}'], " ").split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

impl Field {
    /// The column's id, as the English heading.
    pub fn id(self) -> String {
        match self {
            Field::Text(text, lang) => format!("{}_{lang}", TEXTS.iter().find(|t| t.0 == text).map_or("", |t| t.1)),
            plain => PLAIN.iter().find(|p| p.0 == plain).map_or(String::new(), |p| p.1.to_owned()),
        }
    }

    /// The heading in a language of the interface (`en`: the id).
    pub fn heading(self, ui: Lang) -> String {
        let pick = |ru: &str, kk: &str, id: String| match ui {
            Lang::Ru => ru.to_owned(),
            Lang::Kk => kk.to_owned(),
            Lang::En => id,
        };
        match self {
            Field::Text(text, lang) => {
                let (_, _, ru, kk) = TEXTS.iter().find(|t| t.0 == text).copied().unwrap_or((text, "", "", ""));
                match ui {
                    Lang::En => self.id(),
                    _ => format!("{} ({lang})", pick(ru, kk, String::new())),
                }
            }
            plain => {
                let (_, _, ru, kk) = PLAIN.iter().find(|p| p.0 == plain).copied().unwrap_or((plain, "", "", ""));
                pick(ru, kk, self.id())
            }
        }
    }

    /// The field a heading names, in any of the three languages.
    pub fn from_heading(heading: &str, languages: &[Lang]) -> Option<Field> {
        let wanted = loose(heading);
        let mut all: Vec<Field> = PLAIN.iter().map(|p| p.0).collect();
        for &lang in languages {
            all.extend(TEXTS.iter().map(|t| Field::Text(t.0, lang)));
        }
        all.into_iter().find(|field| [Lang::En, Lang::Ru, Lang::Kk].iter().any(|&ui| loose(&field.heading(ui)) == wanted))
    }

    /// Whether its cells hold whole numbers.
    pub fn is_number(self) -> bool {
        !matches!(self, Field::Text(..))
    }
}

#[cfg(test)]
mod tests {
    use super::{Field, TextField};
    use crate::model::Lang;

    #[test]
    fn headings_are_found_in_every_language_and_any_case() {
        let langs = [Lang::Kk, Lang::Ru];
        assert_eq!(Field::from_heading("surname_kk", &langs), Some(Field::Text(TextField::Surname, Lang::Kk)));
        assert_eq!(Field::from_heading(" Фамилия  (ru) ", &langs), Some(Field::Text(TextField::Surname, Lang::Ru)));
        assert_eq!(Field::from_heading("ТЕГІ (kk)", &langs), Some(Field::Text(TextField::Surname, Lang::Kk)));
        assert_eq!(Field::from_heading("Номер округа", &langs), Some(Field::DistrictNumber));
        assert_eq!(Field::from_heading("District number", &langs), Some(Field::DistrictNumber));
        assert_eq!(Field::from_heading("surname_en", &langs), None, "not a language of the election");
        assert_eq!(Field::from_heading("Телефон", &langs), None);
    }
}
