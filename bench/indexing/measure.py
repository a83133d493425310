#!/usr/bin/env python3
"""Indexing throughput only: NewsIndex's default `search index FOLDER` against the C++ baseline
(single writer) and the batched baseline, on one corpus folder, runs interleaved so that load from
others on a shared machine falls on every engine alike. Reuses bench/run's commands and timing.

    bench/indexing/measure.py [--corpus bench/out/corpus-10k] [--runs 3]
                              [--engines baseline,baseline-batched,newsindex] [--search PATH]

Build the corpus first (`bench/corpus/build_corpus.py --limit 10000 --out bench/out/corpus-10k`).
Prints, per engine, median wall seconds, articles/s, max RSS and the ratio of articles/s to each
baseline (medians of the same run).
"""
import argparse, importlib.machinery, importlib.util, json, os, statistics, sys

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(HERE)
loader = importlib.machinery.SourceFileLoader("bench_run", os.path.join(BENCH, "run"))
spec = importlib.util.spec_from_loader("bench_run", loader)
run = importlib.util.module_from_spec(spec)
loader.exec_module(run)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=os.path.join(run.OUT, "corpus-10k"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--engines", default="baseline,baseline-batched,newsindex")
    ap.add_argument("--search", help="a built search binary (default: swift build -c release)")
    ap.add_argument("--scratch")
    args = ap.parse_args()
    engines = [e for e in args.engines.split(",") if e]
    run.ensure_tools(engines)
    tools = run.build(args)
    stamp = args.corpus.rstrip("/") + ".json"
    articles = json.load(open(stamp))["articles"] if os.path.exists(stamp) else None
    walls = {e: [] for e in engines}
    rss = {e: [] for e in engines}
    for i in range(args.runs):
        for e in engines:
            db = os.path.join(run.OUT, "db", "indexing-" + e)
            os.makedirs(os.path.dirname(db), exist_ok=True)
            run.clear(db)
            w, m, _ = run.timed(run.index_cmd(e, tools, args.corpus, db))
            walls[e].append(w)
            rss[e].append(m)
            run.log(f"run {i + 1}/{args.runs} {e}: {w:.2f} s, {m:.0f} MB")
            run.clear(db)
    med = {e: statistics.median(walls[e]) for e in engines}
    print(f"{articles or '?'} articles from {args.corpus}, {args.runs} runs each, interleaved; medians\n")
    print("| engine | wall s | articles/s | max RSS MB | vs baseline | vs batched | runs (s) |")
    print("|---|---:|---:|---:|---:|---:|---|")
    for e in engines:
        rate = articles / med[e] if articles else float("nan")
        vs = lambda b: f"{med[b] / med[e]:.2f}×" if b in med else "—"
        print(f"| {e} | {med[e]:.2f} | {rate:,.0f} | {statistics.median(rss[e]):.0f} | {vs('baseline')} | "
              f"{vs('baseline-batched')} | {', '.join(f'{w:.2f}' for w in walls[e])} |")


if __name__ == "__main__":
    main()
