"""Leader spells from the shared data: CIA Factbook executive texts (yearly 1990-2017 and
2021-2025, weekly 2020-11 .. 2026-01), Archigos 4.1 (to 2015) and REIGN (to 2021-03).

Each reader yields `Spell`s: one person in one office of one country, with a start (and an
end when the next holder is known), the name as the source writes it and a source note.
`leaders_build.py` merges them with the hand layer into person-terms. Stdlib only.
"""
import csv, os, re, unicodedata
from dataclasses import dataclass, field

MONTHS = {m: i + 1 for i, m in enumerate(
    'january february march april may june july august september october november december'.split())}


@dataclass
class Spell:
    country: str
    role: str            # head_of_state / head_of_government / effective_ruler
    title: str           # news title: President, Prime Minister, King…
    given: str           # given names as written ('' for mononyms and regnal names)
    family: str          # family name, capitalised as news writes it
    after: str           # words after the family name ("da Silva", "bin Abd al-Aziz Al Saud")
    start: str
    end: str = ''
    seen: list = field(default_factory=list)   # dates the source showed this holder
    source: str = ''
    full: str = ''       # a full name another source spells out (Archigos' DBpedia page)


def fold(s):
    return ''.join(c for c in unicodedata.normalize('NFKD', s) if not unicodedata.combining(c))


def parse_day(text):
    """'30 November 1987' / 'November 1987' / '1987' → ISO date (first of month/year), else ''."""
    text = text.strip().replace(',', ' ')
    m = re.search(r'(?:(\d{1,2})\s+)?([A-Za-z]+)\s+(\d{4})', text)
    if m and m.group(2).lower() in MONTHS:
        day = int(m.group(1) or 1)
        return f'{m.group(3)}-{MONTHS[m.group(2).lower()]:02d}-{min(day, 28) if day > 31 else day:02d}'
    m = re.search(r'\b(1[89]\d\d|20[0-3]\d)\b', text)
    return f'{m.group(1)}-01-01' if m else ''


# Words of office titles; a capitalised word outside this set, right before the family name,
# is a given name.
TITLE_WORDS = set('''president prime minister premier chancellor king queen emperor empress emir amir
sultan pope supreme leader chairman chairwoman chairperson chair general secretary state council
councils ministers minister of the and for federal head government executive chief interim acting
transitional caretaker provisional co-prince coprince prince princess grand duke duchess captain captains
regent regents taoiseach crown presidium people's peoples assembly national revolutionary command
military committee salvation sovereign presidential leadership affairs commission commander
armed forces junta party communist central republic union presidency revolution socialist
federation confederation swiss cabinet governing of first deputy vice senior lieutenant army
administrator governor-general governor chief-of-state taliban amir-ul momineen yang di-pertuan agong
his her majesty highness excellency holiness mr mrs ms dr sheikh shaikh sir dame gen gen. col. col
lt. lt maj. capt. brig. marshal field adm. rear admiral sr. sr rev. fr. bishop cardinal lord colonel
high representative protector paramount ruler marshall archbishop monsignor transition restoration democracy development council's supreme
unity great hural parliament father lyonpo major shaykh
'''.split())
HONORIFICS = {'dr', 'dr.', 'sheikh', 'shaikh', 'sir', 'dame', 'gen', 'gen.', 'col.', 'col', 'lt.', 'lt',
              'maj.', 'capt.', 'brig.', 'marshal', 'field', 'adm.', 'sr.', 'sr', 'rev.', 'fr.', 'general',
              'colonel', 'bishop', 'cardinal', 'mr.', 'mrs.', 'ms.', 'lord', 'ayatollah', 'hojjat', 'ol-eslam',
              'air', 'archbishop', 'monsignor', 'vice-admiral', 'lt.-gen.', 'maj.-gen.', 'brig.-gen.', 'lieutenant', 'captain',
              'major', 'father', 'lyonpo', 'shaykh'}
