#!/usr/bin/env python3
"""Side-by-side timing of two `search` builds (e.g. before and after a gazetteer change).

    python3 bench/reuters/compare.py OLD_DIR NEW_DIR ARTICLES_DIR [--rounds 5]

Each DIR holds a `search` binary and its `NewsIndex_Indexer.resources` (copy them out of
`.build/release`, and swap in another leaders.tsv to time data alone). Rounds alternate
old/new so machine load falls on both. Reports medians of:
- start-up: `search tag` of a one-sentence article (process start, gazetteer load, phrase
  indexes, one article);
- one-shot query start-up: `search query` against a one-article index (no tagging);
- tag: `search tag ARTICLES_DIR --json` (the Reuters TEST split from extract.py).
Stdlib only.
"""
import argparse, os, statistics, subprocess, tempfile, time


def timed(cmd):
    t = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - t


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('old')
    ap.add_argument('new')
    ap.add_argument('articles')
    ap.add_argument('--rounds', type=int, default=5)
    a = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix='gazetteer-compare-')
    one = os.path.join(tmp, 'one', 'a.txt')
    os.makedirs(os.path.dirname(one))
    with open(one, 'w') as f:
        f.write('Talks\n\nGENEVA, March 5, 2024 - Prime Minister Keir Starmer met President Xi Jinping on Tuesday.\n')
    results = {k: {'startup': [], 'query': [], 'tag': []} for k in ('old', 'new')}
    index = {}
    for k in ('old', 'new'):
        index[k] = os.path.join(tmp, f'index-{k}')
        subprocess.run([os.path.join(getattr(a, k), 'search'), 'index', os.path.dirname(one), '--index', index[k]],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    for _ in range(a.rounds):
        for k in ('old', 'new'):
            exe = os.path.join(getattr(a, k), 'search')
            results[k]['startup'].append(timed([exe, 'tag', one, '--json']))
            results[k]['query'].append(timed([exe, 'query', 'Starmer', '--index', index[k], '--json']))
            results[k]['tag'].append(timed([exe, 'tag', a.articles, '--json']))
    print(f'{"":22} {"old":>9} {"new":>9} {"new/old":>8}   (median of {a.rounds}, seconds)')
    for m, label in (('startup', 'tag one article'), ('query', 'one-shot query'), ('tag', 'tag articles')):
        o, n = statistics.median(results['old'][m]), statistics.median(results['new'][m])
        print(f'{label:22} {o:9.3f} {n:9.3f} {n / o:8.2f}')


if __name__ == '__main__':
    main()
