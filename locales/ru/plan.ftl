## План печати: его лист для типографии (print-plan.pdf), `production.language`
## и пакеты для передачи (`ballot-access package`).

## Лист для типографии.

plan-sheet-title = План печати — { $title }
plan-sheet-subtitle = { $date } · выборы { $election } · все файлы — в масштабе 100 % (без подгонки под страницу)
plan-sheet-copies-rule = тираж: число избирательных участков × число экземпляров на участок, плюс { $spare } % резерва, с округлением в большую сторону
plan-sheet-document-title = План печати — { $election }
plan-sheet-not-planned = { $count ->
    [one] НЕ ЗАПЛАНИРОВАНО: { $count } бюллетень без числа избирательных участков (polling_stations); его тираж не учтён ни в одном итоге:
    [few] НЕ ЗАПЛАНИРОВАНО: { $count } бюллетеня без числа избирательных участков (polling_stations); их тираж не учтён ни в одном итоге:
   *[many] НЕ ЗАПЛАНИРОВАНО: { $count } бюллетеней без числа избирательных участков (polling_stations); их тираж не учтён ни в одном итоге:
}
plan-sheet-totals-per-material = Итого по материалам
plan-sheet-totals-per-region = Итого по регионам
plan-sheet-no-region = (регион не указан)
plan-sheet-device-and-stock = оборудование: { $device } · носитель: { $stock }
plan-sheet-column-material = материал
plan-sheet-column-file = файл
plan-sheet-column-pages = страниц
plan-sheet-column-copies = тираж
plan-sheet-not-planned-cell = вне плана

plan-material-stencil = трафарет
plan-material-overlay = накладка
plan-material-large-print = крупный шрифт
plan-material-braille = шрифт Брайля
plan-material-audio = аудио

plan-device-stencil = режущий плоттер (PDF) / лазерный резак (SVG)
plan-device-overlay = термопроявитель / УФ-принтер
plan-device-large-print = лазерный принтер
plan-device-braille = брайлевский принтер (BRF / PEF)
plan-device-audio = аудиоплеер

plan-stock-stencil = лист для трафарета
plan-stock-overlay = микрокапсульная (вспучивающаяся) бумага
plan-stock-large-print = бумага A4
plan-stock-braille = брайлевская бумага
plan-stock-audio = аудиоплеер или USB-накопитель

## Как изготавливается каждый материал; итоги в листах (лист для типографии).

plan-sheet-how-made = Как изготавливается каждый материал
plan-sheet-stock-detail = толщина { $thickness } мм · листы: { $sizes }
plan-sheet-size-named = { $name } ({ $width } x { $height } мм)
plan-sheet-size-custom = { $width } x { $height } мм
plan-process-stencil-braille = шрифт Брайля: точки плашечного цвета «Braille» поднять на { $height } мм (диаметр точки { $base } мм, { $preset }) рельефной печатью (УФ-принтер, лак в несколько слоёв) или тиснением; слой Брайля в SVG — только для справки: лазерный резак сам по себе вырезает окна без шрифта Брайля
plan-process-stencil-captions = подписи (серые): печатаются вместе со шрифтом Брайля, для зрячих помощников
plan-process-stencil-cut = резка: плашечный цвет «CutContour» (контур со срезанным углом и все окна) на режущем плоттере (PDF) или лазерном резаке (SVG, слой «Cut»), после того как шрифт Брайля поднят
plan-process-stencil-registration = совмещение: шрифт Брайля должен стоять у своих окон так, как в файле, поэтому печать и резка идут по одним и тем же меткам совмещения (print and cut). В PDF есть только метки обреза, меток совмещения нет: добавьте метки совмещения вашего плоттера в его программе для печати и резки перед печатью
plan-process-overlay = рельеф: всё чёрное (рамки вокруг квадратов, шрифт Брайля, угловой треугольник) — печать на микрокапсульной бумаге в масштабе 100 % и проявка в термопроявителе или рельефная печать чёрного на УФ-принтере; светло-голубые подписи не вспучиваются. Обрезать по меткам обреза: внутри листа ничего не вырезается, метки совмещения не нужны
plan-process-large-print = печать с одной стороны в масштабе 100 %, один лист на страницу
plan-process-braille = тиснение BRF (или PEF) с одной стороны, один лист на страницу; на странице клеток в строке — { $cols }, строк — { $rows }
plan-process-audio = скопировать аудиопапку каждого бюллетеня на аудиоплеер или USB-накопитель
plan-sheet-column-sheets = листов
plan-sheet-column-stock = лист
plan-sheet-region-totals = Итого: { $region }
plan-sheet-every-file = Все файлы по регионам и бюллетеням
plan-sheet-ballot-numbered = { $ballot } · округ № { $number }: { $name }
plan-sheet-ballot-named = { $ballot } · { $name }
plan-sheet-no-sheet-cell = нет листа

## `production.stock` в election.yaml: листы, на которых делается каждый материал.

