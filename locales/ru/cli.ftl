## Что сообщает командная строка: итоги, сводки, ошибки самих команд.

cli-unknown-interface-language = { $source }: неизвестный язык интерфейса { $value }
cli-unknown-interface-language-hint = укажите kk, ru или en
cli-cannot-write = не удаётся записать { $path }: { $cause }
cli-cannot-read-stdin = не удаётся прочитать стандартный ввод: { $cause }
cli-wrote = записан файл { $path }
cli-does-not-pass-check = { $path } не проходит проверку `check`; сначала исправьте ошибки
cli-out-must-be-xlsx = имя файла в --out должно оканчиваться на .xlsx
cli-out-must-be-audio = имя файла в --out должно оканчиваться на .mp3 или .wav
cli-speaking = произносится: { $text }

cli-progress-bar = бюллетени: { $done } из { $total }, осталось { $eta }
cli-progress-line = готово { $done } из { $total ->
    [one] { $total } бюллетеня
   *[other] { $total } бюллетеней
} ({ $ballot }), { $seconds } с

cli-check-invalid = { $errors ->
    [one] { $errors } ошибка
    [few] { $errors } ошибки
   *[many] { $errors } ошибок
}; описания не прошли проверку
cli-check-ok = проверка пройдена, ошибок нет: выборов: { $elections }, бюллетеней: { $ballots }

cli-build-invalid = { $errors ->
    [one] { $errors } ошибка
    [few] { $errors } ошибки
   *[many] { $errors } ошибок
}; ничего не собрано, папка { $out } не изменена
cli-build-strict-definitions = в описаниях { $warnings ->
    [one] { $warnings } предупреждение
    [few] { $warnings } предупреждения
   *[many] { $warnings } предупреждений
}, а указан --strict; ничего не собрано, папка { $out } не изменена
cli-build-not-selected = в файле { $file } { $errors ->
    [one] { $errors } ошибка
    [few] { $errors } ошибки
   *[many] { $errors } ошибок
}, он не собран (не выбран в --only; ошибки покажет `check`)
cli-build-only-matches-nothing = ни один бюллетень и ни один файл не подходит под --only { $pattern }; ничего не собрано
cli-build-out-is-input = папка результатов { $out } совпадает с папкой описаний { $input }
cli-build-out-is-input-hint = укажите в --out папку вне описаний, например `--out out`; ничего не собрано
cli-build-out-not-writable = не удаётся писать в папку результатов { $out }: { $cause }
cli-build-out-not-writable-hint = укажите другую папку в --out или разрешите запись в эту и проверьте, что на диске есть место
cli-build-stopped = сборка остановлена: { $cause }
cli-build-stopped-hint = освободите место на диске результатов и запустите сборку снова; { $not_started ->
    [0] {""}
    [one] { $not_started } бюллетень не начат;{" "}
    [few] { $not_started } бюллетеня не начаты;{" "}
   *[many] { $not_started } бюллетеней не начаты;{" "}
}уже готовые файлы сохранены
cli-build-ballot-failed = бюллетень { $ballot } не собран, этап «{ $stage ->
    [definition] описание
    [stencil] трафарет
    [overlay] накладка
    [large-print] крупный шрифт
    [braille] шрифт Брайля
    [audio] аудио
    [strict] проверка предупреждений (--strict)
    [write] запись файлов
   *[other] { $stage }
}»: { $cause }
    его прежние файлы, если были, сохранены
cli-build-clips = аудиофрагменты: синтезировано { $synthesised }, взято из кэша { $from_cache }, использовано повторно { $reused }
cli-build-cache-damaged = { $count ->
    [one] { $count } запись кэша аудиофрагментов была повреждена или содержала другой фрагмент и создана заново (старая запись не использована): { $entries }
    [few] { $count } записи кэша аудиофрагментов были повреждены или содержали другой фрагмент и созданы заново (ни одна из старых записей не использована): { $entries }
   *[many] { $count } записей кэша аудиофрагментов были повреждены или содержали другой фрагмент и созданы заново (ни одна из старых записей не использована): { $entries }
}
cli-build-cache-damaged-hint = записанное аудио верно; если это повторится, проверьте диск, на котором лежит кэш (или удалите папку кэша)
cli-build-cannot-write-profile = не удаётся записать профиль в { $path }: { $cause }
cli-build-summary = собрано бюллетеней: { $built }, без изменений пропущено: { $skipped }, с ошибкой: { $failed }; записано файлов в { $out }: { $files }; { $seconds } с
cli-build-strict = { $warnings ->
    [one] { $warnings } предупреждение
    [few] { $warnings } предупреждения
   *[many] { $warnings } предупреждений
}, а указан --strict

