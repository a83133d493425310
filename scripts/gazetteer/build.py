#!/usr/bin/env python3
"""Regenerate Sources/Indexer/Resources/countries.tsv and leaders.tsv.

    python3 scripts/gazetteer/build.py [--data ../shared/data] [--check]

countries.tsv: ISO 3166-1 codes and names (iso-codes), CIA Factbook 2025-11-27
names, abbreviations, former names, capitals and nationality adjectives, then the
hand-curated layer in countries-curated.tsv (news forms, metonyms, dateline cities,
ambiguity flags, historical states). Curated values carry source `manual`.

leaders.tsv: the hand-curated person-terms in leaders-curated.tsv (facts taken from
Archigos 4.1, REIGN, the Factbook executive texts and world-leaders-current, each
row naming its source), with name variants generated here (hyphen/space/run-
together given names, Western order for family-first names). The script
cross-checks current holders against the Factbook 2025-11-27 snapshot and prints
disagreements. Stdlib only.
"""
import argparse, csv, json, os, re, sys, unicodedata
from datetime import date

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
OUT = os.path.join(ROOT, 'Sources', 'Indexer', 'Resources')
AS_OF = '2026-11-29'

# Capitals that are ordinary words or other places first; the country keeps its
# names, only the capital alias is dropped.
AMBIGUOUS_CAPITALS = {
    'Male', 'Victoria', 'Kingston', 'Hamilton', 'Georgetown', 'Nassau', 'San Jose', 'San José',
    'Douglas', 'Stanley', 'Jamestown', 'Plymouth', 'Kingstown', 'The Valley', 'Saint Helier',
    'Saint Peter Port', 'Saint John\'s', "Saint George's", 'Castries', 'Basseterre', 'Road Town',
    'Praia', 'Palikir', 'Majuro', 'Avarua', 'Alofi', 'Adamstown', 'Charlotte Amalie', 'Philipsburg',
    'Oranjestad', 'Willemstad', 'Hagatna', 'Saipan', 'Apia', 'Funafuti', 'Yaren', 'Mata-Utu',
    'Papeete', 'Noumea', 'Nuuk', 'Torshavn', 'Longyearbyen', 'Kingston', 'Flying Fish Cove',
    'West Island', 'Brades', 'Gustavia', 'Marigot', 'Saint-Pierre', 'Cockburn Town', 'George Town',
    'Pago Pago', 'Tórshavn', 'Vaduz', 'Monaco', 'Luxembourg', 'Singapore', 'Kuwait', 'Djibouti',
    'Guatemala', 'Panama', 'Mexico', 'San Marino', 'Andorra la Vella', 'Vatican City', 'Valletta',
    'Victoria', 'Lima', 'Santiago', 'Colombo', 'Dublin', 'Paris', 'London', 'Athens', 'Moscow',
    'Berlin', 'Washington', 'Brussels', 'Bern', 'Ottawa', 'Canberra', 'Wellington', 'Jerusalem',
    'Tripoli', 'Amman', 'Bridgetown', 'Port Louis', 'Port of Spain', 'Roseau', 'Belmopan',
    'Saint John', 'Saint Johns', 'Tarawa', 'Honiara', 'Port Vila', 'Nuku\'alofa', 'Suva',
    'Ngerulmud', 'Melekeok', 'Dili', 'Moroni', 'Victoria', 'Lome', 'Bissau', 'Conakry',
}
# Keep these city-named capitals (the government metonym dominates in news).
KEEP_CAPITALS = {'Moscow', 'Berlin', 'Paris', 'London', 'Athens', 'Dublin', 'Brussels', 'Bern',
                 'Ottawa', 'Canberra', 'Wellington', 'Jerusalem', 'Tripoli', 'Amman', 'Lima',
                 'Colombo', 'Valletta', 'Vaduz'}
# Abbreviations that are English words or other things in all-caps headlines.
BAD_ABBREVIATIONS = {'CAR', 'BiH', 'FSM', 'RMI', 'Lao PDR', 'SAR', 'TRNC', 'BVI', 'USVI', 'CNMI', 'AS', 'CH', 'GU',
                     'NL', 'PR', 'VI', 'TCA', 'SRV', 'FDRE', 'HIMI', 'BIOT', 'SGSSI', 'TAAF', 'NA'}


