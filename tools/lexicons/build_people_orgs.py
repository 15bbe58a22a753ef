#!/usr/bin/env python3
"""Build newsx PEOPLE and ORGANIZATION lexicons (Python 3 stdlib only).

Inputs
  /work/shared/lexicon-sources/ (or $NEWSX_LEXICON_SOURCES):
    given_names_male_ar.tsv, given_names_female_ar.tsv   Faker ar_* + AKhateeb/arabic-names (MIT)
    family_names_ar.tsv                                   Faker ar_* + AKhateeb/arabic-names (MIT)
    names_en_ar_arabnamer.tsv                             arabnamer 0.1.3 data (CC-BY-4.0)
    person_titles_ar.tsv, person_name_particles_ar.tsv    hand-compiled (CC0)
  hand-curated files beside this script (CC0), see README-people-orgs.md.

Outputs (lexicons/ of the repo, or the directory given as argv[1]):
  given_names.tsv, family_names.tsv, person_titles.tsv, name_particles.tsv,
  organizations.tsv, org_heads.tsv

Usage:  python3 tools/lexicons/build_people_orgs.py [OUT_DIR]
"""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SRC = os.environ.get("NEWSX_LEXICON_SOURCES", "/work/shared/lexicon-sources")
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "lexicons")

# --------------------------------------------------------------------------- text helpers

HARAKAT = re.compile("[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")  # diacritics + tatweel


def clean(s):
    """Natural spelling kept (hamza forms, ة, ى); diacritics/tatweel/odd spaces removed."""
    s = unicodedata.normalize("NFC", s)
    s = HARAKAT.sub("", s)
    s = s.replace("\u200c", " ").replace("\u200f", "").replace("\u200e", "")
    s = re.sub(r"\s+", " ", s).strip()
    return s


FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و",
                      "ئ": "ي", "ک": "ك", "ی": "ي", "ي": "ي"})


def norm(s):
    """Same folding as the Rust loader (for de-duplication and flag lookup only)."""
    return clean(s).translate(FOLD)


def richness(s):
    """Prefer the spelling with more orthographic information when folding collides."""
    return sum(s.count(c) for c in "أإآةىؤئء")


def read_tsv(path, ncols=None):
    """Rows of a TSV with header; '#' comment lines and blank lines skipped. Header dropped."""
    rows = []
    header_seen = False
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.startswith("#"):
                continue
            if not header_seen:
                header_seen = True
                continue
            parts = line.split("\t")
            if ncols:
                parts += [""] * (ncols - len(parts))
            rows.append(parts)
    return rows


def read_list(path):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                out.append(line)
    return out


def src(name):
    return os.path.join(SRC, name)


def hand(name):
    return os.path.join(HERE, name)


