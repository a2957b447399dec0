## Командалық жол хабарлайтыны: нәтижелер, қорытындылар, командалардың өз қателері.

cli-unknown-interface-language = { $source }: белгісіз интерфейс тілі { $value }
cli-unknown-interface-language-hint = kk, ru немесе en көрсетіңіз
cli-cannot-write = { $path } жазылмады: { $cause }
cli-cannot-read-stdin = стандартты кіріс оқылмады: { $cause }
cli-wrote = { $path } файлы жазылды
cli-does-not-pass-check = { $path } `check` тексеруінен өтпейді; алдымен қателерді түзетіңіз
cli-out-must-be-xlsx = --out ішіндегі файл атауы .xlsx деп аяқталуы керек
cli-out-must-be-audio = --out ішіндегі файл атауы .mp3 немесе .wav деп аяқталуы керек
cli-speaking = айтылады: { $text }

cli-progress-bar = { $total } бюллетеньнің { $done } дайын, { $eta } қалды
cli-progress-line = { $total } бюллетеньнің { $done } дайын ({ $ballot }), { $seconds } с

cli-check-invalid = { $errors } қате; сипаттамалар тексеруден өтпеді
cli-check-ok = тексеруден өтті, қате жоқ: сайлау саны: { $elections }, бюллетень саны: { $ballots }

cli-build-invalid = { $errors } қате; ештеңе жиналмады, { $out } қалтасы өзгертілмеді
cli-build-strict-definitions = сипаттамаларда { $warnings } ескерту бар, ал --strict көрсетілген; ештеңе жиналмады, { $out } қалтасы өзгертілмеді
cli-build-not-selected = { $file } файлында { $errors } қате бар, ол жиналмады (--only арқылы таңдалмаған; қателерді `check` көрсетеді)
cli-build-only-matches-nothing = --only { $pattern } үлгісіне бірде-бір бюллетень не файл сәйкес келмейді; ештеңе жиналмады
cli-build-out-is-input = { $out } нәтижелер қалтасы { $input } сипаттамалар қалтасымен бірдей
cli-build-out-is-input-hint = --out үшін сипаттамалардан тыс қалтаны таңдаңыз, мысалы `--out out`; ештеңе жиналмады
cli-build-out-not-writable = { $out } нәтижелер қалтасына жазу мүмкін емес: { $cause }
cli-build-out-not-writable-hint = --out үшін басқа қалтаны таңдаңыз немесе бұл қалтаға жазуға рұқсат беріп, дискіде орын бар екенін тексеріңіз
cli-build-stopped = жинау тоқтады: { $cause }
cli-build-stopped-hint = нәтижелер дискісінде орын босатып, жинауды қайта іске қосыңыз; { $not_started ->
    [0] {""}
   *[other] { $not_started } бюллетень басталмады;{" "}
}дайын болған файлдар сақталды
cli-build-ballot-failed = { $ballot } бюллетені «{ $stage ->
    [definition] сипаттама
    [stencil] трафарет
    [overlay] жабынды парақ
    [large-print] ірі қаріп
    [braille] Брайль жазуы
    [audio] аудио
    [strict] ескертулерді тексеру (--strict)
    [write] файлдарды жазу
   *[other] { $stage }
}» кезеңінде жиналмады: { $cause }
    оның бұрынғы файлдары, болса, сақталды
cli-build-clips = аудиофрагменттер: { $synthesised } синтезделді, { $from_cache } кэштен алынды, { $reused } қайта пайдаланылды
cli-build-cache-damaged = аудиофрагмент кэшінің зақымдалған немесе басқа фрагменті бар { $count } жазбасы қайта жасалды (ешқайсысы пайдаланылмады): { $entries }
cli-build-cache-damaged-hint = жазылған аудио дұрыс; бұл қайталанса, кэш тұрған дискіні тексеріңіз (немесе кэш қалтасын өшіріңіз)
cli-build-cannot-write-profile = профильді { $path } файлына жазу мүмкін емес: { $cause }
cli-build-summary = { $built } бюллетень жиналды, өзгермеген { $skipped } бюллетень өткізілді, { $failed } бюллетень қатемен аяқталды; { $out } ішіне { $files } файл жазылды; { $seconds } с
cli-build-strict = { $warnings } ескерту бар, ал --strict көрсетілген

