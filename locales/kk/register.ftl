## Үміткерлер тізілімі: `import`, `template`, `export`.
## Бағандар қазақша үлгідегідей аталады (src/register/columns.rs).

# Қате кестенің қай жерінде.
reg-cell = { $cell } ұяшығы ({ $field })
reg-cell-in-sheet = { $sheet } парағы, { $cell } ұяшығы ({ $field })
reg-in-cell = { $cell }: { $problem }

# `check` тексерісінің сайлау файлына ескертуі және оның орны.
reg-located = { $location }: { $problem }
reg-located-field = { $location }, { $field } өрісі: { $problem }
reg-field-problem = { $field } өрісі: { $problem }

# Файлды неге оқу немесе жазу мүмкін емес.
reg-io-not-found = мұндай файл немесе қалта жоқ
reg-io-permission = қатынауға рұқсат жоқ
reg-io-other = { $reason }

reg-cannot-read = { $file } файлын оқу мүмкін болмады: { $reason }
reg-cannot-write = { $file } файлын жазу мүмкін болмады: { $reason }
reg-changed-by-hand = { $file } файлы соңғы импорттан кейін қолмен өзгертілген
reg-changed-by-hand-hint = өзгерісті тізілімге енгізіп, импортты қайталаңыз немесе қолмен өзгертілген файлды ауыстыру үшін (округі тізілімде жоқ болса, өшіру үшін) импортты --force параметрімен іске қосыңыз

## Файлды оқу.

reg-cannot-read-register = файлды оқу мүмкін болмады: { $reason }
reg-not-a-spreadsheet = тізілім электрондық кесте болуы керек: .xlsx, .xls, .ods немесе .csv
reg-not-a-spreadsheet-hint = тізілімді электрондық кесте бағдарламасында .xlsx (немесе «CSV UTF-8») түрінде сақтаңыз
reg-not-readable-as-spreadsheet = файлды электрондық кесте ретінде оқу мүмкін емес: { $reason }
reg-damaged-spreadsheet-hint = файл бүлінген немесе кесте кеңейтімі берілген басқа түрдегі файл болуы мүмкін: оны электрондық кесте бағдарламасында ашып, .xlsx түрінде қайта сақтаңыз
reg-sheet-unreadable = { $sheet } парағын оқу мүмкін болмады: { $reason }
reg-broken-encoding = файл { $encoding } кодтауындағы мәтін ретінде белгіленген, бірақ мазмұны бұл кодтауда оқылмайды
reg-save-as-csv-utf8 = оны «CSV UTF-8» немесе .xlsx түрінде қайта сақтаңыз
reg-windows-1251 = файл UTF-8 кодтауында емес: бұл Excel-дің Windows-1251 кодтауындағы «CSV» файлына ұқсайды, ал онда қазақ әріптері жоқ (сақтаған кезде олар жоғалған)
reg-windows-1251-hint = тізілімді «CSV UTF-8» түрінде (Файл → Басқаша сақтау → CSV UTF-8) немесе .xlsx түрінде сақтаңыз
reg-csv-unreadable = файлды CSV ретінде оқу мүмкін емес: { $reason }

## Импортталған бюллетеньдер тақырыбы мен түсіндірмесін алатын бюллетень.

reg-contest-source-hint = сайлаудың бір бюллетенін қолмен жазыңыз (оның тақырыбы, түсіндірмесі және бар болса «Барлығына қарсы» жолы импортталған бюллетеньдердің бәріне ортақ болады) немесе оны --contest-from арқылы көрсетіңіз
reg-election-fails-check = { $folder } сайлау қалтасы `check` тексерісінен өтпейді: { $problem }
reg-election-fails-check-plain = { $folder } сайлау қалтасы `check` тексерісінен өтпейді
reg-election-fails-check-hint = `ballot-access check` көрсеткен қателерді түзетіп, импортты қайталаңыз
reg-contest-from-not-ballot = --contest-from { $file }: бұл `check` тексерісінен өтетін бюллетень файлы емес
reg-contest-from-not-ballot-hint = үміткерлер бюллетенінің сипаттама файлын (.yaml) көрсетіңіз және алдымен оны `ballot-access check` арқылы тексеріңіз
reg-no-contest-ballot = сайлауда тақырыбы мен түсіндірмесін алуға болатын үміткерлер бюллетені жоқ
reg-several-contests = сайлаудағы үміткерлер бюллетеньдерінің тақырыптары немесе түсіндірмелері әртүрлі ({ $first } және { $other })
reg-several-contests-hint = тізілім округтеріне ортақ тақырыбы мен түсіндірмесі бар бюллетеньді --contest-from арқылы көрсетіңіз

## Бағандар.

