## Реестр кандидатов: `import`, `template`, `export`.
## Столбцы названы так, как в русском шаблоне (src/register/columns.rs).

# Где ошибка в таблице.
reg-cell = ячейка { $cell } ({ $field })
reg-cell-in-sheet = лист { $sheet }, ячейка { $cell } ({ $field })
reg-in-cell = { $cell }: { $problem }

# Замечание `check` к файлу выборов и место, к которому оно относится.
reg-located = { $location }: { $problem }
reg-located-field = { $location }, поле { $field }: { $problem }
reg-field-problem = поле { $field }: { $problem }

# Почему файл не удаётся прочитать или записать.
reg-io-not-found = нет такого файла или папки
reg-io-permission = доступ запрещён
reg-io-other = { $reason }

reg-cannot-read = не удалось прочитать { $file }: { $reason }
reg-cannot-write = не удалось записать { $file }: { $reason }
reg-changed-by-hand = файл { $file } изменён вручную после последнего импорта
reg-changed-by-hand-hint = внесите изменение в реестр и повторите импорт или запустите импорт с --force, чтобы заменить изменённый вручную файл (или удалить его, если его округа больше нет в реестре)

## Чтение файла.

reg-cannot-read-register = не удалось прочитать файл: { $reason }
reg-not-a-spreadsheet = реестр должен быть электронной таблицей: .xlsx, .xls, .ods или .csv
reg-not-a-spreadsheet-hint = сохраните реестр в программе электронных таблиц как .xlsx (или как «CSV UTF-8»)
reg-not-readable-as-spreadsheet = файл не читается как электронная таблица: { $reason }
reg-damaged-spreadsheet-hint = возможно, файл повреждён или это файл другого типа с расширением таблицы: откройте его в программе электронных таблиц и сохраните заново как .xlsx
reg-sheet-unreadable = не удалось прочитать лист { $sheet }: { $reason }
reg-broken-encoding = файл помечен как текст в кодировке { $encoding }, но его содержимое в ней не читается
reg-save-as-csv-utf8 = сохраните его заново как «CSV UTF-8» или как .xlsx
reg-windows-1251 = файл не в кодировке UTF-8: похоже, это «CSV» из Excel в кодировке Windows-1251, в которой нет казахских букв (они потеряны при сохранении)
reg-windows-1251-hint = сохраните реестр как «CSV UTF-8» (Файл → Сохранить как → CSV UTF-8) или как .xlsx
reg-csv-unreadable = файл не читается как CSV: { $reason }

## Бюллетень, из которого импортированные бюллетени берут заголовок и разъяснение.

reg-contest-source-hint = составьте вручную один бюллетень выборов (его заголовок, разъяснение и строку «Против всех», если она есть, получат все импортированные бюллетени) или укажите такой бюллетень в --contest-from
reg-election-fails-check = папка выборов { $folder } не проходит проверку `check`: { $problem }
reg-election-fails-check-plain = папка выборов { $folder } не проходит проверку `check`
reg-election-fails-check-hint = исправьте ошибки, которые показывает `ballot-access check`, и повторите импорт
reg-contest-from-not-ballot = --contest-from { $file }: это не файл бюллетеня, проходящий проверку `check`
reg-contest-from-not-ballot-hint = укажите файл описания бюллетеня с кандидатами (.yaml) и сначала проверьте его командой `ballot-access check`
reg-no-contest-ballot = в выборах нет бюллетеня с кандидатами, из которого можно взять заголовок и разъяснение
reg-several-contests = у бюллетеней с кандидатами в этих выборах разные заголовки или разъяснения ({ $first } и { $other })
reg-several-contests-hint = укажите в --contest-from бюллетень, заголовок и разъяснение которого нужны округам реестра

## Столбцы.

reg-second-column = второй столбец { $column }
reg-second-column-hint = оставьте по одному столбцу на каждое поле
reg-unknown-column = неизвестный столбец { $heading }
reg-unknown-column-hint = назовите его так, как в шаблоне (`ballot-access template`), или запустите импорт с --ignore-column { $heading }, чтобы пропустить этот столбец
reg-no-district-name-column = нет столбца «Название округа ({ $lang })»
reg-no-district-name-column-in-sheet = на листе { $sheet } нет столбца «Название округа ({ $lang })»
reg-no-name-columns = нет столбца «ФИО ({ $lang })» (или столбцов «Фамилия ({ $lang })» и «Имя ({ $lang })»)
reg-no-name-columns-in-sheet = на листе { $sheet } нет столбца «ФИО ({ $lang })» (или столбцов «Фамилия ({ $lang })» и «Имя ({ $lang })»)
reg-missing-column-hint = для каждого языка выборов нужны названия округов и имена кандидатов
reg-no-header-row = ни на одном листе первая заполненная строка не является строкой заголовков со столбцом «Номер округа»
reg-no-header-row-hint = возьмите за основу шаблон `ballot-access template`: в первой строке — названия столбцов (одна строка заголовков, над ней ничего нет; в CSV — первая строка файла)

## Ячейки.

# Что содержит числовая ячейка ($what в сообщениях ниже).
reg-what-district-number = номер округа
reg-what-polling-stations = число избирательных участков
reg-what-birth-year = год рождения
reg-what-order = место в бюллетене

