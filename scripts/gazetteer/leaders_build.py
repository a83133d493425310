"""Person-terms for every sovereign state from 1945: the Factbook's heads of state and
government (1990-2026), Archigos and REIGN effective rulers (1945-2021), merged under the
hand layer (leaders-curated.tsv), which wins wherever it speaks. Called by build.py.
"""
import csv, os, re
from collections import defaultdict
from leader_sources import (Spell, fold, factbook_observations, archigos_spells, reign_spells,
                            captain_regent_spells, load_cow, news_title, PARTICLES)

# UN members and observers, Taiwan and Kosovo (the Factbook's sovereign entities plus the three
# freely associated UN members, Palestine and Kosovo), and the historical states of countries.tsv.
FACTBOOK_SOVEREIGN = '''AD AE AF AG AL AM AO AR AT AU AZ BA BB BD BE BF BG BH BI BJ BN BO BR BS BT BW BY BZ CA CD
CF CG CH CI CL CM CN CO CR CU CV CY CZ DE DJ DK DM DO DZ EC EE EG ER ES ET FI FJ FR GA GB GD GE GH GM GN GQ GR
GT GW GY HN HR HT HU ID IE IL IN IQ IR IS IT JM JO JP KE KG KH KI KM KN KP KR KW KZ LA LB LC LI LK LR LS LT LU
LV LY MA MC MD ME MG MK ML MM MN MR MT MU MV MW MX MY MZ NA NE NG NI NL NO NP NR NZ OM PA PE PG PH PK PL PT PY
QA RO RS RU RW SA SB SC SD SE SG SI SK SL SM SN SO SR SS ST SV SY SZ TD TG TH TJ TL TM TN TO TR TT TV TW TZ UA
UG US UY UZ VA VC VE VN VU WS YE ZA ZM ZW'''.split()
SOVEREIGN = FACTBOOK_SOVEREIGN + ['FM', 'MH', 'PW', 'PS', 'XK']
HISTORICAL = {'SUHH': ('1945-01-01', '1991-12-26'), 'DDDE': ('1949-10-07', '1990-10-03'),
              'CSHH': ('1945-01-01', '1993-01-01'), 'YUCS': ('1945-01-01', '2003-02-04'),
              'CSXX': ('2003-02-04', '2006-06-05')}
# Heads of state shared with another country: Commonwealth realms (the British monarch) and
# Andorra (the French president as co-prince); their rows stay with the home country.
SHARED_HEAD = set('AG AU BS BZ CA GD JM NZ PG KN LC VC SB TV AD'.split())
# Former realms, with the year they became republics.
FORMER_REALMS = {'BB': 2021, 'MU': 1992, 'TT': 1976, 'MT': 1974, 'GY': 1970, 'FJ': 1987, 'DM': 1978}
NEWEST = '2026-01-22'          # last Factbook snapshot
# Names written family name first (Vietnamese names are written in order; the Factbook
# capitalises the given name people use: Vo Van KIET).
FAMILY_FIRST = {'CN', 'KR', 'KP', 'TW', 'HK', 'SG', 'KH', 'MO'}
HISPANIC = set('AR BO CL CO CR CU DO EC ES GQ GT HN MX NI PA PE PY SV UY VE'.split())
MONARCH_TITLES = {'King', 'Queen', 'Emperor', 'Empress', 'Emir', 'Sultan', 'Pope', 'Grand Duke',
                  'Grand Duchess', 'Prince', 'Co-prince', 'Crown Prince'}
# Title codes of the hand layer, for a title the recogniser knows.
KNOWN_TITLES = {'President', 'Prime Minister', 'Premier', 'Chancellor', 'King', 'Queen', 'Emperor', 'Empress',
                'Emir', 'Amir', 'Sultan', 'Pope', 'Supreme Leader', 'General Secretary', 'Leader', 'Chairman',
                'Taoiseach', 'Chief Adviser', 'State Counsellor', 'Crown Prince', 'Captain Regent'}
COMMON_NAMES = set('''mohamed mohammed muhammad mohammad muhammed ahmed ahmad ali hassan hasan hussein husain
abdul abdullah abdallah omar umar ibrahim ismail khan singh kumar john james david michael peter paul joseph
jose juan maria carlos luis jean pierre''' .split())
MIN_DAYS = 7                   # acting heads who served a few days stay out


