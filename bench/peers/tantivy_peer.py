#!/usr/bin/env python3
"""tantivy peer, through its Python package (en_stem tokenizer, positions, title boosted 4x).
Skipped by bench/run when `import tantivy` fails. tantivy's writer uses several threads.

    tantivy_peer.py index CORPUS_DIR DB
    tantivy_peer.py query DB QUERIES [--facet] [--passes N]
"""
import json, os, shutil, sys, time

import tantivy

from fts5 import pct, read


def schema():
    b = tantivy.SchemaBuilder()
    b.add_text_field("title", stored=True, tokenizer_name="en_stem", index_option="position")
    b.add_text_field("body", stored=True, tokenizer_name="en_stem", index_option="position")
    b.add_text_field("path", stored=True, tokenizer_name="raw")
    b.add_integer_field("year", stored=True, indexed=True, fast=True)
    return b.build()


def index(corpus, db):
    shutil.rmtree(db, ignore_errors=True)
    os.makedirs(db)
    t = time.perf_counter()
    ix = tantivy.Index(schema(), path=db)
    w = ix.writer(heap_size=200_000_000)
    names = sorted(f for f in os.listdir(corpus) if f.endswith(".txt"))
    for n in names:
        title, date, body = read(os.path.join(corpus, n))
        w.add_document(tantivy.Document(title=title, body=body, path=n, year=int(date[:4]) if date[:4].isdigit() else 0))
    w.commit()
    w.wait_merging_threads()
    s = time.perf_counter() - t
    print(json.dumps({"articles": len(names), "seconds": s, "per_second": len(names) / s}))


def conj(q):
    """Xapian's default AND, in tantivy's syntax: every word or phrase required."""
    if q.startswith('"'):
        return q
    return " ".join("+" + w for w in q.split())


def query(db, qfile, facet, passes):
    qs = [l.strip() for l in open(qfile) if l.strip()]
    ix = tantivy.Index.open(db)
    ix.reload()
    s = ix.searcher()
    agg = {"years": {"terms": {"field": "year", "size": 100}}}
    out = {"queries": len(qs), "facet": facet, "p50_ms": [], "p95_ms": [], "total_s": [], "errors": 0}
    for _ in range(passes):
        ms, start, errors = [], time.perf_counter(), 0
        for q in qs:
            t = time.perf_counter()
            try:
                query = ix.parse_query(conj(q), ["title", "body"], field_boosts={"title": 4.0})
                r = s.search(query, 10)
                for _score, addr in r.hits:
                    s.doc(addr)
                if facet:
                    s.aggregate(query, agg)
            except Exception:
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
