#!/usr/bin/env python3
"""Build lexicons/places.tsv and lexicons/demonyms.tsv for newsx (Python 3, stdlib only).

Inputs (read-only): ../../../shared/lexicon-sources/ (override with --sources)
  cldr_territories_ar.tsv, cldr_territories_en.tsv   (Unicode-3.0)
  cldr_tz_exemplar_cities_ar.tsv + tz_cc.tsv          (Unicode-3.0; tz->country from IANA tzdata, public domain)
  cities_arwikicats_ar.tsv  (MIT)  -- only keys whitelisted in arwikicats_keep.tsv are used
  demonyms_arwikicats_ar.tsv (MIT)
Hand-curated (this folder): places_manual.tsv, places_exclude.tsv, arwikicats_keep.tsv,
  demonyms_manual.tsv, demonyms_exclude.tsv
Usage: python3 tools/lexicons/build_places.py [--sources DIR] [--out DIR] [--check]
"""
import argparse, csv, os, re, sys, unicodedata
from collections import defaultdict, OrderedDict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..', '..'))

KINDS = ['continent', 'country', 'territory', 'region', 'governorate', 'city',
         'district', 'camp', 'neighborhood', 'landmark']
KIND_RANK = {k: i for i, k in enumerate(KINDS)}
FLAGS = ['primary', 'multi', 'ambiguous', 'country', 'strong', 'capital', 'disputed']

# CLDR codes that are dependencies / special areas rather than sovereign states
TERRITORY_CODES = set('''AC AI AQ AS AW AX BL BM BQ BV CC CK CP CW CX DG EA EH FK FO GF GG GI GL GP GS GU
HK HM IC IM IO JE KY MF MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TA TC TF TK UM VG VI WF YT'''.split())
CLDR_DROP = {'XA', 'XB', 'ZZ', 'EU', 'EZ', 'UN', 'QO', '001', 'AQ'}  # AQ: manual continent row
CLDR_CONTINENTS = {'002', '142', '150', '009', '003', '005'}
DISPUTED_CODES = {'EH', 'XK', 'TW'}
# CLDR pseudo-codes that are not ISO 3166-1: map to the ISO code of the owning country (None = drop)
CLDR_CC_REMAP = {'AC': 'SH', 'TA': 'SH', 'CP': 'FR', 'DG': 'IO', 'IC': None, 'EA': None}

# ---------- normalization (mirrors the Rust loader: diacritics, alef forms, tatweel, 1:1 folds) ----------
_DIAC = re.compile('[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]')
_FOLD = str.maketrans({'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي',
                       'ک': 'ك', 'ی': 'ي', 'ۀ': 'ه', 'ھ': 'ه'})

def clean(s):
    s = unicodedata.normalize('NFC', s).replace('\u200f', '').replace('\u200e', '').replace('\u200c', '').replace('\u200d', '')
    return re.sub(r'\s+', ' ', s).strip()

def norm(s):
    return _DIAC.sub('', clean(s)).translate(_FOLD)

def key(s):
    """matching key: normalized, without spaces/hyphens (نيو يورك == نيويورك)."""
    return re.sub(r'[\s\-‐–]', '', norm(s))

def read_tsv(path):
    with open(path, encoding='utf-8') as f:
        lines = [l for l in f if l.strip() and not l.startswith('#')]
    rd = csv.reader(lines, delimiter='\t', quoting=csv.QUOTE_NONE)
    header = next(rd)
    for row in rd:
        row += [''] * (len(header) - len(row))
        yield dict(zip(header, [c.strip() for c in row]))

def strip_paren(s):
    return clean(re.sub(r'\s*\([^)]*\)', '', s))

class Place:
    __slots__ = ('canonical', 'kind', 'cc', 'flags', 'names', 'src', 'amb')
    def __init__(self, canonical, kind, cc, flags, names, src):
        assert kind in KIND_RANK, (kind, canonical)
        self.canonical, self.kind, self.cc, self.src = canonical, kind, cc, src
        self.flags = set(f for f in flags if f)
        for f in self.flags:
            assert f in FLAGS, (f, canonical)
        self.names = OrderedDict()   # key -> surface
        self.add_names(names)
        # `ambiguous` is a property of surface names, not of the place
        self.amb = set(self.names) if 'ambiguous' in self.flags else set()
        self.flags.discard('ambiguous')
    def add_names(self, names):
        for n in names:
            n = clean(n)
            if n and key(n) not in self.names:
                self.names[key(n)] = n

