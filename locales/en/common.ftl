## Words used by every message.

label-error = error
label-warning = warning
label-hint = hint
label-field = field
label-note = note

count-ballots = { $count ->
    [one] { $count } ballot
   *[other] { $count } ballots
}

# Another program's words (an operating system's error), shown as they are.
untranslated = { $text }
