## Анықтамаға қатысы жоқ қателер: компьютер, liblouis, espeak-ng, PDF жазғыш не бағдарлама қатесі.

error-bug-hint = бұл анықтамадағы емес, ballot-access бағдарламасындағы қате: бюллетень файлын және іске қосылған команданы қоса хабарлаңыз
error-louis-widechar-size = liblouis бұл бағдарлама күткеннен басқа таңба өлшемімен жиналған
error-louis-table-name = { $table } Брайль кестесінің атын liblouis-ке беруге болмайды
error-louis-too-long = { $chars } таңбалы мәтін liblouis үшін тым ұзын
error-louis-failed = liblouis { $table } кестелерімен аудара алмады
error-louis-output-too-long = liblouis жадқа сыймайтын көлемде Брайль қайтарды
error-louis-not-braille = liblouis Брайль ұяшығы емес { $code } таңбасын қайтарды
error-louis-install-hint = Debian-ның liblouis20 және liblouis-data бумаларын қайта орнатыңыз (`apt install --reinstall liblouis20 liblouis-data` немесе scripts/setup іске қосыңыз); содан кейін `ballot-access check` кестелердің жүктелетінін айтады
error-speech-engine-start = espeak-ng іске қосылмады
error-speech-no-voice = espeak-ng-де { $voice } дауысы жоқ
error-speech-speak-failed = espeak-ng айта алмады (күйі { $status })
error-speech-nul-in-text = мәтінде NUL таңбасы бар, оны espeak-ng-ге беруге болмайды
error-speech-not-utf8 = сөйлеу процесіне жіберілген мәтін UTF-8 емес
error-speech-too-long = { $bytes } байттық фраза айтуға тым ұзын
error-speech-not-single-threaded = еншілес процестерде сөйлеу үшін сөйлеу процесі бір ағынды болуы керек
error-speech-system = сөйлеу процесі { $call } шақыруын орындай алмады: { $cause }
error-speech-child-failed = espeak-ng { $text } мәтінін айта алмады (еншілес процестің күйі { $status })
error-speech-sample-rate = espeak-ng { $rate } Гц жиілікпен сөйлейді, ал кодтауыш { $expected } Гц күтеді
error-speech-program-unknown = сөйлеу процесін іске қосу үшін бұл бағдарлама табылмады: { $cause }
error-speech-worker-start = { $program } сөйлеу процесі іске қосылмады: { $cause }
error-speech-not-a-worker = { $program } сөйлеу процесі ретінде іске қосылмады
error-speech-worker-broke = { $voice } дауысының сөйлеу процесі жауап беруін тоқтатты: { $cause }
error-speech-encoder = MP3 кодтауышы { $step } кезеңінде қате берді: { $cause }
error-speech-encoder-step = { $step ->
    [start] іске қосу
    [channels] арна саны
    [sample-rate] дискреттеу жиілігі
    [output-rate] шығыс дискреттеу жиілігі
    [bit-rate] бит жылдамдығы
    [mode] режим
    [quality] сапа
    [vbr-tag] VBR тегі
    [build] баптау
    [encode] кодтау
   *[flush] аяқтау
}
error-speech-install-hint = Debian-ның espeak-ng-data бумасын орнатыңыз (`apt install espeak-ng-data` немесе scripts/setup іске қосыңыз) не ESPEAK_DATA_PATH айнымалысына espeak-ng деректер қалтасын көрсетіңіз
error-speech-not-a-worker-hint = кітапхананы пайдаланатын бағдарлама сөйлеу процестеріне өзі қызмет етуі керек: `main` басында `project::serve_speech_worker_if_asked` шақырыңыз
error-speech-resources-hint = компьютерде процестер не жад таусылды, не процесс тоқтатылды: --jobs санын азайтып қайта жинаңыз
error-speech-phrase-hint = `ballot-access speak --lang LANG --out check.wav TEXT` арқылы тыңдаңыз; espeak-ng тек осы фразада қате берсе, мәтінін сөзбен жазыңыз және фразаны хабарлаңыз
error-render-page-size = PDF жазғыш { $width } × { $height } pt бетін қабылдамайды
error-render-pdf = PDF жазылмады: { $cause }
error-render-audio-faults = аудио қате болар еді: { $faults }
error-render-audio-faults-hint = `ballot-access speak --lang LANG --out check.wav TEXT` арқылы тыңдаңыз; үнсіз трек дауыстың мәтінді айта алмағанын білдіреді (оны сөзбен жазыңыз), ал кодталған аудиодағы ақау (қысқа кесілген, соңы, қаттылық, шың) бюллетень файлымен бірге хабарланатын бағдарлама қатесі
error-render-audio-frames-missing = аудио { $lang } трек { $track }: фразаның жазылған кадрлары файлда жоқ
error-render-audio-more-than-phrases = аудио { $lang } трек { $track }: файлда фразаларынан артық дерек бар
