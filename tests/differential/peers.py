"""Generates the differential test's inputs and what the independent implementations say of them.

Run by tests/differential.rs with the project's .venv (scripts/setup installs the pinned peers of
requirements.txt). Prints one JSON object per line: {"checker", "input", "peer": {...}}. The inputs
come from a seeded generator, so every run compares the same inputs.

Peers: python-stdnum cn.ric and cn.uscc, phonenumbers (libphonenumber) for mobiles and landlines,
idna (IDNA2008 with UTS #46 mapping), publicsuffixlist (the Public Suffix List, ICANN section).
"""
import json
import os
import random
import sys

import idna
import phonenumbers
import stdnum
from phonenumbers.geodata import GEOCODE_DATA
from publicsuffixlist import PublicSuffixList
from stdnum.cn import ric, uscc
from stdnum.exceptions import ValidationError

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
COUNT = int(os.environ.get("DIFFERENTIAL_COUNT", "20000"))
rng = random.Random(20261202)
out = sys.stdout


def emit(checker, value, peer):
    out.write(json.dumps({"checker": checker, "input": value, "peer": peer}, ensure_ascii=False) + "\n")


def verdict(fn, value):
    try:
        fn(value)
        return {"valid": True}
    except ValidationError as e:
        return {"valid": False, "error": type(e).__name__}
    except Exception as e:  # the peer's own bug: recorded, not fatal
        return {"valid": False, "error": "crash:" + type(e).__name__}


# --- resident ID numbers (GB 11643) ----------------------------------------------------------

def counties():
    """Six-digit region codes from stdnum's own county list: inputs that can be valid for it."""
    codes = []
    path = os.path.join(os.path.dirname(stdnum.__file__), "cn", "loc.dat")
    province = None
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        if not line.startswith(" "):
            province = line[:2]
        else:
            codes.append(province + line.split()[0])
    return codes


ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_check(body):
    return "10X98765432"[sum(int(c) * w for c, w in zip(body, ID_W)) % 11]


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


def gen_ric(n, county_codes):
    for _ in range(n):
        r = rng.random()
        if r < 0.55:
            region = rng.choice(county_codes)
        elif r < 0.65:
            region = rng.choice(["810000", "820000", "830000"])
        elif r < 0.75:
            region = rng.choice(["81", "82", "83", "11", "44", "71"]) + "%04d" % rng.randrange(10000)
        else:
            region = "%06d" % rng.randrange(1000000)
        year = rng.choice([rng.randint(1900, 2026), rng.randint(1930, 2010), rng.randint(2024, 2035)])
        month = rng.choice([rng.randint(1, 12), rng.randint(0, 13)])
        day = rng.choice([rng.randint(1, 28), rng.randint(1, 31), rng.randint(0, 32)])
        body = "%s%04d%02d%02d%03d" % (region, year, month, day, rng.randrange(1000))
        check = id_check(body) if rng.random() < 0.8 else rng.choice("0123456789X")
        value = body + check
        m = rng.random()
        if m < 0.04:
            value = value[:6] + value[8:17]  # a 15-digit first-generation number
        elif m < 0.08:
            value = value.lower()
        elif m < 0.10:
            value = fullwidth(value)
        elif m < 0.13:
            value = value[: rng.randrange(len(value))]
        elif m < 0.16:
            value = value[:6] + " " + value[6:14] + " " + value[14:]
        yield value


# --- unified social credit codes (GB 32100) ---------------------------------------------------

ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
U_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
PAIRS = ["11", "12", "13", "19", "21", "29", "31", "32", "33", "34", "35", "39", "41", "49", "51",
         "52", "53", "59", "61", "62", "69", "71", "72", "79", "81", "89", "91", "92", "93", "A1",
         "A9", "N1", "N2", "N3", "N9", "Y1"]


def uscc_check(body):
    return ALPHABET[(31 - sum(ALPHABET.index(c) * w for c, w in zip(body, U_W)) % 31) % 31]


