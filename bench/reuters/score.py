#!/usr/bin/env python3
"""Score country and leader tags on the Reuters-21578 TEST split.

    python3 bench/reuters/score.py LABELS.jsonl TAGS.jsonl [--errors N]

LABELS.jsonl comes from extract.py; TAGS.jsonl is `search tag --json` output (or the
reuters-tag harness's in bench/reuters/tagger), one object per article with "path", "countries":
[{"code"}] and "leaders": [{"id"}]. Prints micro precision and recall of country codes
against PLACES, and recall of the heads of state and government among PEOPLE: a PEOPLE code
counts when it names a leaders.tsv person (id slug or family name) in office on the
article's date. Stdlib only.
"""
import argparse, collections, csv, json, os, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))


UNSCORED = {'EU'}


def slug(s):
    s = ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))
    return '-'.join(''.join(ch if ch.isalnum() else ' ' for ch in s.lower()).split())


def load_leaders():
    path = os.path.join(ROOT, 'Sources', 'Indexer', 'Resources', 'leaders.tsv')
    with open(path) as f:
        rows = list(csv.DictReader([l for l in f if not l.startswith('#')], delimiter='\t', quoting=csv.QUOTE_NONE))
    by_code = collections.defaultdict(list)
    for r in rows:
        for key in {r['id'].split('-', 1)[1], slug(r['family_name'])}:
            by_code[key].append(r)
    return by_code


def head_at(code, date, by_code):
    for r in by_code.get(code, []):
        if r['start'] <= date and (not r['end'] or date < r['end']):
            return r['id']
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('labels')
    ap.add_argument('tags')
    ap.add_argument('--errors', type=int, default=0, help='print the N most frequent errors')
    args = ap.parse_args()
    tags = {}
    with open(args.tags) as f:
        for line in f:
            o = json.loads(line)
            tags[o['path']] = o
    by_code = load_leaders()
    tp = fp = fn = 0
    fps, fns = collections.Counter(), collections.Counter()
    heads = found = 0
    missed = collections.Counter()
    n = 0
    with open(args.labels) as f:
        for line in f:
            gold = json.loads(line)
            got = tags.get(gold['path'])
            if got is None:
                continue
            n += 1
            want = set(gold['countries'])
            # PLACES has no code for the EC/EU (it is an ORGS label), so EU is not scored.
            have = {c['code'] for c in got.get('countries', [])} - UNSCORED
            tp += len(want & have)
            fp += len(have - want)
            fn += len(want - have)
            fps.update(have - want)
            fns.update(want - have)
            ids = {l['id'] for l in got.get('leaders', [])}
            for person in gold['people']:
                lid = head_at(person, gold['date'], by_code)
                if lid:
                    heads += 1
                    if lid in ids:
                        found += 1
                    else:
                        missed[lid] += 1
    p = tp / (tp + fp) if tp + fp else 0
    r = tp / (tp + fn) if tp + fn else 0
    f1 = 2 * p * r / (p + r) if p + r else 0
    print(f'articles {n}')
    print(f'countries: precision {p:.3f} recall {r:.3f} F1 {f1:.3f} (tp {tp}, fp {fp}, fn {fn})')
    print(f'leaders: recall {found / heads if heads else 0:.3f} ({found} of {heads} heads in PEOPLE)')
    if args.errors:
        print('false positives:', fps.most_common(args.errors))
        print('false negatives:', fns.most_common(args.errors))
        print('missed leaders:', missed.most_common(args.errors))


if __name__ == '__main__':
    main()
