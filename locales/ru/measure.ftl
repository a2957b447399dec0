## `measure`: чтение клеток для отметки из PDF бюллетеня, присланного типографией.

measure-not-a-pdf = не удаётся прочитать { $path } как PDF: { $cause }
measure-no-such-page = в { $path } { $pages ->
    [one] { $pages } страница
    [few] { $pages } страницы
   *[many] { $pages } страниц
}, страницы { $page } нет
measure-no-media-box = у страницы { $page } не задан размер (MediaBox)
measure-no-area = у страницы { $page } нулевая площадь (её границы: { $boxes })
measure-odd-turn = страница { $page } повёрнута на { $degrees }°, а не на число, кратное 90°: PDF не может так её показать
measure-unreadable-drawing = не удаётся прочитать изображение страницы { $page }: { $cause }
measure-too-much-drawing = на странице { $page } нарисовано больше, чем бывает на бюллетене ({ $operations } операций или { $lines } линий): это точно файл бюллетеня для печати?
measure-no-squares = на странице не найдено ни одного пустого квадрата размером с клетку для отметки (от 5 до 25 мм): может быть, клетки на другой странице (--page N) или нарисованы картинкой, а не линиями?
measure-not-one-column = квадраты ({ $squares }) размером { $size } мм стоят не в одном столбце (левые края на { $lefts } мм): непонятно, какие из них клетки для отметки
measure-off-grid-box = вариант { $option }: вне равномерной сетки; укажите для него `box: {"{"} x_mm: { $x }, y_mm: { $y } {"}"}`
measure-boxes-found = найдено клеток для отметки: { $boxes }
measure-paper-differs = размер листа в PDF { $pdf_width } x { $pdf_height } мм, а в описании { $width } x { $height } мм
measure-count-differs = в PDF клеток для отметки: { $boxes }, а в описании вариантов: { $options }
measure-box-differs = вариант { $option }: в PDF клетка на x { $pdf_x } y { $pdf_y } ({ $pdf_size } мм), в описании на x { $x } y { $y } ({ $size } мм): расхождение { $off } мм
