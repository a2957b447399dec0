## `measure`: баспахана жіберген бюллетень PDF файлынан белгі ұяшықтарын оқу.

measure-not-a-pdf = { $path } PDF ретінде оқылмады: { $cause }
measure-no-such-page = { $path } ішінде { $pages } бет бар, { $page }-бет жоқ
measure-no-media-box = { $page }-беттің өлшемі (MediaBox) берілмеген
measure-no-area = { $page }-беттің ауданы жоқ (шекаралары: { $boxes })
measure-odd-turn = { $page }-бет 90°-қа еселі емес, { $degrees }°-қа бұрылған: PDF оны бұлай көрсете алмайды
measure-unreadable-drawing = { $page }-беттің суреті оқылмады: { $cause }
measure-too-much-drawing = { $page }-бетте бюллетеньде болатыннан көп сызылған ({ $operations } операция немесе { $lines } сызық): бұл шынымен бюллетеньнің баспаға арналған файлы ма?
measure-no-squares = бетте белгі ұяшығы өлшеміндей (5-тен 25 мм-ге дейін) бірде-бір бос шаршы табылмады: ұяшықтар басқа бетте емес пе (--page N), әлде сызықпен емес, сурет ретінде салынған ба?
measure-not-one-column = { $size } мм-лік { $squares } шаршы бір бағанда тұрған жоқ (сол жақ шеттері { $lefts } мм-де): қайсысы белгі ұяшығы екені түсініксіз
measure-off-grid-box = { $option }-нұсқа: біркелкі тордан тыс; оған `box: {"{"} x_mm: { $x }, y_mm: { $y } {"}"}` беріңіз
measure-boxes-found = табылған белгі ұяшықтары: { $boxes }
measure-paper-differs = PDF-тегі парақ өлшемі { $pdf_width } x { $pdf_height } мм, ал сипаттамада { $width } x { $height } мм
measure-count-differs = PDF-те { $boxes } белгі ұяшығы бар, ал сипаттамада { $options } нұсқа
measure-box-differs = { $option }-нұсқа: PDF-те ұяшық x { $pdf_x } y { $pdf_y } ({ $pdf_size } мм) орнында, сипаттамада x { $x } y { $y } ({ $size } мм) орнында: айырмашылық { $off } мм
