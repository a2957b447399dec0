## The rules of election.yaml and of ballot files (src/definition/validate).

## Ids

validate-id-of-ballot = ballot id
validate-id-of-election = election id
validate-id-not-allowed = {$id_of} {$id} is not allowed
validate-id-escapes = {$id_of} {$id} would put files outside the output folder
validate-id-hint = an id is made of lower-case Latin letters, digits and `-`, starts with a letter or digit and has at most 64 characters, e.g. `zhambyl-15`
validate-id-hint-suggestion = an id is made of lower-case Latin letters, digits and `-` and starts with a letter or digit: for example `{$suggestion}`
validate-id-hint-empty = write an id: lower-case Latin letters, digits and `-`, e.g. `zhambyl-15`
validate-id-hint-too-long = the id has {$count} characters; at most {$max} are allowed
validate-ballot-id-reserved = ballot id {$id} is reserved: the tool writes its own files under that name
validate-ballot-id-reserved-hint = choose another id; these names are reserved: {$names}
validate-id-windows-device = {$id_of} {$id} is a reserved device name on Windows
validate-id-windows-device-hint = choose another id: a folder of that name cannot be created on Windows

## Values from a list

validate-one-of = use one of: {$values}
validate-did-you-mean = did you mean `{$suggestion}`? Use one of: {$values}
validate-listed-twice-hint = remove the repeated one

## Paper and boxes

validate-what-paper-width = paper width
validate-what-paper-height = paper height
validate-what-box-size = box size
validate-what-window-margin = stencil window margin
validate-what-corner-radius = window corner radius
validate-what-corner-cut = orientation corner cut
validate-what-label-gap = gap between a window and its braille label
validate-what-sheet-margin = stencil sheet margin
validate-what-tactile-gap = gap between tactile elements
validate-length-out-of-range = {$what} of {$value} mm is out of range
validate-length-hint = use {$min} to {$max} mm
validate-paper-size-hint = use {$min} to {$max} mm; an A4 sheet is 210 mm wide and 297 mm high
validate-stencil-below-dot-spacing-hint = use {$min} to {$max} mm: it cannot be less than the dot spacing of the braille dots chosen in `braille.dots` ({$min} mm)
validate-position-negative = position {$value} mm is negative or not a number
validate-position-negative-hint = positions are measured from the sheet's top-left corner and are 0 or more
validate-pitch-out-of-range = box pitch of {$value} mm is out of range
validate-pitch-out-of-range-hint = the pitch is the distance from the top of one box to the top of the next: more than 0 and at most {$max} mm
validate-pitch-below-size = box pitch of {$value} mm is less than the box size of {$size} mm: the boxes would overlap
validate-pitch-below-size-hint = the pitch is the distance from the top of one box to the top of the next: at least the box size ({$size} mm)

## Ballot files

validate-constituency-number-zero = constituency number 0 is not allowed
validate-constituency-number-zero-hint = constituency numbers start at 1; leave `number` out if it has none
validate-constituency-number-disagrees = the `{$lang}` name says № {$written}, but the constituency `number` is {$number}
validate-constituency-number-disagrees-hint = correct whichever is wrong: the number is printed on the stencil and spoken in the audio
validate-constituency-number-missing = the `{$lang}` name says № {$written}, but the constituency has no `number`
validate-constituency-number-missing-hint = add `number: {$written}` to the constituency
validate-unknown-contest-kind = unknown contest kind {$value}
validate-polling-stations-out-of-range = the number of polling stations, {$value}, is out of range
validate-polling-stations-out-of-range-hint = give the number of polling stations that use this ballot, 1 to {$max}; leave `polling_stations` out when it is not known
validate-same-text-in-two-languages = the `{$first}` and `{$second}` texts are the same ({$text}): is one of them in the wrong language?
validate-same-text-in-two-languages-hint = write each language's own text: a voter would hear and read the other language's words
validate-question-too-few-answers = a question needs at least two answers, found {$count}
validate-question-too-few-answers-hint = list every answer (e.g. Yes and No) under `options`, in ballot order
validate-no-options = the contest has no options
validate-no-options-hint = list the candidates, parties or answers under `options`, in ballot order
validate-too-many-options = the contest has {$count} { $count ->
        [one] option
       *[other] options
    }; at most {$max} are allowed
