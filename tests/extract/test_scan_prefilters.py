"""The fast forms of the clause-break and date-hint scans find exactly what the plain forms find."""

import random
import re

from app.extract.filters import _LOCAL_HINT, _may_hint
from app.extract.measures import _CLAUSE_BREAK

_PLAIN_CLAUSE_BREAK = re.compile(r"[;:()\[\]]|\s[—–]\s|\"|“|”|,\s*(?:while|but|whereas|and)\b|\bbut\b|\bwhile\b|"
                                 r"\band\s+that\b")
_BREAK_PIECES = ["but", "while", "whereas", "and", "that", " ", "\n", ",", ", ", ";", ":", "(", ")", "[", "]", '"',
                 "“", "”", "—", " — ", " – ", "a", "b", "w", "5", "_", "é", "butter", "abut", "and that", "hand that",
                 ",and", ", while", "whilst", "1,200", "But"]
_HINT_PIECES = ["a", "p", "m", ".", "A", "P", "M", " ", "\t", "1", "2", "-", ":", "/", "+", "page", "PHOTO", "Picture",
                "imAge", "sLide", "ſlide", "am", "p.m.", "x", "٣", "camp", ",", "\u00a0", "hoto"]


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


def test_date_hint_prefilter_never_hides_a_hint():
    for s, lo, hi in _strings(_HINT_PIECES, 2):
        if _LOCAL_HINT.search(s, lo, hi):
            assert _may_hint(s[lo:hi]), (s, lo, hi)


def test_date_hint_prefilter_passes_over_plain_prose():
    assert not _may_hint("at least 1,234 people were killed")
    assert _may_hint("at 10 p.m. on")
