## Reading definitions: files and folders, YAML, and the shape of the fields.

## Files and folders.

def-path-not-found = no such file or folder
def-not-yaml-name = not a ballot definition: the file name must end in `.yaml`
def-not-yaml-name-hint = an election and its ballots are described in files whose names end in `.yaml`
def-nothing-found = no election.yaml or ballot files found here
def-nothing-found-hint = an election is a folder with an election.yaml and one .yaml file per ballot
def-no-election-file = ballot file has no election.yaml in its folder or any folder above it
def-no-election-file-hint = put the ballot files in (or below) the folder that holds the election's election.yaml
def-folder-no-permission = cannot read folder: no permission to read it
def-folder-unreadable = cannot read folder (the system says: { $detail })
def-link-outside = symbolic link points outside the input folder (or nowhere)
def-link-outside-hint = copy the file into the election folder instead of linking to it
def-folder-named-yaml = a folder is named like a ballot file
def-folder-named-yaml-hint = a ballot is a file; rename the folder (its own files are still read)
def-wrong-extension = ballot files must end in `.yaml`, not `.{ $extension }`
def-wrong-extension-hint = rename the file so it is not skipped
def-no-ballot-files = election has no ballot files
def-no-ballot-files-hint = add one .yaml file per ballot next to (or below) election.yaml

## Reading a file.

def-file-not-found = cannot read file: it does not exist
def-file-no-permission = cannot read file: no permission to read it
def-file-is-folder = cannot read file: it is a folder
def-file-unreadable = cannot read file (the system says: { $detail })
def-file-too-large = file is larger than { $limit } KiB, too large for a ballot definition
def-file-too-large-hint = a ballot definition is a few kilobytes; check that this is the right file
def-file-empty = file is empty
def-file-empty-election-hint = an election.yaml needs `schema`, `id`, `date`, `languages`, `title` and `paper`
def-file-empty-ballot-hint = a ballot file needs at least `id`, `constituency` and `contest`
def-file-utf16 = file is UTF-16, not UTF-8
def-file-utf16-hint = save the file as UTF-8 (in Notepad: Save as, Encoding: UTF-8)
def-file-nul = file contains an invisible null character (NUL)
def-file-nul-hint = remove it; it usually comes from a broken copy or an editor saving in another encoding
def-file-not-utf8 = file is not valid UTF-8 (byte { $byte })
def-file-not-utf8-hint = save the file as UTF-8; Windows-1251 or KZ-1048 encodings are not accepted
def-file-no-content = file has no content
def-control-character = the file contains an invisible control character ({ $code })
def-control-character-hint = delete it; it usually comes in with text copied from another program

## The fields.

def-duplicate-key = `{ $key }` is written twice in the same set of fields
def-duplicate-key-hint = remove one of them: each name is written once in a set of fields
def-yaml-tag = the YAML tag `{ $tag }` is not allowed here
def-yaml-tag-hint = remove the tag and write the value itself: tags change how YAML reads a value, and a ballot's texts are plain text
def-brackets-too-deep = brackets nested more than { $limit } deep
def-brackets-too-deep-hint = a ballot definition needs only a few levels of `[ ]` and `{"{"} {"}"}`
def-unknown-field = unknown field `{ $field }`
def-unknown-field-suggest = did you mean `{ $suggestion }`?
def-unknown-field-allowed = the fields allowed here: { $fields }
def-missing-field = missing field `{ $field }`
def-missing-field-hint = add `{ $field }` here
def-second-document = a second document starts here: a file holds one definition
def-second-document-hint = put each ballot in its own file, and remove the `{ $marker }` line
def-nested-too-deep = the values are nested too deeply
def-nested-too-deep-hint = a ballot definition needs neither deep nesting nor repeated references
def-alias-repeats = `*` references repeat the same values too many times
def-alias-repeats-hint = write the values out: a ballot definition needs no `&` labels or `*` references

## A value of the wrong kind: "a whole number is needed here, not the text "один"".