def org_check(body):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    v = lambda c: int(c) if c.isdigit() else ord(c) - 55
    c = 11 - sum(v(x) * y for x, y in zip(body, w)) % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def gen_uscc(n, county_codes):
    org_alpha = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    for _ in range(n):
        r = rng.random()
        pair = rng.choice(PAIRS) if r < 0.8 else rng.choice(ALPHABET) + rng.choice(ALPHABET)
        region = rng.choice(county_codes) if rng.random() < 0.9 else "".join(rng.choice(ALPHABET) for _ in range(6))
        org = "".join(rng.choice(org_alpha) for _ in range(8))
        oc = org_check(org)
        org += oc if rng.random() < 0.85 and oc in ALPHABET else rng.choice(ALPHABET)
        body = pair + region + org
        check = uscc_check(body) if rng.random() < 0.8 else rng.choice(ALPHABET)
        value = body + check
        m = rng.random()
        if m < 0.04:
            value = value.lower()
        elif m < 0.07:
            value = value[:9] + rng.choice("IOSVZ") + value[10:]
        elif m < 0.10:
            value = value[: rng.randrange(len(value))]
        elif m < 0.12:
            value = value[8:17]  # the embedded organisation code alone
        elif m < 0.15:
            region = rng.choice(county_codes)
            b = "%s%04d%02d%02d%03d" % (region, rng.randint(1950, 2005), rng.randint(1, 12), rng.randint(1, 28), rng.randrange(1000))
            value = b + id_check(b)  # an ID number typed as a credit code
        elif m < 0.17:
            value = value[:4] + " " + value[4:10] + "-" + value[10:]
        yield value


# --- phones (libphonenumber) ------------------------------------------------------------------

def phone_peer(value, kinds):
    try:
        p = phonenumbers.parse(value, "CN")
    except phonenumbers.NumberParseException:
        return {"valid": False, "error": "parse"}
    t = phonenumbers.number_type(p)
    ok = phonenumbers.is_valid_number(p) and p.country_code == 86 and t in kinds
    return {"valid": bool(ok)}


def gen_mobiles(n):
    for _ in range(n):
        digits = "1" + str(rng.randint(3, 9)) + "".join(str(rng.randrange(10)) for _ in range(9))
        m = rng.random()
        if m < 0.15:
            digits = "+86 " + digits
        elif m < 0.25:
            digits = digits[:3] + " " + digits[3:7] + " " + digits[7:]
        elif m < 0.30:
            digits = digits[:3] + "-" + digits[3:7] + "-" + digits[7:]
        elif m < 0.33:
            digits = digits[:-1]
        yield digits


def gen_landlines(n):
    areas = ["0" + k[2:] for k in GEOCODE_DATA if k.startswith("86") and len(k) in (4, 5)
             and (not k.startswith("861") or k == "8610")]
    areas.sort()
    for _ in range(n):
        area = rng.choice(areas) if rng.random() < 0.85 else "0" + str(rng.randint(30, 999))
        first = str(rng.randint(2, 8)) if rng.random() < 0.9 else rng.choice("019")
        local = first + "".join(str(rng.randrange(10)) for _ in range(rng.choice([6, 7, 7, 8, 8, 9]) - 1))
        yield area + "-" + local if rng.random() < 0.8 else area + local


# --- IDNA (python idna: IDNA2008 with UTS #46 mapping) --------------------------------------