class Gazetteer:
    def __init__(self, excluded):
        self.places = []
        self.index = defaultdict(list)  # (key, cc) -> places
        self.by_key = defaultdict(list)  # key -> places
        self.excluded = excluded
    def _reg(self, p):
        for k in p.names:
            if p not in self.index[(k, p.cc)]:
                self.index[(k, p.cc)].append(p)
            if p not in self.by_key[k]:
                self.by_key[k].append(p)
    def add_manual(self, p):
        # manual lines with the same canonical, kind and cc are the same place
        for k in p.names:
            for q in self.index.get((k, p.cc), []):
                if q.src == 'manual' and q.canonical == p.canonical and q.kind == p.kind:
                    q.add_names(p.names.values()); q.flags |= p.flags; q.amb |= p.amb; self._reg(q); return q
        self.places.append(p); self._reg(p); return p
    def add_auto(self, p, skip_if_new=lambda p: False):
        names = [n for n in p.names.values() if key(n) not in self.excluded]
        if not names:
            return None
        p.names = OrderedDict(); p.add_names(names)
        for k in list(p.names):
            for q in self.index.get((k, p.cc), []):
                if q.kind == p.kind:
                    q.add_names(p.names.values()); q.flags |= (p.flags - {'primary'}); q.amb |= p.amb; self._reg(q)
                    return q
        if skip_if_new(p):
            return None
        # a name that manual curation already gave to a place of this kind elsewhere: manual decides
        if any(q.src == 'manual' and q.kind == p.kind for k in p.names for q in self.by_key.get(k, [])):
            return None
        self.places.append(p); self._reg(p); return p

# ---------- transliteration variants of foreign names ----------
# Arabic news transliterates foreign names in several ways; the loader folds only hamza/ة/ى. General
# rules (no name list): Egyptian ج for the g that others write غ (هونغ كونغ / هونج كونج, غوانتانامو /
# جوانتانامو); a prothetic ا before an initial s/sh cluster (ستوكهولم / استوكهولم, شتوتغارت /
# اشتوتغارت); a long vowel written or not inside a long word (كاراكاس / كراكاس, تركمانستان /
# تركمنستان, طاجيكستان / طاجكستان, أوروبا / أوربا); final ا / ة (بولندا / بولندة, أسمرة / أسمرا).
# Applied only to places outside the Arab states (Arabic names have one native spelling), never when
# the variant is another listed place, a word of another project lexicon or an everyday word.
ARAB_CC = set('AE BH DJ DZ EG EH IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE'.split())
VARIANT_KINDS = {'continent', 'country', 'territory', 'region', 'governorate', 'city', 'landmark'}
VARIANT_MIN_LEN = 5        # letters of a one-word variant
VOWELS = set('اوي')
ARABIC_WORDS = set('''جمهورية مملكة إمارة سلطنة دولة أرخبيل جزيرة جزر شبه بحر خليج مضيق جبل جبال نهر بحيرة قناة
صحراء وادي سهل هضبة مدينة ولاية إقليم مقاطعة منطقة جنوب شمال شرق غرب وسط رأس جديدة'''.split())

def translit_variants(name):
    """One-edit spelling variants of a foreign place name (see the comment above). Words with the
    article, generic words (جمهورية، أرخبيل …) and nisba adjectives are Arabic: left as they are."""
    name = _DIAC.sub('', clean(name))
    words = name.split()
    out = []
    if 'غ' in name:
        # (not in an Arabic -ية adjective: «فيرجينيا الغربية» has no «الجربية»)
        out.append(' '.join(w if w in ARABIC_WORDS or w.endswith('ية') else w.replace('غ', 'ج')
                            for w in words))
    for i, w in enumerate(words):
        if w.startswith('ال') or w in ARABIC_WORDS or w.endswith('ية'):
            continue
        def put(nw):
            out.append(' '.join(words[:i] + [nw] + words[i + 1:]))
        if len(w) >= 4 and w[0] in 'سش' and w[1] not in VOWELS:
            put('ا' + w)
        for j in range(1, len(w) - 1):
            if (w[j] == 'ا' and len(w) >= 6 or w[j] == 'ي' and len(w) >= 7) \
                    and w[j - 1] not in VOWELS | set('أإآ') and w[j + 1] not in VOWELS:
                put(w[:j] + w[j + 1:])
        if len(w) >= 5 and w[-1] == 'ة':
            put(w[:-1] + 'ا')
        if len(w) >= 5 and w[-1] == 'ا' and w[-2] != 'ي':
            put(w[:-1] + 'ة')
    return [v for v in out if v != name]

