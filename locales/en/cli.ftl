## What the command line says: results, summaries, errors of the commands themselves.

cli-unknown-interface-language = { $source }: unknown interface language { $value }
cli-unknown-interface-language-hint = use kk, ru or en
cli-cannot-write = cannot write { $path }: { $cause }
cli-cannot-read-stdin = cannot read standard input: { $cause }
cli-wrote = wrote { $path }
cli-does-not-pass-check = { $path } does not pass `check`; fix it first
cli-out-must-be-xlsx = --out must end in .xlsx
cli-out-must-be-audio = --out must end in .mp3 or .wav
cli-speaking = speaking: { $text }

cli-progress-bar = { $done }/{ $total } ballots, { $eta } left
cli-progress-line = { $done }/{ $total } ballots done ({ $ballot }), { $seconds } s

cli-check-invalid = { $errors ->
    [one] 1 error; the definitions are not valid
   *[other] { $errors } errors; the definitions are not valid
}
cli-check-ok = ok: { $elections ->
    [one] 1 election
   *[other] { $elections } elections
}, { $ballots ->
    [one] 1 ballot
   *[other] { $ballots } ballots
} valid

cli-build-invalid = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}; nothing was built and { $out } was not touched
cli-build-strict-definitions = { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
} in the definitions and --strict; nothing was built and { $out } was not touched
cli-build-not-selected = { $file } has { $errors ->
    [one] 1 error
   *[other] { $errors } errors
} and was not built (not selected by --only; `check` shows them)
cli-build-only-matches-nothing = no ballot id or file matches --only { $pattern }; nothing was built
cli-build-out-is-input = the output folder { $out } is the input folder { $input }
cli-build-out-is-input-hint = choose an --out outside the definitions, e.g. `--out out`; nothing was built
cli-build-out-not-writable = cannot write into the output folder { $out }: { $cause }
cli-build-out-not-writable-hint = choose another --out, or make the folder writable and check the disk has space
cli-build-stopped = the build stopped: { $cause }
cli-build-stopped-hint = free space on the output disk and run the build again; { $not_started ->
    [0] {""}
    [one] 1 ballot was not started;{" "}
   *[other] { $not_started } ballots were not started;{" "}
}files already complete were kept
cli-build-ballot-failed = ballot { $ballot } failed in { $stage }: { $cause }
    its previous files, if any, were kept
cli-build-clips = audio clips: { $synthesised } synthesised, { $from_cache } from the cache, { $reused } reused
cli-build-cache-damaged = { $count ->
    [one] 1 entry of the clip cache was damaged or held another clip, and was made again (none was used): { $entries }
   *[other] { $count } entries of the clip cache were damaged or held another clip, and were made again (none was used): { $entries }
}
cli-build-cache-damaged-hint = the audio written is right; if this repeats, check the disk that holds the cache (or delete the cache folder)
cli-build-cannot-write-profile = cannot write the profile to { $path }: { $cause }
cli-build-summary = built { $built ->
    [one] 1 ballot
   *[other] { $built } ballots
}, skipped { $skipped } unchanged, { $failed } failed; { $files ->
    [one] 1 file
   *[other] { $files } files
} written into { $out }; { $seconds } s
cli-build-strict = { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
} and --strict

cli-review-pages-not-refreshed = the marks are in the sign-off log, but the review pages were not refreshed: { $cause }
cli-review-outdated-mark = outdated, not applied: { $mark }
cli-review-imported = { $applied ->
    [one] 1 mark
   *[other] { $applied } marks
} applied, { $already } already in the log, { $outdated } outdated, { $unmarked ->
    [one] 1 unmarked track
   *[other] { $unmarked } unmarked tracks
} skipped
cli-review-no-ballot-matches = no ballot matches
cli-review-verdict = { $verdict ->
    [ok] ok
    [problem] problem
    [unmarked] unmarked
    [outdated] outdated
    [resolved] resolved
    [not-played] not played to the end
   *[other] { $verdict }
}
cli-review-whole-none = none
cli-review-ballot-status = { $id }: { $ok } OK{ $by_phrases ->
    [0] {""}
   *[other] {" "}({ $by_phrases } by their phrases)
}, { $problem } problem, { $unmarked } unmarked{ $not_played ->
    [0] {""}
   *[other] {" "}({ $not_played } marked OK but never played to the end)
}, { $outdated } outdated; whole ballot: { $whole } — { $signed ->
    [yes] signed off
   *[no] NOT signed off
}
cli-review-whole-ballot = whole ballot
cli-review-track = track { $track }
cli-review-problem = problem: { $lang } { $track }: { $comment } ({ $reviewer }, { $at })
cli-review-problem-in-phrase = problem: { $lang } { $track } (its phrase { $phrase }, { $id }): { $comment } ({ $reviewer }, { $at })
cli-review-phrases = phrases: { $reviewed } of { $total } reviewed ({ $problem } problem); { $hours } h of audio in all, { $to_hear } h still to hear
cli-review-signed-off = { $signed } of { $total ->
    [one] 1 ballot
   *[other] { $total } ballots
} signed off

cli-import-removed = removed { $path } (its district is no longer in the register)
cli-import-written = { $files ->
    [one] 1 ballot file
   *[other] { $files } ballot files
} written into { $folder }
cli-import-invalid = { $errors ->
    [one] 1 error
   *[other] { $errors } errors
}; nothing was written
cli-export-left-out = not exported (written by hand, no district number, or not a contest of candidates): { $ballots }

cli-measure-off-grid = { $pdf }: page { $page }: { $boxes ->
    [one] 1 box
   *[other] { $boxes } boxes
} off the regular grid: give each its `box:` in the ballot file (the lines above), then check with `measure { $pdf } --check BALLOT.yaml`
cli-measure-page-problem = { $pdf }: page { $page }: { $cause }
cli-measure-check-takes-a-ballot = --check takes one ballot's definition file, not { $path }
cli-measure-ok = ok: { $boxes } boxes of { $pdf } within 0.2 mm of { $definition }

cli-package-left-out = left out, not signed off by QA: { $ballots }
cli-package-zip = { $zip }: { $ballots ->
    [one] 1 ballot
   *[other] { $ballots } ballots
}, { $files ->
    [one] 1 file
   *[other] { $files } files
}

cli-usage-invalid-value = the value { $value } is not allowed for { $argument }
cli-usage-invalid-value-one-of = the value { $value } is not allowed for { $argument }; use one of: { $valid }
cli-usage-unknown-argument = there is no option { $argument } here
cli-usage-unknown-argument-did-you-mean = there is no option { $argument } here; did you mean { $suggested }?
cli-usage-unknown-command = there is no command { $command }
cli-usage-unknown-command-did-you-mean = there is no command { $command }; did you mean { $suggested }?
cli-usage-missing = { $argument } must be given
cli-usage-missing-command = a command must be given
cli-usage-conflict = { $argument } cannot be used together with { $other }
cli-usage-values = { $argument } has the wrong number of values
cli-usage-other = the command line is not right
cli-usage-see-help = For more, add --help (e.g. `ballot-access build --help`).
