## Басып шығару жоспары: баспаханаға арналған парағы (print-plan.pdf),
## `production.language` және жеткізу пакеттері (`ballot-access package`).

## Баспаханаға арналған парақ.

plan-sheet-title = Басып шығару жоспары — { $title }
plan-sheet-subtitle = { $date } · сайлау { $election } · әр файл 100 % масштабта басылады (бетке сыйдырмай)
plan-sheet-copies-rule = таралым: учаскелер саны × бір учаскеге арналған дана саны + { $spare } % қор, жоғары қарай дөңгелектенеді
plan-sheet-document-title = Басып шығару жоспары — { $election }
plan-sheet-not-planned = ЖОСПАРЛАНБАҒАН: polling_stations жоқ { $count } бюллетень; таралымы ешбір жиынға кірмейді:
plan-sheet-totals-per-material = Материалдар бойынша жиыны
plan-sheet-totals-per-region = Өңірлер бойынша жиыны
plan-sheet-no-region = (өңір көрсетілмеген)
plan-sheet-device-and-stock = құрылғы: { $device } · тасығыш: { $stock }
plan-sheet-column-ballot = бюллетень
plan-sheet-column-material = материал
plan-sheet-column-language = тіл
plan-sheet-column-file = файл
plan-sheet-column-pages = бет
plan-sheet-column-copies = таралым
plan-sheet-not-planned-cell = жоспарда жоқ

plan-material-stencil = трафарет
plan-material-overlay = бедерлі парақ
plan-material-large-print = ірі қаріп
plan-material-braille = Брайль қарпі
plan-material-audio = аудио

plan-device-stencil = кескіш плоттер (PDF) / лазерлік кескіш (SVG)
plan-device-overlay = ісінетін қағаз қыздырғышы / ультракүлгін принтер
plan-device-large-print = лазерлік принтер
plan-device-braille = Брайль принтері (BRF / PEF)
plan-device-audio = аудиоплеер

plan-stock-stencil = трафарет парағы
plan-stock-overlay = ісінетін (микрокапсулалы) қағаз
plan-stock-large-print = A4 қағазы
plan-stock-braille = Брайль қағазы
plan-stock-audio = аудиоплеер немесе USB жинақтағыш

## election.yaml ішіндегі `production.language`.

plan-production-language-unknown = басып шығару жоспарын { $value } тілінде жасау мүмкін емес
plan-production-language-hint = kk (қазақ тілі), ru (орыс тілі) немесе en (ағылшын тілі) деп жазыңыз; `production.language` берілмесе, басып шығару жоспары сайлаудың бірінші тілінде жасалады

## Жоспарды жазу.

plan-cannot-draw = { $path } файлын жасау мүмкін болмады: { $error }
plan-cannot-write = { $path } файлын жазу мүмкін болмады: { $error }
plan-cannot-read = { $path } файлын оқу мүмкін болмады: { $error }

## Жеткізу пакеттері.

plan-package-no-match = { $election } сайлауында --only { $glob } шартына сәйкес келетін бюллетень жоқ
plan-package-no-ballots = { $election } сайлауында бірде-бір бюллетень жоқ
plan-package-none-signed-off = таңдалған бюллетеньдердің ешқайсысы тексеру нәтижесінде бекітілмеген (`ballot-access review status` қараңыз); бекітілмегендері: { $ballots }
plan-package-unsigned = тексеру нәтижесінде бекітілмеген { $count } бюллетень бар: { $ballots } (`ballot-access review status` қараңыз); бекітілмегені белгіленіп, бәрібір пакетке салынуы үшін --unsigned қосыңыз
plan-package-output-outside = { $manifest } файлында { $output } шығыс файлы көрсетілген, бірақ ол ешбір бюллетеннің қалтасында емес; манифест қолмен өзгертілген: қайта құрастырыңыз
plan-package-plan-not-recorded = { $manifest } файлында { $file } туралы жазба жоқ (манифестті бағдарламаның ескі нұсқасы жазған немесе ол қолмен өзгертілген): пакетке салмас бұрын қайта құрастырыңыз
plan-package-zip-name-too-long = { $path } архивін жасау мүмкін емес: атауы файл атауына рұқсат етілгеннен ұзын
plan-package-changed-since-build = { $path } файлы құрастырылғаннан кейін өзгертілген (оның SHA-256 мәні манифесттегімен сәйкес емес); пакетке салмас бұрын қайта құрастырыңыз
plan-package-plan-unreadable = { $file } жолдарын оқу мүмкін болмады: { $error }
plan-package-zip-failed = zip-архив жасау мүмкін болмады: { $error }
plan-package-not-signed-off-note = ТЕКСЕРУ НӘТИЖЕСІНДЕ БЕКІТІЛМЕГЕН: бұл бюллетеньдер --unsigned арқылы пакетке салынды; олардың барлық аудиожазбасы OK деп белгіленбеген.
