"""Which place a figure is about: its own stretch of the sentence, then its paragraph, then the
article's scope (see place_scope); a table row's place from its label."""

from __future__ import annotations

import re

from app.domain import Measure
from app.extract import place_joined, place_lead_paragraph, place_scope, place_sea, place_section, place_sides
from app.extract.article_state import ArticleState
from app.extract.claim_turns import opens_turn
from app.extract.list_items import LABELLED
from app.extract.place_choice import choose_place
from app.extract.place_local import numbered_camp
from app.extract.places import PlaceFinder, PlaceMention
from app.extract.sentences import Sentence
from app.extract.tables import Row, column_of, in_row_note, label_cells

SUBSET_BEFORE = re.compile(
    r"(?:\bincluding|\bamong\s+(?:them|whom|those|the\s+\w+(?:\s+(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?\w+ed)?)|"
    r"\bof\s+(?:whom|them|those|these)|"
    r"\bincluded|\bincludes?|\bthose\s+included)\s*(?:were\s+|are\s+|was\s+)?(?:[\w-]+\s+){0,3}?$",
    re.IGNORECASE,
)
_JOINED = re.compile(r"\s*(?:,|and|,\s*and)\s*(?:in\s+)?$", re.IGNORECASE)  # "in Somalia and in Ethiopia"
# "close to the borders with Niger and Nigeria": two countries that say where the place lies
_BORDERING = re.compile(r"\b(?:borders?|frontiers?|border\s+areas?)\s+(?:with|of|between)\s+$", re.IGNORECASE)


def part_spans(text, numbers, i) -> list[tuple[int, int]]:
    """Stretches of the sentence that belong to the later numbers introduced as parts of this one;
    a part set off by commas ("356 people, including 101 Saudis, from Port Sudan") ends at the comma."""
    spans = []
    for j in range(i + 1, len(numbers)):
        before = text[numbers[j - 1].end : numbers[j].start]
        if SUBSET_BEFORE.search(before):
            nxt = numbers[j + 1].start if j + 1 < len(numbers) else numbers[j].end + 200
            if before.rstrip().endswith((", including", ", among them", "— including")):
                comma = text.find(",", numbers[j].end, nxt)
                nxt = comma if comma >= 0 else nxt
            spans.append((numbers[j].start, nxt))
    return spans


def two_countries(art: ArticleState, start: int, end: int) -> bool:
    """Two countries joined by "and" after the figure, in its stretch of the sentence."""
    countries = [m for m in art.places.within(start, end) if m.place.kind == "country"]
    bordering = False  # within a list after "the borders with"
    for a, b in zip(countries, countries[1:]):
        if not _JOINED.match(art.text, a.end, b.start):
            bordering = False
            continue
        bordering = bordering or bool(_BORDERING.search(art.text, max(0, a.start - 24), a.start))
        if a.place.country != b.place.country and not bordering and not b.possessive:
            return True  # (not "…, Benin's army said")
    return False


