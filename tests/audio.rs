//! Audio ballots: decoded with a real decoder (mpg123), checked for track
//! count, sound, plausible durations, playlist, transcript and ID3 tags.

mod common;

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use ballot_access::model::{Ballot, ElectionInfo, Lang};
use ballot_access::speech::script::{dump, file_name, script};
use ballot_access::speech::spoken::spoken;
use ballot_access::speech::{espeak, unspeakable, worker};
use common::{example_sheets, root, run, stderr};
use id3::TagLike;

fn out() -> &'static Path {
    static OUT: OnceLock<tempfile::TempDir> = OnceLock::new();
    OUT.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let output = run(&root(), &["build", "ballots/kz-2023-mazhilis/districts/zhambyl-15.yaml", "ballots/kz-2022-referendum", "--out", dir.path().to_str().unwrap()]);
        assert!(output.status.success(), "{}", stderr(&output));
        dir
    })
    .path()
}

/// Decodes an MP3 with mpg123 to mono 16-bit samples at 22.05 kHz.
fn decode(path: &Path) -> Vec<i16> {
    let output = Command::new("mpg123")
        .args(["-q", "-s", "-m", "-r", "22050", "-e", "s16", path.to_str().unwrap()])
        .output()
        .expect("mpg123 must be installed (scripts/setup --test)");
    assert!(output.status.success(), "mpg123 failed on {}", path.display());
    output.stdout.chunks_exact(2).map(|b| i16::from_le_bytes([b[0], b[1]])).collect()
}

fn seconds(samples: &[i16]) -> f64 {
    samples.len() as f64 / 22_050.0
}

fn rms(samples: &[i16]) -> f64 {
    let sum: f64 = samples.iter().map(|&s| f64::from(s) * f64::from(s)).sum();
    (sum / samples.len().max(1) as f64).sqrt() / 32768.0
}

fn ballots() -> Vec<(ElectionInfo, Ballot, Lang)> {
    example_sheets().into_iter().filter(|(_, b, _)| b.id == "zhambyl-15" || b.id == "referendum").collect()
}

fn folder(election: &ElectionInfo, ballot: &Ballot, lang: Lang) -> PathBuf {
    out().join(&election.id).join(&ballot.id).join("audio").join(lang.code())
}

#[test]
fn every_track_decodes_has_sound_and_a_plausible_length() {
    for (election, ballot, lang) in ballots() {
        let tracks = script(&election, &ballot, lang);
        assert_eq!(tracks.len(), ballot.contest.options.len() + 2);
        let dir = folder(&election, &ballot, lang);
        let mp3s: Vec<_> = fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).filter(|n| n.ends_with(".mp3")).collect();
        assert_eq!(mp3s.len(), tracks.len() + 1, "{mp3s:?}");
        let mut total = 0.0;
        for track in &tracks {
            let samples = decode(&dir.join(file_name(track, tracks.len())));
            let duration = seconds(&samples);
            total += duration;
            assert!(rms(&samples) > 0.02, "{} {lang} track {} is silent", ballot.id, track.number);
            // About 12 to 15 characters a second at 140 words a minute: far less means
            // espeak skipped text, far more that it spelled words out.
            let chars = track.spoken.chars().count() as f64;
            assert!(duration > chars / 40.0 && duration < chars / 5.0, "{} {lang} track {}: {duration:.1} s for {chars} characters", ballot.id, track.number);
            let peak = samples.iter().map(|s| i32::from(*s).abs()).max().unwrap();
            assert!((24_000..=32_767).contains(&peak), "track {} not normalised: peak {peak}", track.number);
        }
        let whole = seconds(&decode(&dir.join("ballot.mp3")));
        let gaps = 0.8 * (tracks.len() - 1) as f64;
        assert!(whole >= total + gaps - 0.3, "ballot.mp3 {whole:.1} s shorter than its tracks {total:.1} s plus gaps");
        assert!(whole <= total + gaps + 1.0);
    }
}

