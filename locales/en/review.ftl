## The QA review: `review import`, `review status` and the review pages.
## Values quoted from a reviewer's file keep their quotes.

review-cannot-read = cannot read { $path }: { $error }
review-cannot-write = cannot write { $path }: { $error }
review-cannot-create = cannot create the folder { $path }: { $error }
review-no-manifest = { $path } is missing or is not a build's record: give the election's output folder (OUT/<election-id>) made by `ballot-access build`

# A problem at a row of a reviewer's file, or at a line of the sign-off log.
review-at-line = { $path }:{ $line }: { $problem }

## Each mark's rules.

review-verdict-unknown = verdict { $value } is not one of ok, problem, resolved
review-reviewer-no-letter = reviewer { $value } has no letter: a mark needs its reviewer's name
review-resolved-needs-comment = a `resolved` mark needs a comment saying how the problem was settled
review-time-unreadable = the time { $value } in the `marked_at` column is not written as the review page writes it (2026-11-22T10:00:00Z, in UTC): a spreadsheet probably changed it when the file was saved; export again from the review page
review-time-in-future = the time { $value } in the `marked_at` column is later than this computer's clock: check the clock of this computer and of the one the marks were made on

## The sign-off log.

review-log-is-link = { $path } is a symbolic link: the sign-off log must be a file in the build's own folder; remove the link
review-log-line-damaged = { $path }:{ $line }: this line of the sign-off log is damaged (perhaps a write was cut short): restore the log from a backup, or remove the line and import the reviewers' exports again (`ballot-access review import`)

## A reviewer's exported file.

review-not-a-file = { $path } is not a file but a folder, a device or a pipe: give the CSV file exported from the review page
review-file-too-large = { $path } is larger than { $size } MB: too large for an export of the review page
review-export-utf16 = { $path } is UTF-16 (Excel's "Unicode Text"): save it as "CSV UTF-8", or export again from the review page
review-export-zero-byte = { $path } is damaged or is not a review export: it holds a zero byte (byte { $at }); export again from the review page
review-export-not-utf8 = { $path } is not UTF-8 text (from byte { $at }): it was probably saved as Excel's plain "CSV", in Windows-1251, which has no Kazakh letters; save it as "CSV UTF-8", or export again from the review page
review-export-header-unreadable = { $path }: the first row, with the column names, cannot be read ({ $error })
review-export-no-column = { $path } has no `{ $column }` column: is it an export of the current review page? Export again from the review page
review-row-unreadable = this row cannot be read ({ $error })
review-row-other-election = the row is for the election { $value }, not { $election }: import the file into its own election's output folder
review-played-unknown = the `played` cell says { $value }, neither `yes` nor `no`
review-phrase-row-has-ballot = a phrase's row names the ballot { $value }: a phrase belongs to no one ballot, so its `ballot` cell is empty; export again from the review page
review-rows-disagree = { $path }: rows { $first } and { $second } disagree about { $what } (`{ $one }` and `{ $other }`): one file gives one verdict per track; fix the file and import it again

# What a row marks: the subject of the messages below.
review-what-track = track { $track } of ballot { $ballot } ({ $language })
review-what-whole = the whole ballot { $ballot } ({ $language })
review-what-phrase = phrase { $phrase } ({ $language })

# Rows reported and not applied.
review-row-not-in-build = { $what } is not in the current build
review-row-rebuilt = { $what } was marked for other audio or text (rebuilt since); mark it again