def build_places(src, out, check):
    excl_names, excl_tz = set(), []
    for r in read_tsv(os.path.join(HERE, 'places_exclude.tsv')):
        if r['type'] == 'name':
            excl_names.add(key(r['value']))
        elif r['type'] == 'tz_prefix':
            excl_tz.append(r['value'])
    gz = Gazetteer(excl_names)

    # 1. manual (highest priority)
    country_canon = {}
    for r in read_tsv(os.path.join(HERE, 'places_manual.tsv')):
        names = [clean(n) for n in r['names'].split('|') if n.strip()]
        canon = clean(r.get('canonical') or '') or names[0]
        flags = [f.strip() for f in r['flags'].split(',') if f.strip()]
        p = gz.add_manual(Place(canon, r['kind'], r['cc'], flags, names, 'manual'))
        if r['kind'] in ('country', 'territory') and r['cc'] not in country_canon:
            country_canon[r['cc']] = p

    # 2. CLDR territories / regions
    en = {r['code']: r['name_en'] for r in read_tsv(os.path.join(src, 'cldr_territories_en.tsv'))}
    country_keys = set()
    for r in read_tsv(os.path.join(src, 'cldr_territories_ar.tsv')):
        code, name = r['code'], r['name_ar']
        if code in CLDR_DROP:
            continue
        variants = []
        for part in name.split(' - ') if code == 'FK' else [name.replace(' - ', ' ')]:
            m = re.search(r'\(([^)]*)\)', part)
            variants.append(strip_paren(part))
            if m and code == 'MM':
                variants.append(m.group(1))
        if r['kind'] == 'region':
            kind = 'continent' if code in CLDR_CONTINENTS else 'region'
            gz.add_auto(Place(variants[0], kind, '', [], variants, 'cldr'))
            continue
        kind = 'territory' if code in TERRITORY_CODES else 'country'
        if code in CLDR_CC_REMAP:
            if CLDR_CC_REMAP[code] is None:
                continue
            gz.add_auto(Place(variants[0], kind, CLDR_CC_REMAP[code], [], variants, 'cldr'))
            continue
        flags = ['disputed'] if code in DISPUTED_CODES else []
        if code in country_canon:
            p = country_canon[code]
            p.add_names(v for v in variants if key(v) not in excl_names); gz._reg(p)
        else:
            p = gz.add_auto(Place(variants[0], kind, code, flags, variants, 'cldr'))
            # note: add_auto re-filters names, p.amb stays empty for CLDR rows
            if p:
                country_canon[code] = p
        for v in variants:
            country_keys.add(key(v))
    for p in country_canon.values():
        country_keys.update(p.names)

    # 3. ArWikiCats whitelist (linked to tz exemplar cities by English name)
    tzcc = {r['tz_id']: r['cc'] for r in read_tsv(os.path.join(HERE, 'tz_cc.tsv'))}
    tz_rows = [r for r in read_tsv(os.path.join(src, 'cldr_tz_exemplar_cities_ar.tsv'))
               if r['tz_id'] in tzcc and not any(r['tz_id'].startswith(x) for x in excl_tz)]
    tz_by_en = defaultdict(list)
    for r in tz_rows:
        tz_by_en[r['city_en_from_tzid'].lower()].append(r)
    awc = {r['key_en']: r for r in read_tsv(os.path.join(src, 'cities_arwikicats_ar.tsv'))}
    used_tz = set()
    missing = []
    for r in read_tsv(os.path.join(HERE, 'arwikicats_keep.tsv')):
        a = awc.get(r['key_en'])
        if not a:
            missing.append(r['key_en']); continue
        names = [strip_paren(a['name_ar_no_disambig'])]
        base = r['key_en'].split(',')[0]
        for t in tz_by_en.get(base, []):
            if tzcc[t['tz_id']] == r['cc']:
                names.append(strip_paren(t['name_ar'])); used_tz.add(t['tz_id'])
        flags = [f for f in r['flags'].split(',') if f]
        gz.add_auto(Place(names[0], r['kind'], r['cc'], flags, names, 'arwikicats'))

    # 4. remaining tz exemplar cities
    for r in tz_rows:
        if r['tz_id'] in used_tz:
            continue
        name = strip_paren(r['name_ar'])
        if '،' in name:
            continue
        gz.add_auto(Place(name, 'city', tzcc[r['tz_id']], [], [name], 'cldr-tz'),
                    skip_if_new=lambda p: any(k in country_keys for k in p.names))

    # 5. transliteration variants of foreign names (see translit_variants)
    other = other_words(src, out) | {key(w) for w in TIER2_STOP}
    added = 0
    for p in list(gz.places):
        if p.kind not in VARIANT_KINDS or p.cc in ARAB_CC or (not p.cc and p.kind != 'continent'):
            continue
        for k, n in list(p.names.items()):
            for v in translit_variants(n):
                kv = key(v)
                if (kv in gz.by_key or kv in other or kv in excl_names or kv in p.names
                        or (' ' not in v and len(kv) < VARIANT_MIN_LEN)
                        or (kv.endswith('ا') and kv[:-1] in other)):   # مديرا: accusative of مدير
                    continue
                p.add_names([v]); gz._reg(p); added += 1
                if k in p.amb:
                    p.amb.add(kv)
    if check:
        print('transliteration variants added:', added)

    # 6. rows, multi/primary resolution
    rows = []
    for p in gz.places:
        for n in p.names.values():
            rows.append([n, p.canonical, p.kind, p.cc, set(p.flags) | ({'ambiguous'} if key(n) in p.amb else set()), p])
    groups = defaultdict(list)
    for row in rows:
        groups[key(row[0])].append(row)
    for k, g in groups.items():
        canons = {id(r[5]) for r in g}
        for r in g:
            r[4].discard('primary')
        if len(canons) > 1:
            def rank(r):
                p = r[5]
                return (0 if 'primary' in p.flags else 1, KIND_RANK[p.kind],
                        0 if 'capital' in p.flags else 1, gz.places.index(p))
            g.sort(key=rank)
            for r in g:
                r[4].add('multi')
            g[0][4].add('primary')
    # `ambiguous` describes the bare name: a variant that starts with a place head word
    # (محافظة المثنى، نهر النيل، جبل عرفات، مخيم ...) is not ambiguous.
    for r in rows:
        if 'ambiguous' in r[4] and ' ' in r[0] and r[0].split()[0] in HEAD_WORDS:
            r[4] = set(r[4]) - {'ambiguous'}
    seen, outrows = set(), []
    for r in rows:
        if (r[0], r[1]) in seen:
            continue
        seen.add((r[0], r[1]))
        outrows.append(r)
    outrows.sort(key=lambda r: (r[0], 0 if 'primary' in r[4] else 1, KIND_RANK[r[2]], r[1]))

    path = os.path.join(out, 'places.tsv')
    with open(path, 'w', encoding='utf-8') as f:
        f.write(PLACES_HEADER)
        f.write('name\tcanonical\tkind\tcc\tflags\n')
        for n, c, kd, cc, fl, _ in outrows:
            f.write('\t'.join([n, c, kd, cc, ','.join(x for x in FLAGS if x in fl)]) + '\n')
    if missing:
        print('WARN arwikicats_keep keys not in source:', missing, file=sys.stderr)
    return outrows, gz, country_canon

