## Texts: their languages, and damage a voter would hear or feel in braille
## (src/definition/validate/text.rs and damage.rs).

# A text's languages. $key is the key as written; $languages the election's
# language codes, as "kk, ru".
text-not-a-language = `{ $key }` is not a language of this election
text-not-a-language-add-hint = the election's languages are { $languages }: add `{ $key }` to `languages` in election.yaml, or remove this text
text-key-in-cyrillic-hint = `{ $key }` is typed in Cyrillic letters: write `{ $code }` in Latin letters
text-code-in-latin-letters-hint = language codes are written in Latin letters; the election's languages are { $languages }
text-did-you-mean-language-hint = did you mean `{ $code }`? The election's languages are { $languages }
text-unknown-language-hint = the election's languages are { $languages }: remove this text
text-cut-at-comma = a comma cut the text short: `{ $key }` was read as a language code
# $example is YAML, as `kk: "Иә, қабылдаймын"`.
text-cut-at-comma-hint = inside `{ "{" } ... { "}" }` a comma separates one language's text from the next: put a text that contains a comma in quotes, e.g. `{ $example }`
text-cut-at-comma-plain-hint = inside `{ "{" } ... { "}" }` a comma separates one language's text from the next: put a text that contains a comma in quotes
text-missing-language = text has no `{ $lang }` version
text-missing-language-hint = every text needs each of the election's languages: { $languages }

# One language's text. $lang is its code; $value the text, in quotes.
text-null = `{ $lang }` text is `{ $written }`, which YAML reads as “no value”, not as a text
text-null-word-hint = write the text; to print the word itself, put it in quotes: `{ $lang }: "{ $written }"`
text-null-tilde-hint = write the text in place of `~`
text-empty = `{ $lang }` text is empty
text-empty-quotes-hint = there is no text between the quotes: write it there
text-empty-hint = write the text after `{ $lang }:`
text-too-long = `{ $lang }` text has { $count ->
    [one] { $count } character
   *[other] { $count } characters
}; at most { $max } are allowed
text-too-long-hint = ballot texts are short: shorten it, or check that every opening quote has its closing quote
text-cut-by-comment = `{ $lang }` text { $value } ends at a `#`: the rest of the line is read as a comment and left out
text-cut-by-comment-hint = put the whole text in quotes, e.g. `{ $example }`: in YAML, a space followed by `#` starts a comment
text-no-letter = `{ $lang }` text { $value } has no letter or digit
text-no-letter-hint = a voter would hear or read nothing here: write the text itself

