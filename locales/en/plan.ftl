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
plan-sheet-column-ballot = ballot
plan-sheet-column-material = material
plan-sheet-column-language = lang
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
plan-package-none-signed-off = no selected ballot is signed off by QA (see `ballot-access review status`); not signed off: { $ballots }
plan-package-unsigned = { $count ->
    [one] { $count } ballot not signed off by QA: { $ballots } (see `ballot-access review status`); pass --unsigned to package it anyway, marked as not signed off
   *[other] { $count } ballots not signed off by QA: { $ballots } (see `ballot-access review status`); pass --unsigned to package them anyway, marked as not signed off
}
plan-package-output-outside = { $manifest } lists the output { $output }, which is not a file inside one of its ballots' folders; it was edited by hand: build again
plan-package-plan-not-recorded = { $manifest } does not record { $file } (written by an older version, or edited): build again before packaging
plan-package-zip-name-too-long = cannot name a zip { $path }: longer than a file name may be
plan-package-changed-since-build = { $path } has changed since it was built (its SHA-256 is not the manifest's); build again before packaging
plan-package-plan-unreadable = cannot read the rows of { $file }: { $error }
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
