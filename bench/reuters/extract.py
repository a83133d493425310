#!/usr/bin/env python3
"""Turn the Reuters-21578 TEST split into a folder of articles plus gold labels.

    python3 bench/reuters/extract.py [--corpus ../shared/corpora/reuters21578] [--out /tmp/reuters-test]

Keeps documents with LEWISSPLIT="TEST", a BODY and at least one PLACES code. Each becomes
<out>/articles/<NEWID>.txt: the title, a blank line, then the dateline and body as the wire
printed them. <out>/labels.jsonl has one object per article: path, date (YYYY-MM-DD), the
raw PLACES and PEOPLE codes, and PLACES mapped to the gazetteer's codes (`countries`).
Stdlib only.
"""
import argparse, csv, html, json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))
MONTHS = {m: i for i, m in enumerate(
    'JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC'.split(), 1)}
# Reuters place codes whose names differ from the gazetteer's.
PLACE_CODES = {
    'usa': 'US', 'uk': 'GB', 'west-germany': 'DE', 'east-germany': 'DDDE', 'ussr': 'SUHH',
    'yugoslavia': 'YUCS', 'czechoslovakia': 'CSHH', 'ivory-coast': 'CI', 'zaire': 'CD', 'uae': 'AE',
    'south-korea': 'KR', 'north-korea': 'KP', 'yemen-arab-republic': 'YE', 'yemen-demo-republic': 'YE',
    'burma': 'MM', 'hong-kong': 'HK', 'us-virgin-islands': 'VI', 'netherlands-antilles': 'CW',
    'kampuchea': 'KH', 'vietnam': 'VN', 'iran': 'IR', 'syria': 'SY', 'bolivia': 'BO', 'tanzania': 'TZ',
    'venezuela': 'VE', 'taiwan': 'TW', 'laos': 'LA', 'moldova': 'MD', 'swaziland': 'SZ',
    'cape-verde': 'CV', 'brunei': 'BN', 'macau': 'MO', 'turkey': 'TR', 'russia': 'RU',
    'st-lucia': 'LC', 'st-vincent': 'VC', 'st-kitts-nevis': 'KN', 'upper-volta': 'BF',
    'western-samoa': 'WS', 'sao-tome': 'ST', 'comoros': 'KM', 'micronesia': 'FM', 'vatican': 'VA',
    'czech-republic': 'CZ', 'macedonia': 'MK', 'congo': 'CG', 'gambia': 'GM', 'bahamas': 'BS',
    'falkland-islands': 'FK', 'french-guiana': 'GF', 'guinea-bissau': 'GW', 'ecuador': 'EC',
    'cayman-islands': 'KY', 'bermuda': 'BM', 'netherlands': 'NL', 'philippines': 'PH',
}


def gazetteer_names():
    path = os.path.join(ROOT, 'Sources', 'Indexer', 'Resources', 'countries.tsv')
    with open(path) as f:
        rows = csv.DictReader([l for l in f if not l.startswith('#')], delimiter='\t', quoting=csv.QUOTE_NONE)
        out = {}
        for r in rows:
            for n in [r['name']] + r['names'].split('|'):
                out.setdefault(n.lower(), r['code'])
        return out


def to_iso(place, names):
    if place in PLACE_CODES:
        return PLACE_CODES[place]
    return names.get(place.replace('-', ' '))


def clean(text):
    text = re.sub(r'&#\d+;', '', text)
    return html.unescape(text).replace('\r', '')


def main():
    ap = argparse.ArgumentParser()
    beside = os.path.join(ROOT, '..', 'shared', 'corpora', 'reuters21578')
    ap.add_argument('--corpus', default=beside if os.path.isdir(beside) else os.path.join(ROOT, '..', '..', 'shared', 'corpora', 'reuters21578'))
    ap.add_argument('--out', default='/tmp/reuters-test')
    args = ap.parse_args()
    corpus = args.corpus
    if not os.path.isdir(corpus):
        sys.exit(f'extract.py: no Reuters-21578 folder at {corpus}; give --corpus PATH')
    names = gazetteer_names()
    os.makedirs(os.path.join(args.out, 'articles'), exist_ok=True)
    unmapped, n = {}, 0
    with open(os.path.join(args.out, 'labels.jsonl'), 'w') as labels:
        for i in range(22):
            with open(os.path.join(corpus, f'reut2-{i:03d}.sgm'), encoding='latin-1') as f:
                data = f.read()
            for attrs, doc in re.findall(r'<REUTERS([^>]*)>(.*?)</REUTERS>', data, re.S):
                if 'LEWISSPLIT="TEST"' not in attrs or '<BODY>' not in doc:
                    continue
                places = re.findall(r'<D>(.*?)</D>', re.search(r'<PLACES>(.*?)</PLACES>', doc, re.S).group(1))
                if not places:
                    continue
                people = re.findall(r'<D>(.*?)</D>', re.search(r'<PEOPLE>(.*?)</PEOPLE>', doc, re.S).group(1))
                newid = re.search(r'NEWID="(\d+)"', attrs).group(1)
                title = clean((re.search(r'<TITLE>(.*?)</TITLE>', doc, re.S) or [None, ''])[1]).strip()
                dateline = clean((re.search(r'<DATELINE>(.*?)</DATELINE>', doc, re.S) or [None, ''])[1]).strip()
                body = clean(re.search(r'<BODY>(.*?)</BODY>', doc, re.S).group(1))
                body = re.sub(r'\s*REUTER\s*$', '', body.rstrip())
                d = re.search(r'(\d+)-([A-Z]{3})-(\d{4})', doc)
                date = f'{d.group(3)}-{MONTHS[d.group(2)]:02d}-{int(d.group(1)):02d}'
                path = os.path.abspath(os.path.join(args.out, 'articles', f'{newid}.txt'))
                with open(path, 'w') as out:
                    out.write(f'{title}\n\n{dateline} {body}\n')
                codes = []
                for p in places:
                    c = to_iso(p, names)
                    if c is None:
                        unmapped[p] = unmapped.get(p, 0) + 1
                    elif c not in codes:
                        codes.append(c)
                labels.write(json.dumps({'path': path, 'date': date, 'places': places, 'countries': codes,
                                         'people': people}) + '\n')
                n += 1
    print(f'{n} articles in {args.out}', file=sys.stderr)
    if unmapped:
        print(f'unmapped places: {unmapped}', file=sys.stderr)


if __name__ == '__main__':
    main()
