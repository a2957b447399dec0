## The candidate register: `import`, `template`, `export`.
## Column headings in messages (`district_name_kk`) are the register's English
## headings; the Russian and Kazakh catalogues name them as the Russian and
## Kazakh templates do (src/register/columns.rs).

# Where a problem is in the spreadsheet.
reg-cell = cell { $cell } ({ $field })
reg-cell-in-sheet = sheet { $sheet }, cell { $cell } ({ $field })
reg-in-cell = { $cell }: { $problem }

# A finding of `check` in a file of the election, with where it is.
reg-located = { $location }: { $problem }
reg-located-field = { $location }, field { $field }: { $problem }
reg-field-problem = field { $field }: { $problem }

# Why a file cannot be read or written.
reg-io-not-found = there is no such file or folder
reg-io-permission = access denied
reg-io-other = { $reason }

reg-cannot-read = cannot read { $file }: { $reason }
reg-cannot-write = cannot write { $file }: { $reason }
reg-changed-by-hand = { $file } was changed by hand since the last import
reg-changed-by-hand-hint = make the change in the register and import again, or import with --force to replace the hand-edited file (or remove it, when its district has left the register)

## Reading the file.

reg-cannot-read-register = cannot read the file: { $reason }
reg-not-a-spreadsheet = a register is a spreadsheet: .xlsx, .xls, .ods or .csv
reg-not-a-spreadsheet-hint = save the register from the spreadsheet program as .xlsx (or as "CSV UTF-8")
reg-not-readable-as-spreadsheet = the file cannot be read as a spreadsheet: { $reason }
reg-damaged-spreadsheet-hint = the file may be damaged, or be another kind of file under a spreadsheet's name: open it in the spreadsheet program and save it again as .xlsx
reg-sheet-unreadable = the sheet { $sheet } cannot be read: { $reason }
reg-broken-encoding = the file is marked as { $encoding } text but is not
reg-save-as-csv-utf8 = save it again as "CSV UTF-8", or as .xlsx
reg-windows-1251 = the file is not UTF-8: it looks like Excel's "CSV" in Windows-1251, which has no Kazakh letters (they were lost when it was saved)
reg-windows-1251-hint = save the register as "CSV UTF-8" (File > Save As > CSV UTF-8), or as .xlsx
reg-csv-unreadable = the file cannot be read as CSV: { $reason }

## The ballot the imported ones take their title and instructions from.

reg-contest-source-hint = write one ballot of the election by hand (its title, instructions and any against-all option are shared by the imported ones), or name one with --contest-from
reg-election-fails-check = the election folder { $folder } does not pass `check`: { $problem }
reg-election-fails-check-plain = the election folder { $folder } does not pass `check`
reg-election-fails-check-hint = fix it with `ballot-access check`, then import
reg-contest-from-not-ballot = --contest-from { $file }: not a ballot file that passes `check`
reg-contest-from-not-ballot-hint = name a ballot definition (.yaml) of candidates; `ballot-access check` it first
reg-no-contest-ballot = no ballot of candidates in the election to take the title and instructions from
reg-several-contests = the election has ballots of candidates with different titles or instructions ({ $first } and { $other })
reg-several-contests-hint = name with --contest-from the ballot whose title and instructions the register's districts share

## Columns.

reg-second-column = a second { $column } column
reg-second-column-hint = keep one column per field
reg-unknown-column = the column { $heading } is not one the import knows
reg-unknown-column-hint = rename it as the template names it (`ballot-access template`), or import with --ignore-column { $heading } to leave it out
reg-no-district-name-column = no district_name_{ $lang } column
reg-no-district-name-column-in-sheet = no district_name_{ $lang } column (sheet { $sheet })
reg-no-name-columns = no full_name_{ $lang } column (or surname_{ $lang } and name_{ $lang })
reg-no-name-columns-in-sheet = no full_name_{ $lang } column (or surname_{ $lang } and name_{ $lang }) (sheet { $sheet })
reg-missing-column-hint = every language of the election needs its district names and candidates' names
reg-no-header-row = no sheet has a header row with a district_number column as its first filled row
reg-no-header-row-hint = start from `ballot-access template`: the first row names the columns (one row of headings, nothing above it; for a CSV, the first line)

## Cells.

# What a number cell holds, as $what in the messages below.
reg-what-district-number = the district number
reg-what-polling-stations = the number of polling stations
reg-what-birth-year = the birth year
reg-what-order = the position on the ballot

