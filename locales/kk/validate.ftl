## election.yaml мен бюллетень файлдарының ережелері (src/definition/validate).

## Идентификаторлар

validate-id-of-ballot = бюллетень идентификаторы
validate-id-of-election = сайлау идентификаторы
validate-id-not-allowed = {$id_of} {$id} жарамсыз
validate-id-escapes = {$id_of} {$id} жарамсыз: файлдар нәтижелер қалтасынан тыс жазылып кетер еді
validate-id-hint = идентификатор кіші латын әріптерінен, цифрлардан және `-` белгісінен тұрады, әріппен немесе цифрмен басталады және 64 таңбадан аспайды, мысалы `zhambyl-15`
validate-id-hint-suggestion = идентификатор кіші латын әріптерінен, цифрлардан және `-` белгісінен тұрады әрі әріппен немесе цифрмен басталады: мысалы, `{$suggestion}`
validate-id-hint-empty = идентификаторды жазыңыз: кіші латын әріптері, цифрлар және `-`, мысалы `zhambyl-15`
validate-id-hint-too-long = идентификаторда {$count} таңба бар; ең көбі {$max} таңбаға рұқсат етіледі
validate-ballot-id-reserved = бюллетень идентификаторы {$id} бағдарламаның өзіне арналған: бағдарлама осы атаумен өз файлдарын жазады
validate-ballot-id-reserved-hint = басқа идентификатор таңдаңыз; мына атаулар бағдарламаның өзіне арналған: {$names}
validate-id-windows-device = {$id_of} {$id} — Windows жүйесінде құрылғыларға арналған атау
validate-id-windows-device-hint = басқа идентификатор таңдаңыз: Windows жүйесінде мұндай атаулы қалта жасалмайды

## Тізімдегі мәндер

validate-one-of = мына мәндердің бірін жазыңыз: {$values}
validate-did-you-mean = `{$suggestion}` деп жазбақ болдыңыз ба? Мына мәндердің бірін жазыңыз: {$values}
validate-listed-twice-hint = қайталанған мәнді өшіріңіз

## Парақ және шаршылар

validate-what-paper-width = парақтың ені
validate-what-paper-height = парақтың биіктігі
validate-what-box-size = белгі қоятын шаршының өлшемі
validate-what-window-margin = трафарет терезесінің шаршы айналасындағы жиегі
validate-what-corner-radius = терезе бұрыштарының дөңгелектеу радиусы
validate-what-corner-cut = кесілген бағдарлау бұрышының өлшемі
validate-what-label-gap = Брайль жазуы мен терезенің арасындағы қашықтық
validate-what-sheet-margin = трафарет парағының жиегі
validate-what-tactile-gap = тактильді элементтердің арасындағы қашықтық
validate-length-out-of-range = {$what} {$value} мм — рұқсат етілген шектен тыс
validate-length-hint = {$min}–{$max} мм аралығындағы мәнді жазыңыз
validate-paper-size-hint = {$min}–{$max} мм аралығындағы мәнді жазыңыз; A4 парағының ені 210 мм, биіктігі 297 мм
validate-stencil-below-dot-spacing-hint = {$min}–{$max} мм аралығындағы мәнді жазыңыз: ол `braille.dots` өрісінде таңдалған Брайль нүктелерінің арақашықтығынан ({$min} мм) кем болмауы керек
validate-position-negative = {$value} мм координатасы нөлден кем немесе сан емес
validate-position-negative-hint = координаттар парақтың жоғарғы сол жақ бұрышынан бастап өлшенеді және нөлден кем болмайды
validate-pitch-out-of-range = шаршылардың қадамы {$value} мм — рұқсат етілген шектен тыс
validate-pitch-out-of-range-hint = қадам — бір шаршының жоғарғы жиегінен келесі шаршының жоғарғы жиегіне дейінгі қашықтық: нөлден үлкен және {$max} мм-ден аспайды
validate-pitch-below-size = шаршылардың қадамы {$value} мм шаршының өлшемінен ({$size} мм) кіші: шаршылар бір-бірімен қабаттасып қалар еді
validate-pitch-below-size-hint = қадам — бір шаршының жоғарғы жиегінен келесі шаршының жоғарғы жиегіне дейінгі қашықтық: ол шаршының өлшемінен ({$size} мм) кем болмауы керек

## Бюллетень файлдары