def days(a, b):
    from datetime import date
    try:
        return (date.fromisoformat(b) - date.fromisoformat(a)).days
    except ValueError:
        return 0


def slug(text):
    return re.sub(r'[^a-z0-9]+', '-', fold(text).lower()).strip('-')


def person_key(country, given, family, after):
    """Same person across editions despite transliteration drift: family name and the
    initial of the first given name ('KIM Yong-sam' = 'KIM Young Sam')."""
    fam = core(family)
    first = (given or (after if country in FAMILY_FIRST else '')).strip()
    return fam, fold(first[:1]).lower()


def most_agreed(sinces):
    """The 'since' date most sightings give (in sighting order). Ties: a day-precise date
    beats one ending in -01 (parse_day dates 'November 1987' to the 1st), then the date of
    the newest sighting wins, since later texts correct earlier ones (Habibie 1998-03-21 →
    05-21, Matesa 1995-11 → 11-07). Never set order: ties are common (~40 runs)."""
    if not sinces:
        return ''
    newest = {s: i for i, s in enumerate(sinces)}
    return max(newest, key=lambda s: (sinces.count(s), not s.endswith('-01'), newest[s]))


def runs_from_observations(obs):
    """Consecutive observations of one holder → spells with start (the source's 'since'
    when it is plausible) and end (the next holder's start)."""
    by_slot = defaultdict(list)
    for country, role, seen, h, src in obs:
        by_slot[(country, role)].append((seen, h, src))
    spells = []
    for (country, role), items in by_slot.items():
        items.sort(key=lambda x: x[0])
        runs = []
        for seen, h, src in items:
            title, given, family, after, since = h
            key = person_key(country, given, family, after)
            if runs and runs[-1]['key'] == key:
                r = runs[-1]
                r['last'] = seen
                r['sinces'].append(since)
                r['names'].append(h)
                r['sources'].add(src.split(' ')[0] + (' weekly' if 'weekly' in src else ''))
                r['years'].append(src.split()[-1])
                continue
            runs.append({'key': key, 'first': seen, 'last': seen, 'sinces': [since], 'names': [h],
                         'sources': {src.split(' ')[0] + (' weekly' if 'weekly' in src else '')},
                         'years': [src.split()[-1]]})
        prev_start = '1900-01-01'
        for i, r in enumerate(runs):
            # The 'since' the most sightings agree on, when it falls after the previous holder
            # began (the Factbook often updates weeks late); otherwise a typo or an earlier
            # term, and the change is dated to the first sighting.
            # (A yearly edition is dated 1 July here; its text may be from later that year.)
            latest = f"{r['first'][:4]}-12-31"
            sinces = [s for s in r['sinces'] if s and prev_start < s <= max(r['first'], latest)]
            start = most_agreed(sinces)
            if not start:
                start = r['first'] if i else next((s for s in r['sinces'] if s and s <= r['first']), r['first'])
            r['start'] = start
            prev_start = start
        for i, r in enumerate(runs):
            end = runs[i + 1]['start'] if i + 1 < len(runs) else ''
            if not end and r['last'] < NEWEST[:4] + '-01-01' and country in HISTORICAL:
                end = HISTORICAL[country][1]
            if end and end <= r['start']:
                continue
            # The newest spelling (weekly texts keep diacritics) names the person.
            title, given, family, after, _ = r['names'][-1]
            yrs = sorted(set(r['years']))
            src = 'Factbook executive texts ' + (yrs[0] if len(yrs) == 1 else f'{yrs[0]}..{yrs[-1]}')
            spells.append(Spell(country, role, news_title(title, role), given, family, after, r['start'], end,
                                seen=[r['first'], r['last']], source=src))
    return spells


class Person:
    def __init__(self, pid, country, name, family):
        self.id, self.country, self.name, self.family = pid, country, name, family
        self.terms = []          # [role, titles, start, end, source]
        self.aliases, self.shorts, self.title_names = [], [], []
        self.curated = False


