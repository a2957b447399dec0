## Ошибки не в определении: компьютер, liblouis, espeak-ng, запись PDF или ошибка программы.

error-bug-hint = это ошибка ballot-access, а не определения: сообщите о ней, приложив файл бюллетеня и выполненную команду
error-louis-widechar-size = liblouis собран с другим размером символа, чем ожидает эта программа
error-louis-table-name = имя таблицы Брайля { $table } нельзя передать liblouis
error-louis-too-long = текст из { $chars } символов слишком длинный для liblouis
error-louis-failed = liblouis не смог перевести с таблицами { $table }
error-louis-output-too-long = liblouis вернул больше Брайля, чем помещается в памяти
error-louis-not-braille = liblouis вернул { $code }, а это не ячейка Брайля
error-louis-install-hint = переустановите пакеты Debian liblouis20 и liblouis-data (`apt install --reinstall liblouis20 liblouis-data` или запустите scripts/setup); затем `ballot-access check` скажет, загружаются ли таблицы
error-speech-engine-start = espeak-ng не запустился
error-speech-no-voice = в espeak-ng нет голоса { $voice }
error-speech-speak-failed = espeak-ng не смог произнести текст (статус { $status })
error-speech-nul-in-text = в тексте есть символ NUL, его нельзя передать espeak-ng
error-speech-not-utf8 = текст, переданный речевому процессу, не в UTF-8
error-speech-too-long = фраза из { $bytes } байт слишком длинная для произнесения
error-speech-not-single-threaded = речевой процесс должен быть однопоточным, чтобы говорить в дочерних процессах
error-speech-system = речевой процесс не смог выполнить { $call }: { $cause }
error-speech-child-failed = espeak-ng не смог произнести { $text } (статус дочернего процесса { $status })
error-speech-sample-rate = espeak-ng говорит с частотой { $rate } Гц, а кодировщик ожидает { $expected } Гц
error-speech-program-unknown = не удаётся найти эту программу, чтобы запустить речевой процесс: { $cause }
error-speech-worker-start = не удаётся запустить речевой процесс { $program }: { $cause }
error-speech-not-a-worker = { $program } не запустился как речевой процесс
error-speech-worker-broke = речевой процесс голоса { $voice } перестал отвечать: { $cause }
error-speech-encoder = кодировщик MP3 выдал ошибку на шаге «{ $step }»: { $cause }
error-speech-encoder-step = { $step ->
    [start] запуск
    [channels] число каналов
    [sample-rate] частота дискретизации
    [output-rate] выходная частота дискретизации
    [bit-rate] битрейт
    [mode] режим
    [quality] качество
    [vbr-tag] тег VBR
    [build] настройка
    [encode] кодирование
   *[flush] завершение
}
error-speech-install-hint = установите пакет Debian espeak-ng-data (`apt install espeak-ng-data` или запустите scripts/setup) либо укажите в ESPEAK_DATA_PATH папку данных espeak-ng
error-speech-not-a-worker-hint = программа, использующая библиотеку, должна сама обслуживать речевые процессы: вызовите `project::serve_speech_worker_if_asked` в начале `main`
error-speech-resources-hint = на компьютере закончились процессы или память, либо процесс был завершён: соберите снова с меньшим --jobs
error-speech-phrase-hint = прослушайте через `ballot-access speak --lang LANG --out check.wav TEXT`; если espeak-ng не справляется только с этой фразой, запишите её текст словами и сообщите о фразе
error-render-page-size = программа записи PDF не принимает страницу { $width } × { $height } pt
error-render-pdf = не удалось записать PDF: { $cause }
error-render-audio-faults = аудио было бы неверным: { $faults }
error-render-audio-faults-hint = прослушайте через `ballot-access speak --lang LANG --out check.wav TEXT`; беззвучная дорожка значит, что голос не смог произнести текст (запишите его словами), а дефект закодированного звука (обрезан, конец, громкость, пик) — ошибка программы, о которой нужно сообщить с файлом этого бюллетеня
error-render-audio-frames-missing = аудио { $lang }, дорожка { $track }: записанных кадров фразы нет в файле
error-render-audio-more-than-phrases = аудио { $lang }, дорожка { $track }: в файле больше, чем его фразы
