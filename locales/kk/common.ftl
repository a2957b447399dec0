## Барлық хабарламаларға ортақ сөздер.

label-error = қате
label-warning = ескерту
label-hint = кеңес
label-field = өріс
label-note = ескертпе

count-ballots = { $count } бюллетень

# Another program's words (an operating system's error), shown as they are.
untranslated = { $text }