PARTICLES = {'bin', 'bint', 'ibn', 'al', 'el', 'von', 'der', 'van', 'de', 'da', 'do', 'dos', 'das', 'la', 'le',
             'du', 'di', 'del', 'y', 'abu', 'ben', 'ould', 'ag', 'wa', 'ter', 'den', 'al-', 'e', 'bu'}
# Title phrases, longest first, mapped to the news title.
NEWS_TITLES = [
    ('supreme leader', 'Supreme Leader'), ('crown prince', 'Crown Prince'), ('prime minister', 'Prime Minister'),
    ('chief adviser', 'Chief Adviser'), ('state counsellor', 'State Counsellor'),
    ('president of the government', 'Prime Minister'), ('president of the council of ministers', 'Prime Minister'),
    ('chairman of the council of ministers', 'Prime Minister'), ('premier', 'Premier'),
    ('chancellor', 'Chancellor'), ('taoiseach', 'Taoiseach'), ('emperor', 'Emperor'), ('empress', 'Empress'),
    ('king', 'King'), ('queen', 'Queen'), ('amir', 'Emir'), ('emir', 'Emir'), ('sultan', 'Sultan'),
    ('pope', 'Pope'), ('grand duke', 'Grand Duke'), ('grand duchess', 'Grand Duchess'), ('prince', 'Prince'),
    ('co-prince', 'Co-prince'), ('captain regent', 'Captain Regent'), ('captains regent', 'Captain Regent'),
    ('general secretary', 'General Secretary'), ('secretary general', 'General Secretary'),
    ('chief executive', 'Chief Executive'), ('chairman', 'Chairman'), ('chairperson', 'Chairman'),
    ('chair', 'Chairman'), ('leader', 'Leader'), ('head of state', 'Head of State'), ('president', 'President'),
]


def news_title(title, role):
    t = title.lower()
    for phrase, news in NEWS_TITLES:
        if re.search(r'(^|\W)' + re.escape(phrase) + r'($|\W)', t):
            # "President of the Government" / "Chairman of the Council of Ministers" head governments.
            if news in ('President', 'Chairman') and role == 'head_of_government' and 'minister' in t:
                return 'Prime Minister'
            return news
    return 'Prime Minister' if role == 'head_of_government' else 'President'


ARTICLE = re.compile(r"^(al|el|ad|ar|as|an|at|az|ash|ud|ul|bin|ibn|ben|abu|de|da|du|di|le|la|van|von|ould|o')-?(?=[A-Z])")


def is_caps(tok):
    tok = ARTICLE.sub('', tok)
    letters = [c for c in tok if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) or (len(letters) == 1 and tok.isupper() and '-' in tok)


# Bodies the Factbook names in capitals before a holder ("SNC - Chairman Prince NORODOM
# SIHANOUK", "GNU Interim Prime Minister …", "(CNSP) General …").
ORG_ACRONYMS = {'SNC', 'GNU', 'CNSP', 'CNRD', 'CMRPN', 'CNDP', 'TMC', 'PNC', 'UN'}

ROMAN = re.compile(r'^X{0,3}(IX|IV|V?I{0,3})$')


def nice_case(tok):
    """'LULA' → 'Lula', 'WEVER-CROES' → 'Wever-Croes', "O'NEILL" → "O'Neill", 'al-BASHIR' → 'al-Bashir'."""
    m = ARTICLE.match(tok)
    if m and m.end() > 0:
        return tok[:m.end()] + nice_case(tok[m.end():])
    out, up = [], True
    for c in tok:
        out.append(c.upper() if up else c.lower())
        # A new part after a hyphen or space, and after O'/D' (O'Neill, D'Alema), not inside Tu'i'onetoa.
        up = c in '- ' or (c == "'" and len(out) == 2)
    return ''.join(out)


SKIP_SEGMENT = re.compile(r'governor|represented by|vice president|vice-president|deputy|designate|-elect|'
                          r'elect |nominated|heir|born|first lady',
                          re.I)