cli-review-pages-not-refreshed = белгілер қабылдау журналына енгізілді, бірақ тексеру беттері жаңартылмады: { $cause }
cli-review-outdated-mark = ескірген, қолданылмады: { $mark }
cli-review-imported = { $applied } белгі қолданылды, { $already } журналда бұрыннан бар, { $outdated } ескірген, белгіленбеген { $unmarked } трек өткізілді
cli-review-no-ballot-matches = бірде-бір бюллетень сәйкес келмейді
cli-review-verdict = { $verdict ->
    [ok] қабылданды
    [problem] ақау бар
    [unmarked] белгіленбеген
    [outdated] ескірген
    [resolved] түзетілді
    [not-played] соңына дейін тыңдалмаған
   *[other] { $verdict }
}
cli-review-whole-none = жоқ
cli-review-ballot-status = { $id }: қабылданды { $ok }{ $by_phrases ->
    [0] {""}
   *[other] {" "}(оның ішінде фразалар бойынша { $by_phrases })
}, ақаулы { $problem }, белгіленбеген { $unmarked }{ $not_played ->
    [0] {""}
   *[other] {" "}(қабылданған, бірақ соңына дейін тыңдалмаған: { $not_played })
}, ескірген { $outdated }; бүкіл бюллетень: { $whole } — { $signed ->
    [yes] қабылданды
   *[no] ҚАБЫЛДАНБАДЫ
}
cli-review-whole-ballot = бүкіл бюллетень
cli-review-track = { $track }-трек
cli-review-problem = ақау: { $lang } { $track }: { $comment } ({ $reviewer }, { $at })
cli-review-problem-in-phrase = ақау: { $lang } { $track } ({ $phrase } фразасы, { $id }): { $comment } ({ $reviewer }, { $at })
cli-review-phrases = фразалар: { $total } фразаның { $reviewed } тексерілді ({ $problem } ақаулы); барлық аудио { $hours } сағ, тыңдауға { $to_hear } сағ қалды
cli-review-signed-off = { $total } бюллетеньнің { $signed } қабылданды

cli-import-removed = { $path } өшірілді (оның округі тізілімде енді жоқ)
cli-import-written = { $folder } қалтасына { $files } бюллетень файлы жазылды
cli-import-invalid = { $errors } қате; ештеңе жазылмады
cli-export-left-out = шығарылмады (қолмен жазылған, округ нөмірі жоқ немесе үміткерлер бюллетені емес): { $ballots }

cli-measure-off-grid = { $pdf }: { $page }-бет: белгі қоятын { $boxes } шаршы біркелкі тордан тыс; әрқайсысына бюллетень файлында өз `box:` мәнін беріңіз (жоғарыдағы жолдар), содан кейін тексеріңіз: `measure { $pdf } --check BALLOT.yaml`
cli-measure-page-problem = { $pdf }: { $page }-бет: { $cause }
cli-measure-check-takes-a-ballot = --check бір бюллетеньнің сипаттама файлын алады, { $path } емес
cli-measure-ok = тексеруден өтті: { $pdf } ішіндегі белгі қоятын барлық { $boxes } шаршы { $definition } сипаттамасынан 0,2 мм-ден артық ауытқымайды

cli-package-left-out = енгізілмеді (тексеруде қабылданбаған): { $ballots }
cli-package-zip = { $zip }: { $ballots } бюллетень, { $files } файл

cli-usage-invalid-value = { $value } мәні { $argument } үшін жарамсыз
cli-usage-invalid-value-one-of = { $value } мәні { $argument } үшін жарамсыз; мыналардың бірін көрсетіңіз: { $valid }
cli-usage-unknown-argument = мұнда { $argument } параметрі жоқ
cli-usage-unknown-argument-did-you-mean = мұнда { $argument } параметрі жоқ; мүмкін, { $suggested } деп жазбақ болдыңыз ба?
cli-usage-unknown-command = { $command } командасы жоқ
cli-usage-unknown-command-did-you-mean = { $command } командасы жоқ; мүмкін, { $suggested } деп жазбақ болдыңыз ба?
cli-usage-missing = { $argument } көрсетілуі керек
cli-usage-missing-command = команданы көрсету керек
cli-usage-conflict = { $argument } және { $other } параметрлерін бірге көрсетуге болмайды
cli-usage-values = { $argument } мәндерінің саны дұрыс емес
cli-usage-other = командалық жол дұрыс құрылмаған
cli-usage-see-help = Толығырақ: --help қосыңыз (мысалы, `ballot-access build --help`).