HEAD_WORDS = set('''مدينة بلدة قرية محافظة ولاية إقليم منطقة مقاطعة ريف مخيم حي ضاحية جزيرة جزر قضاء ناحية
مديرية لواء معبر ميناء نهر بحر خليج جبل جبال سهل وادي صحراء شبه دولة جمهورية مملكة سلطنة إمارة مضيق قناة صعيد
هضبة مرتفعات بلاد'''.split())

PLACES_HEADER = """# newsx places gazetteer -- GENERATED by tools/lexicons/build_places.py; edit the sources there, not this file.
# Sources: Unicode CLDR 47 (Unicode-3.0), ArWikiCats city labels (MIT, whitelisted keys only),
#          IANA tzdata zone.tab (public domain, tz->country), hand curation (see README-places.md).
# name: surface form (one row per spelling; the Rust loader folds hamza/ة/ى variants itself).
# canonical: canonical Arabic name shared by all variants of one place; homonymous places carry a
#            qualifier in parentheses, e.g. "طرابلس (لبنان)", "عمان (الأردن)".
# kind: continent|country|territory|region|governorate|city|district|camp|neighborhood|landmark
# cc: ISO 3166-1 alpha-2 of the country (empty for continents and supranational regions).
# flags: primary   = default reading of a name shared by several places (multi);
#        multi     = the same surface name (after normalization) names several places in this file;
#        ambiguous = name is also a common Arabic word or person name: require context (trigger word,
#                    preposition, neighbouring place) before tagging;
#        capital   = national capital;  disputed = sovereignty contested (cc follows ISO/UN usage).
# Ambiguity rule: when a name has several rows, the row flagged `primary` (listed first) wins when no
#        context decides: manual `primary` overrides, else the broader kind (country before city), else
#        the capital. E.g. الجزائر/تونس/الكويت/عمان -> the country; طرابلس -> Libya; صور -> Lebanon.
"""

