# NewsIndex — build, test and demo targets (GNU make).
#
#   make demo     install deps, build release, index Examples/, run sample searches
#   make test     install deps, run the test suite
#   make build    debug build
#   make release  release build
#   make bench    run the benchmarks (bench/run; BENCH_ARGS=--quick for a short run)
#   make clean    remove .build and the index databases (keeps Index/README.md)

SWIFT   ?= swift
INDEX   ?= Index
SEARCH  := .build/release/search
# On Linux the release binary links the Swift runtime and Foundation statically: a one-shot
# `search` then starts in about half the time (no dynamic relocation of libFoundation and ICU).
RELEASE_FLAGS ?= $(if $(filter Linux,$(shell uname -s)),--static-swift-stdlib,)

.PHONY: all deps build release demo test bench clean

all: build

deps:
	@echo "==> checking dependencies (scripts/install-deps.sh)"
	@./scripts/install-deps.sh

build: deps
	@echo "==> swift build (debug)"
	$(SWIFT) build

release: deps
	@echo "==> swift build -c release"
	$(SWIFT) build -c release $(RELEASE_FLAGS)

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

# BENCH_ARGS: e.g. `make bench BENCH_ARGS=--quick` or `BENCH_ARGS="--scale 1 --scale 4"`.
bench: release
	@echo "==> bench/run $(BENCH_ARGS) (corpora: ../shared/corpora or NEWSINDEX_CORPORA)"
	./bench/run --search $(SEARCH) $(BENCH_ARGS)

clean:
	@echo "==> removing .build and the index databases in $(INDEX)/ (keeping $(INDEX)/README.md)"
	rm -rf .build
	@if [ -d "$(INDEX)" ]; then \
		find "$(INDEX)" -mindepth 1 -maxdepth 1 ! -name README.md -exec rm -rf {} +; \
	fi