def clean_list(text):
    """Split a Factbook field into names: drop notes, parentheticals and 'none'."""
    if not text:
        return []
    text = text.split('note')[0]
    out = []
    for part in re.split(r';|,| or |/', text):
        part = re.sub(r'\(.*?\)', '', part).strip(' .')
        if part and part != 'NA' and not part.lower().startswith(('none', 'no long-form', 'no short-form')):
            out.append(part)
    return out


def singular(noun):
    return re.sub(r'\(s\)|\(es\)', '', noun).strip()


def load_iso(data):
    with open(os.path.join(data, 'iso-codes', 'iso_3166-1.json')) as f:
        rows = json.load(f)['3166-1']
    with open(os.path.join(data, 'iso-codes', 'iso_3166-3.json')) as f:
        hist = {r['alpha_4']: r for r in json.load(f)['3166-3']}
    return rows, hist


def load_factbook(data):
    path = os.path.join(data, 'factbook', 'factbook-2025-11-27.tsv')
    with open(path, newline='') as f:
        return {r['iso2']: r for r in csv.DictReader(f, delimiter='\t') if r['iso2']}


def load_curated(path):
    out = {}
    with open(path, newline='') as f:
        lines = [l for l in f if not l.startswith('#')]
    for r in csv.DictReader(lines, delimiter='\t'):
        out.setdefault(r['code'], {}).setdefault(r['field'], []).extend(
            v for v in r['values'].split('|') if v)
    return out


def uniq(items):
    seen, out = set(), []
    for i in items:
        k = i.casefold()
        if i and k not in seen:
            seen.add(k)
            out.append(i)
    return out


def build_countries(data):
    iso, hist = load_iso(data)
    fb = load_factbook(data)
    cur = load_curated(os.path.join(HERE, 'countries-curated.tsv'))
    rows = []

    def row(code, alpha3, name, kind, names, adjectives, capitals, source, cur_fields):
        remove = {v.casefold() for v in cur_fields.get('remove', [])}
        keep = lambda xs: [x for x in uniq(xs) if x.casefold() not in remove]
        valid = (cur_fields.get('valid') or ['..'])[0].split('..')
        names = keep(names + cur_fields.get('add_names', []))
        adjectives = keep(adjectives + cur_fields.get('add_adjectives', []))
        capitals = keep(capitals + cur_fields.get('add_capitals', []))
        src = source + ('; manual: curated aliases' if cur_fields else '')
        rows.append([code, alpha3, cur_fields.get('display', [name])[0], kind,
                     '|'.join(names), '|'.join(adjectives), '|'.join(capitals),
                     '|'.join(uniq(cur_fields.get('cities', []))),
                     '|'.join(uniq(cur_fields.get('ambiguous', []))),
                     '|'.join(uniq(cur_fields.get('not_names', []))),
                     valid[0], valid[1], src])

    for r in iso:
        code = r['alpha_2']
        f = fb.get(code, {})
        names = [r.get('common_name', ''), r['name'].split(',')[0] if ',' not in r['name'] else '',
                 r.get('official_name', '')]
        source = 'iso-codes 4.15'
        adjectives, capitals = [], []
        if f:
            source += '; factbook 2025-11-27'
            names += clean_list(f['short_name']) + clean_list(f['long_name']) + clean_list(f['former'])
            names += [a for a in clean_list(f['abbreviation']) if a not in BAD_ABBREVIATIONS]
            for field in ('nationality_adjective', 'nationality_noun'):
                adjectives += [singular(a) for a in clean_list(f[field]) if 'singular' not in a]
            for cap in clean_list(f['capital'].split(';')[0]):
                if '.' in cap or len(cap) < 3:
                    continue
                if cap not in AMBIGUOUS_CAPITALS or cap in KEEP_CAPITALS:
                    capitals.append(cap)
        names = [n for n in names if n and 'Province of' not in n]
        short = clean_list(f.get('short_name', '')) if f else []
        display = r.get('common_name') or (short[0] if short else '') or r['name']
        row(code, r['alpha_3'], display, 'current', names, adjectives, capitals, source, cur.get(code, {}))
    for code in ('SUHH', 'DDDE', 'CSHH', 'YUCS', 'CSXX'):
        h = hist[code]
        row(code, h['alpha_3'], h['name'], 'historical', [h['name'].split(',')[0]], [], [],
            'iso-codes 4.15 (ISO 3166-3)', cur.get(code, {}))
    for code, a3, name in (('XK', 'XKX', 'Kosovo'), ('EU', 'EUE', 'European Union')):
        f = fb.get(code, {})
        row(code, a3, name, 'supranational' if code == 'EU' else 'current', [name], [], [],
            'manual: user-assigned code' + ('; factbook 2025-11-27' if f else ''), cur.get(code, {}))
    return rows