# ---------------- demonyms ----------------
DEM_COUNTRY_FIX = {  # ArWikiCats country_en -> ISO code where the CLDR English name does not match
    'united states': 'US', 'america': 'US', 'united kingdom': 'GB', 'england': 'GB', 'scotland': 'GB',
    'wales': 'GB', 'czech republic': 'CZ', 'republic of ireland': 'IE', 'ivory coast': 'CI',
    'burma': 'MM', 'myanmar': 'MM', 'macedonia': 'MK', 'swaziland': 'SZ', 'cape verde': 'CV',
    'republic-of-congo': 'CG', 'democratic-republic-of-congo': 'CD', 'korea': 'KR', 'timor': 'TL',
    'faroe islanders': 'FO', 'macau': 'MO', 'bosnia and herzegovina': 'BA', 'guinea-bissau': 'GW',
    'gambia': 'GM', 'bahamas': 'BS', 'palestine': 'PS', 'vietnam': 'VN', 'congo': 'CG',
    'sao tome': 'ST', 'vatican': 'VA', 'russia': 'RU', 'laos': 'LA', 'brunei': 'BN',
    'micronesia': 'FM', 'syria': 'SY', 'iran': 'IR', 'turkey': 'TR', 'moldova': 'MD',
}
DEM_SKIP_COUNTRIES = {  # historical, ethnic or sub-national entries: no ISO 3166-1 code
    'african americans', 'ancient greece', 'ancient macedonia', 'ancient romania', 'antilles', 'australasia',
    'austria hungary', 'bengal', 'bohemia', 'caribbean', 'crimea', 'czechoslovakia', 'melanesia', 'moravia',
    'parthian empire', 'prussia', 'rhodesia', 'sasanian empire', 'soviet union', 'victoria-australia',
    'yugoslavia', 'zanzibar', 'zaire', 'abkhazia',
}

def dem_forms(ms, fs, mp, fp):
    """-> list of (form, gender_number). Adds definite forms and the oblique -ين plural."""
    out = []
    def add(f, g):
        f = clean(f)
        if f:
            out.append((f, g))
    def defn(w):  # definite article on the first word of each word (adjective phrases agree)
        return ' '.join('ال' + x if not x.startswith('ال') else x for x in w.split())
    for f, g in ((ms, 'm.sg'), (fs, 'f.sg'), (mp, 'm.pl'), (fp, 'f.pl')):
        if not f:
            continue
        add(f, g); add(defn(f), g)
        if g == 'm.pl' and f.split()[0].endswith('ون'):
            obl = ' '.join(x[:-2] + 'ين' if x.endswith('ون') else x for x in f.split())
            add(obl, g); add(defn(obl), g)
    return out