validate-constituency-number-zero = округ нөмірі 0 болуы мүмкін емес
validate-constituency-number-zero-hint = округ нөмірлері 1-ден басталады; нөмірі жоқ округ үшін `number` өрісін өшіріңіз
validate-constituency-number-disagrees = `{$lang}` тіліндегі атауда № {$written} деп жазылған, ал округ нөмірі (`number`) — {$number}
validate-constituency-number-disagrees-hint = қайсысы қате болса, соны түзетіңіз: нөмір трафаретте басылады және аудиода айтылады
validate-constituency-number-missing = `{$lang}` тіліндегі атауда № {$written} деп жазылған, бірақ округ нөмірі (`number`) көрсетілмеген
validate-constituency-number-missing-hint = округ сипаттамасына `number: {$written}` жолын қосыңыз
validate-unknown-contest-kind = {$value} дауыс беру түрі белгісіз
validate-polling-stations-out-of-range = сайлау учаскелерінің саны ({$value}) рұқсат етілген шектен тыс
validate-polling-stations-out-of-range-hint = осы бюллетень қолданылатын сайлау учаскелерінің санын 1–{$max} аралығында жазыңыз; белгісіз болса, `polling_stations` өрісін өшіріңіз
validate-same-text-in-two-languages = `{$first}` және `{$second}` мәтіндері бірдей ({$text}): олардың бірі басқа тілде жазылған жоқ па?
validate-same-text-in-two-languages-hint = әр тілдің өз мәтінін жазыңыз: әйтпесе сайлаушы басқа тілдегі сөздерді естиді және оқиды
validate-question-too-few-answers = сұраққа кемінде екі жауап нұсқасы керек, берілгені: {$count}
validate-question-too-few-answers-hint = барлық жауапты (мысалы, «Иә» және «Жоқ») `options` тізіміне бюллетеньдегі ретімен жазыңыз
validate-no-options = бюллетеньде таңдауға арналған нұсқалар жоқ
validate-no-options-hint = үміткерлерді, партияларды немесе жауаптарды `options` тізіміне бюллетеньдегі ретімен жазыңыз
validate-too-many-options = бюллетеньде {$count} нұсқа бар; ең көбі {$max} нұсқаға рұқсат етіледі
validate-too-many-options-hint = нұсқалары бұдан көп бюллетеньді басып шығаруға да, тыңдауға да болмайды; файлды тексеріңіз
validate-question-against-all = сұрақта «барлығына қарсы» нұсқасы болмайды
validate-question-against-all-hint = референдумда нұсқалар — сұраққа берілетін жауаптар; `against_all` өрісін өшіріңіз
validate-second-against-all = екінші «барлығына қарсы» нұсқасы (біріншісі — {$first}-нұсқа)
validate-second-against-all-hint = бюллетеньде «барлығына қарсы» нұсқасы біреу ғана болады: олардың бірінен `against_all` өрісін өшіріңіз
validate-against-all-not-last = «барлығына қарсы» нұсқасы {$total} нұсқаның ішінде {$number}-орында тұр; ол соңғы болуы керек
validate-against-all-not-last-hint = оны басылған бюллетеньдегідей `options` тізімінің соңына көшіріңіз
validate-duplicate-option-name = {$number}-нұсқаның `{$lang}` тіліндегі аты {$other}-нұсқаның атымен бірдей: {$name}
validate-duplicate-option-name-and-details = {$number}-нұсқаның `{$lang}` тіліндегі аты мен мәліметтері (`details`) {$other}-нұсқаныкімен бірдей: {$name}
validate-duplicate-option-name-hint = сайлаушы оларды ажырата алмайды: жол көшіріліп қалмағанын тексеріңіз; аттас үміткерлердің `details` мәліметтері әртүрлі болуы керек (туған жылы, қаласы)
validate-box-outside-paper = {$number}-нұсқаның шаршысы (көлденеңінен {$left}–{$right} мм, тігінен {$top}–{$bottom} мм) {$width} × {$height} мм парақтан шығып тұр
validate-box-outside-hint-own-x = оның `box` орнын солға жылжытыңыз: бұл парақта `x_mm` ең көбі {$max} болуы мүмкін
validate-box-outside-hint-own-y = оның `box` орнын жоғары жылжытыңыз: бұл парақта `y_mm` ең көбі {$max} болуы мүмкін
validate-box-outside-hint-grid-x = election.yaml файлындағы шаршылар торын (`paper.boxes`: `x_mm` және `size_mm`) парақтың енімен ({$width} мм) салыстырып тексеріңіз
validate-box-outside-hint-grid-x-ballot = election.yaml файлындағы және осы бюллетеньнің `paper` өрісіндегі шаршылар торын (`paper.boxes`: `x_mm` және `size_mm`) парақтың енімен ({$width} мм) салыстырып тексеріңіз
validate-box-outside-hint-grid-y = бұл бюллетеньге ұзындығы кемінде {$needed} мм парақ керек: оның файлында `paper: {"{"} height_mm: ... {"}"}` мәнін көрсетіңіз немесе шаршылар торын (`paper.boxes`) тексеріңіз
validate-box-out-of-order = {$number}-нұсқаның шаршысы (жоғарыдан {$top} мм) {$previous}-нұсқаның шаршысынан (жоғарыдан {$previous_top} мм) төмен орналаспаған
validate-box-out-of-order-hint = шаршылар нұсқалардың ретімен жоғарыдан төмен қарай (баған-баған бойынша) орналасады, аудиода да солай айтылады; нұсқалардың ретін және олардың `box` орындарын тексеріңіз
validate-boxes-overlap = {$number}-нұсқаның шаршысы {$other}-нұсқаның шаршысымен қабаттасады
validate-boxes-overlap-hint = шаршылар қабаттаспауы керек: `pitch_mm` және `size_mm` мәндерін салыстырыңыз
validate-boxes-overlap-hint-own = шаршылар қабаттаспауы керек: нұсқалардың `box` орындарын тексеріңіз (әр шаршының қабырғасы {$size} мм)

