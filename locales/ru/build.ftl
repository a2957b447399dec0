## Сборка: чего не хватает на компьютере и почему сборка или бюллетень остановлены.

build-tables-missing = в { $folder } нет таблиц Брайля liblouis: { $tables }
build-own-table-not-writable = не удаётся записать таблицу Брайля для казахских букв в русском тексте в { $path } ({ $cause }): без неё эти буквы не переводятся
build-table-does-not-compile = { $tables } ({ $lang }, таблица не компилируется)
build-voices-missing = в { $folder } нет голосов espeak-ng (голоса или его словаря): { $voices }
build-cannot-start-threads = не удаётся запустить рабочие потоки: { $cause }
build-waiting-for-other-build = ожидание окончания другой сборки { $election } в { $out }...
build-cannot-lock-here = { $folder } нельзя заблокировать в этой файловой системе ({ $cause }); убедитесь, что в неё не пишет другая сборка
build-cannot-lock = не удаётся заблокировать { $folder }: { $cause }
build-same-id-as-before = его результаты были собраны из { $before }, а теперь тот же идентификатор у { $now }
build-cannot-write = не удаётся записать { $path }: { $cause }
build-disk-full = диск заполнен: не удаётся записать { $path }: { $cause }
build-strict-ballot = { $warnings ->
    [one] { $warnings } предупреждение
    [few] { $warnings } предупреждения
   *[many] { $warnings } предупреждений
}, а указан --strict, поэтому ничего из бюллетеня не записано: { $list }
build-not-a-manifest = { $path } — не манифест сборки (укажите папку результатов выборов, OUT/<election-id>, после `ballot-access build`)

## Предупреждения сборки: на что обратить внимание при проверке.
build-warning = { $ballot }: { $warning }
build-warning-unchanged = { $ballot } (без изменений): { $warning }
build-audio-track-warning = аудио, язык { $lang }, дорожка { $track } ({ $file }): { $reason }
build-audio-spelled = произнесено по буквам: { $words } (если { $count ->
    [one] его
   *[other] какое-то из них
} нужно произносить как слово, добавьте его в { $lexicon } в election.yaml с тем, как оно произносится)
build-audio-cut-short = обрезано: в MP3 { $decodable } отсчётов из { $spoken } произнесённых
build-audio-no-silence-at-end = не заканчивается тишиной: последние 100 мс на уровне { $dbfs } дБFS
build-audio-loudness = громкость { $lufs } LUFS отличается от нормы { $target } более чем на { $tolerance } LU
build-audio-true-peak = истинный пик { $dbtp } дБTP, выше допустимых { $limit } дБTP
build-audio-silent = тишина: уровень RMS { $dbfs } дБFS ниже { $limit } дБFS
build-audio-no-sound = тишина: звука нет совсем
build-audio-clipped = перегрузка: { $runs } участков по { $samples } и более отсчётов на предельном уровне
build-audio-too-short = слишком коротко: { $seconds } с, а по тексту ожидается около { $expected } с (не пропущен ли текст?)
build-audio-too-long = слишком долго: { $seconds } с, а по тексту ожидается около { $expected } с (не прочитан ли текст по буквам?)
build-stencil-label-reads-back = надпись трафарета ({ $lang }) для варианта { $option } читается обратно как { $back }, а не { $source }
build-braille-reads-back = шрифт Брайля для «{ $what }» ({ $lang }) читается обратно как { $back }, а не { $source }
build-text-election-title = название выборов
build-text-constituency = название округа
build-text-region = регион
build-text-contest-title = заголовок бюллетеня
build-text-instructions = разъяснение порядка заполнения
build-text-option-name = имя в варианте { $option }
build-text-option-details = сведения в варианте { $option }
build-tables-missing-hint = установите пакет Debian liblouis-data (`apt install liblouis-data` или запустите scripts/setup) либо укажите в LOUIS_TABLEPATH папку с таблицами
build-own-table-not-writable-hint = укажите в XDG_CACHE_HOME папку, в которую этот пользователь может писать (таблица хранится в её папке ballot-access)
build-tables-of-lang = { $tables } ({ $lang })
build-voice-missing = { $voice } ({ $cause })
build-same-id-as-before-hint = дайте одному из них другой идентификатор
