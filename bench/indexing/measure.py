#!/usr/bin/env python3
"""Indexing throughput only: NewsIndex's default `search index FOLDER` against the C++ baseline
(single writer) and the batched baseline, on one corpus folder, runs interleaved so that load from
others on a shared machine falls on every engine alike. Reuses bench/run's commands and timing.

    bench/indexing/measure.py [--corpus bench/out/corpus-10k] [--runs 3]
                              [--engines baseline,baseline-batched,newsindex] [--search PATH]
                              [--before PATH] [--db-dir /tmp/newsindex-measure]

Build the corpus first (`bench/corpus/build_corpus.py --limit 10000 --out bench/out/corpus-10k`).
Prints, per engine, median wall seconds, median CPU seconds (user + system: the steadier figure on a
shared machine), articles/s, max RSS and the ratio of articles/s to each baseline (medians of the
same run). `--before` adds `newsindex-before`: the same command with another build of `search`.
"""
import argparse, importlib.machinery, importlib.util, json, os, re, statistics, subprocess, sys, time

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(HERE)
loader = importlib.machinery.SourceFileLoader("bench_run", os.path.join(BENCH, "run"))
spec = importlib.util.spec_from_loader("bench_run", loader)
run = importlib.util.module_from_spec(spec)
loader.exec_module(run)


def timed(cmd):
    """Runs cmd under /usr/bin/time -v: (wall s, CPU s, max RSS MB)."""
    t = time.perf_counter()
    r = subprocess.run(["/usr/bin/time", "-v"] + cmd, text=True, capture_output=True)
    wall = time.perf_counter() - t
    if r.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({r.returncode}): {r.stderr[-2000:]}")
    field = lambda name: float(re.search(name + r": ([0-9.]+)", r.stderr).group(1))
    cpu = field(r"User time \(seconds\)") + field(r"System time \(seconds\)")
    return wall, cpu, field(r"Maximum resident set size \(kbytes\)") / 1024


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=os.path.join(run.OUT, "corpus-10k"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--engines", default="baseline,baseline-batched,newsindex")
    ap.add_argument("--search", help="a built search binary (default: swift build -c release)")
    ap.add_argument("--scratch")
    ap.add_argument("--before", help="another search binary, measured as newsindex-before")
    ap.add_argument("--db-dir", default="/tmp/newsindex-measure", help="where the indexes are written (and removed)")
    args = ap.parse_args()
    engines = [e for e in args.engines.split(",") if e]
    if args.before and "newsindex-before" not in engines:
        engines.append("newsindex-before")
    run.ensure_tools([e for e in engines if e != "newsindex-before"])
    tools = run.build(args)
    stamp = args.corpus.rstrip("/") + ".json"
    articles = json.load(open(stamp))["articles"] if os.path.exists(stamp) else None
    walls = {e: [] for e in engines}
    rss = {e: [] for e in engines}
    cpus = {e: [] for e in engines}
    for i in range(args.runs):
        for e in engines:
            db = os.path.join(args.db_dir, "indexing-" + e)
            os.makedirs(os.path.dirname(db), exist_ok=True)
            run.clear(db)
            engine, t = (e, tools) if e != "newsindex-before" else ("newsindex", (tools[0], args.before))
            w, c, m = timed(run.index_cmd(engine, t, args.corpus, db))
            walls[e].append(w)
            cpus[e].append(c)
            rss[e].append(m)
            run.log(f"run {i + 1}/{args.runs} {e}: {w:.2f} s wall, {c:.2f} s CPU, {m:.0f} MB")
            run.clear(db)
    med = {e: statistics.median(walls[e]) for e in engines}
    print(f"{articles or '?'} articles from {args.corpus}, {args.runs} runs each, interleaved; medians\n")
    print("| engine | wall s | CPU s | articles/s | max RSS MB | vs baseline | vs batched | runs wall (s) | runs CPU (s) |")
    print("|---|---:|---:|---:|---:|---:|---:|---|---|")
    for e in engines:
        rate = articles / med[e] if articles else float("nan")
        vs = lambda b: f"{med[b] / med[e]:.2f}×" if b in med else "—"
        print(f"| {e} | {med[e]:.2f} | {statistics.median(cpus[e]):.2f} | {rate:,.0f} | {statistics.median(rss[e]):.0f} | "
              f"{vs('baseline')} | {vs('baseline-batched')} | {', '.join(f'{w:.2f}' for w in walls[e])} | "
              f"{', '.join(f'{c:.2f}' for c in cpus[e])} |")


if __name__ == "__main__":
    main()
