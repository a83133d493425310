#!/usr/bin/env bash
# Builds the libFuzzer harness for the C shim's query path (clang from the Swift toolchain).
#   scripts/fuzz/build.sh && scripts/fuzz/queryparser_fuzz -runs=1000000 scripts/fuzz/corpus
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$here/../.."
CLANGXX="${CLANGXX:-/opt/swift/usr/bin/clang++}"
"$CLANGXX" -g -O1 -std=gnu++17 -fsanitize=fuzzer,address,undefined \
    -I "$root/Sources/CXapian/include" \
    "$here/queryparser_fuzz.cpp" "$root/Sources/CXapian/cxapian.cpp" \
    -lxapian -o "$here/queryparser_fuzz"
echo "built $here/queryparser_fuzz"
