"""The measurements bench/run's targets table needs beyond its engine table (issue 18): the
end-to-end batch and its per-line overhead, the HTTP server under wrk, and perf-tag's tagging rows.

Definitions (the README's Performance section repeats them):
- batch wall: one `search query --stdin --json --limit 10 --index DB` process answering every
  query (snippets on, no facets), from spawn to exit with its output read through a pipe;
  median over passes.
- start-up: the same process with empty input (spawn, argument parsing, opening the index, exit);
  median of `startup_runs`.
- per-line overhead: (batch wall - start-up - sum of the per-query times printed by a `--timing`
  pass run right after it) / queries, median over passes. `--timing` covers what the CLI calls the search
  (at the time of writing: the reopen check and the search, snippets included); everything else
  a line costs is overhead: reading and splitting the line, parsing its flags, building the
  request, writing the JSON and flushing it.
"""
import importlib.machinery, importlib.util, json, os, re, statistics, subprocess, sys, tempfile, time, urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))


def batch_lines(qfile, extra=""):
    lines = []
    for q in open(qfile):
        q = q.strip()
        if q:
            # Batch lines are split like a shell: keep a phrase's double quotes inside single quotes.
            lines.append(("'" + q + "'" if q.startswith('"') else q) + extra)
    return lines


def _wall(cmd, data):
    t = time.perf_counter()
    r = subprocess.run(cmd, input=data, text=True, capture_output=True)
    return time.perf_counter() - t, r


def batch(search, db, qfile, passes=3, startup_runs=10):
    lines = batch_lines(qfile)
    data = "\n".join(lines) + "\n"
    cmd = [search, "query", "--stdin", "--json", "--limit", "10", "--index", db]
    walls, overheads, query_s, answered = [], [], [], None
    startups = [_wall(cmd, "")[0] for _ in range(startup_runs)]
    startup = statistics.median(startups)
    for _ in range(passes):
        w, r = _wall(cmd, data)
        walls.append(w)
        answered = sum(1 for line in r.stdout.splitlines() if line.startswith("{") and "error" not in json.loads(line))
        # The query times come from a --timing pass right after; the overhead is taken from the
        # plain pass's wall, so the timing lines' own writes are not counted in it.
        _, r = _wall(cmd + ["--timing"], data)
        ms = [float(x) for x in re.findall(r"^timing\t([0-9.]+)$", r.stderr, re.M)]
        query_s.append(sum(ms) / 1000)
        overheads.append((w - startup - sum(ms) / 1000) / max(len(lines), 1) * 1000)
    return {"queries": len(lines), "answered": answered, "wall_s": statistics.median(walls), "walls_s": walls,
            "startup_ms": startup * 1000, "query_s": statistics.median(query_s),
            "overhead_ms": statistics.median(overheads), "overheads_ms": overheads}


def _serve_load():
    """bench/serve-load as a module: its server start, wrk run and Lua script are reused as they are."""
    loader = importlib.machinery.SourceFileLoader("serve_load", os.path.join(HERE, "serve-load"))
    spec = importlib.util.spec_from_loader("serve_load", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def http(search, db, qfile, out_dir, connections=16, seconds=20, one_seconds=10):
    """`search serve` on DB: wrk at 1 connection and at `connections`, over `/api/search?q=…&facets=
    country,leader,date` for every query, in a random order that repeats. None when wrk is missing."""
    sl = _serve_load()
    try:
        sl.ensure_wrk()
    except SystemExit as e:
        print("bench:", e, file=sys.stderr)
        return None
    paths = os.path.join(out_dir, "round2-http-paths.txt")
    with open(paths, "w") as f:
        for q in (line.strip() for line in open(qfile)):
            if q:
                f.write("/api/search?" + urllib.parse.urlencode({"q": q, "facets": "country,leader,date"}) + "\n")
    lua = os.path.join(out_dir, "serve-load.lua")
    with open(lua, "w") as f:
        f.write(sl.LUA)
    server, url = sl.start_server(search, db)
    try:
        one = sl.wrk(url, paths, lua, 1, one_seconds)
        many = sl.wrk(url, paths, lua, connections, seconds)
        rss_mb = sl.rss_kb(server.pid) / 1024
    finally:
        server.terminate()
        server.wait()
    return {"connections": connections, "one": one, "many": many, "rss_mb": rss_mb}


def tagging(search, repo, out_dir, timeout=900):
    """perf-tag's bench/tagging/run --json FILE, its rows as they are; None (with a message) when
    the script is absent, fails or runs past `timeout` seconds."""
    script = os.path.join(HERE, "tagging", "run")
    if not os.path.exists(script):
        print("bench: bench/tagging/run is absent; no tagging rows", file=sys.stderr)
        return None
    out = os.path.join(out_dir, "tagging.json")
    if os.path.exists(out):
        os.remove(out)
    for cmd in ([script, "--search", search, "--json", out], [script, "--json", out]):
        try:
            r = subprocess.run(cmd, cwd=repo, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            print(f"bench: bench/tagging/run ran past {timeout} s; no tagging rows", file=sys.stderr)
            return None
        if r.returncode == 0 and os.path.exists(out):
            return json.load(open(out)).get("rows", [])
        if "unrecognized arguments" not in r.stderr:
            break
    print("bench: bench/tagging/run failed:", r.stderr.strip()[-500:], file=sys.stderr)
    return None