reg-second-column = екінші { $column } бағаны
reg-second-column-hint = әр өріске бір ғана баған қалдырыңыз
reg-unknown-column = { $heading } бағанын импорт танымайды
reg-unknown-column-hint = оны үлгідегідей атаңыз (`ballot-access template`) немесе бұл бағанды өткізіп жіберу үшін импортты --ignore-column { $heading } параметрімен іске қосыңыз
reg-no-district-name-column = «Округ атауы ({ $lang })» бағаны жоқ
reg-no-district-name-column-in-sheet = { $sheet } парағында «Округ атауы ({ $lang })» бағаны жоқ
reg-no-name-columns = «Толық аты-жөні ({ $lang })» бағаны жоқ (немесе «Тегі ({ $lang })» және «Аты ({ $lang })» бағандары)
reg-no-name-columns-in-sheet = { $sheet } парағында «Толық аты-жөні ({ $lang })» бағаны жоқ (немесе «Тегі ({ $lang })» және «Аты ({ $lang })» бағандары)
reg-missing-column-hint = сайлаудың әр тілінде округ атаулары мен үміткерлердің аты-жөні болуы керек
reg-no-header-row = бірде-бір парақта бірінші толтырылған жол «Округ нөмірі» бағаны бар тақырып жолы емес
reg-no-header-row-hint = `ballot-access template` үлгісінен бастаңыз: бірінші жолда бағандардың атаулары тұрады (тақырыптың бір ғана жолы, оның үстінде ештеңе жоқ; CSV файлында — бірінші жол)

## Ұяшықтар.

# Сандық ұяшықта не тұр (төмендегі хабарламалардағы $what).
reg-what-district-number = округ нөмірі
reg-what-polling-stations = сайлау учаскелерінің саны
reg-what-birth-year = туған жылы
reg-what-order = бюллетеньдегі орны

reg-not-whole-number = { $what } { $value } бүтін сан емес
reg-not-whole-number-hint = бүтін сан енгізіңіз; бағанның пішімі — сандық немесе мәтіндік
reg-scientific-notation = { $what }: электрондық кесте ұзын санды { $value } түріне қысқартты
reg-scientific-notation-hint = бағанға мәтіндік пішім беріп, санды қайта енгізіңіз
reg-number-became-date = { $what }: электрондық кесте енгізілген мәнді { $date } күні деп қабылдады
reg-number-became-date-hint = бағанға сандық (немесе мәтіндік) пішім беріп, санды қайта енгізіңіз
reg-spreadsheet-error = ұяшықта электрондық кесте қатесі тұр: { $error }
reg-spreadsheet-error-hint = формуланы түзетіңіз немесе мәнді қолмен енгізіңіз
reg-non-breaking-space = { $value } ішінде бөлінбейтін бос орын бар
reg-non-breaking-space-hint = сөздер арасындағы бос орынды қарапайым бос орынмен қайта теріңіз
reg-double-space = { $value } ішінде қатар екі бос орын бар
reg-double-space-hint = сөздер арасында бір бос орын қалдырыңыз
reg-line-break = { $value } бірнеше жолда тұр: ұяшықта жол ауыстыру бар
reg-line-break-hint = ұяшықтағы мәтінді бір жолда қалдырыңыз (Excel-де Alt+Enter жолды ауыстырады — оны өшіріңіз)
reg-invisible-character = { $value } ішінде көрінбейтін таңба бар (мысалы, табуляция)
reg-invisible-character-hint = мәтінді қолмен қайта теріңіз (ол басқа бағдарламадан қойылған болуы мүмкін)
reg-placeholder = { $value } «ештеңе» дегенді білдіреді: ол бюллетеньде дәл солай басылып, дауыстап оқылады
reg-placeholder-hint = мәлімет болмаса, ұяшықты бос қалдырыңыз
reg-number-for-text = мәтіннің орнына сан ({ $value }): электрондық кесте бастағы нөлдерді алып тастаған немесе мәтінді санға айналдырған болуы мүмкін
reg-retype-as-text-hint = бағанға мәтіндік пішім беріп, мәнді қайта енгізіңіз
reg-text-became-date = мәтін { $date } күніне айналды: электрондық кесте енгізілгенді (мысалы, 1-4) күн деп қабылдады

