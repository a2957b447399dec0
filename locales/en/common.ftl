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

# Text not yet translated, shown as it is.
verbatim = { $text }