## election.yaml

validate-schema-unsupported = файл пішімінің {$version} нұсқасына (`schema`) қолдау көрсетілмейді
validate-schema-unsupported-hint = ballot-access бағдарламасының бұл нұсқасы тек `schema: 1` файлдарын оқиды
validate-date-invalid = {$value} — жарамсыз күн
validate-date-hint = сайлау күнін жыл-ай-күн түрінде жазыңыз, мысалы `2023-03-19`
validate-date-hint-day-first = күнді жыл-ай-күн түрінде жазыңыз: `{$iso}`
validate-date-hint-no-such-day = күнтізбеде мұндай күн жоқ: айы мен күнін тексеріңіз
validate-date-hint-year = жыл 1900 жылдан ерте болмауы керек
validate-unknown-dots = Брайль нүктелері өлшемдерінің {$value} жиыны белгісіз
validate-braille-page-cols = Брайль бетінің ені {$count} ұяшық — рұқсат етілген шектен тыс
validate-braille-page-rows = Брайль бетінің ұзындығы {$count} жол — рұқсат етілген шектен тыс
validate-braille-page-hint = {$min}–{$max} аралығындағы санды жазыңыз; әдепкі бет — {$cols} ұяшық × {$rows} жол
validate-copies-out-of-range = бір сайлау учаскесіне {$count} дана — рұқсат етілген шектен тыс
validate-copies-out-of-range-hint = 0–100 аралығындағы санды жазыңыз (0 — бұл материал қажет емес)
validate-spare-out-of-range = {$value} % қор — рұқсат етілген шектен тыс
validate-spare-out-of-range-hint = 0–100 аралығындағы санды жазыңыз: қажетті даналардан тыс қосымша басылатын даналардың пайызы
validate-stencil-language-and-languages = `language` және `languages` өрістері қатар берілген
validate-stencil-language-and-languages-hint = тек `languages` өрісін қалдырыңыз, мысалы `languages: [kk, ru]`
validate-stencil-languages-empty = трафарет тілдерінің ешқайсысы көрсетілмеген
validate-stencil-languages-empty-hint = кемінде біреуін көрсетіңіз, мысалы `languages: [{$example}]`, немесе өрісті өшіріңіз — сонда трафареттер сайлаудың барлық тілінде жасалады
validate-stencil-language-twice = `{$code}` трафарет тілі екі рет көрсетілген
validate-stencil-language-not-in-election = `{$code}` трафарет тілі осы сайлаудың тілі емес
validate-no-languages = бірде-бір тіл көрсетілмеген
validate-no-languages-hint = мына тілдердің кемінде біреуін көрсетіңіз: kk, ru, en
validate-language-twice = `{$code}` тілі екі рет көрсетілген
validate-unsupported-language = `{$code}` тіліне қолдау көрсетілмейді
validate-unsupported-language-hint = қолдау көрсетілетін тілдер: kk (қазақ тілі), ru (орыс тілі) және en (ағылшын тілі)
validate-unsupported-language-hint-meant = `{$code}` орнына `{$meant}` деп жазыңыз: қолдау көрсетілетін тілдер — kk (қазақ тілі), ru (орыс тілі) және en (ағылшын тілі)
validate-speech-rate-out-of-range = сөйлеу жылдамдығы минутына {$count} сөз — рұқсат етілген шектен тыс
validate-speech-rate-out-of-range-hint = {$min}–{$max} аралығындағы санды жазыңыз; әдепкісі — {$default}
validate-lexicon-language = `{$code}` тіліне арналған айтылым сөздігі берілген, бірақ ол осы сайлаудың тілі емес
validate-lexicon-language-hint = сайлау тілдері: {$languages}; сөздіктің бұл бөлігін өшіріңіз немесе тіл кодын түзетіңіз
validate-lexicon-entry-empty = сөздік жазбасында жазылуы да, айтылуы да болуы керек, екеуі де бос болмауы тиіс
validate-lexicon-entry-empty-hint = сөзді алдымен жазылуынша, қос нүктеден кейін айтылуынша жазыңыз, мысалы `AMANAT: Аманат`
validate-lexicon-entry-not-a-word = {$word} сөздік жазбасы ешқашан қолданылмайды: сөздік жеке сөздерді ауыстырады, ал сөз — әріптер мен цифрлардың үзіліссіз тізбегі
validate-lexicon-entry-not-a-word-hint = сөз тіркесінің немесе дефиспен жазылған есімнің әр бөлігін жеке жазба етіп жазыңыз
validate-lexicon-spoken-is-entry = {$word} сөзінің айтылуында {$other} бар, ал ол сөздіктің өзге жазбасы ({$entry})
validate-lexicon-spoken-is-entry-hint = айтылу басқа жазбаның жазылуымен сәйкес келмеуі керек: әйтпесе аудиода бюллетеньдегі сөздің орнына басқа сөз айтылады

