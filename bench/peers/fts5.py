#!/usr/bin/env python3
"""SQLite FTS5 peer, through Python's sqlite3 (porter stemmer over unicode61, title weighted 4x in bm25).

    fts5.py index CORPUS_DIR DB
    fts5.py query DB QUERIES [--facet] [--passes N]     (JSON: per-pass p50/p95 ms, totals)
"""
import json, os, sqlite3, statistics, sys, time


def read(path):
    text = open(path, encoding="utf-8", errors="replace").read()
    head, _, body = text.partition("\n\n")
    title = date = ""
    for line in head.split("\n"):
        if line.startswith("Title: "):
            title = line[7:]
        elif line.startswith("Date: "):
            date = line[6:]
    return title, date, body


def index(corpus, db):
    if os.path.exists(db):
        os.remove(db)
    t = time.perf_counter()
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("CREATE VIRTUAL TABLE docs USING fts5(title, body, path UNINDEXED, year UNINDEXED, tokenize='porter unicode61')")
    names = sorted(f for f in os.listdir(corpus) if f.endswith(".txt"))
    with con:
        for n in names:
            title, date, body = read(os.path.join(corpus, n))
            con.execute("INSERT INTO docs(title, body, path, year) VALUES (?,?,?,?)", (title, body, n, date[:4]))
    con.execute("INSERT INTO docs(docs) VALUES ('optimize')")
    con.commit()
    con.close()
    s = time.perf_counter() - t
    print(json.dumps({"articles": len(names), "seconds": s, "per_second": len(names) / s}))


def pct(v, p):
    v = sorted(v)
    return v[min(len(v) - 1, int(p * (len(v) - 1) + 0.5))]


def query(db, qfile, facet, passes):
    qs = [l.strip() for l in open(qfile) if l.strip()]
    con = sqlite3.connect(db)
    top = "SELECT path, title, body FROM docs WHERE docs MATCH ? ORDER BY bm25(docs, 4.0, 1.0) LIMIT 10"
    years = "SELECT year, count(*) FROM docs WHERE docs MATCH ? GROUP BY year"
    out = {"queries": len(qs), "facet": facet, "p50_ms": [], "p95_ms": [], "total_s": [], "errors": 0}
    for _ in range(passes):
        ms, start, errors = [], time.perf_counter(), 0
        for q in qs:
            t = time.perf_counter()
            try:
                rows = con.execute(top, (q,)).fetchall()
                if facet:
                    con.execute(years, (q,)).fetchall()
            except sqlite3.Error:
                errors += 1
            ms.append((time.perf_counter() - t) * 1000)
        out["total_s"].append(time.perf_counter() - start)
        out["p50_ms"].append(pct(ms, 0.5))
        out["p95_ms"].append(pct(ms, 0.95))
        out["errors"] = errors
    print(json.dumps(out))


if __name__ == "__main__":
    a = sys.argv[1:]
    if len(a) >= 3 and a[0] == "index":
        index(a[1], a[2])
    elif len(a) >= 3 and a[0] == "query":
        passes = int(a[a.index("--passes") + 1]) if "--passes" in a else 3
        query(a[1], a[2], "--facet" in a, passes)
    else:
        sys.exit(__doc__)