#[test]
fn playlist_and_transcript_list_every_track() {
    for (election, ballot, lang) in ballots() {
        let tracks = script(&election, &ballot, lang);
        let dir = folder(&election, &ballot, lang);
        let playlist = fs::read_to_string(dir.join("playlist.m3u8")).unwrap();
        let lines: Vec<&str> = playlist.lines().collect();
        assert_eq!(lines[0], "#EXTM3U");
        assert_eq!(lines.len(), 1 + 2 * tracks.len());
        for (i, track) in tracks.iter().enumerate() {
            let extinf = lines[1 + 2 * i];
            assert!(extinf.starts_with("#EXTINF:") && extinf.ends_with(&format!(",{}", track.title)), "{extinf}");
            let seconds: u64 = extinf["#EXTINF:".len()..].split(',').next().unwrap().parse().unwrap();
            assert!(seconds >= 1);
            assert_eq!(lines[2 + 2 * i], file_name(track, tracks.len()));
            assert!(dir.join(lines[2 + 2 * i]).exists());
        }
        let transcript = fs::read_to_string(dir.join("transcript.txt")).unwrap();
        for track in &tracks {
            assert!(transcript.contains(&format!("{:02} [", track.number)), "no track {}", track.number);
            assert!(transcript.contains(&track.text), "transcript lacks the written text of track {}", track.number);
        }
    }
}

#[test]
fn id3_tags_read_back() {
    for (election, ballot, lang) in ballots() {
        let tracks = script(&election, &ballot, lang);
        let dir = folder(&election, &ballot, lang);
        let code = match lang {
            Lang::Kk => "kaz",
            Lang::Ru => "rus",
            Lang::En => "eng",
        };
        for (i, track) in tracks.iter().enumerate() {
            let tag = id3::Tag::read_from_path(dir.join(file_name(track, tracks.len()))).unwrap();
            assert_eq!(tag.version(), id3::Version::Id3v24);
            assert_eq!(tag.title(), Some(track.title.as_str()));
            assert_eq!(tag.album(), Some(format!("{} — {}", election.title.get(lang), ballot.constituency.name.get(lang)).as_str()));
            assert_eq!(tag.track(), Some(i as u32 + 1));
            assert_eq!(tag.total_tracks(), Some(tracks.len() as u32));
            assert_eq!(tag.get("TLAN").and_then(|f| f.content().text()), Some(code));
        }
        let whole = id3::Tag::read_from_path(dir.join("ballot.mp3")).unwrap();
        assert!(whole.title().unwrap().contains(ballot.constituency.name.get(lang)));
    }
}

