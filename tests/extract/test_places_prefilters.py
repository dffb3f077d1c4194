"""The place finder's fast scans find exactly what the plain regex scans find."""

import random
import re

import pytest

from app.extract import place_local as pl
from app.extract import place_scan
from app.extract import place_marks, place_region_cues
from app.extract import place_contexts as ctx

TRICKY = [
    "Two died in the town. Others fled the city, inside  the\ntown of Adre and (in the town) xin the town.",
    "in the the town, Of the city centre, near the town limits, In The town, within the town, _in the city",
    "kidnapped in the capital; fled the capital, Kyiv; from\tthe capital of Sudan; ſin the capital",
    "killed in the north, across the north-east of it, In the South, from the westward, throughout the west",
    "in the Cité Soleil area, of the al-Foo el-Bar Baz region, to the Foo district's, into the Foo Bar camp",
    "the town of Tel Marouf, the Indian state of Manipur, a village of Foo, xthe town of Bar",
    "three were killed in Aitaroun; xkilled in Foo; _killed in Bar; died of wounds in Foo Bar attacks",
    "Near Jhal Magsi, a bus; nearby Foo. O'Upper Nile state, McDonald county, -Foo province, ’Bar region",
    "held in Israeli prisons, from its jails, inside their detention centres, xin Russian custody",
]


def _texts():
    rng = random.Random(7)
    words = ["in", "In", "of", "the", "The", "town", "city", "capital", "north", "north-east", "Foo",
             "al-Bar", "area", "camp", "state", "killed", "near", "Nearby", "its", "prisons", "village",
             "Indian", ",", "\n", "xin", "_in", "İn", "ſ", "-Foo", "'Bar"]
    yield from TRICKY
    for _ in range(3000):
        yield "".join(rng.choice(words) + rng.choice([" ", "  ", "\n", "", "-"]) for _ in range(rng.randint(1, 20)))


@pytest.mark.parametrize("pattern, anchor", [
    (pl.THE_TOWN, place_scan.THE_TOWN_ANCHOR), (pl.PLACE_PHRASE, place_scan.THE_ANCHOR),
    (pl.THE_CAPITAL, place_scan.THE_CAPITAL_ANCHOR), (pl.PART_OF_COUNTRY, place_scan.THE_PART_ANCHOR)])
def test_scan_from_the_anchor_finds_what_the_whole_text_scan_finds(pattern, anchor):
    for text in _texts():
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in place_scan.finditer_at_words(pattern, text, anchor)] == expected


@pytest.mark.parametrize("pattern", list(pl._LEADS))
def test_scan_without_the_leading_boundary_finds_what_the_whole_text_scan_finds(pattern):
    for text in _texts():
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in pl.finditer_fast(pattern, text)] == expected


@pytest.mark.parametrize("before", ["held since the siege of ", "after the fall of the ", "ſince the siege of ",
                                    "in the town of ", "arrived in ", "fled into the ", "hosting ", "most of them in ",
                                    "most of whom fled to the state of ", "xyz ", ""])
def test_context_prefilters_never_skip_a_match(before):
    from app.extract import place_patterns as pat

    assert ctx.since_event(before) == bool(pat.SINCE_EVENT.search(before))
    assert pat.destination(before, "", 0) == bool(pat.DESTINATION.search(before))
    if pat.GROUP_PART_BEFORE.search(before):
        assert place_marks._may_name_group(before)


def test_local_names_are_read_once_per_scan(extract, monkeypatch):
    calls = []
    real = pl.local_names
    monkeypatch.setattr(pl, "local_names", lambda *a, **k: calls.append(a[0]) or real(*a, **k))
    extract("Gunmen killed 12 people in the village of Foobarville, near Kaduna, Nigeria, police "
            "spokesman Musa Ibrahim said. Ibrahim said 30 were kidnapped.")
    assert len(calls) == 1


def test_kind_of_scan_behind_its_gate_finds_what_the_whole_text_scan_finds():
    for text in _texts():
        expected = [(m.span(), m.groups()) for m in pl.KIND_OF.finditer(text)]
        assert [(m.span(), m.groups()) for m in pl.kind_of_matches(text)] == expected


@pytest.mark.parametrize("text", [
    "killed across the region, in the wider Region, throughout the\nentire state of it, region-wide, statewide",
    "in the oblastate, in the countystate, the statement, In  The  Province government, ſtate-wide, in the county.",
    "xin the region; (in the region); within the region; in the region's capital; in the state-run media",
    "evacuated from parts of the whole state, most of the region, areas of the entire province, much of the county",
])
def test_region_scan_from_unit_words_finds_what_the_whole_text_scan_finds(text):
    for variant in (text, *(t for t in _texts() if "state" in t or "region" in t)):
        expected = [(m.span(), m.groups()) for m in place_region_cues.THE_REGION.finditer(variant)]
        assert [(m.span(), m.groups()) for m in place_region_cues.region_cues(variant)] == expected


def test_kind_of_gate_agrees_with_its_regex():
    kind_of_gate = re.compile(r"(?:" + pl._KINDS + r"|state|province|region)\s+of\s+[A-ZÀ-Þ]")
    extra = ["the town of\n Adre", "refugee\n camp  of É", "xstate of A", "region of a", "the state  of"]
    for text in (*_texts(), *extra):
        assert pl._kind_of_gate(text) == bool(kind_of_gate.search(text))


@pytest.mark.parametrize("candidates", [{"Foo"}, {"Bar", "Foo Bar"}, {"Cité Soleil", "Adre"}, {"Upper Nile", "Nile"}])
def test_presented_skips_its_scans_only_where_they_find_nothing(candidates):
    from app.extract.place_implied import _before_unit

    for text in (*_texts(), "in the Cité Soleil area", "Upper Nile\u00a0state", "the Foo Bar\ncamp"):
        found = {m.group(1) for p in (pl.PLACE_PHRASE, pl.NAMED_UNIT) for m in p.finditer(text)} & candidates
        assert not found or _before_unit(text, candidates)


@pytest.mark.parametrize("before", ["5 km from the ", "on the outskirts of ", "NORTH of the ", "most of whom fled to ",
                                    "from  the ", "outſide ", "In ", "xyz ", ""])
def test_reference_word_gates_never_skip_a_match(before):
    from app.extract import place_patterns as pat

    low = before.lower()
    for words, pattern in ((ctx.REFERENCE_WORDS, pat.REFERENCE), (ctx.GROUP_WORDS, pat.PART_OF_GROUP),
                           (("from",), pat.FROM)):
        assert pat.may_hold(before, words, low) or not pattern.search(before)


def test_country_owned_names_found_from_possessives_are_what_the_whole_text_scan_finds():
    texts = ["Floods hit in Myanmar's Tachileik and in Thailand's Mae Sai; from Sudan's El Fasher, "
             "outside Chad's Adre. Ukraine's General Staff said. In Russia's Kursk region. at Ma'an's Old Town"]
    for text in texts + list(_texts()):
        expected = {(m.group(1), m.group(2)) for m in pl.COUNTRY_OWNS.finditer(text)}
        found = set()
        for m in pl._POSSESSIVE.finditer(text):
            owner = pl._OWNER_BEFORE.search(text, max(0, m.start() - 40), m.start())
            name = pl._NAME_AT.match(text, m.end()) if owner else None
            if name:
                found.add((owner.group(1), name.group(1)))
        assert found == expected