cli-review-pages-not-refreshed = отметки внесены в журнал приёмки, но страницы проверки не обновлены: { $cause }
cli-review-outdated-mark = устарела, не применена: { $mark }
cli-review-imported = применено отметок: { $applied }, уже были в журнале: { $already }, устарели: { $outdated }, пропущено дорожек без отметки: { $unmarked }
cli-review-no-ballot-matches = ни один бюллетень не подходит
cli-review-verdict = { $verdict ->
    [ok] принято
    [problem] проблема
    [unmarked] без отметки
    [outdated] устарело
    [resolved] устранено
    [not-played] не прослушано до конца
   *[other] { $verdict }
}
cli-review-whole-none = нет
cli-review-ballot-status = { $id }: принято { $ok }{ $by_phrases ->
    [0] {""}
   *[other] {" "}(из них по фразам { $by_phrases })
}, с проблемой { $problem }, без отметки { $unmarked }{ $not_played ->
    [0] {""}
   *[other] {" "}(принято, но не прослушано до конца: { $not_played })
}, устарело { $outdated }; весь бюллетень: { $whole } — { $signed ->
    [yes] принят
   *[no] НЕ принят
}
cli-review-whole-ballot = весь бюллетень
cli-review-track = дорожка { $track }
cli-review-problem = проблема: { $lang } { $track }: { $comment } ({ $reviewer }, { $at })
cli-review-problem-in-phrase = проблема: { $lang } { $track } (фраза { $phrase }, { $id }): { $comment } ({ $reviewer }, { $at })
cli-review-phrases = фразы: проверено { $reviewed } из { $total } (с проблемой { $problem }); всего аудио { $hours } ч, осталось прослушать { $to_hear } ч
cli-review-signed-off = принято { $signed } из { $total ->
    [one] { $total } бюллетеня
   *[other] { $total } бюллетеней
}

cli-import-removed = удалён { $path } (его округа больше нет в реестре)
cli-import-written = в папку { $folder } записано файлов бюллетеней: { $files }
cli-import-invalid = { $errors ->
    [one] { $errors } ошибка
    [few] { $errors } ошибки
   *[many] { $errors } ошибок
}; ничего не записано
cli-export-left-out = не выгружены (составлены вручную, без номера округа или не бюллетени с кандидатами): { $ballots }

cli-measure-off-grid = { $pdf }: страница { $page }: квадратов для отметки вне равномерной сетки: { $boxes }; укажите для каждого его `box:` в файле бюллетеня (строки выше), затем проверьте: `measure { $pdf } --check BALLOT.yaml`
cli-measure-page-problem = { $pdf }: страница { $page }: { $cause }
cli-measure-check-takes-a-ballot = --check принимает файл описания одного бюллетеня, а не { $path }
cli-measure-ok = проверка пройдена: все квадраты для отметки ({ $boxes }) в { $pdf } отклоняются от { $definition } не более чем на 0,2 мм

cli-package-left-out = не включены (не приняты при проверке): { $ballots }
cli-package-zip = { $zip }: бюллетеней: { $ballots }, файлов: { $files }

cli-usage-invalid-value = значение { $value } недопустимо для { $argument }
cli-usage-invalid-value-one-of = значение { $value } недопустимо для { $argument }; допустимо: { $valid }
cli-usage-unknown-argument = здесь нет параметра { $argument }
cli-usage-unknown-argument-did-you-mean = здесь нет параметра { $argument }; возможно, имелся в виду { $suggested }?
cli-usage-unknown-command = нет команды { $command }
cli-usage-unknown-command-did-you-mean = нет команды { $command }; возможно, имелась в виду { $suggested }?
cli-usage-missing = нужно указать { $argument }
cli-usage-missing-command = нужно указать команду
cli-usage-conflict = { $argument } нельзя указывать вместе с { $other }
cli-usage-values = у { $argument } неверное число значений
cli-usage-other = командная строка составлена неверно
cli-usage-see-help = Подробнее: добавьте --help (например, `ballot-access build --help`).
