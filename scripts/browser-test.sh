#!/usr/bin/env bash
# The browser test of `search serve` (Tests/Browser/browser_test.py), run by `make test`.
# Uses Debian's Chromium (scripts/install-deps.sh installs it) through Playwright for Python in
# a venv under .build/; Playwright never downloads a browser here. Without Chromium or Python
# the test is skipped, saying why.
set -euo pipefail
cd "$(dirname "$0")/.."

SEARCH=${SEARCH:-.build/debug/search}
SHOTS=.build/screenshots
VENV=.build/browser-venv

skip() { echo "browser test: SKIPPED: $*"; exit 0; }

CHROMIUM=$(command -v chromium || command -v chromium-browser || true)
[ -n "$CHROMIUM" ] || skip "no chromium on PATH (scripts/install-deps.sh installs Debian's chromium; it could not here)"
command -v python3 >/dev/null || skip "no python3"
[ -x "$SEARCH" ] || { echo "browser test: $SEARCH is missing; run swift build first" >&2; exit 1; }

if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import playwright" 2>/dev/null; then
    echo "==> browser test: creating $VENV with playwright (no browser download)"
    python3 -m venv "$VENV" || skip "python3 cannot create a venv (install python3-venv)"
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "$VENV/bin/pip" install -q playwright \
        || skip "pip could not install playwright"
fi

work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

"$SEARCH" index Examples --index "$work/index" --spelling >/dev/null
"$SEARCH" serve --index "$work/index" --port 0 >"$work/serve.out" 2>&1 &
server=$!
for _ in $(seq 1 100); do
    grep -q "^Serving" "$work/serve.out" 2>/dev/null && break
    sleep 0.1
done
url=$(sed -n 's/^Serving .* at \(http[^ ]*\) .*/\1/p' "$work/serve.out")
[ -n "$url" ] || { echo "browser test: the server did not start:" >&2; cat "$work/serve.out" >&2; exit 1; }

mkdir -p "$SHOTS"
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 "$VENV/bin/python" Tests/Browser/browser_test.py "$url" "$CHROMIUM" "$SHOTS"
