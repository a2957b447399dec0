//! The speech engine: espeak-ng (`espeak`, the only FFI here besides
//! liblouis), the speech workers, the clip cache, spoken-form fixes and MP3
//! encoding. The audio ballot itself is a material (`materials::audio`).

pub(crate) mod clips;
pub mod encode;
pub mod error;
pub mod espeak;
pub(crate) mod expand;
pub mod id3;
pub mod lame;
pub mod loudness;
pub mod pcm;
pub(crate) mod spoken;
pub mod worker;

pub use error::SpeechError;

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
    static KNOWN: crate::util::chars::CharFlags = crate::util::chars::CharFlags::new();
    KNOWN.get_or(lang, ch, || {
        let said = spoken::spoken(&ch.to_string(), lang, &Default::default());
        espeak::phonemes(&said, voice(lang)).is_ok_and(|p| !p.trim().is_empty())
    })
}

/// Characters of `text` the language's voice cannot say, each once, in order.
pub fn unspeakable(text: &str, lang: Lang) -> Vec<char> {
    crate::util::chars::failing(text, |ch| is_speakable(ch, lang))
}

#[cfg(test)]
mod tests {
    use super::{espeak, unspeakable};

    #[test]
    fn forked_synthesis_refuses_a_multi_threaded_process() {
        // The test harness runs this on a thread of its own: forking here would be unsound.
        let other = std::thread::spawn(|| std::thread::sleep(std::time::Duration::from_millis(200)));
        assert_eq!(espeak::load_voice_for_forking("kk"), Err(super::SpeechError::NotSingleThreaded));
        assert_eq!(espeak::synthesize_forked("Сәлем", 140), Err(super::SpeechError::NotSingleThreaded));
        other.join().unwrap();
    }
    use crate::model::Lang;

    #[test]
    fn characters_the_voice_cannot_say_are_found() {
        assert_eq!(unspeakable("Сайлау ☃", Lang::Kk), ['☃']);
        assert!(unspeakable("«Байтақ» № 15, Салтанат-Нұр.", Lang::Ru).is_empty());
    }

    #[test]
    fn two_threads_speaking_at_once_do_not_crash() {
        let speak = |text: &'static str| {
            std::thread::spawn(move || (0..4).map(|_| espeak::synthesize(text, "kk", 160).unwrap().samples.len()).collect::<Vec<_>>())
        };
        let (a, b) = (speak("Қазақстан Республикасы"), speak("Барлығына қарсы"));
        let (a, b) = (a.join().unwrap(), b.join().unwrap());
        // espeak-ng's output varies a little with what it said before (pitch flutter
        // state), so lengths agree to within a few percent, not to the sample.
        let close = |v: &[usize]| v.iter().all(|n| n.abs_diff(v[0]) * 100 <= 3 * v[0]);
        assert!(close(&a) && a[0] > 10_000, "{a:?}");
        assert!(close(&b) && b[0] > 5_000, "{b:?}");
    }
}
