## Правила election.yaml и файлов бюллетеней (src/definition/validate).

## Идентификаторы

validate-id-of-ballot = идентификатор бюллетеня
validate-id-of-election = идентификатор выборов
validate-id-not-allowed = {$id_of} {$id} недопустим
validate-id-escapes = {$id_of} {$id} недопустим: файлы оказались бы за пределами папки результатов
validate-id-hint = идентификатор состоит из строчных латинских букв, цифр и `-`, начинается с буквы или цифры и содержит не более 64 символов, например `zhambyl-15`
validate-id-hint-suggestion = идентификатор состоит из строчных латинских букв, цифр и `-` и начинается с буквы или цифры: например, `{$suggestion}`
validate-id-hint-empty = укажите идентификатор: строчные латинские буквы, цифры и `-`, например `zhambyl-15`
validate-id-hint-too-long = в идентификаторе {$count} { $count ->
        [one] символ
        [few] символа
       *[many] символов
    }; допускается не более {$max}
validate-ballot-id-reserved = идентификатор бюллетеня {$id} зарезервирован: под этим именем программа записывает собственные файлы
validate-ballot-id-reserved-hint = выберите другой идентификатор; зарезервированы имена: {$names}
validate-id-windows-device = {$id_of} {$id} — имя устройства, зарезервированное в Windows
validate-id-windows-device-hint = выберите другой идентификатор: папку с таким именем в Windows создать нельзя

## Значения из списка

validate-one-of = допустимые значения: {$values}
validate-did-you-mean = возможно, имелось в виду `{$suggestion}`? Допустимые значения: {$values}
validate-listed-twice-hint = удалите повторяющееся значение

## Лист и квадраты

validate-what-paper-width = ширина листа
validate-what-paper-height = высота листа
validate-what-box-size = размер квадрата для отметки
validate-what-window-margin = запас окна трафарета вокруг квадрата
validate-what-corner-radius = радиус скругления углов окна
validate-what-corner-cut = размер срезанного ориентирующего угла
validate-what-label-gap = отступ брайлевской надписи от окна
validate-what-sheet-margin = поле листа трафарета
validate-what-tactile-gap = расстояние между тактильными элементами
validate-length-out-of-range = {$what} {$value} мм — вне допустимых пределов
validate-length-hint = допустимо от {$min} до {$max} мм
validate-paper-size-hint = допустимо от {$min} до {$max} мм; лист A4 имеет ширину 210 мм и высоту 297 мм
validate-stencil-below-dot-spacing-hint = допустимо от {$min} до {$max} мм: не меньше расстояния между брайлевскими точками набора, выбранного в `braille.dots` ({$min} мм)
validate-position-negative = координата {$value} мм меньше нуля или не является числом
validate-position-negative-hint = координаты отсчитываются от верхнего левого угла листа и не могут быть меньше 0
validate-pitch-out-of-range = шаг квадратов {$value} мм — вне допустимых пределов
validate-pitch-out-of-range-hint = шаг — это расстояние от верхнего края одного квадрата до верхнего края следующего: больше 0 и не более {$max} мм
validate-pitch-below-size = шаг квадратов {$value} мм меньше размера квадрата {$size} мм: квадраты накладывались бы друг на друга
validate-pitch-below-size-hint = шаг — это расстояние от верхнего края одного квадрата до верхнего края следующего: не меньше размера квадрата ({$size} мм)

## Файлы бюллетеней

