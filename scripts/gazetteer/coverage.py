#!/usr/bin/env python3
"""How much of the world leaders.tsv covers, by decade.

    python3 scripts/gazetteer/coverage.py [--missing]

State-years: every sovereign state of leaders_build.SOVEREIGN (UN members and observers,
Taiwan, Kosovo) and the historical states, for each year it existed (the historical states
between their dates; others from the first full calendar year after any source names a
ruler, 1945 at the earliest). A state-year counts as covered for a role when some row of that role (or `both`)
is in office at some time in the year. From 1990 both roles count; an effective-ruler row
stands in for either role only in 2018-2020, where the Factbook has no editions. Commonwealth
realms and Andorra share a head of state with another country (the British monarch, the
French president): their head-of-state years count as covered. Before 1990, any row counts
(the sources list one effective ruler per state).
"""
import argparse, csv, os, sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from leaders_build import SOVEREIGN, HISTORICAL, SHARED_HEAD, FORMER_REALMS  # noqa: E402

ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
LEADERS = os.path.join(ROOT, 'Sources', 'Indexer', 'Resources', 'leaders.tsv')
LAST_YEAR = 2026  # as of the newest source (Factbook 2026-01-22)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--missing', action='store_true', help='list uncovered state-years')
    args = ap.parse_args()
    with open(LEADERS, newline='') as f:
        rows = list(csv.DictReader((l for l in f if not l.startswith('#')), delimiter='\t', quoting=csv.QUOTE_NONE))
    spans = defaultdict(list)   # (country, slot) → [(start, end)]
    first_year = {}
    for r in rows:
        c = r['country']
        roles = ['head_of_state', 'head_of_government'] if r['role'] == 'both' else [r['role']]
        for ro in roles:
            spans[(c, ro)].append((r['start'], r['end'] or '9999-12-31'))
        # A state counts from its first full calendar year with a ruler: the year a state is
        # born (Estonia, August 1991) is not a year it lacked a head of government.
        start = max('1945-01-01', r['start'])
        y = int(start[:4]) + (start[5:] > '01-31')
        first_year[c] = min(first_year.get(c, 9999), y)

    def held(c, role, year):
        lo, hi = f'{year}-01-01', f'{year}-12-31'
        return any(s <= hi and e > lo for s, e in spans[(c, role)])

    years = defaultdict(lambda: [0, 0, 0, 0])   # decade → [state-years, hos, hog, any]
    missing = []
    for c in sorted(set(SOVEREIGN) | set(HISTORICAL)):
        if c in HISTORICAL:
            y0, y1 = int(HISTORICAL[c][0][:4]), int(HISTORICAL[c][1][:4]) - (HISTORICAL[c][1][5:] == '01-01')
        else:
            y0, y1 = first_year.get(c, 1990), LAST_YEAR
            if c in ('DE',):
                y0 = 1949
        for year in range(max(1945, y0), y1 + 1):
            ruler = held(c, 'effective_ruler', year)
            hos = held(c, 'head_of_state', year) or c in SHARED_HEAD or year <= FORMER_REALMS.get(c, 0) or (2018 <= year <= 2020 and ruler)
            hog = held(c, 'head_of_government', year) or (2018 <= year <= 2020 and ruler)
            anyone = hos and c not in SHARED_HEAD or hog or ruler or held(c, 'head_of_state', year)
            d = years[year // 10 * 10 if year < 2020 else (2020 if year < 2026 else 2026)]
            d[0] += 1
            d[1] += hos
            d[2] += hog
            d[3] += bool(anyone)
            if year >= 1990 and not (hos and hog) or year < 1990 and not anyone:
                missing.append(f'{c} {year}: ' + ('no ruler' if year < 1990 else
                                                 ' '.join(n for n, ok in (('head_of_state', hos), ('head_of_government', hog)) if not ok)))
    print('| decade | state-years | head of state | head of government | at least one ruler |')
    print('|---|---:|---:|---:|---:|')
    for d in sorted(years):
        n, hos, hog, anyone = years[d]
        label = {2020: '2020–2025', 2026: '2026 (to Jan)'}.get(d, f'{d}s')
        if d < 1990:
            print(f'| {label} | {n} | – | – | {100 * anyone / n:.1f} % |')
        else:
            print(f'| {label} | {n} | {100 * hos / n:.1f} % | {100 * hog / n:.1f} % | {100 * anyone / n:.1f} % |')
    tot = lambda pred: [sum(years[d][i] for d in years if pred(d)) for i in range(4)]
    a = tot(lambda d: d >= 1990 and d < 2026)
    b = tot(lambda d: d < 1990)
    print(f'\n1990–2025: head of state {100 * a[1] / a[0]:.1f} %, head of government {100 * a[2] / a[0]:.1f} % '
          f'of {a[0]} state-years; 1945–1989: at least the effective ruler {100 * b[3] / b[0]:.1f} % of {b[0]}')
    if args.missing:
        print('\n'.join(missing))


if __name__ == '__main__':
    main()