def build_demonyms(src, out):
    en2cc = {}
    for r in read_tsv(os.path.join(src, 'cldr_territories_en.tsv')):
        if re.fullmatch('[A-Z]{2}', r['code']):
            en2cc[r['name_en'].lower()] = r['code']
    excl = set()
    for r in read_tsv(os.path.join(HERE, 'demonyms_exclude.tsv')):
        excl.add(key(r['form']))
    forms = OrderedDict()
    unmapped = []
    def put(form, cc, g):
        k = (key(form), cc, g)
        if key(form) in excl or k in forms:
            return
        forms[k] = (form, cc, g)
    for r in read_tsv(os.path.join(HERE, 'demonyms_manual.tsv')):
        for f, g in dem_forms(r['m_sg'], r['f_sg'], r['m_pl'], r['f_pl']):
            put(f, r['cc'], g)
    for r in read_tsv(os.path.join(src, 'demonyms_arwikicats_ar.tsv')):
        c = r['country_en'].lower()
        if c in DEM_SKIP_COUNTRIES:
            continue
        cc = DEM_COUNTRY_FIX.get(c) or en2cc.get(c)
        if not cc:
            unmapped.append(c); continue
        for f, g in dem_forms(r['male'], r['female'], r['males'], r['females']):
            put(f, cc, g)
        for f, g in ((r['the_male'], 'm.sg'), (r['the_female'], 'f.sg')):
            if f:
                put(clean(f), cc, g)
    # a form mapping to two countries is dropped unless a manual row decides it
    by_form = defaultdict(set)
    for (k, cc, g) in forms:
        by_form[k].add(cc)
    rows = sorted(v for (k, cc, g), v in forms.items() if len(by_form[k]) == 1 or
                  (k, cc, g) in MANUAL_KEEP)
    path = os.path.join(out, 'demonyms.tsv')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('# newsx nationality adjectives (demonyms) -- GENERATED by tools/lexicons/build_places.py\n')
        f.write('# Sources: ArWikiCats nationalities (MIT) + hand curation (demonyms_manual.tsv).\n')
        f.write('# form: surface form (indefinite and definite الـ; the loader folds hamza/ة/ى itself).\n')
        f.write('# cc: ISO 3166-1 alpha-2. gender_number: m.sg | f.sg | m.pl | f.pl (m.pl covers -ون and -ين).\n')
        f.write('# Forms that are mostly common words (مالي financial, قمري lunar ...) are excluded; see README-places.md.\n')
        f.write('form\tcc\tgender_number\n')
        for form, cc, g in rows:
            f.write(f'{form}\t{cc}\t{g}\n')
    if unmapped:
        print('WARN demonym countries not mapped:', sorted(set(unmapped)), file=sys.stderr)
    return rows

MANUAL_KEEP = set()