reg-not-whole-number = { $what } { $value } is not a whole number
reg-not-whole-number-hint = type a whole number, with the column formatted as a number or as text
reg-scientific-notation = { $what }: the spreadsheet shortened a long number to { $value }
reg-scientific-notation-hint = format the column as text and type the number again
reg-number-became-date = { $what } became the date { $date }: the spreadsheet read what was typed as a date
reg-number-became-date-hint = format the column as a number (or as text) and type the number again
reg-spreadsheet-error = the cell holds the spreadsheet error { $error }
reg-spreadsheet-error-hint = correct the formula or type the value
reg-non-breaking-space = { $value } holds a non-breaking space
reg-non-breaking-space-hint = retype the space between the words as an ordinary space
reg-double-space = { $value } holds two spaces in a row
reg-double-space-hint = leave one space between words
reg-line-break = { $value } is on more than one line: the cell holds a line break
reg-line-break-hint = keep the text on one line in the cell (in Excel, Alt+Enter makes a line break: remove it)
reg-invisible-character = { $value } holds an invisible character (such as a tab)
reg-invisible-character-hint = type the text again by hand (it was probably pasted from another program)
reg-placeholder = { $value } stands for "nothing"; it would be printed and spoken as it is
reg-placeholder-hint = leave the cell empty when there is nothing to say
reg-number-for-text = a number ({ $value }) where text is expected: a spreadsheet may have dropped its leading zeros or turned it into a number
reg-retype-as-text-hint = format the column as text and type the value again
reg-text-became-date = the text became the date { $date }: the spreadsheet read what was typed (such as 1-4) as a date

reg-district-number-empty = the district number is empty
reg-district-number-empty-hint = every row names its district's number (merged cells count as empty but for the first row: unmerge them and fill the number in)
reg-district-number-not-positive = the district number { $value } is not a positive whole number
reg-district-number-not-positive-hint = districts are numbered from 1
reg-birth-year-out-of-range = the birth year { $year } is not a year a candidate can be born in
reg-birth-year-out-of-range-hint = type the four-digit year of birth (from { $from } to { $to })
reg-polling-stations-not-positive = the number of polling stations { $value } is not a whole number above 0
reg-polling-stations-not-positive-hint = type how many polling stations use the district's ballot: 1 or more
reg-district-text-differs = { $value } differs from { $first } given for district { $district } at { $cell }
reg-district-text-differs-hint = write the district's name (and region) the same way on all its rows, or on one row only
reg-polling-stations-differ = { $value } differs from the { $first } given for district { $district } on another row
reg-polling-stations-differ-hint = give the district's number of polling stations once, or the same on every row
reg-candidate-surname-empty = the candidate's surname in { $lang } is empty
reg-candidate-name-empty = the candidate's name in { $lang } is empty
reg-candidate-full-name-empty = the candidate's full name in { $lang } is empty
reg-candidate-names-hint = every candidate needs a surname and a name (or the whole name) in every language of the election
reg-birth-year-empty = the candidate's birth year is empty
reg-birth-year-empty-hint = fill in the four-digit year: the ballot prints it
reg-lost-letter = { $value } holds a `?`: a letter was lost
reg-lost-letter-hint = the file was saved in an encoding without this letter: retype it, or save the register as .xlsx or "CSV UTF-8"
reg-example-row = this is the template's example row (ҮЛГІБАЕВ Мысал), not a candidate
reg-example-row-hint = delete the example row

## Districts and candidates across rows.

reg-district-gap = district { $district } follows district { $previous }: the numbers have a gap
reg-district-gap-hint = a register lists every district of the contest; check the number
reg-district-no-name = district { $district } has no name in { $lang }
reg-district-no-name-hint = fill in district_name_{ $lang } on one of its rows
reg-district-no-polling-stations = district { $district } has no polling_stations
reg-district-no-polling-stations-hint = fill in polling_stations (a whole number) on one of its rows: the print plan's copies depend on it
reg-district-no-candidate = district { $district } has no candidate
reg-district-no-candidate-hint = add its candidates' rows
reg-duplicate-candidate = the same candidate as at { $cell } (district { $district }): same names and birth year
reg-duplicate-candidate-names = the same candidate as at { $cell } (district { $district }): same names
reg-duplicate-candidate-details = the same candidate as at { $cell } (district { $district }): same names and details
reg-duplicate-candidate-hint = a candidate stands once in a contest; remove the repeated row
reg-duplicate-candidate-namesake-hint = a candidate stands once in a contest: remove the repeated row; two people of the same name are told apart by their birth year (a birth_year column)
reg-order-missing = row { $row } has no order while others of district { $district } have one
reg-order-missing-hint = fill in the order column on every row of the district, or on none
reg-order-gap = order { $position } in district { $district }: the positions must run 1, 2, 3 ... without a gap or a repeat
reg-order-gap-hint = number the district's candidates from 1
reg-district-clash = district { $district } is already defined by { $file }, which was not written by an import
reg-district-clash-hint = remove { $file } (the register now holds the district), or take the district out of the register

## Writing a register (`template`, `export`).

reg-cannot-make-spreadsheet = cannot write the spreadsheet: { $reason }
