#!/usr/bin/env bash
# A bounded, seeded libFuzzer run of the C shim's query path, for `make test`: builds the harness
# when clang's libFuzzer is available and runs FUZZ_RUNS inputs (default 20000) from the committed
# corpus. New corpus entries and the harness's index go to a temporary folder, removed after.
# Without libFuzzer it says so and stops: the corpus is then still replayed through the same shim
# path by Tests/IndexerTests/Indexing/FuzzCorpusReplayTests.swift in `swift test`.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
CLANGXX="${CLANGXX:-/opt/swift/usr/bin/clang++}"
runs="${FUZZ_RUNS:-20000}"
seed="${FUZZ_SEED:-19}"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Is libFuzzer there at all? A one-line fuzz target says, apart from any fault in the harness.
echo 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char *, unsigned long) { return 0; }' > "$work/probe.cpp"
if ! "$CLANGXX" -fsanitize=fuzzer "$work/probe.cpp" -o "$work/probe" >/dev/null 2>&1; then
    echo "fuzz: no libFuzzer with $CLANGXX; skipping the bounded run (swift test replays the corpus instead)"
    exit 0
fi

if ! CLANGXX="$CLANGXX" "$here/build.sh" >"$work/build.log" 2>&1; then
    cat "$work/build.log" >&2
    echo "fuzz: FAIL: the harness does not build" >&2
    exit 1
fi
mkdir "$work/new" "$work/artifacts"
if ! TMPDIR="$work" "$here/queryparser_fuzz" -runs="$runs" -seed="$seed" -max_len=512 \
        -artifact_prefix="$work/artifacts/" "$work/new" "$here/corpus" >"$work/run.log" 2>&1; then
    tail -40 "$work/run.log" >&2
    for f in "$work"/artifacts/*; do
        [ -e "$f" ] && cp "$f" "$here/" && echo "fuzz: failing input kept as $here/$(basename "$f")" >&2
    done
    echo "fuzz: FAIL: libFuzzer found a failing input (seed $seed)" >&2
    exit 1
fi
echo "fuzz: ok ($(grep -Eo 'Done [0-9]+ runs in [0-9]+ second' "$work/run.log" | tail -1)s, seed $seed)"
