## Сборка: чего не хватает на компьютере и почему сборка или бюллетень остановлены.

build-tables-missing = в { $folder } нет таблиц Брайля liblouis: { $tables }; установите пакет Debian liblouis-data (`apt install liblouis-data` или запустите scripts/setup) либо укажите в LOUIS_TABLEPATH папку с таблицами
build-table-does-not-compile = { $tables } ({ $lang }, таблица не компилируется)
build-espeak-cannot-start = espeak-ng не запускается ({ $cause }); установите пакет Debian espeak-ng-data (`apt install espeak-ng-data` или запустите scripts/setup) либо укажите в ESPEAK_DATA_PATH папку данных espeak-ng
build-voices-missing = в { $folder } нет голосов espeak-ng (голоса или его словаря): { $voices }; установите пакет Debian espeak-ng-data (`apt install espeak-ng-data` или запустите scripts/setup) либо укажите в ESPEAK_DATA_PATH папку данных espeak-ng
build-cannot-start-threads = не удаётся запустить рабочие потоки: { $cause }
build-waiting-for-other-build = ожидание окончания другой сборки { $election } в { $out }...
build-cannot-lock = не удаётся заблокировать { $folder }: { $cause }
build-same-id-as-before = его результаты были собраны из { $before }, а теперь тот же идентификатор у { $now }; дайте одному из них другой идентификатор
build-cannot-write = не удаётся записать { $path }: { $cause }
build-disk-full = диск заполнен: не удаётся записать { $path }: { $cause }
build-strict-ballot = { $warnings ->
    [one] { $warnings } предупреждение
    [few] { $warnings } предупреждения
   *[many] { $warnings } предупреждений
}, а указан --strict, поэтому ничего из бюллетеня не записано: { $list }
build-not-a-manifest = { $path } — не манифест сборки (укажите папку результатов выборов, OUT/<election-id>, после `ballot-access build`)