validate-too-many-options-hint = a ballot with more options cannot be printed or listened to; check the file
validate-question-against-all = a question cannot have an against-all option
validate-question-against-all-hint = a referendum's answers are the options; remove `against_all`
validate-second-against-all = a second against-all option (the first is option {$first})
validate-second-against-all-hint = a ballot has at most one against-all option: remove `against_all` from one of them
validate-against-all-not-last = the against-all option is option {$number} of {$total}; it must be the last one
validate-against-all-not-last-hint = move it to the end of `options`, as on the printed ballot
validate-duplicate-option-name = option {$number} has the same `{$lang}` name as option {$other}: {$name}
validate-duplicate-option-name-and-details = option {$number} has the same `{$lang}` name and details as option {$other}: {$name}
validate-duplicate-option-name-hint = the voter could not tell them apart: check for a copied line; namesakes need `details` that differ (birth year, town)
validate-box-outside-paper = the box of option {$number} ({$left}-{$right} mm across, {$top}-{$bottom} mm down) lies outside the {$width} x {$height} mm paper
validate-box-outside-hint-own-x = move its `box` left: `x_mm` can be at most {$max} on this paper
validate-box-outside-hint-own-y = move its `box` up: `y_mm` can be at most {$max} on this paper
validate-box-outside-hint-grid-x = check the box grid (`paper.boxes`: `x_mm` and `size_mm`) in election.yaml against the paper width of {$width} mm
validate-box-outside-hint-grid-x-ballot = check the box grid (`paper.boxes`: `x_mm` and `size_mm`) in election.yaml and in this ballot's `paper` against the paper width of {$width} mm
validate-box-outside-hint-grid-y = this ballot needs paper at least {$needed} mm long: set `paper: {"{"} height_mm: ... {"}"}` in its file, or check the box grid (`paper.boxes`)
validate-box-out-of-order = the box of option {$number} ({$top} mm down) is not below the box of option {$previous} ({$previous_top} mm down)
validate-box-out-of-order-hint = boxes run top to bottom in option order (column by column), as the audio tells the voter; check the options' order and their `box` positions
validate-boxes-overlap = the box of option {$number} overlaps the box of option {$other}
validate-boxes-overlap-hint = boxes must not overlap: check `pitch_mm` against `size_mm`
validate-boxes-overlap-hint-own = boxes must not overlap: check the options' `box` positions (each box is {$size} mm square)

## election.yaml

validate-schema-unsupported = unsupported schema version {$version}
validate-schema-unsupported-hint = this version of ballot-access reads files with `schema: 1`
validate-date-invalid = {$value} is not a valid date
validate-date-hint = write the election day as year-month-day, e.g. `2023-03-19`
validate-date-hint-day-first = write the date as year-month-day: `{$iso}`
validate-date-hint-no-such-day = there is no such day in the calendar: check the month and the day
validate-date-hint-year = the year must be 1900 or later
validate-unknown-dots = unknown braille dot preset {$value}
validate-braille-page-cols = a braille page width of {$count} { $count ->
        [one] cell
       *[other] cells
    } is out of range
validate-braille-page-rows = a braille page length of {$count} { $count ->
        [one] line
       *[other] lines
    } is out of range
validate-braille-page-hint = use {$min} to {$max}; the default page is {$cols} cells by {$rows} lines
validate-copies-out-of-range = {$count} { $count ->
        [one] copy
       *[other] copies
    } per polling station is out of range
