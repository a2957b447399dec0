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
plan-sheet-column-material = материал
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

## Әр материал қалай жасалады; парақпен берілген жиындар (баспаханаға арналған парақ).

plan-sheet-how-made = Әр материал қалай жасалады
plan-sheet-stock-detail = қалыңдығы { $thickness } мм · парақтар: { $sizes }
plan-sheet-size-named = { $name } ({ $width } x { $height } мм)
plan-sheet-size-custom = { $width } x { $height } мм
plan-process-stencil-braille = Брайль жазуы: «Braille» плашкалық түсіндегі нүктелерді { $height } мм биіктікке көтеру (нүкте диаметрі { $base } мм, { $preset }) — бедерлі баспамен (ультракүлгін принтер, лак бірнеше қабатпен) немесе бедерлеумен; SVG ішіндегі Брайль қабаты тек анықтама үшін: лазерлік кескіш өздігінен Брайль жазуынсыз тек терезелерді ойып шығарады
plan-process-stencil-captions = жазулар (сұр): Брайль жазуымен бірге басылады, көретін көмекшілер үшін
plan-process-stencil-cut = кесу: «CutContour» плашкалық түсі (бұрышы қиылған контур және барлық терезе) кескіш плоттерде (PDF) немесе лазерлік кескіште (SVG, «Cut» қабаты), Брайль жазуы көтерілгеннен кейін
plan-process-stencil-registration = сәйкестендіру: Брайль жазуы файлдағыдай өз терезелерінің жанында тұруы керек, сондықтан басу мен кесу бір сәйкестендіру белгілері бойынша жүргізіледі (print and cut). PDF ішінде тек кесу белгілері бар, сәйкестендіру белгілері жоқ: басар алдында плоттеріңіздің сәйкестендіру белгілерін оның басу және кесу бағдарламасында қосыңыз
plan-process-overlay = бедер: барлық қара бөлік (шаршылардың айналасындағы жақтаулар, Брайль жазуы, бұрыштағы үшбұрыш) — ісінетін қағазға 100 % масштабта басып, қыздырғыштан өткізу немесе қара түсті ультракүлгін принтерде бедерлі басу; ашық көгілдір жазулар ісінбейді. Кесу белгілері бойынша қию: парақтың ішінде ештеңе кесілмейді, сәйкестендіру белгілері керек емес
plan-process-large-print = бір жағына 100 % масштабта басу, әр бетке бір парақ
plan-process-braille = BRF (немесе PEF) файлын бір жағына бедерлеу, әр бетке бір парақ; бетте жолына { $cols } ұяшық, { $rows } жол
plan-process-audio = әр бюллетеньнің аудио қалтасын аудиоплеерге немесе USB жинақтағышқа көшіру
plan-sheet-column-sheets = парақ саны
plan-sheet-column-stock = парақ
plan-sheet-region-totals = { $region } бойынша жиыны
plan-sheet-every-file = Барлық файл, өңірлер мен бюллетеньдер бойынша
plan-sheet-ballot-numbered = { $ballot } · № { $number } округ: { $name }
plan-sheet-ballot-named = { $ballot } · { $name }
plan-sheet-no-sheet-cell = парақ сыймайды

## election.yaml ішіндегі `production.stock`: әр материал жасалатын парақтар.

plan-stock-size-invalid = { $value } парақ өлшемі емес
plan-stock-size-invalid-hint = өлшемді атауымен ({ $names }) немесе ені мен биіктігін миллиметрмен жазыңыз, мысалы `330 x 488`, әрқайсысы { $min }–{ $max } мм аралығында
plan-stock-sizes-empty = бірде-бір парақ өлшемі көрсетілмеген
plan-stock-sizes-empty-hint = баспаханада бар парақтарды тізіп жазыңыз немесе әдепкі өлшемдерді ({ $defaults }) алу үшін `sizes` өрісін алып тастаңыз
plan-stock-thickness-out-of-range = { $value } мм қалыңдық рұқсат етілген ауқымнан тыс
plan-stock-thickness-hint = тасығыштың қалыңдығы миллиметрмен, { $min }–{ $max } мм аралығында: қағаз шамамен 0,1, ісінетін қағаз бен Брайль қағазы шамамен 0,2, трафарет парағы шамамен 0,5
plan-stock-what-stencil = трафарет беті
plan-stock-what-overlay = жабынды парақтың беті
plan-stock-what-large-print = ірі қаріп беті
plan-stock-what-braille = Брайль беті (жолына { $cols } ұяшық, { $rows } жол)
plan-stock-page-fits-no-sheet = { $what } ({ $page } мм) `production.stock.{ $key }` ішіндегі бірде-бір параққа сыймайды: { $sizes }
plan-stock-hint-shorten = бет дегеніміз — кесу белгілері үшін әр жағынан { $slug } мм жиегі бар бюллетень парағы, сондықтан осы енде бюллетеньнің ұзындығы { $max } мм-ден аспауы керек: оны қысқартыңыз немесе `production.stock.{ $key }.sizes` ішінде баспаханада бар үлкенірек парақты көрсетіңіз, мысалы `{ $example }`
plan-stock-hint-narrow = бет дегеніміз — кесу белгілері үшін әр жағынан { $slug } мм жиегі бар бюллетень парағы, ал ені { $width } мм парақ жоқ: бюллетеньді тарырақ етіңіз немесе `production.stock.{ $key }.sizes` ішінде баспаханада бар үлкенірек парақты көрсетіңіз, мысалы `{ $example }`
plan-stock-hint-large-print = ірі қаріп { $page } мм беттерге (A4) басылады: `production.stock.large_print.sizes` ішінде A4 немесе одан үлкен парақты көрсетіңіз, мысалы `{ $example }`
plan-stock-hint-braille = `braille.dots` ({ $dots }) нүкте аралығымен бір беттің Брайль жазуы { $page } мм алады: `braille.page` ішінде ұяшықтар мен жолдарды азайтыңыз немесе `production.stock.braille.sizes` ішінде принтер қабылдайтын Брайль қағазын көрсетіңіз, мысалы `{ $example }`

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
plan-package-none-signed-off = таңдалған бюллетеньдердің ешқайсысы тексеруде қабылданбаған; қабылданбағандары: { $ballots }
plan-package-unsigned = тексеруде қабылданбаған { $count } бюллетень бар: { $ballots }
plan-package-output-outside = { $manifest } файлында { $output } шығыс файлы көрсетілген, бірақ ол ешбір бюллетеньнің қалтасында емес: манифест қолмен өзгертілген
plan-package-plan-not-recorded = { $manifest } файлында { $file } туралы жазба жоқ (манифестті бағдарламаның ескі нұсқасы жазған немесе ол қолмен өзгертілген)
plan-package-zip-name-too-long = { $path } мұрағатын жасау мүмкін емес: атауы файл атауына рұқсат етілген ұзындықтан асады
plan-package-changed-since-build = { $path } файлы жиналғаннан кейін өзгертілген (оның SHA-256 мәні манифесттегімен сәйкес емес)
plan-package-plan-unreadable = { $file } жолдарын оқу мүмкін болмады: { $error }
plan-package-plan-no-column = { $file } ішінде `{ $column }` бағаны жоқ
plan-package-review-status-hint = не тыңдалмай қалғанын `ballot-access review status` арқылы қараңыз
plan-package-unsigned-hint = `ballot-access review status` қараңыз; { $count } бюллетеньді «қабылданбаған» белгісімен бәрібір пакетке салу үшін --unsigned қосыңыз
plan-package-build-again-hint = сайлауды қайта жинап, содан кейін пакетке салыңыз
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