def core(family):
    """A family or regnal name without article or punctuation: 'al-Bashir' and 'Bashir' are
    one president, "`Isa" and "Isa" one emir."""
    # Regnal numbers stay: Tupou IV and Tupou VI are two kings.
    words = [w if not re.fullmatch(r'[IVX]+', w) else w + '_' for w in re.split(r'[\s]+', bare(fold(family))) if w]
    # German umlauts written out (Tschuetscher / Tschütscher, Schroeder / Schröder).
    return re.sub(r'([aou])e', r'\1', squash(' '.join(words)))


def squash(name):
    """A name reduced to its letters, for comparing spellings that differ in spaces and hyphens."""
    return re.sub(r'[^a-z_]', '', fold(name).lower())


def bare(family):
    """Family name without an Arabic article: 'al-Bashir' → 'Bashir'."""
    return re.sub(r"^(?:al|el|ad|ar|as|an|at|az|ash)[- ]", '', family, flags=re.I)


def given_initial(name, family):
    rest = [t for t in name.split() if fold(t).lower() != fold(family).lower()]
    return fold(rest[0][:1]).lower() if rest else ''


def word_list():
    path = '/usr/share/dict/american-english'
    if not os.path.exists(path):
        raise SystemExit('build.py: needs /usr/share/dict/american-english (apt-get install wamerican) '
                         'to keep common words out of standalone surnames')
    with open(path, encoding='utf-8', errors='replace') as f:
        return {w.strip() for w in f if w.strip() and w[0].islower()}


def name_forms(sp):
    """Canonical name, full-name aliases, and the family name news uses alone."""
    given, family, after, c = sp.given.strip(), sp.family.strip(), sp.after.strip(), sp.country
    given = re.sub(r'\s+', ' ', given)
    after_words = after.split()
    suffix = ''
    if after_words and after_words[-1].lower().strip('.') in ('jr', 'sr'):
        suffix = after_words.pop()
    after = ' '.join(after_words)
    monarch = sp.title in MONARCH_TITLES
    if monarch and not given:
        regnal = family
        name = f'{sp.title} {regnal}' if sp.title in KNOWN_TITLES else regnal
        full = [f'{regnal} {after}'.strip()] if after else []
        if after.startswith(('bin ', 'ibn ', 'bin', 'al-')) and len(after.split()) > 2:
            full.append(' '.join([regnal] + after.split()[:2]))
        return name, full, regnal, [regnal]
    if monarch and given and sp.title in KNOWN_TITLES:
        # "King George TUPOU V", "King Taufa'ahau TUPOU IV": the whole is the regnal name.
        roman = after if re.fullmatch(r'[IVX]+', after or '-') else ''
        regnal = ' '.join(x for x in (given, family, roman) if x)
        return f'{sp.title} {regnal}', [regnal], family, [regnal, given]
    if not given:
        # The family name (in capitals in the Factbook) comes first: Xi Jinping, Prabowo Subianto.
        name = f'{family} {after}'.strip()
        full = []
        if len(after.split()) > 2 and c not in FAMILY_FIRST:
            # "Mobutu Sese Seko Kuku Ngbendu wa Za Banga": the first words name him.
            name, full = f"{family} {' '.join(after.split()[:2])}", [name]
        if c in HISPANIC and after and after.split()[0] not in PARTICLES:
            name = family
        return name, full, family, []
    parts = given.split()
    first_given = parts[0]
    if c in FAMILY_FIRST and not after:
        name = f'{family} {given}'
    elif c in HISPANIC:
        name = f'{first_given} {family}'
    else:
        name = f'{given} {family}'
    full = [f'{given} {family}', f'{given} {family} {after}'.strip()]
    # "Mohamed Irfaan Ali" → not "Mohamed Ali": a short form of two very common names names
    # someone else first.
    if c not in ('VN', 'MM', 'KH', 'LA', 'TH', 'ID') and not (
            fold(first_given).lower() in COMMON_NAMES and fold(family).lower() in COMMON_NAMES):
        full.append(f'{first_given} {family}')
    if after and after.split()[0].lower() in PARTICLES:
        name = f'{name} {after}'
    if suffix:
        full += [f'{f} {s}' for f in list(full) + [name] for s in ('Jr.', 'Jr', 'Junior')]
    # Initials alone ('P. J. Patterson') are a full form, not a given name to drop.
    return name, [f for f in full if f.strip() != name], family, []


