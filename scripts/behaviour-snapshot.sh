#!/usr/bin/env bash
# The behaviour snapshot: a fixed list of CLI commands (every subcommand, text and --json, on
# Tests/Fixtures/corpus, Tests/Fixtures/articles and Examples/) run through the built `search`
# binary, their output, standard error and exit code written to one file with per-run fields
# masked (timings, timestamps, temporary and checkout paths, sizes on disk).
#
# A refactoring must leave this output byte-identical:
#
#   scripts/behaviour-snapshot.sh              # print the snapshot
#   scripts/behaviour-snapshot.sh --check      # diff against scripts/behaviour-snapshot.expected
#   scripts/behaviour-snapshot.sh --record     # rewrite the expected file (on purpose only)
#
# SEARCH=path/to/search picks the binary (default .build/debug/search; build it first).
set -u
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SEARCH=${SEARCH:-$ROOT/.build/debug/search}
EXPECTED=$ROOT/scripts/behaviour-snapshot.expected
[ -x "$SEARCH" ] || { echo "behaviour-snapshot: no binary at $SEARCH (run swift build)" >&2; exit 2; }

T=$(mktemp -d "${TMPDIR:-/tmp}/behaviour-snapshot.XXXXXX")
trap 'chmod -R u+rwx "$T" 2>/dev/null; rm -rf "$T"' EXIT
export NO_COLOR=1 TZ=UTC LC_ALL=C

mask() {
    sed -E \
        -e "s#$T#<tmp>#g" \
        -e "s#$ROOT#<repo>#g" \
        -e 's#[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?(Z|[+-][0-9]{2}:?[0-9]{2})#<time>#g' \
        -e 's#in [0-9]+\.[0-9] s:#in <secs> s:#g' \
        -e 's#"seconds":[0-9.e+-]+#"seconds":<secs>#g' \
        -e 's#"bytes":[0-9]+#"bytes":<bytes>#g' \
        -e 's#[0-9]+\.[0-9] MB#<mb> MB#g'
}

# run LABEL ARGS…: one command, its stdout, stderr and exit code.
run() {
    local label=$1; shift
    echo "=== $label"
    echo "\$ search $*" | mask
    (cd "$T/work" && "$SEARCH" "$@" >"$T/out" 2>"$T/err" </dev/null)
    local rc=$?
    mask <"$T/out"
    if [ -s "$T/err" ]; then echo "--- stderr"; mask <"$T/err"; fi
    echo "--- exit $rc"
}

# run_stdin LABEL INPUT ARGS…: the same with INPUT on standard input.
run_stdin() {
    local label=$1 input=$2; shift 2
    echo "=== $label"
    echo "\$ search $* <<< $input" | mask
    (cd "$T/work" && printf '%s\n' "$input" | "$SEARCH" "$@" >"$T/out" 2>"$T/err")
    local rc=$?
    mask <"$T/out"
    if [ -s "$T/err" ]; then echo "--- stderr"; mask <"$T/err"; fi
    echo "--- exit $rc"
}