#[test]
fn the_script_matches_the_golden_files() {
    let mismatches: Vec<String> = example_sheets()
        .into_iter()
        .filter_map(|(election, ballot, lang)| {
            let name = format!("{}--{}--{lang}.txt", election.id, ballot.id);
            common::golden("script", &name, &dump(&script(&election, &ballot, lang)))
        })
        .collect();
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

#[test]
fn the_lexicon_changes_the_speech_and_not_the_transcript() {
    let (mut election, ballot, _) = example_sheets().into_iter().find(|(_, b, l)| b.id == "zhambyl-15" && *l == Lang::Ru).unwrap();
    let before = script(&election, &ballot, Lang::Ru);
    let mut words = BTreeMap::new();
    words.insert("Тараз".to_owned(), "Тарааз".to_owned());
    election.speech.lexicon.insert(Lang::Ru, words);
    let after = script(&election, &ballot, Lang::Ru);
    let changed: Vec<usize> = before.iter().zip(&after).filter(|(a, b)| a.spoken != b.spoken).map(|(a, _)| a.number).collect();
    assert_eq!(changed, [1, 4], "the tracks that mention Тараз");
    for (a, b) in before.iter().zip(&after) {
        assert_eq!(a.text, b.text, "written text must not change");
    }
    assert!(after[1].spoken.contains("Тарааз") && after[1].text.contains("Тараз"));
}

/// Each fix of the spoken form, with the voice's phonemes where they show it.
#[test]
fn spoken_form_fixes() {
    let none = BTreeMap::new();
    // Guillemets are not read.
    assert_eq!(spoken("Партия «Ауыл»", Lang::Ru, &none), "Партия Ауыл");
    // The № sign is a word.
    assert_eq!(spoken("№ 15 Жамбыл", Lang::Kk, &none), "нөмір 15 Жамбыл");
    assert_eq!(spoken("округ № 15", Lang::Ru, &none), "округ номер 15");
    // Initials are kept apart, each read as a letter.
    assert_eq!(spoken("Иванов А.Б.", Lang::Ru, &none), "Иванов А. Б.");
    // Hyphenated names are read as two names, not with a "minus".
    assert_eq!(spoken("Салтанат-Нұр", Lang::Kk, &none), "Салтанат Нұр");
    // Surnames in capitals are read as words; abbreviations stay spelled.
    assert_eq!(spoken("ӘБДІҚАДІРОВ Ерлан ЖСДП", Lang::Kk, &none), "Әбдіқадіров Ерлан ЖСДП");
    let phonemes = espeak::phonemes(&spoken("АБДИКАДИРОВ", Lang::Ru, &none), "ru").unwrap();
    assert!(!phonemes.contains(' '), "read as one word: {phonemes}");
    // Latin party names are read in the voice's own language.
    assert_eq!(spoken("Партия «Respublica»", Lang::Ru, &none), "Партия Республика");
    assert!(!espeak::phonemes(&spoken("Respublica", Lang::Kk, &none), "kk").unwrap().contains("(en)"));
    // Kazakh letters in Russian text get their Russian reading, not their Unicode names.
    let baitak = spoken("«Байтақ»", Lang::Ru, &none);
    assert_eq!(baitak, "Байтак");
    assert!(!espeak::phonemes("Байтақ", "ru").unwrap().is_empty());
    assert!(!espeak::phonemes(&baitak, "ru").unwrap().contains("l'et@"), "spelled as a letter name");
    // The lexicon wins, case-insensitively, for whole words only.
    let mut lexicon = BTreeMap::new();
    lexicon.insert("AMANAT".to_owned(), "аманат".to_owned());
    assert_eq!(spoken("«AMANAT» AMANATTAR Amanat", Lang::Kk, &lexicon), "аманат Аманаттар аманат");
}

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

#[test]
fn a_phrase_sounds_the_same_whatever_was_said_before() {
    // In one espeak-ng process the samples of a phrase depend on the phrases
    // before it; the speech workers speak each phrase from the same fresh state.
    worker::set_program(env!("CARGO_BIN_EXE_ballot-access").into());
    let phrase = "Қазақстан Республикасы";
    let first = worker::synthesize(phrase, "kk", 160).unwrap();
    let threads: Vec<_> = (0..3)
        .map(|i| std::thread::spawn(move || {
            worker::synthesize(&"Барлығына қарсы. ".repeat(i + 1), "kk", 160).unwrap();
            worker::synthesize(phrase, "kk", 160).unwrap()
        }))
        .collect();
    for thread in threads {
        assert!(thread.join().unwrap() == first, "samples differ after other phrases");
    }
    assert!(first.samples.len() > 10_000 && first.samples.iter().any(|s| s.unsigned_abs() > 1000));
    let error = worker::synthesize(phrase, "no-such-voice", 160).unwrap_err();
    assert!(error.contains("no voice \"no-such-voice\""), "{error}");
}

#[test]
fn a_one_name_change_resynthesises_only_that_name() {
    let dir = tempfile::tempdir().unwrap();
    common::copy_dir(&root().join("ballots/kz-2023-mazhilis"), &dir.path().join("e"));
    let first = run(dir.path(), &["build", "e/districts/zhambyl-15.yaml", "--out", "out"]);
    assert!(first.status.success(), "{}", stderr(&first));
    let ballot = dir.path().join("e/districts/zhambyl-15.yaml");
    let text = fs::read_to_string(&ballot).unwrap().replace("ТӨЛЕГЕНОВ Асқар", "ТӨЛЕГЕНОВ Аскар");
    fs::write(&ballot, text).unwrap();
    let second = run(dir.path(), &["build", "e/districts/zhambyl-15.yaml", "--out", "out"]);
    assert!(second.status.success(), "{}", stderr(&second));
    // Only option 6's Kazakh track is new.
    assert!(stderr(&second).contains("audio clips: 1 synthesised, 17 from the cache"), "{}", stderr(&second));
}

#[test]
fn speak_writes_wav_and_mp3() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["x.wav", "x.mp3"] {
        let file = dir.path().join(name);
        let output = run(&root(), &["speak", "--lang", "ru", "--election", "ballots/kz-2023-mazhilis", "--out", file.to_str().unwrap(), "Партия «AMANAT»"]);
        assert!(output.status.success(), "{}", stderr(&output));
        assert!(stderr(&output).contains("Партия аманат"), "lexicon applied: {}", stderr(&output));
        let bytes = fs::read(&file).unwrap();
        if name.ends_with(".wav") {
            assert_eq!(&bytes[..4], b"RIFF");
        } else {
            assert!(seconds(&decode(&file)) > 0.5);
        }
    }
    let bad = run(&root(), &["speak", "--lang", "ru", "--out", dir.path().join("x.ogg").to_str().unwrap(), "да"]);
    assert_eq!(bad.status.code(), Some(2));
}