def parse_holder(segment, role):
    """'Prime Minister Sanae TAKAICHI (since 21 October 2025)' → (title, given, family, after, since)."""
    m = re.search(r'\(since ([^)]*)\)', segment)
    since = parse_day(m.group(1)) if m else ''
    text = segment[:m.start()] if m else segment
    text = re.sub(r'"+([^"]+)"+', '', text)           # nicknames in quotes: Joko "Jokowi" WIDODO
    text = re.sub(r'\([^)]*\)', ' ', text)             # parentheticals: (Mohammad) NAJIBULLAH (Ahmadzai)
    text = re.sub(r',? also spelled.*', '', text).replace('`', '')
    text = re.sub(r"(?<=\s)'(?=[A-Z])", '', text)
    text = text.replace("R'UTEL", 'RUUTEL')            # 1992: Arnold Rüütel, apostrophe for the ü
    text = re.sub(r'\bof the Netherlands\b|\bof the United Kingdom\b', '', text)
    toks = text.replace(',', ' ').split()
    caps = [i for i, t in enumerate(toks) if is_caps(t) and t.lower().strip('.') not in ('ii', 'iii', 'iv', 'vi', 'x', 'xvi', 'xiv', 'v', 'usa', 'ussr', 'prc', 'npc', 'spa', 'dprk', 'sac', 'cpv', 'ccp', 'lpdr')
            and t.strip('.,') not in ORG_ACRONYMS]
    # Roman numerals keep regnal names whole: CHARLES III, FELIPE VI.
    if not caps:
        return None
    first = caps[0]
    last = first
    while last + 1 < len(toks) and is_caps(toks[last + 1]):
        last += 1
    # Regnal numbers after the first word stay in capitals: CHARLES III, CARL XVI GUSTAF.
    family = ' '.join(t if i > first and ROMAN.match(t) else nice_case(t) for i, t in enumerate(toks[first:last + 1], first))
    # Given names: capitalised non-title words just before the family name.
    k = first - 1
    given = []
    while k >= 0:
        t = toks[k]
        low = t.lower()
        if low in TITLE_WORDS or low in HONORIFICS or not (t[0].isupper() or low in PARTICLES):
            break
        given.insert(0, t)
        k -= 1
    while given and given[0].lower() in PARTICLES:
        given.pop(0)
    title_part = ' '.join(toks[:k + 1])
    after = []
    for t in toks[last + 1:]:
        if t.lower() in TITLE_WORDS and t.lower() not in PARTICLES or not re.match(r"^[\w'.-]+$", t):
            break
        if not (t[0].isupper() or t.lower() in PARTICLES or t.lower().strip('.') in ('jr', 'sr')):
            break
        after.append(t)
    after_txt = ' '.join(after)
    gw = given.split() if isinstance(given, str) else given
    if len(gw) >= 3 and gw[-1].lower() in ('al', 'al-') and any(w.lower() in ('bin', 'ibn') for w in gw):
        # Old editions capitalise the dynasty: "Amir Isa bin Salman Al KHALIFA" is Isa.
        family, gw, after_txt = gw[0], [], ' '.join(gw[1:] + [family] + after).strip()
    given = gw
    # Regnal numbers: "CHARLES III" caps already; "King WILLEM-ALEXANDER" fine.
    return title_part, ' '.join(given), family, after_txt, since


def holders(text, role):
    """The first-named holder of the office in a Factbook executive text, or None."""
    if not text:
        return None
    text = text.strip().strip('|').strip()
    text = re.split(r'\bnote\b|\belection', text)[0]
    for seg in re.split(r';', text):
        seg = seg.strip()
        if not seg or 'vacant' in seg.lower()[:20]:
            if 'vacant' in seg.lower()[:20]:
                return None
            continue
        head = seg.split('(')[0]
        if SKIP_SEGMENT.search(head) or ('crown prince' in head.lower() and 'prime minister' not in head.lower()
                                         and role == 'head_of_state'):
            continue
        h = parse_holder(seg, role)
        if h:
            return h
        return None
    return None


def factbook_role(role_text):
    return {'chief_of_state': ['head_of_state'], 'cos': ['head_of_state'],
            'head_of_government': ['head_of_government'], 'hog': ['head_of_government'],
            'chief_of_state_and_head_of_government': ['head_of_state', 'head_of_government']}[role_text]


