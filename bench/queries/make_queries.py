#!/usr/bin/env python3
"""Writes the fixed benchmark query set: 1,000 queries drawn from the corpus vocabulary
with a fixed seed (400 one-word, 400 two-word, 200 two- or three-word phrases).

    bench/queries/make_queries.py [--corpus bench/out/corpus-1x] [--out bench/out/queries.txt]

One query per line, in Xapian QueryParser syntax (words ANDed; phrases in double quotes),
which NewsIndex, the baseline, SQLite FTS5 and tantivy all read the same way
(bench/run adapts quoting per engine). Words are lower-case letters only, 3-20 long,
not stop words or query operators, and occur in at least 3 articles, so every
query matches something; two-word queries pair words that occur in one article.
"""
import argparse, os, random, re

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SEED = 20261129
STOP = set("""a about above after again against all also am an and any are as at be because been before
being below between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just me more most my
myself near no nor not now of off on once only or other our ours ourselves out over own same she should so
some such than that the their theirs them themselves then there these they this those through to too under
until up very was we were what when where which while who whom why will with would you your yours yourself
said says say mr mrs ms one two three new year years also would could reuter reuters adj""".split())
WORD = re.compile(r"[a-z]{3,20}")


def body_of(path):
    text = open(path, encoding="utf-8", errors="replace").read()
    head, _, body = text.partition("\n\n")
    return body


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=os.path.join(REPO, "bench", "out", "corpus-1x"))
    ap.add_argument("--out", default=os.path.join(REPO, "bench", "out", "queries.txt"))
    ap.add_argument("--count", type=int, default=1000)
    args = ap.parse_args()
    rng = random.Random(SEED)
    files = sorted(f for f in os.listdir(args.corpus) if f.endswith(".txt"))
    df = {}
    sample = rng.sample(files, min(len(files), 4000))
    docs = []
    for f in files:
        words = WORD.findall(body_of(os.path.join(args.corpus, f)).lower())
        for w in set(words):
            df[w] = df.get(w, 0) + 1
    for f in sample:
        docs.append(re.findall(r"[A-Za-z]+|[^A-Za-z\s]+", body_of(os.path.join(args.corpus, f))))
    ok = lambda w: w in df and df[w] >= 3 and w not in STOP and WORD.fullmatch(w)
    vocab = sorted(w for w in df if ok(w))
    weights = [df[w] ** 0.5 for w in vocab]   # favour common words, keep the tail
    n1, n2 = args.count * 2 // 5, args.count * 2 // 5
    n3 = args.count - n1 - n2
    queries = [rng.choices(vocab, weights)[0] for _ in range(n1)]
    while len(queries) < n1 + n2:
        toks = [t.lower() for t in rng.choice(docs) if t.isalpha()]
        cands = [t for t in toks if ok(t)]
        if len(set(cands)) < 2:
            continue
        a, b = rng.sample(sorted(set(cands)), 2)
        queries.append(f"{a} {b}")
    while len(queries) < args.count:
        toks = rng.choice(docs)
        n = rng.choice((2, 3))
        if len(toks) < n + 1:
            continue
        i = rng.randrange(len(toks) - n)
        span = toks[i:i + n]
        if all(t.isalpha() and WORD.fullmatch(t.lower()) and t.lower() not in ("and", "or", "not", "near", "adj") for t in span) \
                and any(ok(t.lower()) for t in span):
            queries.append('"' + " ".join(t.lower() for t in span) + '"')
    rng.shuffle(queries)
    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, "w") as f:
        f.write("\n".join(queries) + "\n")
    print(f"{len(queries)} queries -> {args.out}")


if __name__ == "__main__":
    main()