def place_of(art: ArticleState, index, anchor, measure, window=None,
             excluded=(), value: float | None = None) -> PlaceMention | None:
    article, sentences = art.places, art.sentences
    refugees = measure == Measure.REFUGEES
    s = sentences[index]
    if two_countries(art, anchor, window[1] if window else s.end):
        # "… killed 3,700 people in Turkey and Syria": the figure covers both; refugees bound
        # for two countries are placed in the one they fled
        return place_scope.fled_country(article) if refugees else None
    if place_sides.both_sides(art.text, anchor, window[1] if window else s.end):
        return None  # "killing 11 people on both sides of the frontier": no place, no country
    sea, coast = place_sea.at_sea(art.text, article, s.start, s.end, anchor)
    # only deaths and the missing are lost at sea: "27 bodies washed ashore in X", "arrested 300
    # migrants at sea or on beaches", "11,000 arrivals by sea" keep the usual rules
    sea = sea and measure in _LOST_AT_SEA
    if sea:
        return coast  # "died at sea": no place; the country of a coast named ("off Libya")
    if measure in _LOST_AT_SEA and sea_story(art) and not any(  # ("ashore at Arrecife's port": no place of theirs)
            m.after_in and not m.source and not m.possessive for m in article.within(s.start, s.end)):
        coast = None if _ROUTE_TOLL.search(art.text, s.start, s.end) else _sea_coast(art)  # (not a route's toll)
        return coast or _no_place(article)  # "… capsized off X." "12 women were among the dead": at sea too
    treated = measure in _TREATED
    place = choose_place(article, s.start, s.end, anchor, refugees, window, excluded,
                         evacuated=measure == Measure.EVACUATED, treated=treated)
    if place is not None and place.dateline and window is not None:
        # "KHARKIV, Aug. 17 - Authorities have evacuated 1,164 people … from Kupiansk": the dateline
        # is only the place the figure's window opens with; the sentence's own place, else none
        place = choose_place(article, s.start, s.end, anchor, refugees, None, excluded,
                             evacuated=measure == Measure.EVACUATED, treated=treated)
        place = None if place is not None and place.dateline else place
    if place is not None and place.place.kind == "country" and not place.after_in and not refugees \
            and article.main is not None and article.main.place.country != place.place.country:
        place = None  # "Russia had suffered…": the country acts, the figure is elsewhere
    if place is not None and measure == Measure.EVACUATED:
        place = left_place(art, index, place)
    stretch_end = window[1] if window else s.end
    if place_joined.spans_two_countries(art.text, article, place, s.start, anchor, stretch_end):
        return None  # "Across Turkey and Syria, the toll passed 17,000"
    if place is None and window is not None and s.start == 0 and place_scope.headline_end(art.text) and \
            not sea:  # "Jihadists free 23 in central Mali, but dozens remain held": the headline has one place
        place = choose_place(article, s.start, s.end, anchor, refugees)
        place = place if place is not None and place.after_in else None
    own = place = place_scope.in_headline(art.text, article, place, s.start)
    if own is None and value is not None and (earlier := _named_before(art, anchor, measure, value)) is not None:
        return earlier  # "Of the 20 deaths recorded this year, 17 were children": where the 20 were
    j = index - 1
    while place is None and j >= 0 and sentences[j].paragraph == s.paragraph:
        place = choose_place(article, sentences[j].start, sentences[j].end, sentences[j].end, refugees,
                             treated=treated)
        place = None if place is not None and numbered_camp(place.surface) else place  # "died in Camp 11. 87 …"
        j -= 1
    if place is None and own is None:  # an interview's answer: the place its question asked about
        place = _asked_place(art, s.start)
    if place is None and own is None:  # "Quang Ngai: 8 dead, 5 of them in X; 3 missing": the line's label
        place = label_place(art, s.start, anchor) or list_intro_place(art, s.start, refugees) or \
            place_section.section_place(art.text, article, s.start)  # "2. SUDAN: BARA"
    place = place_scope.settle(art.text, article, own, place, s.start, s.end, anchor)
    place = place_scope.too_many_for(art.text, article, place, anchor, value) if own is None else place
    return place_sides.on_side(art.text, article, place, s.start, s.end,
                               art.text.rfind("\n", 0, s.start) + 1, refugees,
                               (anchor, window[1] if window else s.end))


# "Of the 20 deaths", "Of those 412 people": a figure the article gave before, named by its number
_OF_THE_BEFORE = re.compile(r"\b[Oo]f\s+(?:the|those|these)\s+$")


def _named_before(art: ArticleState, anchor: int, measure, value: float) -> PlaceMention | None:
    """The place of the last earlier figure of the same value and measure, when the figure at
    `anchor` names it again as the whole it breaks down ("Of the 20 deaths …"), or None."""
    if not _OF_THE_BEFORE.search(art.text, max(0, anchor - 12), anchor):
        return None
    earlier = next((d.figure for d in reversed(art.drafts) if d.figure.value == value and
                    d.figure.measure == measure and d.figure.place), None)
    if earlier is None:
        return None
    return next((m for m in art.places.mentions if m.surface == earlier.place and
                 m.place.country == earlier.country), None)


_NOTE_NAME = re.compile(r"[(,]\s*([A-Z][^,()\d\n]*?)\s+$")  # the name before a count in a row's note


