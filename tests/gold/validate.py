#!/usr/bin/env python3
"""Check the hand-made gold set in tests/gold/{dev,heldout} and print a summary.

Usage:  python tests/gold/validate.py [--quiet] [split ...]

Stdlib only.  Exit status 1 if any error was found.  See tests/gold/GUIDELINES.md for the rules
being enforced (qualifier cue words, value/low/high shapes, vague-word lows, evidence spans).
"""

from __future__ import annotations

import collections
import datetime as dt
import json
import pathlib
import re
import sys
from html.parser import HTMLParser

HERE = pathlib.Path(__file__).resolve().parent
SPLITS = ("dev", "heldout")

FIELDS = [
    "evidence", "occurrence", "value", "low", "high", "qualifier", "measure", "who", "side",
    "claimant", "hedged", "disputed_by", "place", "country", "as_of", "since", "parts_of",
]
QUALIFIERS = ["exact", "at_least", "more_than", "at_most", "less_than", "approximately", "range", "vague"]
MEASURES = ["killed", "injured", "casualties", "missing", "captured", "displaced", "refugees",
            "evacuated", "bodies", "affected"]
WHO = ["civilians", "children", "soldiers", "people"]
# Closed vocabulary of sides (the party/nationality the counted group is said to belong to).
SIDES = {"russia", "ukraine", "israel", "palestine", "hamas", "sudan", "rsf", "syria", "turkey",
         "myanmar", "ethiopia", "eritrea", "tplf", "pakistan", "libya", "haiti",
         "drc", "rwanda", "m23", "mali", "mozambique", "nigeria", "somalia", "al-shabaab", "yemen",
         "houthis", "afghanistan", "armenia", "azerbaijan", "niger", "cameroon", "colombia",
         "hezbollah", "ttp", "burkina-faso", "codeco", "india", "ecuador", "mexico", "south-sudan",
         "central-african-republic", "cpc", "burundi", "benin", "jnim", "adf", "kyrgyzstan", "tajikistan",
         "honduras", "iran", "venezuela", "senegal", "guinea", "chile", "brazil", "vietnam", "zambia"}
COUNTRIES = set((
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS "
    "BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE "
    "EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM "
    "HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC "
    "LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA "
    "NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW "
    "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO "
    "TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW"
).split()) | {"XK"}  # every ISO 3166-1 alpha-2 code, and Kosovo

# Cue phrases that fix the qualifier when they start the evidence (longest first).
PREFIX_CUES = [
    ("no fewer than", "at_least"), ("no less than", "at_least"), ("not less than", "at_least"),
    ("a minimum of", "at_least"), ("at least", "at_least"),
    ("in excess of", "more_than"), ("upwards of", "more_than"), ("well over", "more_than"),
    ("well above", "more_than"), ("north of", "more_than"), ("more than", "more_than"),
    ("over", "more_than"), ("above", "more_than"), ("passed", "more_than"), ("passes", "more_than"), ("pass", "more_than"),
    ("passing", "more_than"), ("topped", "more_than"), ("tops", "more_than"), ("exceeded", "more_than"),
    ("exceeds", "more_than"), ("exceeding", "more_than"), ("surpassed", "more_than"),
    ("as many as", "at_most"), ("as high as", "at_most"), ("a maximum of", "at_most"), ("just shy of", "at_most"),
    ("close to", "at_most"), ("up to", "at_most"), ("nearly", "at_most"), ("almost", "at_most"),
    ("no more than", "at_most"), ("not more than", "at_most"), ("at most", "at_most"),
    ("just under", "less_than"), ("fewer than", "less_than"), ("less than", "less_than"),
    ("under", "less_than"), ("below", "less_than"),
    ("in the region of", "approximately"), ("an estimated", "approximately"), ("approx.", "approximately"),
    ("approximately", "approximately"), ("roughly", "approximately"), ("around", "approximately"),
    ("about", "approximately"), ("some", "approximately"), ("estimated", "approximately"),
    ("circa", "approximately"), ("an approximate", "approximately"),
]
SUFFIX_CUES = [("or so", "approximately")]
VAGUE_LOW = {
    "dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "tens of thousands": 20000,
    "hundreds of thousands": 200000, "millions": 2000000,
}
RANGE_RE = re.compile(r"^(between|from|anywhere from|anywhere between|somewhere between)?\s*.+?(\s+and\s+|\s+to\s+|\s*[-\u2013]\s*).+$")

UNITS = {"": 1, "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
         "billion": 1e9, "bn": 1e9}
SMALL = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}