# ---------------- second tier: remaining ArWikiCats / CLDR city names, context only ----------------
# Arabic function words and everyday words that some town in the source list is also called
# (hand-written from general knowledge, not from any corpus): never a second-tier name.
TIER2_STOP = set('''
في من إلى الى على عن مع بين حتى منذ عند لدى حول خلال بعد قبل تحت فوق أمام وراء دون ضد نحو عبر
كان كانت يكون تكون ليس لم لن لا ما ماذا هل قد لقد إن أن إذا لو كل بعض غير أي أو أم ثم بل لكن هذا هذه
ذلك تلك هنا هناك هو هي هم نحن أنا أنت الذي التي الذين كما مثل أيضا فقط جدا عام يوم شهر سنة وقت أول آخر
كبير صغير جديد قديم بيت دار باب سوق عين بئر نهر بحر جبل تل وادي رأس قلعة برج جسر قصر مدينة قرية بلدة
ولاية العاصمة شمال جنوب شرق غرب الشمال الجنوب الشرق الغرب الوسط وسط الساحل ساحل البحر الجبل الوادي
النهر الأمل النور السلام الحرية الوحدة الثورة النصر الفتح الرحمة الجديدة القديمة الكبرى الصغرى العليا السفلى
الخير البركة الأمير الملك السلطان الشيخ الإمام الحاج سيدي مولاي أبو أم بن ابن بنت عبد آل
إيران العراق أمريكا
ماء نار أرض سماء شمس قمر نجم حجر ذهب فضة حديد ملح عسل لبن خبز زيت تمر ورد زهرة نخلة شجرة
الست ست سبع ثمان تسع عشر مئة ألف مليون اثنين ثلاثة أربعة خمسة
قال يقول أكد أعلن ذكر أضاف أشار وقال جاء أصبح صار بات ظل زال مازال
وزير رئيس ملك أمير شيخ جيش حزب حكومة دولة شعب قوة قوات مجلس لجنة جامعة شركة بنك
تنفيذ تطوير تحرير تعليم تنظيم تحقيق تقرير تعاون تأمين تدريب رالي سباق ديربي غارة هجوم حرب معركة
الحجارة حجارة ميدان معسكر مخيم كانون تموز آب أيلول نيسان آذار شباط قربة غارة دلتا المعرفة الزيتون
زيتون الرمان التفاح العنب النخيل الورود الشاطئ شاطئ الكورنيش الميدان الساحة الحي الجامعة المدرسة المستشفى المطار الميناء المحطة السوق الحديقة
نوكيا رينو تويوتا فيات مرسيدس سوني كوكا بيبسي غوغل ياهو
كورنيش حزام رسوم بوكو
'''.split())
TIER2_MIN_LEN = 4          # letters of a one-word name
TIER2_MAX_WORDS = 3

def other_words(src, out):
    """Keys of words that other project lexicons give another meaning (person names, titles, demonyms,
    months, triggers ...), of one-word foreign person names and of CLDR language names: neither a
    second-tier name nor a generated spelling variant may be one of them."""
    other = set()
    for fn, col in (('given_names.tsv', 0), ('family_names.tsv', 0), ('person_titles.tsv', 0),
                    ('demonyms.tsv', 0), ('place_triggers.tsv', 0), ('dates.tsv', 0),
                    ('name_particles.tsv', 0), ('quote_verbs.tsv', 0), ('org_heads.tsv', 0)):
        path = os.path.join(out, fn)
        if not os.path.exists(path):
            continue
        with open(path, encoding='utf-8') as f:
            lines = [l for l in f if l.strip() and not l.startswith('#')][1:]
        for l in lines:
            other.add(key(l.split('\t')[col]))
            for w in l.split('\t')[col].split():   # each word of a multi-word entry (كانون الثاني)
                other.add(key(w))
    # one-word foreign person names as Arabic news writes them (كلاوس، جون): arabnamer (CC-BY-4.0)
    for r in read_tsv(os.path.join(src, 'names_en_ar_arabnamer.tsv')):
        if ' ' not in r['name_ar']:
            other.add(key(r['name_ar']))
    for r in read_tsv(os.path.join(src, 'cldr_languages_ar.tsv')):
        for v in r.values():
            other.add(key(v))
    return other