COUNTRY_HEADER = ['code', 'alpha3', 'name', 'kind', 'names', 'adjectives', 'capitals', 'cities',
                  'ambiguous', 'not_names', 'valid_from', 'valid_to', 'source']
LEADER_HEADER = ['id', 'name', 'family_name', 'short_names', 'title_names', 'aliases', 'country',
                 'role', 'titles', 'start', 'end', 'source']
FAMILY_FIRST = {'CN', 'KR', 'KP', 'TW', 'VN', 'HK', 'SG', 'KH', 'MO'}


def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def variants(name, family, country):
    """Name forms news writes for one person: hyphen/space/run-together given names,
    the other name order, and diacritics-free spellings."""
    out = [name]
    parts = name.split(' ')
    if country in FAMILY_FIRST and len(parts) >= 2 and parts[0] == family:
        given = ' '.join(parts[1:])
        forms = {given}
        if '-' in given:
            forms |= {given.replace('-', ' '), given.replace('-', '').capitalize(),
                      given.replace('-', '').lower().capitalize()}
        elif ' ' in given:
            forms |= {given.replace(' ', '-'), given.replace(' ', '')}
        for g in sorted(forms):  # sorted: the output must not depend on hash seeds
            out += [f'{family} {g}', f'{g} {family}']
    elif country == 'JP' and len(parts) == 2 and parts[1] == family:
        out.append(f'{parts[1]} {parts[0]}')
    out += [fold(o) for o in out]
    return uniq(out)


TITLE_CODES = {'P': 'President', 'PM': 'Prime Minister|Premier', 'CH': 'Chancellor', 'K': 'King',
               'Q': 'Queen', 'E': 'Emperor', 'EM': 'Emir|Amir', 'POPE': 'Pope', 'SL': 'Supreme Leader',
               'GS': 'General Secretary|Leader|Party Chief', 'SP': 'State President',
               'T': 'Taoiseach'}
SOURCE_CODES = {'a': 'Archigos 4.1', 'r': 'REIGN 2021-03', 'f': 'Factbook executive texts',
                'w': 'world-leaders-current 2026-08-22', 'g': 'general knowledge'}


def expand_titles(codes):
    return '|'.join(uniq('|'.join(TITLE_CODES.get(c, c) for c in codes.split('|')).split('|')))


def expand_source(codes):
    return 'manual: ' + ', '.join(SOURCE_CODES[c] for c in codes.split(','))


def build_leaders():
    path = os.path.join(HERE, 'leaders-curated.tsv')
    with open(path, newline='') as f:
        lines = [l for l in f if not l.startswith('#')]
    rows = []
    for n, r in enumerate(csv.DictReader(lines, delimiter='\t', quoting=csv.QUOTE_NONE)):
        if None in r or any(v is None for v in r.values()):
            raise SystemExit(f'leaders-curated.tsv row {n + 2}: wrong column count: {r}')
        aliases = variants(r['name'], r['family_name'], r['country'])
        aliases += [a for a in r['aliases'].split('|') if a]
        aliases = [a for a in uniq(aliases) if a != r['name']]
        rows.append([r['id'], r['name'], r['family_name'], r['short_names'], r['title_names'],
                         '|'.join(aliases), r['country'], r['role'], expand_titles(r['titles']),
                     r['start'], r['end'], expand_source(r['src'])])
    return rows


# Offices two people hold together: San Marino's captains regent.
JOINT_OFFICES = {('SM', 'head_of_state')}