validate-constituency-number-zero = номер округа 0 недопустим
validate-constituency-number-zero-hint = номера округов начинаются с 1; если у округа нет номера, удалите поле `number`
validate-constituency-number-disagrees = в названии на языке `{$lang}` указан № {$written}, а номер округа (`number`) — {$number}
validate-constituency-number-disagrees-hint = исправьте то, что неверно: номер печатается на трафарете и произносится в аудиозаписи
validate-constituency-number-missing = в названии на языке `{$lang}` указан № {$written}, а номер округа (`number`) не задан
validate-constituency-number-missing-hint = добавьте в описание округа `number: {$written}`
validate-unknown-contest-kind = неизвестный вид голосования {$value}
validate-polling-stations-out-of-range = число избирательных участков ({$value}) — вне допустимых пределов
validate-polling-stations-out-of-range-hint = укажите, на скольких избирательных участках используется этот бюллетень: от 1 до {$max}; если это неизвестно, удалите поле `polling_stations`
validate-same-text-in-two-languages = тексты на языках `{$first}` и `{$second}` совпадают ({$text}): не написан ли один из них не на том языке?
validate-same-text-in-two-languages-hint = напишите текст на каждом языке отдельно: иначе избиратель услышит и прочтёт слова другого языка
validate-question-too-few-answers = для вопроса нужно не менее двух вариантов ответа, указано: {$count}
validate-question-too-few-answers-hint = перечислите все ответы (например, «Да» и «Нет») в `options` в порядке бюллетеня
validate-no-options = в бюллетене нет вариантов для выбора
validate-no-options-hint = перечислите кандидатов, партии или ответы в `options` в порядке бюллетеня
validate-too-many-options = в бюллетене {$count} { $count ->
        [one] вариант
        [few] варианта
       *[many] вариантов
    }; допускается не более {$max}
validate-too-many-options-hint = бюллетень с большим числом вариантов нельзя ни напечатать, ни прослушать; проверьте файл
validate-question-against-all = у вопроса не может быть варианта «против всех»
validate-question-against-all-hint = в референдуме варианты — это ответы на вопрос; удалите `against_all`
validate-second-against-all = второй вариант «против всех» (первый — вариант {$first})
validate-second-against-all-hint = в бюллетене может быть только один вариант «против всех»: удалите `against_all` у одного из них
validate-against-all-not-last = вариант «против всех» стоит на {$number}-м месте из {$total}; он должен быть последним
validate-against-all-not-last-hint = перенесите его в конец списка `options`, как в напечатанном бюллетене
validate-duplicate-option-name = у варианта {$number} то же имя или название на языке `{$lang}`, что и у варианта {$other}: {$name}
validate-duplicate-option-name-and-details = у варианта {$number} те же имя или название и сведения (`details`) на языке `{$lang}`, что и у варианта {$other}: {$name}
validate-duplicate-option-name-hint = избиратель не сможет их различить: проверьте, не скопирована ли строка; у однофамильцев сведения `details` должны различаться (год рождения, город)
validate-box-outside-paper = квадрат варианта {$number} ({$left}–{$right} мм по горизонтали, {$top}–{$bottom} мм по вертикали) выходит за пределы листа {$width} × {$height} мм
validate-box-outside-hint-own-x = сдвиньте его `box` влево: на этом листе `x_mm` может быть не больше {$max}
validate-box-outside-hint-own-y = сдвиньте его `box` вверх: на этом листе `y_mm` может быть не больше {$max}
validate-box-outside-hint-grid-x = сверьте сетку квадратов (`paper.boxes`: `x_mm` и `size_mm`) в election.yaml с шириной листа {$width} мм
validate-box-outside-hint-grid-x-ballot = сверьте сетку квадратов (`paper.boxes`: `x_mm` и `size_mm`) в election.yaml и в `paper` этого бюллетеня с шириной листа {$width} мм
validate-box-outside-hint-grid-y = этому бюллетеню нужен лист длиной не менее {$needed} мм: задайте в его файле `paper: {"{"} height_mm: ... {"}"}` или проверьте сетку квадратов (`paper.boxes`)
validate-box-out-of-order = квадрат варианта {$number} ({$top} мм от верха) расположен не ниже квадрата варианта {$previous} ({$previous_top} мм от верха)
validate-box-out-of-order-hint = квадраты идут сверху вниз в порядке вариантов (столбец за столбцом), как их перечисляет аудиозапись; проверьте порядок вариантов и их положения `box`
validate-boxes-overlap = квадрат варианта {$number} накладывается на квадрат варианта {$other}
validate-boxes-overlap-hint = квадраты не должны накладываться друг на друга: сверьте `pitch_mm` с `size_mm`
validate-boxes-overlap-hint-own = квадраты не должны накладываться друг на друга: проверьте положения `box` у вариантов (сторона квадрата — {$size} мм)

