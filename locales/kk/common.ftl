## Барлық хабарламаларға ортақ сөздер.

label-error = қате
label-warning = ескерту
label-hint = кеңес
label-field = өріс
label-note = ескертпе

count-ballots = { $count } бюллетень

# Text not yet translated, shown as it is.
verbatim = { $text }
