// The review page's interface texts in Kazakh, Russian and English (keys
// are the elements' data-i18n attributes and review.js's messages; {name}
// is filled in). Definition texts and reviewers' texts are never translated.
var BALLOT_ACCESS_I18N = {
  en: {
    "phrases-heading": "Phrases", "phrases-intro": "Every distinct phrase of the election's audio, once. Listen to each to its end and compare it with its text: an OK here counts for every track joined from the phrase, and a problem stands on every one of them. Then give each ballot's whole-ballot verdict on its page.", "phrase-pages": "Phrases: review each once", "phrase-page": "{lang}, phrases {from}–{to}", "used-in": "Used in", "uses-n": "{n} track(s)", "phrase": "Phrase", "text": "Text", "phrase-label": "Phrase {n}, {lang}", "phrase-verdict-for": "Verdict for phrase {n}, {lang}", "phrase-comment-for": "Comment on phrase {n}, {lang}", "by-phrases": "OK by its phrases (each reviewed once on the phrase pages).", "previous-page": "Previous page", "next-page": "Next page",
    "intro": "Enter your name, listen to every track to its end, compare it with its transcript, and mark it OK or problem; then the whole ballot. Marks are kept in this browser with your name and the time, bound to the audio you heard: rebuilt audio must be reviewed again. Export them as CSV for ballot-access review import.",
    "ui": "Interface language", "reviewer": "Reviewer name", "next": "Next unreviewed", "export": "Export marks as CSV",
    "ballots": "Ballots", "filter": "Filter ballots by id, constituency or region",
    "own-page": "Each ballot has its own page; follow its link above.", "all-ballots": "All ballots",
    "proof": "Proof id", "region": "region", "warnings": "Warnings", "none": "None.", "audio": "Audio",
    "lang-kk": "Kazakh", "lang-ru": "Russian", "lang-en": "English",
    "track": "Track", "listen": "Listen", "transcript": "Transcript", "verdict": "Verdict", "comment": "Comment",
    "ok": "OK", "problem": "Problem", "resolved": "Resolved", "need-comment": "Resolved needs a comment saying how the problem was settled.", "tracks-in": "Tracks in {lang}", "track-label": "Track {track}, {lang}", "verdict-for": "Verdict for track {track}, {lang}", "comment-for": "Comment on track {track}, {lang}", "whole-label": "Whole ballot, {lang}", "whole-verdict-for": "Verdict for the whole ballot, {lang}", "whole-comment-for": "Comment on the whole ballot, {lang}", "signed-off": "signed off", "in-browser": "{n} marked in this browser", "to-review": "{n} to review", "storage-full": "This browser's storage is full: the last mark was NOT kept. Export your marks as CSV now and import them with ballot-access review import.", "keys": "Keys on a track: P play or pause, O OK, X problem, N next unreviewed.", "whole": "Whole ballot", "whole-note": "(ballot.mp3, what the voter hears)",
    "labels": "Stencil labels in braille", "none-recorded": "None recorded.", "option": "Option", "label": "Label",
    "braille": "Braille", "read-back": "Read back", "status": "Status", "reads-back": "reads back as the label",
    "differs": "differs from the label", "previews": "Previews", "files": "Files", "file": "File", "bytes": "Bytes",
    "need-name": "Enter your name first: every mark records who made it.", "marked": "Marked",
    "never-played": "Warning: marked OK but never played to its end.", "in-log": "In the sign-off log:",
    "outdated": "Outdated (earlier audio or ballot version):", "all-reviewed": "Every track on this page is reviewed.",
    "next-is": "Next unreviewed:", "reviewed-of": "{done} of {total} reviewed", "problems": "{n} problem(s)",
    "exported": "Exported {n} track(s).", "shown": "{n} ballot(s) shown", "all": "all", "proof-short": "proof", "warnings-n": "warning(s)"
  },
  ru: {
    "phrases-heading": "Фразы", "phrases-intro": "Каждая отдельная фраза звука выборов — один раз. Прослушайте каждую до конца и сверьте с текстом: «OK» здесь засчитывается всем дорожкам, собранным из этой фразы, а проблема остаётся на каждой из них. Затем дайте оценку всему бюллетеню на его странице.", "phrase-pages": "Фразы: проверьте каждую один раз", "phrase-page": "{lang}, фразы {from}–{to}", "used-in": "Используется", "uses-n": "дорожек: {n}", "phrase": "Фраза", "text": "Текст", "phrase-label": "Фраза {n}, {lang}", "phrase-verdict-for": "Оценка фразы {n}, {lang}", "phrase-comment-for": "Комментарий к фразе {n}, {lang}", "by-phrases": "«OK» по её фразам (каждая проверена один раз на страницах фраз).", "previous-page": "Предыдущая страница", "next-page": "Следующая страница",
    "intro": "Введите своё имя, прослушайте каждую дорожку до конца, сверьте её с текстом и отметьте «OK» или «Проблема»; затем весь бюллетень целиком. Отметки хранятся в этом браузере с вашим именем и временем и привязаны к прослушанному звуку: пересобранный звук нужно проверить заново. Выгрузите их в CSV для ballot-access review import.",
    "ui": "Язык интерфейса", "reviewer": "Имя проверяющего", "next": "Следующая непроверенная", "export": "Выгрузить отметки в CSV",
    "ballots": "Бюллетени", "filter": "Отбор бюллетеней по коду, округу или области",
    "own-page": "У каждого бюллетеня своя страница; перейдите по ссылке выше.", "all-ballots": "Все бюллетени",
    "proof": "Код сверки", "region": "область", "warnings": "Предупреждения", "none": "Нет.", "audio": "Аудио",
    "lang-kk": "Казахский", "lang-ru": "Русский", "lang-en": "Английский",
    "track": "Дорожка", "listen": "Прослушать", "transcript": "Текст", "verdict": "Оценка", "comment": "Комментарий",
    "ok": "OK", "problem": "Проблема", "resolved": "Решено", "need-comment": "Для «Решено» нужен комментарий: как решена проблема.", "tracks-in": "Дорожки: {lang}", "track-label": "Дорожка {track}, {lang}", "verdict-for": "Оценка дорожки {track}, {lang}", "comment-for": "Комментарий к дорожке {track}, {lang}", "whole-label": "Весь бюллетень, {lang}", "whole-verdict-for": "Оценка всего бюллетеня, {lang}", "whole-comment-for": "Комментарий ко всему бюллетеню, {lang}", "signed-off": "принят", "in-browser": "отмечено в этом браузере: {n}", "to-review": "проверить: {n}", "storage-full": "Хранилище браузера заполнено: последняя отметка НЕ сохранена. Выгрузите отметки в CSV сейчас и загрузите их командой ballot-access review import.", "keys": "Клавиши на дорожке: P воспроизвести или пауза, O «OK», X «Проблема», N следующая непроверенная.", "whole": "Весь бюллетень", "whole-note": "(ballot.mp3 — то, что слышит избиратель)",
    "labels": "Надписи трафарета шрифтом Брайля", "none-recorded": "Нет записей.", "option": "Вариант", "label": "Надпись",
    "braille": "Брайль", "read-back": "Обратный перевод", "status": "Статус", "reads-back": "читается как надпись",
    "differs": "отличается от надписи", "previews": "Предпросмотр", "files": "Файлы", "file": "Файл", "bytes": "Байт",
    "need-name": "Сначала введите имя: каждая отметка хранит, кто её поставил.", "marked": "Отмечено",
    "never-played": "Внимание: отмечено «OK», но дорожка не прослушана до конца.", "in-log": "В журнале приёмки:",
    "outdated": "Устарело (прежний звук или версия бюллетеня):", "all-reviewed": "Все дорожки на этой странице проверены.",
    "next-is": "Следующая непроверенная:", "reviewed-of": "проверено {done} из {total}", "problems": "проблем: {n}",
    "exported": "Выгружено дорожек: {n}.", "shown": "Показано бюллетеней: {n}", "all": "все", "proof-short": "код сверки", "warnings-n": "предупр."
  },
  kk: {
    "phrases-heading": "Фразалар", "phrases-intro": "Сайлау дыбысының әр жеке фразасы — бір рет. Әрқайсысын соңына дейін тыңдап, мәтінімен салыстырыңыз: мұндағы «OK» осы фразадан құралған барлық трекке есептеледі, ал ақау олардың әрқайсысында қалады. Содан кейін әр бюллетеньнің бетінде бүкіл бюллетеньге баға беріңіз.", "phrase-pages": "Фразалар: әрқайсысын бір рет тексеріңіз", "phrase-page": "{lang}, {from}–{to} фразалар", "used-in": "Қолданылуы", "uses-n": "трек: {n}", "phrase": "Фраза", "text": "Мәтін", "phrase-label": "{n}-фраза, {lang}", "phrase-verdict-for": "{n}-фраза бағасы, {lang}", "phrase-comment-for": "{n}-фразаға түсініктеме, {lang}", "by-phrases": "Фразалары бойынша «OK» (әрқайсысы фраза беттерінде бір рет тексерілді).", "previous-page": "Алдыңғы бет", "next-page": "Келесі бет",
    "intro": "Атыңызды енгізіңіз, әр тректі соңына дейін тыңдап, мәтінімен салыстырыңыз және «OK» не «Ақау» деп белгілеңіз; содан кейін бүкіл бюллетеньді. Белгілер осы браузерде атыңызбен және уақытымен сақталады және тыңдалған дыбысқа байланады: қайта жасалған дыбысты қайта тексеру керек. Оларды ballot-access review import үшін CSV ретінде шығарыңыз.",
    "ui": "Интерфейс тілі", "reviewer": "Тексерушінің аты", "next": "Келесі тексерілмеген", "export": "Белгілерді CSV-ге шығару",
    "ballots": "Бюллетеньдер", "filter": "Бюллетеньдерді коды, округі немесе облысы бойынша сүзу",
    "own-page": "Әр бюллетеньнің өз беті бар; жоғарыдағы сілтемеге өтіңіз.", "all-ballots": "Барлық бюллетеньдер",
    "proof": "Тексеру коды", "region": "облыс", "warnings": "Ескертулер", "none": "Жоқ.", "audio": "Аудио",
    "lang-kk": "Қазақша", "lang-ru": "Орысша", "lang-en": "Ағылшынша",
    "track": "Трек", "listen": "Тыңдау", "transcript": "Мәтін", "verdict": "Баға", "comment": "Түсініктеме",
    "ok": "OK", "problem": "Ақау", "resolved": "Шешілді", "need-comment": "«Шешілді» үшін түсініктеме керек: ақау қалай шешілді.", "tracks-in": "Тректер: {lang}", "track-label": "{track}-трек, {lang}", "verdict-for": "{track}-трек бағасы, {lang}", "comment-for": "{track}-трекке түсініктеме, {lang}", "whole-label": "Бүкіл бюллетень, {lang}", "whole-verdict-for": "Бүкіл бюллетень бағасы, {lang}", "whole-comment-for": "Бүкіл бюллетеньге түсініктеме, {lang}", "signed-off": "қабылданды", "in-browser": "осы браузерде белгіленген: {n}", "to-review": "тексеру керек: {n}", "storage-full": "Браузер жады толы: соңғы белгі САҚТАЛМАДЫ. Белгілерді қазір CSV-ге шығарып, ballot-access review import командасымен жүктеңіз.", "keys": "Тректегі пернелер: P ойнату не кідірту, O «OK», X «Ақау», N келесі тексерілмеген.", "whole": "Бүкіл бюллетень", "whole-note": "(ballot.mp3 — сайлаушы еститін дыбыс)",
    "labels": "Трафарет жазулары Брайль қарпімен", "none-recorded": "Жазба жоқ.", "option": "Нұсқа", "label": "Жазу",
    "braille": "Брайль", "read-back": "Кері аударма", "status": "Күйі", "reads-back": "жазу ретінде оқылады",
    "differs": "жазудан өзгеше", "previews": "Алдын ала қарау", "files": "Файлдар", "file": "Файл", "bytes": "Байт",
    "need-name": "Алдымен атыңызды енгізіңіз: әр белгі оны кім қойғанын сақтайды.", "marked": "Белгіленді",
    "never-played": "Назар аударыңыз: «OK» деп белгіленді, бірақ трек соңына дейін тыңдалмаған.", "in-log": "Қабылдау журналында:",
    "outdated": "Ескірген (бұрынғы дыбыс немесе бюллетень нұсқасы):", "all-reviewed": "Осы беттегі барлық трек тексерілді.",
    "next-is": "Келесі тексерілмеген:", "reviewed-of": "{total} ішінен {done} тексерілді", "problems": "ақау: {n}",
    "exported": "Шығарылған тректер: {n}.", "shown": "Көрсетілген бюллетеньдер: {n}", "all": "бәрі", "proof-short": "тексеру коды", "warnings-n": "ескерту"
  }
};
