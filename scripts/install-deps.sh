#!/usr/bin/env bash
# Make sure the build and demo dependencies of NewsIndex are present:
#   - Xapian 1.4 development files (libxapian-dev / xapian-core)
#   - Xapian tools: xapian-tcpsrv, xapian-compact, xapian-check, quest, delve
#   - zlib headers (zlib1g-dev), for .warc.gz web archives
#   - libxml2 (libxml2-dev) and pkg-config: the HTML parser for saved web pages, and what
#     Foundation's XMLParser uses for feeds, NITF and NewsML-G2
#   - Poppler's pdftotext and pdfinfo (poppler-utils), for PDF
#   - a Swift toolchain (6.1 or newer)
#   - man (Debian's man-db), which the install test (scripts/test-install.sh) renders the page with
# Quiet and does nothing when everything is already installed.
set -euo pipefail

have() { command -v "$1" >/dev/null 2>&1; }

xapian_present() {
    { { have pkg-config && pkg-config --exists xapian-core; } || [ -f /usr/include/xapian.h ]; } \
        && have xapian-tcpsrv
}

# The article formats' libraries and tools: zlib headers, libxml2, Poppler's command-line tools.
formats_present() {
    { { have pkg-config && pkg-config --exists zlib; } || [ -f /usr/include/zlib.h ]; } \
        && have pkg-config && pkg-config --exists libxml-2.0 \
        && have pdftotext && have pdfinfo
}

manual_help() {
    cat >&2 <<'MSG'
install-deps: Xapian 1.4 (library, headers and tools) is missing and could not be
installed automatically. Install it with your package manager, then run this again:

  Debian/Ubuntu:  sudo apt-get install libxapian-dev xapian-tools
  Fedora:         sudo dnf install xapian-core-devel xapian-core
  Arch Linux:     sudo pacman -S xapian-core
  macOS:          brew install xapian

The tools used are xapian-tcpsrv, xapian-compact, xapian-check, quest and delve
(named xapian-delve on Debian/Ubuntu).
MSG
}

apt_install() {
    # $@: prefix command ("" as root, "sudo -n" otherwise)
    local pkgs=(libxapian-dev xapian-tools zlib1g-dev libxml2-dev pkg-config poppler-utils)
    echo "install-deps: installing ${pkgs[*]} with apt-get" >&2
    export DEBIAN_FRONTEND=noninteractive
    # Try without refreshing the package lists first; refresh once if that fails.
    if "$@" apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null; then
        return 0
    fi
    "$@" apt-get update -qq >/dev/null
    "$@" apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null
}

install_xapian() {
    case "$(uname -s)" in
        Linux)
            if have apt-get; then
                if [ "$(id -u)" -eq 0 ]; then
                    apt_install env && return 0
                elif have sudo && sudo -n true 2>/dev/null; then
                    apt_install sudo -n && return 0
                fi
            fi
            ;;
        Darwin)
            if have brew; then
                echo "install-deps: installing xapian with Homebrew" >&2
                brew install xapian zlib libxml2 pkg-config poppler && return 0
            fi
            ;;
    esac
    return 1
}

status=0

if ! xapian_present || ! formats_present; then
    if ! install_xapian || ! xapian_present; then
        manual_help
        status=1
    elif ! formats_present; then
        cat >&2 <<'MSG'
install-deps: zlib, libxml2, pkg-config or Poppler's tools are missing. Install them, then run this again:
  Debian/Ubuntu:  sudo apt-get install zlib1g-dev libxml2-dev pkg-config poppler-utils
  Fedora:         sudo dnf install zlib-devel libxml2-devel pkgconf poppler-utils
  macOS:          brew install zlib libxml2 pkg-config poppler
MSG
        status=1
    fi
fi

install_man() {
    local run
    if [ "$(id -u)" -eq 0 ]; then run=(env)
    elif have sudo && sudo -n true 2>/dev/null; then run=(sudo -n)
    else return 1; fi
    echo "install-deps: installing man-db with apt-get" >&2
    "${run[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends man-db >/dev/null \
        || { "${run[@]}" apt-get update -qq >/dev/null \
             && "${run[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends man-db >/dev/null; }
}

if ! have man; then
    if ! { [ "$(uname -s)" = Linux ] && have apt-get && install_man; } || ! have man; then
        echo "install-deps: \`man\` is missing; the install test needs it (Debian/Ubuntu: apt-get install man-db)" >&2
        status=1
    fi
fi

if ! have swift; then
    cat >&2 <<'MSG'
install-deps: `swift` is not on PATH. NewsIndex needs Swift 6.1 or newer.
  Linux: download a toolchain from https://www.swift.org/install/linux/
         (or use swiftly: https://www.swift.org/install/) and add its usr/bin to PATH.
  macOS: install Xcode 16.3 or newer, or a toolchain from https://www.swift.org/install/macos/
MSG
    status=1
fi

# libcurl's development link: the release build links Foundation statically, and FoundationNetworking
# (used by the MCP SDK) then needs -lcurl.
if [ "$(uname -s)" = Linux ] && ! compgen -G "/usr/lib/*/libcurl.so" >/dev/null && [ ! -e /usr/lib/libcurl.so ] && have apt-get; then
    cpfx=()
    [ "$(id -u)" -eq 0 ] || { have sudo && sudo -n true 2>/dev/null && cpfx=(sudo -n); }
    echo "install-deps: installing libcurl4-openssl-dev with apt-get" >&2
    DEBIAN_FRONTEND=noninteractive "${cpfx[@]}" apt-get install -y -qq --no-install-recommends libcurl4-openssl-dev >/dev/null 2>&1 \
        || { "${cpfx[@]}" apt-get update -qq >/dev/null 2>&1 \
             && DEBIAN_FRONTEND=noninteractive "${cpfx[@]}" apt-get install -y -qq --no-install-recommends libcurl4-openssl-dev >/dev/null 2>&1; } \
        || { echo "install-deps: libcurl4-openssl-dev is missing; install it (the release build needs -lcurl)" >&2; status=1; }
fi

# Optional: Debian's Chromium for the browser test of `search serve` (scripts/browser-test.sh),
# which skips, saying why, when it is absent. Never a downloaded browser.
if ! have chromium && ! have chromium-browser && have apt-get; then
    pfx=()
    [ "$(id -u)" -eq 0 ] || { have sudo && sudo -n true 2>/dev/null && pfx=(sudo -n); }
    if [ "$(id -u)" -eq 0 ] || [ ${#pfx[@]} -gt 0 ]; then
        echo "install-deps: installing chromium (for the browser test) with apt-get" >&2
        export DEBIAN_FRONTEND=noninteractive
        "${pfx[@]}" apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null 2>&1 \
            || { "${pfx[@]}" apt-get update -qq >/dev/null 2>&1 \
                 && "${pfx[@]}" apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null 2>&1; } \
            || echo "install-deps: chromium could not be installed; the browser test will be skipped" >&2
    fi
fi

exit "$status"
