#!/usr/bin/env python3
"""Query latency through one database, local shards behind a stub, and remote shards
served by xapian-tcpsrv on loopback, all holding the same articles.

    latency.py --search BIN --queries queries.txt --out DIR \
        --local one=PATH --local two-local=STUB --remote two-remote=SHARD0,SHARD1 [--repeat 5]

Each configuration runs in ONE `search --stdin --json` process (in-process latency, as a
server would see it): the driver writes a query line, reads the JSON answer line and times
the round trip. One warm-up pass, then --repeat timed passes over the fixed list. Totals are
compared across configurations: they must be equal (same articles).
"""
import argparse, json, os, signal, socket, statistics, subprocess, sys, time


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """xapian-tcpsrv in its own session: on SIGTERM it signals its whole process group."""

    def __init__(self, shard, log):
        for _ in range(5):
            self.port = free_port()
            self.proc = subprocess.Popen(
                ["xapian-tcpsrv", "--port", str(self.port), "--interface", "127.0.0.1", "--quiet", shard],
                stdout=log, stderr=log, start_new_session=True)
            deadline = time.time() + 10
            while time.time() < deadline and self.proc.poll() is None:
                try:
                    socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                    return
                except OSError:
                    time.sleep(0.05)
            self.stop()
        raise SystemExit(f"xapian-tcpsrv did not start for {shard}")

    def stop(self):
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGTERM)
                self.proc.wait(timeout=3)
            except (subprocess.TimeoutExpired, ProcessLookupError):
                pass
        try:
            os.killpg(self.proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.proc.wait()


def pct(xs, p):
    xs = sorted(xs)
    k = (len(xs) - 1) * p
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def measure(search, index, queries, repeat):
    env = dict(os.environ, NO_COLOR="1")
    # stdbuf: Swift's print goes through C stdio, which is block-buffered on a pipe.
    p = subprocess.Popen(["stdbuf", "-oL", search, "--stdin", "--json", "--index", index],
                         stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1, env=env)
    totals, exact, times = {}, {}, {q: [] for q in queries}
    for rnd in range(repeat + 1):
        for q in queries:
            t0 = time.perf_counter()
            p.stdin.write(q + "\n")
            p.stdin.flush()
            line = p.stdout.readline()
            dt = time.perf_counter() - t0
            if not line:
                raise SystemExit(f"search exited: {p.stderr.read()}")
            answer = json.loads(line)
            if "error" in answer:
                raise SystemExit(f"{q}: {answer['error']}")
            totals[q] = answer["total"]
            exact[q] = answer["exact"]
            if rnd > 0:
                times[q].append(dt * 1000)
    p.stdin.close()
    p.wait()
    return totals, exact, times


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--search", required=True)
    ap.add_argument("--queries", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--local", action="append", default=[], help="LABEL=PATH (database folder or stub)")
    ap.add_argument("--remote", action="append", default=[], help="LABEL=SHARD,SHARD,... served by xapian-tcpsrv")
    a = ap.parse_args()
    queries = [l.strip() for l in open(a.queries) if l.strip() and not l.startswith("#")]
    configs = [tuple(x.split("=", 1)) for x in a.local]
    servers = []
    log = open(os.path.join(a.out, "tcpsrv.log"), "w")
    results = {}
    try:
        for item in a.remote:
            label, shards = item.split("=", 1)
            stub = os.path.join(a.out, label + ".stub")
            mine = [Server(s, log) for s in shards.split(",")]
            servers += mine
            with open(stub, "w") as f:
                f.writelines(f"remote 127.0.0.1:{s.port}\n" for s in mine)
            configs.append((label, stub))
        for label, index in configs:
            totals, exact, times = measure(a.search, index, queries, a.repeat)
            allt = [t for ts in times.values() for t in ts]
            per_query_median = {q: statistics.median(ts) for q, ts in times.items()}
            results[label] = {"index": index, "p50_ms": pct(allt, 0.5), "p95_ms": pct(allt, 0.95),
                              "mean_ms": statistics.mean(allt), "totals": totals, "exact": exact, "per_query_median_ms": per_query_median}
            print(f"{label:14s} p50 {results[label]['p50_ms']:7.2f} ms  p95 {results[label]['p95_ms']:7.2f} ms  "
                  f"mean {results[label]['mean_ms']:7.2f} ms", flush=True)
    finally:
        for s in servers:
            s.stop()
    base_label = configs[0][0]
    base = results[base_label]
    # Exact totals must agree. Top-10 queries without facets report Xapian's estimate, which
    # depends on how the postings are split, so those are only listed.
    mismatches, estimates = [], []
    for label, r in results.items():
        for q in queries:
            if r["totals"][q] == base["totals"][q]:
                continue
            both_exact = r["exact"][q] and base["exact"][q]
            (mismatches if both_exact else estimates).append((label, q))
    for label, q in mismatches:
        print(f"MISMATCH {label}: {q!r} exact total {results[label]['totals'][q]} vs {base['totals'][q]}")
    if estimates:
        print(f"({len(estimates)} estimated totals differ from {base_label}'s estimate; exact totals all agree)"
              if not mismatches else f"({len(estimates)} estimated totals differ)")
    summary = {"queries": len(queries), "repeat": a.repeat, "baseline": base_label, "results": results,
               "mismatches": mismatches, "estimate_differences": estimates}
    with open(os.path.join(a.out, "latency.json"), "w") as f:
        json.dump(summary, f, indent=1)
    print(f"\n| configuration | p50 ms | p95 ms | p50 / {base_label} | p95 / {base_label} |")
    print("|---|---:|---:|---:|---:|")
    for label, r in results.items():
        print(f"| {label} | {r['p50_ms']:.2f} | {r['p95_ms']:.2f} | {r['p50_ms'] / base['p50_ms']:.2f}× | {r['p95_ms'] / base['p95_ms']:.2f}× |")
    labels = list(results)
    print("\nPer query, median ms:\n")
    print("| query | exact total | " + " | ".join(labels) + " |")
    print("|---|---:|" + "---:|" * len(labels))
    for q in queries:
        t = base["totals"][q] if base["exact"][q] else f"~{base['totals'][q]}"
        print(f"| `{q}` | {t} | " + " | ".join(f"{results[l]['per_query_median_ms'][q]:.1f}" for l in labels) + " |")
    if mismatches:
        sys.exit(1)


if __name__ == "__main__":
    main()
