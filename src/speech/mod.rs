//! Speech through espeak-ng: voices, speakable characters, the script, and the
//! audio ballot.

pub mod checks;
pub mod clips;
pub mod encode;
pub mod espeak;
pub mod material;
pub mod script;
pub mod spoken;
pub mod worker;

use crate::chars::CharCache;
use crate::model::Lang;

/// The espeak-ng voice of each language (from the design document).
pub fn voice(lang: Lang) -> &'static str {
    match lang {
        Lang::Kk => "kk",
        Lang::Ru => "ru",
        Lang::En => "en",
    }
}

/// Whether the language's voice can say this character. Letters, digits and
/// symbols must produce phonemes (after the spoken-form fixes, so a Kazakh
/// letter in Russian text counts as its Russian reading); punctuation may be
/// silent.
pub fn is_speakable(ch: char, lang: Lang) -> bool {
    if ch.is_whitespace() || spoken::is_silent_punctuation(ch) {
        return true;
    }
    static KNOWN: CharCache<bool> = CharCache::new();
    KNOWN.get_or(lang, ch, || {
        let said = spoken::spoken(&ch.to_string(), lang, &Default::default());
        espeak::phonemes(&said, voice(lang)).is_ok_and(|p| !p.trim().is_empty())
    })
}

/// Characters of `text` the language's voice cannot say, each once, in order.
pub fn unspeakable(text: &str, lang: Lang) -> Vec<char> {
    crate::chars::failing(text, |ch| is_speakable(ch, lang))
}