def check(countries, leaders, data):
    codes = {r[0] for r in countries}
    problems = []
    by_slot = {}
    for r in leaders:
        lid, country, role, start, end = r[0], r[6], r[7], r[9], r[10]
        if country not in codes:
            problems.append(f'{lid}: unknown country {country}')
        if end and end <= start:
            problems.append(f'{lid}: end {end} not after start {start}')
        roles = ['head_of_state', 'head_of_government'] if role == 'both' else [role]
        for ro in roles:
            by_slot.setdefault((country, ro), []).append((start, end or '9999', lid))
    for slot, terms in by_slot.items():
        if slot in JOINT_OFFICES:
            continue
        terms.sort()
        for a, b in zip(terms, terms[1:]):
            if b[0] < a[1]:
                problems.append(f'overlap {slot}: {a[2]} {a[0]}..{a[1]} / {b[2]} {b[0]}..{b[1]}')
    # Current holders against the Factbook snapshot: family names in capitals.
    fb = load_factbook(data)
    current = {}
    for r in leaders:
        if not r[10] or r[10] > '2025-11-27':
            if r[9] <= '2025-11-27':
                current.setdefault(r[6], []).append(r)
    for code, rs in sorted(current.items()):
        f = fb.get(code)
        if not f:
            continue
        text = fold(f['chief_of_state'] + ' ' + f['head_of_government']).upper()
        for r in rs:
            fam = fold(r[2]).upper()
            if fam and fam not in text:
                problems.append(f'note: {r[0]} not named by Factbook 2025-11-27 for {code}')
    return problems


def once_per_person(rows):
    """Name lists on a person's first row only: the loader merges a person's rows, and a
    start-up reads every cell, so repeating them on every term only costs time."""
    given = {}
    out = []
    for r in rows:
        r = list(r)
        for col in (3, 4, 5):   # short_names, title_names, aliases: each its own kind
            names = given.setdefault((r[0], col), set())
            items = [x for x in r[col].split('|') if x and x not in names]
            names.update(items)
            r[col] = '|'.join(items)
        out.append(r)
    return out


def render(header, comment, rows):
    import io
    f = io.StringIO()
    f.write(comment + '\n')
    w = csv.writer(f, delimiter='\t', lineterminator='\n', quoting=csv.QUOTE_NONE, escapechar='\\')
    w.writerow(header)
    for r in rows:
        w.writerow([c.replace('\t', ' ') for c in r])
    return f.getvalue()


def main():
    ap = argparse.ArgumentParser()
    # ../shared beside the repository (as CI lays it out), or one level higher for a git worktree.
    beside = os.path.join(ROOT, '..', 'shared', 'data')
    ap.add_argument('--data', default=beside if os.path.isdir(beside) else os.path.join(ROOT, '..', '..', 'shared', 'data'))
    ap.add_argument('--check', action='store_true', help='only check: print consistency problems; exit 1 if the committed TSVs differ from what would be generated')
    args = ap.parse_args()
    data = os.path.abspath(args.data)
    if not os.path.isdir(data):
        sys.exit(f'build.py: no data folder at {data}; give --data PATH (the shared/data folder)')
    countries = build_countries(data)
    from leaders_build import generate
    gec_to_iso = {r['gec']: code for code, r in load_factbook(data).items()}
    gec_to_iso.pop('gz', None)  # Palestine: the West Bank entry names its leaders
    gec_to_iso['we'] = 'PS'
    leaders = once_per_person(generate(data, build_leaders(), gec_to_iso))
    for p in check(countries, leaders, data):
        print(p, file=sys.stderr)
    outputs = {
        os.path.join(OUT, 'countries.tsv'): render(COUNTRY_HEADER,
            f'# as_of {AS_OF}; sources: iso-codes 4.15 (LGPL-2.1+), CIA World Factbook 2025-11-27 '
            '(public domain), manual curation (scripts/gazetteer/countries-curated.tsv); '
            'generated by scripts/gazetteer/build.py', countries),
        os.path.join(OUT, 'leaders.tsv'): render(LEADER_HEADER,
            f'# as_of {AS_OF}; sources: Archigos 4.1, REIGN 2021-03, CIA World Factbook executive '
            'texts 1990-2026, world-leaders-current 2026-08-22, manual curation '
            '(scripts/gazetteer/leaders-curated.tsv); generated by scripts/gazetteer/build.py', leaders),
    }
    if args.check:
        # A hand-edited or stale TSV: the committed file is not what the sources give.
        stale = []
        for path, text in outputs.items():
            with open(path, newline='') as f:
                if f.read() != text:
                    stale.append(os.path.relpath(path, ROOT))
        for path in stale:
            print(f'build.py --check: {path} differs from what build.py generates; run build.py and review the diff',
                  file=sys.stderr)
        sys.exit(1 if stale else 0)
    for path, text in outputs.items():
        with open(path, 'w', newline='') as f:
            f.write(text)
    print(f'{len(countries)} countries, {len(leaders)} leader terms')


if __name__ == '__main__':
    main()