def build_tier2(src, out, gz):
    """lexicons/places_tier2.tsv: city labels of the raw sources that the curated gazetteer does not
    list, accepted by the extractor only with strong context (see docs/places.md)."""
    taken = set()
    for p in gz.places:
        taken.update(p.names)
    other = other_words(src, out)
    stop = {key(w) for w in TIER2_STOP}
    heads = {key(w) for w in HEAD_WORDS}
    names = OrderedDict()
    def consider(n):
        n = strip_paren(n)
        if not n or re.search(r'[0-9A-Za-z٠-٩،,.\'"/&:]', n):
            return
        words = n.split()
        if words and key(words[0]) in heads and len(words) > 1:
            words = words[1:]           # «مدينة X» / «مقاطعة X»: the head is context, not name
        n = ' '.join(words)
        if not words or len(words) > TIER2_MAX_WORDS:
            return
        k = key(n)
        if k in taken or k in other or k in stop or k in names:
            return
        if len(words) == 1:
            bare = k[2:] if k.startswith('ال') else k
            if len(bare) < TIER2_MIN_LEN or bare in stop or bare in other:
                return
            if k.endswith('يه'):   # nisba adjectives (عثمانية، العربية) outnumber towns
                return
        w0 = key(words[0])
        if w0 in heads or (w0.startswith('ال') and w0[2:] in heads):   # «المنطقة الوسطى»
            return
        if any(key(w) in stop for w in words) and len(words) == 1:
            return
        names[k] = n
    for r in read_tsv(os.path.join(src, 'cities_arwikicats_ar.tsv')):
        consider(r['name_ar_no_disambig'] or r['label_ar'])
    for r in read_tsv(os.path.join(src, 'cldr_tz_exemplar_cities_ar.tsv')):
        consider(r['name_ar'])
    rows = sorted((' '.join(norm(n).split()), n) for n in names.values())
    path = os.path.join(out, 'places_tier2.tsv')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('# newsx second-tier place names -- GENERATED by tools/lexicons/build_places.py.\n')
        f.write('# City labels of ArWikiCats (MIT) and CLDR tz exemplar cities (Unicode-3.0) that places.tsv\n')
        f.write('# does not list; filtered (parenthesised qualifiers and leading head nouns stripped; one-word\n')
        f.write('# names under 4 letters, function/everyday words, person names, titles, demonyms dropped).\n')
        f.write('# The extractor accepts them ONLY with strong context (head noun, في/إلى/ب before, a known place\n')
        f.write('# joined by و, عاصمة). key: the matching key (normalized + folded), sorted; name: as written.\n')
        f.write('key\tname\n')
        for k, n in rows:
            f.write(f'{k}\t{n}\n')
    return rows

def self_check(rows, dem):
    from collections import Counter
    print('places rows:', len(rows), ' distinct places:', len({r[1] + '|' + r[3] + '|' + r[2] for r in rows}))
    kc = Counter(r[2] for r in rows)
    pc = Counter((r[2]) for r in {(r[1], r[2], r[3]): r for r in rows}.values())
    for k in KINDS:
        print(f'  {k:13s} rows={kc.get(k,0):5d} places={pc.get(k,0):5d}')
    fc = Counter(f for r in rows for f in r[4])
    print('flags:', dict(fc))
    byname = defaultdict(list)
    for r in rows:
        byname[key(r[0])].append(r)
    for n in ['سوريا', 'موسكو', 'حلب', 'جنيف', 'واشنطن', 'روسيا', 'الولايات المتحدة', 'مكسيكو', 'دمشق',
              'أميركا', 'سورية', 'عمان', 'الجزائر', 'طرابلس', 'غزة', 'مخيم جنين', 'الشرقية']:
        hits = byname.get(key(n))
        print(f'  {"OK " if hits else "MISSING"} {n}: ' + '; '.join(f'{r[1]}/{r[2]}/{r[3]}/{",".join(sorted(r[4]))}' for r in hits or []))
    print('demonyms rows:', len(dem), ' countries:', len({r[1] for r in dem}))
    dk = {key(r[0]): r for r in dem}
    for f in ['أميركي', 'الأميركية', 'الأمريكيون', 'السوري', 'السورية', 'السوريون', 'السوريين', 'سعودي', 'السعوديين', 'الروس', 'الإسرائيلي']:
        print(f'  {"OK " if key(f) in dk else "MISSING"} {f} {dk.get(key(f), "")}')

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--sources', default=os.path.normpath(os.path.join(ROOT, '..', 'shared', 'lexicon-sources')))
    ap.add_argument('--out', default=os.path.join(ROOT, 'lexicons'))
    ap.add_argument('--check', action='store_true', help='print counts and spot checks')
    a = ap.parse_args()
    if not os.path.isdir(a.sources) and os.path.isdir('/work/shared/lexicon-sources'):
        a.sources = '/work/shared/lexicon-sources'
    os.makedirs(a.out, exist_ok=True)
    dem = build_demonyms(a.sources, a.out)   # first: the variant filter reads demonyms.tsv
    rows, gz, cc = build_places(a.sources, a.out, a.check)
    build_tier2(a.sources, a.out, gz)
    if a.check:
        self_check(rows, dem)

if __name__ == '__main__':
    main()
