## The print plan: its job sheet (print-plan.pdf), `production.language`,
## and the delivery packages (`ballot-access package`).

## The job sheet.

plan-sheet-title = Print plan — { $title }
plan-sheet-subtitle = { $date } · election { $election } · every file at 100 % (no fit to page)
plan-sheet-copies-rule = copies: polling stations × copies per station, plus { $spare } % spare, rounded up
plan-sheet-document-title = Print plan — { $election }
plan-sheet-not-planned = { $count ->
    [one] NOT PLANNED: { $count } ballot without polling_stations; its copies are not in any total:
   *[other] NOT PLANNED: { $count } ballots without polling_stations; their copies are not in any total:
}
plan-sheet-totals-per-material = Totals per material
plan-sheet-totals-per-region = Totals per region
plan-sheet-no-region = (no region)
plan-sheet-device-and-stock = device: { $device } · stock: { $stock }
plan-sheet-column-material = material
plan-sheet-column-file = file
plan-sheet-column-pages = pages
plan-sheet-column-copies = copies
plan-sheet-not-planned-cell = not planned

plan-material-stencil = stencil
plan-material-overlay = overlay
plan-material-large-print = large print
plan-material-braille = braille
plan-material-audio = audio

plan-device-stencil = cutting plotter (PDF) / laser cutter (SVG)
plan-device-overlay = swell-paper fuser / UV printer
plan-device-large-print = laser printer
plan-device-braille = braille embosser (BRF / PEF)
plan-device-audio = audio player

plan-stock-stencil = stencil sheet
plan-stock-overlay = swell (microcapsule) paper
plan-stock-large-print = A4 paper
plan-stock-braille = braille paper
plan-stock-audio = audio player or USB stick

## How each material is made, and the totals in sheets (the job sheet).

plan-sheet-how-made = How each material is made
plan-sheet-stock-detail = thickness { $thickness } mm · sheets: { $sizes }
plan-sheet-size-named = { $name } ({ $width } x { $height } mm)
plan-sheet-size-custom = { $width } x { $height } mm
plan-process-stencil-braille = braille: raise the dots in the spot colour "Braille" to { $height } mm (dots { $base } mm across, { $preset }) by raised print (a UV printer building up varnish) or by embossing; the SVG's braille layer is for reference only: a laser cutter alone makes the windows without any braille
plan-process-stencil-captions = captions (grey): print them with the braille, for sighted helpers
plan-process-stencil-cut = cut: the spot colour "CutContour" (the outline with its corner cut, and every window) on a cutting plotter (PDF) or a laser cutter (SVG, layer "Cut"), after the braille is raised
plan-process-stencil-registration = registration: the braille must sit beside its windows as in the file, so print and cut from the same registration marks (print and cut). The PDF has crop marks only and no registration marks: add your cutter's registration marks in its print-and-cut software before printing
plan-process-overlay = raised: everything in black (the frames around the boxes, the braille, the corner triangle): print on swell paper at 100 % and pass it through the fuser, or raise the black on a UV printer; the light cyan captions do not swell. Trim at the crop marks: nothing is cut inside the sheet, so it needs no registration marks
plan-process-large-print = print single-sided at 100 %, one sheet per page
plan-process-braille = emboss the BRF (or the PEF) single-sided, one sheet per page; a page has { $cols } cells per line and { $rows } lines
plan-process-audio = copy each ballot's audio folder onto a player or a USB stick
plan-sheet-column-sheets = sheets
plan-sheet-column-stock = sheet
plan-sheet-region-totals = Totals for { $region }
plan-sheet-every-file = Every file, by region and ballot
plan-sheet-ballot-numbered = { $ballot } · constituency { $number }: { $name }
plan-sheet-ballot-named = { $ballot } · { $name }
plan-sheet-no-sheet-cell = no sheet fits

## `production.stock` in election.yaml: the sheets each material is made on.