def row_place(finder: PlaceFinder, art: ArticleState, sentence: Sentence, row: Row,
              at: int | None = None) -> PlaceMention | None:
    """The place of the cell at `at` of a table's row: its column's heading where that names a place
    ("WEEK  NCHELENGE  CHIENGE  TOTAL"), else the row's label, the list's introduction, the article's."""
    if _OFF.search(art.text, sentence.start, row.label_end) and sea_story(art):
        return _no_place(art.places)  # "11 March, off X: 21 dead" in a story of a shipwreck
    if at is not None and in_row_note(art.text, row.label_end, at) and \
            (name := _NOTE_NAME.search(art.text, max(row.label_end, at - 60), at)) is not None:
        part = finder.named(art.text, name.start(1), name.end(1), art.places)  # "(Salmas county 158, …)"
        if part is not None:
            return part
    heads = row.table.heads
    if heads and at is not None and (col := column_of(art.text, 0, row.label_end, at)) < len(heads):
        head = finder.named(art.text, *heads[col], art.places)
        if head is not None and head.place.kind != "country" and head.place.geonameid:  # not "Number", "Nationwide"
            return head._replace(surface=head.surface.title()) if head.surface.isupper() else head
        if head is None and _TOTAL.match(art.text, *heads[col]):  # "Hodeidah  Marib  Total": the country's
            named = [p for c, span in enumerate(heads) if c != col and (p := finder.named(art.text, *span, art.places))]
            if len({p.place.name for p in named}) >= 2 and len({p.place.country for p in named}) == 1 and \
                    len({p.place.admin1 for p in named}) > 1:  # (two districts of one province: the province's)
                return place_scope.country_named(art.places, named[0].place.country)
    if row.table.labels_sources(art.text):  # "Al-Masirah TV | more than 50": a source, no place
        return list_intro_place(art, sentence.start) or art.places.main
    place = None
    line = row.line_start(art.text, sentence.start)
    where = row.table.where_cell(art.text, line, row.label_end)  # "Date | Prison | City": the city's cell
    if where is not None:
        place = finder.named(art.text, *where, art.places)
    gap = art.text.find("  ", line, row.label_end)  # "Torkham  Nangarhar  187,420": the first of two label columns
    if place is None and gap > line:
        place = finder.named(art.text, line, gap, art.places)
    place = place or finder.named(art.text, sentence.start, row.label_end, art.places)
    if place is None and len(cells := label_cells(art.text, line, row.label_end)) > 1:
        place = finder.named(art.text, *cells[0], art.places)  # "North Gondar | Debark, Dabat": the row's zone
    place = place or choose_place(art.places, sentence.start, row.label_end, sentence.start)
    if place is None and _TOTAL.match(art.text, line, row.label_end):
        place = _total_place(finder, art, row, sentence.start)
    return place or list_intro_place(art, sentence.start) or _table_intro_place(art, row) or art.places.main


def _table_intro_place(art: ArticleState, row: Row) -> PlaceMention | None:
    """The place the line introducing a table names ("KEY FIGURES - North Darfur, 10 May to 20 August")."""
    if row.table.intro is None:
        return None
    intro = art.sentences[row.table.intro]
    line_end = art.text.find("\n", intro.start) % (len(art.text) + 1)
    return choose_place(art.places, intro.start, line_end, line_end)


_TOTAL = re.compile(r"(?i:total|overall|all\s+(?:areas|regions|provinces|oblasts|districts|governorates))\b")


def _total_place(finder: PlaceFinder, art: ArticleState, row: Row, start: int) -> PlaceMention | None:
    """The place of a table's total row: the country, when the other rows name places in two
    provinces of it or more, each in its own ("Kharkiv | 31", "Donetsk | 17" … "Total | 58": Ukraine's)."""
    places = []
    for index in row.table.rows:
        other = art.sentences[index]
        label_end = art.rows[index].label_end if index in art.rows else other.end
        if other.start != start and (named := finder.named(art.text, other.start, label_end, art.places)):
            places.append(named.place)
    provinces = [p.admin1 for p in places if p.geonameid > 0 and p.admin1]
    if len({p.country for p in places}) != 1 or len(provinces) < 2 or len(set(provinces)) < len(provinces):
        return None  # (two rows in one province: its towns, whose total is the province's or the article's)
    return place_scope.country_named(art.places, places[0].country)


_LOST_AT_SEA = (Measure.KILLED, Measure.MISSING)
# The wounded and the dead keep the place where it happened to them, not a hospital's town
_TREATED = (Measure.KILLED, Measure.INJURED, Measure.CASUALTIES, Measure.BODIES)
_OFF = re.compile(r"\boff\s+(?:the\s+)?(?:coast\s+of\s+)?[A-Z]")
# A toll over time on a sea route, not the wreck's: "at least 52 have died this year", "since 2014"
_ROUTE_TOLL = re.compile(r"\b(?:since|this\s+year|so\s+far|in\s+(?:19|20)\d\d|thousands|hundreds|record)\b", re.IGNORECASE)
_sea_stories: dict[int, tuple[str, tuple[bool, PlaceMention | None]]] = {}