def numbers_in(ev: str) -> list[float]:
    """All quantities written in an evidence phrase (digits with units, or number words)."""
    out: list[float] = []
    s = ev.lower()
    for m in re.finditer(r"(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|mln|mn|bn|m|k)?\b", s):
        out.append(float(m.group(1).replace(",", "")) * UNITS[m.group(2) or ""])
    words = re.findall(r"[a-z]+", s.replace("-", " "))
    cur = total = None
    seen = False  # a real number word (not just "a"/"an") was read
    for w in words + ["."]:
        if w in ("a", "an") and cur is None:
            cur = 1; continue
        if w == "dozen":
            cur = (cur or 1) * 12; seen = True; continue
        if w in SMALL:
            cur = (0 if not seen else (cur or 0)) + SMALL[w]; seen = True
        elif w in TENS:
            cur = (0 if not seen else (cur or 0)) + TENS[w]; seen = True
        elif w == "hundred" and cur is not None:
            cur *= 100; seen = True
        elif w in ("thousand", "million", "billion") and cur is not None:
            total = (total or 0) + cur * UNITS[w]; cur = None; seen = True
        elif w == "and" and seen:
            continue
        else:
            if seen:
                out.append(float((total or 0) + (cur or 0)))
            cur = total = None
            seen = False
    if "half a million" in s:
        out.append(500000.0)
    return out


