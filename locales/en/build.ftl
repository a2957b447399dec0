## Building: what the machine lacks, and why a build or a ballot stopped.

build-tables-missing = liblouis braille tables missing from { $folder }: { $tables }
build-own-table-not-writable = cannot write the braille table of Kazakh letters in Russian text to { $path } ({ $cause }): without it those letters cannot be translated
build-table-does-not-compile = { $tables } ({ $lang }, cannot be compiled)
build-voices-missing = espeak-ng voices missing from { $folder } (a voice, or its dictionary): { $voices }
build-cannot-start-threads = cannot start worker threads: { $cause }
build-waiting-for-other-build = waiting for another build of { $election } into { $out } to finish...
build-cannot-lock-here = { $folder } cannot be locked on this file system ({ $cause }); make sure no other build writes into it
build-cannot-lock = cannot lock { $folder }: { $cause }
build-same-id-as-before = its outputs were built from { $before }, and { $now } now has the same id
build-cannot-write = cannot write { $path }: { $cause }
build-disk-full = the disk is full: cannot write { $path }: { $cause }
build-strict-ballot = { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
} and --strict, so nothing of it was written: { $list }
build-not-a-manifest = { $path } is not a build's manifest (give the election's output folder, OUT/<election-id>, after `ballot-access build`)

## Warnings of a build: what a reviewer should look at.
build-warning = { $ballot }: { $warning }
build-warning-unchanged = { $ballot } (unchanged): { $warning }
build-audio-track-warning = audio { $lang } track { $track } ({ $file }): { $reason }
build-audio-spelled = spelled letter by letter: { $words } (if { $count ->
    [one] it
   *[other] one
} should be said as a word, add it to { $lexicon } in election.yaml with its spoken form)
build-audio-cut-short = cut short: the MP3 holds { $decodable } samples of the { $spoken } spoken
build-audio-no-silence-at-end = does not end in silence: its last 100 ms are at { $dbfs } dBFS
build-audio-loudness = loudness { $lufs } LUFS, off the target { $target } by more than { $tolerance } LU
build-audio-true-peak = true peak { $dbtp } dBTP, above { $limit } dBTP
build-audio-silent = silent: RMS level { $dbfs } dBFS is below { $limit } dBFS
build-audio-no-sound = silent: no sound at all
build-audio-clipped = clipped: { $runs ->
    [one] 1 run
   *[other] { $runs } runs
} of { $samples } or more samples at full scale
build-audio-too-short = too short: { $seconds } s where the text predicts about { $expected } s (was text skipped?)
build-audio-too-long = too long: { $seconds } s where the text predicts about { $expected } s (was text spelled out?)
build-stencil-label-reads-back = { $lang } stencil label of option { $option } reads back as { $back }, not { $source }
build-braille-reads-back = braille of { $what } ({ $lang }) reads back as { $back }, not { $source }
build-text-election-title = the election title
build-text-constituency = the constituency
build-text-region = the region
build-text-contest-title = the contest title
build-text-instructions = the instructions
build-text-option-name = option { $option } name
build-text-option-details = option { $option } details
build-tables-missing-hint = install Debian's liblouis-data (`apt install liblouis-data`, or run scripts/setup), or set LOUIS_TABLEPATH to the folder that holds the tables
build-own-table-not-writable-hint = set XDG_CACHE_HOME to a folder this user can write (the table is kept in its ballot-access folder)
build-tables-of-lang = { $tables } ({ $lang })
build-voice-missing = { $voice } ({ $cause })
build-same-id-as-before-hint = give one of them another id