def titles_for(spells_titles, role):
    ts = [t for t in spells_titles if t in KNOWN_TITLES]
    if not ts:
        ts = ['Prime Minister'] if role == 'head_of_government' else ['President']
    out = []
    for t in ts:
        out += {'Prime Minister': ['Prime Minister', 'Premier'], 'Emir': ['Emir', 'Amir'],
                'Premier': ['Premier', 'Prime Minister'], 'Chief Adviser': ['Chief Adviser', 'Prime Minister']}.get(t, [t])
    return out


def clip(term, taken):
    """Parts of [start, end) not inside any taken interval."""
    parts = [(term[0], term[1] or '9999-12-31')]
    for ts, te in taken:
        nxt = []
        for s, e in parts:
            if te <= s or ts >= e:
                nxt.append((s, e))
                continue
            if s < ts:
                nxt.append((s, ts))
            if te < e:
                nxt.append((te, e))
        parts = nxt
    return [(s, '' if e == '9999-12-31' else e) for s, e in parts if days(s, e if e != '' else '2026-12-31') >= MIN_DAYS]


def generate(data, curated_rows, gec_to_iso):
    """Curated rows (already expanded by build.py) plus generated person-terms, as rows."""
    common_words = word_list()
    states = set(SOVEREIGN) | set(HISTORICAL)
    # San Marino's two captains regent share the head-of-state office: captain_regent_spells
    # gives both of each term, so the one-holder-per-office readers leave them out.
    obs = [o for o in factbook_observations(data, gec_to_iso) if o[0] in states and (o[0], o[1]) != ('SM', 'head_of_state')]
    fb_spells = runs_from_observations(obs)
    # A "since" date older than the state itself (Serbia and Montenegro's 2003 text dates its
    # prime minister from 2001, under FRY) belongs to the predecessor: keep only the state's years.
    for sp in fb_spells:
        if sp.country in HISTORICAL:
            first, last = HISTORICAL[sp.country]
            sp.start = max(sp.start, first)
            sp.end = min(sp.end or last, last)
    fb_spells = [sp for sp in fb_spells if sp.start < sp.end or not sp.end]
    cow = load_cow(data)
    ruler_spells = [s for s in archigos_spells(data, cow) + reign_spells(data, cow) if s.country in states and s.country != 'SM']
    # A spell the source leaves open ends where the next ruler of the state begins; one still
    # open is someone the Factbook does not name as head of state or government: cap it at
    # REIGN's last month rather than keep them in office for ever.
    by_state = defaultdict(list)
    for sp in ruler_spells:
        by_state[sp.country].append(sp)
    for sps in by_state.values():
        sps.sort(key=lambda s: s.start)
        for i, sp in enumerate(sps):
            if not sp.end:
                later = [o.start for o in sps[i + 1:] if o.start >= sp.start and fold(o.family) != fold(sp.family)]
                sp.end = later[0] if later else '2021-03-31'

    # Bridge 2018-2020 (no Factbook editions): a holder last seen in 2017 whose ruler spell
    # (Archigos/REIGN) ends before the next Factbook holder began left office then.
    def same_family(fb, ruler):
        return bare(fold(fb.family).lower()) in {bare(t) for t in re.split(r'[\s.]+', fold(ruler.family).lower())}

    following = {(sp.country, sp.role, sp.start): sp for sp in fb_spells}
    for sp in fb_spells:
        if not sp.end or sp.seen[1] >= sp.end or days(sp.seen[1], sp.end) < 300:
            continue
        for r in ruler_spells:
            if r.country == sp.country and r.end and sp.seen[1] < r.end < sp.end and r.start <= sp.seen[1] and \
                    same_family(sp, r):
                nxt = following.get((sp.country, sp.role, sp.end))
                sp.end = r.end
                # The successor ruled from then on (acting before the Factbook's "since"):
                # Bakiyev from Akayev's fall in March 2005, not from his August inauguration.
                if nxt and any(r2.country == sp.country and abs(days(r2.start, r.end)) <= 3 and same_family(nxt, r2)
                               for r2 in ruler_spells):
                    nxt.start = r.end

    # Curated people: their terms claim their slots first.
    people, by_id = [], {}
    taken = defaultdict(list)          # (country, slot) → intervals
    for r in curated_rows:
        pid, country, role, start, end = r[0], r[6], r[7], r[9], r[10]
        p = by_id.get(pid)
        if not p:
            p = Person(pid, country, r[1], r[2])
            p.curated = True
            by_id[pid] = p
            people.append(p)
        p.row_cells = p.__dict__.setdefault('row_cells', []) + [r]
        for slot in (['head_of_state', 'head_of_government'] if role == 'both' else [role]):
            taken[(country, slot)].append((start, end or '9999-12-31'))

    def find_person(country, family, given_init, full=''):
        fam = core(family)
        for p in people:
            if p.country != country:
                continue
            known = p.aliases + [a for r in getattr(p, 'row_cells', []) for a in r[5].split('|') + r[3].split('|') if a]
            if full and fold(full).lower() in {fold(p.name).lower()} | {fold(a).lower() for a in known}:
                return p
            if fam and (core(p.family) == fam or
                        p.curated and fam in {core(a) for r in p.row_cells for a in r[3].split('|') + r[4].split('|') if a}):
                gi = given_initial(p.name, p.family)
                if not given_init or not gi or gi == given_init:
                    return p
        return None

    def add_term(p, role, titles, start, end, source):
        if end and end <= start:
            return
        for s, e in clip((start, end), taken[(p.country, role)]):
            # A hand-made person gains only year-long terms: shorter remainders are the lag
            # between a Factbook edition and the change the hand layer dates exactly.
            if p.curated and days(s, e or NEWEST) < 365:
                continue
            p.terms.append([role, titles, s, e, source])
            taken[(p.country, role)].append((s, e or '9999-12-31'))

    # Factbook heads of state and government.
    fb_spells.sort(key=lambda s: (s.start, s.country, s.role))
    for sp in fb_spells:
        name, full, family, title_names = name_forms(sp)
        if not family or len(fold(family)) < 2:
            continue
        if sp.country not in ('GB', 'FR') and sp.role == 'head_of_state' and (sp.title in MONARCH_TITLES or sp.country == 'AD') and \
                any((p.country == 'GB' if sp.country != 'AD' else p.country == 'FR')
                    and fold(p.family).lower().split()[:1] == fold(family).lower().split()[:1] for p in people):
            continue
        gi = person_key(sp.country, sp.given, sp.family, sp.after)[1]
        p = find_person(sp.country, family, gi, name)
        if not p:
            pid = f'{sp.country[:2].lower()}-{slug(name)}'
            while pid in by_id:
                pid += '-2'
            p = Person(pid, sp.country, name, family)
            by_id[pid] = p
            people.append(p)
        if not p.curated:
            p.aliases += full
            p.title_names += title_names
            p.titles_seen = getattr(p, 'titles_seen', []) + [sp.title]
        # A hand-made person gains only terms of a year or more: shorter ones are the lag
        # between a Factbook edition and the change the hand layer dates exactly.
        if p.curated and days(sp.start, sp.end or NEWEST) < 365:
            continue
        add_term(p, sp.role, titles_for([sp.title], sp.role), sp.start, sp.end, sp.source)

    # Effective rulers where no head of state or government of the same name held office.
    default_titles = defaultdict(list)
    for sp in sorted(fb_spells, key=lambda s: s.start):
        if sp.title not in default_titles[sp.country]:
            default_titles[sp.country].append(sp.title)
    for sp in sorted(ruler_spells, key=lambda s: (s.start, s.source != 'Archigos 4.1')):
        if sp.end and days(sp.start, sp.end) < MIN_DAYS:
            continue
        if re.search(r'council|junta|committee|government|directorate|triumvirate|military| and ', sp.family, re.I):
            continue
        if ',' in sp.family:   # Archigos writes some as "Duvalier, Francois"
            sur, giv = sp.family.split(',', 1)
            sp.family = f'{giv.strip()} {sur.strip()}'.strip()
            surname = sur.strip()
        else:
            toks = [t for t in sp.family.split() if '.' not in t]
            surname = toks[-1] if toks else sp.family
            if sp.country in FAMILY_FIRST and len(toks) > 1:
                surname = toks[0]   # "Mao Tse-Tung", "Park Chung-hee": the family name comes first
            if any(t.lower() in ('ibn', 'bin') for t in toks[1:]):
                surname = toks[0]   # "Abdullah ibn Hussein" is Abdullah, son of Hussein
        written = sp.full or sp.family
        tokens = [bare(t) for t in re.split(r'[\s.]+', fold(sp.family)) if t]
        same = None
        for p in people:
            if p.country != sp.country:
                continue
            pf = bare(fold(p.family).lower())
            known = {squash(x) for x in [p.name] + p.aliases +
                     [a for r in getattr(p, 'row_cells', []) for a in r[5].split('|') + r[3].split('|') if a]}
            # The same full name however spaced ("Lee Myung Bak" / "Lee Myung-bak"), or the same
            # surname with the same first initial (Archigos: "Kohl", DBpedia: "Helmut Kohl").
            regnal = {core(a) for a in p.title_names + [a for r in getattr(p, 'row_cells', []) for a in r[4].split('|') if a]}
            # Family-name-first names (Li Tsung-jen, Li Teng-hui) share a few surnames and
            # initials: only the whole name matches there.
            if squash(sp.full or sp.family) in known or \
               (pf and bare(fold(surname).lower()) in (pf, pf.split()[-1]) and
                not (sp.country in FAMILY_FIRST and len(sp.family.split()) > 1) and
                (not sp.full or given_initial(sp.full, surname) in ('', given_initial(p.name, p.family))) and
                # A monarch is matched by their own name, not a father's ("Abdullah Al-Hussein").
                (not regnal or core(sp.family.split()[0]) in regnal | {core(p.family)})):
                overl = any(t[2] < (sp.end or '9999') and sp.start < (t[3] or '9999') for t in p.terms) or \
                    any(r[9] < (sp.end or '9999') and sp.start < (r[10] or '9999') for r in getattr(p, 'row_cells', []))
                if overl:
                    if sp.full and not p.curated and len(sp.full.split()) >= 2:
                        p.aliases.append(sp.full)
                    # Before 1990 the ruler may have held power before the office the hand
                    # layer records (Castro from 1959, president from 1976).
                    own = [(t[2], t[3] or '9999-12-31') for t in p.terms] + \
                        [(r[9], r[10] or '9999-12-31') for r in getattr(p, 'row_cells', [])]
                    for s, e in clip((sp.start, min(sp.end or '1990-01-01', '1990-01-01')), own):
                        if s < '1990-01-01':
                            add_term(p, 'effective_ruler', titles_for(default_titles.get(sp.country, [])[:2] or ['President'], 'effective_ruler') + ['Leader'], s, e, sp.source)
                    same = 'covered'
                    break
                same = same or p
        # A foreign ruler Archigos codes as an occupied state's for months (Saddam Hussein,
        # Kuwait 1990); Nasser's three years over Syria in the UAR stay.
        if sp.full and not same and days(sp.start, sp.end or '2021-03-31') < 365 and any(
                p.country != sp.country and squash(p.name) == squash(sp.full) and
                any(t[2] < (sp.end or '9999') and sp.start < (t[3] or '9999') for t in p.terms)
                for p in people):
            continue
        if same == 'covered':
            continue
        # Someone the Factbook or hand layer knows by another office holds the slot at this time.
        busy = [iv for slot in ('head_of_state', 'head_of_government')
                for iv in taken[(sp.country, slot)] if iv[0] <= sp.start < iv[1]]

        titles = [t for t in default_titles.get(sp.country, []) if t in KNOWN_TITLES] or ['President', 'Prime Minister']
        titles = titles_for(titles, 'effective_ruler') + ['Leader']
        if same is not None:
            add_term(same, 'effective_ruler', titles, sp.start, sp.end, sp.source)
            continue
        name = written
        monarch = any(t in MONARCH_TITLES for t in default_titles.get(sp.country, [])[:1]) and len(sp.family.split()) == 1 and not sp.full
        pid = f'{sp.country[:2].lower()}-{slug(name)}'
        while pid in by_id:
            pid += '-2'
        # Archigos' own short form is the surname news uses; DBpedia's spelling of it when
        # the page title contains it (diacritics).
        family = surname
        for t in (sp.full or '').split():
            if fold(t).lower() == fold(surname).lower():
                family = t
        p = Person(pid, sp.country, name, family)
        if sp.full and fold(sp.family) != fold(sp.full):
            p.aliases.append(sp.family) if len(sp.family.split()) > 1 else None
        if monarch:
            p.title_names.append(sp.family)
        p.titles_seen = titles
        by_id[pid] = p
        people.append(p)
        add_term(p, 'effective_ruler', titles, sp.start, sp.end, sp.source)

    # San Marino's captains regent: joint heads of state for six months, so two terms share the
    # office and are not clipped against each other. A regent who also led the government
    # (Gatti, Renzi, Beccari) keeps one id; one known only as a regent never stands alone by
    # surname (a six-month ceremonial term does not make "Rossi" or "Mancini" a leader).
    for sp in sorted(captain_regent_spells(data, gec_to_iso), key=lambda s: s.start):
        name = f'{sp.given} {sp.family}'.strip()
        p = next((q for q in people if q.country == 'SM' and (squash(q.name) == squash(name) or
                                                              squash(name) in {squash(a) for a in q.aliases})), None)
        if not p:
            pid = f'sm-{slug(name)}'
            while pid in by_id:
                pid += '-2'
            p = Person(pid, 'SM', name, sp.family)
            p.regent = True
            if ' ' in name:
                p.aliases.append(name)
            by_id[pid] = p
            people.append(p)
        p.terms.append(['head_of_state', ['Captain Regent'], sp.start, sp.end, sp.source])

    # Standalone surnames: distinctive ones only (not an English word, not a given name in the
    # data, not shared by two people of different countries, four letters or more).
    given_names = set()
    for sp in fb_spells:
        given_names |= {fold(g).lower() for g in sp.given.split()}
    fam_count = defaultdict(set)
    for p in people:
        fam_count[fold(p.family).lower()].add(p.country)
    rows = []
    for p in people:
        if p.curated:
            rows += p.row_cells
            for t in p.terms:
                r = list(p.row_cells[-1])
                r[3] = r[4] = r[5] = ''
                r[7], r[8], r[9], r[10], r[11] = t[0], '|'.join(dict.fromkeys(t[1])), t[2], t[3], t[4]
                rows.append(r)
            continue
        if not p.terms:
            continue
        fam = bare(fold(p.family).lower())
        shorts = []
        single = ' ' not in p.family and '-' not in p.family[:1]
        # Nor a Chinese or Korean family name (Chung, Hwang, Choi: shared by millions).
        if (single and len(fam) >= 4 and fam not in common_words and not getattr(p, 'regent', False)
                and p.country not in FAMILY_FIRST and fam not in given_names
                and len(fam_count[fam]) == 1 and not p.title_names and fam.isalpha()):
            shorts = [bare(p.family)]
        from build import variants
        aliases = []
        for a in [p.name] + p.aliases:
            aliases += variants(a, p.family, p.country)
        seen, out = {fold(p.name).lower()}, []
        for a in aliases:
            k = fold(a).lower()
            # Every word a common given name ("Mohammed Ali"): someone else first.
            if all(w in COMMON_NAMES for w in re.split(r'[\s-]+', k)):
                continue
            if a and k not in seen and len(a.split()) >= 2:
                seen.add(k)
                out.append(a)
        title_names = list(dict.fromkeys(p.title_names))
        for t in sorted(p.terms, key=lambda t: t[2]):
            rows.append([p.id, p.name, bare(p.family) if p.family not in title_names else '', '|'.join(shorts),
                         '|'.join(title_names), '|'.join(out), p.country, t[0], '|'.join(dict.fromkeys(t[1])),
                         t[2], t[3], t[4]])
    return merge_spellings(rows)