reg-not-whole-number = { $what } { $value } — не целое число
reg-not-whole-number-hint = введите целое число; формат столбца — числовой или текстовый
reg-scientific-notation = { $what }: электронная таблица сократила длинное число до { $value }
reg-scientific-notation-hint = задайте столбцу текстовый формат и введите число заново
reg-number-became-date = { $what }: электронная таблица приняла введённое значение за дату { $date }
reg-number-became-date-hint = задайте столбцу числовой (или текстовый) формат и введите число заново
reg-spreadsheet-error = в ячейке ошибка электронной таблицы { $error }
reg-spreadsheet-error-hint = исправьте формулу или введите значение вручную
reg-non-breaking-space = в { $value } есть неразрывный пробел
reg-non-breaking-space-hint = замените пробел между словами обычным пробелом
reg-double-space = в { $value } два пробела подряд
reg-double-space-hint = оставьте между словами один пробел
reg-line-break = { $value } занимает несколько строк: в ячейке есть перенос строки
reg-line-break-hint = оставьте текст в ячейке на одной строке (в Excel перенос строки вводится клавишами Alt+Enter — удалите его)
reg-invisible-character = в { $value } есть невидимый символ (например, табуляция)
reg-invisible-character-hint = наберите текст заново вручную (вероятно, он вставлен из другой программы)
reg-placeholder = { $value } означает «ничего»: это будет напечатано и озвучено как есть
reg-placeholder-hint = если сведений нет, оставьте ячейку пустой
reg-number-for-text = число ({ $value }) вместо текста: электронная таблица могла отбросить нули в начале или превратить текст в число
reg-retype-as-text-hint = задайте столбцу текстовый формат и введите значение заново
reg-text-became-date = текст превратился в дату { $date }: электронная таблица приняла введённое (например, 1-4) за дату

reg-district-number-empty = не указан номер округа
reg-district-number-empty-hint = в каждой строке указывается номер её округа (объединённые ячейки, кроме первой строки, считаются пустыми: отмените объединение и заполните номер)
reg-district-number-not-positive = номер округа { $value } — не целое положительное число
reg-district-number-not-positive-hint = округа нумеруются с 1
reg-birth-year-out-of-range = { $year } не может быть годом рождения кандидата
reg-birth-year-out-of-range-hint = введите год рождения четырьмя цифрами (от { $from } до { $to })
reg-polling-stations-not-positive = число избирательных участков { $value } — не целое число больше нуля
reg-polling-stations-not-positive-hint = укажите, на скольких избирательных участках используется бюллетень округа: 1 или больше
reg-district-text-differs = { $value } не совпадает с { $first }, указанным для округа № { $district } ранее ({ $cell })
reg-district-text-differs-hint = пишите название (и область) округа одинаково во всех его строках или только в одной
reg-polling-stations-differ = { $value } не совпадает с числом { $first }, указанным для округа № { $district } в другой строке
reg-polling-stations-differ-hint = укажите число избирательных участков округа один раз или одно и то же во всех его строках
reg-candidate-surname-empty = не указана фамилия кандидата ({ $lang })
reg-candidate-name-empty = не указано имя кандидата ({ $lang })
reg-candidate-full-name-empty = не указано ФИО кандидата ({ $lang })
reg-candidate-names-hint = у каждого кандидата должны быть фамилия и имя (или ФИО целиком) на каждом языке выборов
reg-birth-year-empty = не указан год рождения кандидата
reg-birth-year-empty-hint = укажите год четырьмя цифрами: он печатается в бюллетене
reg-lost-letter = в { $value } стоит `?`: здесь потеряна буква
reg-lost-letter-hint = файл был сохранён в кодировке без этой буквы: введите её заново или сохраните реестр как .xlsx или «CSV UTF-8»
reg-example-row = это строка-образец из шаблона (ҮЛГІБАЕВ Мысал), а не кандидат
reg-example-row-hint = удалите строку-образец

## Округа и кандидаты в нескольких строках.

reg-district-gap = после округа № { $previous } идёт округ № { $district }: в нумерации пропуск
reg-district-gap-hint = в реестре перечисляются все округа подряд; проверьте номер
reg-district-no-name = у округа № { $district } нет названия ({ $lang })
reg-district-no-name-hint = заполните «Название округа ({ $lang })» в одной из строк округа
reg-district-no-polling-stations = для округа № { $district } не указано число избирательных участков
reg-district-no-polling-stations-hint = заполните «Число участков» (целое число) в одной из строк округа: от него зависит тираж в плане печати
reg-district-no-candidate = в округе № { $district } нет ни одного кандидата
reg-district-no-candidate-hint = добавьте строки кандидатов округа
reg-duplicate-candidate = этот кандидат уже есть (округ № { $district }, { $cell }): те же ФИО и год рождения
reg-duplicate-candidate-names = этот кандидат уже есть (округ № { $district }, { $cell }): те же ФИО
reg-duplicate-candidate-details = этот кандидат уже есть (округ № { $district }, { $cell }): те же ФИО и сведения
reg-duplicate-candidate-hint = кандидат участвует в выборах один раз: удалите повторную строку
reg-duplicate-candidate-namesake-hint = кандидат участвует в выборах один раз: удалите повторную строку; двух разных людей с одинаковыми ФИО различает год рождения (столбец «Год рождения»)
reg-order-missing = в строке { $row } не указан «Порядок», а в других строках округа № { $district } он есть
reg-order-missing-hint = заполните «Порядок» во всех строках округа или ни в одной
reg-order-gap = место { $position } в округе № { $district }: места должны идти 1, 2, 3… без пропусков и повторов
reg-order-gap-hint = пронумеруйте кандидатов округа с 1
reg-district-clash = округ № { $district } уже описан в файле { $file }, созданном не импортом
reg-district-clash-hint = удалите { $file } (теперь округ есть в реестре) или уберите округ из реестра

## Запись реестра (`template`, `export`).

reg-cannot-make-spreadsheet = не удалось создать электронную таблицу: { $reason }
