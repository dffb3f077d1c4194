"""The fast forms of the clause-break and "rose to N on DATE" scans find what the plain forms find."""

import random
import re

from app.extract.dates import _REACHED_ON, _may_end_on
from app.extract.measures import _CLAUSE_BREAK

_PLAIN_CLAUSE_BREAK = re.compile(r"[;:()\[\]]|\s[—–]\s|\"|“|”|,\s*(?:while|but|whereas|and)\b|\bbut\b|\bwhile\b|"
                                 r"\band\s+that\b")
_BREAK_PIECES = ["but", "while", "whereas", "and", "that", " ", "\n", ",", ", ", ";", ":", "(", ")", "[", "]", '"',
                 "“", "”", "—", " — ", " – ", "a", "b", "w", "5", "_", "é", "butter", "abut", "and that", "hand that",
                 ",and", ", while", "whilst", "1,200", "But"]
_DATE_PIECES = ["rose", "to", "reached", "stood at", "on", "On", "ON", " ", "\n", "\t", "1,200", "people", "x",
                "é", "o", "n", "hit", "\u00a0"]


def _strings(pieces, seed, count=20000):
    rnd = random.Random(seed)
    for _ in range(count):
        s = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        lo = rnd.randint(0, len(s))
        yield s, lo, rnd.randint(lo, len(s))


def test_clause_break_finds_the_same_breaks_as_the_plain_alternation():
    for s, lo, hi in _strings(_BREAK_PIECES, 1):
        assert [m.span() for m in _CLAUSE_BREAK.finditer(s, lo, hi)] == \
            [m.span() for m in _PLAIN_CLAUSE_BREAK.finditer(s, lo, hi)], (s, lo, hi)


def test_reached_on_prefilter_never_hides_a_match():
    for s, lo, hi in _strings(_DATE_PIECES, 2):
        if _REACHED_ON.search(s, lo, hi):
            assert _may_end_on(s, lo, hi), (s, lo, hi)


def test_reached_on_prefilter_passes_over_other_endings():
    assert not _may_end_on("the toll rose to 1,200 by ", 0, 26)
    assert _may_end_on("the toll rose to 1,200 on ", 0, 26)
