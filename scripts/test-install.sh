#!/usr/bin/env bash
# End-to-end check of `make install` and `make uninstall` (run by `make test`): installs into a
# temporary DESTDIR, runs the installed binary from another folder against an index named by
# NEWSINDEX_INDEX, loads the bash completion, renders the man page, uninstalls and checks that
# nothing is left. Uses the debug build (INSTALL_BIN overrides) so it needs no release build.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
SWIFT="${SWIFT:-swift}"
fail() { echo "test-install: FAIL: $*" >&2; exit 1; }

"$SWIFT" build --product search -q
"$SWIFT" build --product search-server -q
bin="${INSTALL_BIN:-$("$SWIFT" build --show-bin-path)/search}"
[ -x "$bin" ] || fail "no binary at $bin"
[ -x "$(dirname "$bin")/search-server" ] || fail "no search-server beside $bin"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
stage="$tmp/stage"
prefix=/usr/local
make -s --no-print-directory install-files DESTDIR="$stage" PREFIX="$prefix" INSTALL_BIN="$bin" >/dev/null
root="$stage$prefix"
search="$root/bin/search"
for f in bin/search bin/search-server share/newsindex/countries.tsv share/newsindex/leaders.tsv share/man/man1/search.1 \
         share/bash-completion/completions/search share/zsh/site-functions/_search \
         share/fish/vendor_completions.d/search.fish; do
    [ -s "$root/$f" ] || fail "make install did not install $f"
done

# From another folder, with the index named only by NEWSINDEX_INDEX.
elsewhere="$tmp/elsewhere"
mkdir "$elsewhere"
cd "$elsewhere"
export NEWSINDEX_INDEX="$tmp/index"
"$search" index "$repo/Examples" --quiet >/dev/null
[ ! -e "$elsewhere/Index" ] || fail "an index was made in the current folder despite NEWSINDEX_INDEX"
stats="$("$search" stats --json)"
grep -q '"index":"'"$tmp/index"'"' <<<"$stats" || fail "stats names another index: $stats"
grep -q '"index_source":"environment"' <<<"$stats" || fail "stats does not say NEWSINDEX_INDEX chose the index: $stats"
"$search" stats | grep -q '^Chosen by: *\$NEWSINDEX_INDEX' || fail "text stats does not name NEWSINDEX_INDEX"
# --index wins over the environment.
"$search" stats --json --index "$tmp/index" | grep -q '"index_source":"option"' || fail "--index did not win over NEWSINDEX_INDEX"
# A country filter and the tagger both need the gazetteer: found in share/newsindex.
hits="$("$search" query --country "South Korea" --json)"
grep -q '"total":[1-9]' <<<"$hits" || fail "no South Korea hits from the installed binary: $hits"
[ "$hits" = "$("$bin" query --country "South Korea" --json)" ] || fail "the installed binary answers differently from the build"
"$search" tag "$repo/Examples/americas/carney-sworn-in.json" | grep -q "CA Canada" \
    || fail "the installed binary tags no Canada: gazetteer files not found"
# The same binary alone (no share/newsindex beside it, and no fallback into the checkout) says so.
cp "$search" "$tmp/lonely"
if out="$("$tmp/lonely" tag "$repo/Examples/americas/carney-sworn-in.json" 2>&1)"; then
    fail "a binary without its data files still ran: $out"
fi
grep -q "gazetteer files .* not found" <<<"$out" || fail "unclear message without data files: $out"
# `search serve` runs the installed search-server (exec'd from beside bin/search, same process).
"$search" serve --port 0 >"$tmp/serve.out" 2>&1 &
server=$!
for _ in $(seq 1 100); do grep -q "^Serving" "$tmp/serve.out" 2>/dev/null && break; sleep 0.1; done
grep -q "^Serving $tmp/index at http://127.0.0.1:[0-9]*/" "$tmp/serve.out" || { kill "$server" 2>/dev/null; fail "the installed search serve did not start: $(cat "$tmp/serve.out")"; }
[ "$(ps -o comm= -p "$server")" = "search-server" ] || { kill "$server" 2>/dev/null; fail "search serve did not become search-server"; }
kill "$server"; wait "$server" 2>/dev/null || true
# Without search-server beside it, serve and mcp say so in one line, exit 2; their help still shows.
set +e
out="$("$tmp/lonely" mcp 2>&1)"; status=$?
set -e
[ "$status" = 2 ] || fail "search mcp without search-server exited $status: $out"
grep -q "^search: the server program search-server is missing (looked for $tmp/search-server)" <<<"$out" \
    || fail "unclear message without search-server: $out"
"$tmp/lonely" serve --help | grep -q -- "--port <port>" || fail "search serve --help needs search-server"
unset NEWSINDEX_INDEX
cd "$repo"

"$search" --version | grep -Eq '^search [0-9.]+, Xapian 1\.4\.[0-9]+, index schema [0-9]+$' \
    || fail "--version: $("$search" --version)"

# Completions: bash loads its script and registers the command; zsh and fish scripts name it.
bash -c 'source "$1" && complete -p search' _ "$root/share/bash-completion/completions/search" >/dev/null \
    || fail "the bash completion does not load"
grep -q '^#compdef search' "$root/share/zsh/site-functions/_search" || fail "zsh completion lacks #compdef search"
grep -q "^complete -c 'search'" "$root/share/fish/vendor_completions.d/search.fish" || fail "fish completion lacks complete -c search"

# The man page renders, and documents the index order.
command -v man >/dev/null || fail "man is missing (scripts/install-deps.sh installs man-db)"
page="$(MANWIDTH=80 man -l "$root/share/man/man1/search.1" 2>&1)" || fail "man -l failed: $page"
grep -q "NEWSINDEX_INDEX" <<<"$page" || fail "the man page does not document NEWSINDEX_INDEX"
grep -q "SYNOPSIS" <<<"$page" || fail "the man page has no SYNOPSIS"

make -s --no-print-directory uninstall DESTDIR="$stage" PREFIX="$prefix" >/dev/null
left="$(find "$stage" ! -type d)"
[ -z "$left" ] || fail "make uninstall left files behind: $left"
[ ! -e "$root/share/newsindex" ] || fail "make uninstall left share/newsindex"
echo "test-install: ok (install, run from another folder with NEWSINDEX_INDEX, completions, man page, uninstall)"