def sea_story(art: ArticleState) -> bool:
    """The story is of deaths at sea: its headline or lead tells of a boat that sank, a shipwreck."""
    return _sea_lead(art)[0]


def _sea_coast(art: ArticleState) -> PlaceMention | None:
    """The country of the coast the story's lead says the boat was off ("off the northern French coast")."""
    return _sea_lead(art)[1]


def _sea_lead(art: ArticleState) -> tuple[bool, PlaceMention | None]:
    text = art.text
    known = _sea_stories.get(id(art))
    if known is not None and known[0] is text:
        return known[1]
    lead = place_lead_paragraph.lead_paragraph(text)
    end = lead[1] if lead else min(len(text), 400)
    found = place_sea.at_sea(text, art.places, 0, end) if art.places is not None else (False, None)
    if len(_sea_stories) > 64:
        _sea_stories.clear()
    _sea_stories[id(art)] = (text, found)
    return found


def _no_place(article) -> PlaceMention | None:
    """No place, and the main country when there is one (the country of the story's coast)."""
    main = article.main if article is not None else None
    return main._replace(surface="") if main is not None else None


BULLETS = ("- ", "• ", "* ", "– ")  # a list item's mark (sentences.LIST_BULLETS less the dash)


def label_place(art: ArticleState, start: int, anchor: int) -> PlaceMention | None:
    """The place that labels the line of the figure at `anchor` ("Kon Tum: 3 dead, …; 2 missing")."""
    text = art.text
    line = text.rfind("\n", 0, anchor) + 1
    label = LABELLED.match(text, max(line, start), anchor)
    if label is None:
        return None
    return next((m for m in art.places.within(line, label.end() - 2) if m.start == line and
                 m.end == label.end() - 2 and not m.dateline), None)  # not "RAJANPUR: Two policemen …"


def _asked_place(art: ArticleState, start: int) -> PlaceMention | None:
    """In a transcript, the place the question just before an answer asked about ("KOVAL: What
    happened in Orikhiv?" / "LYTVYNENKO: … We have four dead"), for the answer's figures that name none."""
    text = art.text
    turn = text.rfind("\n", 0, start) + 1
    if not turn or not opens_turn(text, turn):
        return None
    asked_end = len(text[:turn].rstrip())
    asked = text.rfind("\n", 0, asked_end) + 1
    if not text.endswith("?", asked, asked_end) or not opens_turn(text, asked):
        return None
    return choose_place(art.places, asked, asked_end, asked_end)


def list_intro_place(art: ArticleState, start: int, refugees: bool = False) -> PlaceMention | None:
    """A figure on a line of a list ("- 66 deaths") is about the place of the paragraph that
    introduces the list ("… in 23 of Kenya's 47 counties, according to the national disaster
    centre. Its latest figures showed:")."""
    text = art.text
    line = text.rfind("\n", 0, start) + 1
    if not text.startswith(BULLETS, line):
        return None
    while line > 0:  # back over the list's lines and the blank lines between them
        prev = text.rfind("\n", 0, line - 1) + 1
        row = text[prev : line - 1].strip()
        line = prev
        if row and not row.startswith(BULLETS):
            if not row.endswith(":"):
                return None
            return choose_place(art.places, prev, prev + len(text[prev:].split("\n", 1)[0]),
                                      prev + len(text[prev:].split("\n", 1)[0]), refugees)
    return None


def left_place(art: ArticleState, index: int, place: PlaceMention) -> PlaceMention:
    """People evacuated only "to" a place are counted where they left: the place the paragraph
    named before ("the hospital in X … evacuated 9 patients to Y" → X)."""
    if not place.destination or place.after_in or place.after_from or place.place.kind == "country":
        return place
    sentences = art.sentences
    j = index - 1
    while j >= 0 and sentences[j].paragraph == sentences[index].paragraph:
        before = choose_place(art.places, sentences[j].start, sentences[j].end, sentences[j].end)
        if before is not None and before.place.kind != "country" and (before.after_in or not before.destination):
            return before
        j -= 1
    return place