# Holders a weekly page named in error: the DRC page showed Congo's prime minister
# (Anatole Collinet Makosso) from 2022-04 to 2023-06.
WEEKLY_ERRORS = {('cg', 'hog'): 'MAKOSSO'}


# Yugoslavia's ISO code (YUCS) covers the Federal Republic until it became Serbia and Montenegro.
SERBIA_AND_MONTENEGRO = '2003-02-04'


def factbook_observations(data, gec_to_iso):
    """(country, role, date seen, holder tuple, source) from the yearly and weekly texts."""
    obs = []
    with open(os.path.join(data, 'factbook-archive', 'executive-1990-2025.tsv'), newline='') as f:
        rows = list(csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE))
    # One edition's text filed under two countries (1995: Albania's also under Afghanistan)
    # belongs to neither with certainty: skip both.
    owners = {}
    for r in rows:
        if len(r['text']) > 20:
            owners.setdefault((r['edition_year'], r['role'], r['text']), set()).add(r['iso_suggested'])
    for r in rows:
        year = r['edition_year']
        if len(owners.get((year, r['role'], r['text']), ())) > 1:
            continue
        if not year.isdigit() or year in ('2018', '2019', '2020'):
            continue
        if int(year) >= 2021:
            continue  # the weekly texts cover 2020-11 on, with proper diacritics
        code = r['iso_suggested'] or ('XK' if r['fips'] == 'KV' else '')
        if not code or r['entity_type'] not in ('sovereign', 'dissolved', 'disputed', 'freely_associated', 'special_admin'):
            continue
        if r['name'] == 'Soviet Union':
            code = 'SUHH'
        if code == 'CSXX' and f'{year}-07-01' < SERBIA_AND_MONTENEGRO:
            code = 'YUCS'  # the Factbook files FRY (1992-2003) under its later name
        for role in factbook_role(r['role']):
            h = holders(r['text'], role)
            if h:
                obs.append((code, role, f'{year}-07-01', h, f'Factbook {year}'))
    with open(os.path.join(data, 'factbook', 'executive-weekly-2020-2026.tsv'), newline='') as f:
        weekly = list(csv.DictReader(f, delimiter='\t'))
    # The same way: one text on two countries' pages (2022-23: Congo's prime minister on the
    # DRC's page) is skipped on both.
    pages = {}
    for r in weekly:
        if gec_to_iso.get(r['gec']):
            pages.setdefault((r['role'], r['text']), set()).add(gec_to_iso[r['gec']])
    for r in weekly:
        code = gec_to_iso.get(r['gec'])
        if not code or len(pages[(r['role'], r['text'])]) > 1:
            continue
        if (r['gec'], r['role']) in WEEKLY_ERRORS and WEEKLY_ERRORS[(r['gec'], r['role'])] in r['text']:
            continue
        for role in factbook_role(r['role']):
            h = holders(r['text'], role)
            if h:
                obs.append((code, role, r['first_seen'], h, f'Factbook weekly {r["first_seen"][:7]}'))
                obs.append((code, role, r['last_seen'], h, f'Factbook weekly {r["last_seen"][:7]}'))
    return obs


# Gleditsch–Ward codes the COW table lacks or that change meaning over time.
GW_EXTRA = {340: 'RS', 815: 'VN', 816: 'VN', 817: '', 680: '', 260: 'DE', 265: 'DDDE', 347: 'XK',
            711: '', 563: '', 564: ''}


def gw_country(ccode, day, cow):
    if ccode == 365:
        return 'SUHH' if day < '1991-12-26' else 'RU'
    if ccode == 345:
        return 'YUCS' if day < '2003-02-04' else ('CSXX' if day < '2006-06-05' else 'RS')
    if ccode == 315:
        return 'CSHH' if day < '1993-01-01' else 'CZ'
    if ccode in GW_EXTRA:
        return GW_EXTRA[ccode]
    iso = cow.get(ccode, '')
    return iso.split('/')[-1] if iso else ''


SPLITS = {365: '1991-12-26', 345: '2003-02-04', 315: '1993-01-01'}