def-found-text = the text { $value }
def-found-number = the number { $value }
def-found-true-false = the word `{ $value }`
def-found-empty = an empty value
def-found-list = a list
def-found-fields = a set of fields
def-found-other = this value
def-type-whole-number = a whole number is needed here, not { $found }
def-type-count = a whole number (0 or more) is needed here, not { $found }
def-type-whole-number-hint = write the number in digits only, e.g. `3`
def-number-too-large = the number { $value } is too large here
def-type-number = a number is needed here, not { $found }
def-type-number-hint = write the number in digits, with a full stop before any decimals, e.g. `12.5`
def-type-decimal-comma-hint = write the decimal point as a full stop: `{ $fixed }`
def-type-unit-hint = write the number alone, without the unit: `{ $fixed }`
def-type-true-false = `true` or `false` is needed here, not { $found }
def-type-true-false-text-hint = write `true` or `false`: other words such as `yes` or `да` are read as text
def-type-true-false-hint = write `true` or `false`
def-type-text = a text is needed here, not { $found }
def-type-text-list-bracket-hint = a value that starts with `[` is read as a list: to keep the brackets in the text, put the whole text in quotes
def-type-text-fields-bracket-hint = a value that starts with `{"{"}` is read as a set of fields: to keep the braces in the text, put the whole text in quotes
def-type-text-list-hint = lines that start with `- ` make a list: write the text itself after the `:`
def-type-text-fields-hint = the lines below are indented under this one, so they are read as its fields: write the text after the `:` on the same line
def-type-list = a list is needed here, not { $found }
def-type-list-brackets-hint = put the list in square brackets: `{ $example }`
def-type-list-hint = write each entry on its own line starting with `- `, or all of them in square brackets, e.g. `[kk, ru]`
def-type-fields = a set of fields is needed here, not { $found }
def-type-languages-hint = write the text once for each language of the election, e.g. `{ $example }`
def-type-lexicon-hint = write each word and how it is spoken on a line of its own below, as `word: spoken form`
def-type-fields-hint = the fields of `{ $key }` go on the lines below it, indented, each written as `name: value`
def-type-ballot-file-hint = a ballot file is made of fields, each at the start of its own line, without `- `: `id:`, `constituency:`, `contest:`
def-type-election-file-hint = an election.yaml is made of fields, each at the start of its own line, without `- `: `schema:`, `id:`, `date:`, `languages:`, `title:`, `paper:`
def-value-unreadable = this value is written in a form that cannot be used here
def-reader-says = the YAML reader's own words: { $detail }

## YAML that cannot be read: quotation marks, colons, brackets, indentation.