snapshot() {
    mkdir -p "$T/work"
    local FX=$ROOT/Tests/Fixtures/corpus EX=$ROOT/Examples ART=$ROOT/Tests/Fixtures/articles
    local I=$T/fx J=$T/ex S=$T/sh

    # help and usage
    run "help" --help
    run "version" --version
    for c in query index facets tag show stats compact; do run "help $c" help $c; done

    # index: text and JSON, first run, unchanged re-run, full re-run, report
    run "index fixtures json" index "$FX" --index "$I" --jobs 1 --json
    run "index fixtures again" index "$FX" --index "$I" --jobs 1
    run "index fixtures full" index "$FX" --index "$I" --jobs 1 --full --json
    run "index examples" index "$EX" --index "$J" --jobs 1 --spelling --report "$T/report.jsonl"
    echo "=== report file"; mask <"$T/report.jsonl"
    run "index articles" index "$ART" --index "$T/art" --jobs 1 --report "$T/report2.jsonl"
    echo "=== report2 file"; mask <"$T/report2.jsonl"
    run "index articles json" index "$ART" --index "$T/art2" --jobs 1 --json

    # query: text and JSON, filters, field syntax, sorts, pages, facets
    for idx in "$I" "$J"; do
        run "query all" --index "$idx"
        run "query all json" query --index "$idx" --json
        run "query trade" query trade --index "$idx"
        run "query trade json" query trade tariffs --index "$idx" --json --facets country,leader,date
        run "query default subcommand" tariffs --index "$idx" --limit 2
        run "query country filter" query --index "$idx" --country "South Korea" --json
        run "query country code" query --index "$idx" --country us --leader trump
        run "query leader" query --index "$idx" --leader xi --json
        run "query dates" query --index "$idx" --from 2025-03 --to 2025-12-31 --sort date
        run "query -date" query --index "$idx" --sort=-date --limit 3 --offset 1 --json
        run "query field syntax" query 'country:KR leader:"Lee Jae-myung"' --index "$idx" --json
        run "query field spaces" query 'country:South Korea' --index "$idx"
        run "query field or" query 'country:US OR trade' --index "$idx" --limit 3
        run "query date range" query 'date:2025-01..2025-06' --index "$idx" --json
        run "query mentioned" query --index "$idx" --mentioned-from 2025-01 --mentioned-to 2025-12 --facets mentioned:month
        run "query facets all" query --index "$idx" --facets 'country,leader,date:year,mentioned,leader*country' --facet-limit 3
        run "query facets json" query summit --index "$idx" --facets country,date:day --json --exact
        run "query no snippets" query president --index "$idx" --no-snippets --json
        run "query limit 0" query --index "$idx" --limit 0 --facets country
        run "query nothing" query zzzqqqxxx --index "$idx"
        run "query nothing json" query zzzqqqxxx --index "$idx" --json
        run "query phrase" query '"prime minister"' --index "$idx" --json
        run "query wildcard" query 'tarif*' --index "$idx"
        run "query title" query 'title:trump' --index "$idx" --json
        run "query near" query 'trade NEAR tariffs' --index "$idx"
        run "query spelling" query 'tarrifs' --index "$idx"
        run_stdin "query stdin" 'trade --limit 1' query --stdin --index "$idx"
        run_stdin "query stdin json" 'country:US --limit 2' query --stdin --json --index "$idx"
        run_stdin "query stdin bad" 'trade --limit -1' query --stdin --index "$idx"
        run_stdin "query stdin bad json" 'country:ZZ' query --stdin --json --index "$idx"

        # facets
        run "facets" facets --index "$idx"
        run "facets json" facets --index "$idx" --json
        run "facets csv" facets --index "$idx" --csv --by country,leader
        run "facets by" facets trade --index "$idx" --by date:year --by 'leader*country'
        run "facets mentioned" facets --index "$idx" --by mentioned:year --json
        run "facets filtered" facets --index "$idx" --country US --by leader --facet-limit 2

        # show and stats
        run "stats" stats --index "$idx"
        run "stats json" stats --index "$idx" --json
    done
    run "show id" show f01-china-us-trade.txt --index "$I"
    run "show id json" show f01-china-us-trade.txt --index "$I" --json
    run "show path" show "$FX/f09-surname-mentions.txt" --index "$I"
    run "show record" show 'world/trade-tariffs.jsonl#2' --index "$J" --json
    run "show record text" show 'asia/briefs.csv#1' --index "$J"
    run "show html" show asia/apec-gyeongju.html --index "$J" --json
    run "show missing" show nope.txt --index "$I"
    run "show articles" show json/feed.jsonl#1 --index "$T/art" --json

    # tag: text and JSON Lines, file and folder
    run "tag folder" tag "$FX" --jobs 1
    run "tag folder json" tag "$FX" --jobs 1 --json
    run "tag examples json" tag "$EX" --jobs 1 --json
    run "tag examples" tag "$EX" --jobs 1
    run "tag file" tag "$EX/asia/lee-jae-myung-inauguration.md"
    run "tag articles" tag "$ART" --jobs 1 --json
    run "tag missing" tag "$T/nothing-here"

    # remove, then shards and compact
    run "remove" index --remove "$FX" --index "$I"
    run "stats after remove" stats --index "$I" --json
    run "remove json" index --remove "$EX" --index "$J" --json
    run "index shards" index "$EX" --index "$S" --shards 2 --jobs 1 --json
    run "index shards again" index "$EX" --index "$S" --jobs 1
    run "query shards" query trade --index "$S" --facets country,leader --json
    run "query shards text" query --index "$S" --sort date --limit 4
    run "facets shards" facets --index "$S" --by country
    run "stats shards" stats --index "$S"
    run "stats shards json" stats --index "$S" --json
    run "show shards" show europe/merz-chancellor.md --index "$S"
    run "compact shards" compact --index "$S" --output "$T/merged"
    run "query merged" query trade --index "$T/merged" --json
    run "compact single" compact --index "$J"
    run "remove shards" index --remove "$EX" --index "$S"

    # errors: usage, bad query, no index, bad index
    run "no index" query trade --index "$T/none"
    run "no index json" query trade --index "$T/none" --json
    run "stats no index" stats --index "$T/none"
    run "show no index" show x --index "$T/none"
    run "facets no index" facets --index "$T/none"
    run "compact no index" compact --index "$T/none"
    run "remove no index" index --remove "$FX" --index "$T/none"
    echo "not an index" >"$T/file-index"
    run "file as index" query trade --index "$T/file-index"
    mkdir -p "$T/empty-dir"
    run "empty dir as index" query trade --index "$T/empty-dir"
    run "stats empty dir" stats --index "$T/empty-dir"
    run "index into file" index "$FX" --index "$T/file-index/sub" --jobs 1
    run "index missing folder" index "$T/nothing-here" --index "$T/x"
    run "index no folder" index --index "$T/x"
    run "index both" index "$FX" --remove "$FX" --index "$T/x"
    run "index jobs 0" index "$FX" --jobs 0 --index "$T/x"
    run "index jobs -1" index "$FX" --jobs -1 --index "$T/x"
    run "index commit-every 0" index "$FX" --commit-every 0 --index "$T/x"
    run "index max-size 0" index "$FX" --max-size 0 --index "$T/x"
    run "index shards 0" index "$FX" --shards 0 --index "$T/x"
    run "remove not indexed" index --remove "$EX" --index "$I"
    run "bad limit" query trade --limit -1 --index "$J"
    run "bad offset" query trade --offset -5 --index "$J"
    run "bad facet-limit" query trade --facet-limit 0 --index "$J"
    run "bad sort" query trade --sort sideways --index "$J"
    run "bad facet" query trade --facets colour --index "$J"
    run "bad facet granularity" query trade --facets date:week --index "$J"
    run "bad country" query --country Atlantis --index "$J"
    run "bad leader" query --leader nobodyatall --index "$J"
    run "bad from" query --from yesterdayish --index "$J"
    run "bad range" query --from 2025-12 --to 2025-01 --index "$J"
    run "bad field country" query 'country:Atlantis' --index "$J"
    run "bad field date" query 'date:2025-13' --index "$J"
    run "bad syntax" query 'trade AND (' --index "$J"
    run "bad syntax json" query '"unclosed' --index "$J" --json
    run "unknown flag" query trade --colour --index "$J"
    run "unknown subcommand flag" stats --limit 3 --index "$J"
    run "facets json csv" facets --json --csv --index "$J"
    run "facets bad by" facets --by weather --index "$J"
    run "facets bad limit" facets --facet-limit -2 --index "$J"
    run "show no ref" show --index "$J"
    run "tag bad jobs" tag "$EX" --jobs 0
    run "huge offset" query trade --offset 99999999999 --index "$J"
    run "huge limit" query trade --limit 99999999999 --index "$J"
    chmod 000 "$T/fx" 2>/dev/null && [ "$(id -u)" != 0 ] && run "unreadable index" query trade --index "$T/fx"
    chmod -R u+rwx "$T/fx" 2>/dev/null
    true
}

case "${1:-}" in
    --check)
        snapshot >"$T/actual" 2>&1
        if diff -u "$EXPECTED" "$T/actual"; then echo "behaviour-snapshot: identical"; else echo "behaviour-snapshot: DIFFERS" >&2; exit 1; fi ;;
    --record)
        snapshot >"$EXPECTED" 2>&1; echo "behaviour-snapshot: recorded $(wc -l <"$EXPECTED") lines in $EXPECTED" ;;
    *)
        snapshot ;;
esac
