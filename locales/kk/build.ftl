## Жинау: компьютерде не жетіспейді және жинау не бюллетень неге тоқтады.

build-tables-missing = { $folder } ішінде liblouis Брайль кестелері жоқ: { $tables }
build-own-table-not-writable = орыс мәтініндегі қазақ әріптерінің Брайль кестесін { $path } ішіне жазу мүмкін емес ({ $cause }): онсыз бұл әріптер аударылмайды
build-table-does-not-compile = { $tables } ({ $lang }, кесте компиляцияланбайды)
build-voices-missing = { $folder } ішінде espeak-ng дауыстары (дауыс не оның сөздігі) жоқ: { $voices }
build-cannot-start-threads = жұмыс ағындары іске қосылмады: { $cause }
build-waiting-for-other-build = { $election } сайлауын { $out } ішіне жинайтын басқа процестің аяқталуы күтілуде...
build-cannot-lock-here = { $folder } бұл файл жүйесінде құлыпталмайды ({ $cause }); оған басқа жинақтың жазбайтынына көз жеткізіңіз
build-cannot-lock = { $folder } бұғатталмады: { $cause }
build-same-id-as-before = оның нәтижелері { $before } файлынан жиналған, ал енді сол идентификатор { $now } файлында
build-cannot-write = { $path } жазылмады: { $cause }
build-disk-full = диск толы: { $path } жазылмады: { $cause }
build-strict-ballot = { $warnings } ескерту бар, ал --strict көрсетілген, сондықтан бюллетеньнен ештеңе жазылмады: { $list }
build-not-a-manifest = { $path } жинаудың манифест файлы емес (`ballot-access build` командасы жасаған сайлау нәтижелерінің қалтасын, OUT/<election-id>, көрсетіңіз)

## Жинау ескертулері: тексеру кезінде назар аударатын жерлер.
build-warning = { $ballot }: { $warning }
build-warning-unchanged = { $ballot } (өзгеріссіз): { $warning }
build-audio-track-warning = аудио, { $lang } тілі, { $track }-трек ({ $file }): { $reason }
build-audio-spelled = әріптеп айтылды: { $words } (егер { $count ->
    [one] оны
   *[other] олардың бірін
} сөз ретінде айту керек болса, оны election.yaml ішіндегі { $lexicon } бөліміне айтылу түрімен қосыңыз)
build-audio-cut-short = қысқартылған: MP3 ішінде айтылған { $spoken } есептің { $decodable } ғана бар
build-audio-no-silence-at-end = тыныштықпен аяқталмайды: соңғы 100 мс деңгейі { $dbfs } дБFS
build-audio-loudness = дауыс қаттылығы { $lufs } LUFS, нормадан ({ $target }) { $tolerance } LU-дан артық ауытқиды
build-audio-true-peak = шынайы шың { $dbtp } дБTP, рұқсат етілген { $limit } дБTP-дан жоғары
build-audio-silent = тыныштық: RMS деңгейі { $dbfs } дБFS, { $limit } дБFS-тен төмен
build-audio-no-sound = тыныштық: дыбыс мүлде жоқ
build-audio-clipped = асқын жүктеме: шекті деңгейде { $samples } не одан көп есептен тұратын { $runs } бөлік
build-audio-too-short = тым қысқа: { $seconds } с, ал мәтін бойынша шамамен { $expected } с күтіледі (мәтін өткізіліп кетпеді ме?)
build-audio-too-long = тым ұзақ: { $seconds } с, ал мәтін бойынша шамамен { $expected } с күтіледі (мәтін әріптеп оқылмады ма?)
build-stencil-label-reads-back = { $option }-нұсқаның трафарет жазуы ({ $lang }) кері оқығанда { $source } емес, { $back } болып шығады
build-braille-reads-back = «{ $what }» Брайль жазуы ({ $lang }) кері оқығанда { $source } емес, { $back } болып шығады
build-text-election-title = сайлау атауы
build-text-constituency = округ атауы
build-text-region = өңір
build-text-contest-title = бюллетень тақырыбы
build-text-instructions = толтыру тәртібінің түсіндірмесі
build-text-option-name = { $option }-нұсқадағы атау
build-text-option-details = { $option }-нұсқадағы мәліметтер
build-tables-missing-hint = Debian-ның liblouis-data бумасын орнатыңыз (`apt install liblouis-data` немесе scripts/setup іске қосыңыз) не LOUIS_TABLEPATH айнымалысына кестелер тұрған қалтаны көрсетіңіз
build-own-table-not-writable-hint = XDG_CACHE_HOME айнымалысына осы пайдаланушы жаза алатын қалтаны көрсетіңіз (кесте оның ballot-access қалтасында сақталады)
build-tables-of-lang = { $tables } ({ $lang })
build-voice-missing = { $voice } ({ $cause })
build-same-id-as-before-hint = біреуіне басқа идентификатор беріңіз
