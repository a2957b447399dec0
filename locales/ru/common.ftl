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

# Another program's words (an operating system's error), shown as they are.
untranslated = { $text }
