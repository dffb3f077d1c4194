"""What the place ranker knows of each place an article names, seen from one figure.

The rules (figure_places and the place_* modules) choose one place per figure. The ranker
(place_ranker) weighs that choice against the other places the article names near the figure, by features
written here: where the place stands from the figure (its sentence, before or after, how far; its
paragraph; the headline, the lead), what it is (city, region, country; how populous), what the
place finder marked on its mentions (after "in", a source's seat, a destination…), and how it
relates to the rules' choice (inside it, around it, elsewhere). Every feature is an indicator
named by a short string, so the trained model stays readable (resources/models/place_ranker.json).

The training script (scripts/train_place_ranker.py) and the ranker both build features here, so
what the model was trained on and what it is asked about cannot drift apart.
"""

from __future__ import annotations

import bisect
import math
import re
from typing import NamedTuple

from app.extract.evaluation import norm_place
from app.extract.figure_places import BULLETS
from app.extract.place_mention import KIND_RANK, PlaceMention
from app.extract.place_lead_paragraph import lead_paragraph
from app.extract.place_scope import headline_end

# the mention's flags that the place finder sets (place_mention.PlaceMention)
FLAGS = ("after_in", "after_from", "possessive", "source", "landmark", "container", "dateline",
         "country_wide", "destination", "group_part", "held", "body", "seat", "reference")
_KINDS = ("city", "region", "country")
_FLIGHT = ("refugees", "displaced", "evacuated")
# the word before a mention, when it is one that says how the place relates to what happened
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\W*$")
# a clause begins between a figure and a place: the place is of what the clause tells
_CLAUSE = re.compile(r"[;:]|\b(?:after|when|while|as|before|because|where|which|since|but)\b")
_ITEM_LABEL = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+[A-Z][^:\n]{0,80}:[ \t]")
_NATIONAL = re.compile(r"\b(?:National|[Nn]ationwide|across\s+the\s+country|countrywide)\b")
_NEAR_ENOUGH = ("headline", "lead", "main", "first", "prev_par", "next_par", "prev_sd_0", "prev_sd_1")
_LINKS = frozenset("in near of from to at across into outside around the and on towards toward by "
                   "for between inside within over".split())


class Candidate(NamedTuple):
    key: str  # the place's scored name (evaluation.norm_place)
    mention: PlaceMention  # its first mention
    features: dict[str, float]


class ArticleView(NamedTuple):
    """What every figure of one article shares: its places grouped by name, and its layout."""

    groups: dict[str, list[PlaceMention]]
    headline: int  # where the headline ends (0: none)
    starts: list[int]  # sentence starts
    static: dict[str, dict[str, float]]  # the features of each place that no figure changes
    words: dict[int, str]  # the word before each mention, by its start
    marks: dict[int, tuple[str, ...]]  # the FLAGS set on each mention, by its start
    keys: dict[int, str | None]  # each mention's place name as scored, by its start
    sentences: dict[int, dict]  # per sentence index, each place's features there and its mentions in it


def article_view(art) -> ArticleView:
    groups: dict[str, list[PlaceMention]] = {}
    for m in art.places.mentions:
        key = norm_place(m.surface)
        if key:
            groups.setdefault(key, []).append(m)
    main = art.places.main
    main_key = norm_place(main.surface) if main is not None else None
    main_country = main.place.country if main is not None else None
    headline, lead = headline_end(art.text), lead_paragraph(art.text) or (0, 0)
    total = max(1, len(art.places.mentions))
    static = {}
    for order, (key, ms) in enumerate(groups.items()):
        p = ms[0].place
        f = {"kind_" + (p.kind if p.kind in _KINDS else "other"): 1.0, "gid": float(bool(p.geonameid)),
             "pop_%d" % _bin(math.log10(p.population + 1), (3, 4, 5, 6)): 1.0,
             "main": float(key == main_key), "first": float(order == 0),
             "main_cc": float(p.country == main_country) if main_country else 0.0,
             "count_%d" % _bin(len(ms), (1, 2, 4)): 1.0, "share_%d" % _bin(len(ms) / total, (0.1, 0.25, 0.5)): 1.0}
        if any(m.start < headline for m in ms):
            f["headline"] = 1.0
        if any(lead[0] <= m.start < lead[1] for m in ms):
            f["lead"] = 1.0
        static[key] = f
    words = {m.start: _word_before(art.text, m.start) for m in art.places.mentions}
    marks = {m.start: tuple(flag for flag in FLAGS if getattr(m, flag)) for m in art.places.mentions}
    keys = {m.start: norm_place(m.surface) for m in art.places.mentions}
    return ArticleView(groups, headline, [s.start for s in art.sentences], static, words, marks, keys, {})


