## Building: what the machine lacks, and why a build or a ballot stopped.

build-tables-missing = liblouis braille tables missing from { $folder }: { $tables }; install Debian's liblouis-data (`apt install liblouis-data`, or run scripts/setup), or set LOUIS_TABLEPATH to the folder that holds the tables
build-table-does-not-compile = { $tables } ({ $lang }, cannot be compiled)
build-espeak-cannot-start = espeak-ng cannot start ({ $cause }); install Debian's espeak-ng-data (`apt install espeak-ng-data`, or run scripts/setup), or set ESPEAK_DATA_PATH to espeak-ng's data folder
build-voices-missing = espeak-ng voices missing from { $folder } (a voice, or its dictionary): { $voices }; install Debian's espeak-ng-data (`apt install espeak-ng-data`, or run scripts/setup), or set ESPEAK_DATA_PATH to espeak-ng's data folder
build-cannot-start-threads = cannot start worker threads: { $cause }
build-waiting-for-other-build = waiting for another build of { $election } into { $out } to finish...
build-cannot-lock = cannot lock { $folder }: { $cause }
build-same-id-as-before = its outputs were built from { $before }, and { $now } now has the same id; give one of them another id
build-cannot-write = cannot write { $path }: { $cause }
build-disk-full = the disk is full: cannot write { $path }: { $cause }
build-strict-ballot = { $warnings ->
    [one] 1 warning
   *[other] { $warnings } warnings
} and --strict, so nothing of it was written: { $list }
build-not-a-manifest = { $path } is not a build's manifest (give the election's output folder, OUT/<election-id>, after `ballot-access build`)