def load_cow(data):
    with open(os.path.join(data, 'archigos', 'cow-ccode-to-iso.tsv'), newline='') as f:
        return {int(r['ccode']): r['iso'] for r in csv.DictReader(f, delimiter='\t')}


def split_spell(ccode, start, end, cow):
    """A spell crossing a change of state (USSR → Russia) as one part per state."""
    cut = SPLITS.get(ccode)
    parts = [(start, end)]
    if cut and start < cut < (end or '9999'):
        parts = [(start, cut), (cut, end)]
    return [(gw_country(ccode, s, cow), s, e) for s, e in parts]


# Archigos names that are not the name news uses: "Aziz" is King Abdulaziz (Ibn Saud); three
# Korean names are in the wrong order or spelling; Kuwait's emirs are all "As-Sabah", the
# ruling family, which would make them one person.
ARCHIGOS_NAMES = {'SAU-1927': 'Abdulaziz', 'ROK-1960-2': 'Chang Myon', 'ROK-1961-2': 'Park Chung-hee',
                  'ROK-1979': 'Choi Kyu-hah',
                  'KUW-1950': 'Abdullah Al-Salim Al-Sabah', 'KUW-1965': 'Sabah Al-Salim Al-Sabah',
                  'KUW-1978': 'Jaber al-Ahmad al-Sabah', 'KUW-1991': 'Jaber al-Ahmad al-Sabah',
                  'KUW-2006-1': 'Saad Al-Abdullah Al-Salim Al-Sabah', 'KUW-2006-2': 'Sabah al-Ahmad al-Sabah'}
# The same for REIGN (by leadid): its 2006-2020 emir of Kuwait is Sabah, not his uncle Jaber.
REIGN_NAMES = {'A3.0-171': 'Sabah al-Ahmad al-Sabah', 'ctb-690-1': 'Nawaf al-Ahmad al-Sabah'}


def archigos_spells(data, cow):
    out = []
    with open(os.path.join(data, 'archigos', 'archigos-4.1-spells.tsv'), newline='') as f:
        for r in csv.DictReader(f, delimiter='\t'):
            if r['enddate'] < '1945-01-01':
                continue
            end = '' if r['enddate'] >= '2015-12-31' else r['enddate']
            full = re.sub(r'\s*\(.*\)$', '', r['dbpedia_resource'].replace('_', ' ')).strip()
            full = re.sub(r' of [A-Z].*$', '', full)   # "Fahd of Saudi Arabia", "Hussein of Jordan"
            leader = ARCHIGOS_NAMES.get(r['obsid'], r['leader'].strip())
            for country, s, e in split_spell(int(r['ccode']), r['startdate'], end, cow):
                if not country:
                    continue
                out.append(Spell(country, 'effective_ruler', '', '', leader, '', s, e,
                                 source='Archigos 4.1', full=full))
    return out


def reign_spells(data, cow):
    """REIGN spells that start after Archigos ends (2016 on) or run past it."""
    out = []
    with open(os.path.join(data, 'reign', 'leaderlist_3_21.csv'), newline='', encoding='utf-8', errors='replace') as f:
        for r in csv.DictReader(f):
            try:
                s = f"{int(r['syear']):04d}-{int(r['smonth']):02d}-{int(r['sdate']):02d}"
            except ValueError:
                continue
            e = ''
            if r['eyear'].strip():
                try:
                    e = f"{int(r['eyear']):04d}-{int(r['emonth'] or 1):02d}-01"
                except ValueError:
                    e = ''
            if e and e < '2016-01-01':
                continue
            for country, s2, e2 in split_spell(int(r['ccode']), s, e, cow):
                if country:
                    out.append(Spell(country, 'effective_ruler', '', '', REIGN_NAMES.get(r['leadid'], r['leader'].strip()), '', s2, e2,
                                     source='REIGN 2021-03'))
    return out