plan-stock-size-invalid = { $value } is not a sheet size
plan-stock-size-invalid-hint = write a size by name ({ $names }), or its width and height in millimetres, such as `330 x 488`, each from { $min } to { $max }
plan-stock-sizes-empty = no sheet sizes are listed
plan-stock-sizes-empty-hint = list the sheets the print shop has, or leave out `sizes` for the default, { $defaults }
plan-stock-thickness-out-of-range = a thickness of { $value } mm is out of range
plan-stock-thickness-hint = the stock's thickness in millimetres, from { $min } to { $max }: paper is about 0.1, swell paper and braille paper about 0.2, a stencil sheet about 0.5
plan-stock-what-stencil = the stencil page
plan-stock-what-overlay = the overlay page
plan-stock-what-large-print = the large-print page
plan-stock-what-braille = { $rows ->
    [one] the embossed page of { $cols } cells by { $rows } line
   *[other] the embossed page of { $cols } cells by { $rows } lines
}
plan-stock-page-fits-no-sheet = { $what } is { $page } mm and fits no sheet of `production.stock.{ $key }`: { $sizes }
plan-stock-hint-shorten = the page is the paper with { $slug } mm on every side for the crop marks, so at this width the paper may be at most { $max } mm long: shorten it, or list a larger sheet the print shop has in `production.stock.{ $key }.sizes`, such as `{ $example }`
plan-stock-hint-narrow = the page is the paper with { $slug } mm on every side for the crop marks, and no sheet is { $width } mm wide: make the paper narrower, or list a larger sheet the print shop has in `production.stock.{ $key }.sizes`, such as `{ $example }`
plan-stock-hint-large-print = the large print is on { $page } mm pages (A4): list A4 or a larger sheet in `production.stock.large_print.sizes`, such as `{ $example }`
plan-stock-hint-braille = at the dot spacing of `braille.dots` ({ $dots }) the braille of a page takes { $page } mm: set fewer cells or lines in `braille.page`, or list the braille paper the embosser takes in `production.stock.braille.sizes`, such as `{ $example }`

## `production.language` in election.yaml.

plan-production-language-unknown = the print plan cannot be written in { $value }
plan-production-language-hint = write kk (Kazakh), ru (Russian) or en (English); without `production.language` the print plan is in the election's first language

## Writing the plan.

plan-cannot-draw = cannot draw { $path }: { $error }
plan-cannot-write = cannot write { $path }: { $error }
plan-cannot-read = cannot read { $path }: { $error }

## Delivery packages.

plan-package-no-match = no ballot of { $election } matches --only { $glob }
plan-package-no-ballots = { $election } has no ballots
plan-package-none-signed-off = no selected ballot is signed off by QA; not signed off: { $ballots }
plan-package-unsigned = { $count ->
    [one] { $count } ballot not signed off by QA: { $ballots }
   *[other] { $count } ballots not signed off by QA: { $ballots }
}
plan-package-output-outside = { $manifest } lists the output { $output }, which is not a file inside one of its ballots' folders: it was edited by hand
plan-package-plan-not-recorded = { $manifest } does not record { $file } (written by an older version, or edited)
plan-package-zip-name-too-long = cannot name a zip { $path }: longer than a file name may be
plan-package-changed-since-build = { $path } has changed since it was built (its SHA-256 is not the manifest's)
plan-package-plan-unreadable = cannot read the rows of { $file }: { $error }
plan-package-plan-no-column = { $file } has no column `{ $column }`
plan-package-review-status-hint = see what is left to hear with `ballot-access review status`
plan-package-unsigned-hint = { $count ->
    [one] see `ballot-access review status`; pass --unsigned to package it anyway, marked as not signed off
   *[other] see `ballot-access review status`; pass --unsigned to package them anyway, marked as not signed off
}
plan-package-build-again-hint = build the election again, then package it
plan-package-zip-failed = cannot make the zip: { $error }
plan-package-not-signed-off-note = NOT SIGNED OFF BY QA: these ballots were packaged with --unsigned; their audio was not all marked OK.

## The registration proof of a ballot's stencils (stencil-proof.pdf), and
## the job sheet's line about it.

plan-sheet-proof-first = BEFORE CUTTING STENCILS: print each ballot's stencil-proof.pdf on transparent film at 100 %, lay it over a printed ballot of that constituency and check that every printed mark box lies on its square, inside the outline of its window; cut only then.
plan-proof-title = Registration proof of the braille stencils — { $election } — { $constituency }
# $file — the proof's own path; $proof_id — "Proof ID: …" in the election's first language; $stencils — the stencil files it checks.
plan-proof-identification = { $file } · { $proof_id } · for { $stencils }
plan-proof-check = Print on transparent film at 100 % (no fit to page): every square measures { $size } mm. Lay the film over a printed ballot, its outline on the paper's edges. Every printed mark box must lie on its square, inside the rounded outline of its window (where the stencil is cut). Cut no stencil until they do.
plan-proof-document-title = Registration proof — { $ballot }