validate-copies-out-of-range-hint = use 0 to 100 (0: none of this material)
validate-spare-out-of-range = a spare of {$value} % is out of range
validate-spare-out-of-range-hint = use 0 to 100: the percentage of copies printed in addition
validate-stencil-language-and-languages = both `language` and `languages` are given
validate-stencil-language-and-languages-hint = keep only `languages`, e.g. `languages: [kk, ru]`
validate-stencil-languages-empty = no stencil languages given
validate-stencil-languages-empty-hint = list at least one, e.g. `languages: [{$example}]`, or leave the field out for stencils in every language of the election
validate-stencil-language-twice = stencil language `{$code}` is listed twice
validate-stencil-language-not-in-election = stencil language `{$code}` is not a language of this election
validate-no-languages = no languages given
validate-no-languages-hint = list at least one of: kk, ru, en
validate-language-twice = language `{$code}` is listed twice
validate-unsupported-language = unsupported language `{$code}`
validate-unsupported-language-hint = supported languages are kk (Kazakh), ru (Russian) and en (English)
validate-unsupported-language-hint-meant = write `{$meant}` instead of `{$code}`: the supported languages are kk (Kazakh), ru (Russian) and en (English)
validate-speech-rate-out-of-range = speaking rate {$count} { $count ->
        [one] word
       *[other] words
    } per minute is out of range
validate-speech-rate-out-of-range-hint = use {$min} to {$max}; {$default} is the default
validate-lexicon-language = lexicon for `{$code}`, which is not a language of this election
validate-lexicon-language-hint = the election's languages are {$languages}; remove this part of the lexicon or correct its language code
validate-lexicon-entry-empty = lexicon entries need a written and a spoken form, neither empty
validate-lexicon-entry-empty-hint = write the word as it is written, a colon, then how it is said, e.g. `AMANAT: Аманат`
validate-lexicon-entry-not-a-word = lexicon entry {$word} can never match: the lexicon replaces single words, and a word is a run of letters and digits
validate-lexicon-entry-not-a-word-hint = list each part of a phrase or hyphenated name as its own entry
validate-lexicon-spoken-is-entry = the spoken form of {$word} says {$other}, which is itself a lexicon entry ({$entry})
validate-lexicon-spoken-is-entry-hint = a spoken form must not be another entry's written form: the audio would say one word where the ballot has another

## Stencil and overlay

validate-label-too-long = the {$lang} stencil label {$label} needs {$needed} braille cells; {$fit} fit beside its window { $lines ->
        [1] on one line
       *[other] on each of {$lines} lines
    }
validate-label-too-long-hint-label = shorten this `label` to at most {$max} letters
validate-label-too-long-hint-name = give this option a shorter `label` for the stencil, e.g. `label: {"{"} {$lang}: ... {"}"}`, of at most {$max} letters
validate-window-off-sheet = the stencil window of option {$number} (its box grown by {$margin} mm) would cut through the edge of the sheet
validate-window-off-sheet-hint = move the box further from the edge, or lower `braille.stencil.window_margin_mm`
validate-element-window-first = the window of option {$number}
validate-element-window-second = the window of option {$number}
validate-element-label-first = the braille label of option {$number}
validate-element-label-second = the braille label of option {$number}
validate-element-corner-first = the orientation corner
validate-element-corner-second = the orientation corner
validate-too-close = on the stencil, {$first} would be {$distance} mm from {$second}; tactile elements need {$needed} mm
validate-too-close-lang = on the {$lang} stencil, {$first} would be {$distance} mm from {$second}; tactile elements need {$needed} mm
validate-too-close-hint-windows = move the boxes further apart (`paper.boxes.pitch_mm` or the options' `box`), or lower `braille.stencil.window_margin_mm`
validate-too-close-hint-label = give the option a shorter `label`, or move the boxes further apart
validate-too-close-hint-corner = move the box or its label away from the top right corner, or lower `braille.stencil.corner_cut_mm`
validate-stencil-braille-failed = the {$lang} stencil labels could not be translated into braille: {$detail}
validate-stencil-braille-failed-hint = this is a fault of the tool or of its braille tables, not of the file: report it with the file
validate-no-room-for-identification = the {$lang} stencil has no free strip across the sheet for its identification and scale bar: it needs {$needed} mm clear of windows and braille, the widest is {$widest} mm
validate-no-room-for-identification-hint = leave room above the first box or below the last (a taller `paper.height_mm`, or a lower `paper.boxes.first_y_mm`)
validate-identification-too-wide = the {$lang} stencil's identification {$text} does not fit across the sheet ({$width} mm between the margins) even at 4 pt
validate-identification-too-wide-hint = give the ballot (or the election) a shorter `id`
validate-note = { $field }: { $message }