def merge_spellings(rows):
    """One person the Factbook spelt two ways over the years ("Teodoro OBIANG" and "Teodoro
    OBIANG NGUEMA MBASOGO") came out as two ids sharing a full name in one country: fold the
    generated one into the other (a hand-made id always survives), keeping its terms."""
    names = defaultdict(set)      # (country, squashed full name) → ids
    first = {}
    for r in rows:
        first.setdefault(r[0], r)
        for a in [r[1]] + r[5].split('|'):
            if a and len(a.split()) > 1:
                names[(r[6], squash(a))].add(r[0])
    # A name that continues another's in the same country ("Jean-Michel Sama Lukonde" /
    # "… Lukonde Kyenge") is the same person spelt fuller.
    by_country = defaultdict(list)
    for i, r in first.items():
        if not r[11].startswith('manual'):
            by_country[r[6]].append((fold(r[1]).lower().split(), i))
    for people in by_country.values():
        for a, ia in people:
            for b, ib in people:
                if ia != ib and 2 <= len(a) < len(b) and b[:len(a)] == a:
                    names[(first[ia][6], squash(first[ia][1]))].add(ib)
    # The Factbook reorders or respells a name between editions ("Kablan Daniel DUNCAN" /
    # "Daniel Kablan DUNCAN", "Apas DZHUMAGULOV" / "Apas JUMAGULOV", "Otkir" / "Utkur
    # SULTONOV"): the same given names in any order and the same family name, or one given
    # name and a family name spelt nearly alike for terms that follow within two years.
    import difflib
    spans = defaultdict(list)
    for r in rows:
        spans[r[0]].append((r[9], r[10] or '9999-12-31'))
    def given_words(r):
        fam = set(fold(r[2]).lower().replace('-', ' ').split())
        return [w for w in fold(r[1]).lower().replace('-', ' ').split() if w not in fam and w not in PARTICLES]
    for people in by_country.values():
        for _, ia in people:
            for _, ib in people:
                a, b = first[ia], first[ib]
                if ia >= ib or not a[2] or not b[2]:
                    continue
                ga, gb = given_words(a), given_words(b)
                fa, fb = core(a[2]), core(b[2])
                if not ga or not gb:
                    continue
                same = sorted(ga) == sorted(gb) and fa == fb
                near = lambda x, y: difflib.SequenceMatcher(None, x, y).ratio() >= 0.8
                if not same and len(ga) == len(gb) == 1 and (ga == gb and near(fa, fb) or fa == fb and near(ga[0], gb[0])):
                    gap = min(abs(days(x[1], y[0]) if x[1] < y[0] else days(y[1], x[0]) if y[1] < x[0] else 0)
                              for x in spans[ia] for y in spans[ib] if x[1] != '9999-12-31' or y[1] != '9999-12-31') \
                        if spans[ia] and spans[ib] else 99999
                    same = gap <= 730
                if same:
                    names[(a[6], 'same-person:' + ia)].update({ia, ib})
    target = {}
    def find(i):
        while i in target:
            i = target[i]
        return i
    for key, ids in names.items():
        if len(ids) < 2:
            continue
        # A respelt name: the newest spelling names the person (later editions and the weekly
        # texts spell better); otherwise the earliest id stays. Equal starts (Lahud / Lahoud,
        # Sargsyan / Sargsian): the spelling seen last, then the id, never set order.
        newest = isinstance(key[1], str) and key[1].startswith('same-person:')
        roots = sorted({find(i) for i in ids}, key=lambda i: (
            not first[i][11].startswith('manual'),
            -int(max(x[0] for x in spans[i]).replace('-', '')) if newest else first[i][9],
            -int(max(x[1] for x in spans[i]).replace('-', '')), i))
        for other in roots[1:]:
            if not first[other][11].startswith('manual'):
                target[other] = roots[0]
    out = []
    for r in rows:
        t = find(r[0])
        if t != r[0]:
            keep = first[t]
            extra = [a for a in [r[1]] + r[5].split('|') if a and a != keep[1]]
            r = [t, keep[1], keep[2], r[3], r[4], '|'.join(extra)] + list(r[6:])
        out.append(r)
    return out
