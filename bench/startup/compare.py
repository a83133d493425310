#!/usr/bin/env python3
"""One-shot `search query WORDS --facets country,leader,date` processes, two binaries side by side.

    bench/startup/compare.py --index DB --queries FILE BIN_A BIN_B [--runs 20] [--rounds 3]

Each round runs the first --runs queries of FILE once per binary, alternating which binary goes
first, so both see the same load on a shared machine. Prints the median wall time (start to
output, as bench/run's "CLI single query" measures it) of each binary and B/A, per round and over
all rounds, and checks that both print the same output for every query.
"""
import argparse, statistics, subprocess, sys, time


def one(binary, query, index):
    cmd = [binary, "query", query, "--index", index, "--facets", "country,leader,date", "--limit", "10"]
    t = time.perf_counter()
    out = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout
    return (time.perf_counter() - t) * 1000, out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("a")
    ap.add_argument("b")
    ap.add_argument("--index", required=True)
    ap.add_argument("--queries", required=True)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    qs = [q.strip() for q in open(args.queries) if q.strip()][: args.runs]
    all_a, all_b, differ = [], [], 0
    for r in range(args.rounds):
        wa, wb = [], []
        for i, q in enumerate(qs):
            order = [(args.a, wa), (args.b, wb)] if (i + r) % 2 == 0 else [(args.b, wb), (args.a, wa)]
            outs = {}
            for binary, walls in order:
                ms, out = one(binary, q, args.index)
                walls.append(ms)
                outs[binary] = out
            differ += outs[args.a] != outs[args.b]
        ma, mb = statistics.median(wa), statistics.median(wb)
        print(f"round {r + 1}: A {ma:.2f} ms  B {mb:.2f} ms  B/A {mb / ma:.2f}")
        all_a += wa
        all_b += wb
    ma, mb = statistics.median(all_a), statistics.median(all_b)
    print(f"all {len(all_a)} runs each: A {ma:.2f} ms  B {mb:.2f} ms  B/A {mb / ma:.2f}")
    if differ:
        print(f"outputs differ for {differ} runs", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