# Characters. $char is the character in quotes, $code its code point (U+0430).
text-line-break = the text is broken over more than one line: it must be on one line
text-line-break-literal-hint = write `>` instead of `|`: a `>` block joins its lines with spaces
text-line-break-folded-hint = inside a `>` block, a blank line or a line indented further stays a line break: remove it
text-line-break-hint = write the text on one line
text-tab = the text has a tab character
text-tab-hint = replace the tab with a space
text-control-character = the text has an invisible control character ({ $code })
text-control-character-hint = remove it: it cannot be printed, embossed in braille or spoken
text-escape-hint = inside double quotes, a `\` writes a special character (`\t` a tab, `\n` a line break, `\a` an invisible one): remove it, or write `\\` for a backslash
text-unprintable = character { $char } ({ $code }) cannot be printed: no bundled font has it
text-unprintable-hint = replace it with an ordinary letter or punctuation mark

# Words mixing Latin and Cyrillic letters. $word is the word in quotes; $twin
# the letter of the other alphabet that looks the same.
text-latin-in-cyrillic-word = Latin { $letter } ({ $code }) inside the Cyrillic word { $word }: did you mean Cyrillic { $twin } ({ $twin_code })?
text-latin-in-cyrillic-word-plain = Latin { $letter } ({ $code }) inside the Cyrillic word { $word }
text-latin-in-cyrillic-word-hint = a word must not mix Latin and Cyrillic letters: the braille and the voice would read this letter as Latin; retype it on a Kazakh or Russian keyboard layout
text-cyrillic-in-latin-word = Cyrillic { $letter } ({ $code }) inside the Latin word { $word }: did you mean Latin { $twin } ({ $twin_code })?
text-cyrillic-in-latin-word-plain = Cyrillic { $letter } ({ $code }) inside the Latin word { $word }
text-cyrillic-in-latin-word-hint = a word must not mix Latin and Cyrillic letters: the braille and the voice would read this letter as Cyrillic; retype it on a Latin (English) keyboard layout

# Braille and speech. $table is the braille table's file name.
text-no-braille = character { $char } ({ $code }) cannot be translated to braille by the `{ $lang }` table ({ $table })
text-no-braille-hint = a blind voter would feel a meaningless code here: replace it with a letter or punctuation mark of the language
text-quote-opens-reversed = the quotation mark { $quote } opens a quotation here, but the `{ $lang }` braille table ({ $table }) embosses it as a closing quotation mark
text-quote-closes-reversed = the quotation mark { $quote } closes a quotation here, but the `{ $lang }` braille table ({ $table }) embosses it as an opening quotation mark
text-quote-hint = use « and » (or straight quotes "..."), which braille reads the right way round
text-unspeakable = character { $char } ({ $code }) cannot be spoken by the `{ $lang }` voice of espeak-ng
text-unspeakable-hint = the audio ballot would skip it: write it out in words, or replace it

# Letters lost on the way from a spreadsheet.
text-lost-letter = `?` in the word { $word } stands where a letter was lost
text-lost-letters-word = { $word } is only question marks: the word's letters were lost
text-lost-character-alone = a `?` standing on its own: a letter or sign was lost here
text-lost-letter-hint = the file was saved in an encoding without this letter, which became `?` (Excel's "CSV" in a Russian locale has no Kazakh letters): retype the letters, or save the file as "CSV UTF-8" or .xlsx and copy the text again
text-replacement-character = the replacement sign � (U+FFFD) stands where a letter was lost when the text was converted
text-replacement-character-hint = the text was read in the wrong encoding on its way here: open the original file in its own encoding and copy the text again, or retype the letter
# $encoding is Windows-1251 or Latin-1.
text-mojibake = { $pair } is a letter garbled by a wrong encoding: text saved as UTF-8 was opened as { $encoding }
text-mojibake-hint = the text was converted twice: open the original file as UTF-8 and copy the text again
text-narrow-cell = `###` is what a spreadsheet shows in a cell too narrow for its value, not a text
text-narrow-cell-hint = widen the column in the spreadsheet this came from and copy the value again
# $value is the error as shown, e.g. #N/A or #ЗНАЧ!
text-spreadsheet-error = { $value } is a spreadsheet's error value, not a text
text-spreadsheet-error-hint = a formula failed in the spreadsheet this came from: fix the cell there and copy its value again

# Kazakh in the Latin alphabet, and letters of another alphabet.
text-latin-kazakh-letter = { $letter } in { $word } is a letter of the Latin Kazakh alphabet (Cyrillic { $cyrillic })
text-latin-kazakh-hint = neither the braille nor the voice reads the Latin Kazakh alphabet: write the word in Cyrillic letters
text-latin-kazakh-q = { $word } is Kazakh in the Latin alphabet (`q` for `қ`)
text-latin-kazakh-q-hint = neither the braille nor the voice reads the Latin Kazakh alphabet: write the word in Cyrillic letters; if it is a name in Latin letters, add it to the election's `speech.lexicon` with its spoken form
text-greek-letter = Greek letter { $letter } ({ $code }) in { $lang ->
    [kk] Kazakh
   *[other] Russian
} text: did you mean Cyrillic { $twin }?
text-greek-letter-plain = Greek letter { $letter } ({ $code }) in { $lang ->
    [kk] Kazakh
   *[other] Russian
} text
text-greek-letter-hint = the braille and the voice read it as Greek: retype it on a Kazakh or Russian keyboard layout
text-look-alike-word = { $word } is typed in Latin letters that look like Cyrillic ones: did you mean { $cyrillic }?
text-look-alike-word-hint = retype the word on a Kazakh or Russian keyboard layout; if it really is a Latin word, add it to the election's `speech.lexicon` with its spoken form