POOLS = [
    "abcdefghijklmnopqrstuvwxyz0123456789-",
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "中文网络公司例子测试北京上海",
    "éüßçñ" + "e\u0301a\u0308o\u0302",
    "αβγδεζηθικλμνξοπρστυφχψω",
    "абвгдеёжзийклмнопрстуфхцчшщыэюя",
    "ابتثجحخدذرزسشصضطظعغفقكلمنهوي" + "\u0660\u0661\u0662\u06f1\u06f2" + "\u064b\u064e",
    "אבגדהוזחטיכלמנסעפצקרשת" + "\u05b0\u05b8\u05bc\u05f3",
    "कखगघचछजझटडणतथदधनपफबभमयरलवशसह" + "\u093f\u0940\u094d\u0902",
    "กขคงจฉชซญดตถทธนบปผพฟภมยรลวศษสหอฮ" + "\u0e31\u0e34\u0e48\u0e49",
    "アイウエオカキクケコ・ひらがな",
    "©☃★♥€$!_~" + "\U0001F600",
    "\u200c\u200d\u00b7\u0375\u00ad",
    "ＡＢＣａｂｃ１２３",
]


def gen_idna(n):
    for _ in range(n):
        labels = []
        for _ in range(rng.choice([1, 2, 2, 3])):
            pools = rng.sample(POOLS, rng.choice([1, 1, 2]))
            chars = "".join(pools)
            label = "".join(rng.choice(chars) for _ in range(rng.randint(1, 10)))
            labels.append(label)
        if rng.random() < 0.6:
            labels.append(rng.choice(["com", "cn", "中国", "xn--fiqs8s"]))
        yield ".".join(labels)


def idna_peer(value):
    try:
        return {"valid": True, "ascii": idna.encode(value, uts46=True, std3_rules=True, transitional=False).decode()}
    except (idna.IDNAError, UnicodeError, ValueError) as e:
        return {"valid": False, "error": type(e).__name__}


# --- the Public Suffix List (ICANN section) ---------------------------------------------------

def gen_psl(n, psl_rules):
    approved = json.load(open(os.path.join(ROOT, "data/approved-tlds.json"), encoding="utf-8"))
    zones = json.load(open(os.path.join(ROOT, "data/registry-zones.json"), encoding="utf-8"))
    ours = [s["suffix"] for s in approved["suffixes"] + approved["cn_second_level"]]
    ours += [z["zone"] for z in zones["zones"]]
    word = lambda: "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(rng.randint(1, 12)))
    for _ in range(n):
        r = rng.random()
        if r < 0.7:
            suffix = rng.choice(ours)
        elif r < 0.93:
            suffix = rng.choice(psl_rules)
        else:
            suffix = word()
        yield ".".join([word() for _ in range(rng.choice([0, 1, 1, 2, 3]))] + [suffix])


def main():
    county_codes = counties()
    for v in gen_ric(COUNT, county_codes):
        emit("cn.ric", v, verdict(ric.validate, v))
    for v in gen_uscc(COUNT, county_codes):
        emit("cn.uscc", v, verdict(uscc.validate, v))
    mobile = {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
    for v in gen_mobiles(COUNT):
        emit("phonenumbers.mobile", v, phone_peer(v, mobile))
    fixed = {phonenumbers.PhoneNumberType.FIXED_LINE, phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}
    for v in gen_landlines(COUNT // 2):
        emit("phonenumbers.landline", v, phone_peer(v, fixed))
    for v in gen_idna(COUNT):
        emit("idna", v, idna_peer(v))
    psl = PublicSuffixList(only_icann=True)
    dat = os.path.join(os.path.dirname(sys.modules["publicsuffixlist"].__file__), "public_suffix_list.dat")
    icann = open(dat, encoding="utf-8").read().split("// ===BEGIN ICANN DOMAINS===")[1].split("// ===END ICANN DOMAINS===")[0]
    rules = [l.strip() for l in icann.splitlines() if l.strip() and not l.startswith("//") and not l.startswith(("*", "!"))]
    rules = [idna.encode(r, uts46=True).decode() if not r.isascii() else r for r in rules]
    for v in gen_psl(COUNT, rules):
        emit("psl", v, {"registrable": psl.privatesuffix(v), "suffix": psl.publicsuffix(v)})


if __name__ == "__main__":
    main()