## election.yaml

validate-schema-unsupported = версия формата файла (`schema`) {$version} не поддерживается
validate-schema-unsupported-hint = эта версия ballot-access читает файлы со `schema: 1`
validate-date-invalid = {$value} — недопустимая дата
validate-date-hint = укажите день выборов в виде год-месяц-день, например `2023-03-19`
validate-date-hint-day-first = запишите дату в виде год-месяц-день: `{$iso}`
validate-date-hint-no-such-day = такого дня в календаре нет: проверьте месяц и число
validate-date-hint-year = год должен быть не раньше 1900
validate-unknown-dots = неизвестный набор размеров брайлевских точек {$value}
validate-braille-page-cols = ширина брайлевской страницы {$count} { $count ->
        [one] клетка
        [few] клетки
       *[many] клеток
    } — вне допустимых пределов
validate-braille-page-rows = длина брайлевской страницы {$count} { $count ->
        [one] строка
        [few] строки
       *[many] строк
    } — вне допустимых пределов
validate-braille-page-hint = допустимо от {$min} до {$max}; по умолчанию страница — {$cols} { $cols ->
        [one] клетка
        [few] клетки
       *[many] клеток
    } на {$rows} { $rows ->
        [one] строку
        [few] строки
       *[many] строк
    }
validate-copies-out-of-range = {$count} { $count ->
        [one] экземпляр
        [few] экземпляра
       *[many] экземпляров
    } на избирательный участок — вне допустимых пределов
validate-copies-out-of-range-hint = допустимо от 0 до 100 (0 — этот материал не нужен)
validate-spare-out-of-range = запас {$value} % — вне допустимых пределов
validate-spare-out-of-range-hint = допустимо от 0 до 100: сколько процентов экземпляров печатается сверх необходимого
validate-stencil-language-and-languages = указаны и `language`, и `languages`
validate-stencil-language-and-languages-hint = оставьте только `languages`, например `languages: [kk, ru]`
validate-stencil-languages-empty = не указан ни один язык трафаретов
validate-stencil-languages-empty-hint = укажите хотя бы один, например `languages: [{$example}]`, или удалите поле — тогда трафареты будут на всех языках выборов
validate-stencil-language-twice = язык трафаретов `{$code}` указан дважды
validate-stencil-language-not-in-election = язык трафаретов `{$code}` не является языком этих выборов
validate-no-languages = не указан ни один язык
validate-no-languages-hint = укажите хотя бы один из языков: kk, ru, en
validate-language-twice = язык `{$code}` указан дважды
validate-unsupported-language = язык `{$code}` не поддерживается
validate-unsupported-language-hint = поддерживаются языки kk (казахский), ru (русский) и en (английский)
validate-unsupported-language-hint-meant = напишите `{$meant}` вместо `{$code}`: поддерживаются языки kk (казахский), ru (русский) и en (английский)
validate-speech-rate-out-of-range = скорость речи {$count} { $count ->
        [one] слово
        [few] слова
       *[many] слов
    } в минуту — вне допустимых пределов
