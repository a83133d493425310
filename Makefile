# NewsIndex — build, test and demo targets (GNU make).
#
#   make demo     install deps, build release, index Examples/, run sample searches
#   make test     install deps, run the test suite, the install test (scripts/test-install.sh)
#                 and a bounded libFuzzer run (scripts/fuzz/run-bounded.sh)
#   make build    debug build
#   make release  release build
#   make bench    run the benchmarks (bench/run; BENCH_ARGS=--round2 for the README's targets table, --quick for a short run)
#   make install  release build, then install the binaries (search, search-server), the data
#                 files, completions and man page under PREFIX (default /usr/local); DESTDIR stages for packagers
#   make uninstall  remove exactly the files `make install` installed
#   make clean    remove .build and the index databases (keeps Index/README.md)

SWIFT   ?= swift
INDEX   ?= Index
SEARCH  := .build/release/search
# On Linux the release binary links the Swift runtime and Foundation statically: a one-shot
# `search` then starts in about half the time (no dynamic relocation of libFoundation and ICU).
RELEASE_FLAGS ?= $(if $(filter Linux,$(shell uname -s)),--static-swift-stdlib,)

# Installed layout. The binary finds its gazetteer files in ../share/newsindex beside its own
# folder (see Sources/Indexer/Recognition/Gazetteer/GazetteerFiles.swift for the lookup order).
PREFIX  ?= /usr/local
DESTDIR ?=
INSTALL ?= install
# The binaries `install-files` copies; the install test points them at the debug build.
INSTALL_BIN ?= $(SEARCH)
INSTALL_SERVER_BIN ?= $(dir $(INSTALL_BIN))search-server
MANPAGE_DIR := .build/man
bindir  := $(DESTDIR)$(PREFIX)/bin
datadir := $(DESTDIR)$(PREFIX)/share/newsindex
man1dir := $(DESTDIR)$(PREFIX)/share/man/man1
bashdir := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
zshdir  := $(DESTDIR)$(PREFIX)/share/zsh/site-functions
fishdir := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
RESOURCES := Sources/Indexer/Resources/countries.tsv Sources/Indexer/Resources/leaders.tsv
INSTALLED := $(bindir)/search $(bindir)/search-server $(datadir)/countries.tsv $(datadir)/leaders.tsv $(man1dir)/search.1 \
             $(bashdir)/search $(zshdir)/_search $(fishdir)/search.fish

.PHONY: all deps build release demo test bench clean install install-files man uninstall

all: build

deps:
	@echo "==> checking dependencies (scripts/install-deps.sh)"
	@./scripts/install-deps.sh

build: deps
	@echo "==> swift build (debug)"
	$(SWIFT) build

# Two executables: `search`, and `search-server` (`search serve` and `search mcp` exec it).
release: deps
	@echo "==> swift build -c release --product search, then --product search-server"
	$(SWIFT) build -c release --product search $(RELEASE_FLAGS)
	$(SWIFT) build -c release --product search-server $(RELEASE_FLAGS)

demo: release
	@echo "==> indexing Examples/ into $(INDEX)/"
	$(SEARCH) index Examples --index $(INDEX) --spelling
	@echo "==> search: trade tariffs, with country, leader and date facets"
	$(SEARCH) query trade tariffs --index $(INDEX) --facets country,leader,date --limit 3
	@echo "==> search: articles about South Korea that mention Lee Jae-myung"
	$(SEARCH) query 'country:KR leader:"Lee Jae-myung"' --index $(INDEX)
	@echo "==> search: climate since 2025-06-01, newest first"
	$(SEARCH) query climate --from 2025-06-01 --sort=-date --index $(INDEX) --limit 3
	@echo "==> search: a misspelt word finds nothing, and the spelling table suggests a correction"
	$(SEARCH) query tarifs --index $(INDEX) --limit 3
	@echo "==> facets: articles per country over the whole sample"
	$(SEARCH) facets --by country --index $(INDEX)
	@echo "==> explore it in your browser: run this, then open http://127.0.0.1:8080/"
	@echo "$(SEARCH) serve --index $(INDEX)"

test: deps
	@echo "==> swift test"
	$(SWIFT) test
	@echo "==> browser test of search serve (scripts/browser-test.sh)"
	./scripts/browser-test.sh
	@echo "==> make install / uninstall into a temporary DESTDIR (scripts/test-install.sh)"
	./scripts/test-install.sh
	@echo "==> bounded libFuzzer run of the shim's query path (scripts/fuzz/run-bounded.sh)"
	./scripts/fuzz/run-bounded.sh
	@echo "==> the benchmark's targets-table logic (bench/test_targets.py)"
	python3 bench/test_targets.py

# BENCH_ARGS: e.g. `make bench BENCH_ARGS=--quick` or `BENCH_ARGS="--scale 1 --scale 4"`.
bench: release
	@echo "==> bench/run $(BENCH_ARGS) (corpora: ../shared/corpora or NEWSINDEX_CORPORA)"
	./bench/run --search $(SEARCH) $(BENCH_ARGS)

install: release
	@$(MAKE) --no-print-directory install-files

# The man page comes from the binary's own help, by swift-argument-parser's generate-manual tool.
man:
	@echo "==> man page: $(MANPAGE_DIR)/search.1 (swift-argument-parser generate-manual)"
	@$(SWIFT) build --product generate-manual -q
	@mkdir -p $(MANPAGE_DIR)
	@"$$($(SWIFT) build --show-bin-path)/generate-manual" "$(INSTALL_BIN)" --section 1 --output-directory $(MANPAGE_DIR)

# Installs what is already built (INSTALL_BIN), without building the release binary first.
install-files: man
	@echo "==> installing search into $(DESTDIR)$(PREFIX)"
	$(INSTALL) -d "$(bindir)" "$(datadir)" "$(man1dir)" "$(bashdir)" "$(zshdir)" "$(fishdir)"
	$(INSTALL) -m 755 "$(INSTALL_BIN)" "$(bindir)/search"
	$(INSTALL) -m 755 "$(INSTALL_SERVER_BIN)" "$(bindir)/search-server"
	$(INSTALL) -m 644 $(RESOURCES) "$(datadir)/"
	$(INSTALL) -m 644 $(MANPAGE_DIR)/search.1 "$(man1dir)/search.1"
	"$(INSTALL_BIN)" --generate-completion-script bash > "$(bashdir)/search"
	"$(INSTALL_BIN)" --generate-completion-script zsh > "$(zshdir)/_search"
	"$(INSTALL_BIN)" --generate-completion-script fish > "$(fishdir)/search.fish"

# Only the files above, and the data folder that is ours alone; shared folders stay.
uninstall:
	@echo "==> removing search from $(DESTDIR)$(PREFIX)"
	rm -f $(INSTALLED)
	@if [ -d "$(datadir)" ]; then \
		rmdir "$(datadir)" 2>/dev/null || echo "kept $(datadir): it holds files make install did not put there"; \
	fi

clean:
	@echo "==> removing .build and the index databases in $(INDEX)/ (keeping $(INDEX)/README.md)"
	rm -rf .build
	@if [ -d "$(INDEX)" ]; then \
		find "$(INDEX)" -mindepth 1 -maxdepth 1 ! -name README.md -exec rm -rf {} +; \
	fi