## Трафарет және жабынды парақ

validate-label-too-long = трафареттегі ({$lang}) {$label} жазуына {$needed} Брайль ұяшығы керек, ал терезенің жанына { $lines ->
        [1] бір жолға
       *[other] {$lines} жолдың әрқайсысына
    } тек {$fit} ұяшық сыяды
validate-label-too-long-hint-label = бұл жазуды (`label`) {$max} әріпке дейін қысқартыңыз
validate-label-too-long-hint-name = бұл нұсқаға трафаретке арналған қысқа жазу беріңіз, мысалы `label: {"{"} {$lang}: ... {"}"}`, ұзындығы {$max} әріптен аспасын
validate-window-off-sheet = {$number}-нұсқаның трафарет терезесі (шаршы әр жағынан {$margin} мм-ге кеңейтілген) парақтың шетін кесіп өтер еді
validate-window-off-sheet-hint = шаршыны парақтың шетінен алыстатыңыз немесе `braille.stencil.window_margin_mm` мәнін азайтыңыз
validate-element-window-first = {$number}-нұсқаның терезесі
validate-element-window-second = {$number}-нұсқаның терезесінің
validate-element-label-first = {$number}-нұсқаның Брайль жазуы
validate-element-label-second = {$number}-нұсқаның Брайль жазуының
validate-element-corner-first = бағдарлау бұрышы
validate-element-corner-second = бағдарлау бұрышының
validate-too-close = трафаретте {$first} мен {$second} арасы {$distance} мм болар еді; тактильді элементтердің арасы кемінде {$needed} мм болуы керек
validate-too-close-lang = трафаретте ({$lang}) {$first} мен {$second} арасы {$distance} мм болар еді; тактильді элементтердің арасы кемінде {$needed} мм болуы керек
validate-too-close-hint-windows = шаршыларды бір-бірінен алыстатыңыз (`paper.boxes.pitch_mm` немесе нұсқалардың `box` орындары) немесе `braille.stencil.window_margin_mm` мәнін азайтыңыз
validate-too-close-hint-label = нұсқаға қысқарақ жазу (`label`) беріңіз немесе шаршыларды бір-бірінен алыстатыңыз
validate-too-close-hint-corner = шаршыны немесе оның жазуын жоғарғы оң жақ бұрыштан алыстатыңыз немесе `braille.stencil.corner_cut_mm` мәнін азайтыңыз
validate-stencil-braille-failed = трафареттің ({$lang}) жазуларын Брайль жазуына аудару мүмкін болмады: {$detail}
validate-stencil-braille-failed-hint = бұл файлдың емес, бағдарламаның немесе оның Брайль кестелерінің қатесі: файлды тіркеп, ол туралы хабарлаңыз
validate-no-room-for-identification = трафаретте ({$lang}) сәйкестендіру жазуы мен масштаб сызғышына арналған, парақты көлденеңінен кесіп өтетін бос жолақ жоқ: терезелер мен Брайль жазуы жоқ {$needed} мм жолақ керек, ал ең кең бос жолақ — {$widest} мм
validate-no-room-for-identification-hint = бірінші шаршының үстінен немесе соңғы шаршының астынан орын қалдырыңыз (`paper.height_mm` мәнін үлкейтіңіз немесе `paper.boxes.first_y_mm` мәнін азайтыңыз)
validate-identification-too-wide = трафареттің ({$lang}) {$text} сәйкестендіру жазуы 4 пт өлшемді қаріппен де парақтың еніне сыймайды (жиектер арасы {$width} мм)
validate-identification-too-wide-hint = бюллетеньге (немесе сайлауға) қысқарақ идентификатор (`id`) беріңіз
validate-note = { $field }: { $message }