validate-speech-rate-out-of-range-hint = допустимо от {$min} до {$max}; по умолчанию — {$default}
validate-lexicon-language = словарь произношения для языка `{$code}`, который не входит в языки этих выборов
validate-lexicon-language-hint = языки выборов: {$languages}; удалите эту часть словаря или исправьте код языка
validate-lexicon-entry-empty = в записи словаря произношения должны быть и написание, и произношение, оба непустые
validate-lexicon-entry-empty-hint = напишите слово так, как оно пишется, а после двоеточия — как оно произносится, например `AMANAT: Аманат`
validate-lexicon-entry-not-a-word = запись словаря {$word} никогда не сработает: словарь заменяет отдельные слова, а слово — это непрерывный ряд букв и цифр
validate-lexicon-entry-not-a-word-hint = внесите каждую часть словосочетания или имени, написанного через дефис, отдельной записью
validate-lexicon-spoken-is-entry = произношение слова {$word} содержит {$other}, а это слово само является записью словаря ({$entry})
validate-lexicon-spoken-is-entry-hint = произношение не должно совпадать с написанием другой записи: иначе в аудиозаписи прозвучит одно слово, а в бюллетене напечатано другое

## Трафарет и накладка

validate-label-too-long = надпись трафарета ({$lang}) {$label} занимает {$needed} { $needed ->
        [one] брайлевскую клетку
        [few] брайлевские клетки
       *[many] брайлевских клеток
    }, а рядом с окном { $lines ->
        [1] в одной строке
       *[other] в каждой из {$lines} строк
    } помещается только {$fit} { $fit ->
        [one] клетка
        [few] клетки
       *[many] клеток
    }
validate-label-too-long-hint-label = сократите эту надпись (`label`) до {$max} { $max ->
        [one] буквы
       *[other] букв
    }
validate-label-too-long-hint-name = задайте для этого варианта короткую надпись для трафарета, например `label: {"{"} {$lang}: ... {"}"}`, не длиннее {$max} { $max ->
        [one] буквы
       *[other] букв
    }
validate-window-off-sheet = окно трафарета для варианта {$number} (квадрат плюс {$margin} мм с каждой стороны) прорезало бы край листа
validate-window-off-sheet-hint = отодвиньте квадрат от края листа или уменьшите `braille.stencil.window_margin_mm`
validate-element-window-first = окна варианта {$number}
validate-element-window-second = окна варианта {$number}
validate-element-label-first = брайлевской надписи варианта {$number}
validate-element-label-second = брайлевской надписи варианта {$number}
validate-element-corner-first = ориентирующего угла
validate-element-corner-second = ориентирующего угла
validate-too-close = на трафарете от {$first} до {$second} было бы {$distance} мм; между тактильными элементами нужно не менее {$needed} мм
validate-too-close-lang = на трафарете ({$lang}) от {$first} до {$second} было бы {$distance} мм; между тактильными элементами нужно не менее {$needed} мм
validate-too-close-hint-windows = раздвиньте квадраты (`paper.boxes.pitch_mm` или `box` у вариантов) или уменьшите `braille.stencil.window_margin_mm`
validate-too-close-hint-label = задайте варианту более короткую надпись (`label`) или раздвиньте квадраты
validate-too-close-hint-corner = отодвиньте квадрат или его надпись от верхнего правого угла или уменьшите `braille.stencil.corner_cut_mm`
validate-stencil-braille-failed = надписи трафарета ({$lang}) не удалось перевести в шрифт Брайля: {$detail}
validate-stencil-braille-failed-hint = это ошибка программы или её брайлевских таблиц, а не файла: сообщите о ней, приложив файл
validate-no-room-for-identification = на трафарете ({$lang}) нет свободной полосы поперёк листа для идентификационной надписи и масштабной линейки: нужна полоса {$needed} мм без окон и шрифта Брайля, а самая широкая свободная — {$widest} мм
validate-no-room-for-identification-hint = оставьте место над первым квадратом или под последним (увеличьте `paper.height_mm` или уменьшите `paper.boxes.first_y_mm`)
validate-identification-too-wide = идентификационная надпись трафарета ({$lang}) {$text} не помещается по ширине листа ({$width} мм между полями) даже кеглем 4 пт
validate-identification-too-wide-hint = задайте бюллетеню (или выборам) более короткий идентификатор (`id`)
validate-note = { $field }: { $message }