def _bin(x: float, edges: tuple) -> int:
    """Which of the bins closed above by `edges` holds x."""
    return bisect.bisect_left(edges, x)


def _word_before(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if m is None:
        return "other"
    word = m.group(1).lower()
    return word if word in _LINKS else "cap" if m.group(1)[:1].isupper() else "other"


def candidates(art, view: ArticleView, start: int, end: int, measure: str,
               rule_key: str | None) -> list[Candidate]:
    """The places near enough to the figure whose evidence runs from `start` to `end` (see
    _in_sentence) and the rules' choice `rule_key`, with their features."""
    sentences = art.sentences
    si = max(0, bisect.bisect_right(view.starts, start) - 1)
    s = sentences[si]
    in_sentence = art.places.within(s.start, s.end)
    before = [m for m in in_sentence if m.end <= start]
    after = [m for m in in_sentence if m.start >= end]
    nearest_before = view.keys[before[-1].start] if before else None
    nearest_after = view.keys[after[0].start] if after else None
    finest = max((KIND_RANK.get(m.place.kind, 0) for m in in_sentence), default=None)
    rule = view.groups[rule_key][0].place if rule_key in view.groups else None
    national = bool(_NATIONAL.search(art.text, s.start, s.end))
    line = art.text.rfind("\n", 0, start) + 1
    bullet = art.text.startswith(BULLETS, line)
    item = _ITEM_LABEL.match(art.text, line)  # "1. Narathiwat, Bacho district (7 July): …"
    out = []
    words, marks = view.words, view.marks
    known = view.sentences.get(si)
    if known is None:
        known = view.sentences[si] = _in_sentence(art, view, s, si)
    for key, ms in view.groups.items():
        if key not in known and key != rule_key:
            continue
        p = ms[0].place
        base, here = known[key] if key in known else (_shared(art, view, key, s, si), [])
        f = dict(base)
        f["rule"] = float(key == rule_key)
        f["nearest_b"] = float(key == nearest_before)
        f["nearest_a"] = float(key == nearest_after)
        own_before = [m for m in here if m.end <= start]
        own_after = [m for m in here if m.start >= end]
        if own_before:
            f["sb_%d" % _bin(start - own_before[-1].end, (10, 40, 100, 200))] = 1.0
            if own_before[-1].end + 2 >= start:
                f["sb_adjacent"] = 1.0  # "Butwal six", "Bohol: 5"
            if _CLAUSE.search(art.text, own_before[-1].end, start):
                f["sb_clause"] = 1.0
        if own_after:
            f["sa_%d" % _bin(own_after[0].start - end, (10, 40, 100, 200))] = 1.0
            if _CLAUSE.search(art.text, end, own_after[0].start):
                f["sa_clause"] = 1.0  # "rose to 11 after the body of a farmer was found near X"
        if any(m.start == line and art.text.startswith(":", m.end) for m in ms):
            f["labels_line"] = 1.0  # "Cebu: 11 dead, …; 6 missing"
        elif item is not None and item.end() <= start and any(line <= m.start and m.end < item.end() for m in ms) and \
                KIND_RANK.get(p.kind, 0) == max((KIND_RANK.get(m.place.kind, 0) for m in art.places.within(line, item.end())),
                                                default=0):
            f["labels_line"] = 1.0  # "1. Narathiwat, Bacho district (7 July): … killing 2 rangers": the finest the label names
        near = min(ms, key=lambda m: abs(m.start - start))
        local = own_before or own_after
        for flag in marks[near.start]:
            f["nf_" + flag] = 1.0
        for flag in {flag for m in local for flag in marks[m.start]}:
            f["sf_" + flag] = 1.0
        f["prep_" + words[near.start]] = 1.0
        if local:
            f["lprep_" + words[own_before[-1].start if own_before else own_after[0].start]] = 1.0
        if local and KIND_RANK.get(p.kind, 0) == finest:
            f["most_specific"] = 1.0
        if national:
            f["national"] = 1.0  # "according to the National Disaster Management Authority"
        if bullet:
            f["fig_bullet"] = 1.0  # "- 52 people injured": the place of the list's introduction
        if start < view.headline:
            f["fig_head"] = 1.0
            if any(m.start < view.headline for m in ms):
                f["both_head"] = 1.0
        if near.listed:
            f["listed"] = 1.0
        if measure in _FLIGHT:
            f["flee"] = 1.0
            for flag in ("destination", "after_from", "after_in"):
                if getattr(near, flag):
                    f["flee_" + flag] = 1.0
        if rule is not None and key != rule_key:
            _against_rule(f, p, rule)
        out.append(Candidate(key, ms[0], f))
    return out


def _in_sentence(art, view: ArticleView, s, si: int) -> dict:
    """For each place a figure of sentence `s` may be about: its features that every figure of
    the sentence shares, and its mentions in the sentence. A place named only elsewhere (not in
    the sentence, its paragraph or the two sentences before, nor in the headline or the lead, and
    neither the first nor the main place) is left out: cross-validated on the dev set, keeping
    such places mended 5 figures in 11,815 and doubled the work."""
    out = {}
    for key, ms in view.groups.items():
        f = _shared(art, view, key, s, si)
        here = [m for m in ms if s.start <= m.start < s.end]
        if here or any(f.get(k) for k in _NEAR_ENOUGH):
            out[key] = (f, here)
    return out


def _shared(art, view: ArticleView, key: str, s, si: int) -> dict:
    """A place's features that no figure of sentence `s` changes: its own, and where else it
    stands: earlier or later in the sentence's paragraph, earlier in the article."""
    f = dict(view.static[key])
    ms, sentences, starts = view.groups[key], art.sentences, view.starts
    prev = [m for m in ms if m.end <= s.start]
    if prev:
        pj = bisect.bisect_right(starts, prev[-1].start) - 1
        f["prev_par" if sentences[pj].paragraph == s.paragraph else "prev_art"] = 1.0
        f["prev_sd_%d" % _bin(si - pj, (1, 2, 4, 8))] = 1.0
    nxt = next((m for m in ms if m.start >= s.end), None)
    if nxt is not None and sentences[bisect.bisect_right(starts, nxt.start) - 1].paragraph == s.paragraph:
        f["next_par"] = 1.0
    return f


def _against_rule(f: dict, p, rule) -> None:
    """How a place stands to the one the rules chose: around it, inside it, beside it, elsewhere."""
    if p.kind == "country" and rule.country == p.country:
        f["contains_rule"] = 1.0
    elif p.kind == "region" and rule.kind == "city" and rule.country == p.country and rule.admin1 \
            and rule.admin1 == p.admin1:
        f["contains_rule"] = 1.0
    if rule.kind == "country" and p.country == rule.country:
        f["inside_rule"] = 1.0
    if p.country == rule.country:
        d = KIND_RANK.get(p.kind, 2.5) - KIND_RANK.get(rule.kind, 2.5)
        f["finer_than_rule" if d > 0 else "coarser_than_rule" if d < 0 else "level_rule"] = 1.0
    else:
        f["other_country_rule"] = 1.0