def-yaml-unreadable = the YAML here cannot be read
def-yaml-unreadable-hint = check the quotation marks, brackets and indentation here and on the line above (the YAML reader's own words: { $detail })
def-lost-letter = `?` at the start of a text: a letter was lost
def-lost-letter-hint = a `?` stands where a letter should be: the file was saved in an encoding without it (Excel's "CSV" in a Russian locale has no Kazakh letters); retype the letter, or export as "CSV UTF-8" or .xlsx
def-tab-indent = a tab character at the start of the line
def-tab-indent-hint = indent with spaces: YAML does not accept tabs for indentation
def-tab = a tab character here cannot be read
def-tab-hint = replace the tab with spaces
def-special-start = a text cannot start with { $start } unless it is in quotes
def-special-start-hint = put the whole text in quotes: `{ $example }`
def-special-start-hint-plain = put the whole text in quotes, or remove the character if it got there by mistake
def-colon-in-text = a `: ` inside a text starts a new field
def-colon-in-text-hint = put the whole text in quotes: `{ $example }`
def-colon-in-text-hint-plain = put the text that holds the `: ` in quotes, e.g. `ru: "Округ: центр"`
def-colon-unexpected = a `:` here cannot be read
def-colon-unexpected-hint = if the `:` belongs to a text, put the whole text in quotes; if it ends the name of a field, check that the line starts in the same column as the other fields of its set
def-colon-missing = `{ $key }` is not followed by a `:`
def-colon-missing-hint = write each field as `name: value`, with `: ` after the name; a text that goes on is written on the same line
def-indent-more = `{ $key }` is indented further than `{ $above }` on the line above, so it is read as part of that line's text
def-indent-more-hint = start `{ $key }` in the same column as `{ $above }` (column { $column })
def-indent-mismatch = `{ $key }` is not in line with the fields above it
def-indent-mismatch-hint = fields of the same set start in the same column: `{ $first }` on line { $line } starts in column { $column }
def-indent-unclear = this line is not in line with the lines above it
def-indent-unclear-hint = fields of the same set, and entries of the same list, start in the same column: check the spaces at the start of this line and of the line above
def-list-entry-misplaced = this list entry is not in line with the entries above it
def-list-entry-misplaced-hint = the `- ` of every entry of a list stands in the same column: column { $column }, as on line { $line }
def-list-entry-misplaced-hint-plain = the `- ` of every entry of a list stands in the same column; a text that starts with `- ` goes in quotes
def-list-field-misplaced = `{ $key }` is not in line with the fields of the list entry above it
def-list-field-misplaced-hint = start `{ $key }` in column { $column }, in line with `{ $first }` on line { $line }; a new entry of the list starts with `- `
def-bracket-extra = this `{ $bracket }` closes nothing
def-bracket-extra-hint = remove it, or check that every opening bracket has its closing one
def-text-after-bracket = text follows the closing `{ $bracket }`
def-text-after-bracket-hint = a value in brackets ends with its closing bracket: remove what follows it, or move it inside the brackets
def-bracket-mismatch = `{ $open }` is closed with `{ $close }`
def-bracket-mismatch-hint = close `{"{"}` with `{"}"}`, and `[` with `]`
def-bracket-unclosed = `{ $open }` is opened here and never closed with `{ $close }`
def-bracket-unclosed-hint = close it on the same line: `{ $example }`
def-flow-unreadable = the `{ $open } … { $close }` here cannot be read
def-flow-unreadable-hint = inside `{ $open } … { $close }`, entries are separated by `,`; a text that holds `:`, `,`, `#`, quotation marks or brackets goes in quotes
def-comment-in-braces = a ` #` inside `{"{"} ... {"}"}` starts a comment that hides the rest of the line, the closing `{"}"}` too
def-comment-in-braces-hint = put the text that holds the `#` in quotes: `{ $example }`
def-comment-in-braces-hint-plain = put the text that holds the `#` in quotes, e.g. `ru: "школа #12"`
def-quote-then-text = the text goes on after its closing quotation mark
def-quote-inner-hint = quotation marks inside a text are written « »: `{ $example }`
def-quote-inner-hint-plain = quotation marks inside a text are written « », or the whole text is put in quotation marks of the other kind
def-quote-apostrophe-hint = inside single quotation marks, an apostrophe is written twice: `{ $example }`
def-quote-unclosed = a quotation mark is opened here and never closed
def-quote-unclosed-hint = end the text with the same quotation mark: `{ $example }`; quotation marks that belong to the text itself are written « »
def-quote-unclosed-hint-plain = end the text with the quotation mark it starts with; quotation marks that belong to the text itself are written « »
def-backslash = a `\` inside double quotation marks starts a special code, and this one is not a code
def-backslash-hint = put the text in single quotation marks instead, where `\` is an ordinary character: `{ $example }`
def-backslash-hint-plain = put the text in single quotation marks instead, where `\` is an ordinary character

## The ballots of an election together.

def-lexicon-unused-many = { $count } lexicon entries match no word of the election's `{ $lang }` audio; the first { $listed } follow
def-lexicon-unused-many-hint = a lexicon shared by several elections may hold words these ballots do not use; otherwise check the spelling of the entries
def-lexicon-unused = lexicon entry { $entry } matches no word of the election's `{ $lang }` audio
def-lexicon-unused-hint = check its spelling (it replaces whole words, in any case), or remove it
def-ballot-id-twice = ballot id { $id } is used twice in this election
def-ballot-id-twice-hint = it is also the id in { $place }; each ballot needs its own id
def-constituency-twice = another ballot of this election has the same constituency (name and region) and contest
def-constituency-twice-hint = it is the constituency of { $place }; each ballot is one constituency's: check the name, region and number
def-ballots-unchecked = { $count ->
    [one] { $count } ballot file was not checked beyond its syntax and id: election.yaml has errors
   *[other] { $count } ballot files were not checked beyond their syntax and ids: election.yaml has errors
}
def-ballots-unchecked-hint = fix election.yaml and check again; the ballots are checked against its languages and paper
def-election-id-twice = election id { $id } is used by two elections
def-election-id-twice-hint = { $file } has the same id; their outputs would overwrite each other
def-type-list-entries-hint = write each entry on its own line starting with `- `, indented under the field
