## Errors that are not the definition's: the machine, liblouis, espeak-ng, the PDF writer, or a bug.

error-bug-hint = this is a bug in ballot-access, not in the definition: report it with the ballot file and the command that was run
error-louis-widechar-size = liblouis was built with a different character size than this program expects
error-louis-table-name = the braille table name { $table } cannot be given to liblouis
error-louis-too-long = a text of { $chars } characters is too long for liblouis
error-louis-failed = liblouis could not translate with the tables { $table }
error-louis-output-too-long = liblouis returned more braille than fits in memory
error-louis-not-braille = liblouis returned { $code }, which is not a braille cell
error-louis-install-hint = reinstall Debian's liblouis20 and liblouis-data (`apt install --reinstall liblouis20 liblouis-data`, or run scripts/setup); `ballot-access check` then says whether the tables load
error-speech-engine-start = espeak-ng could not start
error-speech-no-voice = espeak-ng has no voice { $voice }
error-speech-speak-failed = espeak-ng failed to speak (status { $status })
error-speech-nul-in-text = the text holds a NUL character, which espeak-ng cannot be given
error-speech-not-utf8 = the text sent to the speech worker is not UTF-8
error-speech-too-long = a phrase of { $bytes } bytes is too long to speak
error-speech-not-single-threaded = the speech worker must run single-threaded to speak in forked children
error-speech-system = the speech worker could not { $call }: { $cause }
error-speech-child-failed = espeak-ng failed to speak { $text } (child status { $status })
error-speech-sample-rate = espeak-ng speaks at { $rate } Hz, and the encoder expects { $expected } Hz
error-speech-program-unknown = cannot find this program to start a speech worker: { $cause }
error-speech-worker-start = cannot start the speech worker { $program }: { $cause }
error-speech-not-a-worker = { $program } did not start as a speech worker
error-speech-worker-broke = the speech worker for voice { $voice } stopped answering: { $cause }
error-speech-encoder = the MP3 encoder failed at { $step }: { $cause }
error-speech-encoder-step = { $step ->
    [start] starting
    [channels] the channel count
    [sample-rate] the sample rate
    [output-rate] the output sample rate
    [bit-rate] the bit rate
    [mode] the mode
    [quality] the quality
    [vbr-tag] the VBR tag
    [build] setting up
    [encode] encoding
   *[flush] flushing
}
error-speech-install-hint = install Debian's espeak-ng-data (`apt install espeak-ng-data`, or run scripts/setup), or set ESPEAK_DATA_PATH to espeak-ng's data folder
error-speech-not-a-worker-hint = a program that uses the library must serve its speech workers: call `project::serve_speech_worker_if_asked` first thing in `main`
error-speech-resources-hint = the machine ran out of processes or memory, or a worker was killed: build again with fewer --jobs
error-speech-phrase-hint = listen with `ballot-access speak --lang LANG --out check.wav TEXT`; if espeak-ng fails on this phrase alone, rewrite its text in words and report the phrase
error-render-page-size = the PDF writer refuses a page of { $width } × { $height } pt
error-render-pdf = the PDF could not be written: { $cause }
error-render-audio-faults = the audio would be wrong: { $faults }
error-render-audio-faults-hint = listen with `ballot-access speak --lang LANG --out check.wav TEXT`; a silent track means the voice could not say the text (rewrite it in words), and a fault in the encoded audio (cut short, tail, loudness, peak) is a bug to report with this ballot's file
error-render-audio-frames-missing = audio { $lang } track { $track }: a phrase's recorded frames are not in the file
error-render-audio-more-than-phrases = audio { $lang } track { $track }: the file holds more than its phrases