def _semester(day):
    """The six-month term of San Marino's captains regent that begins on or nearest `day`
    (1 April or 1 October) → (start, end)."""
    y, m = int(day[:4]), int(day[5:7])
    if m >= 10:
        return f'{y}-10-01', f'{y + 1}-04-01'
    if m >= 4:
        return f'{y}-04-01', f'{y}-10-01'
    return f'{y - 1}-10-01', f'{y}-04-01'


def _regent_period(text):
    """'(for the period 1 April-30 September 1996)' → the semester's start, or ''."""
    m = re.search(r'for the period\s+(\d{1,2})?\s*([A-Za-z]+)\s*(\d{4})?\s*-\s*(?:\d{1,2}\s+)?([A-Za-z]+)\s+(\d{4})', text)
    if not m or m.group(2).lower() not in MONTHS:
        return ''
    month = MONTHS[m.group(2).lower()]
    year = int(m.group(3) or m.group(5))
    if not m.group(3) and month >= 10 and MONTHS.get(m.group(4).lower(), 12) < month:
        year -= 1          # "1 October-31 March 2009" began in 2008
    return _semester(f'{year}-{month:02d}-01')[0]


def captain_regent_spells(data, gec_to_iso):
    """San Marino's two captains regent, one spell each per six-month term: the Factbook's
    "co-chiefs of state" texts name both (1997 on), REIGN one or both for the terms the
    Factbook leaves out (1945-1996, 2018-2020). They are joint heads of state."""
    named = {}                      # semester start → [(given, family)]
    sources = {}
    texts = []
    with open(os.path.join(data, 'factbook-archive', 'executive-1990-2025.tsv'), newline='') as f:
        for r in csv.DictReader(f, delimiter='\t', quoting=csv.QUOTE_NONE):
            if r['iso_suggested'] == 'SM' and r['role'] == 'chief_of_state':
                texts.append((r['text'], f"Factbook executive texts {r['edition_year']}"))
    with open(os.path.join(data, 'factbook', 'executive-weekly-2020-2026.tsv'), newline='') as f:
        for r in csv.DictReader(f, delimiter='\t'):
            if gec_to_iso.get(r['gec']) == 'SM' and r['role'] == 'cos':
                texts.append((r['text'], f"Factbook executive texts {r['first_seen'][:7]}"))
    for text, src in texts:
        start = _regent_period(text)
        if not start or start in named:
            continue
        body = re.sub(r'^.*?chiefs of state\s*', '', text.split('(for the period')[0], flags=re.I)
        pair = []
        for part in re.split(r'\s+and\s+', body):
            part = re.sub(r'^(Captains?\s+Regent|Captain)\s+', '', part.strip())
            h = parse_holder(part, 'head_of_state')
            if h and h[2]:
                pair.append((h[1], h[2]))
        if pair:
            named[start], sources[start] = pair, src
    spells = []
    for start, pair in named.items():
        end = _semester(start)[1]
        for given, family in pair:
            spells.append(Spell('SM', 'head_of_state', 'Captain Regent', given, family, '', start, end,
                                source=sources[start]))
    with open(os.path.join(data, 'reign', 'leaderlist_3_21.csv'), newline='', encoding='utf-8', errors='replace') as f:
        for r in csv.DictReader(f):
            if r['ccode'] != '331':
                continue
            try:
                start, end = _semester(f"{int(r['syear']):04d}-{int(r['smonth']):02d}-01")
            except ValueError:
                continue
            if start < '1945-01-01' or start in named or 'Provisional' in r['leader']:
                continue
            # "Edda Ceccoli (f)", "Vincenzo Pedini (2nd time)", "Palmieri and Ciacci".
            for name in re.split(r'\s+(?:and|&)\s+', re.sub(r'\s*\(.*$', '', r['leader']).strip()):
                words = name.split()
                k = len(words) - 1
                if k > 1 and words[k - 1].lower() in ('de', 'di', 'del', 'della', 'dei'):
                    k -= 1          # "Germano De Biagi"
                if words:
                    spells.append(Spell('SM', 'head_of_state', 'Captain Regent', ' '.join(words[:k]), ' '.join(words[k:]), '',
                                        start, end, source='REIGN 2021-03'))
    return spells