class _Visible(HTMLParser):
    BLOCK = {"p", "div", "h1", "h2", "h3", "h4", "li", "br", "tr", "td", "th", "header", "footer",
             "nav", "section", "article", "figcaption", "title", "aside", "ul", "ol", "table"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


class _Body(HTMLParser):
    """Text of paragraphs, list items and table cells outside page furniture (nav/header/footer/aside)."""

    FURNITURE = {"nav", "header", "footer", "aside", "head", "script", "style", "figcaption", "h1", "title"}
    CONTENT = {"p", "li", "td", "th"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.furn = 0
        self.content = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.FURNITURE:
            self.furn += 1
        if tag in self.CONTENT:
            self.content += 1
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in self.FURNITURE:
            self.furn -= 1
        if tag in self.CONTENT:
            self.content -= 1

    def handle_data(self, data):
        if self.content and not self.furn:
            self.out.append(data)


def article_text(path: pathlib.Path) -> str:
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        p = _Visible(); p.feed(raw); p.close()
        return "".join(p.out)
    return raw


def html_body_text(path: pathlib.Path) -> str:
    p = _Body(); p.feed(path.read_text(encoding="utf-8")); p.close()
    return "".join(p.out)


def occurrences(text: str, sub: str) -> list[int]:
    return [m.start() for m in re.finditer("(?=%s)" % re.escape(sub), text)]


def iso(v) -> dt.date | None:
    try:
        return dt.date.fromisoformat(v)
    except (TypeError, ValueError):
        return None


def check_article(art: pathlib.Path, gold_path: pathlib.Path, errs: list[str], stats) -> None:
    name = f"{art.parent.name}/{art.name}"

    def err(msg: str) -> None:
        errs.append(f"{name}: {msg}")

    try:
        doc = json.loads(gold_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        err(f"gold JSON unreadable: {e}"); return
    if not isinstance(doc, dict) or set(doc) != {"published", "figures"}:
        err("top level must be an object with exactly 'published' and 'figures'"); return
    pub = iso(doc["published"])
    if pub is None:
        err(f"published not an ISO date: {doc['published']!r}")
    figs = doc["figures"]
    if not isinstance(figs, list):
        err("figures must be a list"); return

    text = article_text(art)
    lines = collections.Counter(l.strip() for l in text.splitlines() if l.strip())
    words = len((html_body_text(art) if art.suffix == ".html" else text).split())
    stats["words"].append(words)
    if not 150 <= words <= 600:
        err(f"article length {words} words outside 150-600")
    first_line = next((l for l in text.splitlines() if l.strip()), "")
    first_line_end = text.find(first_line) + len(first_line)
    body = html_body_text(art) if art.suffix == ".html" else None

    def headline_hits(ev: str) -> bool:
        return art.suffix != ".html" and ev in first_line

    spans = []
    for i, f in enumerate(figs):
        where = f"figure {i} ({f.get('evidence')!r})"
        if not isinstance(f, dict):
            err(f"{where}: not an object"); continue
        missing = [k for k in FIELDS if k not in f]
        extra = [k for k in f if k not in FIELDS]
        if missing or extra:
            err(f"{where}: missing fields {missing} / unknown fields {extra}"); continue
        ev, occ = f["evidence"], f["occurrence"]
        if not isinstance(ev, str) or not ev.strip() or ev != ev.strip():
            err(f"{where}: evidence must be a non-empty trimmed string"); continue
        if not isinstance(occ, int) or isinstance(occ, bool) or occ < 1:
            err(f"{where}: occurrence must be an int >= 1"); continue
        starts = occurrences(text, ev)
        if len(starts) < occ:
            err(f"{where}: evidence occurs {len(starts)}x in text, occurrence={occ}"); continue
        start = starts[occ - 1]
        end = start + len(ev)
        spans.append((start, end, i))
        for st in starts[:occ]:
            line_start = text.rfind("\n", 0, st) + 1
            line_end = text.find("\n", st)
            line = text[line_start:line_end if line_end >= 0 else len(text)].strip()
            if lines[line] > 1:
                err(f"{where}: an occurrence of the evidence lies on a duplicated line "
                    "(cleaning drops duplicates, which would shift the occurrence)")
        if body is not None and len(occurrences(body, ev)) != len(starts):
            err(f"{where}: evidence also occurs in page furniture (title/h1/nav/footer/caption); "
                "its occurrence would depend on boilerplate removal")
        if headline_hits(ev) and start >= first_line_end:
            stats["occurrence after headline copy"] += 1
        if "\n" in ev:
            err(f"{where}: evidence spans a line break")
        if start < first_line_end:
            stats["headline"] += 1

        # enums and types
        q, m, w = f["qualifier"], f["measure"], f["who"]
        if q not in QUALIFIERS: err(f"{where}: bad qualifier {q!r}")
        if m not in MEASURES: err(f"{where}: bad measure {m!r}")
        if w not in WHO: err(f"{where}: bad who {w!r}")
        if f["side"] is not None and f["side"] not in SIDES:
            err(f"{where}: side {f['side']!r} not in vocabulary {sorted(SIDES)}")
        if f["country"] is not None and f["country"] not in COUNTRIES:
            err(f"{where}: country {f['country']!r} not a known ISO alpha-2 code here")
        if f["place"] is not None and f["country"] is None:
            err(f"{where}: place given without country")
        for k in ("claimant", "disputed_by", "place"):
            if f[k] is not None and (not isinstance(f[k], str) or not f[k].strip()):
                err(f"{where}: {k} must be null or a non-empty string")
        if not isinstance(f["hedged"], bool):
            err(f"{where}: hedged must be a boolean")
        as_of, since = iso(f["as_of"]), iso(f["since"]) if f["since"] is not None else None
        if as_of is None:
            err(f"{where}: as_of must be an ISO date")
        if f["since"] is not None and since is None:
            err(f"{where}: since must be null or an ISO date")
        if as_of and pub and as_of > pub:
            err(f"{where}: as_of {as_of} after publication {pub}")
        if as_of and since and since > as_of:
            err(f"{where}: since {since} after as_of {as_of}")

        # value / low / high shape per qualifier
        v, lo, hi = f["value"], f["low"], f["high"]
        for k, x in (("value", v), ("low", lo), ("high", hi)):
            if x is not None and (isinstance(x, bool) or not isinstance(x, (int, float)) or x < 0):
                err(f"{where}: {k} must be null or a non-negative number")
        if lo is not None and hi is not None and isinstance(lo, (int, float)) and isinstance(hi, (int, float)) and lo > hi:
            err(f"{where}: low > high")
        shape = {
            "exact": v is not None and lo == v and hi == v,
            "approximately": v is not None and lo == v and hi == v,
            "at_least": v is not None and lo == v and hi is None,
            "more_than": v is not None and lo == v and hi is None,
            "at_most": v is not None and lo is None and hi == v,
            "less_than": v is not None and lo is None and hi == v,
            "range": v is None and lo is not None and hi is not None and lo < hi,
            "vague": v is None and lo is not None and hi is None,
        }.get(q, True)
        if not shape:
            err(f"{where}: value/low/high ({v}, {lo}, {hi}) inconsistent with qualifier {q}")

        # qualifier cue words in the evidence
        low_ev = ev.lower()
        cue = next((qq for c, qq in PREFIX_CUES if low_ev.startswith(c + " ")), None)
        cue = cue or next((qq for c, qq in SUFFIX_CUES if low_ev.endswith(" " + c)), None)
        if low_ev in VAGUE_LOW:
            if q != "vague" or lo != VAGUE_LOW[low_ev]:
                err(f"{where}: vague word {low_ev!r} needs qualifier vague, low {VAGUE_LOW[low_ev]}")
        elif q == "vague":
            err(f"{where}: qualifier vague but evidence is not a known vague phrase")
        elif q == "range":
            if not RANGE_RE.match(low_ev):
                err(f"{where}: range evidence should read 'between A and B', 'A to B' or 'A-B'")
            nums = numbers_in(ev)
            if lo not in nums or hi not in nums:
                err(f"{where}: range bounds {lo}/{hi} not both written in evidence (parsed {nums})")
        else:
            expected = cue or "exact"
            if q != expected:
                err(f"{where}: qualifier {q} but evidence wording implies {expected}")
            nums = numbers_in(ev)
            if v not in nums:
                err(f"{where}: value {v} not what the evidence says (parsed {nums})")
        if low_ev.startswith(("an estimated", "estimated")) and not f["hedged"]:
            err(f"{where}: 'estimated' figures are hedged")

        po = f["parts_of"]
        if po is not None:
            if not isinstance(po, int) or isinstance(po, bool) or not 0 <= po < len(figs) or po == i:
                err(f"{where}: parts_of {po!r} is not a valid index of another figure")
            else:
                parent = figs[po]
                pv = parent.get("value") if parent.get("value") is not None else parent.get("low")
                cv = v if v is not None else lo
                if isinstance(pv, (int, float)) and isinstance(cv, (int, float)) and cv > pv:
                    err(f"{where}: part ({cv}) larger than its parent ({pv})")
                if parent.get("parts_of") is not None and parent.get("parts_of") == i:
                    err(f"{where}: parts_of cycle")
                if parent.get("side") is not None and f["side"] != parent.get("side"):
                    err(f"{where}: a part must have its parent's side ({parent.get('side')!r})")

        stats["measure"][m] += 1
        stats["qualifier"][q] += 1
        stats["who"][w] += 1
        stats["flags"]["hedged"] += bool(f["hedged"])
        stats["flags"]["disputed_by"] += f["disputed_by"] is not None
        stats["flags"]["claimant"] += f["claimant"] is not None
        stats["flags"]["side"] += f["side"] is not None
        stats["flags"]["since"] += f["since"] is not None
        stats["flags"]["parts_of"] += f["parts_of"] is not None
        stats["flags"]["as_of != published"] += (f["as_of"] != doc["published"])
        stats["figures"] += 1

    spans.sort()
    for (s1, e1, i1), (s2, e2, i2) in zip(spans, spans[1:]):
        if s2 < e1:
            err(f"figures {i1} and {i2} have overlapping evidence spans")


def main(argv: list[str]) -> int:
    quiet = "--quiet" in argv
    splits = [a for a in argv if not a.startswith("-")] or list(SPLITS)
    errs: list[str] = []
    table = {}
    for split in splits:
        d = HERE / split
        stats = {"measure": collections.Counter(), "qualifier": collections.Counter(),
                 "who": collections.Counter(), "flags": collections.Counter(), "figures": 0,
                 "headline": 0, "occurrence after headline copy": 0, "words": [], "articles": 0,
                 "html": 0}
        arts = sorted(p for p in d.glob("*") if p.suffix in (".txt", ".html"))
        golds = sorted(d.glob("*.gold.json"))
        stems = {p.stem for p in arts}
        for g in golds:
            if g.name[: -len(".gold.json")] not in stems:
                errs.append(f"{split}/{g.name}: gold file without article")
        for a in arts:
            g = d / f"{a.stem}.gold.json"
            if not re.match(r"^\d{2,4}_[a-z0-9_]+$", a.stem):
                errs.append(f"{split}/{a.name}: name should be NN_slug")
            if not g.exists():
                errs.append(f"{split}/{a.name}: no gold file"); continue
            stats["articles"] += 1
            stats["html"] += a.suffix == ".html"
            check_article(a, g, errs, stats)
        table[split] = stats

    cols = list(table)
    def row(label, fn):
        print(f"  {label:<22}" + "".join(f"{fn(table[c]):>10}" for c in cols))
    print(f"  {'':<22}" + "".join(f"{c:>10}" for c in cols))
    row("articles", lambda s: s["articles"])
    row("  of which html", lambda s: s["html"])
    row("words (mean)", lambda s: round(sum(s["words"]) / max(1, len(s["words"]))))
    row("figures", lambda s: s["figures"])
    row("figures/article", lambda s: round(s["figures"] / max(1, s["articles"]), 1))
    row("  in headline", lambda s: s["headline"])
    row("  body, same text as hl", lambda s: s["occurrence after headline copy"])
    print("  -- measure")
    for m in MEASURES:
        row("  " + m, lambda s, m=m: s["measure"][m])
    print("  -- qualifier")
    for q in QUALIFIERS:
        row("  " + q, lambda s, q=q: s["qualifier"][q])
    print("  -- who")
    for w in WHO:
        row("  " + w, lambda s, w=w: s["who"][w])
    print("  -- figures with")
    for k in ("claimant", "side", "hedged", "disputed_by", "since", "parts_of", "as_of != published"):
        row("  " + k, lambda s, k=k: s["flags"][k])
    if errs:
        print(f"\n{len(errs)} error(s):")
        for e in errs if not quiet else errs[:20]:
            print("  " + e)
        return 1
    print("\nOK: 0 errors")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
