## Жинау: компьютерде не жетіспейді және жинау не бюллетень неге тоқтады.

build-tables-missing = { $folder } ішінде liblouis Брайль кестелері жоқ: { $tables }; Debian-ның liblouis-data бумасын орнатыңыз (`apt install liblouis-data` немесе scripts/setup іске қосыңыз) не LOUIS_TABLEPATH айнымалысына кестелер тұрған қалтаны көрсетіңіз
build-table-does-not-compile = { $tables } ({ $lang }, кесте компиляцияланбайды)
build-espeak-cannot-start = espeak-ng іске қосылмайды ({ $cause }); Debian-ның espeak-ng-data бумасын орнатыңыз (`apt install espeak-ng-data` немесе scripts/setup іске қосыңыз) не ESPEAK_DATA_PATH айнымалысына espeak-ng деректер қалтасын көрсетіңіз
build-voices-missing = { $folder } ішінде espeak-ng дауыстары (дауыс не оның сөздігі) жоқ: { $voices }; Debian-ның espeak-ng-data бумасын орнатыңыз (`apt install espeak-ng-data` немесе scripts/setup іске қосыңыз) не ESPEAK_DATA_PATH айнымалысына espeak-ng деректер қалтасын көрсетіңіз
build-cannot-start-threads = жұмыс ағындары іске қосылмады: { $cause }
build-waiting-for-other-build = { $election } сайлауын { $out } ішіне жинайтын басқа процестің аяқталуы күтілуде...
build-cannot-lock = { $folder } бұғатталмады: { $cause }
build-same-id-as-before = оның нәтижелері { $before } файлынан жиналған, ал енді сол идентификатор { $now } файлында; біреуіне басқа идентификатор беріңіз
build-cannot-write = { $path } жазылмады: { $cause }
build-disk-full = диск толы: { $path } жазылмады: { $cause }
build-strict-ballot = { $warnings } ескерту бар, ал --strict көрсетілген, сондықтан бюллетеньнен ештеңе жазылмады: { $list }
build-not-a-manifest = { $path } жинаудың манифест файлы емес (`ballot-access build` командасы жасаған сайлау нәтижелерінің қалтасын, OUT/<election-id>, көрсетіңіз)