def write_tsv(name, header, rows, comments=()):
    path = os.path.join(OUT, name)
    rows = sorted(rows, key=lambda r: (r[0], r[1:]))
    seen = set()
    for r in rows:
        assert r[0] not in seen, (name, r[0])
        assert all("\t" not in c and "\n" not in c for c in r), r
        seen.add(r[0])
    with open(path, "w", encoding="utf-8") as f:
        for c in comments:
            f.write("# " + c + "\n")
        f.write("\t".join(header) + "\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print(f"{name}: {len(rows)} rows", file=sys.stderr)
    return rows


def merge_flags(*fl):
    out = []
    for f in fl:
        for x in (f or "").split(","):
            x = x.strip()
            if x and x not in out:
                out.append(x)
    order = ["common_word", "place", "tribe", "ambiguous"]
    return ",".join(sorted(out, key=lambda x: (order.index(x) if x in order else 99, x)))


class Bag:
    """name -> attributes, de-duplicated on the folded form (keeps the richest spelling)."""

    def __init__(self):
        self.by_norm = {}

    def add(self, name, **attrs):
        name = clean(name)
        if not name:
            return
        k = norm(name)
        cur = self.by_norm.get(k)
        if cur is None:
            self.by_norm[k] = dict(name=name, **attrs)
            return
        if richness(name) > richness(cur["name"]):
            cur["name"] = name
        for a, v in attrs.items():
            if a == "gender" and cur.get("gender") and v and cur["gender"] != v:
                cur["gender"] = "u"
            elif a == "flags":
                cur["flags"] = merge_flags(cur.get("flags"), v)
            elif a == "origin":
                # arabic wins over foreign when a name is attested in the Arabic lists
                if cur.get("origin") != "arabic":
                    cur["origin"] = v
            elif not cur.get(a):
                cur[a] = v

    def items(self):
        return self.by_norm.values()


# --------------------------------------------------------------------------- shared hand data

NAME_FLAGS = {}
for name, flags in read_tsv(hand("name_flags.tsv"), 2):
    NAME_FLAGS[norm(name)] = merge_flags(NAME_FLAGS.get(norm(name)), flags)

DROP = {"given": set(), "family": set()}
for name, lst, _reason in read_tsv(hand("people_drop.tsv"), 3):
    for l in (("given", "family") if lst == "any" else (lst,)):
        DROP[l].add(norm(name))

# ج spellings of foreign names with غ that are everyday words.
G_TO_J_SKIP = {norm(w) for w in ("جاري", "جادي")}

ARABNAMER = {}
for en, ar in read_tsv(src("names_en_ar_arabnamer.tsv"), 2):
    ARABNAMER.setdefault(en.strip().lower(), []).append(clean(ar))

ARABIC_RE = re.compile(r"^[\u0621-\u064A ]+$")


def arabic_only(s):
    return bool(ARABIC_RE.match(s))


# --------------------------------------------------------------------------- given names

SOURCE_FIXES = {
    "بدرالدجى": "بدر الدجى",
    "عبدالرحمن": "عبد الرحمن",
}


def build_given():
    bag = Bag()
    for fname, g in (("given_names_male_ar.tsv", "m"), ("given_names_female_ar.tsv", "f")):
        for row in read_tsv(src(fname), 2):
            n = clean(row[0])
            n = SOURCE_FIXES.get(n, n)
            if norm(n) in DROP["given"] or not arabic_only(n):
                continue
            bag.add(n, gender=g, origin="arabic", flags="")
    for name, g in read_tsv(hand("arabic_given_names_extra.tsv"), 2):
        bag.add(clean(name), gender=g, origin="arabic", flags="")
    # foreign given names: hand list (news spellings) + arabnamer rows of vetted English keys
    for name, g in read_tsv(hand("foreign_given_names.tsv"), 2):
        if norm(name) in DROP["given"]:
            continue
        bag.add(name, gender=g, origin="foreign", flags="")
    for en, g in read_tsv(hand("foreign_given_names_en.tsv"), 2):
        for ar in ARABNAMER.get(en, []):
            # single-token transliterations only (drops translations such as valentina -> عيد الحب)
            if " " in ar or not arabic_only(ar) or norm(ar) in DROP["given"]:
                continue
            bag.add(ar, gender=g, origin="foreign", flags="")
    # Gulf and Egyptian papers write a hard g as ج (جراهام، سيرجي, as in
    # جوجل): each foreign name with غ gets that spelling too, unless it is
    # an everyday word (جاري "current", جادي "serious").
    for it in list(bag.items()):
        if it["origin"] != "foreign" or "غ" not in it["name"]:
            continue
        variant = it["name"].replace("غ", "ج")
        if norm(variant) in DROP["given"] or norm(variant) in G_TO_J_SKIP:
            continue
        bag.add(variant, gender=it["gender"], origin="foreign", flags="")
    rows = []
    for it in bag.items():
        fl = merge_flags(it.get("flags"), NAME_FLAGS.get(norm(it["name"])))
        rows.append([it["name"], it["gender"], it["origin"], fl])
    return write_tsv("given_names.tsv", ["name", "gender", "origin", "flags"], rows, (
        "newsx given names. Generated by tools/lexicons/build_people_orgs.py - do not edit by hand.",
        "gender: m|f|u(both). origin: arabic|foreign. flags: common_word (also an everyday word: never tag alone),",
        "place (also a place name). Sources: Faker ar_* + AKhateeb/arabic-names (MIT); arabnamer (CC-BY-4.0); hand-compiled (CC0).",
    ))


# --------------------------------------------------------------------------- family names

def fix_family(n):
    n = clean(n)
    out = []
    m = re.match(r"^(.*?)\s*\((.*?)\)$", n)  # «عجرمة (العجارمة)» -> two names
    if m:
        out = [m.group(1).strip(), m.group(2).strip()]
    else:
        out = [n]
    res = []
    for x in out:
        toks = x.split()
        if len(toks) >= 3 and "بن" in toks[1:]:
            continue  # genealogical chains («بكر بن عبد مناة»)
        if len(toks) > 3:
            continue
        res.append(x)
    return res


def build_family():
    bag = Bag()
    tribes = {norm(x) for x in read_list(hand("family_tribes.txt"))}
    for row in read_tsv(src("family_names_ar.tsv"), 2):
        for n in fix_family(row[0]):
            if norm(n) in DROP["family"] or not arabic_only(n):
                continue
            fl = "tribe" if (n.split()[0] in ("بنو", "بني", "أولاد") or norm(n) in tribes) else ""
            bag.add(n, origin="arabic", flags=fl)
    for n in read_list(hand("arabnamer_family_keep.txt")):
        hits = [ar for vals in ARABNAMER.values() for ar in vals if ar == clean(n)]
        if hits:  # only keep values that really occur in arabnamer (attribution)
            bag.add(n, origin="arabic", flags="")
        else:
            print(f"warning: {n} not in arabnamer", file=sys.stderr)
    for name, origin, flags in read_tsv(hand("family_names_extra.tsv"), 3):
        bag.add(name, origin=origin or "arabic", flags=flags)
    for row in read_tsv(hand("foreign_surnames.tsv"), 1):
        if norm(row[0]) in DROP["family"]:
            continue
        bag.add(row[0], origin="foreign", flags="")
    for en in read_list(hand("foreign_surnames_en.txt")):
        for ar in ARABNAMER.get(en, []):
            if " " in ar or not arabic_only(ar) or norm(ar) in DROP["family"]:
                continue
            bag.add(ar, origin="foreign", flags="")
    rows = []
    for it in bag.items():
        fl = merge_flags(it.get("flags"), NAME_FLAGS.get(norm(it["name"])))
        rows.append([it["name"], it["origin"], fl])
    return write_tsv("family_names.tsv", ["name", "origin", "flags"], rows, (
        "newsx family names. Generated by tools/lexicons/build_people_orgs.py - do not edit by hand.",
        "origin: arabic|foreign. flags: common_word (everyday word: never tag alone), place, tribe (tribe/clan name).",
        "Sources: Faker ar_* + AKhateeb/arabic-names (MIT); arabnamer (CC-BY-4.0); hand-compiled (CC0).",
    ))


# --------------------------------------------------------------------------- titles

TITLE_CATEGORIES = {"head_of_state", "royal", "government", "diplomatic", "spokesperson", "military",
                    "religious", "judiciary", "academic", "honorific", "professional", "media", "arts",
                    "sports", "organization", "relation", "counterpart", "status"}


def build_titles():
    fixes = {}
    for t, action, value in read_tsv(hand("person_titles_fixes.tsv"), 3):
        fixes.setdefault(clean(t), []).append((action, value))
    rows = {}
    for t, g, c in read_tsv(src("person_titles_ar.tsv"), 3):
        t = clean(t)
        drop = False
        for action, value in fixes.get(t, []):
            if action == "drop":
                drop = True
            elif action == "recat":
                c = value
            elif action == "gender":
                g = value
        if drop:
            continue
        rows[norm(t)] = [t, g, c]
    for t, g, c in read_tsv(hand("person_titles_extra.tsv"), 3):
        t = clean(t)
        if norm(t) in rows:
            if rows[norm(t)][1] != g:
                rows[norm(t)][1] = "u"  # listed for both genders (e.g. عمدة، القنصل)
            continue
        rows[norm(t)] = [t, g, c]
    for r in rows.values():
        assert r[1] in ("m", "f", "u"), r
        assert r[2] in TITLE_CATEGORIES, r
    return write_tsv("person_titles.tsv", ["title", "gender", "category"], list(rows.values()), (
        "newsx person titles/roles that introduce or describe a person. Generated by build_people_orgs.py.",
        "gender: m|f|u. category: see lexicons/README-people-orgs.md. Sources: person_titles_ar.tsv (CC0) corrected + hand additions (CC0).",
    ))


# --------------------------------------------------------------------------- particles

PARTICLE_FIXES = {"عبد ال": "عبدال"}
# Known defect of the source: the article «ال» listed as a separate particle. Arabic writes it
# joined to the word, and its matching key equals that of «آل» (آل ثاني), which it overwrote.
PARTICLE_DROP = {"ال"}


def build_particles():
    rows = {}
    for p, role in read_tsv(src("person_name_particles_ar.tsv"), 2):
        p = PARTICLE_FIXES.get(clean(p), clean(p))
        if p in PARTICLE_DROP:
            continue
        rows[p] = [p, role]
    for p, role in read_tsv(hand("name_particles_extra.tsv"), 2):
        p = clean(p)
        rows.setdefault(p, [p, role])
    return write_tsv("name_particles.tsv", ["particle", "role"], list(rows.values()), (
        "newsx person-name particles. Generated by build_people_orgs.py. Roles: see README-people-orgs.md.",
        "foreign_article / foreign_particle entries (لا، لو، لي، دي ...) are valid ONLY between two name tokens.",
    ))


# --------------------------------------------------------------------------- not names

NOT_NAME_CLASSES = {"function", "reflexive", "quantifier", "ordinal", "adjective", "adverb", "plural",
                    "noun", "verb"}


def build_not_names():
    rows = {}
    for w, cls in read_tsv(hand("not_names.tsv"), 2):
        assert cls in NOT_NAME_CLASSES, (w, cls)
        w = clean(w)
        k = norm(w)
        assert k not in rows, ("duplicate after folding", w)
        rows[k] = [w, cls]
    return write_tsv("not_names.tsv", ["word", "class"], list(rows.values()), (
        "newsx general Arabic words that are no person names (hand-written, CC0; see README-people-orgs.md).",
        "Generated by build_people_orgs.py from tools/lexicons/not_names.tsv.",
    ))


# --------------------------------------------------------------------------- organizations

ORG_KINDS = {"intergovernmental", "un_body", "government", "agency_media", "party", "armed_group",
             "company", "club", "university", "ngo", "religious", "other"}
EXPLICIT_HEADS = ("قناة", "صحيفة", "نادي", "النادي", "حزب", "حركة", "شبكة", "جماعة", "تنظيم", "وكالة",
                  "شركة", "جامعة", "منظمة", "جمعية", "هيئة", "مجلس", "مصرف", "بنك", "البنك", "الهلال الأحمر ")


def build_orgs():
    rows = {}
    owner = {}
    for line in read_list(hand("organizations_spec.txt")):
        canon, kind, cc, gflags, variants = (line.split("|") + ["", "", "", ""])[:5]
        if canon.endswith("_x"):
            continue
        assert kind in ORG_KINDS, line
        names = [canon] + [v for v in variants.split(",") if v.strip()]
        canon_clean = clean(canon.rstrip("*"))
        for n in names:
            if n.endswith("_x"):
                continue
            amb = n.endswith("*")
            n = clean(n.rstrip("*"))
            fl = "ambiguous" if amb else ""
            if gflags and not n.startswith(EXPLICIT_HEADS):
                fl = merge_flags(fl, gflags)
            if not re.match(r"^[\u0621-\u064A0-9 +.]+$", n):
                print(f"warning: org name {n!r} is not Arabic script; skipped", file=sys.stderr)
                continue
            k = norm(n)
            if k in rows:
                if owner[k] != canon_clean:
                    print(f"warning: org name {n} of {canon_clean} already used by {owner[k]}; kept first",
                          file=sys.stderr)
                continue
            owner[k] = canon_clean
            rows[k] = [n, canon_clean, kind, cc.upper(), fl]
    return write_tsv("organizations.tsv", ["name", "canonical", "kind", "cc", "flags"], list(rows.values()), (
        "newsx organizations (hand-compiled, CC0). Generated by build_people_orgs.py from organizations_spec.txt.",
        "kind: intergovernmental|un_body|government|agency_media|party|armed_group|company|club|university|ngo|religious|other.",
        "cc: ISO 3166-1 alpha-2 when national. flags: ambiguous = also a common word/place/person; tag only with context.",
    ))


def build_heads():
    rows = {}
    for h, kind in read_tsv(hand("org_heads.tsv"), 2):
        h = clean(h)
        assert kind in ORG_KINDS | {"ministry_short", "ministry_field", "company_in_marks"}, (h, kind)
        rows.setdefault(h, [h, kind])
    return write_tsv("org_heads.tsv", ["head", "kind"], list(rows.values()), (
        "newsx organization head words (hand-compiled, CC0). Generated by build_people_orgs.py.",
        "A head opens an organization name and takes complements (genitive chain / adjectives / demonym).",
        "kind=ministry_short: ministry short form; an organization only when followed by a demonym",
        "(«الخارجية الأميركية»); alone it is a common word.",
        "kind=ministry_field: the same for a field that is also a common abstract noun (الثقافة، البيئة); an organization",
        "only when the document also names the ministry in full (وزارة الثقافة، وزير الثقافة).",
        "kind=company_in_marks: a company only with a name in quotation marks right after it («سهم «سابك»»).",
    ))


def main():
    os.makedirs(OUT, exist_ok=True)
    build_given()
    build_family()
    build_titles()
    build_particles()
    build_not_names()
    build_orgs()
    build_heads()


if __name__ == "__main__":
    main()