reg-district-number-empty = округ нөмірі толтырылмаған
reg-district-number-empty-hint = әр жолда оның округінің нөмірі көрсетіледі (біріктірілген ұяшықтар бірінші жолдан басқасында бос саналады: біріктіруді болдырмай, нөмірді толтырыңыз)
reg-district-number-not-positive = округ нөмірі { $value } оң бүтін сан емес
reg-district-number-not-positive-hint = округтер 1-ден бастап нөмірленеді
reg-birth-year-out-of-range = { $year } үміткердің туған жылы бола алмайды
reg-birth-year-out-of-range-hint = туған жылын төрт цифрмен енгізіңіз ({ $from } жылдан { $to } жылға дейін)
reg-polling-stations-not-positive = сайлау учаскелерінің саны { $value } нөлден үлкен бүтін сан емес
reg-polling-stations-not-positive-hint = округ бюллетені қанша сайлау учаскесінде қолданылатынын көрсетіңіз: 1 немесе одан көп
reg-district-text-differs = { $value } мәні № { $district } округ үшін бұрын көрсетілген { $first } мәнімен сәйкес келмейді ({ $cell })
reg-district-text-differs-hint = округтің атауы мен облысын оның барлық жолында бірдей жазыңыз немесе тек бір жолында ғана жазыңыз
reg-polling-stations-differ = { $value } саны № { $district } округ үшін басқа жолда көрсетілген { $first } санымен сәйкес келмейді
reg-polling-stations-differ-hint = округтің сайлау учаскелерінің санын бір рет немесе оның барлық жолында бірдей көрсетіңіз
reg-candidate-surname-empty = үміткердің тегі ({ $lang }) толтырылмаған
reg-candidate-name-empty = үміткердің аты ({ $lang }) толтырылмаған
reg-candidate-full-name-empty = үміткердің толық аты-жөні ({ $lang }) толтырылмаған
reg-candidate-names-hint = әр үміткердің сайлаудың әр тілінде тегі мен аты (немесе толық аты-жөні) болуы керек
reg-birth-year-empty = үміткердің туған жылы толтырылмаған
reg-birth-year-empty-hint = жылды төрт цифрмен толтырыңыз: ол бюллетеньде басылады
reg-lost-letter = { $value } ішінде `?` тұр: мұнда әріп жоғалған
reg-lost-letter-hint = файл бұл әріп жоқ кодтауда сақталған: әріпті қайта теріңіз немесе тізілімді .xlsx немесе «CSV UTF-8» түрінде сақтаңыз
reg-example-row = бұл үлгідегі мысал жолы (ҮЛГІБАЕВ Мысал), үміткер емес
reg-example-row-hint = мысал жолын өшіріңіз

## Бірнеше жолдағы округтер мен үміткерлер.

reg-district-gap = № { $previous } округтен кейін № { $district } округ тұр: нөмірлеуде үзіліс бар
reg-district-gap-hint = тізілімде барлық округтер қатарынан көрсетіледі; нөмірді тексеріңіз
reg-district-no-name = № { $district } округтің атауы ({ $lang }) жоқ
reg-district-no-name-hint = округтің бір жолында «Округ атауы ({ $lang })» бағанын толтырыңыз
reg-district-no-polling-stations = № { $district } округ үшін сайлау учаскелерінің саны көрсетілмеген
reg-district-no-polling-stations-hint = округтің бір жолында «Учаскелер саны» бағанын (бүтін сан) толтырыңыз: басып шығару жоспарындағы таралым соған байланысты
reg-district-no-candidate = № { $district } округте бірде-бір үміткер жоқ
reg-district-no-candidate-hint = округ үміткерлерінің жолдарын қосыңыз
reg-duplicate-candidate = бұл үміткер бұрын көрсетілген (№ { $district } округ, { $cell }): аты-жөні мен туған жылы бірдей
reg-duplicate-candidate-names = бұл үміткер бұрын көрсетілген (№ { $district } округ, { $cell }): аты-жөні бірдей
reg-duplicate-candidate-details = бұл үміткер бұрын көрсетілген (№ { $district } округ, { $cell }): аты-жөні мен мәліметтері бірдей
reg-duplicate-candidate-hint = үміткер сайлауға бір-ақ рет түседі: қайталанған жолды өшіріңіз
reg-duplicate-candidate-namesake-hint = үміткер сайлауға бір-ақ рет түседі: қайталанған жолды өшіріңіз; аты-жөні бірдей екі адамды туған жылы ажыратады («Туған жылы» бағаны)
reg-order-missing = { $row }-жолда «Реті» көрсетілмеген, ал № { $district } округтің басқа жолдарында ол бар
reg-order-missing-hint = «Реті» бағанын округтің барлық жолында толтырыңыз немесе ешқайсысында толтырмаңыз
reg-order-gap = № { $district } округтегі { $position }-орын: орындар 1, 2, 3… болып, үзіліссіз әрі қайталанбай берілуі керек
reg-order-gap-hint = округ үміткерлерін 1-ден бастап нөмірлеңіз
reg-district-clash = № { $district } округ { $file } файлында сипатталған, ал ол файл импорт арқылы жазылмаған
reg-district-clash-hint = { $file } файлын өшіріңіз (енді округ тізілімде бар) немесе округті тізілімнен алып тастаңыз

## Тізілімді жазу (`template`, `export`).

reg-cannot-make-spreadsheet = электрондық кестені жасау мүмкін болмады: { $reason }
