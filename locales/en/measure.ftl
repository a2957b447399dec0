## `measure`: reading the mark boxes from the printing house's ballot PDF.

measure-not-a-pdf = cannot read { $path } as a PDF: { $cause }
measure-no-such-page = { $path } has { $pages ->
    [one] 1 page
   *[other] { $pages } pages
}, not a page { $page }
measure-no-media-box = page { $page } has no page size (MediaBox)
measure-no-area = page { $page } has no area (its boxes are { $boxes })
measure-odd-turn = page { $page } is turned by { $degrees }°, not a multiple of 90°: a PDF cannot show it so
measure-unreadable-drawing = the drawing of page { $page } cannot be read: { $cause }
measure-too-much-drawing = page { $page } draws more than a ballot does ({ $operations } operations or { $lines } lines): is it the ballot's print file?
measure-no-squares = no empty square of a mark box's size (5 to 25 mm) was found on the page: are the squares on another page (--page N), or drawn as an image rather than as lines?
measure-not-one-column = the { $squares } squares of { $size } mm are not in one column (left edges at { $lefts } mm): which are the mark boxes is ambiguous
measure-off-grid-box = option { $option }: off the regular grid; give it `box: {"{"} x_mm: { $x }, y_mm: { $y } {"}"}`
measure-boxes-found = { $boxes ->
    [one] 1 mark box found
   *[other] { $boxes } mark boxes found
}
measure-paper-differs = the paper is { $pdf_width } x { $pdf_height } mm in the PDF, { $width } x { $height } mm in the definition
measure-count-differs = the PDF has { $boxes ->
    [one] 1 mark box
   *[other] { $boxes } mark boxes
}, the definition { $options ->
    [one] 1 option
   *[other] { $options } options
}
measure-box-differs = option { $option }: the box is at x { $pdf_x } y { $pdf_y } ({ $pdf_size } mm) in the PDF, at x { $x } y { $y } ({ $size } mm) in the definition: { $off } mm off
