## Слова, общие для всех сообщений.

label-error = ошибка
label-warning = предупреждение
label-hint = подсказка
label-field = поле
label-note = примечание

count-ballots = { $count ->
    [one] { $count } бюллетень
    [few] { $count } бюллетеня
   *[many] { $count } бюллетеней
}

# Text not yet translated, shown as it is.
verbatim = { $text }