plan-stock-size-invalid = { $value } — не размер листа
plan-stock-size-invalid-hint = укажите размер по названию ({ $names }) или ширину и высоту в миллиметрах, например `330 x 488`, каждую от { $min } до { $max }
plan-stock-sizes-empty = не указано ни одного размера листа
plan-stock-sizes-empty-hint = перечислите листы, которые есть в типографии, или уберите `sizes`, чтобы взять размеры по умолчанию, { $defaults }
plan-stock-thickness-out-of-range = толщина { $value } мм вне допустимого диапазона
plan-stock-thickness-hint = толщина носителя в миллиметрах, от { $min } до { $max }: у бумаги около 0,1, у микрокапсульной и брайлевской бумаги около 0,2, у листа для трафарета около 0,5
plan-stock-what-stencil = страница трафарета
plan-stock-what-overlay = страница накладки
plan-stock-what-large-print = страница крупного шрифта
plan-stock-what-braille = брайлевская страница (клеток в строке — { $cols }, строк — { $rows })
plan-stock-page-fits-no-sheet = { $what } размером { $page } мм не помещается ни на один лист из `production.stock.{ $key }`: { $sizes }
plan-stock-hint-shorten = страница — это лист бюллетеня с полями по { $slug } мм с каждой стороны для меток обреза, поэтому при этой ширине длина бюллетеня — не более { $max } мм: укоротите его или укажите в `production.stock.{ $key }.sizes` лист побольше, который есть в типографии, например `{ $example }`
plan-stock-hint-narrow = страница — это лист бюллетеня с полями по { $slug } мм с каждой стороны для меток обреза, а листа шириной { $width } мм нет: сделайте бюллетень уже или укажите в `production.stock.{ $key }.sizes` лист побольше, который есть в типографии, например `{ $example }`
plan-stock-hint-large-print = крупный шрифт печатается на страницах { $page } мм (A4): укажите в `production.stock.large_print.sizes` A4 или лист побольше, например `{ $example }`
plan-stock-hint-braille = при расстоянии между точками из `braille.dots` ({ $dots }) шрифт Брайля одной страницы занимает { $page } мм: уменьшите число клеток или строк в `braille.page` или укажите в `production.stock.braille.sizes` брайлевскую бумагу, которую берёт принтер, например `{ $example }`

## `production.language` в election.yaml.

plan-production-language-unknown = план печати нельзя составить на языке { $value }
plan-production-language-hint = укажите kk (казахский), ru (русский) или en (английский); без `production.language` план печати составляется на первом языке выборов

## Запись плана.

plan-cannot-draw = не удалось построить { $path }: { $error }
plan-cannot-write = не удалось записать { $path }: { $error }
plan-cannot-read = не удалось прочитать { $path }: { $error }

## Пакеты для передачи.

plan-package-no-match = ни один бюллетень выборов { $election } не подходит под --only { $glob }
plan-package-no-ballots = в выборах { $election } нет ни одного бюллетеня
plan-package-none-signed-off = ни один из выбранных бюллетеней не принят при проверке; не приняты: { $ballots }
plan-package-unsigned = { $count ->
    [one] { $count } бюллетень не принят при проверке: { $ballots }
    [few] { $count } бюллетеня не приняты при проверке: { $ballots }
   *[many] { $count } бюллетеней не приняты при проверке: { $ballots }
}
plan-package-output-outside = в { $manifest } указан выходной файл { $output }, который не находится в папке ни одного из его бюллетеней: манифест изменён вручную
plan-package-plan-not-recorded = в { $manifest } нет записи о { $file } (манифест записан более старой версией программы или изменён вручную)
plan-package-zip-name-too-long = нельзя создать архив { $path }: имя длиннее, чем допускает файловая система
plan-package-changed-since-build = файл { $path } изменён после сборки (его SHA-256 не совпадает с записанным в манифесте)
plan-package-plan-unreadable = не удалось прочитать строки { $file }: { $error }
plan-package-plan-no-column = в { $file } нет столбца `{ $column }`
plan-package-review-status-hint = что осталось прослушать, покажет `ballot-access review status`
plan-package-unsigned-hint = { $count ->
    [one] см. `ballot-access review status`; чтобы всё же упаковать его с пометкой «не принят», добавьте --unsigned
   *[other] см. `ballot-access review status`; чтобы всё же упаковать их с пометкой «не приняты», добавьте --unsigned
}
plan-package-build-again-hint = соберите выборы заново, затем упакуйте их
plan-package-zip-failed = не удалось создать zip-архив: { $error }
plan-package-not-signed-off-note = НЕ ПРИНЯТЫ ПРИ ПРОВЕРКЕ: эти бюллетени упакованы с --unsigned; не все их аудиозаписи отмечены как принятые (OK).

## Контрольная плёнка совмещения трафаретов бюллетеня (stencil-proof.pdf)
## и строка о ней в листе для типографии.

plan-sheet-proof-first = ДО ВЫРЕЗКИ ТРАФАРЕТОВ: напечатайте stencil-proof.pdf каждого бюллетеня на прозрачной плёнке в масштабе 100 %, наложите её на отпечатанный бюллетень того же округа и проверьте, что каждый напечатанный квадрат для отметки совпадает со своим квадратом на плёнке и лежит внутри контура своего окна; только после этого вырезайте трафареты.
plan-proof-title = Контрольная плёнка совмещения брайлевских трафаретов — { $election } — { $constituency }
# $file — путь к самой плёнке; $proof_id — «Код сверки: …» на первом языке выборов; $stencils — проверяемые файлы трафаретов.
plan-proof-identification = { $file } · { $proof_id } · для { $stencils }
plan-proof-check = Печатайте на прозрачной плёнке в масштабе 100 % (без подгонки под страницу): сторона каждого квадрата — { $size } мм. Наложите плёнку на отпечатанный бюллетень так, чтобы её контур совпал с краями листа. Каждый напечатанный квадрат для отметки должен совпасть со своим квадратом на плёнке и лежать внутри скруглённого контура своего окна (по нему вырезается трафарет). Пока это не так, трафареты не вырезайте.
plan-proof-document-title = Контрольная плёнка совмещения — { $ballot }
