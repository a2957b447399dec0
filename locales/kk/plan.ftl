## Басып шығару жоспары: баспаханаға арналған парағы (print-plan.pdf),
## `production.language` және жеткізу пакеттері (`ballot-access package`).

## Баспаханаға арналған парақ.

plan-sheet-title = Басып шығару жоспары — { $title }
plan-sheet-subtitle = { $date } · сайлау { $election } · әр файл 100 % масштабта басылады (бетке сыйдырмай)
plan-sheet-copies-rule = таралым: сайлау учаскелерінің саны × бір учаскеге арналған дана саны + { $spare } % қор, жоғары қарай дөңгелектенеді
plan-sheet-document-title = Басып шығару жоспары — { $election }
plan-sheet-not-planned = ЖОСПАРЛАНБАҒАН: сайлау учаскелерінің саны (polling_stations) көрсетілмеген { $count } бюллетень; олардың таралымы ешбір жиынға кірмейді:
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
plan-material-overlay = жабынды парақ
plan-material-large-print = ірі қаріп
plan-material-braille = Брайль жазуы
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
plan-package-none-signed-off = таңдалған бюллетеньдердің ешқайсысы тексеруде қабылданбаған (`ballot-access review status` қараңыз); қабылданбағандары: { $ballots }
plan-package-unsigned = тексеруде қабылданбаған { $count } бюллетень бар: { $ballots } (`ballot-access review status` қараңыз); оларды «қабылданбаған» белгісімен бәрібір пакетке салу үшін --unsigned қосыңыз
plan-package-output-outside = { $manifest } файлында { $output } шығыс файлы көрсетілген, бірақ ол ешбір бюллетеньнің қалтасында емес; манифест қолмен өзгертілген: қайта жинаңыз
plan-package-plan-not-recorded = { $manifest } файлында { $file } туралы жазба жоқ (манифестті бағдарламаның ескі нұсқасы жазған немесе ол қолмен өзгертілген): пакетке салмас бұрын қайта жинаңыз
plan-package-zip-name-too-long = { $path } мұрағатын жасау мүмкін емес: атауы файл атауына рұқсат етілген ұзындықтан асады
plan-package-changed-since-build = { $path } файлы жиналғаннан кейін өзгертілген (оның SHA-256 мәні манифесттегімен сәйкес емес); пакетке салмас бұрын қайта жинаңыз
plan-package-plan-unreadable = { $file } жолдарын оқу мүмкін болмады: { $error }
plan-package-zip-failed = zip мұрағатын жасау мүмкін болмады: { $error }
plan-package-not-signed-off-note = ТЕКСЕРУДЕ ҚАБЫЛДАНБАҒАН: бұл бюллетеньдер --unsigned арқылы пакетке салынды; олардың аудиожазбаларының бәрі бірдей қабылданған (OK) деп белгіленбеген.

## Бюллетень трафареттерінің сәйкестігін тексеретін үлдір (stencil-proof.pdf)
## және баспаханаға арналған парақтағы ол туралы жол.

plan-sheet-proof-first = ТРАФАРЕТТЕРДІ КЕСПЕС БҰРЫН: әр бюллетеньнің stencil-proof.pdf файлын мөлдір үлдірге 100 % масштабта басып шығарып, оны сол округтің басылған бюллетенінің үстіне қойыңыз және басылған әр белгі қоятын шаршы үлдірдегі өз шаршысымен дәл келетінін әрі өз терезесінің контуры ішінде жатқанын тексеріңіз; трафареттерді содан кейін ғана кесіңіз.
plan-proof-title = Брайль трафареттерінің сәйкестігін тексеретін үлдір — { $election } — { $constituency }
# $file — үлдірдің өз жолы; $proof_id — сайлаудың бірінші тіліндегі «Тексеру коды: …»; $stencils — тексерілетін трафарет файлдары.
plan-proof-identification = { $file } · { $proof_id } · тексерілетін файлдар: { $stencils }
plan-proof-check = Мөлдір үлдірге 100 % масштабта басыңыз (бетке сыйдырмай): әр шаршының қабырғасы { $size } мм. Үлдірді басылған бюллетеньнің үстіне оның контуры парақтың шеттерімен дәл келетіндей етіп қойыңыз. Басылған әр белгі қоятын шаршы үлдірдегі өз шаршысымен дәл келіп, өз терезесінің дөңгелектенген контуры ішінде жатуы керек (трафарет сол контур бойынша кесіледі). Солай болмайынша трафареттерді кеспеңіз.
plan-proof-document-title = Сәйкестікті тексеретін үлдір — { $ballot }
